// Export… and Ctrl+C of the list views: a filtered list exported through the
// function the action calls (exportList, on its worker thread) holds exactly
// the listed rows in the list's order, read back from the file; the action
// (Ctrl+E) and File ▸ Export List through the file prompt's seam; an account's Contacts tab
// exports the people it lists; a CSV chosen as GB18030 is written so; Cancel in the progress
// dialog leaves no file; the copied text neutralises cells a spreadsheet would run.
#include "QtDoctest.h"
#include "StoreFixture.h"

#include "import/LoadTable.h"
#include "store/Database.h"
#include "store/Ids.h"
#include "store/Store.h"
#include "ui/MainWindow.h"
#include "ui/Workspace.h"
#include "ui/account/AccountContactsTab.h"
#include "ui/accounts/AccountListModel.h"
#include "ui/accounts/AccountListView.h"
#include "ui/lists/ListExport.h"
#include "ui/lists/RecordListModel.h"
#include "ui/lists/RecordListView.h"
#include "ui/shell/FilePrompts.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QItemSelectionModel>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace summit;
using namespace summit::ui;

namespace {

QString k(const char* text)
{
    return QString::fromLatin1(text);
}
QString s(const char* text)
{
    return QString::fromUtf8(text);
}

struct Book
{
    test::StoreFixture f;
    std::unique_ptr<Workspace> workspace;
    QString me, mate, huawei, mobile;

    Book()
    {
        QSettings().remove(k("accounts"));
        me = f.add(k("member"), {{k("name"), s("李明")}});
        mate = f.add(k("member"), {{k("name"), s("张伟")}});
        f.store->setAuthor(me);
        workspace = std::make_unique<Workspace>(*f.store);
        workspace->setMe(me);
        huawei = f.add(k("account"), {{k("name"), s("华为技术有限公司")}, {k("tier"), k("A")}});
        mobile = f.add(k("account"), {{k("name"), s("中国移动通信集团有限公司")}, {k("tier"), k("S")}});
        f.add(k("account"), {{k("name"), s("=HYPERLINK(\"http://x\",\"y\")")}, {k("tier"), k("A")}});
    }
    QString task(const QString& title, const char* due, const QString& who, const char* status)
    {
        return f.add(k("task"), {{k("title"), title},
                                 {k("due"), k(due)},
                                 {k("assignee_id"), who},
                                 {k("status"), k(status)},
                                 {k("account_id"), huawei}});
    }
};

import::LoadedTable readBack(const QString& path){auto t = import::loadTable(path);
REQUIRE_MESSAGE(t.isOk(), t.message());
return std::move(t).value();
} // namespace

QStringList columnOf(const import::LoadedTable& t, const QString& header)
{
    const qsizetype c = t.table.headers.indexOf(header);
    REQUIRE_MESSAGE(c >= 0, header);
    QStringList out;
    for (const auto& row : t.table.rows)
        out << row.cells.value(c).toString();
    return out;
}

} // namespace

TEST_CASE("a filtered task list exports exactly its rows, in its order, with every field and the ids")
{
    Book b;
    const QString later = b.task(s("准备方案"), "2026-06-03", b.me, "open");
    const QString sooner = b.task(s("回访客户"), "2026-05-18", b.me, "open");
    b.task(s("安排演示"), "2026-05-20", b.mate, "open");
    b.task(s("发送报价"), "2026-05-15", b.me, "done");

    RecordListView view(*b.workspace, k("task"), nullptr);
    view.mineFilter()->setChecked(true); // open (the default) and mine
    REQUIRE(view.model()->rowCount() == 2);

    QTemporaryDir dir;
    for (const char* name : {"tasks.xlsx", "tasks.csv"}) {
        const QString path = dir.filePath(k(name));
        auto rows = exportList(&view, b.f.store->path(), view.exportJob(), path);
        REQUIRE_MESSAGE(rows.isOk(), rows.message());
        CHECK(rows.value() == 2);
        const import::LoadedTable t = readBack(path);
        CHECK(columnOf(t, k("ID")) == QStringList{sooner, later}); // by due, as the list shows them
        CHECK(columnOf(t, k("Task")) == QStringList{s("回访客户"), s("准备方案")});
        CHECK(columnOf(t, k("Assignee")) == QStringList{s("李明"), s("李明")});
        CHECK(columnOf(t, k("Account ID")) == QStringList{b.huawei, b.huawei});
        CHECK(t.table.headers.contains(k("Source"))); // a field the list does not show
    }

    // The header's sort is the export's order too.
    view.table()->sortByColumn(0, Qt::AscendingOrder); // by title: 准 (U+51C6) before 回 (U+56DE)
    const QString path = dir.filePath(k("sorted.csv"));
    REQUIRE(exportList(&view, b.f.store->path(), view.exportJob(), path));
    CHECK(columnOf(readBack(path), k("Task")) == QStringList{s("准备方案"), s("回访客户")});
}

TEST_CASE("an account's Contacts tab exports the people it lists, in its order, with every field")
{
    Book b;
    const QString wang = b.f.contact(b.huawei, s("王建国"), {{k("mobile"), k("13800138000")}});
    const QString li = b.f.contact(b.huawei, s("李娜"), {{k("title"), s("采购总监")}});
    b.f.contact(b.huawei, s("张伟"));
    b.f.contact(b.mobile, s("赵六")); // another account's: never in this tab's file
    AccountContactsTab tab(*b.workspace, b.huawei);
    REQUIRE(tab.exportAction());
    CHECK(tab.exportAction()->shortcut().isEmpty()); // Ctrl+E opens the form here
    tab.proxy()->sort(0, Qt::DescendingOrder);       // as a click on the header does

    QTemporaryDir dir;
    const QString path = dir.filePath(k("people.xlsx"));
    const auto saved = prompts::exportListFile;
    QString askedFor;
    prompts::exportListFile = [&](QWidget*, const QString& title) {
        askedFor = title;
        return path;
    };
    tab.exportAction()->trigger();
    prompts::exportListFile = saved;
    CHECK(askedFor == k("Contacts"));
    const import::LoadedTable t = readBack(path);
    QStringList shown;
    for (int row = 0; row < tab.proxy()->rowCount(); ++row)
        shown << tab.proxy()->index(row, 0).data().toString();
    CHECK(columnOf(t, s("Full name")) == shown);
    CHECK(shown.size() == 3);
    CHECK(columnOf(t, k("ID")).contains(wang));
    CHECK(columnOf(t, k("Mobile")).contains(k("13800138000")));
    CHECK(columnOf(t, s("Job title")).contains(s("采购总监")));
    CHECK(columnOf(t, k("ID")).contains(li));

    // Filtered: only the people the filter keeps (as typing in the filter field does).
    tab.proxy()->setFilterFixedString(s("李"));
    REQUIRE(exportList(&tab, b.f.store->path(), tab.exportJob(), path));
    CHECK(columnOf(readBack(path), s("Full name")) == QStringList{s("李娜")});
}

TEST_CASE("a CSV chosen as GB18030 in the prompt is written in GB18030, for older Excel and WPS")
{
    Book b;
    AccountListView view(*b.workspace);
    QTemporaryDir dir;
    const QString path = dir.filePath(k("accounts.csv"));
    const auto saved = prompts::exportListFile;
    prompts::exportListFile = [&](QWidget*, const QString&) {
        return prompts::ExportTarget(path, exports::CsvEncoding::Gb18030);
    };
    view.exportAction()->trigger();
    prompts::exportListFile = saved;
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK_FALSE(bytes.startsWith("\xEF\xBB\xBF")); // no UTF-8 byte-order mark
    // 华为 in GB18030 is BB AA CE AA; in UTF-8 it would be E5 8D 8E E4 B8 BA.
    CHECK(bytes.contains("\xBB\xAA\xCE\xAA"));
    CHECK_FALSE(bytes.contains("\xE5\x8D\x8E"));
    // The import detects the encoding and reads the same names back.
    CHECK(columnOf(readBack(path), k("Name")).contains(s("华为技术有限公司")));
}

TEST_CASE("the account list exports the accounts its filter keeps; Export… (Ctrl+E) asks for the file")
{
    Book b;
    AccountListView view(*b.workspace);
    query::AccountFilter filter;
    filter.tiers = {k("A")};
    view.setFilter(filter);
    REQUIRE(view.model()->rowCount() == 2);

    REQUIRE(view.exportAction());
    CHECK(view.exportAction()->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_E));
    CHECK(view.exportAction()->shortcutContext() == Qt::WidgetWithChildrenShortcut);

    QTemporaryDir dir;
    const QString path = dir.filePath(k("accounts.xlsx"));
    QString askedFor;
    const auto saved = prompts::exportListFile;
    prompts::exportListFile = [&](QWidget*, const QString& title) {
        askedFor = title;
        return path;
    };
    QString said;
    QObject::connect(b.workspace.get(), &Workspace::message, [&](const QString& m) { said = m; });
    view.exportAction()->trigger();
    prompts::exportListFile = saved;
    CHECK(askedFor == k("Accounts"));
    CHECK(said.contains(k("Exported 2 row")));
    const import::LoadedTable t = readBack(path);
    // By name in code-point order, as the list sorts: = before 华.
    CHECK(columnOf(t, k("Name")) == QStringList{s("=HYPERLINK(\"http://x\",\"y\")"), s("华为技术有限公司")});

    // A cancelled prompt writes nothing.
    prompts::exportListFile = [](QWidget*, const QString&) {
        return QString();
    };
    said.clear();
    view.exportAction()->trigger();
    prompts::exportListFile = saved;
    CHECK(said.isEmpty());
}

TEST_CASE("Cancel in the progress dialog stops the export and leaves no file")
{
    Book b;
    const QString t = b.task(s("准备方案"), "2026-06-03", b.me, "open");
    RecordListView view(*b.workspace, k("task"), nullptr);
    view.show();
    ListExportJob job = view.exportJob();
    // A list that never ends: the export runs until it is cancelled.
    job.pages = [t](Database&) {
        return exports::IdPages([t]() -> Result<QStringList> { return QStringList(500, t); });
    };
    job.count = [](Database&) -> Result<int> {
        return 1'000'000'000;
    };
    bool sawDialog = false;
    QTimer::singleShot(800, &view, [&] {
        auto* progress = view.findChild<QProgressDialog*>(k("exportProgress"));
        sawDialog = progress && progress->isVisible();
        if (auto* cancel = progress ? progress->findChild<QPushButton*>() : nullptr)
            cancel->click(); // as a person would
        else if (progress)
            progress->cancel();
    });
    QTemporaryDir dir;
    for (const char* name : {"endless.csv"}) {
        const QString path = dir.filePath(k(name));
        auto rows = exportList(&view, b.f.store->path(), job, path);
        CHECK(sawDialog);
        REQUIRE_FALSE(rows);
        CHECK(rows.message().contains(k("cancelled")));
        CHECK_FALSE(QFile::exists(path));
        CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }
}

TEST_CASE("Ctrl+C in the lists copies tab-separated rows; formula-like text gets a leading quote")
{
    Book b;
    b.task(s("=HYPERLINK(\"http://x\",\"y\")"), "2026-05-18", b.me, "open");
    b.task(s("@SUM(A1)\t与\n换行"), "2026-05-19", b.me, "open");
    RecordListView view(*b.workspace, k("task"), nullptr);
    view.resize(1000, 400);
    view.show();
    QApplication::setActiveWindow(&view);
    REQUIRE(QTest::qWaitForWindowActive(&view));
    QTableView* table = view.table();
    table->setFocus();
    table->selectAll();
    QApplication::clipboard()->clear();
    QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
    const QString copied = QApplication::clipboard()->text();
    CHECK(copied == view.selectionAsText());
    const QStringList lines = copied.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 3);
    CHECK(lines[0].startsWith(k("Task\tAccount\tDue")));
    CHECK(lines[1].startsWith(s("'=HYPERLINK(\"http://x\",\"y\")\t华为技术有限公司\t")));
    CHECK(lines[2].startsWith(s("'@SUM(A1) 与 换行\t"))); // one cell: tab and line break as spaces

    AccountListView accounts(*b.workspace);
    accounts.table()->selectAll();
    CHECK(accounts.selectionAsText().contains(s("\n'=HYPERLINK(\"http://x\",\"y\")\t")));
}

TEST_CASE("File ▸ Export List exports the list in front; on another page it says to open a list")
{
    QTemporaryDir dir;
    auto opened = Store::open(dir.filePath(k("window.db")));
    REQUIRE(opened.isOk());
    const QString account = ids::newId();
    REQUIRE(opened.value()->apply(
        {k("add"),
         {Operation::set(k("account"), account, {{k("name"), s("华为技术有限公司")}}),
          Operation::set(
              k("task"), ids::newId(),
              {{k("account_id"), account}, {k("title"), s("准备方案")}, {k("status"), k("open")}})}}));
    MainWindow window(std::move(opened.value()));
    window.show();
    auto* menu = window.findChild<QAction*>(k("exportListMenu"));
    REQUIRE(menu);
    const QString path = dir.filePath(k("from-menu.csv"));
    QString asked;
    const auto saved = prompts::exportListFile;
    prompts::exportListFile = [&](QWidget*, const QString& title) {
        asked = title;
        return path;
    };
    window.showPage(MainWindow::Page::Tasks);
    menu->trigger();
    CHECK(asked == k("Tasks"));
    CHECK(columnOf(readBack(path), k("Task")) == QStringList{s("准备方案")});

    asked.clear();
    window.showPage(MainWindow::Page::Today);
    menu->trigger();
    prompts::exportListFile = saved;
    CHECK(asked.isEmpty());
    CHECK(window.statusBar()->currentMessage().contains(k("Open a list")));
}
