#pragma once
// Reminders while Summit runs: a system tray icon whose badge counts my tasks
// due today or overdue, and a desktop notification (the tray's message) when a
// task of mine falls due — once per task; a click on the icon or the message
// brings the window forward on the Today page. Two choices of this computer
// go with it: keep Summit in the tray when its window is closed, and start it
// with the desktop session (an XDG autostart entry).

#include "Result.h"

#include <QObject>
#include <QSet>
#include <QTimer>

class QSystemTrayIcon;
class QMenu;

namespace summit {
struct ChangeSet;
}

namespace summit::ui {

class Workspace;

class ReminderTray : public QObject
{
    Q_OBJECT
public:
    explicit ReminderTray(Workspace& workspace, QObject* parent = nullptr);
    ~ReminderTray() override;

    // My tasks due today or overdue, as the badge counts them.
    int dueCount() const { return m_count; }
    QString toolTip() const; // "Summit: " and the summary
    QString summary() const; // "3 tasks due today or overdue (1 overdue)"
    QSystemTrayIcon* icon() const { return m_icon; }
    // Whether a tray is there to show the icon (a desktop without one gets no icon).
    bool isShown() const;

    // Counts again, and announces tasks that fell due since the last check.
    void check();

    // Keep running in the tray when the window is closed (this computer's setting).
    static bool keepInTray();
    static void setKeepInTray(bool on);
    // The XDG autostart entry (~/.config/autostart/summit.desktop).
    static QString autostartPath();
    static bool startsWithSession();
    static Status setStartWithSession(bool on);

signals:
    void openRequested(); // the icon, "Open Summit" or a notification was clicked
    void quitRequested(); // "Quit" in the icon's menu
    // A notification was shown (also when no tray shows it): tests and the status bar read it.
    void notified(const QString& title, const QString& text);

private:
    void onStoreChanged(const ChangeSet& change);
    void notify(const QString& title, const QString& text);

    Workspace& m_workspace;
    QSystemTrayIcon* m_icon = nullptr;
    QMenu* m_menu = nullptr;
    QTimer m_timer;
    QSet<QString> m_announced; // due tasks already announced
    bool m_first = true;
    int m_count = 0;
    int m_overdue = 0;
};

} // namespace summit::ui
