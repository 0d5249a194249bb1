// Health of the units of an org tree (analysis/UnitHealth.h): each unit scored
// on the records of its subtree — its people, the follow-ups naming them, the
// contracts its entities signed, the deals its people sit in — by the code that
// scores the account. A subsidiary with a recent visit to its covered economic buyer
// is healthier than a sister subsidiary known only through an opponent; the
// group HQ holding everything scores as the account does; a person without a
// unit counts for the account only; a unit in the trash is not listed and its
// children stand alone; each carries its unit's name; nothing is written.
#include "StoreFixture.h"

#include "analysis/UnitHealth.h"

using namespace summit;
using test::StoreFixture;

namespace {

const QDate kToday(2026, 12, 6);

QString s(const char* text)
{
    return QString::fromUtf8(text);
}
QString noon(const QDate& d)
{
    return QDateTime(d, QTime(12, 0)).toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"));
}

const analysis::HealthComponent& part(const analysis::HealthAssessment& h, const char* key)
{
    for (const analysis::HealthComponent& c : h.components)
        if (c.key == QLatin1String(key))
            return c;
    FAIL("no component " << key);
    return h.components.front();
}

struct Group : StoreFixture
{
    QString lead, acc, hq, east, west, plant, workshop, buyer, opponent;
    Group()
    {
        lead = add(QStringLiteral("member"), {{QStringLiteral("name"), s("赵总")}});
        acc = add(QStringLiteral("account"), {{QStringLiteral("name"), s("中建集团")},
                                              {QStringLiteral("tier"), QStringLiteral("A")},
                                              {QStringLiteral("am_id"), lead}});
        auto unit = [&](const char* name, const char* kind, const QString& parent) {
            FieldValues f = {{QStringLiteral("account_id"), acc},
                             {QStringLiteral("name"), s(name)},
                             {QStringLiteral("kind"), QString::fromLatin1(kind)}};
            if (!parent.isEmpty())
                f.emplace_back(QStringLiteral("parent_id"), parent);
            return add(QStringLiteral("org_unit"), f);
        };
        hq = unit("集团总部", "group_hq", {});
        east = unit("华东公司", "subsidiary", hq);
        west = unit("西南公司", "subsidiary", hq);
        plant = unit("苏州公司", "subsidiary", east);
        workshop = unit("成都车间", "department", west);
        buyer = contact(acc, s("张总"),
                        {{QStringLiteral("org_unit_id"), plant},
                         {QStringLiteral("decision_role"), QStringLiteral("economic_buyer")},
                         {QStringLiteral("stance"), QStringLiteral("champion")},
                         {QStringLiteral("influence"), 5}});
        opponent = contact(acc, s("李工"),
                           {{QStringLiteral("org_unit_id"), workshop},
                            {QStringLiteral("stance"), QStringLiteral("opponent")},
                            {QStringLiteral("influence"), 5}});
        add(QStringLiteral("coverage"), {{QStringLiteral("account_id"), acc},
                                         {QStringLiteral("member_id"), lead},
                                         {QStringLiteral("contact_id"), buyer},
                                         {QStringLiteral("level"), QStringLiteral("working")}});
        add(QStringLiteral("followup"),
            {{QStringLiteral("account_id"), acc},
             {QStringLiteral("type"), QStringLiteral("visit")},
             {QStringLiteral("at"), noon(kToday.addDays(-2))},
             {QStringLiteral("contact_ids"), QStringLiteral("[\"%1\"]").arg(buyer)},
             {QStringLiteral("summary"), s("拜访张总")}});
        // The east company signed it: revenue of east and of the HQ, not of the Suzhou company.
        add(QStringLiteral("contract"),
            {{QStringLiteral("account_id"), acc},
             {QStringLiteral("org_unit_id"), east},
             {QStringLiteral("title"), s("框架合同")},
             {QStringLiteral("amount"), qint64(120) * 10'000 * 100},
             {QStringLiteral("signed_on"), kToday.addMonths(-2).toString(Qt::ISODate)}});
    }
    QHash<QString, analysis::HealthAssessment> units()
    {
        auto u = analysis::unitHealth(store->reader(), acc, kToday);
        REQUIRE_MESSAGE(u.isOk(), u.message().toStdString());
        return u.value();
    }
};

} // namespace

TEST_CASE("each unit is scored on its own subtree; the HQ holding everything scores as the account")
{
    Group g;
    const QHash<QString, analysis::HealthAssessment> units = g.units();
    // The group, its two subsidiaries and the east one's own subsidiary; the workshop counts with
    // the west company.
    REQUIRE(units.size() == 4);
    CHECK_FALSE(units.contains(g.workshop));

    // The Suzhou company: its economic buyer seen two days ago, covered, a champion.
    const analysis::HealthAssessment& plant = units.value(g.plant);
    CHECK(plant.accountName == s("苏州公司"));
    CHECK(part(plant, "engagement").fraction == doctest::Approx(1.0));
    CHECK_FALSE(part(plant, "commercial").measured); // the contract is the east company's
    // The east company holds the Suzhou company and the contract.
    const analysis::HealthAssessment& east = units.value(g.east);
    CHECK(part(east, "engagement").fraction == doctest::Approx(1.0));
    CHECK(part(east, "commercial").measured);
    // The west company: only an opponent, never visited, no economic buyer.
    const analysis::HealthAssessment& west = units.value(g.west);
    CHECK(west.accountName == s("西南公司"));
    CHECK(part(west, "engagement").fraction == doctest::Approx(0.0));
    CHECK(part(west, "gaps").fraction < part(plant, "gaps").fraction);
    CHECK(west.score < plant.score);

    // The HQ holds every unit and every placed record: the account's own score.
    auto account = analysis::assessHealth(g.store->reader(), g.acc, kToday);
    REQUIRE(account.isOk());
    CHECK(units.value(g.hq).score == account.value().score);
    CHECK(units.value(g.hq).band == account.value().band);

    // Nothing was written: the account keeps its name and its records.
    CHECK(g.get(QStringLiteral("account"), g.acc, QStringLiteral("name")).toString() == s("中建集团"));
    CHECK(g.store->reader().scalar(QStringLiteral("SELECT count(*) FROM contacts")).toInt() == 2);
}

TEST_CASE("a person without a unit counts for the account only; a trashed unit is not listed")
{
    Group g;
    const int hqBefore = g.units().value(g.hq).score;
    // An unplaced key person who has left: the account's relationship suffers, no unit's does.
    g.contact(g.acc, s("王总"),
              {{QStringLiteral("decision_role"), QStringLiteral("economic_buyer")},
               {QStringLiteral("status"), QStringLiteral("left")},
               {QStringLiteral("left_on"), kToday.addDays(-10).toString(Qt::ISODate)}});
    auto account = analysis::assessHealth(g.store->reader(), g.acc, kToday);
    REQUIRE(account.isOk());
    const QHash<QString, analysis::HealthAssessment> after = g.units();
    CHECK(after.value(g.hq).score == hqBefore);
    CHECK(account.value().score < hqBefore);

    // The east company in the trash: not listed; the Suzhou company stands alone, scored as before.
    const int plantBefore = after.value(g.plant).score;
    REQUIRE(
        g.store->apply({QStringLiteral("delete"), {Operation::remove(QStringLiteral("org_unit"), g.east)}}));
    const QHash<QString, analysis::HealthAssessment> trashed = g.units();
    CHECK(trashed.size() == 3);
    CHECK_FALSE(trashed.contains(g.east));
    CHECK(trashed.value(g.plant).score == plantBefore);
    // The HQ no longer reaches the Suzhou company: the visit and the buyer are not the HQ's any more.
    CHECK(part(trashed.value(g.hq), "engagement").fraction == doctest::Approx(0.0));

    CHECK_FALSE(analysis::unitHealth(g.store->reader(), QStringLiteral("no-such-account"), kToday).isOk());
    const QString bare = g.add(QStringLiteral("account"), {{QStringLiteral("name"), s("散户")}});
    auto none = analysis::unitHealth(g.store->reader(), bare, kToday);
    REQUIRE(none.isOk());
    CHECK(none.value().isEmpty());
}
