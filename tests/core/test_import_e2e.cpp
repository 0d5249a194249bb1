// The import from file to database on sheets other programs wrote
// (tests/data/import, made by make_import_cases.py): openpyxl with a group
// merged over its companies, LibreOffice with a parent-company column, and a
// GB18030 CSV as Excel in China saves it.
#include "QtDoctest.h"
#include "StoreFixture.h"
#include "import/Import.h"
#include "import/LoadTable.h"

#include <QDir>
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
QString sample(const char* name)
{
    return QDir(QStringLiteral(SUMMIT_IMPORT_SAMPLES)).filePath(k(name));
}

Plan importFile(Store& store, const char* file, const char* type, const char* sheet = "",
                Options options = {})
{
    LoadOptions load;
    load.sheet = s(sheet);
    auto loaded = loadTable(sample(file), load);
    REQUIRE_MESSAGE(loaded.isOk(), loaded.message().toStdString());
    const Table& table = loaded.value().table;
    auto p = plan(store, table, autoMap(store.reader(), k(type), table.headers), options);
    REQUIRE_MESSAGE(p.isOk(), p.message().toStdString());
    const Status st = commit(store, p.value());
    REQUIRE_MESSAGE(st.isOk(), st.message().toStdString());
    return std::move(p).value();
}

QString idNamed(Store& store, const char* table, const QString& name)
{
    return store.reader()
        .scalar(QStringLiteral("SELECT id FROM %1 WHERE name = ? AND deleted = 0").arg(k(table)), {name})
        .toString();
}

} // namespace

TEST_CASE("openpyxl: a group merged over its companies becomes one account with its tree; its people follow")
{
    StoreFixture f;
    const QString li = f.add(k("member"), {{k("name"), s("李明")}});
    const QString zhang = f.add(k("member"), {{k("name"), s("张伟")}});
    const Plan accounts = importFile(*f.store, "team_accounts.xlsx", "accounts", "客户");
    CHECK(accounts.failed == 0);
    CHECK(accounts.problems.empty());
    const QString group = idNamed(*f.store, "accounts", s("远航控股集团有限公司"));
    REQUIRE_FALSE(group.isEmpty());
    CHECK(f.get(k("account"), group, k("tier")) == k("A"));
    CHECK(f.get(k("account"), group, k("am_id")) == li);
    const QString xinghai = idNamed(*f.store, "accounts", s("星海医疗器械股份有限公司"));
    CHECK(f.get(k("account"), xinghai, k("tier")) == k("A")); // 重点
    CHECK(f.get(k("account"), xinghai, k("am_id")) == zhang);
    // Two accounts; the group's companies are its org units under its head office.
    CHECK(f.store->reader().scalar(k("SELECT count(*) FROM accounts")).toInt() == 2);
    const QString tech = idNamed(*f.store, "org_units", s("远航科技有限公司"));
    const QString logistics = idNamed(*f.store, "org_units", s("远航物流（上海）有限公司"));
    REQUIRE_FALSE(tech.isEmpty());
    CHECK(f.get(k("org_unit"), tech, k("account_id")) == group);
    const QString hq = f.get(k("org_unit"), tech, k("parent_id")).toString();
    CHECK(f.get(k("org_unit"), hq, k("kind")) == k("group_hq"));
    CHECK(f.get(k("org_unit"), logistics, k("parent_id")) == hq);
    CHECK(f.get(k("org_unit"), tech, k("credit_code")).toString().size() == 18);

    const Plan people = importFile(*f.store, "team_accounts.xlsx", "contacts", "联系人");
    INFO(people.summary().toStdString());
    CHECK(people.created == 4);
    CHECK(people.failed == 0);
    const QString zhou = idNamed(*f.store, "contacts", s("周建华"));
    const QString wu = idNamed(*f.store, "contacts", s("吴晓东"));
    const QString zheng = idNamed(*f.store, "contacts", s("郑丽"));
    CHECK(f.get(k("contact"), zhou, k("org_unit_id")) == tech);
    CHECK(f.get(k("contact"), zhou, k("decision_role")) == k("economic_buyer"));
    CHECK(f.get(k("contact"), zhou, k("stance")) == k("supporter"));
    CHECK(f.get(k("contact"), wu, k("reports_to")) == zhou);
    CHECK(f.get(k("contact"), zheng, k("org_unit_id")) == logistics);
    CHECK(f.get(k("contact"), zheng, k("stance")) == k("skeptic"));
    // A mobile typed as a number is a mobile, not 1.3812340001e10.
    CHECK(f.get(k("contact"), zhou, k("mobile"))
              .toString()
              .remove(QLatin1Char(' '))
              .contains(k("13812340001")));

    // The same sheet again: everyone is found, nothing is created twice.
    const Plan again = importFile(*f.store, "team_accounts.xlsx", "contacts", "联系人");
    CHECK(again.created == 0);
    CHECK(again.skipped == 4);
}

TEST_CASE("LibreOffice: a parent-company column nests companies; a bad credit code is named and left out")
{
    StoreFixture f;
    const Plan p = importFile(*f.store, "team_accounts_lo.xlsx", "accounts");
    CHECK(p.failed == 1);
    REQUIRE(p.problems.size() == 1);
    CHECK(p.problems.front().line == 5);
    CHECK(p.problems.front().header == s("统一社会信用代码"));
    const QString group = idNamed(*f.store, "accounts", s("华远能源集团有限公司"));
    CHECK(f.get(k("account"), group, k("tier")) == k("S"));
    const QString power = idNamed(*f.store, "org_units", s("华远电力有限公司"));
    const QString hebei = idNamed(*f.store, "org_units", s("华远电力（河北）有限公司"));
    CHECK(f.get(k("org_unit"), hebei, k("parent_id")) == power);
    CHECK(idNamed(*f.store, "org_units", s("华远新能源有限公司")).isEmpty());
    REQUIRE(f.store->undo());
    CHECK(f.store->reader().scalar(k("SELECT count(*) FROM accounts WHERE deleted = 0")).toInt() == 0);
}

TEST_CASE("a GB18030 CSV from Excel: multi-line notes, +86 mobiles, an unknown account in the errors file")
{
    StoreFixture f;
    f.account(s("远航控股集团有限公司"));
    QTemporaryDir dir;
    LoadOptions load;
    auto loaded = loadTable(sample("team_contacts_gb18030.csv"), load);
    REQUIRE(loaded);
    const Table& table = loaded.value().table;
    auto p = plan(*f.store, table, autoMap(f.store->reader(), k("contacts"), table.headers), {});
    REQUIRE(p);
    CHECK(p.value().created == 2);
    CHECK(p.value().failed == 1);
    REQUIRE(commit(*f.store, p.value()));
    const QString sun = idNamed(*f.store, "contacts", s("孙悦"));
    CHECK(f.get(k("contact"), sun, k("notes")).toString().contains(s("第二行，有逗号")));
    CHECK(f.get(k("contact"), sun, k("mobile")).toString().contains(k("138")));
    const QString feng = idNamed(*f.store, "contacts", s("冯刚"));
    CHECK(f.get(k("contact"), feng, k("notes")) == k("=HYPERLINK(\"x\")")); // text, kept as typed

    const QString errors = dir.filePath(k("errors.csv"));
    REQUIRE(writeErrors(errors, table, p.value()));
    // The errors file reads back through the same reader, reason column included.
    auto back = loadTable(errors, {});
    REQUIRE(back);
    REQUIRE(back.value().table.rows.size() == 1);
    CHECK(back.value().table.headers.last() == k("Problem"));
    CHECK(back.value().table.rows.front().cells.value(1).toString() == s("陈静"));
}
