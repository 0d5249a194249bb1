// Custom fields: a team lead's definitions are records like any other; their
// values are fields of the records, checked like built-in ones (type, choice
// list, member who left, required), undoable, searchable, exported, rebuilt
// from the log, and hidden (not destroyed) when the definition is removed.
// Three replicas that trade their operations converge on definitions and values.
#include "QtDoctest.h"
#include "StoreFixture.h"
#include "commands/Commands.h"
#include "export/CanonicalExport.h"
#include "query/AccountList.h"
#include "search/Search.h"
#include "store/CustomFields.h"

#include <QBuffer>

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

QByteArray canonical(Store& store)
{
    QBuffer buffer;
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    const Status st = writeCanonicalJson(store.reader(), buffer);
    REQUIRE_MESSAGE(st.isOk(), st.message().toStdString());
    return buffer.data();
}

QString define(commands::Commands& c, const char* appliesTo, const char* key, const QString& label,
               const char* type, FieldValues more = {})
{
    FieldValues f = {
        {k("applies_to"), k(appliesTo)}, {k("key"), k(key)}, {k("label"), label}, {k("value_type"), k(type)}};
    f.insert(f.end(), more.begin(), more.end());
    auto id = c.createRecord(k("field_def"), f);
    REQUIRE_MESSAGE(id.isOk(), id.message().toStdString());
    return id.value();
}

} // namespace

TEST_CASE("custom field values are checked like built-in fields and live in the record")
{
    StoreFixture f;
    commands::Commands c(*f.store);
    const QString acc = f.account();
    const QString wang = f.contact(acc, s("王建国"));
    define(c, "contact", "wechat_group", k("WeChat group"), "text", {{k("label_zh"), s("微信群")}});
    define(c, "contact", "budget_owner", k("Budget owner"), "choice", {{k("choices"), s("IT\n财务\n业务")}});
    define(c, "contact", "met_ceo", k("Met our CEO"), "yes_no");
    define(c, "contact", "deal_size", k("Deal size"), "money");

    REQUIRE(c.editRecord(wang, {{k("wechat_group"), s("数据中心项目群")}, {k("budget_owner"), s("财务")}})
                .isOk());
    auto rec = f.store->record(k("contact"), wang);
    REQUIRE(rec.isOk());
    CHECK(rec->value(k("wechat_group")).toString() == s("数据中心项目群"));
    CHECK(rec->value(k("budget_owner")).toString() == s("财务"));
    CHECK(f.store->undoLabel() == s("Edit 王建国"));

    // A value not in the list, a yes/no that is neither, text for money: refused under the field, nothing
    // written.
    Status bad = c.editRecord(wang, {{k("budget_owner"), s("采购")}});
    CHECK_FALSE(bad.isOk());
    CHECK(bad.error().field == k("budget_owner"));
    CHECK(bad.message().startsWith(k("Budget owner")));
    CHECK_FALSE(c.editRecord(wang, {{k("met_ceo"), k("maybe")}}).isOk());
    CHECK_FALSE(c.editRecord(wang, {{k("deal_size"), k("lots")}}).isOk());
    CHECK(f.store->record(k("contact"), wang)->value(k("budget_owner")).toString() == s("财务"));
    // A key nobody defined is still refused; so is a custom key on a type that has no such field.
    CHECK_FALSE(c.editRecord(wang, {{k("hobby"), s("钓鱼")}}).isOk());
    CHECK_FALSE(c.editRecord(acc, {{k("wechat_group"), s("群")}}).isOk());

    // Undo takes the value back; an empty value clears it. One field's edit is named by its label.
    REQUIRE(c.editRecord(wang, {{k("budget_owner"), s("IT")}}).isOk());
    CHECK(f.store->undoLabel() == s("Edit budget owner of 王建国"));
    REQUIRE(f.store->undo().isOk());
    CHECK(f.store->record(k("contact"), wang)->value(k("budget_owner")).toString() == s("财务"));
    REQUIRE(c.editRecord(wang, {{k("budget_owner"), QVariant()}}).isOk());
    CHECK_FALSE(f.store->record(k("contact"), wang)->contains(k("budget_owner")));

    // Text custom fields are searched.
    auto hits = searchRecords(f.store->reader(), s("数据中心项目群"));
    REQUIRE(hits.isOk());
    CHECK(std::any_of(hits->begin(), hits->end(), [&](const SearchHit& h) { return h.id == wang; }));
}

TEST_CASE("definitions: keys are unique per type, never a built-in name, never renamed; required is enforced")
{
    StoreFixture f;
    commands::Commands c(*f.store);
    const QString def = define(c, "account", "erp_code", k("ERP code"), "text", {{k("required"), 1}});

    auto same = c.createRecord(k("field_def"), {{k("applies_to"), k("account")},
                                                {k("key"), k("erp_code")},
                                                {k("label"), k("ERP")},
                                                {k("value_type"), k("text")}});
    REQUIRE_FALSE(same.isOk());
    CHECK(same.error().field == k("key"));
    // The same key on another type is fine.
    define(c, "contact", "erp_code", k("ERP code"), "text");
    auto builtIn = c.createRecord(k("field_def"), {{k("applies_to"), k("account")},
                                                   {k("key"), k("region")},
                                                   {k("label"), k("Region 2")},
                                                   {k("value_type"), k("text")}});
    REQUIRE_FALSE(builtIn.isOk());
    CHECK(builtIn.message().contains(k("region")));
    auto badKey = c.createRecord(k("field_def"), {{k("applies_to"), k("account")},
                                                  {k("key"), k("ERP Code")},
                                                  {k("label"), k("x")},
                                                  {k("value_type"), k("text")}});
    REQUIRE_FALSE(badKey.isOk());
    CHECK(badKey.error().field == k("key"));
    Status rename = c.editRecord(def, {{k("key"), k("erp_no")}});
    CHECK_FALSE(rename.isOk());
    CHECK(c.editRecord(def, {{k("label"), k("ERP number")}}).isOk());

    // A new account without the required value is refused, naming the field.
    auto missing = c.createRecord(k("account"), {{k("name"), s("远航集团")}});
    REQUIRE_FALSE(missing.isOk());
    CHECK(missing.error().field == k("erp_code"));
    CHECK(missing.message().contains(k("ERP number")));
    auto ok = c.createRecord(k("account"), {{k("name"), s("远航集团")}, {k("erp_code"), k("C-1001")}});
    REQUIRE_MESSAGE(ok.isOk(), ok.message().toStdString());
    CHECK(custom::definitions(f.store->reader(), k("account")).size() == 1);
}

TEST_CASE("a member custom field refuses someone who left; removing a definition hides values, restoring "
          "shows them")
{
    StoreFixture f;
    commands::Commands c(*f.store);
    const QString admin = c.addMember({{k("name"), s("周敏")}, {k("role"), k("admin")}}).value();
    const QString gone = c.addMember({{k("name"), s("张伟")}}).value();
    REQUIRE(c.memberLeaves(gone, admin).isOk());
    const QString acc = f.account();
    const QString def = define(c, "account", "exec_sponsor", k("Executive sponsor"), "member");
    Status left = c.editRecord(acc, {{k("exec_sponsor"), gone}});
    CHECK_FALSE(left.isOk());
    CHECK(left.message().contains(k("has left the team")));
    REQUIRE(c.editRecord(acc, {{k("exec_sponsor"), admin}}).isOk());

    const QByteArray before = canonical(*f.store);
    CHECK(before.contains("\"custom\":{\"exec_sponsor\":"));
    REQUIRE(c.deleteRecords({def}).isOk());
    CHECK_FALSE(f.store->record(k("account"), acc)->contains(k("exec_sponsor")));
    REQUIRE(c.restoreFromTrash({def}).isOk());
    CHECK(f.store->record(k("account"), acc)->value(k("exec_sponsor")).toString() == admin);

    // The tables, custom values included, come back identical from the log.
    const QByteArray restored = canonical(*f.store);
    CHECK(restored == before);
    REQUIRE(f.store->rebuildFromLog().isOk());
    CHECK(canonical(*f.store) == restored);
    CHECK(f.store->record(k("account"), acc)->value(k("exec_sponsor")).toString() == admin);
}

TEST_CASE(
    "from another replica: a definition that shadows a built-in field is ignored, a malformed key refused")
{
    StoreFixture f;
    const QString acc = f.account();
    const QString wang = f.contact(acc, s("王建国"));
    const quint64 t0 = quint64(f.now + 3'600'000) << 16; // an hour ahead: newer than every local write
    auto remote = [&](qint64 seq, Operation op) {
        StampedOperation st;
        st.replica = k("evil");
        st.seq = seq;
        st.opId = QStringLiteral("evil:%1").arg(seq);
        st.hlc = t0 + quint64(seq);
        st.op = std::move(op);
        return st;
    };
    // A hand-made definition called "name" for contacts (a local edit could not write it).
    REQUIRE(f.store
                ->integrate({remote(1, Operation::set(k("field_def"), ids::newId(),
                                                      {{k("applies_to"), k("contact")},
                                                       {k("key"), k("name")},
                                                       {k("label"), k("Shadow")},
                                                       {k("value_type"), k("number")}}))})
                .isOk());
    CHECK(custom::definitions(f.store->reader(), k("contact")).empty());
    model::FieldDef shadow;
    CHECK_FALSE(custom::fieldOf(f.store->reader(), k("contact"), k("name"), &shadow));
    // The contact's own name is still checked as text, not as the shadow's number.
    commands::Commands c(*f.store);
    CHECK(c.editRecord(wang, {{k("name"), s("王建国（总）")}}).isOk());

    // A value under a malformed key is refused with the batch; nothing of it is kept.
    const quint64 before = f.store->operationCount();
    auto bad =
        f.store->integrate({remote(2, Operation::set(k("contact"), wang, {{k("Robert'); DROP"), k("x")}}))});
    CHECK_FALSE(bad.isOk());
    CHECK(f.store->operationCount() == before);
    CHECK(f.store->record(k("contact"), wang)->value(k("name")).toString() == s("王建国（总）"));
}

TEST_CASE("three replicas trading operations converge on custom field definitions and values")
{
    StoreFixture a(k("a.db")), b(k("b.db")), c3(k("c.db"));
    std::vector<StoreFixture*> all = {&a, &b, &c3};
    // Each replica's clock runs on its own; b's is a little ahead.
    b.now += 5000;
    auto trade = [&] {
        for (StoreFixture* from : all) {
            auto ops = from->store->ownOperationsAfter(0, 100000);
            REQUIRE(ops.isOk());
            for (StoreFixture* to : all)
                if (to != from)
                    REQUIRE(to->store->integrate(ops.value()).isOk());
        }
    };
    commands::Commands ca(*a.store), cb(*b.store), cc(*c3.store);
    const QString acc = a.account();
    const QString def = define(ca, "account", "erp_code", k("ERP code"), "text");
    trade();
    // Concurrent: b and c write the value, a relabels the definition.
    REQUIRE(cb.editRecord(acc, {{k("erp_code"), k("B-1")}}).isOk());
    REQUIRE(cc.editRecord(acc, {{k("erp_code"), k("C-1")}}).isOk());
    REQUIRE(ca.editRecord(def, {{k("label_zh"), s("ERP 编号")}}).isOk());
    trade();
    trade(); // integrating twice changes nothing
    const QByteArray ea = canonical(*a.store), eb = canonical(*b.store), ec = canonical(*c3.store);
    CHECK(ea == eb);
    CHECK(eb == ec);
    CHECK(ea.contains("\"erp_code\":\"B-1\"")); // b's clock is ahead: last writer wins
    CHECK(a.store->record(k("field_def"), def)->value(k("label_zh")).toString() == s("ERP 编号"));
}

TEST_CASE("where a field shows: list columns leave out form-only fields; a page's values come in one query")
{
    StoreFixture f;
    commands::Commands c(*f.store);
    const QString acc = f.account();
    const QString other = f.account(s("中国移动通信集团有限公司"));
    const QString lead =
        c.createRecord(k("member"), {{k("name"), s("李明")}, {k("role"), k("team_lead")}}).value();
    define(c, "account", "partner_level", k("Partner level"), "choice", {{k("choices"), s("战略|核心")}});
    define(c, "account", "board_notes", k("Board notes"), "text", {{k("show_in"), k("form")}});
    define(c, "account", "sponsor", k("Sponsor"), "member", {{k("show_in"), k("lists")}});
    define(c, "account", "signed", k("Signed"), "yes_no");
    define(c, "contact", "hobby", k("Hobby"), "text");
    REQUIRE(c.editRecord(acc, {{k("partner_level"), s("战略")},
                               {k("board_notes"), k("x")},
                               {k("sponsor"), lead},
                               {k("signed"), k("yes")}}));

    // Every live definition is in the form; only the ones shown in lists are columns.
    CHECK(custom::definitions(f.store->reader(), k("account")).size() == 4);
    QStringList columns;
    for (const custom::Definition& d : custom::listColumns(f.store->reader(), k("account")))
        columns << d.key;
    CHECK(columns.contains(k("partner_level")));
    CHECK(columns.contains(k("sponsor")));
    CHECK(columns.contains(k("signed")));
    CHECK_FALSE(columns.contains(k("board_notes")));

    const auto values = custom::valuesOfRecords(f.store->reader(), k("account"), {acc, other});
    CHECK(values.value(acc).value(k("partner_level")).toString() == s("战略"));
    CHECK(values.value(acc).value(k("board_notes")).toString() ==
          k("x")); // hidden from lists, not from the record
    CHECK_FALSE(values.contains(other));
    CHECK(custom::valuesOfRecords(f.store->reader(), k("contact"), {acc}).isEmpty()); // another type's fields
    CHECK(custom::valuesOfRecords(f.store->reader(), k("account"), {}).isEmpty());

    // As a list cell: a member by name, yes/no in words.
    for (const custom::Definition& d : custom::definitions(f.store->reader(), k("account"))) {
        const QString text = custom::displayText(f.store->reader(), d, values.value(acc).value(d.key));
        if (d.key == k("sponsor"))
            CHECK(text == s("李明"));
        if (d.key == k("signed"))
            CHECK(text == k("Yes"));
    }

    // The account list's page carries them.
    auto page = query::fetchAccounts(f.store->reader(), {}, {}, 0, 10);
    REQUIRE(page);
    bool seen = false;
    for (const query::AccountRow& row : page.value())
        if (row.id == acc) {
            seen = true;
            CHECK(row.custom.value(k("partner_level")).toString() == s("战略"));
        } else {
            CHECK(row.custom.isEmpty());
        }
    CHECK(seen);
}
