#pragma once
// The management cockpit (管理驾驶舱): the pipeline funnel, the weighted
// forecast, win rate and cycle against the previous period, activity per
// member and week, the tier distribution and decision-role coverage, under
// one set of filters. Figures come from core/query/Dashboard, computed off the
// GUI thread (DashboardLoader) whenever the filters or the store change.
// Clicking a bar, slice, cell or tile opens the records behind it in the
// opportunity, follow-up, account, contract, receivable, service request or
// survey list, with the filter said above the list.

#include "query/Dashboard.h"

#include <QPointer>
#include <QWidget>
#include <optional>

class QBarSet;
class QChart;
class QChartView;
class QComboBox;
class QGroupBox;
class QLabel;
class QTableWidget;
class QTimer;

namespace summit {
struct ChangeSet;
}

namespace summit::ui {

class CoverageHeatMap;
class DashboardFilterBar;
class DashboardLoader;
class KpiTile;
class Workspace;

class DashboardView : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardView(Workspace& workspace, QWidget* parent = nullptr);
    ~DashboardView() override;

    DashboardFilterBar* filterBar() const { return m_filters; }
    // The figures on screen, and whether newer ones are being computed.
    const query::DashboardFigures& figures() const { return m_figures; }
    bool isUpdating() const;
    DashboardLoader* loader() const { return m_loader; }

    QChartView* funnelChart() const { return m_funnel; }
    QChartView* forecastChart() const { return m_forecast; }
    QChartView* activityChart() const { return m_activity; }
    QChartView* tierChart() const { return m_tiers; }
    QComboBox* activityMember() const { return m_activityMember; }
    CoverageHeatMap* coverageMap() const { return m_coverage; }
    KpiTile* winRateTile() const { return m_winRate; }
    KpiTile* cycleTile() const { return m_cycle; }
    KpiTile* wonTile() const { return m_won; }
    KpiTile* pipelineTile() const { return m_pipeline; }
    // The tile of a key figure of query/Kpi.h (csat, nps, …); null for a key without one.
    KpiTile* kpiTile(const QString& key) const;

    // The drill-downs, as the charts' clicks call them.
    void openFunnelStage(const QString& stage);
    void openForecastMonth(const QDate& month);
    void openClosedDeals(bool previousPeriod = false);
    void openOpenPipeline();
    void openActivity(const QDate& week, const QString& type);
    void openTier(const QString& tier);
    // A key figure's records (query::KpiFigure::records): surveys, service requests,
    // contracts, accounts or deals, in their list.
    void openKpi(const QString& key);
    void openRenewals();    // the contracts of the renewals tile
    void openReceivables(); // the receivables of the receivables tile

signals:
    // New figures are on screen.
    void figuresShown();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void requestFigures();
    void onStoreChanged(const ChangeSet& change);
    // `healthPending`: every panel but health, whose figures follow.
    void showFigures(const query::DashboardFigures& figures, bool healthPending = false);
    void drawFunnel();
    void drawForecast();
    void drawActivity();
    void drawTiers();
    void fillTiles();
    void fillActivityMembers();
    QChart* newChart(QChartView* view);
    void openRecords(const QString& entity, const Result<QStringList>& ids, const QString& what,
                     bool withPeriod = true);
    std::optional<QString> activityMemberChoice() const;

    Workspace& m_workspace;
    DashboardFilterBar* m_filters = nullptr;
    DashboardLoader* m_loader = nullptr;
    bool m_stale = false; // the store changed since the figures were asked for
    QTimer* m_changes = nullptr;
    query::DashboardFigures m_figures;
    bool m_hasFigures = false;
    bool m_healthPending = false; // the panels are shown, health's figures are still being worked out
    QLabel* m_status = nullptr;
    QLabel* m_error = nullptr; // the last computation's error, on a line of its own
    KpiTile* m_winRate = nullptr;
    KpiTile* m_cycle = nullptr;
    KpiTile* m_won = nullptr;
    KpiTile* m_pipeline = nullptr;
    KpiTile* m_renewals = nullptr;
    KpiTile* m_receivables = nullptr;
    QLabel* m_tierMoves = nullptr;                        // this period's tier moves, above the tier chart
    std::vector<std::pair<QString, KpiTile*>> m_kpiTiles; // satisfaction, retention and value: Kpi.h
    KpiTile* m_healthTile = nullptr;                      // accounts at risk and needing attention
    QLabel* m_healthSummary = nullptr;                    // green, amber, red counts
    QTableWidget* m_healthList = nullptr;                 // the weakest accounts and what costs them most
    void fillHealth();
    void fillKpis();
    void fillTierMoves();
    // Charts replaced by a redraw, deleted once control is back in the event loop
    // (a click on one of their bars may still be on the stack), or with the view.
    QList<QPointer<QChart>> m_retired;
    QChartView* m_funnel = nullptr;
    QChartView* m_forecast = nullptr;
    QChartView* m_activity = nullptr;
    QComboBox* m_activityMember = nullptr;
    QChartView* m_tiers = nullptr;
    CoverageHeatMap* m_coverage = nullptr;
    QLabel* m_coverageNote = nullptr;
    // What each bar of the funnel and the forecast stands for, in the series' order.
    QStringList m_funnelStages;
    QList<QDate> m_forecastMonths;
    QList<QDate> m_activityWeeks;
};

} // namespace summit::ui
