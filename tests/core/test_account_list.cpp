#include "QtDoctest.h"
#include "StoreFixture.h"
#include "query/AccountList.h"

#include <QSet>
#include <QTimeZone>
#include <algorithm>

using namespace summit;
using namespace summit::query;
using test::StoreFixture;

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

// A small book with every computed column known by hand:
//   甲公司 (S, service, AM 张伟, 华东, 制造): last follow-up 11-01 (a later one is deleted), next task
//          11-20 (overdue on 11-23), open pipeline 150,000 分, 3 contacts (a fourth is deleted)
//   乙集团 (A, lead, AM 李娜, SA 张伟, 华北, 金融): follow-up 10-05, next task 11-25, 20,000 分, 1 contact
//   丙科技 (C, nurturing, AM 李娜, 华东, 制造): nothing attached
//   Acme 100%_Co: no tier, stage, AM, region or industry
//   丁能源 (S): deleted, with a live task and follow-up of its own
struct Book : StoreFixture
{
    QString zhang, li, jia, yi, bing, acme, ding;
    const QDate today{2026, 11, 23};

    Book()
    {
        zhang = add(QStringLiteral("member"), {{QStringLiteral("name"), s("张伟")}});
        li = add(QStringLiteral("member"), {{QStringLiteral("name"), s("李娜")}});
        jia = account(s("甲公司"), {{QStringLiteral("short_name"), s("甲")},
                                    {QStringLiteral("tier"), QStringLiteral("S")},
                                    {QStringLiteral("stage"), QStringLiteral("service")},
                                    {QStringLiteral("am_id"), zhang},
                                    {QStringLiteral("region"), s("华东")},
                                    {QStringLiteral("industry"), s("制造")}});
        yi = account(s("乙集团"), {{QStringLiteral("tier"), QStringLiteral("A")},
                                   {QStringLiteral("stage"), QStringLiteral("lead")},
                                   {QStringLiteral("am_id"), li},
                                   {QStringLiteral("sa_id"), zhang},
                                   {QStringLiteral("region"), s("华北")},
                                   {QStringLiteral("industry"), s("金融")}});
        bing = account(s("丙科技"), {{QStringLiteral("tier"), QStringLiteral("C")},
                                     {QStringLiteral("stage"), QStringLiteral("nurturing")},
                                     {QStringLiteral("am_id"), li},
                                     {QStringLiteral("region"), s("华东")},
                                     {QStringLiteral("industry"), s("制造")}});
        acme = account(QStringLiteral("Acme 100%_Co"), {});
        ding = account(s("丁能源"), {{QStringLiteral("tier"), QStringLiteral("S")}});

        followup(jia, QStringLiteral("2026-11-01T02:00:00.000Z"));
        remove(QStringLiteral("followup"), followup(jia, QStringLiteral("2026-11-10T02:00:00.000Z")));
        followup(yi, QStringLiteral("2026-10-05T02:00:00.000Z"));
        followup(ding, QStringLiteral("2026-11-22T02:00:00.000Z"));

        task(jia, QStringLiteral("2026-11-20"), QStringLiteral("open"));
        task(jia, QStringLiteral("2026-12-01"), QStringLiteral("open"));
        task(jia, QStringLiteral("2026-11-01"), QStringLiteral("done"));
        remove(QStringLiteral("task"), task(jia, QStringLiteral("2026-11-02"), QStringLiteral("open")));
        task(yi, QStringLiteral("2026-11-25"), QStringLiteral("open"));
        task(yi, QStringLiteral("2026-11-03"), QStringLiteral("cancelled"));
        task(ding, QStringLiteral("2026-11-01"), QStringLiteral("open"));

        opportunity(jia, 100000, QStringLiteral("open"));
        opportunity(jia, 50000, QStringLiteral("open"));
        opportunity(jia, 999, QStringLiteral("won"));
        remove(QStringLiteral("opportunity"), opportunity(jia, 7, QStringLiteral("open")));
        opportunity(yi, 20000, QStringLiteral("open"));

        contact(jia, s("王建国"));
        contact(jia, s("刘洋"));
        contact(jia, s("陈静"));
        remove(QStringLiteral("contact"), contact(jia, s("赵磊")));
        contact(yi, s("孙丽"));

        remove(QStringLiteral("account"), ding);
    }

    QString account(const QString& name, FieldValues more)
    {
        more.emplace_back(QStringLiteral("name"), name);
        return add(QStringLiteral("account"), more);
    }
    QString followup(const QString& account, const QString& at)
    {
        return add(QStringLiteral("followup"), {{QStringLiteral("account_id"), account},
                                                {QStringLiteral("type"), QStringLiteral("call")},
                                                {QStringLiteral("at"), at},
                                                {QStringLiteral("summary"), s("电话沟通")}});
    }
    QString task(const QString& account, const QString& due, const QString& status)
    {
        return add(QStringLiteral("task"), {{QStringLiteral("account_id"), account},
                                            {QStringLiteral("title"), s("回访")},
                                            {QStringLiteral("due"), due},
                                            {QStringLiteral("status"), status}});
    }
    QString opportunity(const QString& account, qint64 amount, const QString& status)
    {
        return add(QStringLiteral("opportunity"), {{QStringLiteral("account_id"), account},
                                                   {QStringLiteral("name"), s("数据中心")},
                                                   {QStringLiteral("amount"), amount},
                                                   {QStringLiteral("status"), status}});
    }
    void remove(const QString& entity, const QString& id)
    {
        const Status st = store->apply({QStringLiteral("delete"), {Operation::remove(entity, id)}});
        REQUIRE_MESSAGE(st.isOk(), st.message().toStdString());
    }

    AccountFilter filter() const
    {
        AccountFilter f;
        f.me = zhang;
        f.today = today;
        return f;
    }
    std::vector<AccountRow> rows(const AccountFilter& f, AccountSort sort = {}, int offset = 0,
                                 int limit = 100)
    {
        auto r = fetchAccounts(store->reader(), f, sort, offset, limit);
        REQUIRE_MESSAGE(r.isOk(), r.message().toStdString());
        return r.value();
    }
    QStringList names(const AccountFilter& f, AccountSort sort = {})
    {
        QStringList out;
        for (const AccountRow& row : rows(f, sort))
            out << row.name;
        return out;
    }
    int count(const AccountFilter& f)
    {
        auto r = countAccounts(store->reader(), f);
        REQUIRE_MESSAGE(r.isOk(), r.message().toStdString());
        return r.value();
    }
};

const AccountRow& byName(const std::vector<AccountRow>& rows, const QString& name)
{
    auto it = std::find_if(rows.begin(), rows.end(), [&](const AccountRow& r) { return r.name == name; });
    REQUIRE(it != rows.end());
    return *it;
}

} // namespace

TEST_CASE("computed columns are right and ignore deleted records")
{
    Book b;
    const auto rows = b.rows(b.filter());
    REQUIRE(rows.size() == 4); // 丁能源 is deleted

    const AccountRow& jia = byName(rows, s("甲公司"));
    CHECK(jia.id == b.jia);
    CHECK(jia.shortName == s("甲"));
    CHECK(jia.tier == QStringLiteral("S"));
    CHECK(jia.stage == QStringLiteral("service"));
    CHECK(jia.ownerId == b.zhang);
    CHECK(jia.ownerName == s("张伟"));
    CHECK(jia.region == s("华东"));
    CHECK(jia.industry == s("制造"));
    CHECK(jia.lastFollowUp == QDateTime(QDate(2026, 11, 1), QTime(2, 0), QTimeZone::utc()));
    CHECK(jia.nextActionDue == QDate(2026, 11, 20));
    CHECK(jia.openPipeline == 150000);
    CHECK(jia.contacts == 3);

    const AccountRow& yi = byName(rows, s("乙集团"));
    CHECK(yi.ownerName == s("李娜"));
    CHECK(yi.lastFollowUp == QDateTime(QDate(2026, 10, 5), QTime(2, 0), QTimeZone::utc()));
    CHECK(yi.nextActionDue == QDate(2026, 11, 25));
    CHECK(yi.openPipeline == 20000);
    CHECK(yi.contacts == 1);

    const AccountRow& bing = byName(rows, s("丙科技"));
    CHECK_FALSE(bing.lastFollowUp.isValid());
    CHECK_FALSE(bing.nextActionDue.isValid());
    CHECK(bing.openPipeline == 0);
    CHECK(bing.contacts == 0);

    const AccountRow& acme = byName(rows, QStringLiteral("Acme 100%_Co"));
    CHECK(acme.tier.isEmpty());
    CHECK(acme.ownerId.isEmpty());
    CHECK(acme.ownerName.isEmpty());

    // Deleting an account hides it; restoring one shows it again.
    b.remove(QStringLiteral("account"), b.jia);
    CHECK(b.count(b.filter()) == 3);
    REQUIRE(
        b.store->apply({QStringLiteral("restore"), {Operation::restore(QStringLiteral("account"), b.ding)}}));
    CHECK(b.names(b.filter()).contains(s("丁能源")));
}

TEST_CASE("each filter narrows the list")
{
    Book b;
    AccountFilter f = b.filter();
    CHECK(b.count(f) == 4);

    SUBCASE("tiers")
    {
        f.tiers = {QStringLiteral("S"), QStringLiteral("C")};
        CHECK(b.names(f) == QStringList{s("丙科技"), s("甲公司")});
    }
    SUBCASE("no tier: the empty key keeps the accounts without one, alone or with others")
    {
        f.tiers = {QString()};
        CHECK(b.names(f) == QStringList{QStringLiteral("Acme 100%_Co")});
        f.tiers = {QString(), QStringLiteral("A")};
        CHECK(b.names(f) == QStringList{QStringLiteral("Acme 100%_Co"), s("乙集团")});
        f.tiers = {QStringLiteral("A")}; // and a tier alone never keeps one without
        CHECK(b.names(f) == QStringList{s("乙集团")});
    }
    SUBCASE("no region, no industry, no stage")
    {
        f.regions = {QString()};
        f.industries = {QString()};
        f.stages = {QString()};
        CHECK(b.names(f) == QStringList{QStringLiteral("Acme 100%_Co")});
    }
    SUBCASE("owners")
    {
        f.owners = {b.li};
        CHECK(b.names(f) == QStringList{s("丙科技"), s("乙集团")});
    }
    SUBCASE("stages")
    {
        f.stages = {QStringLiteral("lead")};
        CHECK(b.names(f) == QStringList{s("乙集团")});
    }
    SUBCASE("regions")
    {
        f.regions = {s("华东")};
        CHECK(b.names(f) == QStringList{s("丙科技"), s("甲公司")});
    }
    SUBCASE("industries")
    {
        f.industries = {s("金融"), s("能源")};
        CHECK(b.names(f) == QStringList{s("乙集团")});
    }
    SUBCASE("mine: AM, SA or DE")
    {
        f.mine = true;
        CHECK(b.names(f) == QStringList{s("乙集团"), s("甲公司")});
        f.me.clear(); // not set up: nothing is mine
        CHECK(b.count(f) == 0);
    }
    SUBCASE("overdue: an open live task due before today")
    {
        f.overdue = true;
        CHECK(b.names(f) == QStringList{s("甲公司")});
        f.today = QDate(2026, 11, 20); // due today is not overdue
        CHECK(b.count(f) == 0);
        f.today = QDate(2026, 11, 26);
        CHECK(b.names(f) == QStringList{s("乙集团"), s("甲公司")});
    }
    SUBCASE("text: a plain substring of the name or short name")
    {
        f.text = s("集团");
        CHECK(b.names(f) == QStringList{s("乙集团")});
        f.text = s("甲");
        CHECK(b.names(f) == QStringList{s("甲公司")});
        f.text = QStringLiteral("100%_"); // wildcards are plain characters
        CHECK(b.names(f) == QStringList{QStringLiteral("Acme 100%_Co")});
        f.text = QStringLiteral("0%C");
        CHECK(b.count(f) == 0);
        f.text = QStringLiteral("acme"); // Latin letters ignore case
        CHECK(b.count(f) == 1);
    }
    SUBCASE("only: the accounts behind a figure of the dashboard, still narrowed by the rest")
    {
        f.only = QStringList{b.jia, b.bing, b.ding}; // ding is in the trash: never listed
        CHECK(b.names(f) == QStringList{s("丙科技"), s("甲公司")});
        f.regions = {s("华东")};
        f.owners = {b.li};
        CHECK(b.names(f) == QStringList{s("丙科技")});
        f = b.filter();
        f.only = QStringList{}; // a figure resting on no account lists none
        CHECK(b.count(f) == 0);
    }
    SUBCASE("filters combine")
    {
        f.regions = {s("华东")};
        f.mine = true;
        CHECK(b.names(f) == QStringList{s("甲公司")});
    }
    CHECK(b.count(f) == static_cast<int>(b.rows(f).size()));
}

TEST_CASE("every column sorts both ways, empty values last, ties by id")
{
    Book b;
    const QString acme = QStringLiteral("Acme 100%_Co"), jia = s("甲公司"), yi = s("乙集团"),
                  bing = s("丙科技");
    using Groups = std::vector<QStringList>; // rows with equal keys form a group, ordered by id
    auto expected = [&](const Groups& groups) {
        QStringList out;
        for (QStringList g : groups) {
            auto id = [&](const QString& n) {
                return n == jia ? b.jia : n == yi ? b.yi : n == bing ? b.bing : b.acme;
            };
            std::sort(g.begin(), g.end(), [&](const QString& x, const QString& y) { return id(x) < id(y); });
            out += g;
        }
        return out;
    };
    struct Case
    {
        AccountColumn column;
        Groups ascending, descending;
    };
    // Text sorts by code point: A < 丙 < 乙 < 甲, 张 < 李, 华东 < 华北, 制造 < 金融.
    const Case cases[] = {
        {AccountColumn::Name, {{acme}, {bing}, {yi}, {jia}}, {{jia}, {yi}, {bing}, {acme}}},
        {AccountColumn::Tier, {{jia}, {yi}, {bing}, {acme}}, {{bing}, {yi}, {jia}, {acme}}},
        {AccountColumn::Stage, {{yi}, {bing}, {jia}, {acme}}, {{jia}, {bing}, {yi}, {acme}}},
        {AccountColumn::Owner, {{jia}, {yi, bing}, {acme}}, {{yi, bing}, {jia}, {acme}}},
        {AccountColumn::Region, {{jia, bing}, {yi}, {acme}}, {{yi}, {jia, bing}, {acme}}},
        {AccountColumn::Industry, {{jia, bing}, {yi}, {acme}}, {{yi}, {jia, bing}, {acme}}},
        {AccountColumn::LastFollowUp, {{yi}, {jia}, {bing, acme}}, {{jia}, {yi}, {bing, acme}}},
        {AccountColumn::NextActionDue, {{jia}, {yi}, {bing, acme}}, {{yi}, {jia}, {bing, acme}}},
        {AccountColumn::OpenPipeline, {{bing, acme}, {yi}, {jia}}, {{jia}, {yi}, {bing, acme}}},
        {AccountColumn::Contacts, {{bing, acme}, {yi}, {jia}}, {{jia}, {yi}, {bing, acme}}},
    };
    for (const Case& c : cases) {
        CAPTURE(static_cast<int>(c.column));
        CHECK(b.names(b.filter(), {c.column, false}) == expected(c.ascending));
        CHECK(b.names(b.filter(), {c.column, true}) == expected(c.descending));
    }
}

TEST_CASE("pages with offset and limit add up to the count")
{
    Book b;
    // More accounts with equal keys, so that the id tie-break decides page borders.
    for (int i = 0; i < 23; ++i)
        b.account(QStringLiteral("Same"), {{QStringLiteral("tier"), QStringLiteral("B")}});
    for (AccountColumn column : {AccountColumn::Name, AccountColumn::Tier, AccountColumn::Contacts}) {
        for (bool descending : {false, true}) {
            const AccountSort sort{column, descending};
            const auto all = b.rows(b.filter(), sort, 0, 1000);
            REQUIRE(static_cast<int>(all.size()) == b.count(b.filter()));
            REQUIRE(all.size() == 27);
            QStringList paged;
            for (int offset = 0; offset < 40; offset += 5)
                for (const AccountRow& row : b.rows(b.filter(), sort, offset, 5))
                    paged << row.id;
            QStringList whole;
            for (const AccountRow& row : all)
                whole << row.id;
            CHECK(paged == whole);
            CHECK(QSet<QString>(paged.begin(), paged.end()).size() == 27);
        }
    }
    CHECK(b.rows(b.filter(), {}, 25, 5).size() == 2);
    CHECK(b.rows(b.filter(), {}, 27, 5).empty());
}

TEST_CASE("facets list the values present among live accounts")
{
    Book b;
    auto r = accountFacets(b.store->reader());
    REQUIRE(r.isOk());
    const AccountFacets& f = r.value();
    // Acme has no tier, stage, region or industry: each list ends with the empty key.
    CHECK(f.tiers == QStringList{QStringLiteral("S"), QStringLiteral("A"), QStringLiteral("C"), QString()});
    CHECK(f.stages == QStringList{QStringLiteral("lead"), QStringLiteral("nurturing"),
                                  QStringLiteral("service"), QString()});
    CHECK(f.regions == QStringList{s("华东"), s("华北"), QString()});
    CHECK(f.industries == QStringList{s("制造"), s("金融"), QString()});
    REQUIRE(f.owners.size() == 2);
    CHECK(f.owners[0] == std::pair<QString, QString>(b.zhang, s("张伟")));
    CHECK(f.owners[1] == std::pair<QString, QString>(b.li, s("李娜")));

    b.remove(QStringLiteral("account"), b.yi); // the only lead and 金融 account
    const AccountFacets after = accountFacets(b.store->reader()).value();
    CHECK_FALSE(after.stages.contains(QStringLiteral("lead")));
    CHECK(after.industries == QStringList{s("制造"), QString()});
    b.remove(QStringLiteral("account"), b.acme); // the only one without a tier
    CHECK_FALSE(accountFacets(b.store->reader()).value().tiers.contains(QString()));
}
