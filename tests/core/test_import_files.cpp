// The import readers on files written by other programs (tests/data/import, made by
// make_files.py there): openpyxl, LibreOffice Calc and libxlsxwriter workbooks, and
// CSV files as Excel and other programs save them.

#include "ImportTestHelpers.h"
#include "QtDoctest.h"
#include "import/CsvReader.h"
#include "import/XlsxReader.h"

#include <QFile>
#include <QTemporaryDir>

using namespace summit;
using namespace summit::import;
using summit::test::cellAt;
using summit::test::joined;
using summit::test::readAll;

namespace {

QString sample(const char* name)
{
    return QStringLiteral(SUMMIT_IMPORT_SAMPLES "/") + QLatin1String(name);
}

std::unique_ptr<TableSource> openSample(const char* name, const ReadOptions& options = {})
{
    auto r = openTable(sample(name), options);
    REQUIRE_MESSAGE(r.isOk(), r.message().toStdString());
    return std::move(r.value());
}

const QString group = QStringLiteral("中国华能集团有限公司");
const QString header =
    QStringLiteral("集团|客户名称|统一社会信用代码|上级单位|联系人|手机|职务|决策角色|态度|签约日期|"
                   "金额（万元）|重点客户|备注");

// What openpyxl and LibreOffice both wrote: the customers sheet up to column M.
void checkCustomers(const QList<Row>& rows)
{
    REQUIRE(rows.size() == 6);
    CHECK(joined(rows[0]).startsWith(header));
    // The group merged over A2:A4 is on each of its subsidiaries' rows.
    for (int r = 2; r <= 4; ++r) {
        CAPTURE(r);
        CHECK(cellAt(rows, r, 0).text() == group);
        CHECK(cellAt(rows, r, 3).text() == group);
    }
    CHECK(cellAt(rows, 2, 1).text() == QStringLiteral("华能国际电力股份有限公司"));
    CHECK(cellAt(rows, 3, 2).text() == QStringLiteral("91110000710935678X"));
    CHECK(cellAt(rows, 2, 5).kind() == Cell::Kind::Number);
    CHECK(cellAt(rows, 2, 5).toString() == QStringLiteral("13812345678"));
    CHECK(cellAt(rows, 3, 5).kind() == Cell::Kind::Text);
    CHECK(cellAt(rows, 3, 5).text() == QStringLiteral("13987654321"));
    CHECK(cellAt(rows, 2, 7).text() == QStringLiteral("决策者"));
    CHECK(cellAt(rows, 4, 8).text() == QStringLiteral("反对"));
    CHECK(cellAt(rows, 2, 9).kind() == Cell::Kind::Date);
    CHECK(cellAt(rows, 2, 9).date() == QDate(2024, 3, 15));
    CHECK(cellAt(rows, 3, 9).date() == QDate(2023, 12, 1));
    CHECK(cellAt(rows, 4, 9).kind() == Cell::Kind::DateTime);
    CHECK(cellAt(rows, 4, 9).dateTime() == QDateTime(QDate(2024, 1, 31), QTime(14, 30), Qt::UTC));
    CHECK(cellAt(rows, 2, 10).number() == 1234.5);
    CHECK(cellAt(rows, 4, 10).number() == -0.25);
    CHECK(cellAt(rows, 2, 11).kind() == Cell::Kind::Boolean);
    CHECK(cellAt(rows, 2, 11).boolean());
    CHECK_FALSE(cellAt(rows, 3, 11).boolean());
    CHECK(cellAt(rows, 2, 12).kind() == Cell::Kind::Text);
    CHECK(cellAt(rows, 2, 12).text() == QStringLiteral("=不是公式"));
    CHECK(cellAt(rows, 5, 1).text() == QStringLiteral("隐藏的客户"));
    CHECK(rows[4].hidden);
    CHECK(cellAt(rows, 6, 1).text() == QStringLiteral("深圳市腾讯计算机系统有限公司"));
}

} // namespace

TEST_CASE("An openpyxl workbook: merges, dates, booleans, '=' text, hidden parts, a formula with no result")
{
    auto source = openSample("openpyxl_customers.xlsx");
    CHECK(source->formatName() == QStringLiteral("XLSX"));
    const QList<SheetInfo> sheets = source->sheets();
    REQUIRE(sheets.size() == 4);
    CHECK(sheets[0].name == QStringLiteral("客户"));
    CHECK(sheets[1].name == QStringLiteral("联系人"));
    CHECK(sheets[1].state == SheetInfo::State::Visible);
    CHECK(sheets[2].name == QStringLiteral("选项"));
    CHECK(sheets[2].state == SheetInfo::State::Hidden);
    CHECK(sheets[3].state == SheetInfo::State::VeryHidden);

    const auto read = readAll(*source);
    REQUIRE_MESSAGE(read.status.isOk(), read.status.message().toStdString());
    checkCustomers(read.rows);
    CHECK(joined(read.rows[0]) == header + QStringLiteral("|复核金额"));
    CHECK(cellAt(read.rows, 6, 9).dateTime().time() == QTime(9, 45)); // a clock time alone
    // openpyxl saves formulas without their results: N2 is empty, and said so.
    CHECK(cellAt(read.rows, 2, 13).kind() == Cell::Kind::Empty);
    const SheetReport& report = source->report();
    REQUIRE(report.problems.size() == 1);
    CHECK(report.problems[0].contains(QStringLiteral("N2")));
    CHECK(report.problems[0].contains(QStringLiteral("=K2*2")));
    CHECK(report.hiddenRows == QList<int>{5});
    CHECK(report.hiddenColumns == QList<int>{12});
    CHECK(report.merged == QList<CellRange>{{2, 4, 0, 0}});

    const auto contacts = readAll(*source, 1);
    REQUIRE(contacts.status.isOk());
    CHECK(joined(contacts.rows[1]) == QStringLiteral("王伟|13812345678|总经理"));
    const auto hidden = readAll(*source, 2);
    REQUIRE(hidden.status.isOk());
    CHECK(joined(hidden.rows[0]) == QStringLiteral("决策者"));
}

TEST_CASE("A LibreOffice workbook: shared strings, formulas with their results, a hidden sheet")
{
    auto source = openSample("libreoffice_customers.xlsx");
    const QList<SheetInfo> sheets = source->sheets();
    REQUIRE(sheets.size() == 3);
    CHECK(sheets[2].name == QStringLiteral("选项"));
    CHECK(sheets[2].state == SheetInfo::State::Hidden);
    const auto read = readAll(*source);
    REQUIRE_MESSAGE(read.status.isOk(), read.status.message().toStdString());
    checkCustomers(read.rows);
    CHECK(cellAt(read.rows, 3, 12).number() == 176); // =K3*2, saved by Calc
    CHECK(cellAt(read.rows, 4, 12).number() == -0.5);
    CHECK(source->report().problems.isEmpty());
    CHECK(source->report().hiddenRows == QList<int>{5});
    CHECK(source->report().hiddenColumns == QList<int>{12});
}

TEST_CASE("A libxlsxwriter workbook in constant-memory mode: inline strings and a Chinese date format")
{
    auto source = openSample("xlsxwriter_inline.xlsx");
    const auto read = readAll(*source);
    REQUIRE_MESSAGE(read.status.isOk(), read.status.message().toStdString());
    REQUIRE(read.rows.size() == 3);
    CHECK(joined(read.rows[0]) == QStringLiteral("客户名称|联系人|签约日期|金额|重点客户|两倍金额"));
    CHECK(joined(read.rows[1]) == QStringLiteral("华为技术有限公司|任正非|2024-03-15|42|TRUE|84"));
    CHECK(read.rows[1].cells[2].kind() == Cell::Kind::Date);
    CHECK(read.rows[2].cells[0].text() == QStringLiteral("=SUM(1,2) 是文字"));
}

TEST_CASE("A workbook in the 1904 date system reads the same dates")
{
    auto source = openSample("openpyxl_1904.xlsx");
    CHECK(dynamic_cast<XlsxReader&>(*source).uses1904Dates());
    const auto read = readAll(*source);
    REQUIRE(read.status.isOk());
    CHECK(joined(read.rows[1]) == QStringLiteral("2024-03-15|2024-01-31 14:30:00"));
    CHECK(joined(read.rows[2]) == QStringLiteral("1904-01-01|1904-01-02 06:00:00"));
}

TEST_CASE("CSV files as Excel and other programs save them")
{
    struct Case
    {
        const char* file;
        const char* encoding;
        char16_t delimiter;
    };
    for (const Case& c : {Case{"utf8_bom.csv", "UTF-8", u','}, Case{"utf8_plain.csv", "UTF-8", u','},
                          Case{"utf16le_bom.txt", "UTF-16LE", u'\t'}, Case{"semicolon.csv", "UTF-8", u';'},
                          Case{"tabs.tsv", "UTF-8", u'\t'}}) {
        CAPTURE(c.file);
        auto source = openSample(c.file);
        auto& csv = dynamic_cast<CsvReader&>(*source);
        CHECK(csv.encoding().name == QLatin1String(c.encoding));
        CHECK(csv.delimiter() == QChar(c.delimiter));
        const auto read = readAll(*source);
        REQUIRE(read.status.isOk());
        REQUIRE(read.rows.size() == 3);
        CHECK(joined(read.rows[0]) == QStringLiteral("客户名称|统一社会信用代码|联系人|手机|签约日期|备注"));
        CHECK(read.rows[1].cells[0].text() == QStringLiteral("华为技术有限公司"));
        CHECK(read.rows[1].cells[3].text() == QStringLiteral("13812345678"));
        CHECK(read.rows[2].cells.size() == 5); // the empty 备注 is trimmed
    }
    auto semicolon = openSample("semicolon.csv");
    CHECK(readAll(*semicolon).rows[1].cells[5].text() == QStringLiteral("老客户, 重点"));
}

TEST_CASE("A GB18030 CSV from Excel in China: CRLF, quoted commas, quotes and line breaks")
{
    auto source = openSample("gb18030_excel.csv");
    auto& csv = dynamic_cast<CsvReader&>(*source);
    CHECK(csv.encoding().name == QStringLiteral("GB18030"));
    CHECK(csv.encoding().detected);
    const auto read = readAll(*source);
    REQUIRE_MESSAGE(read.status.isOk(), read.status.message().toStdString());
    REQUIRE(read.rows.size() == 4);
    CHECK(joined(read.rows[0]) == QStringLiteral("客户名称|地址|备注"));
    CHECK(joined(read.rows[1]) ==
          QStringLiteral("华为技术有限公司|广东省深圳市龙岗区坂田华为基地, B区|第一行\n第二行"));
    CHECK(joined(read.rows[2]) == QStringLiteral("中兴通讯股份有限公司|深圳市南山区|他说：\"下周签约\""));
    CHECK(read.rows[2].line == 4);
    CHECK(joined(read.rows[3]) == QStringLiteral("腾讯"));
}

TEST_CASE("openTable picks the reader by content first, then by extension")
{
    QTemporaryDir dir;
    const QString renamed = dir.filePath(QStringLiteral("导出.csv"));
    REQUIRE(QFile::copy(sample("libreoffice_customers.xlsx"), renamed));
    auto xlsx = openTable(renamed);
    REQUIRE(xlsx.isOk());
    CHECK(xlsx.value()->formatName() == QStringLiteral("XLSX"));

    const QString old = dir.filePath(QStringLiteral("旧.xls"));
    QFile file(old);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(504, '\0'));
    file.close();
    auto xls = openTable(old);
    REQUIRE_FALSE(xls.isOk());
    CHECK(xls.message().contains(QStringLiteral("password-protected or not an XLSX")));
    CHECK(xls.message().contains(QStringLiteral("旧.xls")));

    const QString broken = dir.filePath(QStringLiteral("坏.xlsx"));
    QFile text(broken);
    REQUIRE(text.open(QIODevice::WriteOnly));
    text.write("a,b\n");
    text.close();
    auto notZip = openTable(broken);
    REQUIRE_FALSE(notZip.isOk());
    CHECK(notZip.message().contains(QStringLiteral("not a zip archive")));

    auto missing = openTable(dir.filePath(QStringLiteral("没有.csv")));
    REQUIRE_FALSE(missing.isOk());
    CHECK(missing.message().contains(QStringLiteral("没有.csv")));

    auto csv = openTable(sample("utf8_plain.csv"));
    REQUIRE(csv.isOk());
    CHECK(csv.value()->formatName() == QStringLiteral("CSV"));
}
