#pragma once
// The Contracts & Service page of the navigation: the team's contracts,
// receivables, service requests and satisfaction surveys across every account,
// a tab each (RecordListView). The cockpit's renewal, receivable and
// customer-figure drill-downs open here, on the tab of their records.

#include <QTabWidget>

namespace summit::ui {

class RecordListView;
class Workspace;

class CommercePage : public QTabWidget
{
    Q_OBJECT
public:
    explicit CommercePage(Workspace& workspace, QWidget* parent = nullptr);

    // The record types of the tabs, in their order.
    static const QStringList& entities();
    // The tab of `entity`; null when the page has none.
    RecordListView* list(const QString& entity) const;
    // Brings the tab of `entity` to the front, listing only `ids` under `caption`.
    bool showOnly(const QString& entity, const QStringList& ids, const QString& caption);
};

} // namespace summit::ui
