#pragma once
// The "Map" tab of the account view as the user sees it: the time bar ("as of"
// a date, "changes since" a date with their list) above the interactive map.
// Picking a past date shows the map as it was then, read-only; the changes are
// marked on the people and units they concern; a change in the list centres
// the map on its record.

#include <QWidget>

class QAction;

namespace summit::ui {

class AccountMapTab;
class MapTimeBar;
class Workspace;

class AccountMapPage : public QWidget
{
    Q_OBJECT
public:
    AccountMapPage(Workspace& workspace, const QString& accountId, QWidget* parent = nullptr);

    AccountMapTab* map() const { return m_map; }
    MapTimeBar* timeBar() const { return m_timeBar; }
    // AccountView::selectRecord asks the tab that shows a record to select it.
    Q_INVOKABLE bool selectRecord(const QString& id);
    // Opens the same map in a window of its own (for a second screen, or to
    // keep it beside the account view); returns it. It closes with the main window.
    AccountMapPage* openInWindow();

private:
    void showAsOf(const QDateTime& at);

    Workspace& m_workspace;
    QString m_accountId;
    MapTimeBar* m_timeBar = nullptr;
    QAction* m_openInWindow = nullptr;
    QWidget* m_detach = nullptr; // the button for it; hidden in the window itself
    AccountMapTab* m_map = nullptr;
};

} // namespace summit::ui
