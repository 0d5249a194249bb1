// summit-cli dashboard end to end: a small team entered through the CLI, the
// cockpit's figures read back as JSON and as text, narrowed by tier, member
// and period, and bad filters refused with a message and exit status 2 (or 1
// for an unknown member).
#include "CliRunner.h"

#include <QJsonArray>
#include <QJsonObject>

using summit::test::Cli;
using summit::test::Run;

namespace {

QString k(const char* text)
{
    return QString::fromLatin1(text);
}
QString s(const char* text)
{
    return QString::fromUtf8(text);
}

// Two accounts (A and C), two members, three open deals and one won, follow-ups by both members.
struct Team
{
    Cli cli;
    QString li, wang, big, small;
    Team()
    {
        li = cli.add({k("member"), k("add"), s("李明")});
        wang = cli.add({k("member"), k("add"), s("王芳")});
        big = cli.add(
            {k("account"), k("add"), s("华为技术有限公司"), k("tier=A"), s("region=华南"), k("am_id=") + li});
        small = cli.add({k("account"), k("add"), s("小米科技有限责任公司"), k("tier=C"), s("region=华北"),
                         k("am_id=") + wang});
        cli.add({k("opportunity"), k("add"), big, s("数据中心"), k("stage=negotiate"), k("amount=1000000"),
                 k("owner_id=") + li, k("expected_close=2027-01-15")});
        cli.add({k("opportunity"), k("add"), big, s("园区网络"), k("stage=negotiate"), k("amount=500000"),
                 k("owner_id=") + li, k("probability=50"), k("expected_close=2027-01-20")});
        cli.add({k("opportunity"), k("add"), small, s("门店改造"), k("stage=qualify"), k("amount=200000"),
                 k("owner_id=") + wang});
        cli.add({k("followup"), k("add"), big, k("visit"), s("拜访"), k("at=2026-11-03T02:00:00.000Z"),
                 k("author_id=") + li});
        cli.add({k("followup"), k("add"), big, k("call"), s("电话"), k("at=2026-11-04T02:00:00.000Z"),
                 k("author_id=") + li});
        cli.add({k("followup"), k("add"), small, k("call"), s("电话"), k("at=2026-10-20T02:00:00.000Z"),
                 k("author_id=") + wang});
    }
    QJsonObject figures(const QStringList& filter = {}) const
    {
        return cli.json(QStringList{k("dashboard")} + filter).object();
    }
};

QJsonObject stage(const QJsonObject& figures, const char* key)
{
    for (const QJsonValue& v : figures.value(k("funnel")).toArray())
        if (v.toObject().value(k("stage")).toString() == k(key))
            return v.toObject();
    return {};
}

int activityOf(const QJsonObject& figures, const QString& member)
{
    int n = 0;
    for (const QJsonValue& v : figures.value(k("activity")).toArray())
        if (v.toObject().value(k("member_id")).toString() == member)
            n += v.toObject().value(k("count")).toInt();
    return n;
}

int tier(const QJsonObject& figures, const char* key)
{
    for (const QJsonValue& v : figures.value(k("tiers")).toArray())
        if (v.toObject().value(k("tier")).toString() == k(key))
            return v.toObject().value(k("count")).toInt();
    return -1;
}

} // namespace

TEST_CASE("dashboard --json gives the cockpit's figures of the whole team")
{
    Team t;
    const QJsonObject f = t.figures();
    // Amounts are in fen: ¥1,000,000 + ¥500,000 at negotiate.
    CHECK(stage(f, "negotiate").value(k("count")).toInt() == 2);
    CHECK(stage(f, "negotiate").value(k("amount")).toDouble() == 150000000.0);
    CHECK(stage(f, "qualify").value(k("count")).toInt() == 1);
    CHECK(stage(f, "propose").value(k("count")).toInt() == 0); // every stage listed, zeros included
    // Forecast: January 2027 holds both negotiate deals; 园区网络 weighs at its own 50 %.
    bool january = false;
    for (const QJsonValue& v : f.value(k("forecast")).toArray()) {
        const QJsonObject m = v.toObject();
        if (m.value(k("month")).toString() != k("2027-01"))
            continue;
        january = true;
        CHECK(m.value(k("count")).toInt() == 2);
        CHECK(m.value(k("weighted")).toDouble() == 100000000.0 * 0.75 + 50000000.0 * 0.5);
    }
    CHECK(january);
    CHECK(activityOf(f, t.li) == 2);
    CHECK(activityOf(f, t.wang) == 1);
    CHECK(tier(f, "A") == 1);
    CHECK(tier(f, "C") == 1);
    CHECK(tier(f, "S") == 0);
    // Nothing closed: the rate is not a number a script could average.
    CHECK(f.value(k("wins")).toObject().value(k("current")).toObject().value(k("win_rate")).isNull());
    CHECK(f.value(k("coverage")).toObject().value(k("total_accounts")).toInt() == 2);
}

TEST_CASE("dashboard filters narrow every figure")
{
    Team t;
    const QJsonObject tierA = t.figures({k("--tier"), k("A")});
    CHECK(stage(tierA, "qualify").value(k("count")).toInt() == 0); // 小米 is tier C
    CHECK(stage(tierA, "negotiate").value(k("count")).toInt() == 2);
    CHECK(activityOf(tierA, t.wang) == 0);

    const QJsonObject wang = t.figures({k("--member"), t.wang});
    CHECK(stage(wang, "negotiate").value(k("count")).toInt() == 0);
    CHECK(stage(wang, "qualify").value(k("count")).toInt() == 1);
    CHECK(activityOf(wang, t.li) == 0);
    CHECK(wang.value(k("filter")).toObject().value(k("member")).toString() == t.wang);

    // The period narrows the follow-ups: October holds 王芳's call only.
    const QJsonObject october = t.figures({k("--from"), k("2026-10-01"), k("--to"), k("2026-10-31")});
    CHECK(activityOf(october, t.wang) == 1);
    CHECK(activityOf(october, t.li) == 0);
    CHECK(october.value(k("filter")).toObject().value(k("from")).toString() == k("2026-10-01"));

    const QJsonObject south = t.figures({k("--region"), s("华南")});
    CHECK(tier(south, "C") == 0);
    CHECK(tier(south, "A") == 1);
}

TEST_CASE("dashboard prints the figures as text")
{
    Team t;
    const Run r = t.cli({k("dashboard")});
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(k("Negotiate: 2 deals, ")));
    CHECK(r.out.contains(s("李明: 2")));
    CHECK(r.out.contains(k("Accounts by tier: S=0 A=1 B=0 C=1")));
}

TEST_CASE("dashboard refuses a bad filter and says which")
{
    Team t;
    Run r = t.cli({k("dashboard"), k("--from"), k("2026-13-01")});
    CHECK(r.code == 2);
    CHECK(r.err.contains(k("2026-13-01")));
    r = t.cli({k("dashboard"), k("--from"), k("2026-11-30"), k("--to"), k("2026-11-01")});
    CHECK(r.code == 2);
    CHECK(r.err.contains(k("--from")));
    r = t.cli({k("dashboard"), k("--tier"), k("D")});
    CHECK(r.code == 2);
    CHECK(r.err.contains(k("--tier")));
    r = t.cli({k("dashboard"), k("--member"), k("nobody")});
    CHECK(r.code == 1);
    CHECK(r.err.contains(k("nobody")));
    r = t.cli({k("dashboard"), k("extra")});
    CHECK(r.code == 2);
}

TEST_CASE("contracts, receivables, tickets and surveys from the CLI, and the account's figures")
{
    Team t;
    const QString contract = t.cli.add(
        {k("contract"), k("add"), t.big, s("2026年框架协议"), s("amount=¥1,200,000"),
         k("signed_on=2026-03-01"), k("start_on=2026-03-01"), k("end_on=2027-02-28"), k("status=active")});
    // A receivable takes its account from its contract.
    const QString due = t.cli.add({k("receivable"), k("add"), contract, k("2026-06-30"), k("600000")});
    CHECK(t.cli.json({k("receivable"), k("show"), due}).object().value(k("account_id")).toString() == t.big);
    t.cli.add({k("receivable"), k("add"), contract, k("2026-12-30"), k("600000"), k("amount_received=300000"),
               k("received_on=2026-12-01")});
    t.cli.add({k("ticket"), k("add"), t.big, s("系统宕机"), k("severity=critical")});
    t.cli.add({k("survey"), k("add"), t.big, k("2026-11-20"), k("csat=4"), k("nps=9")});

    const QJsonObject f =
        t.cli.json({k("account"), k("figures"), t.big, k("--today"), k("2026-12-06")}).object();
    CHECK(f.value(k("signed_12m")).toDouble() == 120000000.0);
    CHECK(f.value(k("due")).toDouble() == 120000000.0);
    CHECK(f.value(k("received")).toDouble() == 30000000.0);
    CHECK(f.value(k("overdue")).toInt() == 1);
    CHECK(f.value(k("longest_overdue_days")).toInt() == 159);
    CHECK(f.value(k("renewals_due_90d")).toInt() == 1);
    CHECK(f.value(k("open_severe_requests")).toInt() == 1);
    CHECK(f.value(k("last_nps")).toInt() == 9);
    // The other account has none of it.
    const QJsonObject none = t.cli.json({k("account"), k("figures"), t.small}).object();
    CHECK(none.value(k("due")).toDouble() == 0);
    CHECK(none.value(k("last_csat")).isNull());

    // Refused with the rule named, nothing written.
    Run r = t.cli({k("survey"), k("add"), t.big, k("2026-11-21")});
    CHECK(r.code == 1);
    CHECK(r.err.contains(k("CSAT")));
    r = t.cli({k("contract"), k("add"), t.big, k("x"), k("start_on=2026-02-01"), k("end_on=2026-01-01")});
    CHECK(r.code == 1);
    CHECK(r.err.contains(k("Service end")));
    r = t.cli(
        {k("receivable"), k("add"), k("0190aaaa-0000-7000-8000-000000000000"), k("2026-01-01"), k("1")});
    CHECK(r.code == 1);
    r = t.cli({k("account"), k("figures"), t.big, k("--today"), k("tomorrow")});
    CHECK(r.code == 2);
    CHECK(t.cli.json({k("survey"), k("list")}).array().size() == 1);
}

TEST_CASE("tier explain, review, set and accept, health and the model from the CLI")
{
    Team t;
    t.cli.add({k("contract"), k("add"), t.big, s("2026年框架协议"), s("amount=¥1,200,000"),
               k("signed_on=2026-03-01")});
    const QString today = k("2026-12-06");
    QJsonObject tier = t.cli.json({k("tier"), k("explain"), t.big, k("--today"), today}).object();
    CHECK(tier.value(k("revenue_12m")).toDouble() == 120000000.0);
    CHECK(tier.value(k("revenue_top_percent")).toInt() > 0);
    CHECK(tier.value(k("criteria")).toArray().size() == 3);
    const QString figures = tier.value(k("figures")).toString();
    REQUIRE_FALSE(figures.isEmpty());
    Run r = t.cli({k("tier"), k("explain"), t.big, k("--today"), today});
    CHECK(r.code == 0);
    CHECK(r.out.contains(k("Computed tier: ") + figures + k(": signed ")));

    // Another tier by hand: refused without a reason, kept with one, listed in the review.
    const QString other = figures == k("C") ? k("B") : k("C");
    r = t.cli({k("tier"), k("set"), t.big, other});
    CHECK(r.code == 1);
    CHECK(r.err.contains(k("needs a reason")));
    CHECK(t.cli({k("tier"), k("set"), t.big, other, k("--reason"), s("集团战略客户")}).code == 0);
    const QJsonArray review = t.cli.json({k("tier"), k("review"), k("--today"), today}).array();
    bool listed = false;
    for (const QJsonValue& v : review)
        if (v.toObject().value(k("account_id")).toString() == t.big) {
            listed = true;
            CHECK(v.toObject().value(k("current")).toString() == other);
            CHECK(v.toObject().value(k("override_reason")).toString() == s("集团战略客户"));
        }
    CHECK(listed);
    CHECK(t.cli({k("tier"), k("accept"), t.big, k("--today"), today}).code == 0);
    CHECK(t.cli.json({k("tier"), k("explain"), t.big, k("--today"), today}).object().value(k("current")) ==
          QJsonValue(figures));

    // Health with its components.
    const QJsonObject health = t.cli.json({k("health"), t.big, k("--today"), today}).object();
    CHECK(health.value(k("score")).toInt() >= 0);
    CHECK(health.value(k("components")).toArray().size() == 5);
    r = t.cli({k("health"), t.big, k("--today"), today});
    CHECK(r.out.contains(k("Health: ")));

    // The model: weights that do not add up are refused; a good edit is shown back.
    r = t.cli({k("model"), k("set"), k("weight_revenue=90")});
    CHECK(r.code == 1);
    CHECK(r.err.contains(k("add up to 140")));
    r = t.cli({k("model"), k("set"), k("no_such=1")});
    CHECK(r.code == 2);
    CHECK(t.cli({k("model"), k("set"), k("weight_revenue=60"), k("weight_activity=20"),
                 k("weight_potential=20"), k("tier_b_revenue=300000")})
              .code == 0);
    const QJsonObject model = t.cli.json({k("model"), k("show")}).object();
    CHECK(model.value(k("weight_revenue")).toInt() == 60);
    CHECK(model.value(k("tier_b_revenue")).toDouble() == 30000000.0);
    CHECK(model.value(k("tier_a_revenue")).toDouble() == 100000000.0);
    r = t.cli({k("tier"), k("explain"), k("0190aaaa-0000-7000-8000-000000000000")});
    CHECK(r.code == 1);
}

TEST_CASE("kpi gives the key figures of a quarter beside the quarter before, and refuses a bad period")
{
    Team t;
    // Q4: two surveys of 李明's account (CSAT 4 and 2; NPS 10 and 5), one of 王芳's (CSAT 5).
    t.cli.add({k("survey"), k("add"), t.big, k("2026-10-10"), k("csat=4"), k("nps=10")});
    t.cli.add({k("survey"), k("add"), t.big, k("2026-11-20"), k("csat=2"), k("nps=5")});
    t.cli.add({k("survey"), k("add"), t.small, k("2026-12-01"), k("csat=5")});
    // Q3: one survey, CSAT 3.
    t.cli.add({k("survey"), k("add"), t.big, k("2026-08-01"), k("csat=3")});

    const QJsonObject all =
        t.cli.json({k("kpi"), k("--period"), k("2026Q4"), k("--today"), k("2026-12-06")}).object();
    CHECK(all.value(k("from")).toString() == k("2026-10-01"));
    CHECK(all.value(k("previous_from")).toString() == k("2026-07-01"));
    auto figure = [](const QJsonObject& report, const char* key) {
        for (const QJsonValue& v : report.value(k("figures")).toArray())
            if (v.toObject().value(k("key")).toString() == k(key))
                return v.toObject();
        return QJsonObject();
    };
    CHECK(figure(all, "csat").value(k("value")).toDouble() == doctest::Approx(11.0 / 3));
    CHECK(figure(all, "csat").value(k("basis")).toInt() == 3);
    CHECK(figure(all, "csat").value(k("previous")).toDouble() == doctest::Approx(3.0));
    CHECK(figure(all, "nps").value(k("value")).toDouble() ==
          doctest::Approx(0.0));                                   // one promoter, one detractor
    CHECK(figure(all, "renewal_rate").value(k("value")).isNull()); // no contracts: not measured
    const QJsonObject mine = t.cli
                                 .json({k("kpi"), k("--period"), k("2026-q4"), k("--member"), t.wang,
                                        k("--today"), k("2026-12-06")})
                                 .object();
    CHECK(figure(mine, "csat").value(k("value")).toDouble() == doctest::Approx(5.0));

    const Run text = t.cli({k("kpi"), k("--period"), k("2026Q4"), k("--today"), k("2026-12-06")});
    REQUIRE(text.code == 0);
    CHECK(text.out.contains(k("Customer satisfaction (CSAT): 3.7 (n = 3); before: 3.0")));
    CHECK(text.out.contains(k("Renewal rate: not measured")));

    Run r = t.cli({k("kpi"), k("--period"), k("2026Q5")});
    CHECK(r.code == 2);
    CHECK(r.err.contains(k("2026Q5")));
    r = t.cli({k("kpi"), k("--member"), k("nobody")});
    CHECK(r.code == 1);
    CHECK(r.err.contains(k("nobody")));
    r = t.cli({k("kpi"), k("--today"), k("soon")});
    CHECK(r.code == 2);
}
