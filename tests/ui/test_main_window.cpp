// The main window driven end to end, the way an account manager uses it:
// find an account with Ctrl+K, log a follow-up with its next action through
// the quick dialog, see it in the account's timeline and its task in Today,
// undo it from the Edit menu; open another database from the File menu;
// choose Chinese in Settings and see the menus in Chinese.
#include "DemoFixture.h"
#include "QtDoctest.h"

#include "demo/DemoData.h"
#include "store/Queries.h"
#include "store/Store.h"
#include "ui/MainWindow.h"
#include "ui/Workspace.h"
#include "ui/account/AccountFollowUpsTab.h"
#include "ui/account/AccountView.h"
#include "ui/account/FollowUpTimelineModel.h"
#include "ui/followup/QuickFollowUpDialog.h"
#include "ui/forms/DateInput.h"
#include "ui/map/AccountMapPage.h"
#include "ui/search/GlobalSearch.h"
#include "ui/shell/AccountTabs.h"
#include "ui/shell/Appearance.h"
#include "ui/shell/Databases.h"
#include "ui/shell/FilePrompts.h"
#include "ui/shell/Language.h"
#include "ui/sync/SyncController.h"
#include "ui/sync/SyncSettingsPage.h"
#include "ui/sync/SyncStatusIndicator.h"
#include "ui/today/TodaySection.h"
#include "ui/today/TodayView.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QTreeWidget>
#include <QUndoStack>

using namespace summit;
using summit::ui::MainWindow;

namespace {

const QDate kToday(2026, 5, 20);

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

demo::Options demoOptions()
{
    demo::Options options;
    options.accounts = 2;
    options.seed = 1;
    options.today = kToday;
    return options;
}

struct Book
{
    test::DemoFixture fixture{demoOptions()};
    std::unique_ptr<MainWindow> window;
    QString huawei;

    Book()
    {
        ListFilter filter;
        filter.equals.insert(QStringLiteral("name"), s("华为技术有限公司"));
        auto rows = listRecords(fixture.store->reader(), QStringLiteral("account"), filter);
        REQUIRE(rows.isOk());
        REQUIRE(rows.value().size() == 1);
        huawei = rows.value().front().value(QStringLiteral("id")).toString();
        window = std::make_unique<MainWindow>(std::move(fixture.store));
        window->workspace().setNow(QDateTime(kToday, QTime(14, 30)));
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    }
    ~Book() { window.reset(); }

    QAction* menuAction(const QString& menu, const QString& startsWith) const
    {
        for (QAction* m : window->menuBar()->actions())
            if (m->text() == menu)
                for (QAction* a : m->menu()->actions())
                    if (a->text().startsWith(startsWith))
                        return a;
        return nullptr;
    }
};

bool listed(ui::TodaySection* section, const QString& id)
{
    for (int i = 0; i < section->list()->topLevelItemCount(); ++i)
        if (section->list()->topLevelItem(i)->data(0, Qt::UserRole).toString() == id)
            return true;
    return false;
}

} // namespace

TEST_CASE("Ctrl+K finds an account by pinyin initials and Enter opens its 360° view")
{
    Book book;
    book.window->activateWindow();
    QTest::keyClick(book.window.get(), Qt::Key_K, Qt::ControlModifier);
    QLineEdit* field = book.window->globalSearch()->field();
    CHECK(field->hasFocus());
    QTest::keyClicks(field, QStringLiteral("hw"));
    // Results arrive after the typing pause; the first hit is selected for Enter.
    QTest::qWait(400);
    QTest::keyClick(field, Qt::Key_Down);
    QTest::keyClick(field, Qt::Key_Return);
    CHECK(book.window->currentPage() == MainWindow::Page::Accounts);
    CHECK(book.window->accountTabs()->currentAccountId() == book.huawei);
}

TEST_CASE("a follow-up logged through the dialog shows in the timeline, its task in Today, and undo takes "
          "both back")
{
    Book book;
    Store& store = book.window->workspace().store();
    emit book.window->workspace().openAccountRequested(book.huawei, QStringLiteral("followups"));
    ui::AccountView* view = book.window->accountTabs()->currentAccount();
    REQUIRE(view);
    auto* timeline = qobject_cast<ui::AccountFollowUpsTab*>(view->tab(QStringLiteral("followups")));
    REQUIRE(timeline);

    // Ctrl+Shift+L from the account view: the dialog opens on this account.
    QAction* log = book.menuAction(QStringLiteral("&Account"), QStringLiteral("&Log Follow-up"));
    REQUIRE(log);
    CHECK(log->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    log->trigger();
    auto* dialog = book.window->findChild<ui::followup::QuickFollowUpDialog*>();
    REQUIRE(dialog);
    dialog->findChild<QPlainTextEdit*>(QStringLiteral("summary"))->setPlainText(s("电话沟通扩容方案"));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("next_action")),
                     QStringLiteral("Send the quote"));
    auto* due = dialog->findChild<ui::forms::DateInput*>(QStringLiteral("next_due"));
    REQUIRE(due);
    due->clear();
    QTest::keyClicks(due, kToday.toString(Qt::ISODate));
    REQUIRE(dialog->save());
    const QString followUp = dialog->followUpId();
    const QString task = dialog->taskId();
    REQUIRE_FALSE(task.isEmpty());

    // The timeline is newest first: the new follow-up is on top.
    QTest::qWait(100);
    REQUIRE(timeline->model()->rowCount() > 0);
    CHECK(timeline->model()->index(0, 0).data(ui::FollowUpTimelineModel::SummaryRole).toString() ==
          s("电话沟通扩容方案"));

    // Today lists the task as due today.
    book.window->showPage(MainWindow::Page::Today);
    auto* today = book.window->findChild<ui::TodayView*>();
    REQUIRE(today);
    today->refresh();
    CHECK(listed(today->dueTodaySection(), task));

    // Edit ▸ Undo names the change and removes the follow-up and its task.
    QAction* undo = book.menuAction(QStringLiteral("&Edit"), QStringLiteral("&Undo"));
    REQUIRE(undo);
    CHECK(undo->text().contains(s("Log follow-up")));
    undo->trigger();
    {
        // Undone: the follow-up is in the trash (or gone), not live.
        auto after = store.record(QStringLiteral("followup"), followUp);
        const bool live = after.isOk() && after.value().value(QStringLiteral("deleted")).toInt() == 0;
        CHECK_FALSE(live);
    }
    today->refresh();
    CHECK_FALSE(listed(today->dueTodaySection(), task));
    QTest::qWait(100);
    CHECK(timeline->model()->index(0, 0).data(ui::FollowUpTimelineModel::SummaryRole).toString() !=
          s("电话沟通扩容方案"));
    // Redo brings them back.
    QAction* redo = book.menuAction(QStringLiteral("&Edit"), QStringLiteral("&Redo"));
    REQUIRE(redo);
    redo->trigger();
    today->refresh();
    CHECK(listed(today->dueTodaySection(), task));
}

TEST_CASE("File ▸ Open switches the window to another database and remembers it")
{
    Book book;
    QTemporaryDir other;
    const QString path = other.filePath(QStringLiteral("other.db"));
    {
        auto store = Store::open(path);
        REQUIRE(store.isOk());
        REQUIRE(store.value()->apply({QStringLiteral("add"),
                                      {Operation::set(QStringLiteral("account"),
                                                      QStringLiteral("018c0000-0000-7000-8000-000000000001"),
                                                      {{QStringLiteral("name"), s("中国石化集团")}})}}));
    }
    auto previous = ui::prompts::openDatabaseFile;
    ui::prompts::openDatabaseFile = [&](QWidget*) {
        return path;
    };
    emit book.window->workspace().openAccountRequested(book.huawei);
    QAction* open = book.menuAction(QStringLiteral("&File"), QStringLiteral("&Open Database"));
    REQUIRE(open);
    open->trigger();
    ui::prompts::openDatabaseFile = previous;

    CHECK(book.window->workspace().store().path() == path);
    CHECK(book.window->currentPage() == MainWindow::Page::Today);
    // The old database's account tabs are gone.
    CHECK(book.window->accountTabs()->count() == 1);
    CHECK(ui::databases::recent().value(0) == QFileInfo(path).absoluteFilePath());

    // A file that is not a Summit database is refused and the window stays on the current one.
    const QString junk = other.filePath(QStringLiteral("junk.db"));
    QFile f(junk);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("this is not a database, just text that happens to end in .db\n");
    f.close();
    QTimer::singleShot(0, [] {
        if (QWidget* box = QApplication::activeModalWidget())
            box->close();
    });
    CHECK_FALSE(book.window->switchTo(junk));
    CHECK(book.window->workspace().store().path() == path);
}

TEST_CASE("choosing Chinese in Settings is kept, and the next start shows Chinese menus")
{
    Book book;
    ui::language::choose(QString());
    book.window->showPage(MainWindow::Page::Settings);
    auto* choice = book.window->findChild<QComboBox*>(QStringLiteral("languageChoice"));
    REQUIRE(choice);
    auto* restart = book.window->findChild<QPushButton*>(QStringLiteral("restartNow"));
    REQUIRE(restart);
    CHECK(restart->isHidden());
    choice->setCurrentIndex(choice->findData(QStringLiteral("zh_CN")));
    CHECK(ui::language::chosen() == QStringLiteral("zh_CN"));
    CHECK_FALSE(restart->isHidden());
    // The dark appearance is kept the same way.
    auto* theme = book.window->findChild<QComboBox*>(QStringLiteral("themeChoice"));
    REQUIRE(theme);
    theme->setCurrentIndex(theme->findData(QStringLiteral("dark")));
    CHECK(ui::appearance::chosen() == QStringLiteral("dark"));
    ui::appearance::choose(QStringLiteral("system"));

    // What the next start does: install the chosen language, then build the window.
    const QLocale before = QLocale();
    ui::language::install(*qApp);
    {
        auto store = Store::open(book.fixture.dir.filePath(QStringLiteral("zh.db")));
        REQUIRE(store.isOk());
        MainWindow zh(std::move(store.value()));
        QStringList menus;
        for (QAction* m : zh.menuBar()->actions())
            menus << m->text();
        CHECK(menus.value(0) == s("文件(&F)"));
        CHECK(menus.value(1) == s("编辑(&E)"));
    }
    for (QTranslator* t : qApp->findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    QLocale::setDefault(before);
    ui::language::choose(QString());
}

namespace {

// Counts what the window asks of replication.
struct SyncCalls
{
    int created = 0, started = 0, finished = 0, rounds = 0;
};

class CountingSync : public ui::SyncController
{
public:
    explicit CountingSync(SyncCalls& calls) : m_calls(calls) { ++m_calls.created; }
    QString remote() const override { return m_remote; }
    void setRemote(const QString& url) override { m_remote = url; }
    ui::SyncCredentials credentials() const override { return {}; }
    void setCredentials(const ui::SyncCredentials&) override {}
    bool keepsCredentials() const override { return false; }
    void testConnection(const QString&, const ui::SyncCredentials&) override {}
    void syncNow() override { ++m_calls.rounds; }
    ui::SyncState status() const override
    {
        ui::SyncState s;
        s.remote = m_remote;
        return s;
    }
    void start() override { ++m_calls.started; }
    bool finishForQuit() override
    {
        ++m_calls.finished;
        return true;
    }

private:
    SyncCalls& m_calls;
    QString m_remote = QStringLiteral("/srv/team.git");
};

} // namespace

TEST_CASE("replication: one controller per open database, started, finished on switch, Sync Now through it")
{
    Book book;
    SyncCalls calls;
    book.window->setSyncControllerFactory([&calls](Store&) -> std::unique_ptr<ui::SyncController> {
        return std::make_unique<CountingSync>(calls);
    });
    CHECK(calls.created == 1);
    CHECK(calls.started == 1);
    CHECK(book.window->statusBar()->findChild<ui::SyncStatusIndicator*>());
    book.window->showPage(MainWindow::Page::Sync);
    CHECK(book.window->findChild<ui::SyncSettingsPage*>());

    QAction* syncNow = book.menuAction(QStringLiteral("&File"), QStringLiteral("&Sync Now"));
    REQUIRE(syncNow);
    CHECK(syncNow->shortcut() == QKeySequence(QKeySequence::Refresh));
    syncNow->trigger();
    CHECK(calls.rounds == 1);

    // Another database: the old controller finishes its round, a new one starts.
    QTemporaryDir other;
    REQUIRE(book.window->switchTo(other.filePath(QStringLiteral("other.db")), ui::databases::Intent::Create));
    CHECK(calls.finished == 1);
    CHECK(calls.created == 2);
    CHECK(calls.started == 2);
    book.window->showPage(MainWindow::Page::Sync);
    CHECK(book.window->findChildren<ui::SyncSettingsPage*>().size() == 1);
}

TEST_CASE("the decision-chain map is a tab of the account view and opens in a window of its own")
{
    Book book;
    emit book.window->workspace().openAccountRequested(book.huawei, QStringLiteral("map"));
    ui::AccountView* view = book.window->accountTabs()->currentAccount();
    REQUIRE(view);
    CHECK(view->currentTab() == QStringLiteral("map"));
    auto* page = qobject_cast<ui::AccountMapPage*>(view->tab(QStringLiteral("map")));
    REQUIRE(page);
    ui::AccountMapPage* own = page->openInWindow();
    REQUIRE(own);
    CHECK(own->isWindow());
    CHECK(own->windowTitle().contains(s("华为技术有限公司")));
    // The window belongs to the main window: it goes when the main window does.
    CHECK(own->parentWidget() == book.window.get());
    own->close();
}
