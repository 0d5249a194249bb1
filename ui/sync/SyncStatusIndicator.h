#pragma once
// The status-bar face of replication: "Synced 10:42", "3 changes not yet
// shared", "Sync failed: …", "Syncing…". Clicking it syncs now (or opens the
// sync settings when there is no team remote yet); its menu has both.

#include <QToolButton>

class QAction;
class QDate;

namespace summit::ui {

class SyncController;
struct SyncState;

class SyncStatusIndicator : public QToolButton
{
    Q_OBJECT
public:
    explicit SyncStatusIndicator(SyncController& controller, QWidget* parent = nullptr);

    // The one-line text for `state`; times of `today` show without a date.
    static QString describe(const SyncState& state, const QDate& today);

    QAction* syncNowAction() const { return m_syncNow; }
    QAction* settingsAction() const { return m_settings; }

signals:
    // Show the sync settings page.
    void settingsRequested();

private:
    void refresh();
    void activate();

    SyncController& m_controller;
    QAction* m_syncNow = nullptr;
    QAction* m_settings = nullptr;
};

} // namespace summit::ui
