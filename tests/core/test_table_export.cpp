// Record lists and the import's errors file written as XLSX and CSV, checked with
// an independent reader (python3-openpyxl, see OpenpyxlReader.h) and with Summit's
// own import: typed cells, never a formula, ¥ and date formats, the header row,
// CJK text and widths; CSV's byte-order mark, quoting and inert formula-like text;
// headers that the import maps back; references the import can rebuild.
#include "OpenpyxlReader.h"
#include "QtDoctest.h"
#include "StoreFixture.h"
#include "commands/Commands.h"
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
