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
