#include "QtDoctest.h"
#include "StoreFixture.h"
#include "query/Today.h"

#include <QDateTime>
#include <QTime>
#include <algorithm>

using namespace summit;
using namespace summit::query;
using test::StoreFixture;

namespace {

const QDate kToday(2026, 5, 20);

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

// A stored follow-up time: 10:00 local time `days` before kToday, in UTC.
QString localAt(int days)
{
    return QDateTime(kToday.addDays(-days), QTime(10, 0))
        .toUTC()
        .toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"));
}

QString day(int offset)
{
    return kToday.addDays(offset).toString(Qt::ISODate);
}

struct Team : StoreFixture
{
    QString me, mate, mine, theirs;

    Team()
    {
        me = add(QStringLiteral("member"), {{QStringLiteral("name"), s("李明")}});
        mate = add(QStringLiteral("member"), {{QStringLiteral("name"), s("张伟")}});
        store->setAuthor(me);
        mine = add(QStringLiteral("account"), {{QStringLiteral("name"), s("华为技术有限公司")},
                                               {QStringLiteral("tier"), QStringLiteral("A")},
                                               {QStringLiteral("am_id"), me}});
        theirs = add(QStringLiteral("account"), {{QStringLiteral("name"), s("中国移动通信集团有限公司")},
                                                 {QStringLiteral("tier"), QStringLiteral("B")},
                                                 {QStringLiteral("am_id"), mate}});
    }

    QString task(const QString& title, int due, const QString& assignee, const QString& status = "open",
                 const QString& account = {})
    {
        return add(QStringLiteral("task"),
                   {{QStringLiteral("title"), title},
                    {QStringLiteral("due"), day(due)},
                    {QStringLiteral("assignee_id"), assignee},
                    {QStringLiteral("status"), status},
                    {QStringLiteral("account_id"), account.isEmpty() ? mine : account}});
    }
    QString followup(const QString& account, int daysAgo, const QString& author, const QString& next = {},
                     int nextDue = 0)
    {
        FieldValues f = {{QStringLiteral("account_id"), account},
                         {QStringLiteral("type"), QStringLiteral("visit")},
                         {QStringLiteral("at"), localAt(daysAgo)},
                         {QStringLiteral("author_id"), author},
                         {QStringLiteral("summary"), s("拜访")}};
        if (!next.isEmpty()) {
            f.emplace_back(QStringLiteral("next_action"), next);
            f.emplace_back(QStringLiteral("next_due"), day(nextDue));
        }
        return add(QStringLiteral("followup"), f);
    }
    void remove(const QString& entity, const QString& id)
    {
        REQUIRE(store->apply({QStringLiteral("delete"), {Operation::remove(entity, id)}}));
    }
};

QStringList titles(const std::vector<DueTask>& tasks)
{
    QStringList out;
    for (const DueTask& t : tasks)
        out << t.title;
    return out;
}

QStringList actions(const std::vector<NextAction>& list)
{
    QStringList out;
    for (const NextAction& a : list)
        out << a.action;
    return out;
}

} // namespace

TEST_CASE("my due tasks: overdue and today, open, mine, not in the trash")
{
    Team t;
    t.task(QStringLiteral("yesterday"), -1, t.me);
    t.task(QStringLiteral("today"), 0, t.me);
    t.task(QStringLiteral("tomorrow"), 1, t.me);
    t.task(QStringLiteral("done"), -3, t.me, QStringLiteral("done"));
    t.task(QStringLiteral("cancelled"), -3, t.me, QStringLiteral("cancelled"));
    t.task(QStringLiteral("someone else's"), -1, t.mate);
    t.remove(QStringLiteral("task"), t.task(QStringLiteral("deleted"), -2, t.me));
    const QString gone = t.account(s("已删除客户"));
    t.task(QStringLiteral("of a deleted account"), -2, t.me, QStringLiteral("open"), gone);
    t.remove(QStringLiteral("account"), gone);

    auto r = myDueTasks(t.store->reader(), t.me, kToday);
    REQUIRE(r);
    CHECK(titles(r.value()) == QStringList{QStringLiteral("yesterday"), QStringLiteral("today")});
    CHECK(r.value()[0].due == kToday.addDays(-1));
    CHECK(r.value()[1].due == kToday);
    CHECK(r.value()[0].accountName == s("华为技术有限公司"));
    CHECK(r.value()[0].accountId == t.mine);
}

TEST_CASE("next actions: due within 7 days, my accounts or mine, not already a task")
{
    Team t;
    t.followup(t.mine, 3, t.mate, QStringLiteral("in seven days"), 7);
    t.followup(t.mine, 3, t.mate, QStringLiteral("in eight days"), 8);
    t.followup(t.mine, 9, t.mate, QStringLiteral("overdue"), -2);
    t.followup(t.theirs, 3, t.me, QStringLiteral("I wrote it"), 1);
    t.followup(t.theirs, 3, t.mate, QStringLiteral("not my account"), 1);
    const QString open = t.followup(t.mine, 2, t.me, QStringLiteral("has an open task"), 1);
    const QString done = t.followup(t.mine, 2, t.me, QStringLiteral("has a done task"), 1);
    const QString cancelled = t.followup(t.mine, 2, t.me, QStringLiteral("task cancelled"), 1);
    // A day later than "task cancelled": same due date, so the time of the follow-up orders them.
    const QString deletedTask = t.followup(t.mine, 1, t.me, QStringLiteral("task deleted"), 1);
    t.remove(QStringLiteral("followup"), t.followup(t.mine, 2, t.me, QStringLiteral("deleted"), 1));
    auto link = [&](const QString& followup, const QString& status) {
        const QString task = t.task(QStringLiteral("linked"), 1, t.me, status);
        REQUIRE(t.set(QStringLiteral("task"), task, {{QStringLiteral("followup_id"), followup}}));
        return task;
    };
    link(open, QStringLiteral("open"));
    link(done, QStringLiteral("done"));
    link(cancelled, QStringLiteral("cancelled"));
    t.remove(QStringLiteral("task"), link(deletedTask, QStringLiteral("open")));

    auto r = nextActionsDue(t.store->reader(), t.me, kToday);
    REQUIRE(r);
    CHECK(actions(r.value()) == QStringList{QStringLiteral("overdue"), QStringLiteral("I wrote it"),
                                            QStringLiteral("task cancelled"), QStringLiteral("task deleted"),
                                            QStringLiteral("in seven days")});
    CHECK(r.value().front().due == kToday.addDays(-2));
    CHECK(r.value()[1].accountName == s("中国移动通信集团有限公司"));
    CHECK(r.value().back().due == kToday.addDays(7));
}

TEST_CASE("quiet accounts: longer than the tier allows, mine first")
{
    Team t;
    // Tier A: exactly seven days is still fine; eight is too long.
    t.followup(t.mine, 7, t.me);
    const QString late = t.add(QStringLiteral("account"), {{QStringLiteral("name"), s("比亚迪股份有限公司")},
                                                           {QStringLiteral("tier"), QStringLiteral("S")},
                                                           {QStringLiteral("sa_id"), t.me}});
    t.followup(late, 8, t.me);
    // Tier B, not mine: 31 days, and a newer follow-up in the trash does not count.
    t.followup(t.theirs, 31, t.mate);
    t.remove(QStringLiteral("followup"), t.followup(t.theirs, 1, t.mate));
    const QString never = t.add(QStringLiteral("account"), {{QStringLiteral("name"), s("国家电网有限公司")},
                                                            {QStringLiteral("tier"), QStringLiteral("C")}});
    const QString calm = t.add(QStringLiteral("account"), {{QStringLiteral("name"), s("宝钢股份")},
                                                           {QStringLiteral("tier"), QStringLiteral("C")}});
    t.followup(calm, 90, t.mate);
    t.account(s("无分级客户")); // no tier: no expectation
    const QString gone = t.add(QStringLiteral("account"), {{QStringLiteral("name"), s("已删除客户")},
                                                           {QStringLiteral("tier"), QStringLiteral("S")},
                                                           {QStringLiteral("am_id"), t.me}});
    t.remove(QStringLiteral("account"), gone);

    CHECK(allowedQuietDays(QStringLiteral("A")) == 7);
    CHECK(allowedQuietDays(QStringLiteral("B")) == 30);
    CHECK(allowedQuietDays(QString()) == -1);

    auto r = quietAccounts(t.store->reader(), t.me, kToday);
    REQUIRE(r);
    REQUIRE(r.value().size() == 3);
    CHECK(r.value()[0].id == late);
    CHECK(r.value()[0].mine);
    CHECK(r.value()[0].daysSince == 8);
    CHECK(r.value()[0].allowedDays == 7);
    CHECK(r.value()[1].id == never); // never followed up: the longest silence
    CHECK(r.value()[1].daysSince == -1);
    CHECK(r.value()[2].id == t.theirs);
    CHECK(r.value()[2].daysSince == 31);
    CHECK_FALSE(r.value()[2].mine);

    auto only = quietAccounts(t.store->reader(), t.me, kToday, true);
    REQUIRE(only);
    REQUIRE(only.value().size() == 1);
    CHECK(only.value()[0].id == late);
}

TEST_CASE("recent changes: teammates' latest, one entry per record, not mine, not old, not deleted")
{
    Team t;
    // Eight days ago a teammate edited a contact: too old.
    const qint64 start = t.now;
    t.now = start - 8LL * 86400 * 1000;
    t.store->clock().setLast(0); // the clock never runs backwards by itself
    t.store->setAuthor(t.mate);
    const QString old = t.contact(t.theirs, s("老记录"));
    t.now = start;

    const QString contact = t.contact(t.mine, s("王建国"));
    REQUIRE(t.set(QStringLiteral("contact"), contact, {{QStringLiteral("title"), s("总经理")}}));
    const QString gone = t.contact(t.mine, s("删除的人"));
    REQUIRE(t.store->apply({QStringLiteral("delete"), {Operation::remove(QStringLiteral("contact"), gone)}}));
    REQUIRE(t.set(QStringLiteral("account"), t.theirs, {{QStringLiteral("region"), s("华北")}}));

    t.store->setAuthor(t.me);
    REQUIRE(t.set(QStringLiteral("account"), t.mine, {{QStringLiteral("region"), s("华南")}}));
    REQUIRE(t.set(QStringLiteral("contact"), old, {{QStringLiteral("title"), s("主任")}}));

    const QDateTime now = QDateTime::fromMSecsSinceEpoch(t.now, Qt::UTC);
    auto r = recentTeamChanges(t.store->reader(), t.me, now);
    REQUIRE(r);
    REQUIRE(r.value().size() == 2);
    // Newest first: the account edit, then the contact (created, then edited: one entry).
    CHECK(r.value()[0].id == t.theirs);
    CHECK(r.value()[0].entity == QStringLiteral("account"));
    CHECK(r.value()[0].title == s("中国移动通信集团有限公司"));
    CHECK(r.value()[0].accountName == s("中国移动通信集团有限公司"));
    CHECK(r.value()[0].authorName == s("张伟"));
    CHECK(r.value()[1].id == contact);
    CHECK(r.value()[1].title == s("王建国"));
    CHECK(r.value()[1].accountName == s("华为技术有限公司"));
    CHECK(r.value()[1].changes == 2);
    CHECK(r.value()[1].when <= r.value()[0].when);
    CHECK(r.value()[0].when.secsTo(now) < 60);

    RecentOptions one;
    one.limit = 1;
    auto first = recentTeamChanges(t.store->reader(), t.me, now, one);
    REQUIRE(first);
    REQUIRE(first.value().size() == 1);
    CHECK(first.value()[0].id == t.theirs);

    // Seen from the teammate's side, only what I wrote counts (the two accounts were created by me).
    auto theirs = recentTeamChanges(t.store->reader(), t.mate, now);
    REQUIRE(theirs);
    REQUIRE(theirs.value().size() == 3);
    CHECK(theirs.value()[0].id == old);
    CHECK(theirs.value()[0].authorName == s("李明"));
    CHECK(theirs.value()[1].id == t.mine);
    CHECK(theirs.value()[2].id == t.theirs);
    CHECK(theirs.value()[2].changes == 1);
}
