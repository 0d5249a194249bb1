// The team and a team's own data: members leaving with a handover, the last
// admin, references to members who left, coverage and buying roles set in
// place, influence links with kind and strength, bulk edits as one undo step,
// the deletion rule for trees, what a deletion says before it happens, and
// duplicates (credit code refused, names and contacts offered).
#include "QtDoctest.h"
#include "StoreFixture.h"
#include "analysis/GapAnalysis.h"
#include "commands/Commands.h"
#include "query/Duplicates.h"
#include "query/Impact.h"
#include "query/RecordList.h"
#include "query/Team.h"

using namespace summit;
using summit::test::StoreFixture;

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}
QString k(const char* text)
{
    return QString::fromLatin1(text);
}

struct Team
{
    StoreFixture& f;
    commands::Commands c;
    QString admin, zhang, li;
    explicit Team(StoreFixture& fx) : f(fx), c(*fx.store)
    {
        admin = c.addMember({{k("name"), s("周管理")}, {k("role"), k("admin")}}).value();
        zhang = c.addMember({{k("name"), s("张伟")}, {k("role"), k("account_manager")}}).value();
        li = c.addMember({{k("name"), s("李娜")}, {k("role"), k("account_manager")}}).value();
    }
};

bool hasGap(StoreFixture& f, const QString& account, analysis::GapKind kind, const QString& id)
{
    auto gaps = analysis::findGaps(f.store->reader(), account, {QDate(2026, 12, 6)});
    REQUIRE(gaps.isOk());
    return std::any_of(gaps->begin(), gaps->end(),
                       [&](const analysis::Gap& g) { return g.kind == kind && g.id == id; });
}

} // namespace

TEST_CASE("a member who leaves hands over accounts, open tasks and open deals in one undoable change")
{
    StoreFixture f;
    Team t(f);
    const QString a1 = f.add(k("account"), {{k("name"), s("华为")}, {k("am_id"), t.zhang}});
    const QString a2 =
        f.add(k("account"), {{k("name"), s("中兴")}, {k("sa_id"), t.zhang}, {k("am_id"), t.li}});
    const QString open = f.add(k("task"), {{k("title"), s("回访")}, {k("assignee_id"), t.zhang}});
    const QString done =
        f.add(k("task"), {{k("title"), s("报价")}, {k("assignee_id"), t.zhang}, {k("status"), k("done")}});
    const QString deal =
        f.add(k("opportunity"), {{k("account_id"), a1}, {k("name"), s("二期")}, {k("owner_id"), t.zhang}});

    auto h = query::holdingsOf(f.store->reader(), t.zhang);
    REQUIRE(h.isOk());
    CHECK(h->total() == 4);

    SUBCASE("without a successor it is refused, naming what they hold")
    {
        auto r = t.c.memberLeaves(t.zhang, QString());
        REQUIRE_FALSE(r.isOk());
        CHECK(r.error().field == k("successor"));
        CHECK(r.message().contains(s("张伟")));
        CHECK(f.get(k("member"), t.zhang, k("status")) == k("active"));
    }
    SUBCASE("to a successor")
    {
        const quint64 ops = f.store->operationCount();
        auto r = t.c.memberLeaves(t.zhang, t.li);
        REQUIRE_MESSAGE(r.isOk(), r.message().toStdString());
        CHECK(r->accounts == 2);
        CHECK(r->tasks == 1);
        CHECK(r->opportunities == 1);
        CHECK(f.get(k("member"), t.zhang, k("status")) == k("left"));
        CHECK(f.get(k("account"), a1, k("am_id")) == t.li);
        CHECK(f.get(k("account"), a2, k("sa_id")) == t.li);
        CHECK(f.get(k("task"), open, k("assignee_id")) == t.li);
        CHECK(f.get(k("task"), done, k("assignee_id")) == t.zhang); // history stays
        CHECK(f.get(k("opportunity"), deal, k("owner_id")) == t.li);
        CHECK(f.store->undoLabel() == s("张伟 leaves the team; 李娜 takes over"));

        // Nothing new can be given to someone who left.
        Status give = f.set(k("account"), a2, {{k("de_id"), t.zhang}});
        CHECK_FALSE(give.isOk());
        CHECK(give.error().field == k("de_id"));
        CHECK(give.message().contains(s("has left the team")));
        // Leaving twice is refused; so is leaving by a plain edit while holding work.
        CHECK_FALSE(t.c.editRecord(t.li, {{k("status"), k("left")}}).isOk());
        CHECK_FALSE(t.c.memberLeaves(t.zhang, t.li).isOk());

        REQUIRE(f.store->undo().isOk());
        CHECK(f.get(k("member"), t.zhang, k("status")) == k("active"));
        CHECK(f.get(k("account"), a1, k("am_id")) == t.zhang);
        CHECK(f.get(k("task"), open, k("assignee_id")) == t.zhang);
        CHECK(f.store->operationCount() > ops);
    }
    SUBCASE("to someone who left, or to themselves, is refused")
    {
        REQUIRE(t.c.memberLeaves(t.li, t.admin).isOk());
        auto r = t.c.memberLeaves(t.zhang, t.li);
        REQUIRE_FALSE(r.isOk());
        CHECK(r.message().contains(s("李娜 has left the team")));
        CHECK_FALSE(t.c.memberLeaves(t.zhang, t.zhang).isOk());
        CHECK(t.c.memberReturns(t.li).isOk());
        CHECK(t.c.memberLeaves(t.zhang, t.li).isOk());
    }
}

TEST_CASE("the last active admin cannot leave, be deleted or stop being an admin")
{
    StoreFixture f;
    Team t(f);
    auto leave = t.c.memberLeaves(t.admin, t.li);
    REQUIRE_FALSE(leave.isOk());
    CHECK(leave.message().contains(s("last admin")));
    CHECK_FALSE(t.c.deleteRecords({t.admin}).isOk());
    Status demote = t.c.editRecord(t.admin, {{k("role"), k("team_lead")}});
    CHECK_FALSE(demote.isOk());
    CHECK(demote.error().field == k("role"));
    CHECK(f.get(k("member"), t.admin, k("role")) == k("admin"));

    // Two members cannot be demoted together if that leaves no admin.
    Status both = t.c.bulkEdit({t.admin, t.li}, {{k("role"), k("account_manager")}});
    CHECK_FALSE(both.isOk());
    CHECK(both.error().field == k("role"));

    // With a second admin, the first may go.
    REQUIRE(t.c.editRecord(t.li, {{k("role"), k("admin")}}).isOk());
    CHECK(t.c.deleteRecords({t.admin}).isOk());
    CHECK(query::activeAdmins(f.store->reader()) == 1);
    // Members are listed active first, with what they hold.
    auto list = query::members(f.store->reader());
    REQUIRE(list.isOk());
    REQUIRE(list->size() == 2);
    CHECK(list->front().status == k("active"));
}

TEST_CASE("coverage is set in place per person and member, and the gap analysis follows it")
{
    StoreFixture f;
    Team t(f);
    const QString acc = f.account();
    const QString boss = f.contact(acc, s("王建国"), {{k("decision_role"), k("economic_buyer")}});
    CHECK(hasGap(f, acc, analysis::GapKind::EconomicBuyerNotCovered, boss));

    auto first = t.c.setCoverage(boss, t.zhang, k("brief"), k("trusted"));
    REQUIRE_MESSAGE(first.isOk(), first.message().toStdString());
    CHECK_FALSE(hasGap(f, acc, analysis::GapKind::EconomicBuyerNotCovered, boss));
    CHECK(hasGap(f, acc, analysis::GapKind::CoverageBelowDesired, boss));

    auto again = t.c.setCoverage(boss, t.zhang, k("trusted"));
    REQUIRE(again.isOk());
    CHECK(again.value() == first.value());
    CHECK(f.get(k("coverage"), first.value(), k("desired_level")) == k("trusted"));
    CHECK_FALSE(hasGap(f, acc, analysis::GapKind::CoverageBelowDesired, boss));

    auto rows = query::coverageOf(f.store->reader(), boss);
    REQUIRE(rows.isOk());
    REQUIRE(rows->size() == 1);
    CHECK(rows->front().memberName == s("张伟"));

    // A bad level is refused under its field; nothing is written.
    auto bad = t.c.setCoverage(boss, t.li, k("intimate"));
    REQUIRE_FALSE(bad.isOk());
    CHECK(bad.error().field == k("level"));
    CHECK(query::coverageOf(f.store->reader(), boss)->size() == 1);

    // Coverage by someone who left the team no longer counts.
    REQUIRE(t.c.memberLeaves(t.zhang, t.li).isOk());
    CHECK(hasGap(f, acc, analysis::GapKind::EconomicBuyerNotCovered, boss));

    REQUIRE(t.c.setCoverage(boss, t.li, k("working")).isOk());
    REQUIRE(t.c.removeCoverage(boss, t.li).isOk());
    CHECK(hasGap(f, acc, analysis::GapKind::EconomicBuyerNotCovered, boss));
    CHECK_FALSE(t.c.removeCoverage(boss, t.li).isOk());
}

TEST_CASE("buying roles and influence links are changed in place, never doubled")
{
    StoreFixture f;
    commands::Commands c(*f.store);
    const QString acc = f.account();
    const QString other = f.account(s("中兴通讯"));
    const QString deal = f.add(k("opportunity"), {{k("account_id"), acc}, {k("name"), s("二期")}});
    const QString wang = f.contact(acc, s("王建国"));
    const QString liu = f.contact(acc, s("刘洋"));
    const QString stranger = f.contact(other, s("陈静"));

    auto role = c.setBuyingRole(deal, wang, k("champion"));
    REQUIRE_MESSAGE(role.isOk(), role.message().toStdString());
    CHECK(c.setBuyingRole(deal, wang, k("economic_buyer")).value() == role.value());
    CHECK(f.get(k("buying_role"), role.value(), k("role")) == k("economic_buyer"));
    CHECK_FALSE(c.setBuyingRole(deal, wang, k("king")).isOk());
    // Someone of another account cannot sit in this deal's buying center.
    auto foreign = c.setBuyingRole(deal, stranger, k("influencer"));
    REQUIRE_FALSE(foreign.isOk());
    CHECK(foreign.message().contains(s("another account")));
    REQUIRE(c.removeBuyingRole(deal, wang).isOk());
    CHECK(query::buyingRoleId(f.store->reader(), deal, wang).isEmpty());

    auto link = c.setInfluenceLink(wang, liu, k("mentors"), 4);
    REQUIRE_MESSAGE(link.isOk(), link.message().toStdString());
    CHECK(f.get(k("influence_link"), link.value(), k("kind")) == k("mentors"));
    CHECK(f.get(k("influence_link"), link.value(), k("strength")).toInt() == 4);
    CHECK(f.store->undoLabel() == s("Add influence link 王建国 → 刘洋"));
    CHECK(c.setInfluenceLink(wang, liu, k("trusts"), 2).value() == link.value());
    CHECK(f.get(k("influence_link"), link.value(), k("kind")) == k("trusts"));
    CHECK_FALSE(c.setInfluenceLink(wang, liu, k("trusts"), 9).isOk());
    CHECK(f.get(k("influence_link"), link.value(), k("strength")).toInt() == 2);
}

TEST_CASE("a bulk edit of many accounts is one change and one undo step")
{
    StoreFixture f;
    Team t(f);
    QStringList accounts;
    for (int i = 0; i < 5; ++i)
        accounts << f.add(k("account"), {{k("name"), s("客户%1").arg(i)}, {k("am_id"), t.zhang}});
    const quint64 before = f.store->operationCount();
    // New accounts have no figures (computed C): tier A by hand needs a reason.
    Status noReason = t.c.bulkEdit(accounts, {{k("am_id"), t.li}, {k("tier"), k("A")}});
    CHECK_FALSE(noReason.isOk());
    CHECK(noReason.error().field == k("tier_reason"));
    CHECK(noReason.message().startsWith(s("客户0")));
    CHECK(f.store->operationCount() == before);
    REQUIRE(t.c.bulkEdit(accounts,
                         {{k("am_id"), t.li}, {k("tier"), k("A")}, {k("tier_reason"), s("集团战略客户")}})
                .isOk());
    CHECK(f.store->operationCount() == before + 5);
    for (const QString& a : accounts)
        CHECK(f.get(k("account"), a, k("am_id")) == t.li);
    CHECK(f.store->undoLabel() == s("Edit 5 records (Account)"));
    REQUIRE(f.store->undo().isOk());
    for (const QString& a : accounts)
        CHECK(f.get(k("account"), a, k("am_id")) == t.zhang);

    // One bad value refuses the whole edit.
    Status bad = t.c.bulkEdit(accounts, {{k("tier"), k("Z")}});
    CHECK_FALSE(bad.isOk());
    CHECK(bad.error().field == k("tier"));
    // Mixed record types are refused.
    const QString task = f.add(k("task"), {{k("title"), s("回访")}});
    CHECK_FALSE(t.c.bulkEdit({accounts[0], task}, {{k("tier"), k("A")}}).isOk());
    REQUIRE(t.c.bulkEdit(accounts.mid(0, 2), {{k("region"), s("华南")}}).isOk());
    CHECK(f.store->undoLabel() == s("Edit Region of 2 records (Account)"));
}

TEST_CASE("deleting an org unit moves its sub-units and people up; undo puts them back")
{
    StoreFixture f;
    commands::Commands c(*f.store);
    const QString acc = f.account();
    const QString hq = f.unit(acc, s("集团总部"));
    const QString it = f.unit(acc, s("信息中心"), hq);
    const QString ops = f.unit(acc, s("运维部"), it);
    const QString infra = f.unit(acc, s("基础架构组"), ops);
    const QString wang = f.contact(acc, s("王建国"), {{k("org_unit_id"), it}});
    const QString liu = f.contact(acc, s("刘洋"), {{k("org_unit_id"), ops}, {k("reports_to"), wang}});
    const QString chen = f.contact(acc, s("陈静"), {{k("org_unit_id"), infra}, {k("reports_to"), liu}});

    auto impact = query::deletionImpact(f.store->reader(), {it});
    REQUIRE(impact.isOk());
    CHECK(impact->movedUnits == 1);
    CHECK(impact->movedPeople == 1);
    CHECK(impact->describe().size() == 2);

    SUBCASE("one unit")
    {
        REQUIRE(c.deleteRecords({it}).isOk());
        CHECK(f.get(k("org_unit"), ops, k("parent_id")) == hq);
        CHECK(f.get(k("contact"), wang, k("org_unit_id")) == hq);
        REQUIRE(f.store->undo().isOk());
        CHECK(f.get(k("org_unit"), ops, k("parent_id")) == it);
        CHECK(f.get(k("contact"), wang, k("org_unit_id")) == it);
        CHECK(f.get(k("org_unit"), it, k("deleted")).toInt() == 0);
    }
    SUBCASE("a unit and its parent: what survives goes to the nearest surviving ancestor")
    {
        REQUIRE(c.deleteRecords({ops, it}).isOk());
        CHECK(f.get(k("org_unit"), infra, k("parent_id")) == hq);
        CHECK(f.get(k("contact"), liu, k("org_unit_id")) == hq);
    }
    SUBCASE("the top unit: its sub-units become top units and its people belong to no unit")
    {
        const QString direct = f.contact(acc, s("赵总"), {{k("org_unit_id"), hq}});
        REQUIRE(c.deleteRecords({hq}).isOk());
        CHECK(f.get(k("org_unit"), it, k("parent_id")).isNull());
        CHECK(f.get(k("contact"), direct, k("org_unit_id")).isNull());
    }
    SUBCASE("a person: who reported to them now reports to their manager")
    {
        auto people = query::deletionImpact(f.store->reader(), {liu});
        CHECK(people->movedReports == 1);
        REQUIRE(c.deleteRecords({liu}).isOk());
        CHECK(f.get(k("contact"), chen, k("reports_to")) == wang);
        REQUIRE(c.restoreFromTrash({liu}).isOk());
        CHECK(f.get(k("contact"), liu, k("deleted")).toInt() == 0);
    }
}

TEST_CASE("an account's deletion says what hangs under it; its records are hidden with it and come back")
{
    StoreFixture f;
    commands::Commands c(*f.store);
    const QString acc = f.account();
    f.unit(acc, s("集团总部"));
    f.unit(acc, s("信息中心"));
    f.contact(acc, s("王建国"));
    f.contact(acc, s("刘洋"));
    f.add(k("task"), {{k("account_id"), acc}, {k("title"), s("回访")}});
    f.add(k("task"), {{k("account_id"), acc}, {k("title"), s("报价")}});
    f.add(k("task"), {{k("title"), s("no account")}});
    auto impact = query::deletionImpact(f.store->reader(), {acc});
    REQUIRE(impact.isOk());
    CHECK(impact->orgUnits == 2);
    CHECK(impact->contacts == 2);
    CHECK(impact->tasks == 2);
    CHECK(impact->followUps == 0);
    CHECK(impact->describe().join(k(", ")) == s("2 org units, 2 people, 2 tasks"));

    auto tasks = [&] {
        query::RecordListFilter filter;
        filter.entity = k("task");
        auto page = query::recordPage(f.store->reader(), filter, {}, 100);
        REQUIRE(page.isOk());
        return page->size();
    };
    CHECK(tasks() == 3);
    REQUIRE(c.deleteRecords({acc}).isOk());
    CHECK(tasks() == 1);
    REQUIRE(c.restoreFromTrash({acc}).isOk());
    CHECK(tasks() == 3);
}

TEST_CASE("duplicates: an equal credit code is refused, an equal name or mobile is found")
{
    StoreFixture f;
    commands::Commands c(*f.store);
    const QString code = k("914403001922038216"); // a valid code (GB 32100)
    const QString hw = f.add(k("account"), {{k("name"), s("华为技术有限公司")}, {k("credit_code"), code}});

    auto copy = c.createRecord(k("account"), {{k("name"), s("另一家")}, {k("credit_code"), code}});
    REQUIRE_FALSE(copy.isOk());
    CHECK(copy.error().field == k("credit_code"));
    CHECK(copy.message().contains(s("华为技术有限公司")));
    // Saving the account itself with its own code is fine.
    CHECK(c.editRecord(hw, {{k("credit_code"), code}, {k("region"), s("华南")}}).isOk());
    // Once the first is in the trash, the code is free.
    REQUIRE(c.deleteRecords({hw}).isOk());
    CHECK(c.createRecord(k("account"), {{k("name"), s("另一家")}, {k("credit_code"), code}}).isOk());

    CHECK(query::normalisedCompanyName(s("华为技术有限公司")) == s("华为技术"));
    CHECK(query::normalisedCompanyName(s("华为技术 （中国） 股份有限公司")) == s("华为技术"));
    CHECK(query::normalisedCompanyName(s("ＡＢＣ集团有限责任公司")) == s("abc"));
    CHECK(query::normalisedCompanyName(s("中兴通讯")) != query::normalisedCompanyName(s("华为技术")));

    const QString zte = f.add(k("account"), {{k("name"), s("中兴通讯股份有限公司")}});
    auto hits = query::duplicateAccounts(f.store->reader(), s("中兴通讯（中国）有限公司"), QString());
    REQUIRE(hits.isOk());
    REQUIRE(hits->size() == 1);
    CHECK(hits->front().id == zte);
    CHECK(query::duplicateAccounts(f.store->reader(), s("中兴通讯"), QString(), zte)->empty());

    const QString wang =
        f.contact(zte, s("王建国"), {{k("mobile"), k("13800138000")}, {k("email"), k("Wang@zte.com.cn")}});
    auto people = query::duplicateContacts(f.store->reader(), zte, k("13800138000"), k("wang@ZTE.com.cn"));
    REQUIRE(people.isOk());
    REQUIRE(people->size() == 1);
    CHECK(people->front().id == wang);
    CHECK(query::duplicateContacts(f.store->reader(), zte, k("13900139000"), QString())->empty());
    CHECK(query::duplicateContacts(f.store->reader(), zte, k("13800138000"), QString(), wang)->empty());
}
