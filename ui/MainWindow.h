#pragma once
// The main window: navigation on the left (Today, Dashboard, Accounts, Opportunities,
// Tasks, Follow-ups, Settings), the current page in the middle, the global
// search (Ctrl+K) in the tool bar, the database and record counts in the
// status bar. It only wires views together; each view is its own class.

#include "ui/shell/Databases.h"

#include <QMainWindow>
#include <QPointer>
#include <functional>
#include <memory>
#include <vector>

class QAction;
class QDialog;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QTimer;

class QWizard;
class QDragEnterEvent;
class QDropEvent;

namespace summit {
class Store;

namespace ui {

class AccountTabs;
class RuleRunner;
class ReminderTray;
class AutoBackup;
class GlobalSearch;
class SettingsPage;
class SyncController;
class SyncStatusIndicator;
class Workspace;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class Page
    {
        Today,
        Dashboard,
        Accounts,
        Opportunities,
        Tasks,
        FollowUps,
        Commerce, // contracts, receivables, service requests, surveys
        Team,
        Sync,
        Conflicts,
        Trash,
        Settings,
    };
    // Makes the replication controller for a store (the app provides one over
    // git; without it the Sync page says replication is not set up).
    using SyncControllerFactory = std::function<std::unique_ptr<SyncController>(Store&)>;

    explicit MainWindow(std::unique_ptr<Store> store, QWidget* parent = nullptr);
    ~MainWindow() override;

    Workspace& workspace() const { return *m_workspace; }
    Page currentPage() const;
    void showPage(Page page);
    AccountTabs* accountTabs() const { return m_accountTabs; }
    GlobalSearch* globalSearch() const { return m_search; }
    // Creates the controller for the open database now and for every database
    // opened later, and starts its automatic rounds.
    void setSyncControllerFactory(SyncControllerFactory factory);
    SyncController* syncController() const { return m_sync.get(); }
    // Opens another database in this window; the current one is closed. A file
    // that cannot be opened is explained (choose another, or keep this one).
    bool switchTo(const QString& path, databases::Intent intent = databases::Intent::Open);
    // Opens the quick follow-up dialog (Ctrl+Shift+L), prefilled with the
    // account in front when there is one. Returns the dialog (tests drive it).
    QWidget* logFollowUp(const QString& accountId = QString(), const QString& contactId = QString(),
                         const QString& opportunityId = QString());

    // New record of what the page or tab in front lists (Ctrl+N); a new account elsewhere.
    void newRecord();
    // The app asks "who are you?" when a database has no "I am" yet (tests leave it off).
    // `now`: ask at once; otherwise only when a sync brings the team's members.
    void setAskWhoYouAre(bool ask, bool now = true);
    // Opens the question if it is on and "I am" is empty; returns the dialog (tests drive it).
    QDialog* askWhoYouAreIfNeeded();
    // Opens the import wizard, on `path` if given (File ▸ Import, a file dropped on
    // the window). Returns the wizard (tests drive it).
    QWizard* importFile(const QString& path = QString());
    // The daily backup of the open database, and of every one opened later (the app
    // turns it on; tests leave it off).
    void setAutomaticBackups(bool on);
    // Runs the team's rules in the background (ui/rules/RuleRunner.h) on this and every
    // database opened later; the desktop app switches it on, tests mostly leave it off.
    void setRunRules(bool on);
    RuleRunner* ruleRunner() const { return m_ruleRunner.get(); }
    // The tray icon with my tasks due, and notifications as they fall due (ui/shell/ReminderTray.h);
    // with it, closing the window may keep Summit in the tray (a setting of this computer).
    void setReminders(bool on);
    ReminderTray* reminders() const { return m_tray.get(); }
    // File ▸ Back Up Now and File ▸ Restore from Backup; each returns its dialog (tests drive them).
    QDialog* backUpNow();
    QDialog* showBackups();
    // Closes the database, replaces it with `backupFile` (keeping the current file as a
    // backup) and reopens it; a refused file leaves it as it was. True when restored.
    bool restoreBackup(const QString& backupFile);

signals:
    // The window closed for a restart and the new process is about to start: it
    // must not hand its database back to this one (app/summit/SingleInstance).
    void aboutToRestart();

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void buildActions();
    void buildMenus();
    void buildWorkspace();
    void teardown();
    void fillRecentMenu();
    void refreshStatus();
    void newDatabase();
    void openDatabase();
    void openRecord(const QString& id);
    void restart();
    void showAbout(); // Help ▸ About Summit
    void createSync();
    void finishSync(bool lastRound = true);
    void createAutoBackup();
    void createRuleRunner();
    void createReminders();
    void fillSyncPage();
    QAction* newRecordActionInFront() const;

    std::unique_ptr<Store> m_store;
    std::unique_ptr<Workspace> m_workspace;
    SyncControllerFactory m_syncFactory;
    std::unique_ptr<SyncController> m_sync;
    std::unique_ptr<AutoBackup> m_autoBackup;
    std::unique_ptr<RuleRunner> m_ruleRunner; // before the workspace and the store go
    bool m_runRules = false;
    std::unique_ptr<ReminderTray> m_tray;
    bool m_reminders = false;
    bool m_quitting = false; // "Quit" from the tray: the window closes for good
    bool m_autoBackups = false;
    SyncStatusIndicator* m_syncIndicator = nullptr;
    QWidget* m_syncPage = nullptr; // holds the sync settings once the page exists
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_pages = nullptr;
    // Title and builder of each page; a builder is cleared once its page exists.
    std::vector<std::pair<QString, std::function<QWidget*()>>> m_pageFactories;
    AccountTabs* m_accountTabs = nullptr;
    GlobalSearch* m_search = nullptr;
    SettingsPage* m_settings = nullptr;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_editMenu = nullptr;
    QAction* m_undo = nullptr;
    QAction* m_redo = nullptr;
    QLabel* m_statusDb = nullptr;
    QLabel* m_statusCounts = nullptr;
    QTimer* m_statusTimer = nullptr;
    bool m_askWhoYouAre = false;
    QPointer<QDialog> m_whoAreYou;
};

} // namespace ui
} // namespace summit
