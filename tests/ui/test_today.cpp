// The Today page on a small demo book with a fixed today: sections filled,
// a task of mine due today listed and marked done from the page (undoably),
// rows opening the right record.
#include "QtDoctest.h"

#include "demo/DemoData.h"
#include "store/Ids.h"
#include "store/Queries.h"
#include "store/Store.h"
#include "ui/Workspace.h"
#include "ui/today/TodaySection.h"
#include "ui/today/TodayView.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace summit;
using namespace summit::ui;

namespace {

const QDate kToday(2026, 5, 20);

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

struct Book
{
    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    std::unique_ptr<Workspace> workspace;
    QString me, mate;
    qint64 clock = QDateTime(kToday, QTime(9, 0)).toMSecsSinceEpoch();

    explicit Book(int accounts)
    {
        REQUIRE(dir.isValid());
        auto r = Store::open(dir.filePath(QStringLiteral("today.db")));
        REQUIRE(r);
        store = std::move(r.value());
        store->setWallClock([this] { return clock += 1000; });
        if (accounts > 0) {
            demo::Options o;
            o.accounts = accounts;
            o.today = kToday;
            auto d = demo::generate(*store, o);
            REQUIRE(d);
            me = d.value().meId;
        } else {
            me = add(QStringLiteral("member"), {{QStringLiteral("name"), s("李明")}});
        }
        mate = add(QStringLiteral("member"), {{QStringLiteral("name"), s("孙悦")}});
        store->setAuthor(me);
        workspace = std::make_unique<Workspace>(*store);
        workspace->setNow(QDateTime(kToday, QTime(10, 0)));
    }

    QString add(const QString& entity, FieldValues fields)
    {
        const QString id = ids::newId();
        REQUIRE(store->apply({QStringLiteral("add"), {Operation::set(entity, id, std::move(fields))}}));
        return id;
    }
    QString firstAccount()
    {
        ListFilter f;
        f.equals.insert(QStringLiteral("name"), s("华为技术有限公司"));
        auto r = listRecords(store->reader(), QStringLiteral("account"), f);
        REQUIRE(r);
        REQUIRE(!r.value().empty());
        return r.value().front().value(QStringLiteral("id")).toString();
    }
};

int indexOf(TodaySection* section, const QString& id)
{
    for (int i = 0; i < section->count(); ++i)
        if (section->list()->topLevelItem(i)->data(0, Qt::UserRole).toString() == id)
            return i;
    return -1;
}

} // namespace

TEST_CASE("an empty book says so in words, with zero counts")
{
    Book book(0);
    TodayView view(*book.workspace, nullptr);
    view.refresh(); // the page reads when first shown; the test reads at once
    CHECK(view.overdueSection()->titleLabel()->text() == QStringLiteral("Overdue (0)"));
    CHECK(view.overdueSection()->emptyLabel()->text() == QStringLiteral("Nothing overdue."));
    CHECK_FALSE(view.overdueSection()->emptyLabel()->isHidden());
    CHECK(view.overdueSection()->list()->isHidden());
    CHECK(view.dueTodaySection()->titleLabel()->text() == QStringLiteral("Due today (0)"));
    CHECK(view.recentSection()->count() == 0);
    CHECK_FALSE(view.markDoneAction()->isEnabled());
}

TEST_CASE("Today on the demo book: sections, a task due today, mark done, open")
{
    Book book(3);
    const QString account = book.firstAccount();
    TodayView view(*book.workspace, nullptr);
    view.refresh(); // the page reads when first shown; the test reads at once
    view.resize(1200, 900);
    view.show();

    // The demo's anchors have tasks due today and overdue ones; counts are in the titles.
    const int dueBefore = view.dueTodaySection()->count();
    CHECK(view.overdueSection()->titleLabel()->text() ==
          QStringLiteral("Overdue (%1)").arg(view.overdueSection()->count()));

    // A task logged for me, due today, appears after the store's change.
    const QString mine = ids::newId();
    REQUIRE(book.workspace->apply({QStringLiteral("Add task"),
                                   {Operation::set(QStringLiteral("task"), mine,
                                                   {{QStringLiteral("title"), s("给华为发报价单")},
                                                    {QStringLiteral("due"), kToday.toString(Qt::ISODate)},
                                                    {QStringLiteral("assignee_id"), book.me},
                                                    {QStringLiteral("status"), QStringLiteral("open")},
                                                    {QStringLiteral("account_id"), account}})}}));
    REQUIRE(QTest::qWaitFor([&] { return indexOf(view.dueTodaySection(), mine) >= 0; }, 2000));
    CHECK(view.dueTodaySection()->count() == dueBefore + 1);
    const int row = indexOf(view.dueTodaySection(), mine);
    QTreeWidgetItem* item = view.dueTodaySection()->list()->topLevelItem(row);
    CHECK(item->text(0) == s("给华为发报价单"));
    CHECK(item->text(1) == s("华为技术有限公司"));
    CHECK(view.dueTodaySection()->titleLabel()->text() ==
          QStringLiteral("Due today (%1)").arg(dueBefore + 1));

    // Enter on the row opens the task.
    QSignalSpy opened(book.workspace.get(), &Workspace::openRecordRequested);
    view.dueTodaySection()->list()->setFocus();
    view.dueTodaySection()->list()->setCurrentItem(item);
    QTest::keyClick(view.dueTodaySection()->list(), Qt::Key_Return);
    REQUIRE(opened.count() == 1);
    CHECK(opened.at(0).at(0).toString() == mine);

    // Mark done from Today: gone from the list, done in the store, undoable by name.
    view.markDoneAction()->trigger();
    CHECK(indexOf(view.dueTodaySection(), mine) < 0);
    CHECK(view.dueTodaySection()->count() == dueBefore);
    auto rec = book.store->record(QStringLiteral("task"), mine);
    REQUIRE(rec);
    CHECK(rec.value().value(QStringLiteral("status")).toString() == QStringLiteral("done"));
    const QString doneAt = QDateTime(kToday, QTime(10, 0)).toUTC().toString(Qt::ISODateWithMs);
    CHECK(rec.value().value(QStringLiteral("done_at")).toString() == doneAt);
    CHECK(book.workspace->undoStack()->undoText() == s("Complete task 给华为发报价单"));
    book.workspace->undoStack()->undo();
    REQUIRE(QTest::qWaitFor([&] { return indexOf(view.dueTodaySection(), mine) >= 0; }, 2000));
}

TEST_CASE("quiet accounts, next actions and teammates' changes open what they show")
{
    Book book(0);
    const QString quiet =
        book.add(QStringLiteral("account"), {{QStringLiteral("name"), s("华为技术有限公司")},
                                             {QStringLiteral("tier"), QStringLiteral("A")},
                                             {QStringLiteral("am_id"), book.me}});
    const QString followup =
        book.add(QStringLiteral("followup"),
                 {{QStringLiteral("account_id"), quiet},
                  {QStringLiteral("type"), QStringLiteral("call")},
                  {QStringLiteral("at"),
                   QDateTime(kToday.addDays(-10), QTime(10, 0)).toUTC().toString(Qt::ISODateWithMs)},
                  {QStringLiteral("author_id"), book.me},
                  {QStringLiteral("summary"), s("电话沟通")},
                  {QStringLiteral("next_action"), s("发送方案")},
                  {QStringLiteral("next_due"), kToday.addDays(3).toString(Qt::ISODate)}});
    book.store->setAuthor(book.mate);
    const QString contact = book.add(QStringLiteral("contact"), {{QStringLiteral("account_id"), quiet},
                                                                 {QStringLiteral("name"), s("王建国")}});
    book.store->setAuthor(book.me);

    TodayView view(*book.workspace, nullptr);
    view.refresh(); // the page reads when first shown; the test reads at once
    REQUIRE(view.quietSection()->count() == 1);
    // "10 days ago" once the English plural forms are refreshed by the lead's lupdate.
    CHECK(view.quietSection()->list()->topLevelItem(0)->text(2).startsWith(QStringLiteral("10 day")));
    REQUIRE(view.nextActionsSection()->count() == 1);
    CHECK(view.nextActionsSection()->list()->topLevelItem(0)->text(0) == s("发送方案"));
    REQUIRE(view.recentSection()->count() == 1);
    CHECK(view.recentSection()->titleLabel()->text() == QStringLiteral("Recent changes by teammates (1)"));
    CHECK(view.recentSection()->list()->topLevelItem(0)->text(0) == s("Contact: 王建国"));
    CHECK(view.recentSection()->list()->topLevelItem(0)->text(2) == s("孙悦"));

    QSignalSpy accounts(book.workspace.get(), &Workspace::openAccountRequested);
    QSignalSpy records(book.workspace.get(), &Workspace::openRecordRequested);
    emit view.quietSection()->list()->itemActivated(view.quietSection()->list()->topLevelItem(0), 0);
    REQUIRE(accounts.count() == 1);
    CHECK(accounts.at(0).at(0).toString() == quiet);
    CHECK(accounts.at(0).at(1).toString() == QStringLiteral("followups"));
    emit view.nextActionsSection()->list()->itemActivated(view.nextActionsSection()->list()->topLevelItem(0),
                                                          0);
    emit view.recentSection()->list()->itemActivated(view.recentSection()->list()->topLevelItem(0), 0);
    REQUIRE(records.count() == 2);
    CHECK(records.at(0).at(0).toString() == followup);
    CHECK(records.at(1).at(0).toString() == contact);

    // Only my accounts: the account is mine, so it stays.
    view.onlyMineBox()->setChecked(true);
    CHECK(view.quietSection()->count() == 1);
}
