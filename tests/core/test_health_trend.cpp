// An account's weekly health trend (analysis/HealthTrend.h), computed from the
// log as of the end of each week: the last point is today's score, weeks
// before the account existed or while it was in the trash are left out, and a
// follow-up counts from the week it was recorded in.
#include "StoreFixture.h"

#include "analysis/HealthTrend.h"

using namespace summit;
using test::StoreFixture;

namespace {

qint64 noonOf(const QDate& d)
{
    return QDateTime(d, QTime(12, 0)).toMSecsSinceEpoch();
}
QString utcNoon(const QDate& d)
{
    return QDateTime(d, QTime(12, 0)).toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"));
}

} // namespace

TEST_CASE("the weekly health trend is rebuilt from the log, week by week")
{
    StoreFixture f;
    const QDate today(2026, 12, 9); // a Wednesday
    f.now = noonOf(QDate(2026, 10, 5));
    const QString acc = f.add(QStringLiteral("account"), {{QStringLiteral("name"), QStringLiteral("华为")},
                                                          {QStringLiteral("tier"), QStringLiteral("A")}});
    f.now = noonOf(QDate(2026, 10, 6));
    f.add(QStringLiteral("followup"), {{QStringLiteral("account_id"), acc},
                                       {QStringLiteral("type"), QStringLiteral("visit")},
                                       {QStringLiteral("at"), utcNoon(QDate(2026, 10, 6))},
                                       {QStringLiteral("summary"), QStringLiteral("拜访")}});
    f.now = noonOf(QDate(2026, 11, 10));
    REQUIRE(f.store->apply({QStringLiteral("delete"), {Operation::remove(QStringLiteral("account"), acc)}})
                .isOk());
    f.now = noonOf(QDate(2026, 11, 24));
    REQUIRE(f.store->apply({QStringLiteral("restore"), {Operation::restore(QStringLiteral("account"), acc)}})
                .isOk());

    auto trend = analysis::healthTrend(f.store->reader(), acc, today);
    REQUIRE_MESSAGE(trend.isOk(), trend.message().toStdString());
    const std::vector<analysis::HealthPoint>& points = trend.value();
    // Sundays from 11 October to 6 December, without 15 and 22 November (in the trash), then today.
    std::vector<QDate> days;
    for (const analysis::HealthPoint& p : points)
        days.push_back(p.day);
    CHECK(days == std::vector<QDate>{QDate(2026, 10, 11), QDate(2026, 10, 18), QDate(2026, 10, 25),
                                     QDate(2026, 11, 1), QDate(2026, 11, 8), QDate(2026, 11, 29),
                                     QDate(2026, 12, 6), today});
    // The last point is today's score, computed on the live tables.
    auto now = analysis::assessHealth(f.store->reader(), acc, today);
    REQUIRE(now.isOk());
    CHECK(points.back().score == now.value().score);
    CHECK(points.back().band == now.value().band);
    // Five days after the visit engagement is full; two months later it is gone.
    CHECK(points.front().score > points.back().score);

    // Four weeks: 22 November (in the trash, left out), 29 November, 6 December and today's.
    auto four = analysis::healthTrend(f.store->reader(), acc, today, 4);
    REQUIRE(four.isOk());
    REQUIRE(four.value().size() == 3);
    CHECK(four.value().front().day == QDate(2026, 11, 29));
    CHECK_FALSE(analysis::healthTrend(f.store->reader(), QStringLiteral("nobody"), today).isOk());
}

TEST_CASE("the scores of several accounts as of a day, rebuilt together, are the ones rebuilt one by one")
{
    StoreFixture f;
    const QDate day(2026, 11, 15), today(2026, 12, 9);
    f.now = noonOf(QDate(2026, 10, 5));
    const QString huawei = f.add(QStringLiteral("account"), {{QStringLiteral("name"), QStringLiteral("华为")},
                                                             {QStringLiteral("tier"), QStringLiteral("A")}});
    const QString sinopec =
        f.add(QStringLiteral("account"), {{QStringLiteral("name"), QStringLiteral("中国石化")},
                                          {QStringLiteral("tier"), QStringLiteral("B")}});
    const QString trashed = f.account(QStringLiteral("已删除客户"));
    const QString buyer = f.contact(huawei, QStringLiteral("张伟"),
                                    {{QStringLiteral("decision_role"), QStringLiteral("economic_buyer")},
                                     {QStringLiteral("stance"), QStringLiteral("supporter")}});
    f.contact(sinopec, QStringLiteral("李娜"),
              {{QStringLiteral("decision_role"), QStringLiteral("champion")}});
    for (const QString& acc : {huawei, sinopec}) {
        FieldValues visit = {{QStringLiteral("account_id"), acc},
                             {QStringLiteral("type"), QStringLiteral("visit")},
                             {QStringLiteral("at"), utcNoon(QDate(2026, 11, 10))},
                             {QStringLiteral("summary"), QStringLiteral("拜访")}};
        if (acc == huawei)
            visit.emplace_back(QStringLiteral("contact_ids"), QStringLiteral("[\"%1\"]").arg(buyer));
        f.add(QStringLiteral("followup"), visit);
    }
    f.now = noonOf(QDate(2026, 11, 12));
    REQUIRE(
        f.store->apply({QStringLiteral("delete"), {Operation::remove(QStringLiteral("account"), trashed)}})
            .isOk());
    // After the day: a newer account, a follow-up dated before the day but recorded after it,
    // and the buyer turned opponent. None of it may count as of the day.
    f.now = noonOf(QDate(2026, 11, 20));
    const QString later = f.account(QStringLiteral("后来的客户"));
    f.add(QStringLiteral("followup"), {{QStringLiteral("account_id"), sinopec},
                                       {QStringLiteral("type"), QStringLiteral("executive_visit")},
                                       {QStringLiteral("at"), utcNoon(QDate(2026, 11, 14))},
                                       {QStringLiteral("summary"), QStringLiteral("补录")}});
    REQUIRE(
        f.set(QStringLiteral("contact"), buyer, {{QStringLiteral("stance"), QStringLiteral("opponent")}}));

    const QStringList ids = {huawei, sinopec, trashed, later};
    auto together = analysis::healthOnAll(f.store->reader(), ids, day);
    REQUIRE_MESSAGE(together.isOk(), together.message().toStdString());
    // The account in the trash that day and the one made after it have no score.
    CHECK(together.value().size() == 2);
    CHECK_FALSE(together.value().contains(trashed));
    CHECK_FALSE(together.value().contains(later));
    for (const QString& id : {huawei, sinopec}) {
        auto one = analysis::healthOn(f.store->reader(), id, day);
        REQUIRE(one.isOk());
        REQUIRE(one.value().has_value());
        REQUIRE(together.value().contains(id));
        CHECK(together.value().value(id).score == one.value()->score);
        CHECK(together.value().value(id).band == one.value()->band);
        CHECK(together.value().value(id).day == day);
    }
    // Today the late follow-up and the opponent count: the scores differ from the day's.
    auto now = analysis::healthOnAll(f.store->reader(), ids, today);
    REQUIRE(now.isOk());
    CHECK(now.value().size() == 3); // the later account exists today
    auto live = analysis::assessHealth(f.store->reader(), huawei, today);
    REQUIRE(live.isOk());
    CHECK(now.value().value(huawei).score == live.value().score);
    CHECK(analysis::healthOnAll(f.store->reader(), {}, day).value().isEmpty());
}

TEST_CASE(
    "a record this laptop first wrote after the day, written earlier by a teammate, exists as of the day")
{
    // The past is read only for records whose created_hlc is at or before the cut; created_hlc
    // must be the least clock of all writes, a teammate's that arrives late included.
    StoreFixture here(QStringLiteral("here.db")), there(QStringLiteral("there.db"));
    const QString id = QStringLiteral("018c46b9-5408-72af-ae22-545837601aaa");
    there.now = noonOf(QDate(2026, 10, 5));
    REQUIRE(there.store
                ->apply({QStringLiteral("add"),
                         {Operation::set(QStringLiteral("account"), id,
                                         {{QStringLiteral("name"), QStringLiteral("华为")},
                                          {QStringLiteral("tier"), QStringLiteral("A")}})}})
                .isOk());
    here.now = noonOf(QDate(2026, 11, 20));
    REQUIRE(here.store
                ->apply({QStringLiteral("add"),
                         {Operation::set(QStringLiteral("account"), id,
                                         {{QStringLiteral("name"), QStringLiteral("华为技术")}})}})
                .isOk());
    const QDate day(2026, 10, 15);
    REQUIRE(analysis::healthOnAll(here.store->reader(), {id}, day).value().isEmpty()); // not yet known here

    auto ops = there.store->ownOperationsAfter(0, 1000);
    REQUIRE(ops.isOk());
    REQUIRE(here.store->integrate(ops.value()).isOk());
    auto then = analysis::healthOnAll(here.store->reader(), {id}, day);
    REQUIRE(then.isOk());
    CHECK(then.value().contains(id));
    auto one = analysis::healthOn(here.store->reader(), id, day);
    REQUIRE(one.isOk());
    REQUIRE(one.value().has_value());
    CHECK(then.value().value(id).score == one.value()->score);
}
