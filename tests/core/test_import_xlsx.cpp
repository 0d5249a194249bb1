// The XLSX reader on workbooks made in the test: what SpreadsheetML allows (shared,
// rich and inline strings, dates by style, formulas, merges, hidden rows and columns,
// prefixes, missing cell references) and every kind of bad input, each ending in a
// message that names the file and the place.

#include "ImportTestHelpers.h"
#include "QtDoctest.h"
#include "ZipFiles.h"
#include "import/XlsxFormats.h"
#include "import/XlsxPackage.h"
#include "import/XlsxReader.h"
#include "import/XlsxSheet.h"

#include <cmath>

using namespace summit;
using namespace summit::import;
using summit::test::cellAt;
using summit::test::joined;
using summit::test::readAll;
using summit::test::SheetXml;
using summit::test::worksheet;

namespace {

const QString fileName = QStringLiteral("客户.xlsx");

std::unique_ptr<XlsxReader> open(const QByteArray& bytes, const ReadOptions& options = {})
{
    auto r = XlsxReader::openData(bytes, fileName, options);
    REQUIRE_MESSAGE(r.isOk(), r.message().toStdString());
    return std::move(r.value());
}

std::unique_ptr<XlsxReader> openSheet(const QByteArray& sheetXml, const QByteArray& strings = {},
                                      const QByteArray& styles = {}, bool date1904 = false,
                                      const ReadOptions& options = {})
{
    return open(test::xlsxBytes({{QStringLiteral("客户"), sheetXml}}, strings, styles, date1904), options);
}

QString openError(const QByteArray& bytes, const ReadOptions& options = {})
{
    auto r = XlsxReader::openData(bytes, fileName, options);
    REQUIRE_FALSE(r.isOk());
    return r.message();
}

QString readError(XlsxReader& reader, int sheet = 0)
{
    const auto read = readAll(reader, sheet);
    REQUIRE_FALSE(read.status.isOk());
    return read.status.message();
}

const QByteArray sharedStrings =
    "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"4\" uniqueCount=\"4\">"
    "<si><t>客户名称</t></si>"
    "<si><r><rPr><b/></rPr><t>华为</t></r><r><t xml:space=\"preserve\"> 技术 </t></r></si>"
    "<si><t>東京</t><rPh sb=\"0\" eb=\"2\"><t>トウキョウ</t></rPh><phoneticPr fontId=\"1\"/></si>"
    "<si><t>第一行_x000D_&#10;第二行_x005F_x0041_</t></si>"
    "</sst>";

// cellXfs: 0 general, 1 built-in date 14, 2 custom date, 3 custom date-time, 4 a
// currency format in red (no date), 5 built-in time 20, 6 elapsed hours.
const QByteArray styles =
    "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
    "<numFmts count=\"4\"><numFmt numFmtId=\"164\" "
    "formatCode=\"yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;\"/>"
    "<numFmt numFmtId=\"165\" formatCode=\"yyyy\\-mm\\-dd\\ hh:mm:ss\"/>"
    "<numFmt numFmtId=\"166\" formatCode=\"[Red][$¥-804]#,##0.00;[Red]\\-#,##0.00\"/>"
    "<numFmt numFmtId=\"167\" formatCode=\"[h]:mm\"/></numFmts>"
    "<cellStyleXfs count=\"1\"><xf numFmtId=\"14\"/></cellStyleXfs>"
    "<cellXfs count=\"7\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"164\"/><xf "
    "numFmtId=\"165\"/>"
    "<xf numFmtId=\"166\"/><xf numFmtId=\"20\"/><xf numFmtId=\"167\"/></cellXfs></styleSheet>";

} // namespace

TEST_CASE("Cell references name columns from A to XFD and rows up to 1,048,576")
{
    using xlsx::parseCellRef;
    CHECK(parseCellRef(u"A1")->column == 0);
    CHECK(parseCellRef(u"A1")->row == 1);
    CHECK(parseCellRef(u"AB12")->column == 27);
    CHECK(parseCellRef(u"$C$3")->column == 2);
    CHECK(parseCellRef(u"XFD1048576")->column == 16383);
    CHECK(parseCellRef(u"XFD1048576")->row == 1048576);
    CHECK(parseCellRef(u"ab3")->column == 27);
    CHECK_FALSE(parseCellRef(u"XFE1"));
    CHECK_FALSE(parseCellRef(u"A0"));
    CHECK_FALSE(parseCellRef(u"A1048577"));
    CHECK_FALSE(parseCellRef(u""));
    CHECK_FALSE(parseCellRef(u"1A"));
    CHECK_FALSE(parseCellRef(u"AAAA1"));
    CHECK(xlsx::parseRange(u"C3:A1") == CellRange{1, 3, 0, 2});
    CHECK(xlsx::parseRange(u"B2") == CellRange{2, 2, 1, 1});
    CHECK_FALSE(xlsx::parseRange(u"A1:"));
    CHECK(columnName(0) == QStringLiteral("A"));
    CHECK(columnName(25) == QStringLiteral("Z"));
    CHECK(columnName(26) == QStringLiteral("AA"));
    CHECK(columnName(16383) == QStringLiteral("XFD"));
}

TEST_CASE("Number formats that show dates are told from the others")
{
    using xlsx::DateKind;
    using xlsx::formatDateKind;
    CHECK(xlsx::builtInDateKind(14) == DateKind::Date);
    CHECK(xlsx::builtInDateKind(22) == DateKind::DateTime);
    CHECK(xlsx::builtInDateKind(20) == DateKind::DateTime);
    CHECK(xlsx::builtInDateKind(31) == DateKind::Date);
    CHECK(xlsx::builtInDateKind(57) == DateKind::Date);
    CHECK(xlsx::builtInDateKind(0) == DateKind::None);
    CHECK(xlsx::builtInDateKind(49) == DateKind::None);
    CHECK(formatDateKind(u"yyyy-mm-dd") == DateKind::Date);
    CHECK(formatDateKind(u"yyyy\\-mm\\-dd") == DateKind::Date);
    CHECK(formatDateKind(u"[$-804]yyyy\"年\"m\"月\"d\"日\"") == DateKind::Date);
    CHECK(formatDateKind(u"yyyy-mm-dd hh:mm") == DateKind::DateTime);
    CHECK(formatDateKind(u"mm:ss") == DateKind::DateTime);
    CHECK(formatDateKind(u"[h]:mm:ss") == DateKind::DateTime);
    CHECK(formatDateKind(u"h:mm AM/PM") == DateKind::DateTime);
    CHECK(formatDateKind(u"[Red]0.00") == DateKind::None);
    CHECK(formatDateKind(u"0.00;[Red]-0.00") == DateKind::None);
    CHECK(formatDateKind(u"\"day\" 0") == DateKind::None);
    CHECK(formatDateKind(u"#,##0.00_);(#,##0.00)") == DateKind::None);
    CHECK(formatDateKind(u"General") == DateKind::None);
    CHECK(formatDateKind(u"0.00E+00") == DateKind::None);
    CHECK(formatDateKind(u"@") == DateKind::None);
    CHECK(formatDateKind(u"\\d0") == DateKind::None);
    CHECK(formatDateKind(u"\"TRUE\";\"TRUE\";\"FALSE\"") == DateKind::None);
}

TEST_CASE("Date serials follow Excel's 1900 system, Lotus's phantom leap day, and the 1904 system")
{
    using xlsx::dateCell;
    using xlsx::DateKind;
    CHECK(dateCell(1, DateKind::Date, false).date() == QDate(1900, 1, 1));
    CHECK(dateCell(59, DateKind::Date, false).date() == QDate(1900, 2, 28));
    CHECK(dateCell(60, DateKind::Date, false).date() == QDate(1900, 2, 28));
    CHECK(dateCell(61, DateKind::Date, false).date() == QDate(1900, 3, 1));
    CHECK(dateCell(45366, DateKind::Date, false).date() == QDate(2024, 3, 15));
    CHECK(dateCell(45366.75, DateKind::Date, false).kind() == Cell::Kind::Date);
    const Cell dt = dateCell(45322.6041666667, DateKind::DateTime, false);
    CHECK(dt.kind() == Cell::Kind::DateTime);
    CHECK(dt.dateTime() == QDateTime(QDate(2024, 1, 31), QTime(14, 30), Qt::UTC));
    CHECK(dt.toString() == QStringLiteral("2024-01-31 14:30:00"));
    CHECK(dateCell(0.40625, DateKind::DateTime, false).dateTime().time() == QTime(9, 45));
    CHECK(dateCell(45366.999999999, DateKind::DateTime, false).dateTime() ==
          QDateTime(QDate(2024, 3, 16), QTime(0, 0), Qt::UTC));
    CHECK(dateCell(0, DateKind::Date, true).date() == QDate(1904, 1, 1));
    CHECK(dateCell(43904, DateKind::Date, true).date() == QDate(2024, 3, 15));
    CHECK(dateCell(-1, DateKind::Date, false).kind() == Cell::Kind::Number);
    CHECK(dateCell(3e6, DateKind::Date, false).kind() == Cell::Kind::Number);
    CHECK(dateCell(std::nan(""), DateKind::Date, false).kind() == Cell::Kind::Number);
    CHECK(dateCell(45366, DateKind::None, false).number() == 45366);
}

TEST_CASE("Excel's _xHHHH_ escapes are undone, and an escaped underscore stays literal")
{
    CHECK(xlsx::decodeEscapes(QStringLiteral("a_x000D_b")) == QStringLiteral("a\rb"));
    CHECK(xlsx::decodeEscapes(QStringLiteral("_x005F_x000D_")) == QStringLiteral("_x000D_"));
    CHECK(xlsx::decodeEscapes(QStringLiteral("_xZZZZ_ _x12_")) == QStringLiteral("_xZZZZ_ _x12_"));
    CHECK(xlsx::decodeEscapes(QStringLiteral("x_x0041_")) == QStringLiteral("xA"));
}

TEST_CASE("Cells are typed: shared, rich, phonetic and inline strings, numbers, booleans, errors, dates")
{
    const QByteArray rows =
        "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
        "<c r=\"C1\" t=\"s\"><v>2</v></c><c r=\"D1\" t=\"s\"><v>3</v></c></row>"
        "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><r><t>中</t></r><r><t>兴</t></r></is></c>"
        "<c r=\"B2\"><v>13812345678</v></c><c r=\"C2\" t=\"n\"><v>-1.5E-3</v></c>"
        "<c r=\"D2\" t=\"b\"><v>1</v></c><c r=\"E2\" t=\"b\"><v>0</v></c><c r=\"F2\" t=\"e\"><v>#N/A</v></c>"
        "<c r=\"G2\" t=\"str\"><f>A1&amp;\"!\"</f><v>客户名称!</v></c><c r=\"H2\" "
        "t=\"d\"><v>2024-03-15</v></c></row>"
        "<row r=\"3\"><c r=\"A3\" s=\"1\"><v>45366</v></c><c r=\"B3\" s=\"2\"><v>45366</v></c>"
        "<c r=\"C3\" s=\"3\"><v>45322.5</v></c><c r=\"D3\" s=\"4\"><v>45366</v></c><c r=\"E3\" "
        "s=\"5\"><v>0.75</v></c>"
        "<c r=\"F3\" s=\"6\"><v>1.5</v></c><c r=\"G3\" s=\"99\"><v>7</v></c></row>";
    auto reader = openSheet(worksheet(rows), sharedStrings, styles);
    const auto read = readAll(*reader);
    REQUIRE_MESSAGE(read.status.isOk(), read.status.message().toStdString());
    REQUIRE(read.rows.size() == 3);
    CHECK(joined(read.rows[0]) == QStringLiteral("客户名称|华为 技术 |東京|第一行\r\n第二行_x0041_"));
    CHECK(read.rows[0].cells[1].kind() == Cell::Kind::Text);

    const auto& r2 = read.rows[1].cells;
    CHECK(r2[0].text() == QStringLiteral("中兴"));
    CHECK(r2[1].kind() == Cell::Kind::Number);
    CHECK(r2[1].toString() == QStringLiteral("13812345678"));
    CHECK(r2[2].number() == doctest::Approx(-0.0015));
    CHECK(r2[3].kind() == Cell::Kind::Boolean);
    CHECK(r2[3].boolean());
    CHECK_FALSE(r2[4].boolean());
    CHECK(r2[4].toString() == QStringLiteral("FALSE"));
    CHECK(r2[5].kind() == Cell::Kind::Error);
    CHECK(r2[5].text() == QStringLiteral("#N/A"));
    CHECK(r2[6].text() == QStringLiteral("客户名称!"));
    CHECK(r2[7].date() == QDate(2024, 3, 15));

    const auto& r3 = read.rows[2].cells;
    CHECK(r3[0].kind() == Cell::Kind::Date);
    CHECK(r3[0].date() == QDate(2024, 3, 15));
    CHECK(r3[1].date() == QDate(2024, 3, 15));
    CHECK(r3[2].kind() == Cell::Kind::DateTime);
    CHECK(r3[2].dateTime() == QDateTime(QDate(2024, 1, 31), QTime(12, 0), Qt::UTC));
    CHECK(r3[3].kind() == Cell::Kind::Number);
    CHECK(r3[4].dateTime().time() == QTime(18, 0));
    CHECK(r3[5].kind() == Cell::Kind::DateTime);
    CHECK(r3[6].kind() == Cell::Kind::Number); // a style index the file does not define
    CHECK(reader->report().problems.isEmpty());
}

TEST_CASE("The 1904 date system moves every date by 1,462 days")
{
    auto reader =
        openSheet(worksheet("<row r=\"1\"><c r=\"A1\" s=\"1\"><v>43904</v></c></row>"), {}, styles, true);
    CHECK(reader->uses1904Dates());
    const auto read = readAll(*reader);
    REQUIRE(read.status.isOk());
    CHECK(read.rows[0].cells[0].date() == QDate(2024, 3, 15));
}

TEST_CASE("A formula's saved result is read; one without a result is a problem that names the cell")
{
    const QByteArray rows = "<row r=\"1\"><c r=\"A1\"><v>2</v></c><c r=\"B1\"><f>A1*2</f><v>4</v></c>"
                            "<c r=\"C1\"><f>A1*3</f></c><c r=\"D1\"><f>SUM(A1:C1)</f><v></v></c>"
                            "<c r=\"E1\" t=\"str\"><f>IF(A1&gt;5,\"big\",\"\")</f><v></v></c>"
                            "<c r=\"F1\" t=\"s\"><f>A1</f><v>0</v></c></row>";
    auto reader = openSheet(worksheet(rows), sharedStrings);
    const auto read = readAll(*reader);
    REQUIRE(read.status.isOk());
    CHECK(joined(read.rows[0]) == QStringLiteral("2|4||||客户名称"));
    CHECK(read.rows[0].cells[2].kind() == Cell::Kind::Empty);
    const QStringList problems = reader->report().problems;
    REQUIRE(problems.size() == 2);
    CHECK(problems[0].contains(QStringLiteral("=A1*3")));
    CHECK(problems[0].contains(QStringLiteral("C1")));
    CHECK(problems[0].contains(QStringLiteral("“客户”")));
    CHECK(problems[0].contains(fileName));
    CHECK(problems[1].contains(QStringLiteral("D1")));
}

TEST_CASE("Rows and cells without references follow one another")
{
    const QByteArray rows = "<row><c t=\"inlineStr\"><is><t>a</t></is></c><c><v>1</v></c></row>"
                            "<row><c r=\"C2\"><v>3</v></c><c><v>4</v></c></row>"
                            "<row r=\"7\"><c><v>7</v></c></row><row><c><v>8</v></c></row>";
    auto reader = openSheet(worksheet(rows));
    const auto read = readAll(*reader);
    REQUIRE(read.status.isOk());
    REQUIRE(read.rows.size() == 4);
    CHECK(read.rows[0].number == 1);
    CHECK(joined(read.rows[0]) == QStringLiteral("a|1"));
    CHECK(read.rows[1].number == 2);
    CHECK(joined(read.rows[1]) == QStringLiteral("||3|4"));
    CHECK(read.rows[2].number == 7);
    CHECK(read.rows[3].number == 8);
    CHECK(read.rows[0].line == 0);
}

TEST_CASE("A merged group name fills every row it spans, over whatever the covered cells hold")
{
    const QByteArray rows = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>集团</t></is></c>"
                            "<c r=\"B1\" t=\"inlineStr\"><is><t>公司</t></is></c></row>"
                            "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>华能集团</t></is></c>"
                            "<c r=\"B2\" t=\"inlineStr\"><is><t>华能国际</t></is></c></row>"
                            "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>leftover</t></is></c>"
                            "<c r=\"B3\" t=\"inlineStr\"><is><t>华能新能源</t></is></c></row>"
                            "<row r=\"4\"><c r=\"B4\" t=\"inlineStr\"><is><t>华能资本</t></is></c></row>"
                            "<row r=\"5\"><c r=\"B5\" t=\"inlineStr\"><is><t>腾讯</t></is></c></row>"
                            "<row r=\"6\"><c r=\"A6\"><v>1</v></c></row>";
    const QByteArray merges =
        "<mergeCells count=\"2\"><mergeCell ref=\"A2:A4\"/><mergeCell ref=\"A6:C6\"/></mergeCells>";
    auto reader = openSheet(worksheet(rows, {}, merges));
    const auto read = readAll(*reader);
    REQUIRE(read.status.isOk());
    REQUIRE(read.rows.size() == 6);
    CHECK(joined(read.rows[1]) == QStringLiteral("华能集团|华能国际"));
    CHECK(joined(read.rows[2]) == QStringLiteral("华能集团|华能新能源"));
    CHECK(joined(read.rows[3]) == QStringLiteral("华能集团|华能资本"));
    CHECK(joined(read.rows[4]) == QStringLiteral("|腾讯"));
    CHECK(joined(read.rows[5]) == QStringLiteral("1|1|1"));
    CHECK(reader->report().merged == QList<CellRange>{{2, 4, 0, 0}, {6, 6, 0, 2}});
}

TEST_CASE("Merged ranges are found whatever the prefix, spacing and chunk boundaries")
{
    xlsx::MergeScanner scanner;
    const QByteArray xml = "<x:sheetData/><x:mergeCells count=\"3\"><x:mergeCell ref=\"A2:A4\"/>"
                           "<mergeCell\n  ref = 'B1:C1' /><mergeCell xref=\"Z9\" ref=\"D5:E6\"></mergeCell>"
                           "<t>mergeCell ref=\"A1:A9\"</t></x:mergeCells>";
    // Fed one byte at a time, then whole: the same ranges.
    for (const char c : xml)
        scanner.feed(&c, 1);
    const QList<CellRange> expected = {{2, 4, 0, 0}, {1, 1, 1, 2}, {5, 6, 3, 4}};
    CHECK(scanner.ranges() == expected);
    xlsx::MergeScanner whole;
    whole.feed(xml.constData(), xml.size());
    CHECK(whole.ranges() == expected);
}

TEST_CASE("Hidden rows and columns are reported, and hidden rows still delivered with a flag")
{
    const QByteArray cols =
        "<cols><col min=\"2\" max=\"3\" hidden=\"1\" width=\"0\"/><col min=\"4\" max=\"4\"/>"
        "<col min=\"6\" max=\"6\" hidden=\"true\"/></cols>";
    const QByteArray rows = "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"
                            "<row r=\"2\" hidden=\"1\"><c r=\"A2\"><v>2</v></c></row>"
                            "<row r=\"3\" hidden=\"1\"/><row r=\"4\"><c r=\"A4\"><v>4</v></c></row>";
    auto reader = openSheet(worksheet(rows, cols));
    QList<int> hiddenColumnsAtFirstRow;
    const Status s = reader->readSheet(0, [&](const Row&) {
        if (hiddenColumnsAtFirstRow.isEmpty())
            hiddenColumnsAtFirstRow = reader->report().hiddenColumns;
        return true;
    });
    REQUIRE(s.isOk());
    CHECK(hiddenColumnsAtFirstRow == QList<int>{1, 2, 5});
    CHECK(reader->report().hiddenRows == QList<int>{2, 3});
    const auto read = readAll(*reader);
    REQUIRE(read.rows.size() == 3);
    CHECK_FALSE(read.rows[0].hidden);
    CHECK(read.rows[1].hidden);
    CHECK(read.rows[1].number == 2);
    CHECK(reader->report().rowsRead == 4);
    CHECK(reader->report().rowsDelivered == 3);
}

TEST_CASE("Sheets are listed with their state and read by index or by name")
{
    const QByteArray one = worksheet("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>");
    const QByteArray two = worksheet("<row r=\"1\"><c r=\"A1\"><v>2</v></c></row>");
    auto reader = open(test::xlsxBytes({{QStringLiteral("客户"), one},
                                        {QStringLiteral("选项"), two, QStringLiteral("hidden")},
                                        {QStringLiteral("内部"), two, QStringLiteral("veryHidden")}}));
    const QList<SheetInfo> sheets = reader->sheets();
    REQUIRE(sheets.size() == 3);
    CHECK(sheets[0].name == QStringLiteral("客户"));
    CHECK(sheets[0].state == SheetInfo::State::Visible);
    CHECK(sheets[1].state == SheetInfo::State::Hidden);
    CHECK(sheets[2].state == SheetInfo::State::VeryHidden);
    CHECK(reader->formatName() == QStringLiteral("XLSX"));

    QString seen;
    REQUIRE(reader->readSheet(QStringLiteral("选项"), [&](const Row& row) {
        seen = row.cells[0].toString();
        return true;
    }));
    CHECK(seen == QStringLiteral("2"));
    CHECK(reader->report().sheet == QStringLiteral("选项"));
    CHECK(readError(*reader, 3).contains(QStringLiteral("4")));
    const Status missing = reader->readSheet(QStringLiteral("没有"), [](const Row&) { return true; });
    CHECK(missing.message().contains(QStringLiteral("没有")));
}

TEST_CASE("Worksheets with a namespace prefix, absolute targets and a workbook in another place are read")
{
    const QByteArray sheet =
        "<x:worksheet xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        "<x:sheetData><x:row r=\"1\"><x:c r=\"A1\" t=\"inlineStr\"><x:is><x:t>甲</x:t></x:is></x:c></x:row>"
        "<x:row r=\"2\"><x:c r=\"B2\"><x:v>5</x:v></x:c></x:row></x:sheetData>"
        "<x:mergeCells><x:mergeCell ref=\"A1:A2\"/></x:mergeCells></x:worksheet>";
    const QByteArray rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    test::ZipParts parts;
    parts.append({QStringLiteral("_rels/.rels"),
                  "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                  "<Relationship Id=\"r1\" Type=\"" +
                      rel + "/officeDocument\" Target=\"/book/Main.xml\"/></Relationships>"});
    parts.append(
        {QStringLiteral("book/Main.xml"),
         "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:rel=\"" + rel +
             "\"><sheets><sheet name=\"数据\" sheetId=\"1\" rel:id=\"s1\"/></sheets></workbook>"});
    parts.append({QStringLiteral("book/_rels/Main.xml.rels"),
                  "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                  "<Relationship Id=\"s1\" Type=\"" +
                      rel + "/worksheet\" Target=\"../data/sheet%20one.xml\"/></Relationships>"});
    parts.append({QStringLiteral("data/sheet one.xml"), sheet});
    auto reader = open(test::zipBytes(parts));
    REQUIRE(reader->sheets().size() == 1);
    CHECK(reader->sheets()[0].name == QStringLiteral("数据"));
    const auto read = readAll(*reader);
    REQUIRE_MESSAGE(read.status.isOk(), read.status.message().toStdString());
    CHECK(joined(read.rows[0]) == QStringLiteral("甲"));
    CHECK(joined(read.rows[1]) == QStringLiteral("甲|5"));
    CHECK(xlsx::resolveTarget(QStringLiteral("xl/workbook.xml"), QStringLiteral("worksheets/sheet1.xml")) ==
          QStringLiteral("xl/worksheets/sheet1.xml"));
    CHECK(
        xlsx::resolveTarget(QStringLiteral("xl/workbook.xml"), QStringLiteral("/xl/worksheets/sheet1.xml")) ==
        QStringLiteral("xl/worksheets/sheet1.xml"));
    CHECK(xlsx::resolveTarget(QStringLiteral("xl/workbook.xml"), QStringLiteral("./a/../b.xml")) ==
          QStringLiteral("xl/b.xml"));
}

TEST_CASE("A read can be cancelled from the row callback, and reports its progress")
{
    QByteArray rows;
    for (int r = 1; r <= 20000; ++r)
        rows += "<row r=\"" + QByteArray::number(r) + "\"><c r=\"A" + QByteArray::number(r) +
                "\" t=\"inlineStr\"><is><t>第" + QByteArray::number(r) + "行的一些文字</t></is></c></row>";
    ReadOptions options;
    QList<std::pair<qint64, qint64>> progress;
    options.onProgress = [&](qint64 done, qint64 total) {
        progress.append({done, total});
    };
    auto reader = openSheet(worksheet(rows), {}, {}, false, options);
    int seen = 0;
    const Status s = reader->readSheet(0, [&](const Row&) { return ++seen < 5; });
    CHECK_FALSE(s.isOk());
    CHECK(s.message().contains(QStringLiteral("cancelled")));
    CHECK(reader->report().cancelled);
    CHECK(seen == 5);

    REQUIRE(readAll(*reader).status.isOk());
    CHECK_FALSE(reader->report().cancelled);
    REQUIRE(progress.size() >= 2);
    CHECK(progress.back().first == progress.back().second);
    CHECK(progress.back().first == reader->report().bytesRead);
    for (const auto& [done, total] : progress)
        CHECK(done <= total);
}

TEST_CASE("Files that are not XLSX workbooks are refused with a message that says what they are")
{
    CHECK(openError("").contains(QStringLiteral("empty")));
    CHECK(openError("客户名称,联系人\n华为,任正非\n").contains(QStringLiteral("not a zip archive")));
    // An encrypted workbook is an OLE compound file, like an Excel 97-2003 one.
    QByteArray ole("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    ole += QByteArray(504, '\0');
    const QString encrypted = openError(ole);
    CHECK(encrypted.contains(QStringLiteral("password-protected or not an XLSX")));
    CHECK(encrypted.contains(fileName));
    // A zip without a workbook: a Word document, say.
    const QString word = openError(test::zipBytes({{QStringLiteral("word/document.xml"), "<w:document/>"}}));
    CHECK(word.contains(QStringLiteral("no workbook part")));
    // A zip whose entries say they are encrypted.
    QByteArray bytes = test::xlsxBytes({{QStringLiteral("客户"), worksheet("<row/>")}});
    for (qsizetype at = bytes.indexOf("PK\x01\x02"); at >= 0; at = bytes.indexOf("PK\x01\x02", at + 4))
        bytes[at + 8] = char(bytes[at + 8] | 1);
    for (qsizetype at = bytes.indexOf("PK\x03\x04"); at >= 0; at = bytes.indexOf("PK\x03\x04", at + 4))
        bytes[at + 6] = char(bytes[at + 6] | 1);
    CHECK(openError(bytes).contains(QStringLiteral("password-protected")));
}

TEST_CASE("A damaged zip is reported, whether its directory or its compressed data is broken")
{
    const QByteArray good = test::xlsxBytes(
        {{QStringLiteral("客户"), worksheet("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>")}}, sharedStrings);
    // Cut off the end: the central directory is gone.
    const QString truncated = openError(good.left(good.size() - 30));
    CHECK(truncated.contains(fileName));
    CHECK(truncated.contains(QStringLiteral("zip")));

    // Scramble the sheet's compressed bytes, leaving the directory intact.
    QByteArray scrambled = good;
    const qsizetype sheet = scrambled.indexOf("xl/worksheets/sheet1.xml");
    REQUIRE(sheet > 0);
    for (qsizetype i = sheet + 30; i < sheet + 60; ++i)
        scrambled[i] = char(scrambled[i] ^ 0x5A);
    auto reader = XlsxReader::openData(scrambled, fileName);
    if (reader.isOk()) {
        const QString message = readError(*reader.value());
        CHECK(message.contains(QStringLiteral("xl/worksheets/sheet1.xml")));
    } else {
        CHECK(reader.message().contains(fileName));
    }
}

TEST_CASE("A zip bomb is refused by the bytes it inflates, not by the sizes it declares")
{
    // 8 MB of rows compress to a few kilobytes.
    QByteArray rows;
    const QByteArray row =
        "<row><c t=\"inlineStr\"><is><t>AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA</t></is></c></row>";
    while (rows.size() < (8 << 20))
        rows += row;
    const QByteArray bytes = test::xlsxBytes({{QStringLiteral("客户"), worksheet(rows)}});
    CHECK(bytes.size() < (200 << 10));

    ReadOptions perPart;
    perPart.limits.maxPartBytes = 1 << 20;
    auto reader = open(bytes, perPart);
    const QString part = readError(*reader);
    CHECK(part.contains(QStringLiteral("zip bomb")));
    CHECK(part.contains(QStringLiteral("xl/worksheets/sheet1.xml")));
    CHECK(reader->report().rowsDelivered == 0); // refused in the first pass, before any row

    ReadOptions total;
    total.limits.maxTotalBytes = 2 << 20;
    reader = open(bytes, total);
    CHECK(readError(*reader).contains(QStringLiteral("the limit for one file")));

    // The same bomb whose headers claim a tiny part: minizip stops at the claimed
    // size, the CRC then fails, and the file is reported damaged.
    QByteArray lying = bytes;
    for (qsizetype at = lying.indexOf("PK\x01\x02"); at >= 0; at = lying.indexOf("PK\x01\x02", at + 4))
        if (lying.mid(at + 46, 24) == "xl/worksheets/sheet1.xml")
            for (int k = 0; k < 4; ++k)
                lying[at + 24 + k] = k == 0 ? char(100) : char(0);
    reader = open(lying);
    const auto read = readAll(*reader);
    CHECK_FALSE(read.status.isOk());
    CHECK(read.status.message().contains(fileName));
}

TEST_CASE("Row, cell and column limits stop the read with a message")
{
    QByteArray rows;
    for (int r = 1; r <= 6; ++r)
        rows += "<row r=\"" + QByteArray::number(r) + "\"><c r=\"A" + QByteArray::number(r) + "\"><v>" +
                QByteArray::number(r) + "</v></c></row>";
    ReadOptions few;
    few.limits.maxRows = 5;
    auto reader = openSheet(worksheet(rows), {}, {}, false, few);
    const QString tooMany = readError(*reader);
    CHECK(tooMany.contains(QStringLiteral("more than 5 rows")));
    CHECK(tooMany.contains(QStringLiteral("“客户”")));
    CHECK(reader->report().rowsDelivered == 5);

    ReadOptions shortCells;
    shortCells.limits.maxCellChars = 4;
    const QByteArray longInline = "<row r=\"3\"><c r=\"B3\" t=\"inlineStr\"><is><t>abcde</t></is></c></row>";
    reader = openSheet(worksheet(longInline), {}, {}, false, shortCells);
    const QString inlineText = readError(*reader);
    CHECK(inlineText.contains(QStringLiteral("B3")));
    CHECK(inlineText.contains(QStringLiteral("longer than 4 characters")));
    const QByteArray longShared = "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>3</v></c></row>";
    reader = openSheet(worksheet(longShared), sharedStrings, {}, false, shortCells);
    CHECK(readError(*reader).contains(QStringLiteral("A2")));
    const QByteArray runs = "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>1</v></c></row>"; // two runs, 6 characters
    reader = openSheet(worksheet(runs), sharedStrings, {}, false, shortCells);
    CHECK(readError(*reader).contains(QStringLiteral("A2")));
    const QByteArray fits = "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c></row>"; // 客户名称: 4
    reader = openSheet(worksheet(fits), sharedStrings, {}, false, shortCells);
    CHECK(readAll(*reader).status.isOk());
}

TEST_CASE("An empty sheet is reported as empty")
{
    auto reader = openSheet(worksheet(""));
    CHECK(readError(*reader).contains(QStringLiteral("empty")));
    reader = openSheet(worksheet("<row r=\"1\"/><row r=\"2\"><c r=\"A2\" s=\"1\"/></row>"));
    CHECK(readError(*reader).contains(QStringLiteral("“客户”")));
    reader = openSheet("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"/>");
    CHECK(readError(*reader).contains(QStringLiteral("empty")));
}

TEST_CASE("Malformed XML is reported with its part, line and column")
{
    auto reader =
        openSheet("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">\n"
                  "<sheetData>\n<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>\n"
                  "<row r=\"2\"><c r=\"A2\"><v>2</v></row>\n</sheetData></worksheet>");
    const QString message = readError(*reader);
    CHECK(message.contains(QStringLiteral("xl/worksheets/sheet1.xml")));
    CHECK(message.contains(QStringLiteral("line 4")));
    CHECK(message.contains(QStringLiteral("column")));

    // A broken workbook part is found when the file is opened.
    auto parts = test::xlsxParts({{QStringLiteral("客户"), worksheet("<row/>")}});
    for (auto& [name, data] : parts)
        if (name == QStringLiteral("xl/workbook.xml"))
            data.chop(10);
    const QString workbook = openError(test::zipBytes(parts));
    CHECK(workbook.contains(QStringLiteral("xl/workbook.xml")));

    // Document type declarations have no place in SpreadsheetML.
    reader = openSheet("<!DOCTYPE x [<!ENTITY a \"aaaa\">]><worksheet><sheetData/></worksheet>");
    CHECK(readError(*reader).contains(QStringLiteral("document type declaration")));
}

TEST_CASE("Broken cells name the cell: a missing shared string, a number that is not one, a bad reference")
{
    auto reader = openSheet(worksheet("<row r=\"4\"><c r=\"C4\" t=\"s\"><v>99</v></c></row>"), sharedStrings);
    QString message = readError(*reader);
    CHECK(message.contains(QStringLiteral("C4")));
    CHECK(message.contains(QStringLiteral("99")));

    reader = openSheet(worksheet("<row r=\"2\"><c r=\"B2\"><v>12abc</v></c></row>"));
    message = readError(*reader);
    CHECK(message.contains(QStringLiteral("B2")));
    CHECK(message.contains(QStringLiteral("12abc")));

    reader = openSheet(worksheet("<row r=\"2\"><c r=\"XFE2\"><v>1</v></c></row>"));
    CHECK(readError(*reader).contains(QStringLiteral("XFE2")));
    reader = openSheet(worksheet("<row r=\"0\"><c><v>1</v></c></row>"));
    CHECK(readError(*reader).contains(QStringLiteral("“0”")));

    ReadOptions narrow;
    narrow.limits.maxColumns = 3;
    reader = openSheet(worksheet("<row r=\"2\"><c r=\"D2\"><v>1</v></c></row>"), {}, {}, false, narrow);
    CHECK(readError(*reader).contains(QStringLiteral("D2")));
}
