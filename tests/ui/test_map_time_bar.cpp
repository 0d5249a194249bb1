// The map's time bar driven as a reviewer would: pick the date the map shows,
// turn on "changes since", read the list, press Enter on a row, go back to now;
// a change made while comparing shows up in the list at once.
#include "QtDoctest.h"

#include "map/MapHistory.h"
#include "store/Ids.h"
#include "store/Store.h"
#include "ui/Workspace.h"
#include "ui/map/MapTimeBar.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace summit;
using namespace summit::ui;

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

const QDate kDay0(2026, 5, 4);

// An account written over three days on a fixed clock (local 10:00 each day):
// day 0 王建国 (supporter) and 赵磊; day 2 李强 joins and 王建国 turns opponent.
// "Today" is day 5.
struct Book
{
    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    std::unique_ptr<Workspace> workspace;
    qint64 clock = 0;
    QString acc, wang, zhao, li;

    void at(int day) { clock = QDateTime(kDay0.addDays(day), QTime(10, 0)).toMSecsSinceEpoch(); }
    QString add(const QString& entity, FieldValues fields)
    {
        const QString id = ids::newId();
        const Status st =
            store->apply({QStringLiteral("add"), {Operation::set(entity, id, std::move(fields))}});
        REQUIRE_MESSAGE(st.isOk(), st.message().toStdString());
        return id;
    }
    QString person(const char* name, const char* stance)
    {
        return add(QStringLiteral("contact"), {{QStringLiteral("account_id"), acc},
                                               {QStringLiteral("name"), s(name)},
                                               {QStringLiteral("stance"), QString::fromLatin1(stance)}});
    }

    Book()
    {
        REQUIRE(dir.isValid());
        auto r = Store::open(dir.filePath(QStringLiteral("timebar.db")));
        REQUIRE(r);
        store = std::move(r.value());
        store->setWallClock([this] { return clock += 1000; });
        workspace = std::make_unique<Workspace>(*store);
        workspace->setNow(QDateTime(kDay0.addDays(5), QTime(15, 0)));
        at(0);
        acc = add(QStringLiteral("account"), {{QStringLiteral("name"), s("中国移动通信集团有限公司")}});
        wang = person("王建国", "supporter");
        zhao = person("赵磊", "neutral");
        at(2);
        li = person("李强", "neutral");
        const Status st =
            store->apply({QStringLiteral("edit"),
                          {Operation::set(QStringLiteral("contact"), wang,
                                          {{QStringLiteral("stance"), QStringLiteral("opponent")}})}});
        REQUIRE(st.isOk());
    }
};

template <class T> T* child(QWidget& w, const char* name)
{
    T* c = w.findChild<T*>(QString::fromLatin1(name));
    REQUIRE_MESSAGE(c != nullptr, name);
    return c;
}

QStringList names(QTreeWidget* list)
{
    QStringList out;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        out << list->topLevelItem(i)->text(0);
    return out;
}

} // namespace

TEST_CASE("picking a date shows the map as of its end; Now goes back to the live map")
{
    Book book;
    MapTimeBar bar(*book.workspace, book.acc);
    bar.show();
    QSignalSpy asOf(&bar, &MapTimeBar::asOfChanged);
    CHECK_FALSE(bar.asOf().isValid()); // opens on now

    auto* date = child<QDateEdit>(bar, "asOfDate");
    CHECK(date->date() == kDay0.addDays(5));
    CHECK(date->maximumDate() == kDay0.addDays(5)); // no map of the future
    date->setDate(kDay0.addDays(1));
    REQUIRE(asOf.count() == 1);
    const QDateTime at = asOf.at(0).at(0).toDateTime();
    CHECK(at == QDateTime(kDay0.addDays(2), QTime(0, 0)).addMSecs(-1));
    CHECK(bar.asOf() == at);

    // The instant it emits draws the map of that day: 李强 had not joined yet.
    auto past = map::buildMapAsOf(book.workspace->store(), book.acc, at, {});
    REQUIRE(past);
    CHECK(past.value().indexOf(book.wang) >= 0);
    CHECK(past.value().indexOf(book.li) < 0);
    CHECK(past.value().nodes[size_t(past.value().indexOf(book.wang))].stance == QStringLiteral("supporter"));

    // Keyboard: the day goes down by one with the arrow key on the day section.
    date->setFocus();
    date->setCurrentSection(QDateTimeEdit::DaySection);
    QTest::keyClick(date, Qt::Key_Down);
    REQUIRE(asOf.count() == 2);
    CHECK(asOf.at(1).at(0).toDateTime() == QDateTime(kDay0.addDays(1), QTime(0, 0)).addMSecs(-1));

    QTest::mouseClick(child<QPushButton>(bar, "nowButton"), Qt::LeftButton);
    REQUIRE(asOf.count() == 3);
    CHECK_FALSE(asOf.at(2).at(0).toDateTime().isValid()); // invalid: the live map
    CHECK(date->date() == kDay0.addDays(5));
    QTest::mouseClick(child<QPushButton>(bar, "nowButton"), Qt::LeftButton);
    CHECK(asOf.count() == 3); // already now: nothing to redraw
}

TEST_CASE("changes since a date fill the list and the marks; Enter on a row focuses the person")
{
    Book book;
    MapTimeBar bar(*book.workspace, book.acc);
    bar.show();
    QSignalSpy marks(&bar, &MapTimeBar::changesChanged);
    QSignalSpy focus(&bar, &MapTimeBar::focusRequested);
    auto* list = child<QTreeWidget>(bar, "changeList");
    auto* since = child<QDateEdit>(bar, "sinceDate");
    auto* toggle = child<QCheckBox>(bar, "changesToggle");
    CHECK_FALSE(since->isEnabled());
    CHECK(list->isHidden());

    since->setDate(kDay0.addDays(1)); // not compared yet: nothing happens
    CHECK(marks.isEmpty());
    QTest::mouseClick(toggle, Qt::LeftButton);
    REQUIRE(toggle->isChecked());
    CHECK(since->isEnabled());
    CHECK(list->isVisible());
    REQUIRE(marks.count() == 1);
    const auto m = marks.at(0).at(0).value<QHash<QString, QString>>();
    CHECK(m.size() == 2);
    CHECK(m.value(book.li) == QStringLiteral("new"));
    CHECK(m.value(book.wang) == QStringLiteral("stance changed"));
    CHECK(bar.marks() == m);

    REQUIRE(list->topLevelItemCount() == 2);
    // Newest first: the stance change came after 李强 joined.
    CHECK(names(list) == QStringList{s("王建国"), s("李强")});
    CHECK(list->topLevelItem(0)->text(2) == QStringLiteral("Supporter → Opponent"));
    CHECK(list->topLevelItem(0)->text(1).startsWith(QStringLiteral("stance changed")));
    // "2 changes" once the English plural forms are in (the lead runs lupdate).
    CHECK(child<QLabel>(bar, "changeSummary")->text().startsWith(QStringLiteral("2 change")));

    list->setFocus();
    list->setCurrentItem(list->topLevelItem(1));
    QTest::keyClick(list, Qt::Key_Return);
    REQUIRE(focus.count() == 1);
    CHECK(focus.at(0).at(0).toString() == book.li);

    // Since day 3: nothing changed after day 2.
    since->setDate(kDay0.addDays(3));
    CHECK(list->topLevelItemCount() == 0);
    REQUIRE(marks.count() == 2);
    CHECK(marks.at(1).at(0).value<QHash<QString, QString>>().isEmpty());
    CHECK(child<QLabel>(bar, "changeSummary")->text().startsWith(QStringLiteral("No changes")));

    // The map of day 1 compared with day 0: the people of day 0 are new.
    since->setDate(kDay0);
    bar.setAsOfDate(kDay0.addDays(1));
    CHECK(bar.marks().value(book.wang) == QStringLiteral("new"));
    CHECK_FALSE(bar.marks().contains(book.li)); // joined after the date shown

    // Off: no marks.
    QTest::mouseClick(toggle, Qt::LeftButton);
    CHECK(bar.marks().isEmpty());
    CHECK(marks.last().at(0).value<QHash<QString, QString>>().isEmpty());
    CHECK(list->isHidden());
}

TEST_CASE("a change made while comparing up to now is listed at once")
{
    Book book;
    MapTimeBar bar(*book.workspace, book.acc);
    bar.setChangesSince(kDay0.addDays(1));
    auto* list = child<QTreeWidget>(bar, "changeList");
    REQUIRE(list->topLevelItemCount() == 2);
    QSignalSpy marks(&bar, &MapTimeBar::changesChanged);

    book.at(4);
    const Status st =
        book.workspace->apply({QStringLiteral("Edit status of 赵磊"),
                               {Operation::set(QStringLiteral("contact"), book.zhao,
                                               {{QStringLiteral("status"), QStringLiteral("left")}})}});
    REQUIRE(st.isOk());
    REQUIRE(marks.wait(2000));
    CHECK(bar.marks().value(book.zhao) == QStringLiteral("left"));
    CHECK(names(list).contains(s("赵磊")));

    // Undo takes it back out of the list.
    book.workspace->undoStack()->undo();
    REQUIRE(marks.wait(2000));
    CHECK_FALSE(bar.marks().contains(book.zhao));
    CHECK(list->topLevelItemCount() == 2);
}
