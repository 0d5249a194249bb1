#pragma once
// The filters every panel of the dashboard shares: the period (presets or two
// dates), a team member or the whole team, and the account's region, industry
// and tier. Choices come from the store (members, regions and industries in use).

#include "query/Dashboard.h"

#include <QWidget>

class QComboBox;
class QDateEdit;

namespace summit::ui {

class Workspace;

class DashboardFilterBar : public QWidget
{
    Q_OBJECT
public:
    enum class Period
    {
        Last30Days,
        Last90Days,
        ThisQuarter,
        LastQuarter,
        ThisYear,
        Custom,
    };

    explicit DashboardFilterBar(Workspace& workspace, QWidget* parent = nullptr);

    query::DashboardFilter filter() const;
    // Shows `filter`; the period becomes "Custom" unless it is what a preset gives today.
    void setFilter(const query::DashboardFilter& filter);
    void setPeriod(Period period);
    // Reads the members, regions and industries again, keeping what is chosen.
    void reloadChoices();
    // The filter in words, for the lists a drill-down opens ("华北 · 李明 · 2027-04-01 – 2027-06-30");
    // the period only for figures it narrows.
    QString describe(bool withPeriod = true) const;

    QComboBox* periodBox() const { return m_period; }
    QComboBox* memberBox() const { return m_member; }
    QComboBox* regionBox() const { return m_region; }
    QComboBox* industryBox() const { return m_industry; }
    QComboBox* tierBox() const { return m_tier; }

signals:
    void changed();

private:
    void applyPreset();
    static void refill(QComboBox* box, const QString& all,
                       const std::vector<std::pair<QString, QString>>& items);

    Workspace& m_workspace;
    QComboBox* m_period = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QComboBox* m_member = nullptr;
    QComboBox* m_region = nullptr;
    QComboBox* m_industry = nullptr;
    QComboBox* m_tier = nullptr;
    bool m_updating = false;
};

} // namespace summit::ui
