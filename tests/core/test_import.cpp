// The import's mapping, values, plan and commit on tables built in memory
// (the file readers have their own tests): headers matched from Chinese and
// English words, values as Chinese sheets write them, the org tree inferred
// from a parent-company column, duplicates in the database and in the file,
// every problem named by row and column, and one change that one Undo removes.
#include "QtDoctest.h"
#include "StoreFixture.h"
#include "commands/Commands.h"
#include "import/Import.h"
#include "import/ImportValues.h"
#include "store/Ids.h"
#include "store/Queries.h"
#include "validation/Validation.h"

#include <QFile>

using namespace summit;
using namespace summit::import;
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
// A valid unified social credit code from its first 17 characters.
QString code(const char* first17)
{
    const QString f = k(first17);
    return f + validation::creditCodeCheckChar(f);
}

Table table(const QStringList& headers, const std::vector<QVariantList>& rows)
{
    Table t;
    t.name = k("test.xlsx");
    t.headers = headers;
    int line = 2; // row 1 holds the headers
    for (const QVariantList& r : rows)
        t.rows.push_back({line++, r});
    return t;
}

int count(Store& store, const char* table, const char* where = "deleted = 0")
{
    return store.reader()
        .scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(k(table), k(where)))
        .toInt();
}

Plan planned(Store& store, const Table& t, const char* type, Options options = {})
{
    const Mapping m = autoMap(store.reader(), k(type), t.headers);
    auto p = plan(store, t, m, options);
    REQUIRE_MESSAGE(p.isOk(), p.message().toStdString());
    return std::move(p).value();
}

QString problemsOf(const Plan& p)
{
    QStringList out;
    for (const Problem& pr : p.problems)
        out << QStringLiteral("%1/%2: %3").arg(pr.line).arg(pr.header, pr.message);
    return out.join(QLatin1Char('\n'));
}

} // namespace

TEST_CASE("values as Chinese sheets write them")
{
    QString e;
    CHECK(parseDate(s("2026/1/5"), &e) == QDate(2026, 1, 5));
    CHECK(parseDate(s("2026-01-05"), &e) == QDate(2026, 1, 5));
    CHECK(parseDate(s("2026年1月5日"), &e) == QDate(2026, 1, 5));
    CHECK(parseDate(s("20260105"), &e) == QDate(2026, 1, 5));
    CHECK(parseDate(20260105.0, &e) == QDate(2026, 1, 5));
    CHECK(parseDate(46027.0, &e) == QDate(2026, 1, 5)); // an Excel serial
    CHECK(parseDate(61.0, &e) == QDate(1900, 3, 1));    // after the Lotus leap day
    CHECK(parseDate(QDate(2026, 1, 5), &e) == QDate(2026, 1, 5));
    CHECK(e.isEmpty());
    CHECK_FALSE(parseDate(s("2026/13/5"), &e).isValid());
    CHECK(e.contains(s("2026/13/5")));
    e.clear();
    CHECK_FALSE(parseDate(s("下周"), &e).isValid());
    CHECK_FALSE(e.isEmpty());

    e.clear();
    CHECK(parseMoney(s("¥1,234.50"), &e) == 123450);
    CHECK(parseMoney(s("12.5万"), &e) == 12'500'000);
    CHECK(parseMoney(s("12.5万元"), &e) == 12'500'000);
    CHECK(parseMoney(s("1234元"), &e) == 123400);
    CHECK(parseMoney(s("1.2亿"), &e) == 12'000'000'000);
    CHECK(parseMoney(s("RMB 300"), &e) == 30000);
    CHECK(parseMoney(s("￥８８"), &e) == 8800); // full-width
    CHECK(parseMoney(1234.5, &e) == 123450);
    CHECK(e.isEmpty());
    CHECK(parseMoney(s("about 3k"), &e) == 0);
    CHECK_FALSE(e.isEmpty());

    const model::EntityDef* contact = model::entity(u"contact");
    const model::EntityDef* account = model::entity(u"account");
    e.clear();
    CHECK(parseChoice(*contact->field(u"decision_role"), s("关键决策人"), &e) == k("economic_buyer"));
    CHECK(parseChoice(*contact->field(u"decision_role"), k("Economic buyer"), &e) == k("economic_buyer"));
    CHECK(parseChoice(*contact->field(u"stance"), s("支持"), &e) == k("supporter"));
    CHECK(parseChoice(*contact->field(u"stance"), s("反对"), &e) == k("opponent"));
    CHECK(parseChoice(*account->field(u"tier"), s("A类"), &e) == k("A"));
    CHECK(parseChoice(*account->field(u"tier"), s("a级"), &e) == k("A"));
    CHECK(parseChoice(*account->field(u"tier"), s("重点客户"), &e) == k("A"));
    CHECK(parseChoice(*account->field(u"tier"), k("b"), &e) == k("B"));
    CHECK(e.isEmpty());
    CHECK(parseChoice(*contact->field(u"stance"), s("看心情"), &e).isEmpty());
    CHECK(e.contains(s("看心情")));

    e.clear();
    CHECK(fieldValue(*contact, *contact->field(u"mobile"), s("+86 138-0013-8000"), &e) ==
          validation::normalizePhone(k("13800138000")));
    CHECK(fieldValue(*contact, *contact->field(u"phone"), s("010-12345678 转 123"), &e)
              .toString()
              .contains(k("123")));
    CHECK(e.isEmpty());
    CHECK(fieldValue(*contact, *contact->field(u"mobile"), s("12345"), &e).isNull());
    CHECK_FALSE(e.isEmpty());
    e.clear();
    CHECK(fieldValue(*account, *account->field(u"credit_code"), code("91440300192203821").toLower(), &e) ==
          code("91440300192203821"));
    CHECK(fieldValue(*account, *account->field(u"credit_code"), k("914403001922038210"), &e).isNull());
    CHECK_FALSE(e.isEmpty()); // a wrong check character
    e.clear();
    CHECK(fieldValue(*contact, *contact->field(u"name"), s("  "), &e).isNull()); // empty, not an error
    CHECK(e.isEmpty());
    CHECK(cellText(3.0) == k("3"));
    CHECK(cellText(2.5) == k("2.5"));
}

TEST_CASE(
    "headers are matched from Chinese and English words, custom fields by label; a template maps by header")
{
    StoreFixture f;
    commands::Commands c(*f.store);
    REQUIRE(c.createRecord(k("field_def"), {{k("applies_to"), k("contact")},
                                            {k("key"), k("hobby")},
                                            {k("label"), k("Hobby")},
                                            {k("label_zh"), s("爱好")},
                                            {k("value_type"), k("text")}}));
    const QStringList headers = {s("客户名称"), s("联系人"), s("职务"),     s("手机号码"),
                                 s("决策角色"), s("态度"),   s("所属部门"), s("直属上级"),
                                 s("爱好"),     s("备用列"), s("姓名")};
    const Mapping m = autoMap(f.store->reader(), k("contacts"), headers);
    REQUIRE(m.columns.size() == headers.size());
    CHECK(m.columns[0] == kAccountRef);
    CHECK(m.columns[1] == k("name"));
    CHECK(m.columns[2] == k("title"));
    CHECK(m.columns[3] == k("mobile"));
    CHECK(m.columns[4] == k("decision_role"));
    CHECK(m.columns[5] == k("stance"));
    CHECK(m.columns[6] == k("department"));
    CHECK(m.columns[7] == kReportsToRef);
    CHECK(m.columns[8] == k("hobby"));
    CHECK(m.columns[9].isEmpty());  // nothing to match
    CHECK(m.columns[10].isEmpty()); // 姓名 would be the name again: one column per target

    const Mapping english = autoMap(f.store->reader(), k("accounts"),
                                    {k("Account Name"), k("Credit Code"), k("Parent Company"), k("Tier")});
    CHECK(english.columns == QStringList{k("name"), k("credit_code"), kParentRef, k("tier")});

    // A saved template applies by header text, whatever the column order of the next file.
    const QJsonObject saved = m.toJson(headers);
    auto again = Mapping::fromJson(saved, {s("手机号码"), s("无关"), s("客户名称"), s("联系人")});
    REQUIRE(again);
    CHECK(again.value().type == k("contacts"));
    CHECK(again.value().columns == QStringList{k("mobile"), QString(), kAccountRef, k("name")});
    CHECK_FALSE(Mapping::fromJson(QJsonObject{{k("type"), k("planets")}}, headers).isOk());
}

TEST_CASE("accounts: a parent-company column becomes the org tree under one account; one undo removes it all")
{
    StoreFixture f;
    const QString huaweiCode = code("91440300192203821");
    const Table t = table(
        {s("公司名称"), s("统一社会信用代码"), s("上级单位"), s("区域"), s("客户分级"), s("单位类型")},
        {{s("远航集团有限公司"), QVariant(), QVariant(), s("华东"), s("A类"), s("集团总部")},
         {s("远航科技有限公司"), code("91310000MA1FL0001"), s("远航集团"), s("华东"), QVariant(), QVariant()},
         {s("远航物流有限公司"), QVariant(), s("远航集团有限公司"), s("华南"), QVariant(), QVariant()},
         {s("远航物流（深圳）有限公司"), QVariant(), s("远航物流有限公司"), QVariant(), QVariant(),
          s("工厂")},
         {s("星海控股子公司"), QVariant(), s("星海控股集团"), QVariant(), QVariant(), QVariant()},
         {s("华为技术有限公司"), huaweiCode, QVariant(), s("华南"), s("S"), QVariant()}});
    const Plan p = planned(*f.store, t, "accounts");
    INFO(problemsOf(p).toStdString());
    CHECK(p.failed == 0);
    CHECK(p.created == 6);      // 2 accounts, 4 units
    CHECK(p.extraCreated == 3); // 星海控股集团 (named only as a parent), and two head offices
    CHECK(p.rows[0].entity == k("account"));
    CHECK(p.rows[1].entity == k("org_unit"));
    CHECK(p.rows[5].entity == k("account"));
    // Nothing is written by planning.
    CHECK(count(*f.store, "accounts") == 0);

    REQUIRE(commit(*f.store, p));
    CHECK(count(*f.store, "accounts") == 3);
    CHECK(count(*f.store, "org_units") == 6);
    const QString group = p.rows[0].id;
    CHECK(f.get(k("account"), group, k("tier")) == k("A"));
    // 远航科技 and 远航物流 hang under the group's head office; 物流（深圳） under 远航物流.
    const QString hq = f.get(k("org_unit"), p.rows[1].id, k("parent_id")).toString();
    CHECK(f.get(k("org_unit"), hq, k("kind")) == k("group_hq"));
    CHECK(f.get(k("org_unit"), hq, k("account_id")) == group);
    CHECK(f.get(k("org_unit"), p.rows[2].id, k("parent_id")) == hq);
    CHECK(f.get(k("org_unit"), p.rows[3].id, k("parent_id")) == p.rows[2].id);
    CHECK(f.get(k("org_unit"), p.rows[1].id, k("credit_code")) == code("91310000MA1FL0001"));
    CHECK(f.get(k("org_unit"), p.rows[1].id, k("kind")) == k("subsidiary")); // the default under a group
    CHECK(f.get(k("org_unit"), p.rows[3].id, k("kind")) == k("plant"));      // 工厂, as the sheet says
    CHECK(f.get(k("account"), p.rows[5].id, k("credit_code")) == huaweiCode);

    // One change: one undo removes the whole import.
    REQUIRE(f.store->undo());
    CHECK(count(*f.store, "accounts") == 0);
    CHECK(count(*f.store, "org_units") == 0);
}

TEST_CASE("duplicates: by credit code, else by normalised name, in the database and within the file")
{
    StoreFixture f;
    const QString huaweiCode = code("91440300192203821");
    const QString huawei =
        f.add(k("account"), {{k("name"), s("华为技术有限公司")}, {k("region"), s("华南")}});
    const QString mobile =
        f.add(k("account"), {{k("name"), s("中国移动")}, {k("credit_code"), code("91110000710925243")}});
    const Table t = table({s("客户名称"), s("信用代码"), s("区域"), s("行业")},
                          {{s("华为技术（中国）股份有限公司"), huaweiCode, s("华北"), s("通信")},
                           {s("移动"), code("91110000710925243"), QVariant(), s("通信")},
                           {s("新客户有限公司"), QVariant(), QVariant(), QVariant()},
                           {s("新客户 有限公司"), QVariant(), QVariant(), QVariant()}});
    SUBCASE("skip")
    {
        const Plan p = planned(*f.store, t, "accounts");
        CHECK(p.rows[0].action == RowAction::Skip);
        CHECK(p.rows[0].id == huawei);
        CHECK(p.rows[0].note.contains(s("华为")));
        CHECK(p.rows[1].action == RowAction::Skip);
        CHECK(p.rows[1].id == mobile);
        CHECK(p.rows[2].action == RowAction::Create);
        CHECK(p.rows[3].action == RowAction::Skip); // the same company as row 4
        CHECK(p.rows[3].note.contains(k("4")));
        REQUIRE(commit(*f.store, p));
        CHECK(count(*f.store, "accounts") == 3);
        CHECK(f.get(k("account"), huawei, k("region")) == s("华南"));
    }
    SUBCASE("fill empty fields only")
    {
        Options o;
        o.onDuplicate = OnDuplicate::Fill;
        const Plan p = planned(*f.store, t, "accounts", o);
        CHECK(p.rows[0].action == RowAction::Update);
        REQUIRE(commit(*f.store, p));
        CHECK(f.get(k("account"), huawei, k("region")) == s("华南"));   // kept
        CHECK(f.get(k("account"), huawei, k("industry")) == s("通信")); // filled
        CHECK(f.get(k("account"), huawei, k("credit_code")) == huaweiCode);
        CHECK(f.get(k("account"), huawei, k("name")) == s("华为技术有限公司"));
    }
    SUBCASE("overwrite")
    {
        Options o;
        o.onDuplicate = OnDuplicate::Overwrite;
        const Plan p = planned(*f.store, t, "accounts", o);
        REQUIRE(commit(*f.store, p));
        CHECK(f.get(k("account"), huawei, k("region")) == s("华北"));
        CHECK(f.get(k("account"), huawei, k("name")) == s("华为技术（中国）股份有限公司"));
    }
}

TEST_CASE("bad rows are named by row and column and left out, or refuse the whole import; the errors file")
{
    StoreFixture f;
    QTemporaryDir dir;
    const Table t = table({s("客户名称"), s("统一社会信用代码"), s("客户分级"), s("备注列")},
                          {{s("好客户有限公司"), QVariant(), s("A"), s("ok")},
                           {s("坏代码有限公司"), k("914403001922038210"), QVariant(), s("=1+1")},
                           {QVariant(), QVariant(), s("B"), s("@SUM(A1)")},
                           {s("分级错有限公司"), QVariant(), s("Z级"), s("-0.25")}});
    const Plan p = planned(*f.store, t, "accounts");
    CHECK(p.created == 1);
    CHECK(p.failed == 3);
    REQUIRE(p.problems.size() == 3);
    CHECK(p.problems[0].line == 3);
    CHECK(p.problems[0].column == 1);
    CHECK(p.problems[0].header == s("统一社会信用代码"));
    CHECK(p.problems[1].line == 4); // no name
    CHECK(p.problems[2].line == 5);
    CHECK(p.problems[2].message.contains(s("Z级")));
    CHECK(p.summary().contains(k("3 with errors")));

    const QString errors = dir.filePath(k("errors.csv"));
    REQUIRE(writeErrors(errors, t, p));
    QFile file(errors);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes);
    CHECK(text.contains(s("坏代码有限公司")));
    CHECK_FALSE(text.contains(s("好客户有限公司"))); // only the rows to fix
    CHECK(text.contains(k("'=1+1")));                // never run as a formula
    CHECK(text.contains(k("'@SUM(A1)")));
    CHECK(text.contains(k(",-0.25,"))); // a number stays a number
    CHECK(text.count(k("\r\n")) == 4);  // the header and three rows

    REQUIRE(commit(*f.store, p));
    CHECK(count(*f.store, "accounts") == 1);

    Options strict;
    strict.refuseAllOnError = true;
    StoreFixture g(k("g.db"));
    const Plan refused = planned(*g.store, t, "accounts", strict);
    CHECK(refused.refused);
    CHECK(refused.change.ops.empty());
    const Status s2 = commit(*g.store, refused);
    CHECK_FALSE(s2.isOk());
    CHECK(s2.message().contains(k("3")));
    CHECK(count(*g.store, "accounts") == 0);
}

TEST_CASE(
    "contacts: placed in their account and unit, roles and stances read, reports-to linked, deduplicated")
{
    StoreFixture f;
    const QString acc = f.account(s("远航集团有限公司"));
    const QString hq = f.unit(acc, s("远航集团总部"));
    const QString tech = f.unit(acc, s("远航科技有限公司"), hq);
    const QString old = f.contact(acc, s("王建国"), {{k("mobile"), k("13800138000")}});
    const QString lead = f.add(k("member"), {{k("name"), s("李明")}});
    Q_UNUSED(lead);
    const Table t = table({s("客户名称"), s("所属单位"), s("姓名"), s("职务"), s("手机"), s("决策角色"),
                           s("态度"), s("汇报对象"), s("邮箱")},
                          {{s("远航集团"), s("远航科技"), s("张伟"), s("CIO"), s("139 0013 9000"),
                            s("关键决策人"), s("支持"), QVariant(), QVariant()},
                           {s("远航集团"), s("远航科技"), s("刘洋"), s("IT经理"), QVariant(), s("技术决策者"),
                            s("中立"), s("张伟"), k("liu@yuanhang.cn")},
                           {s("远航集团"), QVariant(), s("王建国"), s("CFO"), s("+86 138 0013 8000"),
                            QVariant(), QVariant(), QVariant(), QVariant()},
                           {s("远航科技有限公司"), QVariant(), s("赵敏"), QVariant(), QVariant(), QVariant(),
                            QVariant(), s("不存在的人"), QVariant()},
                           {s("不存在集团"), QVariant(), s("钱七"), QVariant(), QVariant(), QVariant(),
                            QVariant(), QVariant(), QVariant()}});
    Options o;
    o.onDuplicate = OnDuplicate::Fill;
    const Plan p = planned(*f.store, t, "contacts", o);
    INFO(problemsOf(p).toStdString());
    CHECK(p.created == 3);
    CHECK(p.updated == 1); // 王建国, by mobile: his empty title is filled
    CHECK(p.rows[2].id == old);
    CHECK(p.failed == 1); // the unknown account
    CHECK(p.rows[4].action == RowAction::Error);
    REQUIRE(commit(*f.store, p));
    const QString zhang = p.rows[0].id, liu = p.rows[1].id, zhao = p.rows[3].id;
    CHECK(f.get(k("contact"), zhang, k("org_unit_id")) == tech);
    CHECK(f.get(k("contact"), zhang, k("decision_role")) == k("economic_buyer"));
    CHECK(f.get(k("contact"), zhang, k("stance")) == k("supporter"));
    CHECK(f.get(k("contact"), liu, k("reports_to")) == zhang);
    CHECK(f.get(k("contact"), liu, k("email")) == k("liu@yuanhang.cn"));
    CHECK(f.get(k("contact"), old, k("title")) == k("CFO"));
    // A unit named as the account places the person in it.
    CHECK(f.get(k("contact"), zhao, k("org_unit_id")) == tech);
    CHECK(f.get(k("contact"), zhao, k("account_id")) == acc);
    // A manager nobody can find: the person is imported, the link is reported.
    bool reported = false;
    for (const Problem& pr : p.problems)
        reported = reported || (pr.line == 5 && pr.message.contains(s("不存在的人")));
    CHECK(reported);
    CHECK(f.get(k("contact"), zhao, k("reports_to")).isNull());
}

TEST_CASE("opportunities and follow-ups belong to the account named in their row")
{
    StoreFixture f;
    const QString acc =
        f.add(k("account"), {{k("name"), s("华为技术有限公司")}, {k("short_name"), s("华为")}});
    const QString me = f.add(k("member"), {{k("name"), s("李明")}});
    const Table deals =
        table({s("客户名称"), s("商机名称"), s("预计金额"), s("预计成交日期"), s("阶段"), s("负责人")},
              {{s("华为"), s("核心网扩容"), s("120万"), s("2027年3月31日"), s("develop"), s("李明")},
               {s("华为"), s("核心网扩容"), s("130万"), QVariant(), QVariant(), QVariant()},
               {s("华为"), s("数据中心"), 880000.0, 46477.0, QVariant(), s("张三")}});
    const Plan p = planned(*f.store, deals, "opportunities");
    INFO(problemsOf(p).toStdString());
    CHECK(p.created == 1);
    CHECK(p.skipped == 1); // the same deal again
    CHECK(p.failed == 1);  // no member 张三
    REQUIRE(commit(*f.store, p));
    CHECK(f.get(k("opportunity"), p.rows[0].id, k("amount")).toLongLong() == 120'000'000);
    CHECK(f.get(k("opportunity"), p.rows[0].id, k("expected_close")) == k("2027-03-31"));
    CHECK(f.get(k("opportunity"), p.rows[0].id, k("owner_id")) == me);
    CHECK(f.get(k("opportunity"), p.rows[0].id, k("account_id")) == acc);

    const Table visits = table({s("客户"), s("跟进方式"), s("跟进日期"), s("跟进内容"), s("跟进人")},
                               {{s("华为技术有限公司"), s("拜访"), s("2026-11-20"), s("技术交流"), s("李明")},
                                {s("华为技术有限公司"), s("电话"), s("2026/11/21"), QVariant(), s("李明")}});
    const Plan v = planned(*f.store, visits, "followups");
    CHECK(v.created == 1);
    CHECK(v.failed == 1); // no summary: required
    REQUIRE(commit(*f.store, v));
    CHECK(f.get(k("followup"), v.rows[0].id, k("type")) == k("visit"));
    CHECK(f.get(k("followup"), v.rows[0].id, k("author_id")) == me);
    // A member who left takes no new work: the row is refused at planning, not at commit.
    f.add(k("member"), {{k("name"), s("王五")}, {k("status"), k("left")}});
    const Table byLeft =
        table({s("客户名称"), s("商机名称"), s("负责人")}, {{s("华为"), s("新商机"), s("王五")}});
    const Plan refused = planned(*f.store, byLeft, "opportunities");
    CHECK(refused.failed == 1);
    REQUIRE(refused.problems.size() == 1);
    CHECK(refused.problems.front().message.contains(s("王五")));
    // Imported again: the same follow-up is there already.
    const Plan again = planned(*f.store, visits, "followups");
    CHECK(again.created == 0);
    CHECK(again.skipped == 1);
}

TEST_CASE("related sheets imported together: contacts find the accounts and units the sheet before creates; "
          "one change")
{
    StoreFixture f;
    const Table accounts = table({s("客户名称"), s("上级单位"), s("区域")},
                                 {{s("远航集团有限公司"), QVariant(), s("华东")},
                                  {s("远航科技有限公司"), s("远航集团有限公司"), s("华东")}});
    const Table contacts =
        table({s("姓名"), s("所属客户"), s("所属单位"), s("职务"), s("手机")},
              {{s("王建国"), s("远航集团"), s("远航科技有限公司"), s("CIO"), s("13800138000")},
               {s("李娜"), s("远航集团有限公司"), QVariant(), s("采购经理"), s("13900139000")},
               {s("赵六"), s("没有这家公司"), QVariant(), QVariant(), QVariant()}});
    const qint64 opsBefore = f.store->reader().scalar(k("SELECT count(*) FROM ops")).toLongLong();

    // Alone, the contacts sheet names accounts that do not exist yet.
    CHECK(planned(*f.store, contacts, "contacts").failed == 3);

    std::vector<Plan> plans;
    plans.push_back(planned(*f.store, accounts, "accounts"));
    auto second = planAfter(*f.store, plans, contacts,
                            autoMap(f.store->reader(), k("contacts"), contacts.headers), Options{});
    REQUIRE_MESSAGE(second.isOk(), second.message().toStdString());
    INFO(problemsOf(second.value()).toStdString());
    CHECK(second.value().created == 2);
    CHECK(second.value().failed == 1); // 赵六's company is in neither sheet nor the database
    CHECK(second.value().rows[2].action == RowAction::Error);
    // Planning wrote nothing and took no sequence number.
    CHECK(count(*f.store, "accounts") == 0);
    CHECK(f.store->reader().scalar(k("SELECT count(*) FROM ops")).toLongLong() == opsBefore);
    plans.push_back(std::move(second).value());

    REQUIRE(commitTogether(*f.store, plans, s("导入客户与联系人")));
    CHECK(count(*f.store, "accounts") == 1);
    CHECK(count(*f.store, "org_units") == 2); // the head office and 远航科技
    CHECK(count(*f.store, "contacts") == 2);
    const QString wang = plans[1].rows[0].id;
    CHECK(f.get(k("contact"), wang, k("account_id")) == plans[0].rows[0].id);
    CHECK(f.get(k("contact"), wang, k("org_unit_id")) == plans[0].rows[1].id);
    // The log has no gap: the next edit takes the next number after the import's.
    const qint64 seqAfter = f.store->reader().scalar(k("SELECT max(seq) FROM ops")).toLongLong();
    REQUIRE(f.set(k("contact"), wang, {{k("title"), k("CTO")}}));
    CHECK(f.store->reader().scalar(k("SELECT max(seq) FROM ops")).toLongLong() == seqAfter + 1);
    REQUIRE(f.store->undo()); // the edit
    REQUIRE(f.store->undo()); // the whole import, both sheets
    CHECK(count(*f.store, "accounts") == 0);
    CHECK(count(*f.store, "contacts") == 0);

    // A refused sheet refuses the import of them all.
    Options strict;
    strict.refuseAllOnError = true;
    auto refused = planAfter(*f.store, {plans[0]}, contacts,
                             autoMap(f.store->reader(), k("contacts"), contacts.headers), strict);
    REQUIRE(refused.isOk());
    CHECK(refused.value().refused);
    CHECK_FALSE(commitTogether(*f.store, {plans[0], refused.value()}, s("导入")));
    CHECK(count(*f.store, "accounts") == 0);
}

TEST_CASE(
    "org units of the same name are told apart by their path; a bare name that is not unique is refused")
{
    StoreFixture f;
    const QString acc = f.account(s("远航集团有限公司"));
    const QString hq = f.unit(acc, s("远航集团总部"));
    const QString tech = f.unit(acc, s("远航科技有限公司"), hq);
    const QString logistics = f.unit(acc, s("远航物流有限公司"), hq);
    const QString techFinance = f.unit(acc, s("财务部"), tech);
    const QString logisticsFinance = f.unit(acc, s("财务部"), logistics);

    // Before, "财务部" silently meant whichever unit of that name came last.
    const Table people = table({s("客户名称"), s("所属单位"), s("姓名")},
                               {{s("远航集团"), s("财务部"), s("张伟")},
                                {s("远航集团"), s("远航科技有限公司 / 财务部"), s("李娜")},
                                {s("远航集团"), s("远航集团总部/远航物流有限公司/财务部"), s("王五")},
                                {s("远航集团"), s("远航科技 / 财务部"), s("赵六")}, // names are normalised
                                {s("远航集团"), s("远航物流有限公司 / 人事部"), s("钱七")}});
    const Plan p = planned(*f.store, people, "contacts");
    INFO(problemsOf(p).toStdString());
    CHECK(p.created == 3);
    REQUIRE(p.failed == 2);
    CHECK(p.rows[0].action == RowAction::Error);
    REQUIRE(p.problems.size() == 2);
    CHECK(p.problems[0].line == 2);
    CHECK(p.problems[0].message.contains(s("2 org units named \"财务部\"")));
    CHECK(p.problems[0].message.contains(s(" / 财务部")));                 // the path to write
    CHECK(p.problems[1].message.contains(s("远航物流有限公司 / 人事部"))); // no such unit
    REQUIRE(commit(*f.store, p));
    CHECK(f.get(k("contact"), p.rows[1].id, k("org_unit_id")) == techFinance);
    CHECK(f.get(k("contact"), p.rows[2].id, k("org_unit_id")) == logisticsFinance);
    CHECK(f.get(k("contact"), p.rows[3].id, k("org_unit_id")) == techFinance);

    // On an org-units sheet a parent is found the same way, also among the sheet's own rows.
    const Table units = table({s("客户名称"), s("单位名称"), s("上级单位")},
                              {{s("远航集团"), s("预算科"), s("远航物流有限公司 / 财务部")},
                               {s("远航集团"), s("审计科"), s("财务部")},
                               {s("远航集团"), s("华东区"), s("远航科技有限公司")},
                               {s("远航集团"), s("财务部"), s("华东区")},
                               {s("远航集团"), s("核算组"), s("华东区 / 财务部")}});
    const Plan u = planned(*f.store, units, "orgunits");
    INFO(problemsOf(u).toStdString());
    CHECK(u.created == 4);
    CHECK(u.failed == 1);
    CHECK(u.rows[1].action == RowAction::Error);
    REQUIRE(commit(*f.store, u));
    CHECK(f.get(k("org_unit"), u.rows[0].id, k("parent_id")) == logisticsFinance);
    CHECK(f.get(k("org_unit"), u.rows[4].id, k("parent_id")) == u.rows[3].id);
}

TEST_CASE("a follow-up's time written as text keeps its time of day; with a zone it is that instant")
{
    const model::EntityDef* followup = model::entity(u"followup");
    const model::FieldDef* at = followup->field(u"at");
    auto stored = [&](const QVariant& cell) {
        QString e;
        const QVariant v = fieldValue(*followup, *at, cell, &e);
        CHECK_MESSAGE(e.isEmpty(), e.toStdString());
        return v.toString();
    };
    // The tests run in Asia/Shanghai (UTC+8): a clock time there is eight hours later than UTC.
    CHECK(stored(s("2026-01-05 14:30")) == k("2026-01-05T06:30:00.000Z"));
    CHECK(stored(s("2026/1/5 14:30:15")) == k("2026-01-05T06:30:15.000Z"));
    CHECK(stored(s("2026年1月5日 14:30")) == k("2026-01-05T06:30:00.000Z"));
    CHECK(stored(s("2026-01-05 14:30:15.250")) == k("2026-01-05T06:30:15.250Z"));
    CHECK(stored(s("2026-01-05T06:30:00Z")) == k("2026-01-05T06:30:00.000Z"));
    CHECK(stored(s("2026-01-05T14:30:00+08:00")) == k("2026-01-05T06:30:00.000Z"));
    CHECK(stored(s("2026-01-05 01:00 -05:00")) == k("2026-01-05T06:00:00.000Z"));
    CHECK(stored(46027.6041666667) == k("2026-01-05T06:30:00.000Z")); // a serial with its fraction of a day
    // A day alone is the morning, as before.
    CHECK(stored(s("2026-01-05")) == k("2026-01-05T01:00:00.000Z"));
    CHECK(stored(QDate(2026, 1, 5)) == k("2026-01-05T01:00:00.000Z"));
    CHECK(stored(46027.0) == k("2026-01-05T01:00:00.000Z"));
    QString e;
    CHECK(fieldValue(*followup, *at, s("2026-01-05 25:99"), &e).isNull());
    CHECK(e.contains(s("2026-01-05 25:99")));
}

TEST_CASE("follow-ups name the people met and their deal; a deal names its buying center with roles")
{
    StoreFixture f;
    const QString acc = f.account(s("远航集团有限公司"));
    const QString zhang = f.contact(acc, s("张伟"));
    const QString li = f.contact(acc, s("李娜"));
    f.contact(acc, s("刘洋"));
    f.contact(acc, s("刘洋"), {{k("mobile"), k("13900139000")}}); // two of that name
    const QString deal = f.add(k("opportunity"), {{k("account_id"), acc}, {k("name"), s("数据中心扩容")}});

    const Table visits =
        table({s("客户"), s("跟进方式"), s("跟进时间"), s("跟进内容"), s("联系人"), s("相关商机")},
              {{s("远航集团"), s("拜访"), s("2026-01-05 14:30"), s("技术交流"), s("李娜、张伟，李娜"),
                s("数据中心扩容")},
               {s("远航集团"), s("电话"), s("2026-01-06 10:00"), s("催款"), s("张伟; 不存在的人, 刘洋"),
                s("没有这个商机")}});
    const Plan v = planned(*f.store, visits, "followups");
    CHECK(v.created == 2);
    CHECK(v.failed == 0);
    // The people and the deal nobody can find are named; the follow-up stays.
    REQUIRE(v.problems.size() == 3);
    CHECK(v.problems[0].message.contains(s("不存在的人")));
    CHECK(v.problems[1].message.contains(s("2 people are named \"刘洋\"")));
    CHECK(v.problems[2].message.contains(s("没有这个商机")));
    CHECK(v.problems[2].header == s("相关商机"));
    REQUIRE(commit(*f.store, v));
    CHECK(f.get(k("followup"), v.rows[0].id, k("contact_ids")) ==
          QStringLiteral("[\"%1\",\"%2\"]").arg(li, zhang));
    CHECK(f.get(k("followup"), v.rows[0].id, k("opportunity_id")) == deal);
    CHECK(f.get(k("followup"), v.rows[0].id, k("at")) == k("2026-01-05T06:30:00.000Z"));
    CHECK(f.get(k("followup"), v.rows[1].id, k("contact_ids")) == QStringLiteral("[\"%1\"]").arg(zhang));
    CHECK(f.get(k("followup"), v.rows[1].id, k("opportunity_id")).isNull());

    auto buyers = [&](const QString& opportunity) {
        QStringList out;
        auto rows =
            f.store->reader().rows(k("SELECT c.name, coalesce(b.role, '') FROM buying_roles b JOIN contacts c"
                                     " ON c.id = b.contact_id WHERE b.opportunity_id = ? AND b.deleted = 0"
                                     " ORDER BY c.name"),
                                   {opportunity});
        REQUIRE(rows.isOk());
        for (const QVariantList& r : rows.value())
            out << r[0].toString() + QLatin1Char(':') + r[1].toString();
        return out.join(QLatin1Char(' '));
    };
    const Table deals =
        table({s("客户名称"), s("商机名称"), s("采购决策链")},
              {{s("远航集团"), s("新一代网络"), s("张伟 (Economic buyer)、李娜（技术决策者）")},
               {s("远航集团"), s("数据中心扩容"), s("李娜 (关键决策人)")},
               {s("远航集团"), s("办公协同"), s("张伟 (大老板), 李娜")}});
    const Plan d = planned(*f.store, deals, "opportunities");
    CHECK(d.created == 2);
    CHECK(d.skipped == 1); // the deal is there already: its buying center is left as it is
    REQUIRE(d.problems.size() == 1);
    CHECK(d.problems[0].message.contains(s("大老板")));
    REQUIRE(commit(*f.store, d));
    CHECK(buyers(d.rows[0].id) == s("张伟:economic_buyer 李娜:technical_buyer"));
    CHECK(buyers(deal).isEmpty());
    CHECK(buyers(d.rows[2].id) == s("李娜:")); // without a role

    // Filling a deal that is there: the people missing from its buying center join it.
    Options fill;
    fill.onDuplicate = OnDuplicate::Fill;
    const Plan again = planned(*f.store, deals, "opportunities", fill);
    CHECK(again.updated == 1); // the others have nobody new (大老板 is still no role)
    CHECK(again.rows[1].action == RowAction::Update);
    REQUIRE(commit(*f.store, again));
    CHECK(buyers(deal) == s("李娜:economic_buyer"));
    CHECK(buyers(d.rows[0].id) == s("张伟:economic_buyer 李娜:technical_buyer")); // nobody twice
    const Plan third = planned(*f.store, deals, "opportunities", fill);
    CHECK(third.skipped == 3);
    CHECK(third.change.ops.empty());
}

TEST_CASE("planning a large sheet reports progress; Cancel stops it, and nothing may write meanwhile")
{
    StoreFixture f;
    const Table accounts = table({s("客户名称"), s("区域")}, {{s("远航集团有限公司"), s("华东")}});
    std::vector<QVariantList> people;
    for (int i = 0; i < 3000; ++i)
        people.push_back(
            {s("联系人%1").arg(i), s("远航集团有限公司"), s("139%1").arg(i, 8, 10, QLatin1Char('0'))});
    const Table contacts = table({s("姓名"), s("所属客户"), s("手机")}, people);
    const Mapping contactMap = autoMap(f.store->reader(), k("contacts"), contacts.headers);
    std::vector<Plan> before;
    before.push_back(planned(*f.store, accounts, "accounts"));
    const qint64 opsBefore = f.store->reader().scalar(k("SELECT count(*) FROM ops")).toLongLong();

    SUBCASE("every 2,000 rows visited, each row read and then decided")
    {
        std::vector<std::pair<qint64, qint64>> reports;
        Options options;
        options.progress = [&](qint64 done, qint64 total) {
            reports.emplace_back(done, total);
            // The caller may process events here: a write from elsewhere is refused.
            CHECK(f.store->isBusy());
            const Status s = f.store->apply(
                Change{k("edit"), {Operation::set(k("account"), ids::newId(), {{k("name"), k("X")}})}});
            CHECK_FALSE(s);
            CHECK(s.message().contains(k("still saving")));
            return true;
        };
        auto p = planAfter(*f.store, before, contacts, contactMap, options);
        REQUIRE_MESSAGE(p.isOk(), p.message().toStdString());
        CHECK(p.value().created == 3000);
        const std::vector<std::pair<qint64, qint64>> expected = {{2000, 6000}, {4000, 6000}, {6000, 6000}};
        CHECK(reports == expected);
        CHECK_FALSE(f.store->isBusy());
        // Planning after the accounts sheet wrote nothing: its trial transaction is gone.
        CHECK(count(*f.store, "accounts") == 0);
        CHECK(f.store->reader().scalar(k("SELECT count(*) FROM ops")).toLongLong() == opsBefore);
        REQUIRE(commitTogether(*f.store, {before[0], p.value()}, s("导入")));
        CHECK(count(*f.store, "contacts") == 3000);
    }
    SUBCASE("Cancel while the rows are read, or while they are decided")
    {
        for (const qint64 stopAt : {qint64(2000), qint64(4000)}) {
            CAPTURE(stopAt);
            qint64 last = 0;
            Options options;
            options.progress = [&](qint64 done, qint64) {
                last = done;
                return done < stopAt;
            };
            auto p = planAfter(*f.store, before, contacts, contactMap, options);
            REQUIRE_FALSE(p.isOk());
            CHECK(p.message().contains(k("cancelled")));
            CHECK(last == stopAt); // no report after the one that said stop
            CHECK(count(*f.store, "accounts") == 0);
            CHECK(f.store->reader().scalar(k("SELECT count(*) FROM ops")).toLongLong() == opsBefore);
            CHECK_FALSE(f.store->isBusy());
        }
        // The store takes writes again, and the sheet plans to the end without a callback.
        REQUIRE(commitTogether(*f.store, {before[0]}, s("导入客户")));
        CHECK(planned(*f.store, contacts, "contacts").created == 3000);
    }
    SUBCASE("a sheet under 2,000 rows reports nothing")
    {
        int reports = 0;
        Options options;
        options.progress = [&](qint64, qint64) {
            ++reports;
            return false;
        };
        const Table small = table({s("姓名"), s("所属客户")}, {{s("王建国"), s("远航集团有限公司")}});
        auto p = planAfter(*f.store, before, small, autoMap(f.store->reader(), k("contacts"), small.headers),
                           options);
        REQUIRE(p.isOk());
        CHECK(p.value().created == 1);
        CHECK(reports == 0);
    }
}
