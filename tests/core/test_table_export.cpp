// Record lists and the import's errors file written as XLSX and CSV, checked with
// an independent reader (python3-openpyxl, see OpenpyxlReader.h) and with Summit's
// own import: typed cells, never a formula, ¥ and date formats, the header row,
// CJK text and widths; CSV's byte-order mark, quoting and inert formula-like text;
// headers that the import maps back; references the import can rebuild.
#include "OpenpyxlReader.h"
#include "QtDoctest.h"
#include "StoreFixture.h"
#include "commands/Commands.h"
#include "export/ListPages.h"
#include "export/TableExport.h"
#include "export/TableWriter.h"
#include "export/XlsxWriter.h"
#include "import/Import.h"
#include "import/LoadTable.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace summit;
using namespace summit::exports;
using summit::test::StoreFixture;

namespace {

QString k(const char* text)
{
    return QString::fromLatin1(text);
}
QString s(const char* text)
{
    return QString::fromUtf8(text);
}

bool haveOpenpyxl()
{
    if (!test::openpyxlPython().isEmpty())
        return true;
    MESSAGE("python3-openpyxl is not installed: the XLSX files are not read by an independent reader");
    return false;
}

void write(const QString& path, const QString& sheet, const QStringList& headers,
           const std::vector<std::vector<Value>>& rows)
{
    auto w = openTableWriter(path, sheet);
    REQUIRE_MESSAGE(w.isOk(), w.message());
    REQUIRE(w.value()->writeHeader(headers));
    for (const auto& row : rows) {
        const Status st = w.value()->writeRow(row);
        REQUIRE_MESSAGE(st.isOk(), st.message());
    }
    const Status done = w.value()->finish();
    REQUIRE_MESSAGE(done.isOk(), done.message());
}

QByteArray bytesOf(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

import::LoadedTable load(const QString& path){auto loaded = import::loadTable(path);
REQUIRE_MESSAGE(loaded.isOk(), loaded.message());
return std::move(loaded).value();
} // namespace

QJsonObject cell(const QJsonObject& sheet, int row, int column) // 1-based row, 0-based column
{
    return sheet.value(k("rows")).toArray().at(row - 1).toArray().at(column).toObject();
}

// The values every writer test writes: one of each kind, and text that looks like a formula.
const QStringList kHeaders = {s("名称"), k("Formula-like"), k("Number"), k("Money"),
                              k("Date"), k("Time"),         k("Yes")};
std::vector<std::vector<Value>> sampleRows()
{
    return {
        {Value::ofText(s("华为技术有限公司")), Value::ofText(k("=1+1")), Value::ofNumber(42),
         Value::ofMoney(123450, {}), Value::ofDate(QDate(2025, 6, 18)),
         Value::ofDateTime(QDateTime(QDate(2025, 6, 18), QTime(14, 35))), Value::ofBoolean(true)},
        {Value::ofText(s("第一行\n第二行, 有\"引号\"")), Value::ofText(k("+86 138 0013 8000")),
         Value::ofNumber(-0.25), Value::ofMoney(99, k("USD")), Value::ofDate(QDate(1850, 1, 1)),
         Value::ofDateTime(QDateTime(QDate(2025, 6, 18), QTime(0, 0))), Value::ofBoolean(false)},
        {Value::ofText(k("@SUM(A1)")), Value::ofText(k("-Lead")), Value(), Value(), Value(), Value(),
         Value::ofText(k("tab\there \x01 ctrl"))},
    };
}

} // namespace

TEST_CASE("XLSX: typed cells, text never a formula, ¥ and date formats, a bold frozen header with a filter")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(k("typed.xlsx"));
    write(path, s("客户/联系人[1]"), kHeaders, sampleRows());
    // Nothing is left beside the file: the part written first was renamed onto it.
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) == QStringList{k("typed.xlsx")});

    // Summit's own reader gets the same values back, typed.
    const import::LoadedTable t = load(path);
    CHECK(t.sheet == s("客户_联系人_1_")); // the characters Excel refuses in a sheet name
    CHECK(t.table.headers == kHeaders);
    REQUIRE(t.table.rows.size() == 3);
    const QVariantList& first = t.table.rows[0].cells;
    CHECK(first[0] == s("华为技术有限公司"));
    CHECK(first[1] == k("=1+1"));
    CHECK(first[2].typeId() == QMetaType::Double);
    CHECK(first[3].toDouble() == 1234.5);
    CHECK(first[4] == QVariant(QDate(2025, 6, 18)));
    CHECK(first[5] == QVariant(QDateTime(QDate(2025, 6, 18), QTime(14, 35))));
    CHECK(first[6] == QVariant(true));
    const QVariantList& second = t.table.rows[1].cells;
    CHECK(second[0] == s("第一行\n第二行, 有\"引号\""));
    CHECK(second[4] == k("1850-01-01")); // before Excel's calendar: the ISO text
    // Midnight is still a time: the format says so, and the import keeps the time of day.
    CHECK(second[5] == QVariant(QDateTime(QDate(2025, 6, 18), QTime(0, 0))));
    CHECK(t.table.rows[2].cells[6] == k("tab\there \x01 ctrl"));

    if (!haveOpenpyxl())
        return;
    const QJsonArray book = test::readWithOpenpyxl(path);
    REQUIRE(book.size() == 1);
    const QJsonObject sheet = book.at(0).toObject();
    CHECK(sheet.value(k("freeze")).toString() == k("A2"));
    CHECK(sheet.value(k("filter")).toString() == k("A1:G4"));
    for (int c = 0; c < kHeaders.size(); ++c) {
        CHECK(cell(sheet, 1, c).value(k("bold")).toBool());
        CHECK(cell(sheet, 1, c).value(k("value")).toString() == kHeaders[c]);
    }
    auto at = [&](int row, int column) {
        return cell(sheet, row, column);
    };
    CHECK(at(2, 0).value(k("type")).toString() == k("s"));
    CHECK(at(2, 0).value(k("value")).toString() == s("华为技术有限公司"));
    CHECK_FALSE(at(2, 0).value(k("bold")).toBool());
    for (auto [row, column] : {std::pair{2, 1}, {3, 1}, {4, 0}, {4, 1}}) {
        CAPTURE(row);
        CAPTURE(column);
        CHECK(at(row, column).value(k("type")).toString() == k("s")); // a string, never "f"
    }
    CHECK(at(2, 1).value(k("value")).toString() == k("=1+1"));
    CHECK(at(2, 2).value(k("type")).toString() == k("n"));
    CHECK(at(2, 2).value(k("value")).toDouble() == 42);
    CHECK(at(3, 2).value(k("value")).toDouble() == -0.25);
    CHECK(at(2, 3).value(k("type")).toString() == k("n"));
    CHECK(at(2, 3).value(k("value")).toDouble() == 1234.5);
    CHECK(at(2, 3).value(k("format")).toString() == s("\"¥\"#,##0.00"));
    CHECK(at(3, 3).value(k("format")).toString() == k("#,##0.00 \"USD\""));
    CHECK(at(3, 3).value(k("value")).toDouble() == 0.99);
    CHECK(at(2, 4).value(k("type")).toString() == k("d"));
    CHECK(at(2, 4).value(k("value")).toString() == k("2025-06-18T00:00:00"));
    CHECK(at(2, 4).value(k("format")).toString() == k("yyyy-mm-dd"));
    CHECK(at(3, 4).value(k("type")).toString() == k("s"));
    CHECK(at(2, 5).value(k("type")).toString() == k("d"));
    CHECK(at(2, 5).value(k("value")).toString() == k("2025-06-18T14:35:00"));
    CHECK(at(2, 5).value(k("format")).toString() == k("yyyy-mm-dd hh:mm"));
    CHECK(at(2, 6).value(k("type")).toString() == k("b"));
    CHECK(at(2, 6).value(k("value")).toBool());
    CHECK(at(3, 6).value(k("type")).toString() == k("b"));
    CHECK_FALSE(at(3, 6).value(k("value")).toBool());
    CHECK(at(3, 0).value(k("value")).toString() == s("第一行\n第二行, 有\"引号\""));
    // Widths follow the widest value; a CJK character counts two.
    const QJsonObject widths = sheet.value(k("widths")).toObject();
    CHECK(widths.value(k("A")).toDouble() >= 16); // 华为技术有限公司: 8 characters, 16 units
    CHECK(widths.value(k("C")).toDouble() < widths.value(k("A")).toDouble());
    CHECK(widths.value(k("F")).toDouble() >= 16); // 2025-06-18 14:35
}

TEST_CASE("XLSX: text too long for a cell or too many rows stop the export by name, and the old file stays")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(k("long.xlsx"));
    write(path, k("Old"), {k("A")}, {{Value::ofText(k("before"))}});
    const QByteArray before = bytesOf(path);

    auto w = openTableWriter(path, k("New"));
    REQUIRE(w.isOk());
    REQUIRE(w.value()->writeHeader({k("Notes")}));
    REQUIRE(w.value()->writeRow({Value::ofText(QString(XlsxWriter::kMaxText, QLatin1Char('x')))}));
    const Status st =
        w.value()->writeRow({Value::ofText(QString(XlsxWriter::kMaxText + 1, QLatin1Char('x')))});
    REQUIRE_FALSE(st.isOk());
    CHECK(st.message().contains(k("row 3, column 1")));
    CHECK(st.message().contains(k("32,768")));
    CHECK(st.message().contains(k("CSV")));
    w.value().reset(); // dropped unfinished
    CHECK(bytesOf(path) == before);
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) == QStringList{k("long.xlsx")});

    // A directory that cannot be written: the message names the file.
    auto nowhere = openTableWriter(dir.filePath(k("missing/dir/x.xlsx")), k("S"));
    REQUIRE_FALSE(nowhere.isOk());
    CHECK(nowhere.message().contains(k("x.xlsx")));

    // Excel's last row: one more is refused with a message, not a broken file.
    auto rows = openTableWriter(dir.filePath(k("rows.xlsx")), k("Rows"));
    REQUIRE(rows.isOk());
    REQUIRE(rows.value()->writeHeader({k("N")}));
    const std::vector<Value> one = {Value::ofNumber(1)};
    bool written = true;
    for (int r = 1; r < XlsxWriter::kMaxRows && written; ++r)
        written = rows.value()->writeRow(one).isOk();
    REQUIRE(written);
    const Status full = rows.value()->writeRow(one);
    REQUIRE_FALSE(full.isOk());
    CHECK(full.message().contains(k("1,048,575")));
}

TEST_CASE(
    "CSV: a byte-order mark, CRLF, RFC 4180 quoting, formula-like text made inert; the import reads it back")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(k("plain.csv"));
    write(path, k("ignored"), kHeaders, sampleRows());
    const QByteArray bytes = bytesOf(path);
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    const QStringList lines = text.split(k("\r\n"));
    CHECK(lines.first() == kHeaders.join(QLatin1Char(',')));
    CHECK(lines.value(1) == s("华为技术有限公司,'=1+1,42,1234.50,2025-06-18,2025-06-18 14:35,TRUE"));
    // A quoted field holds its line break, comma and doubled quotes; -0.25 is a number, not a formula.
    CHECK(text.contains(s("\"第一行\n第二行, 有\"\"引号\"\"\",'+86 138 0013 8000,-0.25,0.99,1850-01-01,"
                          "2025-06-18 00:00,FALSE")));
    CHECK(text.contains(k("'@SUM(A1),'-Lead,,,,,tab\there \x01 ctrl\r\n")));

    CHECK(inertCsvText(k("=1+1")) == k("'=1+1"));
    CHECK(inertCsvText(k("\tx")) == k("'\tx"));
    CHECK(inertCsvText(k("\rx")) == k("'\rx"));
    CHECK(inertCsvText(k("+3")) == k("+3")); // a plain number
    CHECK(inertCsvText(k("-1.5e3")) == k("-1.5e3"));
    CHECK(inertCsvText(k("-inf")) == k("'-inf"));
    CHECK(inertCsvText(k("'=x")) == k("''=x")); // already quoted: one more, so the import gets it back
    CHECK(inertCsvText(k("'hello")) == k("'hello"));
    CHECK(inertCsvText(k("")).isEmpty());

    // The import drops exactly the quote the export added.
    const import::LoadedTable t = load(path);
    CHECK(t.table.headers == kHeaders);
    REQUIRE(t.table.rows.size() == 3);
    CHECK(t.table.rows[0].cells[1] == k("=1+1"));
    CHECK(t.table.rows[1].cells[0] == s("第一行\n第二行, 有\"引号\""));
    CHECK(t.table.rows[1].cells[1] == k("+86 138 0013 8000"));
    CHECK(t.table.rows[1].cells[2] == k("-0.25"));
    CHECK(t.table.rows[2].cells[0] == k("@SUM(A1)"));
    CHECK(t.table.rows[2].cells[1] == k("-Lead"));
    const QString quoted = dir.filePath(k("quoted.csv"));
    write(quoted, {}, {k("Text")},
          {{Value::ofText(k("'=x"))}, {Value::ofText(k("'hello"))}, {Value::ofText(k("''+y"))}});
    const import::LoadedTable q = load(quoted);
    REQUIRE(q.table.rows.size() == 3);
    CHECK(q.table.rows[0].cells[0] == k("'=x"));
    CHECK(q.table.rows[1].cells[0] == k("'hello"));
    CHECK(q.table.rows[2].cells[0] == k("''+y"));
}

TEST_CASE("the errors file is XLSX for a .xlsx name: the original columns, typed, and a reason to fix")
{
    StoreFixture f;
    QTemporaryDir dir;
    import::Table t;
    t.name = k("in.xlsx");
    t.headers = {s("客户名称"), s("客户分级"), s("签约日期"), s("备注"), k("Count")};
    t.rows = {{2, {s("好客户有限公司"), k("A"), QDate(2025, 1, 2), k("ok"), 3.0}},
              {3, {s("坏分级有限公司"), s("Z级"), QDate(2025, 1, 3), k("=1+1"), -0.25}},
              {4, {QVariant(), k("B"), QVariant(), k("@x"), true}}};
    const import::Mapping m = import::autoMap(f.store->reader(), k("accounts"), t.headers);
    auto p = import::plan(*f.store, t, m, {});
    REQUIRE(p.isOk());
    REQUIRE(p.value().failed == 2);

    const QString xlsx = dir.filePath(k("errors.xlsx"));
    REQUIRE(import::writeErrors(xlsx, t, p.value()));
    const import::LoadedTable back = load(xlsx);
    CHECK(back.format == k("XLSX"));
    CHECK(back.table.headers == QStringList(t.headers) << k("Problem"));
    REQUIRE(back.table.rows.size() == 2); // only the rows to fix
    CHECK(back.table.rows[0].cells[0] == s("坏分级有限公司"));
    CHECK(back.table.rows[0].cells[2] == QVariant(QDate(2025, 1, 3)));
    CHECK(back.table.rows[0].cells[3] == k("=1+1"));
    CHECK(back.table.rows[0].cells[4] == QVariant(-0.25));
    CHECK(back.table.rows[0].cells[5].toString().contains(s("Z级")));
    CHECK(back.table.rows[1].cells[4] == QVariant(true));
    // Fixed and imported again, the rows go in.
    import::Table fixed = back.table;
    fixed.headers.removeLast();
    fixed.rows[0].cells[1] = k("B");
    fixed.rows[1].cells[0] = s("补名称有限公司");
    auto again =
        import::plan(*f.store, fixed, import::autoMap(f.store->reader(), k("accounts"), fixed.headers), {});
    REQUIRE(again.isOk());
    CHECK(again.value().failed == 0);
    CHECK(again.value().created == 2);

    // The CSV errors file stays as it was: inert text, plain numbers.
    const QString csv = dir.filePath(k("errors.csv"));
    REQUIRE(import::writeErrors(csv, t, p.value()));
    const QString text = QString::fromUtf8(bytesOf(csv));
    CHECK(text.contains(k(",'=1+1,-0.25,")));
    CHECK(text.contains(k(",'@x,TRUE,")));

    if (!haveOpenpyxl())
        return;
    const QJsonObject sheet = test::readWithOpenpyxl(xlsx).at(0).toObject();
    CHECK(sheet.value(k("title")).toString() == k("Rows with errors"));
    CHECK(cell(sheet, 1, 5).value(k("value")).toString() == k("Problem"));
    CHECK(cell(sheet, 1, 5).value(k("bold")).toBool());
    CHECK(cell(sheet, 2, 2).value(k("type")).toString() == k("d"));
    CHECK(cell(sheet, 2, 3).value(k("type")).toString() == k("s"));
    CHECK(cell(sheet, 2, 3).value(k("value")).toString() == k("=1+1"));
    CHECK(cell(sheet, 2, 4).value(k("type")).toString() == k("n"));
    CHECK(cell(sheet, 3, 4).value(k("type")).toString() == k("b"));
}

namespace {

// A small book: one account with a tree where 财务部 appears under two companies,
// people who report to each other, a deal with its buying center, a visit, custom
// fields, and records in the trash (a contact; another account with its people).
struct Book
{
    StoreFixture f;
    commands::Commands c{*f.store};
    QString account, other, hq, tech, logistics, techFinance, logisticsFinance, zhang, li, wang, deal, visit,
        lead;

    Book()
    {
        lead = f.add(k("member"), {{k("name"), s("李明")}, {k("email"), k("li.ming@example.com")}});
        for (const auto& [key, type] :
             {std::pair{"listed", "yes_no"}, {"sponsor", "member"}, {"since", "date"}})
            REQUIRE(c.createRecord(k("field_def"), {{k("applies_to"), k("account")},
                                                    {k("key"), k(key)},
                                                    {k("label"), k(key)},
                                                    {k("label_zh"), s("自定义")},
                                                    {k("value_type"), k(type)}}));
        // A custom field with a built-in field's label.
        REQUIRE(c.createRecord(k("field_def"), {{k("applies_to"), k("account")},
                                                {k("key"), k("industry_2")},
                                                {k("label"), k("Industry")},
                                                {k("value_type"), k("text")}}));
        account = f.add(k("account"), {{k("name"), s("远航集团有限公司")},
                                       {k("tier"), k("A")},
                                       {k("credit_limit"), qint64(500000000)},
                                       {k("currency"), k("CNY")},
                                       {k("payment_terms_days"), qint64(60)},
                                       {k("am_id"), lead},
                                       {k("listed"), k("yes")},
                                       {k("sponsor"), lead},
                                       {k("since"), k("2020-02-29")},
                                       {k("industry"), s("制造")},
                                       {k("industry_2"), s("汽车零部件")}});
        hq = f.unit(account, s("远航集团总部"));
        tech = f.unit(account, s("远航科技有限公司"), hq);
        logistics = f.unit(account, s("远航物流有限公司"), hq);
        techFinance = f.unit(account, s("财务部"), tech);
        logisticsFinance = f.unit(account, s("财务部"), logistics);
        zhang = f.contact(account, s("张伟"),
                          {{k("org_unit_id"), techFinance},
                           {k("decision_role"), k("economic_buyer")},
                           {k("notes"), k("=HYPERLINK(\"http://x\")")}});
        li = f.contact(account, s("李娜"), {{k("org_unit_id"), logisticsFinance}, {k("reports_to"), zhang}});
        wang = f.contact(account, s("王五"), {{k("org_unit_id"), hq}});
        const QString gone = f.contact(account, s("赵六"), {{k("org_unit_id"), hq}});
        deal = f.add(k("opportunity"), {{k("account_id"), account},
                                        {k("name"), s("数据中心扩容")},
                                        {k("amount"), qint64(1200000000)},
                                        {k("currency"), k("CNY")}});
        for (const auto& [who, role] : {std::pair{zhang, "economic_buyer"}, {li, "technical_buyer"}})
            f.add(k("buying_role"), {{k("account_id"), account},
                                     {k("opportunity_id"), deal},
                                     {k("contact_id"), who},
                                     {k("role"), k(role)}});
        visit = f.add(k("followup"), {{k("account_id"), account},
                                      {k("type"), k("visit")},
                                      {k("at"), k("2025-06-18T06:35:00.000Z")},
                                      {k("summary"), s("技术交流")},
                                      {k("contact_ids"), QStringLiteral("[\"%1\",\"%2\"]").arg(li, zhang)},
                                      {k("opportunity_id"), deal},
                                      {k("next_due"), k("2025-06-30")}});
        other = f.account(s("已删除集团"));
        f.contact(other, s("孙七"));
        REQUIRE(c.deleteRecords({gone, other}));
    }

    import::LoadedTable exported(const QString& type, const QString& path, const QString& only = {}){
        auto n = exportTable(f.store->reader(), type, path, only);
    REQUIRE_MESSAGE(n.isOk(), n.message());
    import::LoadedTable t = load(path);
    CHECK(int(t.table.rows.size()) == n.value());
    // The headers are the import's own, in order, and map back to the same targets.
    QStringList labels, keys;
    for (const import::Target& target : import::exportedTargets(f.store->reader(), type)) {
        labels << target.label;
        keys << target.key;
    }
    CHECK(t.table.headers == labels);
    CHECK(import::autoMap(f.store->reader(), type, t.table.headers).columns == keys);
    return t;
}
}; // namespace

QVariant column(const import::LoadedTable& t, const QString& header, size_t row)
{
    const int c = int(t.table.headers.indexOf(header));
    REQUIRE_MESSAGE(c >= 0, header);
    return t.table.rows.at(row).cells.value(c);
}

} // namespace

TEST_CASE("a record list names what the import needs: accounts, units (by path where a name repeats), people")
{
    Book b;
    QTemporaryDir dir;

    const import::LoadedTable units = b.exported(k("orgunits"), dir.filePath(k("units.xlsx")));
    QStringList order;
    for (size_t r = 0; r < units.table.rows.size(); ++r)
        order << column(units, s("Unit name"), r).toString() + QLatin1Char('<') +
                     column(units, k("Parent company or unit"), r).toString();
    // Each unit after its parent; a repeated name's parent written so the import finds it.
    // Siblings by their sort order, then by name (物 before 科 in code-point order).
    CHECK(
        order.join(QLatin1Char('|')) ==
        s("远航集团总部<|远航物流有限公司<远航集团总部|财务部<远航物流有限公司|远航科技有限公司<远航集团总部|"
          "财务部<远航科技有限公司"));
    CHECK(column(units, k("Account (name or credit code)"), 0) == s("远航集团有限公司"));

    const import::LoadedTable people = b.exported(k("contacts"), dir.filePath(k("people.csv")));
    REQUIRE(people.table.rows.size() == 3); // not 赵六 (in the trash), not the trashed account's 孙七
    QMap<QString, std::pair<QString, QString>> unitAndManager;
    for (size_t r = 0; r < 3; ++r)
        unitAndManager.insert(column(people, s("Full name"), r).toString(),
                              {column(people, k("Org unit (name)"), r).toString(),
                               column(people, k("Reports to (name)"), r).toString()});
    CHECK(unitAndManager.value(s("张伟")) == std::pair{s("远航科技有限公司 / 财务部"), QString()});
    CHECK(unitAndManager.value(s("李娜")) == std::pair{s("远航物流有限公司 / 财务部"), s("张伟")});
    CHECK(unitAndManager.value(s("王五")) == std::pair{s("远航集团总部"), QString()});
    CHECK(column(people, s("Full name"), 0) == s("张伟")); // by name, in code-point order: 张 李 王
    CHECK(column(people, k("Decision role"), 0) == k("Economic buyer"));
    CHECK(column(people, k("Notes"), 0) == k("=HYPERLINK(\"http://x\")")); // the quote the CSV had is gone

    const QString accountsPath = dir.filePath(k("accounts.xlsx"));
    const import::LoadedTable accounts = b.exported(k("accounts"), accountsPath);
    REQUIRE(accounts.table.rows.size() == 1);
    CHECK(column(accounts, k("Account manager"), 0) == s("李明"));
    CHECK(column(accounts, k("sponsor"), 0) == s("李明"));
    CHECK(column(accounts, k("listed"), 0) == QVariant(true));
    CHECK(column(accounts, k("since"), 0) == QVariant(QDate(2020, 2, 29)));
    CHECK(column(accounts, k("Credit limit"), 0).toDouble() == 5'000'000);
    CHECK(column(accounts, k("Tier"), 0) == k("A"));
    // The custom field called "Industry" is headed by its key, so it does not take the built-in's column.
    CHECK(column(accounts, k("Industry"), 0) == s("制造"));
    CHECK(column(accounts, k("industry_2"), 0) == s("汽车零部件"));
    CHECK_FALSE(accounts.table.headers.contains(k("Parent company or unit"))); // an account is a top

    const import::LoadedTable deals = b.exported(k("opportunities"), dir.filePath(k("deals.xlsx")));
    REQUIRE(deals.table.rows.size() == 1);
    CHECK(column(deals, k("Buying center (names and roles)"), 0) ==
          s("张伟 (Economic buyer), 李娜 (Technical buyer)"));
    const import::LoadedTable visits = b.exported(k("followups"), dir.filePath(k("visits.xlsx")));
    REQUIRE(visits.table.rows.size() == 1);
    CHECK(column(visits, k("Contacts met (names)"), 0) == s("李娜, 张伟"));
    CHECK(column(visits, k("Opportunity (name)"), 0) == s("数据中心扩容"));
    // Stored in UTC, written as the clock time here (the tests run in Asia/Shanghai).
    CHECK(column(visits, k("Time"), 0) == QVariant(QDateTime(QDate(2025, 6, 18), QTime(14, 35))));
    CHECK(column(visits, k("Next action due"), 0) == QVariant(QDate(2025, 6, 30)));

    // One account only; an account that is not there (or in the trash) is named and writes nothing.
    CHECK(b.exported(k("contacts"), dir.filePath(k("one.xlsx")), b.account).table.rows.size() == 3);
    const QString none = dir.filePath(k("none.xlsx"));
    auto refused = exportTable(b.f.store->reader(), k("contacts"), none, b.other);
    REQUIRE_FALSE(refused.isOk());
    CHECK(refused.message().contains(b.other));
    CHECK_FALSE(QFile::exists(none));
    auto unknown = exportTable(b.f.store->reader(), k("planets"), none);
    REQUIRE_FALSE(unknown.isOk());
    CHECK(unknown.message().contains(k("planets")));
    CHECK_FALSE(QFile::exists(none));

    if (!haveOpenpyxl())
        return;
    const QJsonObject sheet = test::readWithOpenpyxl(accountsPath).at(0).toObject();
    CHECK(sheet.value(k("title")).toString() == k("Accounts"));
    const QStringList headers = accounts.table.headers;
    const QJsonObject limit = cell(sheet, 2, int(headers.indexOf(k("Credit limit"))));
    CHECK(limit.value(k("type")).toString() == k("n"));
    CHECK(limit.value(k("format")).toString() == s("\"¥\"#,##0.00"));
    CHECK(cell(sheet, 2, int(headers.indexOf(k("Payment terms (days)")))).value(k("format")).toString() ==
          k("General"));
    CHECK(cell(sheet, 2, int(headers.indexOf(k("listed")))).value(k("type")).toString() == k("b"));
    CHECK(cell(sheet, 2, int(headers.indexOf(k("since")))).value(k("type")).toString() == k("d"));
    CHECK(cell(sheet, 2, 0).value(k("value")).toString() == s("远航集团有限公司"));
}

TEST_CASE("contracts, receivables, service requests and surveys export with their references by name")
{
    Book b;
    QTemporaryDir dir;
    const QString first = b.f.add(k("contract"), {{k("account_id"), b.account},
                                                  {k("org_unit_id"), b.tech},
                                                  {k("title"), s("年度服务合同")},
                                                  {k("amount"), qint64(12345600)},
                                                  {k("currency"), k("CNY")},
                                                  {k("signed_on"), k("2026-01-05")},
                                                  {k("end_on"), k("2026-12-31")},
                                                  {k("status"), k("active")},
                                                  {k("owner_id"), b.lead}});
    const QString renewal = b.f.add(k("contract"), {{k("account_id"), b.account},
                                                    {k("title"), s("续约合同")},
                                                    {k("renews_id"), first},
                                                    {k("status"), k("draft")}});
    b.f.add(k("receivable"), {{k("account_id"), b.account},
                              {k("contract_id"), first},
                              {k("due_on"), k("2026-03-31")},
                              {k("amount_due"), qint64(500000)}});
    b.f.add(k("service_request"), {{k("account_id"), b.account},
                                   {k("contact_id"), b.zhang},
                                   {k("title"), k("=cmd|' /C calc'!A0")},
                                   {k("severity"), k("high")},
                                   {k("opened_at"), k("2026-02-01T01:00:00.000Z")}});
    b.f.add(k("satisfaction"), {{k("account_id"), b.account},
                                {k("contact_id"), b.li},
                                {k("surveyed_on"), k("2026-02-10")},
                                {k("csat"), 4},
                                {k("nps"), 9}});
    CHECK(tableTypes().contains(k("surveys")));
    CHECK_FALSE(exportTypes().contains(k("contracts"))); // a workbook holds what the import reads
    CHECK(exportTypeOfEntity(k("contract")) == k("contracts"));
    CHECK(exportTypeOfEntity(k("satisfaction")) == k("surveys"));
    CHECK(exportTypeOfEntity(k("coverage")).isEmpty());

    TableOptions withIds;
    withIds.withIds = true;
    auto written = [&](const char* type, const char* file) {
        const QString path = dir.filePath(k(file));
        auto n = exportTable(b.f.store->reader(), k(type), path, withIds);
        REQUIRE_MESSAGE(n.isOk(), n.message());
        import::LoadedTable t = load(path);
        CHECK(int(t.table.rows.size()) == n.value());
        return t;
    };
    const import::LoadedTable contracts = written("contracts", "contracts.xlsx");
    REQUIRE(contracts.table.rows.size() == 2);
    CHECK(contracts.table.headers.first() == k("ID"));
    // By account, then title: 年 before 续 in code-point order.
    CHECK(column(contracts, k("Contract title"), 0) == s("年度服务合同"));
    CHECK(column(contracts, k("Account"), 0) == s("远航集团有限公司"));
    CHECK(column(contracts, k("Signing entity"), 0) == s("远航科技有限公司"));
    CHECK(column(contracts, k("Owner"), 0) == s("李明"));
    CHECK(column(contracts, k("Amount"), 0).toDouble() == 123456);
    CHECK(column(contracts, k("Signed on"), 0) == QVariant(QDate(2026, 1, 5)));
    CHECK(column(contracts, k("Renews contract"), 1) == s("年度服务合同"));
    CHECK(column(contracts, k("Renews contract ID"), 1) == first);
    CHECK(column(contracts, k("ID"), 1) == renewal);

    const import::LoadedTable payments = written("receivables", "payments.csv");
    REQUIRE(payments.table.rows.size() == 1);
    CHECK(column(payments, k("Contract"), 0) == s("年度服务合同"));
    CHECK(column(payments, k("Contract ID"), 0) == first);
    CHECK(column(payments, k("Amount due"), 0).toDouble() == 5000);

    const QString requestsPath = dir.filePath(k("requests.xlsx"));
    REQUIRE(exportTable(b.f.store->reader(), k("service_requests"), requestsPath, withIds));
    const import::LoadedTable requests = load(requestsPath);
    REQUIRE(requests.table.rows.size() == 1);
    CHECK(column(requests, k("Contact"), 0) == s("张伟"));
    CHECK(column(requests, k("Severity"), 0) == k("High"));
    CHECK(column(requests, k("Subject"), 0) == k("=cmd|' /C calc'!A0"));
    // In CSV, the formula-like subject is neutralised (OWASP): a quote in front.
    const QString requestsCsv = dir.filePath(k("requests.csv"));
    REQUIRE(exportTable(b.f.store->reader(), k("service_requests"), requestsCsv, withIds));
    CHECK(QString::fromUtf8(bytesOf(requestsCsv)).contains(k(",'=cmd|")));

    const import::LoadedTable surveys = written("surveys", "surveys.xlsx");
    REQUIRE(surveys.table.rows.size() == 1);
    CHECK(column(surveys, k("Contact"), 0) == s("李娜"));
    CHECK(column(surveys, s("CSAT (1–5)"), 0).toDouble() == 4);

    if (!haveOpenpyxl())
        return;
    const QJsonObject sheet = test::readWithOpenpyxl(requestsPath).at(0).toObject();
    CHECK(sheet.value(k("title")).toString() == k("Service requests"));
    const int subject = int(requests.table.headers.indexOf(k("Subject")));
    CHECK(cell(sheet, 2, subject).value(k("type")).toString() == k("s")); // text, never a formula
    const QJsonObject amount =
        cell(test::readWithOpenpyxl(dir.filePath(k("contracts.xlsx"))).at(0).toObject(), 2,
             int(contracts.table.headers.indexOf(k("Amount"))));
    CHECK(amount.value(k("type")).toString() == k("n"));
    CHECK(amount.value(k("format")).toString() == s("\"¥\"#,##0.00"));
}
