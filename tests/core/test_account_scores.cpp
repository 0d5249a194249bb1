// Computed tiers and health scores (analysis/AccountScores.h) against figures
// worked out by hand, the team's model as a synced record with its checks, the
// tier set by hand with a reason and the quarterly review, and three replicas
// that converge on the same tiers and health.
#include "StoreFixture.h"

#include "analysis/AccountScores.h"
#include "analysis/GapAnalysis.h"
#include "commands/Commands.h"
#include "query/AccountCommerce.h"

#include <QTimeZone>

using namespace summit;
using test::StoreFixture;

namespace {

const QDate kToday(2026, 12, 6);

QString s(const char* text)
{
    return QString::fromUtf8(text);
}
QString day(const QDate& d)
{
    return d.toString(Qt::ISODate);
}
// Local noon of a day, in the stored form: far from midnight in every time zone the tests run in.
QString noon(const QDate& d)
{
    return QDateTime(d, QTime(12, 0)).toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"));
}
constexpr qint64 wan(qint64 n) // ¥n万 in 分
{
    return n * 10'000 * 100;
}

struct Team : StoreFixture
{
    explicit Team(const QString& name = QStringLiteral("test.db")) : StoreFixture(name) {}
    QString member(const char* name)
    {
        return add(QStringLiteral("member"), {{QStringLiteral("name"), s(name)}});
    }
    QString company(const char* name, const char* potential = nullptr, const char* tier = nullptr)
    {
        FieldValues f = {{QStringLiteral("name"), s(name)}};
        if (potential)
            f.emplace_back(QStringLiteral("potential"), QString::fromLatin1(potential));
        if (tier)
            f.emplace_back(QStringLiteral("tier"), QString::fromLatin1(tier));
        return add(QStringLiteral("account"), f);
    }
    QString contract(const QString& acc, qint64 amount, const QDate& signedOn, FieldValues more = {})
    {
        FieldValues f = {{QStringLiteral("account_id"), acc},
                         {QStringLiteral("title"), s("框架合同")},
                         {QStringLiteral("amount"), amount},
                         {QStringLiteral("signed_on"), day(signedOn)}};
        f.insert(f.end(), more.begin(), more.end());
        return add(QStringLiteral("contract"), f);
    }
    void followUps(const QString& acc, const char* type, int count, const QDate& on, FieldValues more = {})
    {
        for (int i = 0; i < count; ++i) {
            FieldValues f = {{QStringLiteral("account_id"), acc},
                             {QStringLiteral("type"), QString::fromLatin1(type)},
                             {QStringLiteral("at"), noon(on.addDays(-i))},
                             {QStringLiteral("summary"), s("拜访")}};
            f.insert(f.end(), more.begin(), more.end());
            add(QStringLiteral("followup"), f);
        }
    }
    analysis::TierAssessment tier(const QString& acc)
    {
        auto t = analysis::assessTier(store->reader(), acc, kToday);
        REQUIRE_MESSAGE(t.isOk(), t.message().toStdString());
        return t.value();
    }
    analysis::HealthAssessment health(const QString& acc)
    {
        auto h = analysis::assessHealth(store->reader(), acc, kToday);
        REQUIRE_MESSAGE(h.isOk(), h.message().toStdString());
        return h.value();
    }
};

const analysis::HealthComponent& part(const analysis::HealthAssessment& h, const char* key)
{
    for (const analysis::HealthComponent& c : h.components)
        if (c.key == QLatin1String(key))
            return c;
    FAIL("no component " << key);
    return h.components.front();
}

// Sends everything `from` wrote to `to`, as sync would (a replay is harmless).
void send(Store& from, Store& to)
{
    auto ops = from.ownOperationsAfter(0, 100000);
    REQUIRE(ops.isOk());
    REQUIRE(to.integrate(ops.value()).isOk());
}

} // namespace

TEST_CASE(
    "tiers from seed 002's table: revenue, weighted activity and potential, at the edges of their windows")
{
    Team t;
    // X: ¥150万 signed (A), 5 visits + 2 executive visits = 16 points (A), potential high (A).
    const QString x = t.company("华为技术有限公司", "high");
    t.contract(x, wan(150), QDate(2026, 3, 1));
    t.followUps(x, "visit", 5, kToday.addDays(-3));
    t.followUps(x, "executive_visit", 2, kToday.addDays(-20));
    // Y: ¥50万 (B), 2 calls = 2 points (C), potential medium (B): (50·2 + 25·1 + 25·2) / 100 = 1.75 → B.
    const QString y = t.company("小米科技有限责任公司", "medium");
    t.contract(y, wan(50), QDate(2026, 6, 1));
    t.followUps(y, "call", 2, kToday);
    // Z: nothing signed (C), no follow-ups (C), potential high (A): (50 + 25 + 75) / 100 = 1.5 → B, the edge.
    const QString z = t.company("比亚迪股份有限公司", "high");
    // W: no potential; exactly ¥100万 (A) and exactly 3 points (B): (50·3 + 25·2) / 75 = 2.67 → A.
    const QString w = t.company("宁德时代新能源科技股份有限公司");
    t.contract(w, wan(100), QDate(2025, 12, 7)); // the first day inside the 12 months
    t.followUps(w, "message", 3, kToday);
    // What does not count: signed exactly 12 months ago, a draft, another currency, a terminated one,
    // a follow-up on the day three months ago, a planned one tomorrow, one in the trash.
    t.contract(w, wan(900), QDate(2025, 12, 6));
    t.contract(w, wan(900), QDate(2026, 5, 1), {{QStringLiteral("status"), QStringLiteral("draft")}});
    t.contract(w, wan(900), QDate(2026, 5, 1), {{QStringLiteral("currency"), QStringLiteral("USD")}});
    t.contract(w, wan(900), QDate(2026, 5, 1), {{QStringLiteral("status"), QStringLiteral("terminated")}});
    t.followUps(w, "visit", 1, kToday.addMonths(-3));
    t.followUps(w, "visit", 1, kToday.addDays(1));
    t.followUps(w, "visit", 1, kToday.addDays(-1));
    const QString gone =
        t.store->reader()
            .scalar(QStringLiteral("SELECT id FROM followups WHERE account_id = ? AND type = "
                                   "'visit' ORDER BY at DESC LIMIT 1 OFFSET 1"),
                    {w})
            .toString();
    REQUIRE(commands::Commands(*t.store).deleteRecords({gone}));

    const auto tx = t.tier(x);
    CHECK(tx.revenue == wan(150));
    CHECK(tx.interactions == 7);
    CHECK(tx.activityPoints == 16);
    CHECK(tx.figures == QStringLiteral("A"));
    CHECK(tx.score == doctest::Approx(3.0));
    // Revenues 150, 100 and 50万 among four accounts: X is first (top 25 %), W second (50 %), Y third (75 %).
    CHECK(tx.revenueTopPercent == 25);
    CHECK(tx.reason.startsWith(QStringLiteral("A: signed ")));
    CHECK(tx.reason.contains(QStringLiteral("(top 25 %)")));
    CHECK(tx.reason.contains(QStringLiteral("7 interaction(s) in the last 3 months (16 points)")));
    CHECK(tx.reason.contains(QStringLiteral("potential high")));

    const auto ty = t.tier(y);
    CHECK(ty.score == doctest::Approx(1.75));
    CHECK(ty.figures == QStringLiteral("B"));
    CHECK(ty.revenueTopPercent == 75);
    CHECK(ty.criteria[1].tier == QStringLiteral("C"));

    const auto tz = t.tier(z);
    CHECK(tz.score == doctest::Approx(1.5));
    CHECK(tz.figures == QStringLiteral("B"));
    CHECK(tz.revenueTopPercent == 0);
    CHECK_FALSE(tz.reason.contains(QStringLiteral("top")));

    const auto tw = t.tier(w);
    CHECK(tw.revenue == wan(100));
    CHECK(tw.interactions == 3);
    CHECK(tw.activityPoints == 3);
    CHECK(tw.criteria[2].tier.isEmpty());
    CHECK(tw.score == doctest::Approx(200.0 / 75.0));
    CHECK(tw.figures == QStringLiteral("A"));
    CHECK(tw.revenueTopPercent == 50);
    CHECK(tw.reason.contains(QStringLiteral("potential not rated")));
    // The overview's 12-month figure and the tier's revenue are one definition.
    auto figures = query::accountCommerce(t.store->reader(), w, kToday);
    REQUIRE(figures.isOk());
    CHECK(figures.value().signed12m == tw.revenue);

    // Every account at once gives the same answers as one at a time.
    auto all = analysis::assessTiers(t.store->reader(), kToday);
    REQUIRE(all.isOk());
    REQUIRE(all.value().size() == 4);
    for (const auto& a : all.value())
        CHECK(a.reason == t.tier(a.accountId).reason);

    CHECK_FALSE(analysis::assessTier(t.store->reader(), QStringLiteral("no-such-account"), kToday).isOk());
}

TEST_CASE("the team's model: revenue from payments, weights and thresholds edited with their checks")
{
    Team t;
    commands::Commands cmd(*t.store);
    const QString acc = t.company("中国移动通信集团有限公司", "low");
    const QString c = t.contract(acc, wan(300), QDate(2026, 2, 1));
    t.add(QStringLiteral("receivable"), {{QStringLiteral("account_id"), acc},
                                         {QStringLiteral("contract_id"), c},
                                         {QStringLiteral("due_on"), day(QDate(2026, 3, 1))},
                                         {QStringLiteral("amount_due"), wan(300)},
                                         {QStringLiteral("amount_received"), wan(30)},
                                         {QStringLiteral("received_on"), day(QDate(2026, 3, 5))}});
    // Signed ¥300万 (A), no activity (C), potential low (C): (150 + 25 + 25) / 100 = 2.0 → B.
    CHECK(t.tier(acc).figures == QStringLiteral("B"));

    // Weights that do not add up to 100 are refused, naming the field, and nothing is written.
    const qint64 ops = t.store->reader().scalar(QStringLiteral("SELECT count(*) FROM ops")).toLongLong();
    Status bad = cmd.editAccountModel({{QStringLiteral("weight_revenue"), 60}});
    CHECK_FALSE(bad.isOk());
    CHECK(bad.error().field == QStringLiteral("weight_revenue"));
    CHECK(bad.message().contains(QStringLiteral("110")));
    bad = cmd.editAccountModel({{QStringLiteral("health_gaps"), 20}});
    CHECK(bad.error().field == QStringLiteral("health_engagement"));
    bad = cmd.editAccountModel({{QStringLiteral("tier_b_revenue"), wan(200)}});
    CHECK(bad.error().field == QStringLiteral("tier_a_revenue"));
    bad = cmd.editAccountModel({{QStringLiteral("tier_a_activity"), 2}});
    CHECK(bad.error().field == QStringLiteral("tier_a_activity"));
    bad = cmd.editAccountModel({{QStringLiteral("points_visit"), 11}});
    CHECK(bad.error().field == QStringLiteral("points_visit"));
    bad = cmd.editAccountModel({{QStringLiteral("revenue_basis"), QStringLiteral("invoiced")}});
    CHECK(bad.error().field == QStringLiteral("revenue_basis"));
    CHECK(t.store->reader().scalar(QStringLiteral("SELECT count(*) FROM ops")).toLongLong() == ops);
    // The model is one record with a fixed id.
    CHECK_FALSE(
        t.set(QStringLiteral("account_model"), ids::newId(), {{QStringLiteral("weight_revenue"), 50}}));

    // Revenue from payments received: ¥30万 (B): (100 + 25 + 25) / 100 = 1.5 → B; with revenue
    // weighted 80 and the other two 10: (160 + 10 + 10) / 100 = 1.8 → B; with B's threshold
    // at ¥50万, revenue is C and so is the tier.
    REQUIRE(cmd.editAccountModel({{QStringLiteral("revenue_basis"), QStringLiteral("received")}}));
    auto tier = t.tier(acc);
    CHECK(tier.revenue == wan(30));
    CHECK(tier.reason.contains(QStringLiteral("received ")));
    CHECK(tier.score == doctest::Approx(1.5));
    REQUIRE(cmd.editAccountModel({{QStringLiteral("weight_revenue"), 80},
                                  {QStringLiteral("weight_activity"), 10},
                                  {QStringLiteral("weight_potential"), 10}}));
    CHECK(t.tier(acc).score == doctest::Approx(1.8));
    REQUIRE(cmd.editAccountModel({{QStringLiteral("tier_b_revenue"), wan(50)}}));
    CHECK(t.tier(acc).figures == QStringLiteral("C"));
    auto model = analysis::loadAccountModel(t.store->reader());
    REQUIRE(model.isOk());
    CHECK(model.value().weightRevenue == 80);
    CHECK(model.value().tierBRevenue == wan(50));
    CHECK(model.value().tierARevenue == wan(100)); // not set: the default
}

TEST_CASE("RFM as an optional fourth criterion: recency, frequency and monetary of 24 months")
{
    Team t;
    commands::Commands cmd(*t.store);
    const QString x = t.company("华为技术有限公司", "high");
    t.contract(x, wan(60), QDate(2026, 10, 1)); // 66 days before today
    t.contract(x, wan(30), QDate(2026, 3, 1));
    t.contract(x, wan(200), QDate(2025, 6, 1));  // within 24 months, not 12
    t.contract(x, wan(500), QDate(2024, 12, 6)); // 24 months ago exactly: out
    const QString y = t.company("小米科技有限责任公司", "high");

    // Off by default: three criteria and no word of RFM.
    CHECK(t.tier(x).criteria.size() == 3);
    CHECK_FALSE(t.tier(x).reason.contains(QStringLiteral("RFM")));

    // Its weight counts in the sum of 100.
    Status bad = cmd.editAccountModel({{QStringLiteral("weight_rfm"), 20}});
    CHECK(bad.error().field == QStringLiteral("weight_revenue"));
    CHECK(bad.message().contains(QStringLiteral("120")));
    bad = cmd.editAccountModel({{QStringLiteral("rfm_recency_a"), 400}});
    CHECK(bad.error().field == QStringLiteral("rfm_recency_a"));
    bad = cmd.editAccountModel({{QStringLiteral("rfm_frequency_b"), 5}});
    CHECK(bad.error().field == QStringLiteral("rfm_frequency_a"));

    REQUIRE(cmd.editAccountModel({{QStringLiteral("weight_revenue"), 40},
                                  {QStringLiteral("weight_activity"), 20},
                                  {QStringLiteral("weight_potential"), 20},
                                  {QStringLiteral("weight_rfm"), 20}}));
    // X: 12-month ¥90万 (B), no activity (C), potential high (A); RFM: 66 days (A), 3 contracts (A),
    // ¥290万 against twice ¥100万 (A) → A. (40·2 + 20·1 + 20·3 + 20·3) / 100 = 2.2 → B.
    const analysis::TierAssessment tx = t.tier(x);
    REQUIRE(tx.criteria.size() == 4);
    CHECK(tx.criteria.back().key == QStringLiteral("rfm"));
    CHECK(tx.criteria.back().tier == QStringLiteral("A"));
    CHECK(tx.score == doctest::Approx(2.2));
    CHECK(tx.figures == QStringLiteral("B"));
    CHECK(tx.reason.contains(QStringLiteral("RFM: last contract 66 days ago, 3 in 24 months for ")));
    // Fewer contracts than B's count and older than B's days: frequency C, recency C; monetary
    // still A: (1 + 1 + 3) / 3 ≈ 1.67 → B.
    REQUIRE(cmd.editAccountModel({{QStringLiteral("rfm_frequency_a"), 5},
                                  {QStringLiteral("rfm_frequency_b"), 4},
                                  {QStringLiteral("rfm_recency_a"), 30},
                                  {QStringLiteral("rfm_recency_b"), 60}}));
    CHECK(t.tier(x).criteria.back().tier == QStringLiteral("B"));
    // Y has no contract: RFM C, said so.
    const analysis::TierAssessment ty = t.tier(y);
    CHECK(ty.criteria.back().tier == QStringLiteral("C"));
    CHECK(ty.reason.contains(QStringLiteral("RFM: no contract in 24 months")));
}

TEST_CASE("a tier by hand needs a reason, stays S when strategic, and the quarterly review accepts the "
          "computed one")
{
    Team t;
    commands::Commands cmd(*t.store);
    const QString small = t.company("某区县分公司", "low");              // C by its figures
    const QString strategic = t.company("国家电网有限公司", "low", "S"); // C by its figures, marked S
    const QString right = t.company("某地市公司", "low", "C");

    const Status noReason = cmd.setTier(small, QStringLiteral("A"), QString(), kToday);
    CHECK_FALSE(noReason.isOk());
    CHECK(noReason.error().field == QStringLiteral("tier_reason"));
    CHECK(noReason.message().contains(QStringLiteral("tier C")));
    CHECK(t.get(QStringLiteral("account"), small, QStringLiteral("tier")).isNull());
    CHECK_FALSE(cmd.setTier(small, QStringLiteral("X"), s("理由"), kToday).isOk());
    REQUIRE(cmd.setTier(small, QStringLiteral("A"), s("  集团明年预算翻倍  "), kToday));
    CHECK(t.get(QStringLiteral("account"), small, QStringLiteral("tier_reason")) == s("集团明年预算翻倍"));

    auto strategicTier = t.tier(strategic);
    CHECK(strategicTier.computed == QStringLiteral("S"));
    CHECK(strategicTier.figures == QStringLiteral("C"));
    CHECK(
        strategicTier.reason.startsWith(QStringLiteral("S: marked strategic by hand; the figures give C: ")));
    CHECK_FALSE(strategicTier.differs());

    auto review = analysis::tierReview(t.store->reader(), kToday);
    REQUIRE(review.isOk());
    REQUIRE(review.value().size() == 1);
    CHECK(review.value().front().accountId == small);
    CHECK(review.value().front().current == QStringLiteral("A"));
    CHECK(review.value().front().computed == QStringLiteral("C"));
    CHECK(review.value().front().overrideReason == s("集团明年预算翻倍"));

    REQUIRE(cmd.acceptComputedTier(small, kToday));
    CHECK(t.get(QStringLiteral("account"), small, QStringLiteral("tier")) == QStringLiteral("C"));
    CHECK(t.get(QStringLiteral("account"), small, QStringLiteral("tier_reason")).isNull());
    review = analysis::tierReview(t.store->reader(), kToday);
    REQUIRE(review.isOk());
    CHECK(review.value().empty());
    // Accepting again changes nothing; the account's tier history is in the log.
    const qint64 ops = t.store->reader().scalar(QStringLiteral("SELECT count(*) FROM ops")).toLongLong();
    REQUIRE(cmd.acceptComputedTier(small, kToday));
    REQUIRE(cmd.acceptComputedTier(right, kToday));
    CHECK(t.store->reader().scalar(QStringLiteral("SELECT count(*) FROM ops")).toLongLong() == ops);
    CHECK(t.store->reader()
              .scalar(QStringLiteral("SELECT count(*) FROM op_fields WHERE entity_id = ? AND field = 'tier'"),
                      {small})
              .toInt() == 2);
    // S needs no reason: strategic accounts are marked by hand.
    REQUIRE(cmd.setTier(right, QStringLiteral("S"), QString(), kToday));
}

TEST_CASE(
    "a plain or bulk edit of the tier follows the same rule: a tier the figures do not give needs a reason")
{
    Team t;
    commands::Commands cmd(*t.store);
    const QString a = t.company("某区县分公司", "low"); // C by its figures
    const QString b = t.company("某地市公司", "low");
    const QString tier = QStringLiteral("tier"), reason = QStringLiteral("tier_reason");

    Status refused = cmd.editRecord(a, {{tier, QStringLiteral("A")}});
    CHECK_FALSE(refused.isOk());
    CHECK(refused.error().field == reason);
    CHECK(refused.message().startsWith(s("某区县分公司")));
    CHECK(refused.message().contains(QStringLiteral("tier C")));
    CHECK(t.get(QStringLiteral("account"), a, tier).isNull());
    // A blank reason is no reason.
    CHECK_FALSE(cmd.editRecord(a, {{tier, QStringLiteral("B")}, {reason, QStringLiteral("   ")}}).isOk());
    // The computed tier, S and clearing the tier need none; a value that is not a tier is the
    // store's to refuse, on the tier field.
    REQUIRE(cmd.editRecord(a, {{tier, QStringLiteral("C")}}));
    REQUIRE(cmd.editRecord(a, {{tier, QStringLiteral("S")}}));
    REQUIRE(cmd.editRecord(a, {{tier, QVariant()}}));
    Status notATier = cmd.editRecord(a, {{tier, QStringLiteral("Z")}});
    CHECK_FALSE(notATier.isOk());
    CHECK(notATier.error().field == tier);
    // With a reason in the same edit, or one already on the account.
    REQUIRE(cmd.editRecord(a, {{tier, QStringLiteral("A")}, {reason, s("集团战略协议")}}));
    REQUIRE(cmd.editRecord(a, {{tier, QStringLiteral("B")}}));
    CHECK(t.get(QStringLiteral("account"), a, tier) == QStringLiteral("B"));
    // Other fields of an account set by hand are edited freely.
    REQUIRE(cmd.editRecord(a, {{QStringLiteral("region"), s("华东")}}));

    // A bulk edit is refused as a whole, naming the first account without a reason.
    Status bulk = cmd.bulkEdit({a, b}, {{tier, QStringLiteral("A")}});
    CHECK_FALSE(bulk.isOk());
    CHECK(bulk.message().startsWith(s("某地市公司")));
    CHECK(t.get(QStringLiteral("account"), a, tier) == QStringLiteral("B"));
    REQUIRE(cmd.bulkEdit({a, b}, {{tier, QStringLiteral("A")}, {reason, s("总部统一评级")}}));
    CHECK(t.get(QStringLiteral("account"), b, reason) == s("总部统一评级"));
}

TEST_CASE("health: each component's points and reasons against a hand-worked account")
{
    Team t;
    const QString am = t.member("张伟");
    const QString acc = t.company("中国石化集团有限公司", "medium", "B");
    auto person = [&](const char* name, FieldValues more) {
        return t.contact(acc, s(name), std::move(more));
    };
    const QString buyer = person("王总", {{QStringLiteral("decision_role"), QStringLiteral("economic_buyer")},
                                          {QStringLiteral("stance"), QStringLiteral("supporter")}});
    person("李工", {{QStringLiteral("decision_role"), QStringLiteral("technical_buyer")},
                    {QStringLiteral("stance"), QStringLiteral("opponent")}});
    const QString champion = person("赵经理", {{QStringLiteral("decision_role"), QStringLiteral("champion")},
                                               {QStringLiteral("stance"), QStringLiteral("champion")}});
    person("钱主任", {{QStringLiteral("decision_role"), QStringLiteral("influencer")},
                      {QStringLiteral("status"), QStringLiteral("left")},
                      {QStringLiteral("left_on"), day(QDate(2026, 10, 1))}});
    person("孙处长", {{QStringLiteral("influence"), 5}, // a key person who left long ago does not count
                      {QStringLiteral("status"), QStringLiteral("left")},
                      {QStringLiteral("left_on"), day(QDate(2025, 6, 1))}});
    commands::Commands cmd(*t.store);
    REQUIRE(cmd.setCoverage(buyer, am, QStringLiteral("working"), {}).isOk());
    REQUIRE(cmd.setCoverage(champion, am, QStringLiteral("brief"), {}).isOk());
    // Last follow-up 40 days ago: more than B's 30 days, within twice that.
    t.followUps(acc, "meeting", 1, kToday.addDays(-40));
    // This year ¥100万 against ¥200万 the year before; ¥50万 overdue 16 days; a contract
    // ends in 56 days with no renewal and no open opportunity.
    t.contract(acc, wan(100), QDate(2026, 1, 10));
    const QString old = t.contract(acc, wan(200), QDate(2025, 6, 1),
                                   {{QStringLiteral("status"), QStringLiteral("active")},
                                    {QStringLiteral("end_on"), day(QDate(2027, 1, 31))}});
    t.add(QStringLiteral("receivable"), {{QStringLiteral("account_id"), acc},
                                         {QStringLiteral("contract_id"), old},
                                         {QStringLiteral("due_on"), day(QDate(2026, 11, 20))},
                                         {QStringLiteral("amount_due"), wan(50)}});
    // A high request still open; one answered in 12 hours; CSAT 3 and NPS 9 on the last survey.
    t.add(QStringLiteral("service_request"), {{QStringLiteral("account_id"), acc},
                                              {QStringLiteral("title"), s("系统宕机")},
                                              {QStringLiteral("severity"), QStringLiteral("high")},
                                              {QStringLiteral("opened_at"), noon(QDate(2026, 12, 1))}});
    t.add(QStringLiteral("service_request"),
          {{QStringLiteral("account_id"), acc},
           {QStringLiteral("title"), s("报表问题")},
           {QStringLiteral("opened_at"), QStringLiteral("2026-11-01T00:00:00.000Z")},
           {QStringLiteral("first_response_at"), QStringLiteral("2026-11-01T12:00:00.000Z")},
           {QStringLiteral("resolved_at"), QStringLiteral("2026-11-02T00:00:00.000Z")}});
    t.add(QStringLiteral("satisfaction"), {{QStringLiteral("account_id"), acc},
                                           {QStringLiteral("surveyed_on"), day(QDate(2026, 11, 15))},
                                           {QStringLiteral("csat"), 3},
                                           {QStringLiteral("nps"), 9}});

    const auto h = t.health(acc);
    CHECK(h.tier == QStringLiteral("B"));
    const auto& engagement = part(h, "engagement");
    CHECK(engagement.fraction == doctest::Approx(0.5));
    CHECK(engagement.reasons.join(' ').contains(QStringLiteral("40 day(s) ago")));
    // Roles 3 of 4 (no user buyer); 2 of 3 in decision roles covered; 2 champions or supporters
    // against 1 opponent; one key person left this year.
    const auto& relationship = part(h, "relationship");
    CHECK(relationship.fraction == doctest::Approx(0.25 * 3 / 4 + 0.25 * 2 / 3 + 0.25 * 2 / 3 + 0.125));
    CHECK(relationship.reasons.join(' ').contains(s("钱主任")));
    CHECK_FALSE(relationship.reasons.join(' ').contains(s("孙处长")));
    // Revenue down by half (0), overdue ≤ 30 days (half of a third), renewal unprotected (0).
    const auto& commercial = part(h, "commercial");
    CHECK(commercial.measured);
    CHECK(commercial.fraction == doctest::Approx(0.5 / 3));
    // Open severe (0), 12 hours to respond (1), CSAT 3 and NPS 9 ((0.5 + 1) / 2).
    const auto& service = part(h, "service");
    CHECK(service.fraction == doctest::Approx((0 + 1 + 0.75) / 3));
    CHECK(service.reasons.join(' ').contains(QStringLiteral("12.0 hours")));
    // Open gaps: a quarter off for each high one, a tenth for each medium one.
    analysis::GapOptions options;
    options.today = kToday;
    auto gaps = analysis::findGaps(t.store->reader(), acc, options);
    REQUIRE(gaps.isOk());
    int high = 0, medium = 0;
    for (const auto& g : gaps.value())
        (g.severity == analysis::Severity::High ? high : medium) += 1;
    CHECK(high + medium > 0);
    const double gapFraction = std::max(0.0, 1 - 0.25 * high - 0.1 * medium);
    CHECK(part(h, "gaps").fraction == doctest::Approx(gapFraction));

    const double expected =
        25 * 0.5 + 25 * relationship.fraction + 25 * (0.5 / 3) + 15 * (1.75 / 3) + 10 * gapFraction;
    CHECK(h.score == int(std::lround(expected)));
    CHECK(h.band == (h.score >= 70   ? analysis::HealthBand::Green
                     : h.score >= 40 ? analysis::HealthBand::Amber
                                     : analysis::HealthBand::Red));
    double points = 0;
    for (const auto& c : h.components)
        points += c.points;
    CHECK(points == doctest::Approx(expected));

    // A renewal opportunity halves the renewal rule's loss; paying the receivable clears the overdue one.
    t.add(QStringLiteral("opportunity"),
          {{QStringLiteral("account_id"), acc}, {QStringLiteral("name"), s("续约")}});
    CHECK(part(t.health(acc), "commercial").fraction == doctest::Approx(1.0 / 3 * 0.5 + 0.5 / 3));
}

TEST_CASE("health of an account with nothing to measure leaves commerce and service out and scales the rest")
{
    Team t;
    const QString acc = t.company("新客户有限公司");
    const auto h = t.health(acc);
    CHECK(h.tier == QStringLiteral("C")); // no tier: the figures' tier sets the cadence
    CHECK_FALSE(part(h, "commercial").measured);
    CHECK_FALSE(part(h, "service").measured);
    CHECK(part(h, "commercial").points == 0);
    CHECK(part(h, "engagement").fraction == 0);
    CHECK(part(h, "engagement").reasons.front().startsWith(QStringLiteral("No follow-up recorded")));
    // No roles, nobody in a role, no champion or opponent (half), nobody left (full).
    CHECK(part(h, "relationship").fraction == doctest::Approx(0.125 + 0.25));
    const double gaps = part(h, "gaps").fraction;
    const double expected = (25 * 0.375 + 10 * gaps) * 100.0 / 60.0;
    CHECK(h.score == int(std::lround(expected)));
    CHECK(h.band == analysis::HealthBand::Red);
    // Weights of the model change the score.
    REQUIRE(commands::Commands(*t.store).editAccountModel(
        {{QStringLiteral("health_engagement"), 5}, {QStringLiteral("health_relationship"), 45}}));
    // Measured weights: engagement 5 + relationships 45 + gaps 10 = 60.
    CHECK(t.health(acc).score == int(std::lround((45 * 0.375 + 10 * gaps) * 100.0 / 60.0)));
}

TEST_CASE("three replicas converge on the same tiers and health after concurrent contracts and model edits")
{
    Team a(QStringLiteral("a.db")), b(QStringLiteral("b.db")), c(QStringLiteral("c.db"));
    const QString acc = a.company("中国联合网络通信集团有限公司", "medium", "B");
    const QString other = a.company("中国电信集团有限公司", "high");
    a.contract(acc, wan(80), QDate(2026, 4, 1));
    send(*a.store, *b.store);
    send(*a.store, *c.store);

    // Offline on three laptops: b signs a big contract, c's team lead edits the model,
    // a edits the model too (another field) and logs visits.
    b.now += 5'000;
    b.contract(acc, wan(60), QDate(2026, 9, 1));
    c.now += 10'000;
    REQUIRE(commands::Commands(*c.store).editAccountModel({{QStringLiteral("weight_revenue"), 70},
                                                           {QStringLiteral("weight_activity"), 15},
                                                           {QStringLiteral("weight_potential"), 15}}));
    a.now += 20'000;
    REQUIRE(commands::Commands(*a.store).editAccountModel({{QStringLiteral("tier_a_activity"), 6}}));
    a.followUps(other, "visit", 3, kToday.addDays(-2));

    for (Team* from : {&a, &b, &c})
        for (Team* to : {&a, &b, &c})
            if (from != to)
                send(*from->store, *to->store);

    auto tiersOf = [](Team& t) {
        auto all = analysis::assessTiers(t.store->reader(), kToday);
        REQUIRE(all.isOk());
        QStringList out;
        for (const auto& x : all.value())
            out << x.accountName + QLatin1Char(' ') + x.computed + QLatin1Char(' ') + x.reason;
        return out;
    };
    auto healthOf = [](Team& t) {
        auto all = analysis::assessHealthAll(t.store->reader(), kToday);
        REQUIRE(all.isOk());
        QStringList out;
        for (const auto& x : all.value())
            out << x.accountName + QLatin1Char(' ') + QString::number(x.score);
        return out;
    };
    const QStringList tiers = tiersOf(a);
    CHECK(tiersOf(b) == tiers);
    CHECK(tiersOf(c) == tiers);
    CHECK(healthOf(b) == healthOf(a));
    CHECK(healthOf(c) == healthOf(a));
    // Both model edits hold everywhere: ¥140万 (A) weighs 70, so 联通 is A; 电信's 6 points meet A's new
    // threshold.
    auto model = analysis::loadAccountModel(b.store->reader());
    REQUIRE(model.isOk());
    CHECK(model.value().weightRevenue == 70);
    CHECK(model.value().tierAActivity == 6);
    auto unicom = b.tier(acc);
    CHECK(unicom.revenue == wan(140));
    CHECK(unicom.figures == QStringLiteral("A"));
    CHECK(b.tier(other).criteria[1].tier == QStringLiteral("A"));
}

TEST_CASE("a hand-made remote edit of the model: out of range refused with nothing changed, weights that "
          "do not add up used in proportion")
{
    Team t;
    const QString acc = t.company("中国海洋石油集团有限公司", "high");
    t.contract(acc, wan(150), QDate(2026, 5, 1));
    const QString peer = QStringLiteral("b7e1c0ffee000002");
    auto remote = [&](qint64 seq, FieldValues fields) {
        StampedOperation s;
        s.opId = QStringLiteral("%1:%2").arg(peer).arg(seq);
        s.replica = peer;
        s.seq = seq;
        s.hlc = t.store->clock().last() + 10;
        s.op = Operation::set(QStringLiteral("account_model"), model::kAccountModelId, std::move(fields));
        return s;
    };
    const auto before = t.tier(acc);
    const quint64 clock = t.store->clock().last();
    // A weight outside 0..100 is refused like any bad value: nothing written, the clock as it was.
    CHECK_FALSE(t.store->integrate({remote(1, {{QStringLiteral("weight_revenue"), 1000}})}).isOk());
    CHECK(t.store->clock().last() == clock);
    CHECK(t.tier(acc).reason == before.reason);
    // Weights that do not add up to 100 (as two laptops' edits can merge) are admitted, not refused
    // (a refusal would split the replicas), and used in proportion: revenue A (3) weighs 10, activity
    // C (1) weighs 90, potential A (3) weighs 0 → (30 + 90) / 100 = 1.2 → C.
    auto r = t.store->integrate({remote(1, {{QStringLiteral("weight_revenue"), 10},
                                            {QStringLiteral("weight_activity"), 90},
                                            {QStringLiteral("weight_potential"), 0},
                                            {QStringLiteral("health_gaps"), 90}})});
    REQUIRE_MESSAGE(r.isOk(), r.message().toStdString());
    const auto after = t.tier(acc);
    CHECK(after.score == doctest::Approx(1.2));
    CHECK(after.figures == QStringLiteral("C"));
    // Health weights now add up to 180: each component's points are scaled, the score stays 0..100.
    const auto h = t.health(acc);
    CHECK(h.score >= 0);
    CHECK(h.score <= 100);
    double points = 0;
    for (const auto& c : h.components)
        points += c.points;
    CHECK(std::abs(points - double(h.score)) <= 0.5); // the score is the points' sum, rounded
    // A local edit must leave a model that adds up again.
    CHECK_FALSE(
        commands::Commands(*t.store).editAccountModel({{QStringLiteral("weight_activity"), 80}}).isOk());
    REQUIRE(commands::Commands(*t.store).editAccountModel({{QStringLiteral("weight_revenue"), 50},
                                                           {QStringLiteral("weight_activity"), 25},
                                                           {QStringLiteral("weight_potential"), 25},
                                                           {QStringLiteral("health_gaps"), 10}}));
    CHECK(t.tier(acc).reason == before.reason);
}

TEST_CASE("a component's full marks are its weight scaled like its points: they add up to 100")
{
    Team t;
    const QString acc = t.company("新客户有限公司");
    const auto h = t.health(acc); // commerce and service not measured: 25 + 25 + 10 = 60 scaled to 100
    double full = 0;
    for (const auto& c : h.components) {
        full += c.maxPoints;
        CHECK(c.points <= c.maxPoints + 1e-9);
        if (!c.measured)
            CHECK(c.maxPoints == 0);
    }
    CHECK(full == doctest::Approx(100.0));
    CHECK(part(h, "gaps").maxPoints == doctest::Approx(10 * 100.0 / 60));
}
