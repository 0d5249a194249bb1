#include "ui/dashboard/DashboardView.h"
#include "ui/UiText.h"

#include "model/Display.h"
#include "model/Schema.h"
#include "query/Kpi.h"
#include "ui/Workspace.h"
#include "ui/account/AccountScoresBox.h"
#include "ui/dashboard/ChartStyle.h"
#include "ui/dashboard/CoverageHeatMap.h"
#include "ui/dashboard/DashboardFilterBar.h"
#include "ui/dashboard/DashboardLoader.h"
#include "ui/dashboard/KpiTile.h"
#include "ui/report/ReportSources.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace summit::ui {

namespace {

const QString kOpportunity = QStringLiteral("opportunity");

QString percent(double share)
{
    return share < 0 ? QStringLiteral("—") : QLocale().toString(share * 100, 'f', 0) + QStringLiteral("%");
}

QString days(double value)
{
    return value < 0 ? QStringLiteral("—") : UiText::tr("%1 days").arg(QLocale().toString(value, 'f', 1));
}

// "▲ 12" or "▼ 3" (or "no change"): the change from `before` to `now`.
QString change(double now, double before, const QString& unit)
{
    const double delta = now - before;
    if (qAbs(delta) < 0.05)
        return UiText::tr("no change against the previous period");
    const QString arrow = delta > 0 ? QStringLiteral("▲") : QStringLiteral("▼");
    if (unit.isEmpty())
        return UiText::tr("%1 %2 against the previous period")
            .arg(arrow, QLocale().toString(qAbs(delta), 'f', 1));
    return UiText::tr("%1 %2 %3 against the previous period")
        .arg(arrow, QLocale().toString(qAbs(delta), 'f', 1), unit);
}

QGroupBox* panel(const QString& title, QWidget* content, QWidget* parent, QWidget* top = nullptr)
{
    auto* box = new QGroupBox(title, parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(6, 6, 6, 6);
    if (top)
        layout->addWidget(top);
    layout->addWidget(content, 1);
    return box;
}

} // namespace

DashboardView::DashboardView(Workspace& workspace, QWidget* parent) : QWidget(parent), m_workspace(workspace)
{
    m_filters = new DashboardFilterBar(workspace, this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("dashboardStatus"));
    // An error has a line of its own under the filters, wrapped: a long one must not widen
    // the window past the screen.
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("dashboardError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    m_loader = new DashboardLoader(workspace.store().path(), this);

    auto* content = new QWidget;
    auto* grid = new QGridLayout(content);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(8);

    // The tiles: win rate, cycle, won and open pipeline, then what Summit cannot say yet.
    auto* tiles = new QHBoxLayout;
    tiles->setSpacing(8);
    m_winRate = new KpiTile(UiText::tr("Win rate"), content);
    m_cycle = new KpiTile(UiText::tr("Average cycle (created → won or lost)"), content);
    m_won = new KpiTile(UiText::tr("Won in the period"), content);
    m_pipeline = new KpiTile(UiText::tr("Open pipeline"), content);
    for (KpiTile* tile : {m_winRate, m_cycle, m_won, m_pipeline}) {
        tile->setClickable(true);
        tile->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) *
                              13); // seven tiles fit at 1366 px, in Chinese too
        tiles->addWidget(tile, 2);
    }
    connect(m_winRate, &KpiTile::clicked, this, [this] { openClosedDeals(); });
    connect(m_cycle, &KpiTile::clicked, this, [this] { openClosedDeals(); });
    connect(m_won, &KpiTile::clicked, this, [this] { openClosedDeals(); });
    connect(m_pipeline, &KpiTile::clicked, this, &DashboardView::openOpenPipeline);
    // Renewals and receivables due in 90 days, from the recorded contracts (AccountCommerce.cpp).
    m_renewals = new KpiTile(UiText::tr("Renewals, next 90 days"), content);
    m_renewals->setObjectName(QStringLiteral("renewalsTile"));
    m_receivables = new KpiTile(UiText::tr("Receivables overdue"), content);
    m_receivables->setObjectName(QStringLiteral("receivablesTile"));
    connect(m_renewals, &KpiTile::clicked, this, &DashboardView::openRenewals);
    connect(m_receivables, &KpiTile::clicked, this, &DashboardView::openReceivables);
    for (KpiTile* tile : {m_renewals, m_receivables}) {
        tile->setClickable(true);
        tile->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) *
                              13); // seven tiles fit at 1366 px, in Chinese too
        tiles->addWidget(tile, 2);
    }
    // Account health (analysis/AccountScores.h): how many are red and amber; the panel below lists them.
    m_healthTile = new KpiTile(UiText::tr("Accounts at risk"), content);
    m_healthTile->setObjectName(QStringLiteral("healthTile"));
    m_healthTile->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 13);
    tiles->addWidget(m_healthTile, 2);
    grid->addLayout(tiles, 0, 0, 1, 2);
    // The key figures of customers and service (Kpi.h), each against the period before.
    auto* kpiRow = new QHBoxLayout;
    kpiRow->setSpacing(8);
    for (const char* key :
         {"csat", "nps", "repurchase_rate", "renewal_rate", "churn_rate", "response_hours", "clv"}) {
        auto* tile = new KpiTile(query::kpiLabel(QString::fromLatin1(key)), content);
        tile->setObjectName(QStringLiteral("kpi_") + QString::fromLatin1(key));
        tile->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 13);
        kpiRow->addWidget(tile, 2);
        m_kpiTiles.emplace_back(QString::fromLatin1(key), tile);
        tile->setClickable(true);
        connect(tile, &KpiTile::clicked, this, [this, key] { openKpi(QString::fromLatin1(key)); });
    }
    grid->addLayout(kpiRow, 1, 0, 1, 2);

    auto chartView = [this, content](const char* name) {
        auto* view = new QChartView(content);
        view->setObjectName(QString::fromLatin1(name));
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(fontMetrics().height() * 16);
        view->setChart(new QChart);
        return view;
    };
    m_funnel = chartView("funnelChart");
    m_forecast = chartView("forecastChart");
    m_activity = chartView("activityChart");
    m_tiers = chartView("tierChart");
    m_activityMember = new QComboBox(content);
    m_activityMember->setObjectName(QStringLiteral("activityMember"));
    m_activityMember->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_activityMember, &QComboBox::currentIndexChanged, this, [this] { drawActivity(); });
    auto* activityTop = new QWidget(content);
    auto* activityRow = new QHBoxLayout(activityTop);
    activityRow->setContentsMargins(0, 0, 0, 0);
    auto* memberLabel = new QLabel(UiText::tr("Sho&w:"), activityTop);
    memberLabel->setBuddy(m_activityMember);
    activityRow->addWidget(memberLabel);
    activityRow->addWidget(m_activityMember);
    activityRow->addStretch(1);

    grid->addWidget(panel(UiText::tr("Pipeline by stage (open opportunities)"), m_funnel, content), 2, 0);
    grid->addWidget(panel(UiText::tr("Weighted forecast by month of expected close"), m_forecast, content), 2,
                    1);
    grid->addWidget(panel(UiText::tr("Follow-ups per week by type"), m_activity, content, activityTop), 3, 0);
    m_tierMoves = new QLabel(content);
    m_tierMoves->setObjectName(QStringLiteral("tierMoves"));
    m_tierMoves->setWordWrap(true);
    grid->addWidget(panel(UiText::tr("Accounts by tier"), m_tiers, content, m_tierMoves), 3, 1);

    m_coverage = new CoverageHeatMap(content);
    m_coverage->setObjectName(QStringLiteral("coverageMap"));
    m_coverageNote = new QLabel(content);
    m_coverageNote->setWordWrap(true);
    connect(m_coverage, &CoverageHeatMap::cellChosen, this,
            [this](const QString& account, const QString&, const QString& contact) {
                if (contact.isEmpty())
                    emit m_workspace.openAccountRequested(account, QStringLiteral("contacts"));
                else
                    emit m_workspace.openRecordRequested(contact);
            });
    connect(m_coverage, &CoverageHeatMap::accountChosen, this,
            [this](const QString& account) { emit m_workspace.openAccountRequested(account); });
    m_healthSummary = new QLabel(content);
    m_healthSummary->setObjectName(QStringLiteral("healthSummary"));
    m_healthList = new QTableWidget(0, 4, content);
    m_healthList->setObjectName(QStringLiteral("healthList"));
    m_healthList->setHorizontalHeaderLabels(
        {UiText::tr("Account"), UiText::tr("Tier"), UiText::tr("Health"), UiText::tr("What costs most")});
    m_healthList->verticalHeader()->hide();
    m_healthList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_healthList->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_healthList->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_healthList->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_healthList->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_healthList->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_healthList->setMinimumHeight(fontMetrics().height() * 12);
    // Drill-down: a row opens its account on the overview, where the health breakdown is.
    connect(m_healthList, &QTableWidget::cellActivated, this, [this](int row, int) {
        if (QTableWidgetItem* item = m_healthList->item(row, 0))
            emit m_workspace.openAccountRequested(item->data(Qt::UserRole).toString());
    });
    grid->addWidget(
        panel(UiText::tr("Account health: the weakest accounts"), m_healthList, content, m_healthSummary), 4,
        0, 1, 2);
    grid->addWidget(
        panel(UiText::tr("Decision roles the team knows, by account"), m_coverage, content, m_coverageNote),
        5, 0, 1, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);

    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    top->addWidget(m_filters, 1);
    top->addWidget(m_status);
    auto* report = makeReportButton(
        UiText::tr("Report"), teamReviewSource(workspace, [this] { return m_filters->filter(); }), this);
    report->setObjectName(QStringLiteral("dashboardReport"));
    top->addWidget(report);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addWidget(scroll, 1);

    // Bursts of changes (an import, a sync round) come as one refresh.
    m_changes = new QTimer(this);
    m_changes->setSingleShot(true);
    m_changes->setInterval(250);
    connect(m_changes, &QTimer::timeout, this, [this] {
        m_stale = false;
        m_filters->reloadChoices();
        requestFigures();
    });
    connect(&workspace.store(), &Store::changed, this, &DashboardView::onStoreChanged);
    connect(m_filters, &DashboardFilterBar::changed, this, &DashboardView::requestFigures);
    connect(m_loader, &DashboardLoader::panelsLoaded, this,
            [this](const query::DashboardFigures& figures) { showFigures(figures, true); });
    connect(m_loader, &DashboardLoader::loaded, this,
            [this](const query::DashboardFigures& figures) { showFigures(figures); });
    connect(m_loader, &DashboardLoader::failed, this, [this](const QString& message) {
        m_status->clear();
        m_error->setText(message);
        m_error->show();
    });
}

DashboardView::~DashboardView()
{
    for (const QPointer<QChart>& chart : std::as_const(m_retired))
        delete chart.data(); // a deferred delete that never ran
}

bool DashboardView::isUpdating() const
{
    return m_loader->isBusy() || m_changes->isActive() || !m_hasFigures || m_stale;
}

void DashboardView::requestFigures()
{
    m_status->setText(UiText::tr("Updating…"));
    query::DashboardFilter filter = m_filters->filter();
    filter.today = m_workspace.today();
    m_loader->request(filter);
}

void DashboardView::showFigures(const query::DashboardFigures& figures, bool healthPending)
{
    // A result for filters changed since is dropped by the loader; one for
    // the filters shown now is the latest.
    m_figures = figures;
    m_healthPending = healthPending;
    m_hasFigures = true;
    if (!healthPending)
        m_status->clear(); // while health is worked out, "Updating…" stays
    m_error->hide();
    fillTiles();
    drawFunnel();
    drawForecast();
    fillActivityMembers();
    drawActivity();
    drawTiers();
    fillHealth();
    fillKpis();
    fillTierMoves();
    m_coverage->setCoverage(figures.coverage);
    const int shown = int(figures.coverage.accounts.size());
    m_coverageNote->setText(
        shown < figures.coverage.totalAccounts
            ? UiText::tr("The %1 most important of %2 accounts (tier S first). A cell: contacts "
                         "the team knows of those in "
                         "the role; darker is better known.")
                  .arg(shown)
                  .arg(figures.coverage.totalAccounts)
            : UiText::tr("A cell: contacts the team knows of those in the role; darker is better "
                         "known. Empty: nobody in "
                         "the role."));
    emit figuresShown();
}

void DashboardView::onStoreChanged(const ChangeSet& change)
{
    // Tasks, custom field definitions and influence links are in no panel.
    static const QStringList shown = {
        QStringLiteral("account"),      QStringLiteral("opportunity"),  QStringLiteral("followup"),
        QStringLiteral("contact"),      QStringLiteral("coverage"),     QStringLiteral("member"),
        QStringLiteral("contract"),     QStringLiteral("receivable"),   QStringLiteral("service_request"),
        QStringLiteral("satisfaction"), QStringLiteral("account_model")};
    bool touches = change.everything;
    for (const QString& entity : shown)
        touches = touches || change.entities.contains(entity);
    if (!touches)
        return;
    m_stale = true;
    // Bounded: a steady stream of changes still refreshes every 250 ms.
    if (isVisible() && !m_changes->isActive())
        m_changes->start();
}

void DashboardView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if ((m_stale || !m_hasFigures) && !m_changes->isActive())
        m_changes->start();
}

void DashboardView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_hasFigures) {
        drawFunnel();
        drawForecast();
        drawActivity();
        drawTiers();
    }
}

void DashboardView::fillHealth()
{
    if (m_healthPending) {
        m_healthTile->setFigure(QStringLiteral("…"), UiText::tr("Working out…"));
        m_healthSummary->setText(UiText::tr("Working out each account's health…"));
        m_healthList->setRowCount(0);
        return;
    }
    const query::HealthFigures& h = m_figures.health;
    m_healthTile->setFigure(QLocale().toString(h.red), UiText::tr("%n need(s) attention", nullptr, h.amber) +
                                                           UiText::tr(", ", "list") +
                                                           UiText::tr("%n healthy", nullptr, h.green));
    m_healthSummary->setText(UiText::tr("Healthy (70 and above): %1 · needs attention (40–69): %2 · at risk "
                                        "(below 40): %3. A row opens the account and its health breakdown.")
                                 .arg(h.green)
                                 .arg(h.amber)
                                 .arg(h.red));
    m_healthList->setRowCount(int(h.weakest.size()));
    for (int r = 0; r < int(h.weakest.size()); ++r) {
        const query::HealthAccount& a = h.weakest[size_t(r)];
        auto* name = new QTableWidgetItem(a.name);
        name->setData(Qt::UserRole, a.accountId);
        m_healthList->setItem(r, 0, name);
        m_healthList->setItem(r, 1, new QTableWidgetItem(a.tier.isEmpty() ? QStringLiteral("—") : a.tier));
        auto* score = new QTableWidgetItem(QLocale().toString(a.score));
        score->setForeground(healthBandColor(a.band, palette()));
        score->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_healthList->setItem(r, 2, score);
        m_healthList->setItem(r, 3, new QTableWidgetItem(a.weakest));
        m_healthList->item(r, 3)->setToolTip(a.weakest);
    }
}

void DashboardView::fillTierMoves()
{
    const std::vector<query::TierMove>& moves = m_figures.tierMoves;
    if (!m_figures.filter.from.isValid()) {
        m_tierMoves->setText(UiText::tr("Tier moves need a period with a start."));
        m_tierMoves->setToolTip({});
        return;
    }
    const auto up = std::count_if(moves.begin(), moves.end(), [](const query::TierMove& m) { return m.up; });
    const int down = int(moves.size()) - int(up);
    m_tierMoves->setText(moves.empty() ? UiText::tr("No account changed tier in the period.")
                                       : UiText::tr("In the period: %1 up, %2 down.").arg(up).arg(down));
    QStringList lines;
    const QString none = UiText::tr("no tier");
    for (const query::TierMove& m : moves)
        lines << UiText::tr("%1: %2 → %3")
                     .arg(m.name, m.from.isEmpty() ? none : m.from, m.to.isEmpty() ? none : m.to);
    m_tierMoves->setToolTip(lines.join(QLatin1Char('\n')));
}

KpiTile* DashboardView::kpiTile(const QString& key) const
{
    for (const auto& [k, tile] : m_kpiTiles)
        if (k == key)
            return tile;
    return nullptr;
}

void DashboardView::fillKpis()
{
    const query::KpiReport& r = m_figures.kpis;
    for (const auto& [key, tile] : m_kpiTiles) {
        const query::KpiFigure* f = r.find(key);
        if (!f || !f->value) {
            // Nothing recorded to measure: said plainly, not shown as a 0.
            tile->setFigure(QStringLiteral("—"), UiText::tr("Nothing to measure in the period"));
            continue;
        }
        QString note;
        if (f->previous) {
            // Rates change in percentage points; the others in their own unit.
            const bool rate = key.endsWith(QLatin1String("_rate"));
            const double scale = rate ? 100 : 1;
            if (key == QLatin1String("clv"))
                note = UiText::tr("previous period: %1").arg(query::formatKpi(key, *f->previous));
            else
                note = change(*f->value * scale, *f->previous * scale,
                              rate                                     ? UiText::tr("pts")
                              : key == QLatin1String("response_hours") ? UiText::tr("h")
                                                                       : QString());
        } else {
            note = UiText::tr("Nothing to compare in the previous period");
        }
        tile->setFigure(query::formatKpi(key, *f->value), note);
        tile->setToolTip(UiText::tr("From %n record(s) in the period.", nullptr, f->basis));
    }
}

void DashboardView::fillTiles()
{
    const query::WinFigures& w = m_figures.wins;
    const query::ClosedFigures& now = w.current;
    const bool before = w.hasPrevious && w.previous.won + w.previous.lost > 0;
    m_winRate->setFigure(percent(now.winRate),
                         now.winRate >= 0 && before
                             ? change(now.winRate * 100, w.previous.winRate * 100, UiText::tr("pts"))
                             : (now.winRate < 0 ? UiText::tr("No deal won or lost in the period")
                                                : UiText::tr("Nothing closed in the previous period")));
    m_cycle->setFigure(days(now.cycleDays),
                       now.cycleDays >= 0 && before
                           ? change(now.cycleDays, w.previous.cycleDays, UiText::tr("days"))
                           : QString());
    // The separator is translated too: Chinese joins the two with "，".
    m_won->setFigure(
        model::formatMoneyCompact(now.wonAmount),
        UiText::tr("%1, %2", "won, lost")
            .arg(UiText::tr("%n won", nullptr, now.won), UiText::tr("%n lost", nullptr, now.lost)));
    qint64 open = 0;
    int deals = 0;
    for (const query::StageFigures& s : m_figures.funnel) {
        open += s.amount;
        deals += s.count;
    }
    qint64 weighted = 0;
    for (const query::ForecastMonth& m : m_figures.forecast)
        weighted += m.weighted;
    m_pipeline->setFigure(model::formatMoneyCompact(open),
                          UiText::tr("%n deal(s); weighted by probability: %1", nullptr, deals)
                              .arg(model::formatMoneyCompact(weighted)));

    // Renewals and receivables: CNY only, as every amount here (others are counted).
    qint64 renewing = 0, overdue = 0, dueSoon = 0;
    int late = 0;
    for (const query::RenewalDue& r : m_figures.renewals)
        if (r.currency.isEmpty() || r.currency == QLatin1String("CNY"))
            renewing += r.amount;
    for (const query::ReceivableDue& r : m_figures.receivables) {
        if (!r.currency.isEmpty() && r.currency != QLatin1String("CNY"))
            continue;
        (r.overdue ? overdue : dueSoon) += r.outstanding;
        late += r.overdue ? 1 : 0;
    }
    if (m_figures.hasContracts)
        m_renewals->setFigure(
            model::formatMoneyCompact(renewing),
            UiText::tr("%n contract(s) end without a renewal", nullptr, int(m_figures.renewals.size())));
    else
        m_renewals->setFigure(UiText::tr("No contracts"),
                              UiText::tr("Contracts are entered on the Contracts tab of each account."));
    if (m_figures.hasReceivables)
        m_receivables->setFigure(model::formatMoneyCompact(overdue),
                                 UiText::tr("%n overdue; %1 more due in 90 days", nullptr, late)
                                     .arg(model::formatMoneyCompact(dueSoon)));
    else
        m_receivables->setFigure(UiText::tr("No receivables"),
                                 UiText::tr("Payments are planned on the Receivables tab of each account."));
}

void DashboardView::openRecords(const QString& entity, const Result<QStringList>& ids, const QString& what,
                                bool withPeriod)
{
    if (!ids) {
        emit m_workspace.message(ids.message());
        return;
    }
    QString caption = what;
    const QString filters = m_filters->describe(withPeriod);
    if (!filters.isEmpty())
        caption += QStringLiteral(" · ") + filters;
    emit m_workspace.showRecordsRequested(entity, ids.value(), caption);
}

void DashboardView::openFunnelStage(const QString& stage)
{
    const QString name = stage.isEmpty() ? UiText::tr("No stage") : model::enumLabel(u"stage", stage);
    openRecords(kOpportunity, query::funnelRecords(m_workspace.store().reader(), m_figures.filter, stage),
                UiText::tr("Open opportunities at stage %1").arg(name), false);
}

void DashboardView::openForecastMonth(const QDate& month)
{
    openRecords(kOpportunity, query::forecastRecords(m_workspace.store().reader(), m_figures.filter, month),
                UiText::tr("Open opportunities expected to close: %1").arg(chart::monthLabel(month)), false);
}

void DashboardView::openClosedDeals(bool previousPeriod)
{
    openRecords(kOpportunity,
                query::closedRecords(m_workspace.store().reader(), m_figures.filter, previousPeriod),
                previousPeriod ? UiText::tr("Won and lost in the previous period")
                               : UiText::tr("Won and lost in the period"));
}

void DashboardView::openOpenPipeline()
{
    QStringList ids;
    for (const query::StageFigures& s : m_figures.funnel) {
        auto some = query::funnelRecords(m_workspace.store().reader(), m_figures.filter, s.stage);
        if (!some) {
            emit m_workspace.message(some.message());
            return;
        }
        ids << some.value();
    }
    openRecords(kOpportunity, ids, UiText::tr("Open opportunities"), false);
}

void DashboardView::openKpi(const QString& key)
{
    const query::KpiFigure* f = m_figures.kpis.find(key);
    if (!f)
        return;
    // Churn lists the customers lost; every other figure the records it rests on (Kpi.h).
    const QString what = key == QLatin1String("churn_rate")
                             ? UiText::tr("Customers lost in the period")
                             : UiText::tr("The records behind \"%1\"").arg(query::kpiLabel(key));
    openRecords(f->recordType, f->records, what);
}

void DashboardView::openRenewals()
{
    QStringList ids;
    for (const query::RenewalDue& r : m_figures.renewals)
        ids << r.contractId;
    openRecords(QStringLiteral("contract"), ids, UiText::tr("Contracts ending in 90 days without a renewal"),
                false);
}

void DashboardView::openReceivables()
{
    QStringList ids;
    for (const query::ReceivableDue& r : m_figures.receivables)
        ids << r.id;
    openRecords(QStringLiteral("receivable"), ids,
                UiText::tr("Receivables overdue or due in 90 days, not paid in full"), false);
}

void DashboardView::openActivity(const QDate& week, const QString& type)
{
    const std::optional<QString> member = activityMemberChoice();
    QString what = UiText::tr("Follow-ups in the week of %1").arg(week.toString(Qt::ISODate));
    if (!type.isEmpty())
        what += QStringLiteral(" · ") + model::enumLabel(u"type", type);
    if (member)
        what += QStringLiteral(" · ") + m_activityMember->currentText();
    openRecords(QStringLiteral("followup"),
                query::activityRecords(m_workspace.store().reader(), m_figures.filter, member, week, type),
                what);
}

void DashboardView::openTier(const QString& tier)
{
    query::AccountFilter accounts = query::tierAccounts(m_figures.filter, tier);
    if (tier.isEmpty()) // the "no tier" slice: the empty key keeps the accounts without one
        accounts.tiers = {QString()};
    emit m_workspace.showAccountsRequested(accounts);
}

} // namespace summit::ui
