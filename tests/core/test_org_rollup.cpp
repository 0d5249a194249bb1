// Figures of the org tree (query/OrgRollup.h) against sums worked out by hand:
// revenue by signing entity, pipeline by the buying center's people, each deal
// once per unit, people and the known ones, all rolled up the tree; drafts,
// old contracts, closed deals, other currencies and the trash left out.
#include "StoreFixture.h"

#include "query/OrgRollup.h"

using namespace summit;
using test::StoreFixture;

namespace {

const QDate kToday(2026, 12, 6);

constexpr qint64 wan(qint64 n) // ¥n万 in 分
{
    return n * 10'000 * 100;
}

struct Group : StoreFixture
{
    QString acc, hq, a, a1, b, member;
    Group()
    {
        acc = account(QStringLiteral("华能集团"));
        hq = unit(acc, QStringLiteral("集团总部"));
        a = unit(acc, QStringLiteral("华能国际"), hq);
        a1 = unit(acc, QStringLiteral("华能国际一厂"), a);
        b = unit(acc, QStringLiteral("华能新能源"), hq);
        member = add(QStringLiteral("member"), {{QStringLiteral("name"), QStringLiteral("王敏")}});
    }
    void contract(const QVariant& unit, qint64 amount, const QDate& signedOn, const char* status = "active",
                  const char* currency = "CNY")
    {
        FieldValues f = {{QStringLiteral("account_id"), acc},
                         {QStringLiteral("title"), QStringLiteral("合同")},
                         {QStringLiteral("amount"), amount},
                         {QStringLiteral("signed_on"), signedOn.toString(Qt::ISODate)},
                         {QStringLiteral("status"), QString::fromLatin1(status)},
                         {QStringLiteral("currency"), QString::fromLatin1(currency)}};
        if (!unit.isNull())
            f.emplace_back(QStringLiteral("org_unit_id"), unit);
        add(QStringLiteral("contract"), f);
    }
    QString person(const QString& unitId, const char* name, bool known = false)
    {
        const QString c = contact(acc, QString::fromUtf8(name), {{QStringLiteral("org_unit_id"), unitId}});
        if (known)
            add(QStringLiteral("coverage"), {{QStringLiteral("account_id"), acc},
                                             {QStringLiteral("member_id"), member},
                                             {QStringLiteral("contact_id"), c},
                                             {QStringLiteral("level"), QStringLiteral("working")}});
        return c;
    }
    QString deal(qint64 amount, const std::vector<QString>& people, const char* status = "open")
    {
        const QString o =
            add(QStringLiteral("opportunity"), {{QStringLiteral("account_id"), acc},
                                                {QStringLiteral("name"), QStringLiteral("扩容")},
                                                {QStringLiteral("amount"), amount},
                                                {QStringLiteral("status"), QString::fromLatin1(status)}});
        for (const QString& p : people)
            add(QStringLiteral("buying_role"), {{QStringLiteral("account_id"), acc},
                                                {QStringLiteral("opportunity_id"), o},
                                                {QStringLiteral("contact_id"), p},
                                                {QStringLiteral("role"), QStringLiteral("user_buyer")}});
        return o;
    }
};

} // namespace

TEST_CASE("revenue, pipeline and people roll up the org tree, each deal once per unit")
{
    Group g;
    g.contract(g.a1, wan(100), QDate(2026, 5, 1));
    g.contract(g.b, wan(50), QDate(2026, 1, 10));
    g.contract(g.hq, wan(10), QDate(2026, 11, 30));
    g.contract(QVariant(), wan(5), QDate(2026, 6, 1));             // no signing entity: no unit
    g.contract(g.a1, wan(999), QDate(2026, 6, 1), "draft");        // not signed
    g.contract(g.a1, wan(999), QDate(2025, 12, 6));                // 12 months and a day ago
    g.contract(g.b, wan(999), QDate(2026, 6, 1), "active", "USD"); // another currency

    const QString p1 = g.person(g.a1, "张工", true);
    const QString p2 = g.person(g.a, "李总");
    const QString p3 = g.person(g.b, "王经理", true);
    const QString gone = g.person(g.b, "赵总");
    REQUIRE(g.set(QStringLiteral("contact"), gone, {{QStringLiteral("status"), QStringLiteral("left")}}));
    g.deal(wan(20), {p1, p2}); // people in 一厂 and 华能国际: once in each, once at the top
    g.deal(wan(30), {p3});
    g.deal(wan(70), {p1}, "won"); // closed: no pipeline

    auto r = query::orgRollup(g.store->reader(), g.acc, kToday);
    REQUIRE_MESSAGE(r.isOk(), r.message().toStdString());
    const auto& f = r.value();
    REQUIRE(f.size() == 4);
    CHECK(f[g.a1].revenue == wan(100));
    CHECK(f[g.a].revenue == wan(100));
    CHECK(f[g.b].revenue == wan(50));
    CHECK(f[g.hq].revenue == wan(160));
    CHECK(f[g.hq].contracts == 3);
    CHECK(f[g.a1].pipeline == wan(20));
    CHECK(f[g.a].pipeline == wan(20));
    CHECK(f[g.a].deals == 1);
    CHECK(f[g.b].pipeline == wan(30));
    CHECK(f[g.hq].pipeline == wan(50));
    CHECK(f[g.hq].deals == 2);
    CHECK(f[g.a].people == 2);
    CHECK(f[g.a].known == 1);
    CHECK(f[g.b].people == 1); // who left does not count
    CHECK(f[g.hq].people == 3);
    CHECK(f[g.hq].known == 2);

    // A unit in the trash drops out, and what it held no longer reaches the top through it.
    REQUIRE(g.store->apply({QStringLiteral("delete"), {Operation::remove(QStringLiteral("org_unit"), g.a)}})
                .isOk());
    auto after = query::orgRollup(g.store->reader(), g.acc, kToday);
    REQUIRE(after.isOk());
    CHECK_FALSE(after.value().contains(g.a));
    CHECK(after.value()[g.hq].revenue == wan(60));
}
