#include "DemoFixture.h"
#include "QtDoctest.h"
#include "StoreFixture.h"
#include "analysis/GapAnalysis.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTime>
#include <algorithm>
#include <optional>

using namespace summit;
using namespace summit::analysis;
using test::StoreFixture;

namespace {

const QDate kToday(2026, 5, 20);
const QString kContact = QStringLiteral("contact");
const QString kAccount = QStringLiteral("account");
const QString kUnit = QStringLiteral("org_unit");
const QString kOpportunity = QStringLiteral("opportunity");

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

// A stored follow-up time: local wall-clock `time` on the day `days` before kToday, in UTC.
QString localAt(int days, QTime time = QTime(10, 0))
{
    return QDateTime(kToday.addDays(-days), time)
        .toUTC()
        .toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"));
}

struct Crm : StoreFixture
{
    std::vector<Gap> gaps(const QString& account, GapOptions options = {})
    {
        if (!options.today.isValid())
            options.today = kToday;
        auto r = findGaps(store->reader(), account, options);
        REQUIRE_MESSAGE(r.isOk(), r.message().toStdString());
        return r.value();
    }
    std::vector<Gap> gapsOf(const QString& account, GapKind kind, GapOptions options = {})
    {
        std::vector<Gap> all = gaps(account, options), out;
        std::copy_if(all.begin(), all.end(), std::back_inserter(out),
                     [&](const Gap& g) { return g.kind == kind; });
        return out;
    }
    // The gap of `kind` that links to `id`, if there is one.
    std::optional<Gap> gapFor(const QString& account, GapKind kind, const QString& id,
                              GapOptions options = {})
    {
        for (const Gap& g : gapsOf(account, kind, options))
            if (g.id == id)
                return g;
        return std::nullopt;
    }
    QString buyer(const QString& account, const QString& name, FieldValues more = {})
    {
        more.emplace_back(QStringLiteral("decision_role"), QStringLiteral("economic_buyer"));
        return contact(account, name, std::move(more));
    }
    QString member(const QString& name)
    {
        return add(QStringLiteral("member"), {{QStringLiteral("name"), name}});
    }
    QString cover(const QString& account, const QString& memberId, const QString& contactId,
                  const QString& level)
    {
        return add(QStringLiteral("coverage"), {{QStringLiteral("account_id"), account},
                                                {QStringLiteral("member_id"), memberId},
                                                {QStringLiteral("contact_id"), contactId},
                                                {QStringLiteral("level"), level}});
    }
    QString followup(const QString& account, const QStringList& contacts, const QString& at)
    {
        QJsonArray ids;
        for (const QString& c : contacts)
            ids.append(c);
        return add(QStringLiteral("followup"),
                   {{QStringLiteral("account_id"), account},
                    {QStringLiteral("type"), QStringLiteral("visit")},
                    {QStringLiteral("at"), at},
                    {QStringLiteral("summary"), QStringLiteral("拜访")},
                    {QStringLiteral("contact_ids"),
                     QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact))}});
    }
    QString kindUnit(const QString& account, const QString& name, const QString& kind,
                     const QVariant& parent = {})
    {
        const QString id = unit(account, name, parent);
        REQUIRE(set(kUnit, id, {{QStringLiteral("kind"), kind}}));
        return id;
    }
    QString opportunity(const QString& account, const QString& name, const QVariant& status = {})
    {
        FieldValues f = {{QStringLiteral("account_id"), account}, {QStringLiteral("name"), name}};
        if (!status.isNull())
            f.emplace_back(QStringLiteral("status"), status);
        return add(kOpportunity, f);
    }
    QString role(const QString& account, const QString& opp, const QString& contactId, const QString& roleKey)
    {
        return add(QStringLiteral("buying_role"), {{QStringLiteral("account_id"), account},
                                                   {QStringLiteral("opportunity_id"), opp},
                                                   {QStringLiteral("contact_id"), contactId},
                                                   {QStringLiteral("role"), roleKey}});
    }
    void remove(const QString& entity, const QString& id)
    {
        REQUIRE(store->apply({QStringLiteral("delete"), {Operation::remove(entity, id)}}));
    }
    void restore(const QString& entity, const QString& id)
    {
        REQUIRE(store->apply({QStringLiteral("restore"), {Operation::restore(entity, id)}}));
    }
};

QStringList keys(const std::vector<Gap>& gaps)
{
    QStringList out;
    for (const Gap& g : gaps)
        out << gapKindKey(g.kind);
    return out;
}

} // namespace

TEST_CASE("gaps: an empty account has no economic buyer and nobody engaged")
{
    Crm f;
    const QString a = f.account();
    const auto gaps = f.gaps(a);
    REQUIRE(gaps.size() == 2);
    CHECK(gaps[0].kind == GapKind::NoEconomicBuyer);
    CHECK(gaps[0].severity == Severity::High);
    CHECK(gaps[0].entity == kAccount);
    CHECK(gaps[0].id == a);
    CHECK(gaps[0].message.contains(s("华为技术有限公司")));
    CHECK(gaps[1].kind == GapKind::SingleThreaded);
    CHECK(gaps[1].severity == Severity::Medium);
    CHECK(gaps[1].entity == kAccount);
    CHECK(gaps[1].id == a);
    CHECK(gaps[1].message == QStringLiteral("No contact has been engaged in the last 90 day(s)."));

    // Units and opportunities that are not subsidiaries or are closed add nothing.
    f.kindUnit(a, s("集团总部"), QStringLiteral("group_hq"));
    f.opportunity(a, s("数据中心扩容"), QStringLiteral("won"));
    CHECK(keys(f.gaps(a)) ==
          QStringList{QStringLiteral("no_economic_buyer"), QStringLiteral("single_threaded")});
}

TEST_CASE("gaps: an unknown account is an error, not an empty list")
{
    Crm f;
    auto r = findGaps(f.store->reader(), ids::newId(), GapOptions{kToday});
    REQUIRE_FALSE(r.isOk());
    CHECK(r.message().contains(QStringLiteral("no account")));
}

TEST_CASE("gaps: kinds have stable keys")
{
    CHECK(gapKindKey(GapKind::NoEconomicBuyer) == QStringLiteral("no_economic_buyer"));
    CHECK(gapKindKey(GapKind::EconomicBuyerNotCovered) == QStringLiteral("economic_buyer_not_covered"));
    CHECK(gapKindKey(GapKind::EconomicBuyerStale) == QStringLiteral("economic_buyer_stale"));
    CHECK(gapKindKey(GapKind::HostileKeyPerson) == QStringLiteral("hostile_key_person"));
    CHECK(gapKindKey(GapKind::SingleThreaded) == QStringLiteral("single_threaded"));
    CHECK(gapKindKey(GapKind::SubsidiaryWithoutContact) == QStringLiteral("subsidiary_without_contact"));
    CHECK(gapKindKey(GapKind::OpportunityWithoutChampion) == QStringLiteral("opportunity_without_champion"));
}

TEST_CASE("gaps: no economic buyer until an active, live one is known")
{
    Crm f;
    const QString a = f.account();
    const QString other = f.account(s("中国移动通信集团有限公司"));
    f.buyer(other, s("杨杰")); // another account's buyer does not count here
    f.contact(a, s("李娜"), {{QStringLiteral("decision_role"), QStringLiteral("technical_buyer")}});
    REQUIRE(f.gapsOf(a, GapKind::NoEconomicBuyer).size() == 1);

    const QString wang = f.buyer(a, s("王建国"));
    CHECK(f.gapsOf(a, GapKind::NoEconomicBuyer).empty());

    SUBCASE("a deleted economic buyer does not count")
    {
        f.remove(kContact, wang);
        const auto gaps = f.gapsOf(a, GapKind::NoEconomicBuyer);
        REQUIRE(gaps.size() == 1);
        CHECK(gaps[0].id == a);
        CHECK_FALSE(gaps[0].message.contains(s("王建国")));
        f.restore(kContact, wang);
        CHECK(f.gapsOf(a, GapKind::NoEconomicBuyer).empty());
    }
    SUBCASE("an economic buyer who left does not count, and the message says so")
    {
        REQUIRE(f.set(kContact, wang, {{QStringLiteral("status"), QStringLiteral("left")}}));
        const auto gaps = f.gapsOf(a, GapKind::NoEconomicBuyer);
        REQUIRE(gaps.size() == 1);
        CHECK(gaps[0].entity == kAccount);
        CHECK(gaps[0].message.contains(s("王建国")));
        CHECK(gaps[0].message.contains(QStringLiteral("left")));
        // Nor is a buyer who left reported as uncovered or stale.
        CHECK(f.gapsOf(a, GapKind::EconomicBuyerNotCovered).empty());
        CHECK(f.gapsOf(a, GapKind::EconomicBuyerStale).empty());
        f.buyer(a, s("赵敏"), {{QStringLiteral("status"), QStringLiteral("active")}});
        CHECK(f.gapsOf(a, GapKind::NoEconomicBuyer).empty());
    }
}

TEST_CASE("gaps: an economic buyer nobody covers")
{
    Crm f;
    const QString a = f.account();
    const QString wang = f.buyer(a, s("王建国"));
    auto g = f.gapFor(a, GapKind::EconomicBuyerNotCovered, wang);
    REQUIRE(g);
    CHECK(g->severity == Severity::High);
    CHECK(g->entity == kContact);
    CHECK(g->message.contains(s("王建国")));
    CHECK(g->message.contains(QStringLiteral("assign someone")));

    // With an account manager, the message names who should build the relationship.
    const QString zhou = f.member(s("周明"));
    REQUIRE(f.set(kAccount, a, {{QStringLiteral("am_id"), zhou}}));
    g = f.gapFor(a, GapKind::EconomicBuyerNotCovered, wang);
    REQUIRE(g);
    CHECK(g->message.contains(s("周明")));

    // Level "none" is no coverage; "brief" already is.
    const QString none = f.cover(a, zhou, wang, QStringLiteral("none"));
    CHECK(f.gapFor(a, GapKind::EconomicBuyerNotCovered, wang));
    f.remove(QStringLiteral("coverage"), none);
    const QString brief = f.cover(a, zhou, wang, QStringLiteral("brief"));
    CHECK_FALSE(f.gapFor(a, GapKind::EconomicBuyerNotCovered, wang));

    SUBCASE("deleted coverage is no coverage")
    {
        f.remove(QStringLiteral("coverage"), brief);
        CHECK(f.gapFor(a, GapKind::EconomicBuyerNotCovered, wang));
    }
    SUBCASE("coverage by a member who has been removed from the team is no coverage")
    {
        f.remove(QStringLiteral("coverage"), brief);
        const QString li = f.member(s("李强"));
        f.cover(a, li, wang, QStringLiteral("trusted"));
        CHECK_FALSE(f.gapFor(a, GapKind::EconomicBuyerNotCovered, wang));
        f.remove(QStringLiteral("member"), li);
        CHECK(f.gapFor(a, GapKind::EconomicBuyerNotCovered, wang));
    }
    SUBCASE("each buyer is judged on their own")
    {
        const QString zhao = f.buyer(a, s("赵敏"));
        CHECK_FALSE(f.gapFor(a, GapKind::EconomicBuyerNotCovered, wang));
        CHECK(f.gapFor(a, GapKind::EconomicBuyerNotCovered, zhao));
        f.cover(a, zhou, zhao, QStringLiteral("working"));
        CHECK(f.gapsOf(a, GapKind::EconomicBuyerNotCovered).empty());
    }
}

TEST_CASE("gaps: an economic buyer nobody has seen lately")
{
    Crm f;
    const QString a = f.account();
    const QString other = f.account(s("中国移动通信集团有限公司"));
    const QString wang = f.buyer(a, s("王建国"));
    const QString li = f.contact(a, s("李娜"));

    auto g = f.gapFor(a, GapKind::EconomicBuyerStale, wang);
    REQUIRE(g);
    CHECK(g->severity == Severity::High);
    CHECK(g->entity == kContact);
    CHECK(g->message.contains(s("王建国")));
    CHECK(g->message.contains(QStringLiteral("never")));

    // Follow-ups without him, another account's follow-up naming him and a
    // planned follow-up after today do not count.
    f.followup(a, {li}, localAt(1));
    f.followup(other, {wang}, localAt(1));
    f.followup(a, {wang}, localAt(-3));
    g = f.gapFor(a, GapKind::EconomicBuyerStale, wang);
    REQUIRE(g);
    CHECK(g->message.contains(QStringLiteral("never")));

    SUBCASE("a follow-up 61 days ago is stale, 60 days ago is not")
    {
        f.followup(a, {li, wang}, localAt(61));
        g = f.gapFor(a, GapKind::EconomicBuyerStale, wang);
        REQUIRE(g);
        CHECK(g->message.contains(QStringLiteral("61")));
        CHECK_FALSE(g->message.contains(QStringLiteral("never")));
        const QString recent = f.followup(a, {wang}, localAt(60));
        CHECK_FALSE(f.gapFor(a, GapKind::EconomicBuyerStale, wang));
        // The days counted are since the newest one.
        f.remove(QStringLiteral("followup"), recent);
        f.followup(a, {wang}, localAt(75));
        g = f.gapFor(a, GapKind::EconomicBuyerStale, wang);
        REQUIRE(g);
        CHECK(g->message == s("王建国 (economic buyer) has not been contacted for 61 day(s)."));
    }
    SUBCASE("days are local calendar days, whatever the UTC time")
    {
        // 00:05 in Shanghai on day -60 is the previous day in UTC; 23:55 on day -61 is the same day.
        f.followup(a, {wang}, localAt(61, QTime(23, 55)));
        CHECK(f.gapFor(a, GapKind::EconomicBuyerStale, wang));
        f.followup(a, {wang}, localAt(60, QTime(0, 5)));
        CHECK_FALSE(f.gapFor(a, GapKind::EconomicBuyerStale, wang));
    }
    SUBCASE("a follow-up 10 days ago fixes it, until it is deleted")
    {
        const QString fu = f.followup(a, {wang}, localAt(10));
        CHECK_FALSE(f.gapFor(a, GapKind::EconomicBuyerStale, wang));
        f.followup(a, {wang}, localAt(0, QTime(23, 59)));
        CHECK_FALSE(f.gapFor(a, GapKind::EconomicBuyerStale, wang));
        f.remove(QStringLiteral("followup"), fu);
        CHECK_FALSE(f.gapFor(a, GapKind::EconomicBuyerStale, wang)); // today's still counts
    }
    SUBCASE("the window is an option")
    {
        f.followup(a, {wang}, localAt(20));
        GapOptions options;
        options.staleDays = 14;
        g = f.gapFor(a, GapKind::EconomicBuyerStale, wang, options);
        REQUIRE(g);
        CHECK(g->message.contains(QStringLiteral("20")));
        options.staleDays = 20;
        CHECK_FALSE(f.gapFor(a, GapKind::EconomicBuyerStale, wang, options));
    }
}

TEST_CASE("gaps: influential opponents and blockers")
{
    Crm f;
    const QString a = f.account();
    const QString liu =
        f.contact(a, s("刘洋"),
                  {{QStringLiteral("stance"), QStringLiteral("opponent")}, {QStringLiteral("influence"), 4}});
    const QString chen = f.contact(a, s("陈静"),
                                   {{QStringLiteral("decision_role"), QStringLiteral("blocker")},
                                    {QStringLiteral("stance"), QStringLiteral("neutral")},
                                    {QStringLiteral("influence"), 5}});
    const QString sun =
        f.contact(a, s("孙伟"),
                  {{QStringLiteral("stance"), QStringLiteral("opponent")}, {QStringLiteral("influence"), 3}});
    f.contact(a, s("周丽"),
              {{QStringLiteral("stance"), QStringLiteral("skeptic")}, {QStringLiteral("influence"), 5}});
    f.contact(a, s("吴刚"), {{QStringLiteral("stance"), QStringLiteral("opponent")}}); // influence unknown

    auto gaps = f.gapsOf(a, GapKind::HostileKeyPerson);
    REQUIRE(gaps.size() == 2);
    QSet<QString> flagged;
    for (const Gap& g : gaps) {
        flagged << g.id;
        CHECK(g.severity == Severity::High);
        CHECK(g.entity == kContact);
    }
    CHECK(flagged == QSet<QString>{liu, chen});
    auto g = f.gapFor(a, GapKind::HostileKeyPerson, liu);
    REQUIRE(g);
    CHECK(g->message.contains(s("刘洋")));
    CHECK(g->message.contains(QStringLiteral("opposes")));
    g = f.gapFor(a, GapKind::HostileKeyPerson, chen);
    REQUIRE(g);
    CHECK(g->message.contains(QStringLiteral("block")));

    // Winning him over, his leaving and his deletion each remove the gap.
    REQUIRE(f.set(kContact, liu, {{QStringLiteral("stance"), QStringLiteral("neutral")}}));
    CHECK_FALSE(f.gapFor(a, GapKind::HostileKeyPerson, liu));
    REQUIRE(f.set(kContact, liu, {{QStringLiteral("stance"), QStringLiteral("opponent")}}));
    CHECK(f.gapFor(a, GapKind::HostileKeyPerson, liu));
    REQUIRE(f.set(kContact, liu, {{QStringLiteral("status"), QStringLiteral("left")}}));
    CHECK_FALSE(f.gapFor(a, GapKind::HostileKeyPerson, liu));
    f.remove(kContact, chen);
    CHECK(f.gapsOf(a, GapKind::HostileKeyPerson).empty());

    // The threshold is an option.
    GapOptions options;
    options.hostileInfluence = 3;
    CHECK(f.gapFor(a, GapKind::HostileKeyPerson, sun, options));
}

TEST_CASE("gaps: a relationship that hangs on one person")
{
    Crm f;
    const QString a = f.account();
    const QString wang = f.contact(a, s("王建国"));
    const QString li = f.contact(a, s("李娜"));
    const QString gone = f.contact(a, s("张伟"), {{QStringLiteral("status"), QStringLiteral("left")}});

    auto single = f.gapsOf(a, GapKind::SingleThreaded);
    REQUIRE(single.size() == 1);
    CHECK(single[0].entity == kAccount);
    CHECK(single[0].message.contains(QStringLiteral("No contact")));

    // 91 days ago is outside the window, a planned follow-up is not engagement yet,
    // and a contact who left does not count.
    f.followup(a, {li}, localAt(91));
    f.followup(a, {li}, localAt(-2));
    f.followup(a, {gone}, localAt(5));
    single = f.gapsOf(a, GapKind::SingleThreaded);
    REQUIRE(single.size() == 1);
    CHECK(single[0].entity == kAccount);

    // Several follow-ups with the same one person: still single-threaded, linked to him.
    f.followup(a, {wang}, localAt(10));
    f.followup(a, {wang, gone}, localAt(3));
    single = f.gapsOf(a, GapKind::SingleThreaded);
    REQUIRE(single.size() == 1);
    CHECK(single[0].severity == Severity::Medium);
    CHECK(single[0].entity == kContact);
    CHECK(single[0].id == wang);
    CHECK(single[0].message ==
          s("Only 王建国 has been engaged in the last 90 day(s); the relationship hangs on one person."));

    SUBCASE("a second person 90 days ago fixes it")
    {
        f.followup(a, {li}, localAt(90, QTime(0, 1)));
        CHECK(f.gapsOf(a, GapKind::SingleThreaded).empty());
    }
    SUBCASE("two people in one follow-up fix it")
    {
        const QString fu = f.followup(a, {wang, li}, localAt(30));
        CHECK(f.gapsOf(a, GapKind::SingleThreaded).empty());
        f.remove(QStringLiteral("followup"), fu);
        CHECK(f.gapsOf(a, GapKind::SingleThreaded).size() == 1);
    }
    SUBCASE("the window is an option")
    {
        GapOptions options;
        options.threadDays = 2; // the follow-up with him was 3 days ago
        single = f.gapsOf(a, GapKind::SingleThreaded, options);
        REQUIRE(single.size() == 1);
        CHECK(single[0].entity == kAccount);
        CHECK(single[0].message.contains(QStringLiteral("2 day")));
    }
}

TEST_CASE("gaps: subsidiaries where nobody is known")
{
    Crm f;
    const QString a = f.account();
    const QString hq = f.kindUnit(a, s("集团总部"), QStringLiteral("group_hq"));
    const QString sub = f.kindUnit(a, s("华为云计算技术有限公司"), QStringLiteral("subsidiary"), hq);
    const QString div = f.kindUnit(a, s("企业业务部"), QStringLiteral("division"), sub);
    const QString dept = f.kindUnit(a, s("采购部"), QStringLiteral("department"), div);
    f.contact(a, s("任总"), {{QStringLiteral("org_unit_id"), hq}}); // above the subsidiary: does not help

    auto g = f.gapFor(a, GapKind::SubsidiaryWithoutContact, sub);
    REQUIRE(g);
    CHECK(g->severity == Severity::Medium);
    CHECK(g->entity == kUnit);
    CHECK(g->message.contains(s("华为云计算技术有限公司")));
    CHECK(f.gapsOf(a, GapKind::SubsidiaryWithoutContact).size() ==
          1); // hq, division, department are no subsidiaries

    SUBCASE("a contact in a grand-child department is enough")
    {
        const QString li = f.contact(a, s("李娜"), {{QStringLiteral("org_unit_id"), dept}});
        CHECK_FALSE(f.gapFor(a, GapKind::SubsidiaryWithoutContact, sub));
        REQUIRE(f.set(kContact, li, {{QStringLiteral("status"), QStringLiteral("left")}}));
        CHECK(f.gapFor(a, GapKind::SubsidiaryWithoutContact, sub));
        REQUIRE(f.set(kContact, li, {{QStringLiteral("status"), QStringLiteral("active")}}));
        CHECK_FALSE(f.gapFor(a, GapKind::SubsidiaryWithoutContact, sub));
        f.remove(kContact, li);
        CHECK(f.gapFor(a, GapKind::SubsidiaryWithoutContact, sub));
    }
    SUBCASE("a contact in the subsidiary itself is enough")
    {
        f.contact(a, s("王建国"), {{QStringLiteral("org_unit_id"), sub}});
        CHECK(f.gapsOf(a, GapKind::SubsidiaryWithoutContact).empty());
    }
    SUBCASE("a contact in a deleted department does not count")
    {
        f.contact(a, s("李娜"), {{QStringLiteral("org_unit_id"), dept}});
        f.remove(kUnit, div);
        CHECK(f.gapFor(a, GapKind::SubsidiaryWithoutContact, sub));
    }
    SUBCASE("nested subsidiaries are judged each on its subtree")
    {
        const QString inner = f.kindUnit(a, s("华为云（深圳）有限公司"), QStringLiteral("subsidiary"), dept);
        const QString plant = f.kindUnit(a, s("东莞工厂"), QStringLiteral("plant"), inner);
        CHECK(f.gapsOf(a, GapKind::SubsidiaryWithoutContact).size() == 2);
        f.contact(a, s("赵敏"), {{QStringLiteral("org_unit_id"), plant}});
        CHECK(f.gapsOf(a, GapKind::SubsidiaryWithoutContact).empty());
    }
    SUBCASE("a deleted subsidiary is not flagged")
    {
        f.remove(kUnit, sub);
        CHECK(f.gapsOf(a, GapKind::SubsidiaryWithoutContact).empty());
    }
}

TEST_CASE("gaps: open opportunities without a champion")
{
    Crm f;
    const QString a = f.account();
    const QString opp = f.opportunity(a, s("数据中心扩容"));
    f.opportunity(a, s("园区网络改造"), QStringLiteral("won"));
    f.opportunity(a, s("呼叫中心"), QStringLiteral("lost"));
    const QString wang = f.contact(a, s("王建国"), {{QStringLiteral("stance"), QStringLiteral("supporter")}});
    const QString li = f.contact(a, s("李娜"), {{QStringLiteral("stance"), QStringLiteral("neutral")}});

    auto gaps = f.gapsOf(a, GapKind::OpportunityWithoutChampion);
    REQUIRE(gaps.size() == 1); // won and lost ones are not flagged; no status means open
    CHECK(gaps[0].id == opp);
    CHECK(gaps[0].entity == kOpportunity);
    CHECK(gaps[0].severity == Severity::High);
    CHECK(gaps[0].message.contains(s("数据中心扩容")));
    CHECK(gaps[0].message.contains(QStringLiteral("no buying center")));

    f.role(a, opp, wang, QStringLiteral("influencer"));
    auto g = f.gapFor(a, GapKind::OpportunityWithoutChampion, opp);
    REQUIRE(g);
    CHECK(g->message.contains(QStringLiteral("no champion")));

    SUBCASE("a member in the champion role fixes it")
    {
        const QString r = f.role(a, opp, li, QStringLiteral("champion"));
        CHECK_FALSE(f.gapFor(a, GapKind::OpportunityWithoutChampion, opp));
        f.remove(QStringLiteral("buying_role"), r);
        CHECK(f.gapFor(a, GapKind::OpportunityWithoutChampion, opp));
    }
    SUBCASE("a member whose stance is champion fixes it")
    {
        REQUIRE(f.set(kContact, wang, {{QStringLiteral("stance"), QStringLiteral("champion")}}));
        CHECK_FALSE(f.gapFor(a, GapKind::OpportunityWithoutChampion, opp));
        // ...unless he has left.
        REQUIRE(f.set(kContact, wang, {{QStringLiteral("status"), QStringLiteral("left")}}));
        CHECK(f.gapFor(a, GapKind::OpportunityWithoutChampion, opp));
    }
    SUBCASE("a champion of another opportunity does not help")
    {
        const QString next = f.opportunity(a, s("智慧园区"), QStringLiteral("open"));
        f.role(a, next, li, QStringLiteral("champion"));
        CHECK(f.gapFor(a, GapKind::OpportunityWithoutChampion, opp));
        CHECK_FALSE(f.gapFor(a, GapKind::OpportunityWithoutChampion, next));
    }
    SUBCASE("closing the opportunity removes the gap")
    {
        REQUIRE(f.set(kOpportunity, opp, {{QStringLiteral("status"), QStringLiteral("lost")}}));
        CHECK(f.gapsOf(a, GapKind::OpportunityWithoutChampion).empty());
    }
}

TEST_CASE("gaps: another account's records never leak in")
{
    Crm f;
    const QString a = f.account();
    const QString other = f.account(s("中国移动通信集团有限公司"));

    // A well-kept account...
    const QString zhou = f.member(s("周明"));
    const QString wang = f.buyer(a, s("王建国"));
    const QString li = f.contact(a, s("李娜"), {{QStringLiteral("stance"), QStringLiteral("champion")}});
    f.cover(a, zhou, wang, QStringLiteral("trusted"));
    f.followup(a, {wang, li}, localAt(5));
    const QString sub = f.kindUnit(a, s("华为云计算技术有限公司"), QStringLiteral("subsidiary"));
    REQUIRE(f.set(kContact, li, {{QStringLiteral("org_unit_id"), sub}}));
    const QString opp = f.opportunity(a, s("数据中心扩容"));
    f.role(a, opp, li, QStringLiteral("user_buyer"));
    CHECK(f.gaps(a).empty());

    // ...next to one with every gap there is.
    const QString yang = f.buyer(other, s("杨杰"));
    f.contact(other, s("刘洋"),
              {{QStringLiteral("stance"), QStringLiteral("opponent")}, {QStringLiteral("influence"), 5}});
    f.kindUnit(other, s("中移物联网有限公司"), QStringLiteral("subsidiary"));
    f.opportunity(other, s("5G专网"));
    f.followup(other, {yang}, localAt(100));
    const auto theirs = f.gaps(other);
    CHECK(keys(theirs) ==
          QStringList{QStringLiteral("economic_buyer_not_covered"), QStringLiteral("economic_buyer_stale"),
                      QStringLiteral("hostile_key_person"), QStringLiteral("opportunity_without_champion"),
                      QStringLiteral("single_threaded"), QStringLiteral("subsidiary_without_contact")});
    CHECK(f.gaps(a).empty());

    // Their follow-up naming our buyer neither counts for us nor engages anyone of theirs.
    f.followup(other, {wang}, localAt(1));
    CHECK(f.gaps(a).empty());
    const auto engaged = f.gapsOf(other, GapKind::SingleThreaded);
    REQUIRE(engaged.size() == 1);
    CHECK(engaged[0].id == other);
}

TEST_CASE("gaps: sorted by severity, then kind, then message")
{
    Crm f;
    const QString a = f.account();
    f.contact(a, s("刘洋"),
              {{QStringLiteral("stance"), QStringLiteral("opponent")}, {QStringLiteral("influence"), 5}});
    f.contact(
        a, s("陈静"),
        {{QStringLiteral("decision_role"), QStringLiteral("blocker")}, {QStringLiteral("influence"), 4}});
    f.kindUnit(a, s("B 子公司"), QStringLiteral("subsidiary"));
    f.kindUnit(a, s("A 子公司"), QStringLiteral("subsidiary"));
    f.opportunity(a, s("数据中心扩容"));
    f.buyer(a, s("王建国"), {{QStringLiteral("status"), QStringLiteral("left")}});

    const auto gaps = f.gaps(a);
    CHECK(keys(gaps) ==
          QStringList{QStringLiteral("no_economic_buyer"), QStringLiteral("hostile_key_person"),
                      QStringLiteral("hostile_key_person"), QStringLiteral("opportunity_without_champion"),
                      QStringLiteral("single_threaded"), QStringLiteral("subsidiary_without_contact"),
                      QStringLiteral("subsidiary_without_contact")});
    CHECK(std::is_sorted(gaps.begin(), gaps.end(),
                         [](const Gap& x, const Gap& y) { return x.severity < y.severity; }));
    for (size_t i = 1; i < gaps.size(); ++i)
        if (gaps[i].kind == gaps[i - 1].kind)
            CHECK(gaps[i - 1].message < gaps[i].message);
    CHECK(gaps[5].message.contains(QStringLiteral("A ")));
    CHECK(gaps[6].message.contains(QStringLiteral("B ")));
}

TEST_CASE("gaps: the index of the people each follow-up names follows every write")
{
    // followup_contacts (schema 14) is kept by triggers on followups; it must always hold what
    // the live follow-ups' contact lists say, whatever wrote them.
    Crm f;
    const QString acc = f.account(s("华东电力"));
    const QString a = f.contact(acc, s("王一")), b = f.contact(acc, s("李二")), c = f.contact(acc, s("张三"));
    auto index = [&] {
        return test::rowsAsText(*f.store,
                                QStringLiteral("SELECT contact_id, followup_id, account_id, at FROM "
                                               "followup_contacts ORDER BY 1, 2"));
    };
    auto truth = [&] {
        return test::rowsAsText(*f.store,
                                QStringLiteral("SELECT j.value, f.id, f.account_id, f.at FROM followups f, "
                                               "json_each(CASE WHEN json_valid(f.contact_ids) AND "
                                               "json_type(f.contact_ids) = 'array' THEN f.contact_ids END) j "
                                               "WHERE f.deleted = 0 AND j.type = 'text' ORDER BY 1, 2"));
    };
    const QString one = f.followup(acc, {a, b}, localAt(3));
    const QString two = f.followup(acc, {b}, localAt(10));
    CHECK(index().size() == 3);
    CHECK(index() == truth());
    // Its people, its time and its account change.
    REQUIRE(f.set(QStringLiteral("followup"), one,
                  {{QStringLiteral("contact_ids"),
                    QString::fromUtf8(QJsonDocument(QJsonArray{c}).toJson(QJsonDocument::Compact))}}));
    REQUIRE(f.set(QStringLiteral("followup"), two, {{QStringLiteral("at"), localAt(1)}}));
    CHECK(index() == truth());
    CHECK(index().size() == 2);
    // In the trash it names nobody; restored, its people are back; undone, gone again.
    f.remove(QStringLiteral("followup"), one);
    CHECK(index().size() == 1);
    CHECK(index() == truth());
    f.restore(QStringLiteral("followup"), one);
    CHECK(index().size() == 2);
    CHECK(index() == truth());
    REQUIRE(f.store->undo());
    CHECK(index() == truth());
    // An empty list names nobody.
    REQUIRE(f.set(QStringLiteral("followup"), two, {{QStringLiteral("contact_ids"), QStringLiteral("[]")}}));
    CHECK(index() == truth());
    REQUIRE(f.set(QStringLiteral("followup"), two,
                  {{QStringLiteral("contact_ids"),
                    QString::fromUtf8(QJsonDocument(QJsonArray{a, b}).toJson(QJsonDocument::Compact))}}));
    // A rebuild from the log (as after a restore of a backup) keeps it.
    REQUIRE(f.store->rebuildFromLog());
    CHECK(index() == truth());
    CHECK_FALSE(index().isEmpty());
}

TEST_CASE("gaps: every account at once gives what each account alone gives")
{
    // The demo book, with kinds it may not hold added: an empty account, an opportunity with
    // nobody in its buying center, an influential opponent, a person who left. The book-wide
    // pass (what health uses) must agree with findGaps account by account.
    demo::Options options;
    options.accounts = 6;
    options.today = kToday;
    test::DemoFixture f(options);
    Database& db = f.store->reader();
    GapOptions gapOptions;
    gapOptions.today = options.today;
    const QString trashed =
        db.scalar(QStringLiteral("SELECT id FROM accounts ORDER BY name LIMIT 1")).toString();
    REQUIRE(f.store->apply({QStringLiteral("trash"), {Operation::remove(kAccount, trashed)}}));
    f.add(kAccount, {{QStringLiteral("name"), s("空白客户")}});
    const QString some =
        db.scalar(QStringLiteral("SELECT id FROM accounts WHERE deleted = 0 LIMIT 1")).toString();
    f.add(kOpportunity, {{QStringLiteral("account_id"), some}, {QStringLiteral("name"), s("新商机")}});
    f.add(kContact, {{QStringLiteral("account_id"), some},
                     {QStringLiteral("name"), s("反对者")},
                     {QStringLiteral("stance"), QStringLiteral("opponent")},
                     {QStringLiteral("influence"), 5}});
    const QString engaged =
        db.scalar(QStringLiteral("SELECT contact_id FROM followup_contacts WHERE account_id = ? LIMIT 1"),
                  {some})
            .toString();
    REQUIRE_FALSE(engaged.isEmpty());
    REQUIRE(f.set(kContact, engaged, {{QStringLiteral("status"), QStringLiteral("left")}}));

    auto all = findGapsAll(db, gapOptions);
    REQUIRE_MESSAGE(all.isOk(), all.message().toStdString());
    CHECK_FALSE(all.value().contains(trashed));
    auto ids = db.rows(QStringLiteral("SELECT id FROM accounts WHERE deleted = 0"));
    REQUIRE(ids.isOk());
    REQUIRE(ids.value().size() == 6);
    CHECK(all.value().size() == 6);
    QSet<int> kinds;
    for (const QVariantList& row : ids.value()) {
        const QString id = row[0].toString();
        auto one = findGaps(db, id, gapOptions);
        REQUIRE(one.isOk());
        const std::vector<Gap>& book = all.value().value(id);
        REQUIRE(book.size() == one.value().size());
        for (size_t i = 0; i < book.size(); ++i) {
            CAPTURE(one.value()[i].message.toStdString());
            CHECK(book[i].kind == one.value()[i].kind);
            CHECK(book[i].severity == one.value()[i].severity);
            CHECK(book[i].message == one.value()[i].message);
            CHECK(book[i].entity == one.value()[i].entity);
            CHECK(book[i].id == one.value()[i].id);
            kinds.insert(int(book[i].kind));
        }
    }
    CHECK(kinds.size() >= 5); // the comparison covered most rules, not one
}

TEST_CASE("gaps: a follow-up from another laptop with a list that is not one of ids leaves the index true")
{
    // The index is kept by triggers inside the integrate transaction: a hand-made operation whose
    // contact list is an object, numbers, nested lists or not JSON at all must neither fail the
    // trigger (which would stall that laptop's stream) nor put anything but ids in the index.
    Crm a;
    StoreFixture b(QStringLiteral("b.db"));
    const QString acc = a.account(s("华东电力"));
    const QString wang = a.contact(acc, s("王一"));
    const QString fu = a.followup(acc, {wang}, localAt(2));
    auto ops = a.store->ownOperationsAfter(0, 100000);
    REQUIRE(ops.isOk());
    REQUIRE(b.store->integrate(ops.value()).isOk());
    auto index = [&] {
        return test::rowsAsText(*b.store,
                                QStringLiteral("SELECT contact_id, followup_id FROM followup_contacts "
                                               "ORDER BY 1, 2"));
    };
    auto truth = [&] {
        return test::rowsAsText(
            *b.store, QStringLiteral("SELECT j.value, f.id FROM followups f, json_each(CASE WHEN "
                                     "json_valid(f.contact_ids) AND json_type(f.contact_ids) = 'array' "
                                     "THEN f.contact_ids END) j WHERE f.deleted = 0 AND j.type = 'text' "
                                     "ORDER BY 1, 2"));
    };
    REQUIRE(index() == QStringList{wang + QStringLiteral("|") + fu});
    StampedOperation forged = ops.value().back();
    for (const char* list : {"{\"a\": \"x\"}", "[1, 2]", "[\"x\", [\"y\"]]", "not json", "\"solo\""}) {
        CAPTURE(list);
        forged.op = Operation::set(QStringLiteral("followup"), fu,
                                   {{QStringLiteral("contact_ids"), QString::fromUtf8(list)}});
        forged.seq += 1;
        forged.opId = QStringLiteral("%1:%2").arg(forged.replica).arg(forged.seq);
        forged.hlc += 1000;
        const auto taken = b.store->integrate({forged}); // refused or taken: either way the index holds
        CAPTURE(taken.message().toStdString());
        CHECK(index() == truth());
        for (const QString& row : index())
            CHECK(row.section(QLatin1Char('|'), 0, 0) != QStringLiteral("1"));
    }
}
