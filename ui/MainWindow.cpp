#include "ui/MainWindow.h"
#include "ui/UiText.h"

#include "backup/Restore.h"
#include "store/Queries.h"
#include "store/Store.h"
#include "ui/Workspace.h"
#include "ui/accounts/AccountListView.h"
#include "ui/common/PlainMessageBox.h"
#include "ui/common/PlainToolTips.h"
#include "ui/dashboard/DashboardView.h"
#include "ui/followup/QuickFollowUpDialog.h"
#include "ui/forms/RecordActions.h"
#include "ui/import/ImportWizard.h"
#include "ui/lists/CommercePage.h"
#include "ui/lists/RecordListView.h"
#include "ui/rules/RuleRunner.h"
#include "ui/search/GlobalSearch.h"
#include "ui/shell/AboutDialog.h"
#include "ui/shell/AccountTabs.h"
#include "ui/shell/AutoBackup.h"
#include "ui/shell/BackupNowDialog.h"
#include "ui/shell/DatabaseProblem.h"
#include "ui/shell/Databases.h"
#include "ui/shell/FilePrompts.h"
#include "ui/shell/ReadOnlyBanner.h"
#include "ui/shell/ReminderTray.h"
#include "ui/shell/RestoreBackupDialog.h"
#include "ui/shell/SettingsPage.h"
#include "ui/shell/WhoAreYouDialog.h"
#include "ui/sync/ConflictsView.h"
#include "ui/sync/SyncController.h"
#include "ui/sync/SyncSettingsPage.h"
#include "ui/sync/SyncStatusIndicator.h"
#include "ui/sync/TrashView.h"
#include "ui/team/TeamPage.h"
#include "ui/today/TodayView.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QProcess>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace summit::ui {

MainWindow::MainWindow(std::unique_ptr<Store> store, QWidget* parent)
    : QMainWindow(parent), m_store(std::move(store))
{
    setWindowTitle(UiText::tr("Summit — Key-account management"));
    installPlainToolTips(); // names and notes in tooltips are never drawn as HTML
    setAcceptDrops(true);   // a spreadsheet dropped on the window opens the import
    m_statusDb = new QLabel(this);
    m_statusCounts = new QLabel(this);
    statusBar()->addWidget(m_statusDb, 1);
    statusBar()->addPermanentWidget(m_statusCounts);
    // Counting records touches every table; after a burst of changes once is enough.
    m_statusTimer = new QTimer(this);
    m_statusTimer->setSingleShot(true);
    m_statusTimer->setInterval(300);
    connect(m_statusTimer, &QTimer::timeout, this, &MainWindow::refreshStatus);

    buildMenus();
    buildWorkspace();

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    showPage(Page(qBound(0, settings.value(QStringLiteral("window/page")).toInt(), int(Page::Settings))));
}

MainWindow::~MainWindow()
{
    // The indicator and the pages use the controller, which uses the store.
    delete m_syncIndicator;
    teardown();
    m_sync.reset();
    m_autoBackup.reset();
}

void MainWindow::teardown()
{
    m_syncPage = nullptr;
    // Views hold references to the workspace and the store: they go first.
    delete centralWidget();
    delete m_search;
    m_search = nullptr;
    m_accountTabs = nullptr;
    m_settings = nullptr;
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    if (m_tray && m_tray->isShown() && ReminderTray::keepInTray() && !m_quitting) {
        // Summit stays in the tray: reminders and sync go on; "Quit" in the tray's menu ends it.
        settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
        QApplication::setQuitOnLastWindowClosed(false);
        hide();
        event->ignore();
        return;
    }
    finishSync(); // a last round, a few seconds at most
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/page"), int(currentPage()));
    event->accept();
}

QWizard* MainWindow::importFile(const QString& path)
{
    if (!m_workspace)
        return nullptr;
    auto* wizard = new ImportWizard(*m_workspace, this, path);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &QWizard::accepted, this, [this] { showPage(Page::Accounts); });
    wizard->open();
    return wizard;
}

namespace {
// The first local file of a drop that the import reads.
QString importableFile(const QMimeData* mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    for (const QUrl& url : mime->urls()) {
        const QString path = url.toLocalFile();
        const QString suffix = QFileInfo(path).suffix().toLower();
        if (suffix == QLatin1String("xlsx") || suffix == QLatin1String("csv") ||
            suffix == QLatin1String("tsv"))
            return path;
    }
    return {};
}
} // namespace

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (!importableFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QString path = importableFile(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    importFile(path);
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(UiText::tr("&File"));
    // Ctrl+N makes a record of what the page in front lists; a database is Ctrl+Shift+N.
    QAction* newRecord =
        file->addAction(UiText::tr("&New Record…"), QKeySequence::New, this, [this] { this->newRecord(); });
    newRecord->setObjectName(QStringLiteral("newRecord"));
    file->addAction(UiText::tr("New &Database…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), this,
                    &MainWindow::newDatabase);
    file->addAction(UiText::tr("&Open Database…"), QKeySequence::Open, this, &MainWindow::openDatabase);
    m_recentMenu = file->addMenu(UiText::tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    file->addAction(UiText::tr("Open the &Demo Database"), this,
                    [this] { switchTo(databases::demoPath(), databases::Intent::Demo); });
    file->addSeparator();
    QAction* import = file->addAction(UiText::tr("&Import…"), this, [this] { importFile(); });
    import->setObjectName(QStringLiteral("importAction"));
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    // The list in front as XLSX or CSV: the list's own Export… (Ctrl+E while it has the focus).
    file->addAction(
            UiText::tr("&Export List…"), this,
            [this] {
                QWidget* page = m_pages ? m_pages->currentWidget() : nullptr;
                if (page == m_accountTabs)
                    page = m_accountTabs->currentWidget() == m_accountTabs->list() ? m_accountTabs->list()
                                                                                   : nullptr;
                QAction* list = page ? page->findChild<QAction*>(QStringLiteral("exportList")) : nullptr;
                if (list && list->isEnabled())
                    list->trigger();
                else
                    statusBar()->showMessage(
                        UiText::tr(
                            "Open a list (Accounts, Opportunities, Tasks or Follow-ups) to export it."),
                        8000);
            })
        ->setObjectName(QStringLiteral("exportListMenu"));
    file->addSeparator();
    file->addAction(UiText::tr("&Back Up Now…"), this, [this] { backUpNow(); })
        ->setObjectName(QStringLiteral("backUpNow"));
    file->addAction(UiText::tr("Res&tore from Backup…"), this, [this] { showBackups(); })
        ->setObjectName(QStringLiteral("restoreBackup"));
    file->addSeparator();
    QAction* syncNow = file->addAction(UiText::tr("&Sync Now"), this, [this] {
        if (m_sync && !m_sync->remote().isEmpty())
            m_sync->syncNow();
        else
            showPage(Page::Sync);
    });
    syncNow->setShortcut(QKeySequence::Refresh);
    file->addSeparator();
    file->addAction(UiText::tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    m_editMenu = menuBar()->addMenu(UiText::tr("&Edit"));
    m_editMenu->addSeparator();
    QAction* find = m_editMenu->addAction(UiText::tr("&Find…"));
    find->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_K), QKeySequence::Find});
    connect(find, &QAction::triggered, this, [this] {
        if (m_search)
            m_search->activate();
    });

    QMenu* go = menuBar()->addMenu(UiText::tr("&Go"));
    const QList<QPair<Page, QString>> pages = {
        {Page::Today, UiText::tr("&Today")},
        {Page::Dashboard, UiText::tr("&Dashboard")},
        {Page::Accounts, UiText::tr("&Accounts")},
        {Page::Opportunities, UiText::tr("&Opportunities")},
        {Page::Tasks, UiText::tr("Ta&sks")},
        {Page::FollowUps, UiText::tr("&Follow-ups")},
        {Page::Commerce, UiText::tr("&Contracts && Service")},
        {Page::Team, UiText::tr("Tea&m")},
        {Page::Settings, UiText::tr("S&ettings")},
    };
    for (const auto& [page, title] : pages) {
        QAction* a = go->addAction(title, this, [this, p = page] { showPage(p); });
        if (page == Page::Settings)
            a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
        else if (page <= Page::Team)
            a->setShortcut(QKeySequence(Qt::CTRL | (Qt::Key_1 + int(page))));
    }

    QMenu* account = menuBar()->addMenu(UiText::tr("&Account"));
    QAction* log = account->addAction(UiText::tr("&Log Follow-up…"), this, [this] { logFollowUp(); });
    log->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    log->setShortcutContext(Qt::ApplicationShortcut);
    account->addAction(UiText::tr("&Close Account Tab"), QKeySequence::Close, this, [this] {
        if (m_accountTabs)
            m_accountTabs->closeCurrent();
    });

    QMenu* help = menuBar()->addMenu(UiText::tr("&Help"));
    help->addAction(UiText::tr("&About Summit"), this, [this] { showAbout(); });

    QToolBar* bar = addToolBar(UiText::tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->addAction(log);
    addAction(log);
}

void MainWindow::buildWorkspace()
{
    m_workspace = std::make_unique<Workspace>(*m_store);
    Workspace& ws = *m_workspace;

    // Undo and redo follow the workspace's stack; their text names the change.
    delete m_undo;
    delete m_redo;
    m_undo = ws.undoStack()->createUndoAction(this, UiText::tr("&Undo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = ws.undoStack()->createRedoAction(this, UiText::tr("&Redo"));
    m_redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    QAction* first = m_editMenu->actions().value(0);
    m_editMenu->insertAction(first, m_undo);
    m_editMenu->insertAction(first, m_redo);

    auto* central = new QWidget;
    m_navigation = new QListWidget(central);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_pages = new QStackedWidget(central);

    // Pages are built the first time they are shown, so start-up pays only for
    // the page in front; the account tabs exist from the start because any
    // view may ask to open an account.
    m_accountTabs = new AccountTabs(ws, m_pages);
    m_accountTabs->hide(); // until the Accounts page takes it into the stack
    m_pageFactories = {
        {UiText::tr("Today"),
         [&ws, this] {
             return new TodayView(ws, m_pages);
         }},
        {UiText::tr("Dashboard"),
         [&ws, this] {
             return new DashboardView(ws, m_pages);
         }},
        {UiText::tr("Accounts"),
         [this] {
             return m_accountTabs;
         }},
        {UiText::tr("Opportunities"),
         [&ws, this] {
             return new RecordListView(ws, QStringLiteral("opportunity"), m_pages);
         }},
        {UiText::tr("Tasks"),
         [&ws, this] {
             return new RecordListView(ws, QStringLiteral("task"), m_pages);
         }},
        {UiText::tr("Follow-ups"),
         [&ws, this] {
             return new RecordListView(ws, QStringLiteral("followup"), m_pages);
         }},
        {UiText::tr("Contracts & Service"),
         [&ws, this] {
             return new CommercePage(ws, m_pages);
         }},
        {UiText::tr("Team"),
         [&ws, this] {
             return new TeamPage(ws, m_pages);
         }},
        {UiText::tr("Sync"),
         [this] {
             m_syncPage = new QWidget(m_pages);
             new QVBoxLayout(m_syncPage);
             fillSyncPage();
             return m_syncPage;
         }},
        {UiText::tr("Conflicts"),
         [&ws, this] {
             return new ConflictsView(ws, m_pages);
         }},
        {UiText::tr("Trash"),
         [&ws, this] {
             return new TrashView(ws, m_pages);
         }},
        {UiText::tr("Settings"),
         [&ws, this] {
             m_settings = new SettingsPage(ws, m_pages);
             connect(m_settings, &SettingsPage::restartRequested, this, &MainWindow::restart);
             return m_settings;
         }},
    };
    for (const auto& [title, factory] : m_pageFactories) {
        m_navigation->addItem(title);
        m_pages->addWidget(new QWidget(m_pages)); // a placeholder until first shown
    }
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= int(m_pageFactories.size()))
            return;
        if (auto& factory = m_pageFactories[size_t(row)].second) {
            QWidget* placeholder = m_pages->widget(row);
            m_pages->insertWidget(row, factory());
            m_pages->removeWidget(placeholder);
            delete placeholder;
            factory = nullptr;
        }
        m_pages->setCurrentIndex(row);
    });
    m_navigation->setCurrentRow(0);
    m_navigation->setSpacing(3);
    // The list is as wide as its longest entry, in any language and at any scale.
    m_navigation->setFixedWidth(m_navigation->sizeHintForColumn(0) + 2 * m_navigation->frameWidth() +
                                fontMetrics().averageCharWidth() * 6);

    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    if (m_store->isReadOnly()) {
        // Said once, across the top, for as long as this database is open.
        auto* column = new QWidget;
        auto* stack = new QVBoxLayout(column);
        stack->setContentsMargins(0, 0, 0, 0);
        stack->setSpacing(0);
        stack->addWidget(new ReadOnlyBanner(m_store->path(), column));
        stack->addWidget(central, 1);
        central = column;
    }
    delete centralWidget();
    setCentralWidget(central);

    // The global search sits at the right end of the tool bar.
    QToolBar* bar = findChild<QToolBar*>(QStringLiteral("mainToolBar"));
    m_search = new GlobalSearch(ws, this);
    for (QAction* a : bar->actions())
        if (a->objectName() == QLatin1String("searchSpacer") ||
            a->objectName() == QLatin1String("searchField"))
            bar->removeAction(a);
    auto* spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer)->setObjectName(QStringLiteral("searchSpacer"));
    m_search->field()->setMinimumWidth(fontMetrics().averageCharWidth() * 36);
    bar->addWidget(m_search->field())->setObjectName(QStringLiteral("searchField"));

    connect(&ws, &Workspace::openAccountRequested, this, [this](const QString& id, const QString& tab) {
        showPage(Page::Accounts);
        m_accountTabs->openAccount(id, tab);
    });
    connect(&ws, &Workspace::openRecordRequested, this, &MainWindow::openRecord);
    // The dashboard's drill-downs: the records behind a figure, in their list.
    connect(&ws, &Workspace::showRecordsRequested, this,
            [this](const QString& entity, const QStringList& ids, const QString& caption) {
                if (entity == QLatin1String("account")) {
                    showPage(Page::Accounts);
                    m_accountTabs->setCurrentWidget(m_accountTabs->list());
                    m_accountTabs->list()->showOnly(ids, caption);
                    return;
                }
                if (CommercePage::entities().contains(entity)) {
                    showPage(Page::Commerce);
                    if (auto* page = qobject_cast<CommercePage*>(m_pages->widget(int(Page::Commerce))))
                        page->showOnly(entity, ids, caption);
                    return;
                }
                const Page page = entity == QLatin1String("followup") ? Page::FollowUps
                                  : entity == QLatin1String("task")   ? Page::Tasks
                                                                      : Page::Opportunities;
                showPage(page);
                if (auto* list = qobject_cast<RecordListView*>(m_pages->widget(int(page))))
                    list->showOnly(ids, caption);
            });
    connect(&ws, &Workspace::showAccountsRequested, this, [this](const query::AccountFilter& filter) {
        showPage(Page::Accounts);
        m_accountTabs->setCurrentWidget(m_accountTabs->list());
        m_accountTabs->list()->setFilter(filter);
    });
    connect(&ws, &Workspace::importRequested, this, [this] { importFile(); });
    connect(m_accountTabs, &AccountTabs::conflictsRequested, this, [this] { showPage(Page::Conflicts); });
    connect(&ws, &Workspace::logFollowUpRequested, this,
            [this](const QString& a, const QString& c, const QString& o) { logFollowUp(a, c, o); });
    connect(&ws, &Workspace::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    connect(&ws, &Workspace::meChanged, m_statusTimer, qOverload<>(&QTimer::start));
    connect(m_store.get(), &Store::changed, m_statusTimer, qOverload<>(&QTimer::start));
    // A team joined from an empty database: once a sync has brought its members, ask who this is.
    connect(m_store.get(), &Store::changed, this, [this](const ChangeSet& change) {
        if (change.remote && m_askWhoYouAre)
            askWhoYouAreIfNeeded();
    });
    refreshStatus();
}

void MainWindow::setSyncControllerFactory(SyncControllerFactory factory)
{
    finishSync();
    m_syncFactory = std::move(factory);
    createSync();
}

void MainWindow::showAbout()
{
    QList<AboutDialog::Component> more;
    if (m_sync && !m_sync->engineName().isEmpty())
        more.append({m_sync->engineName(), m_sync->engineVersion()});
    AboutDialog about(more, this);
    about.exec();
}

void MainWindow::createSync()
{
    if (!m_syncFactory || m_store->isReadOnly()) // a sync round writes what it receives
        return;
    m_sync = m_syncFactory(*m_store);
    if (!m_sync)
        return;
    m_syncIndicator = new SyncStatusIndicator(*m_sync, this);
    statusBar()->addPermanentWidget(m_syncIndicator);
    connect(m_syncIndicator, &SyncStatusIndicator::settingsRequested, this, [this] { showPage(Page::Sync); });
    fillSyncPage();
    m_sync->start();
}

void MainWindow::finishSync(bool lastRound)
{
    if (!m_sync)
        return;
    if (lastRound)
        m_sync->finishForQuit();
    delete m_syncIndicator;
    m_syncIndicator = nullptr;
    if (m_syncPage)
        qDeleteAll(m_syncPage->findChildren<QWidget*>(Qt::FindDirectChildrenOnly));
    m_sync.reset();
}

void MainWindow::fillSyncPage()
{
    if (!m_syncPage || !m_syncPage->findChildren<QWidget*>(Qt::FindDirectChildrenOnly).isEmpty())
        return;
    QWidget* content = nullptr;
    if (m_sync) {
        content = new SyncSettingsPage(*m_sync, m_syncPage);
    } else {
        auto* label = new QLabel(m_store->isReadOnly()
                                     ? UiText::tr("This database is open read-only, so it does not sync.")
                                     : UiText::tr("Sync is not available in this window."),
                                 m_syncPage);
        label->setAlignment(Qt::AlignCenter);
        content = label;
    }
    m_syncPage->layout()->addWidget(content);
}

void MainWindow::restart()
{
    // Closing saves the window state; the new process opens the same database.
    if (!close())
        return;
    emit aboutToRestart();
    QProcess::startDetached(QApplication::applicationFilePath(), {QStringLiteral("--db"), m_store->path()});
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(qMax(0, m_pages->currentIndex()));
}

void MainWindow::showPage(Page page)
{
    m_navigation->setCurrentRow(int(page));
}

void MainWindow::refreshStatus()
{
    m_statusDb->setText(UiText::tr("Database: %1").arg(QFileInfo(m_store->path()).fileName()));
    m_statusDb->setToolTip(m_store->path());
    QString who;
    if (!m_workspace->me().isEmpty())
        who = UiText::tr("Signed in as %1").arg(m_workspace->titleOf(m_workspace->me())) +
              QStringLiteral(" · ");
    auto accounts = countLive(m_store->reader(), QStringLiteral("account"));
    auto contacts = countLive(m_store->reader(), QStringLiteral("contact"));
    if (accounts && contacts)
        m_statusCounts->setText(who + UiText::tr("%n account(s)", nullptr, int(accounts.value())) +
                                QStringLiteral(" · ") +
                                UiText::tr("%n contact(s)", nullptr, int(contacts.value())));
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = databases::recent();
    if (recent.isEmpty()) {
        m_recentMenu->addAction(UiText::tr("No recent databases"))->setEnabled(false);
        return;
    }
    int n = 0;
    for (const QString& path : recent) {
        const QString text = QStringLiteral("&%1 %2").arg(++n).arg(QFileInfo(path).fileName());
        QAction* a = m_recentMenu->addAction(text, this, [this, path] { switchTo(path); });
        a->setToolTip(path);
        a->setStatusTip(path);
    }
}

bool MainWindow::switchTo(const QString& requested, databases::Intent intent)
{
    QString path = requested;
    std::unique_ptr<Store> opened = databases::openOrAsk(this, path, intent, false);
    if (!opened)
        return false; // the open database stays
    // Replication, views, the workspace, then the old store.
    finishSync();
    m_autoBackup.reset();
    m_ruleRunner.reset();
    m_tray.reset();
    teardown();
    m_workspace.reset();
    m_store = std::move(opened);
    databases::remember(path);
    buildWorkspace();
    createSync();
    createAutoBackup();
    createRuleRunner();
    createReminders();
    showPage(Page::Today);
    if (m_askWhoYouAre)
        QTimer::singleShot(0, this, &MainWindow::askWhoYouAreIfNeeded);
    return true;
}

void MainWindow::setAutomaticBackups(bool on)
{
    m_autoBackups = on;
    m_autoBackup.reset();
    createAutoBackup();
}

void MainWindow::setRunRules(bool on)
{
    m_runRules = on;
    m_ruleRunner.reset();
    createRuleRunner();
}

void MainWindow::setReminders(bool on)
{
    m_reminders = on;
    m_tray.reset();
    createReminders();
}

void MainWindow::createReminders()
{
    if (!m_reminders || !m_workspace)
        return;
    m_tray = std::make_unique<ReminderTray>(*m_workspace);
    connect(m_tray.get(), &ReminderTray::openRequested, this, [this] {
        showNormal();
        raise();
        activateWindow();
        showPage(Page::Today);
    });
    connect(m_tray.get(), &ReminderTray::quitRequested, this, [this] {
        m_quitting = true;
        close();
        QCoreApplication::quit();
    });
}

void MainWindow::createRuleRunner()
{
    if (!m_runRules || !m_store || m_store->isReadOnly())
        return;
    m_ruleRunner = std::make_unique<RuleRunner>(*m_store);
    connect(m_ruleRunner.get(), &RuleRunner::ran, this,
            [this](int made, const std::vector<rules::RuleSkip>& skipped, const QStringList&) {
                if (made > 0)
                    statusBar()->showMessage(UiText::tr("Rules made %n task(s).", "", made), 8000);
                else if (!skipped.empty())
                    statusBar()->showMessage(
                        UiText::tr("%n rule(s) are broken and were skipped; see Team › Rules.", "",
                                   int(skipped.size())),
                        8000);
            });
    connect(m_ruleRunner.get(), &RuleRunner::failed, this, [this](const QString& message) {
        statusBar()->showMessage(UiText::tr("The rules could not run: %1").arg(message), 15000);
    });
    m_ruleRunner->schedule(3000); // after the start, so the first page shows first
}

void MainWindow::createAutoBackup()
{
    if (!m_autoBackups || !m_store)
        return;
    m_autoBackup = std::make_unique<AutoBackup>(m_store->path());
    connect(m_autoBackup.get(), &AutoBackup::checked, this, [this](const QString& made) {
        if (!made.isEmpty())
            statusBar()->showMessage(UiText::tr("Backed up to %1").arg(QDir::toNativeSeparators(made)), 8000);
    });
    connect(m_autoBackup.get(), &AutoBackup::failed, this, [this](const QString& message) {
        statusBar()->showMessage(UiText::tr("The automatic backup failed: %1").arg(message), 15000);
    });
    m_autoBackup->start();
}

QDialog* MainWindow::backUpNow()
{
    auto* dialog = new BackupNowDialog(m_store->path(), QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

QDialog* MainWindow::showBackups()
{
    if (m_store->isReadOnly()) {
        // A restore replaces the file, which this computer may not write.
        auto* box =
            new QMessageBox(QMessageBox::Information, UiText::tr("Restore from Backup"),
                            UiText::tr("%1 is open read-only, so Summit cannot put a backup in its place. "
                                       "Open it where you may change it to restore it.")
                                .arg(QDir::toNativeSeparators(m_store->path())),
                            QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return box;
    }
    auto* dialog = new RestoreBackupDialog(m_store->path(), backup::folderFor(m_store->path()),
                                           m_store->hasReplicated(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Queued: the dialog closes before the window takes the database down.
    connect(dialog, &RestoreBackupDialog::restoreRequested, this, &MainWindow::restoreBackup,
            Qt::QueuedConnection);
    dialog->open();
    return dialog;
}

bool MainWindow::restoreBackup(const QString& backupFile)
{
    const QString path = m_store->path();
    // No last sync round: what this computer has not sent yet is what a restore may be undoing.
    finishSync(false);
    m_autoBackup.reset();
    teardown();
    m_workspace.reset();
    m_store.reset();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto restored = backup::restore(backupFile, path, backup::folderFor(path));
    auto reopened = databases::open(path);
    QApplication::restoreOverrideCursor();
    if (!reopened) {
        m_statusTimer->stop(); // there is no database to count
        showPlainMessage(this, UiText::tr("Restore from Backup"),
                         UiText::tr("Cannot open %1 again:\n%2").arg(path, reopened.message),
                         QMessageBox::Critical);
        QApplication::exit(1);
        return false;
    }
    m_store = std::move(reopened.store);
    buildWorkspace();
    createSync();
    createAutoBackup();
    createRuleRunner();
    createReminders();
    showPage(Page::Today);
    auto* box = new QMessageBox(this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(UiText::tr("Restore from Backup"));
    if (!restored) {
        box->setIcon(QMessageBox::Warning);
        box->setText(restored.message());
    } else {
        box->setIcon(QMessageBox::Information);
        QString text = UiText::tr("%1 is restored from the backup.").arg(QFileInfo(path).fileName());
        if (!restored.value().keptCurrent.isEmpty())
            text += QLatin1Char(' ') + UiText::tr("The database as it was is kept as a backup:\n%1")
                                           .arg(QDir::toNativeSeparators(restored.value().keptCurrent));
        box->setText(text);
        if (restored.value().team)
            box->setInformativeText(
                UiText::tr("It belongs to a team: it now writes under a new replica id, and the "
                           "next sync brings back what the team has."));
    }
    box->open();
    return restored.isOk();
}

void MainWindow::newDatabase()
{
    const QString path = prompts::newDatabaseFile(this);
    if (!path.isEmpty())
        switchTo(path, databases::Intent::Create);
}

void MainWindow::openDatabase()
{
    const QString path = prompts::openDatabaseFile(this);
    if (!path.isEmpty())
        switchTo(path);
}

void MainWindow::openRecord(const QString& id)
{
    showPage(Page::Accounts);
    m_accountTabs->openRecord(id);
}

QWidget* MainWindow::logFollowUp(const QString& accountId, const QString& contactId,
                                 const QString& opportunityId)
{
    const QString account = accountId.isEmpty() && currentPage() == Page::Accounts
                                ? m_accountTabs->currentAccountId()
                                : accountId;
    auto* dialog = new followup::QuickFollowUpDialog(*m_workspace, account, contactId, opportunityId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

QAction* MainWindow::newRecordActionInFront() const
{
    // The page in front; in the Accounts page, the list or the open account's tab in front.
    QWidget* front = m_pages->currentWidget();
    for (int depth = 0; front && depth < 4; ++depth) {
        if (auto* tabs = qobject_cast<QTabWidget*>(front)) {
            front = tabs->currentWidget();
            continue;
        }
        auto* inner = front->findChild<QTabWidget*>();
        if (inner && inner->isVisible() && inner->currentWidget()) {
            if (auto* action = inner->currentWidget()->findChild<QAction*>(QStringLiteral("newRecordAction")))
                return action;
        }
        break;
    }
    return front ? front->findChild<QAction*>(QStringLiteral("newRecordAction")) : nullptr;
}

void MainWindow::newRecord()
{
    if (QAction* action = newRecordActionInFront()) {
        action->trigger();
        return;
    }
    // Today, Settings and the like list nothing of their own: a new account.
    QVariantMap presets;
    if (!m_workspace->me().isEmpty())
        presets.insert(QStringLiteral("am_id"), m_workspace->me());
    forms::RecordActions::openNew(*m_workspace, this, QStringLiteral("account"), presets);
}

void MainWindow::setAskWhoYouAre(bool ask, bool now)
{
    m_askWhoYouAre = ask;
    if (ask && now)
        QTimer::singleShot(0, this, &MainWindow::askWhoYouAreIfNeeded);
}

QDialog* MainWindow::askWhoYouAreIfNeeded()
{
    if (!m_askWhoYouAre || !m_workspace || !m_workspace->me().isEmpty() || m_whoAreYou ||
        m_store->isReadOnly())
        return nullptr;
    auto* dialog = new WhoAreYouDialog(*m_workspace, this);
    m_whoAreYou = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        // A database without accounts: the first thing to do is the first account.
        if (listRecords(m_workspace->store().reader(), QStringLiteral("account"),
                        ListFilter{{}, {}, false, {}, false, 1, 0})
                .value()
                .empty()) {
            showPage(Page::Accounts);
            forms::RecordActions::openNew(*m_workspace, this, QStringLiteral("account"),
                                          {{QStringLiteral("am_id"), m_workspace->me()}});
        }
    });
    dialog->open();
    return dialog;
}

} // namespace summit::ui
