// The team's KPIs (query/Kpi.h) against figures worked out by hand: every
// formula for a quarter, the quarter before, one member's share, records in
// the trash and drafts left out, the team's lifetime-value settings, and the
// periods "2026Q3" and "2026" that the CLI and the team review read.
#include "StoreFixture.h"

#include "model/AccountModel.h"
#include "query/Kpi.h"
#include "query/Reports.h"

#include <QTimeZone>

using namespace summit;
using query::KpiFigure;
using test::StoreFixture;

namespace {

const QDate kToday(2026, 12, 6);

QString s(const char* text)
{
    return QString::fromUtf8(text);
}
QString day(int y, int m, int d)
{
    return QDate(y, m, d).toString(Qt::ISODate);
}
// A local time of a day, in the stored form.
QString at(int y, int m, int d, int hour)
{
    return QDateTime(QDate(y, m, d), QTime(hour, 0))
        .toUTC()
        .toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"));
}
qint64 millis(int y, int m, int d)
{
    return QDateTime(QDate(y, m, d), QTime(12, 0)).toMSecsSinceEpoch();
}
constexpr qint64 wan(qint64 n) // ¥n万 in 分
{
    return n * 10'000 * 100;
}

struct Team : StoreFixture
{
    QString m1, m2;
    Team()
    {
        m1 = add(QStringLiteral("member"), {{QStringLiteral("name"), s("王敏")}});
        m2 = add(QStringLiteral("member"), {{QStringLiteral("name"), s("李强")}});
    }
    QString company(const char* name, const QString& am)
    {
        return add(QStringLiteral("account"),
                   {{QStringLiteral("name"), s(name)}, {QStringLiteral("am_id"), am}});
    }
    QString survey(const QString& acc, const QString& on, std::optional<int> csat, std::optional<int> nps)
    {
        FieldValues f = {{QStringLiteral("account_id"), acc}, {QStringLiteral("surveyed_on"), on}};
        if (csat)
            f.emplace_back(QStringLiteral("csat"), *csat);
        if (nps)
            f.emplace_back(QStringLiteral("nps"), *nps);
        return add(QStringLiteral("satisfaction"), f);
    }
    QString contract(const QString& acc, qint64 amount, const QString& signedOn, const QString& start,
                     const QString& end, const char* status, FieldValues more = {})
    {
        FieldValues f = {{QStringLiteral("account_id"), acc},
                         {QStringLiteral("title"), s("年度服务合同")},
                         {QStringLiteral("amount"), amount},
                         {QStringLiteral("signed_on"), signedOn},
                         {QStringLiteral("start_on"), start},
                         {QStringLiteral("end_on"), end},
                         {QStringLiteral("status"), QString::fromLatin1(status)}};
        f.insert(f.end(), more.begin(), more.end());
        return add(QStringLiteral("contract"), f);
    }
    void trash(const QString& entity, const QString& id)
    {
        REQUIRE(store->apply({QStringLiteral("delete"), {Operation::remove(entity, id)}}).isOk());
    }
    query::KpiReport kpis(const char* period, const QString& member = {})
    {
        auto p = query::parseReportPeriod(QString::fromLatin1(period));
        REQUIRE(p);
        query::DashboardFilter f;
        f.from = p.value().from;
        f.to = p.value().to;
        f.member = member;
        f.today = kToday;
        auto r = query::keyFigures(store->reader(), f);
        REQUIRE_MESSAGE(r.isOk(), r.message().toStdString());
        return r.value();
    }
};

QStringList sorted(QStringList ids)
{
    ids.sort();
    return ids;
}

const KpiFigure& figure(const query::KpiReport& r, const char* key)
{
    const KpiFigure* f = r.find(QString::fromLatin1(key));
    REQUIRE_MESSAGE(f, key);
    return *f;
}

// The current value, which must be measured.
double value(const query::KpiReport& r, const char* key)
{
    const KpiFigure& f = figure(r, key);
    REQUIRE_MESSAGE(f.value.has_value(), key);
    return *f.value;
}

} // namespace

TEST_CASE("CSAT and NPS from the surveys of the period, by the account manager; the trash does not count")
{
    Team t;
    const QString a = t.company("华为技术有限公司", t.m1);
    const QString b = t.company("小米科技有限责任公司", t.m2);
    // Q3 for A: CSAT 5, 4, 3; NPS 10, 9 (promoters), 7 (passive), 3 (detractor).
    const QString a1 = t.survey(a, day(2026, 7, 1), 5, 10);
    const QString a2 = t.survey(a, day(2026, 8, 15), 4, 9);
    const QString a3 = t.survey(a, day(2026, 9, 30), 3, 7);
    const QString npsOnly = t.survey(a, day(2026, 9, 2), std::nullopt, 3);
    t.trash(QStringLiteral("satisfaction"), t.survey(a, day(2026, 9, 3), 1, 0));
    // Q3 for B (another member's account): CSAT 1, NPS 0.
    const QString b1 = t.survey(b, day(2026, 8, 1), 1, 0);
    // Q2 for A, and a day after Q3 that no period here holds.
    t.survey(a, day(2026, 6, 30), 2, 0);
    t.survey(a, day(2026, 10, 1), 1, 0);

    const query::KpiReport team = t.kpis("2026Q3");
    CHECK(value(team, "csat") == doctest::Approx(13.0 / 4)); // (5 + 4 + 3 + 1) / 4
    CHECK(figure(team, "csat").basis == 4);
    CHECK(value(team, "nps") == doctest::Approx(0.0)); // 2 promoters, 2 detractors of 5
    CHECK(figure(team, "nps").basis == 5);
    // Q2: one answer each.
    REQUIRE(figure(team, "csat").previous.has_value());
    CHECK(*figure(team, "csat").previous == doctest::Approx(2.0));
    CHECK(*figure(team, "nps").previous == doctest::Approx(-100.0));
    CHECK(figure(team, "nps").previousBasis == 1);
    // The drill-down: the answers of the period, not those of the period before or in the trash.
    CHECK(figure(team, "csat").recordType == QStringLiteral("satisfaction"));
    CHECK(figure(team, "csat").records == sorted({a1, a2, a3, b1}));
    CHECK(figure(team, "nps").records == sorted({a1, a2, a3, npsOnly, b1}));

    const query::KpiReport mine = t.kpis("2026Q3", t.m1);
    CHECK(value(mine, "csat") == doctest::Approx(4.0));
    CHECK(value(mine, "nps") == doctest::Approx(25.0)); // (2 − 1) / 4
    CHECK(figure(mine, "nps").records == sorted({a1, a2, a3, npsOnly}));
    CHECK(query::formatKpi(QStringLiteral("nps"), 25.0) == QStringLiteral("+25"));

    // A period without answers measures nothing (not a 0 that reads as a bad score).
    const query::KpiReport empty = t.kpis("2025-11");
    CHECK_FALSE(figure(empty, "csat").value.has_value());
    CHECK_FALSE(figure(empty, "nps").value.has_value());
    CHECK(figure(empty, "nps").basis == 0);
    CHECK(figure(empty, "nps").records.isEmpty());
}

TEST_CASE("first response time: requests opened in the period with a response, by the request's owner")
{
    Team t;
    const QString a = t.company("华为技术有限公司", t.m1);
    const QString b = t.company("小米科技有限责任公司", t.m2);
    auto request = [&](const QString& acc, const QString& opened, const QString& answered,
                       const QString& owner) -> QString {
        FieldValues f = {{QStringLiteral("account_id"), acc},
                         {QStringLiteral("title"), s("系统故障")},
                         {QStringLiteral("opened_at"), opened}};
        if (!answered.isEmpty())
            f.emplace_back(QStringLiteral("first_response_at"), answered);
        if (!owner.isEmpty())
            f.emplace_back(QStringLiteral("owner_id"), owner);
        return t.add(QStringLiteral("service_request"), f);
    };
    const QString r1 = request(a, at(2026, 8, 10, 9), at(2026, 8, 10, 13), {}); // 4 h, A's manager m1
    const QString r2 = request(a, at(2026, 9, 1, 10), at(2026, 9, 2, 10), {});  // 24 h
    request(a, at(2026, 9, 20, 10), {}, {}); // not answered yet: not counted
    const QString r3 = request(b, at(2026, 9, 5, 8), at(2026, 9, 5, 10), t.m1); // 2 h, m1's on m2's account
    const QString r4 = request(b, at(2026, 9, 6, 8), at(2026, 9, 6, 16), {});   // 8 h, m2's
    request(a, at(2026, 6, 30, 8), at(2026, 6, 30, 9), {});                     // Q2: 1 h

    const query::KpiReport team = t.kpis("2026Q3");
    CHECK(value(team, "response_hours") == doctest::Approx((4.0 + 24 + 2 + 8) / 4));
    CHECK(figure(team, "response_hours").basis == 4);
    CHECK(*figure(team, "response_hours").previous == doctest::Approx(1.0));
    CHECK(figure(team, "response_hours").recordType == QStringLiteral("service_request"));
    CHECK(figure(team, "response_hours").records == sorted({r1, r2, r3, r4}));
    const query::KpiReport mine = t.kpis("2026Q3", t.m1);
    CHECK(value(mine, "response_hours") == doctest::Approx((4.0 + 24 + 2) / 3));
    CHECK(figure(mine, "response_hours").records == sorted({r1, r2, r3}));
    CHECK(query::formatKpi(QStringLiteral("response_hours"), 9.5).contains(QStringLiteral("9.5")));
}

TEST_CASE("repurchase, renewal, churn and lifetime value from contracts, for the team and for one member")
{
    Team t;
    const QString p = t.company("中国石化", t.m1);  // renews in Q3: a customer throughout
    const QString q = t.company("国家电网", t.m1);  // its contract ends in Q3, not renewed: churned
    const QString r = t.company("比亚迪", t.m1);    // a new customer in Q3
    const QString tt = t.company("宁德时代", t.m1); // terminated in Q3: churned
    const QString u = t.company("海尔集团", t.m1);  // only a draft: never a customer
    const QString v = t.company("美的集团", t.m2);  // m2's: renews its contract in Q3

    const QString c1 = t.contract(p, wan(80), day(2025, 7, 1), day(2025, 7, 1), day(2026, 6, 30), "expired");
    t.contract(p, wan(100), day(2026, 7, 5), day(2026, 7, 1), day(2027, 6, 30), "active",
               {{QStringLiteral("renews_id"), c1}});
    const QString q1 = t.contract(q, wan(30), day(2025, 9, 1), day(2025, 9, 1), day(2026, 8, 31), "expired");
    t.contract(r, wan(40), day(2026, 8, 15), day(2026, 9, 1), day(2027, 8, 31), "active");
    const QString f1 =
        t.contract(tt, wan(500), day(2025, 1, 1), day(2025, 1, 1), day(2027, 12, 31), "active");
    t.contract(u, wan(999), day(2026, 8, 1), day(2026, 8, 1), day(2027, 7, 31), "draft");
    const QString g1 = t.contract(v, wan(20), day(2024, 1, 1), day(2024, 1, 1), day(2026, 9, 15), "expired");
    t.contract(v, wan(60), day(2026, 9, 10), day(2026, 9, 16), day(2027, 9, 15), "signed",
               {{QStringLiteral("renews_id"), g1}});
    // A contract in the trash counts for nothing, its account's renewal neither.
    t.trash(QStringLiteral("contract"),
            t.contract(q, wan(300), day(2026, 8, 1), day(2026, 9, 1), day(2027, 8, 31), "active"));
    // 宁德时代 terminates its contract on 20 August.
    t.now = millis(2026, 8, 20);
    REQUIRE(
        t.set(QStringLiteral("contract"), f1, {{QStringLiteral("status"), QStringLiteral("terminated")}}));

    const query::KpiReport team = t.kpis("2026Q3");
    // Signed in Q3: 中国石化 (first in 2025), 比亚迪 (first), 美的 (first in 2024) → 2 of 3.
    CHECK(value(team, "repurchase_rate") == doctest::Approx(2.0 / 3));
    CHECK(figure(team, "repurchase_rate").basis == 3);
    // Ending in Q3: 国家电网's (not renewed) and 美的's (renewed) → 1 of 2.
    CHECK(value(team, "renewal_rate") == doctest::Approx(0.5));
    CHECK(figure(team, "renewal_rate").basis == 2);
    // Customers on 1 July: 中国石化, 国家电网, 宁德时代, 美的; on 30 September 国家电网 and 宁德时代 are not.
    CHECK(value(team, "churn_rate") == doctest::Approx(0.5));
    CHECK(figure(team, "churn_rate").basis == 4);
    // 12-month revenue to 30 September: ¥100万, ¥40万, ¥60万 → mean ¥66.67万 × 30 % × 5 years = ¥100万.
    CHECK(value(team, "clv") == doctest::Approx(double(wan(100))));
    CHECK(figure(team, "clv").basis == 3);
    // The drill-down: accounts signing, contracts ending, the customers lost, the accounts with revenue.
    CHECK(figure(team, "repurchase_rate").recordType == QStringLiteral("account"));
    CHECK(figure(team, "repurchase_rate").records == sorted({p, r, v}));
    CHECK(figure(team, "renewal_rate").recordType == QStringLiteral("contract"));
    CHECK(figure(team, "renewal_rate").records == sorted({q1, g1}));
    CHECK(figure(team, "churn_rate").records == sorted({q, tt}));
    CHECK(figure(team, "clv").records == sorted({p, r, v}));

    // Q2: nothing signed; 中国石化's contract ended on 30 June and was renewed; nobody left.
    CHECK_FALSE(figure(team, "repurchase_rate").previous.has_value());
    CHECK(*figure(team, "renewal_rate").previous == doctest::Approx(1.0));
    CHECK(*figure(team, "churn_rate").previous == doctest::Approx(0.0));
    CHECK(figure(team, "churn_rate").previousBasis == 4);
    // To 30 June: ¥80万 and ¥30万 → mean ¥55万 × 1.5 = ¥82.5万.
    CHECK(*figure(team, "clv").previous == doctest::Approx(double(wan(825) / 10)));

    // m1: 美的 is m2's.
    const query::KpiReport mine = t.kpis("2026Q3", t.m1);
    CHECK(value(mine, "repurchase_rate") == doctest::Approx(0.5));
    CHECK(value(mine, "renewal_rate") == doctest::Approx(0.0));
    CHECK(value(mine, "churn_rate") == doctest::Approx(2.0 / 3));
    CHECK(figure(mine, "churn_rate").records == sorted({q, tt}));
    CHECK(figure(mine, "renewal_rate").records == QStringList{q1});
    CHECK(value(mine, "clv") == doctest::Approx(double(wan(105)))); // (100 + 40) / 2 × 1.5

    // The team's lifetime-value settings: 40 % margin over 3 years.
    REQUIRE(t.set(QStringLiteral("account_model"), model::kAccountModelId,
                  {{QStringLiteral("clv_margin"), 40}, {QStringLiteral("clv_years"), 3}}));
    CHECK(value(t.kpis("2026Q3"), "clv") == doctest::Approx(double(wan(80))));
}

TEST_CASE("weighted pipeline of deals expected in the period; win rate and cycle of deals closed in it")
{
    Team t;
    const QString a = t.company("华为技术有限公司", t.m1);
    auto deal = [&](qint64 amount, const char* stage, std::optional<int> probability, const QString& close,
                    const char* currency = "CNY") {
        FieldValues f = {{QStringLiteral("account_id"), a},
                         {QStringLiteral("name"), s("数据中心扩容")},
                         {QStringLiteral("amount"), amount},
                         {QStringLiteral("stage"), QString::fromLatin1(stage)},
                         {QStringLiteral("expected_close"), close},
                         {QStringLiteral("currency"), QString::fromLatin1(currency)},
                         {QStringLiteral("owner_id"), t.m1}};
        if (probability)
            f.emplace_back(QStringLiteral("probability"), *probability);
        return t.add(QStringLiteral("opportunity"), f);
    };
    const QString d1 = deal(wan(10), "propose", 50, day(2026, 8, 10));             // ¥5万
    const QString d2 = deal(wan(20), "negotiate", std::nullopt, day(2026, 9, 30)); // the stage's 75 %: ¥15万
    deal(wan(50), "commit", 90, day(2026, 10, 1));                                 // after the period
    deal(wan(50), "commit", 90, day(2026, 9, 1), "USD"); // another currency: not added

    t.now = millis(2026, 6, 25);
    const QString lost = deal(wan(5), "develop", std::nullopt, day(2026, 7, 1));
    t.now = millis(2026, 7, 1);
    const QString won = deal(wan(8), "commit", std::nullopt, day(2026, 7, 1));
    t.now = millis(2026, 7, 11);
    REQUIRE(t.set(QStringLiteral("opportunity"), won, {{QStringLiteral("status"), QStringLiteral("won")}}));
    t.now = millis(2026, 8, 4);
    REQUIRE(t.set(QStringLiteral("opportunity"), lost, {{QStringLiteral("status"), QStringLiteral("lost")}}));

    const query::KpiReport team = t.kpis("2026Q3");
    CHECK(value(team, "weighted_pipeline") == doctest::Approx(double(wan(20))));
    CHECK(figure(team, "weighted_pipeline").basis == 2);
    CHECK_FALSE(figure(team, "weighted_pipeline").previous.has_value()); // a state of today
    CHECK(value(team, "win_rate") == doctest::Approx(0.5));
    CHECK(value(team, "cycle_days") == doctest::Approx(25.0).epsilon(0.01)); // (10 + 40) / 2
    CHECK(figure(team, "win_rate").basis == 2);
    // The drill-down: the deals weighted, and the deals closed.
    CHECK(figure(team, "weighted_pipeline").recordType == QStringLiteral("opportunity"));
    CHECK(figure(team, "weighted_pipeline").records == sorted({d1, d2}));
    CHECK(figure(team, "win_rate").records == sorted({won, lost}));
    CHECK(figure(team, "cycle_days").records == sorted({won, lost}));
    // Nobody else's: m2 has no deals.
    const query::KpiReport theirs = t.kpis("2026Q3", t.m2);
    CHECK_FALSE(figure(theirs, "weighted_pipeline").value.has_value());
    CHECK_FALSE(figure(theirs, "win_rate").value.has_value());
}

TEST_CASE("KPI periods: a quarter as 2026Q3 or 2026-q3, a year as 2026; a quarter 5 is refused")
{
    auto q = query::parseReportPeriod(QStringLiteral("2026Q3"));
    REQUIRE(q);
    CHECK(q.value().kind == query::ReportPeriod::Kind::Quarter);
    CHECK(q.value().from == QDate(2026, 7, 1));
    CHECK(q.value().to == QDate(2026, 9, 30));
    auto lower = query::parseReportPeriod(QStringLiteral("2026-q4"));
    REQUIRE(lower);
    CHECK(lower.value().key == QStringLiteral("2026Q4"));
    CHECK(lower.value().to == QDate(2026, 12, 31));
    auto year = query::parseReportPeriod(QStringLiteral("2026"));
    REQUIRE(year);
    CHECK(year.value().kind == query::ReportPeriod::Kind::Year);
    CHECK(year.value().from == QDate(2026, 1, 1));
    CHECK(year.value().to == QDate(2026, 12, 31));
    for (const char* bad : {"2026Q5", "2026Q0", "2026Q", "Q3", "0000", "26"}) {
        auto r = query::parseReportPeriod(QString::fromLatin1(bad));
        CHECK_FALSE_MESSAGE(r, bad);
    }
    // The quarter before a quarter is the previous calendar quarter.
    query::DashboardFilter f;
    f.from = q.value().from;
    f.to = q.value().to;
    const query::DashboardFilter before = query::previousPeriod(f);
    CHECK(before.to == QDate(2026, 6, 30));
    CHECK(before.from == QDate(2026, 4, 1));
}
