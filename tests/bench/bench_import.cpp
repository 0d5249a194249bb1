// Benchmark: the import readers on a generated 100,000-row x 10-column table, as an
// XLSX workbook (shared and inline strings, numbers, dates, booleans, formulas with
// saved results, a group name merged over every ten rows) and as a UTF-8 CSV file.
// Prints seconds and peak RSS beside their budgets (the readers' own: DESIGN.md's table
// has no line for reading a file yet), and openpyxl's read-only mode on the same
// workbook as a reference when python3-openpyxl is installed. Run on demand:
//   bench_import [--rows N] [--no-reference]
// Exits non-zero if a budget fails.

#include "BenchMemory.h"
#include "StreamedWorkbook.h"
#include "import/CsvReader.h"
#include "import/XlsxReader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

using namespace summit;
using namespace summit::import;

using summit::bench::peakRssMb;
using summit::bench::resetPeakRss;

namespace {

constexpr double budgetSeconds = 5.0; // for 100,000 rows
constexpr double budgetMb = 300;      // peak resident memory while reading

const char* const titles[] = {"总经理", "副总经理", "采购部经理", "财务总监", "技术总监", "信息中心主任"};
const char* const surnames[] = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"};
const char* const given[] = {"伟", "芳", "娜", "敏", "静", "强", "磊", "军", "洋", "勇"};

QByteArray contact(int i)
{
    return QByteArray(surnames[i % 10]) + given[(i / 10) % 10];
}

// Streams the workbook part by part: the generator never holds the sheet.
bool writeWorkbook(const QString& path, int rows)
{
    const QByteArray styles =
        "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><numFmts "
        "count=\"1\">"
        "<numFmt numFmtId=\"164\" formatCode=\"yyyy-mm-dd\"/></numFmts><cellXfs count=\"2\"><xf "
        "numFmtId=\"0\"/>"
        "<xf numFmtId=\"164\"/></cellXfs></styleSheet>";
    // Shared strings: a group per ten rows, a company per row, contacts and titles.
    const int groups = (rows + 9) / 10;
    QByteArray strings = "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">";
    for (int g = 0; g < groups; ++g)
        strings += "<si><t>第" + QByteArray::number(g) + "集团有限公司</t></si>";
    for (int r = 0; r < rows; ++r)
        strings += "<si><t>客户" + QByteArray::number(r) + "科技股份有限公司</t></si>";
    for (int c = 0; c < 100; ++c)
        strings += "<si><t>" + contact(c) + "</t></si>";
    for (const char* t : titles)
        strings += "<si><t>" + QByteArray(t) + "</t></si>";
    strings += "</sst>";
    bench::StreamedWorkbook book(path, QStringLiteral("客户"), strings, styles);
    if (!book.isOpen())
        return false;
    book.append("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>集团</t></is></c>"
                "<c r=\"B1\" t=\"inlineStr\"><is><t>客户名称</t></is></c>"
                "<c r=\"C1\" t=\"inlineStr\"><is><t>统一社会信用代码</t></is></c>"
                "<c r=\"D1\" t=\"inlineStr\"><is><t>联系人</t></is></c>"
                "<c r=\"E1\" t=\"inlineStr\"><is><t>手机</t></is></c>"
                "<c r=\"F1\" t=\"inlineStr\"><is><t>职务</t></is></c>"
                "<c r=\"G1\" t=\"inlineStr\"><is><t>签约日期</t></is></c>"
                "<c r=\"H1\" t=\"inlineStr\"><is><t>金额</t></is></c>"
                "<c r=\"I1\" t=\"inlineStr\"><is><t>两倍金额</t></is></c>"
                "<c r=\"J1\" t=\"inlineStr\"><is><t>重点客户</t></is></c></row>");
    for (int i = 0; i < rows; ++i) {
        const QByteArray r = QByteArray::number(i + 2);
        const QByteArray amount = QByteArray::number(1000 + i % 997 * 1.25, 'f', 2);
        QByteArray row = "<row r=\"" + r + "\">";
        if (i % 10 == 0)
            row += "<c r=\"A" + r + "\" t=\"s\"><v>" + QByteArray::number(i / 10) + "</v></c>";
        row += "<c r=\"B" + r + "\" t=\"s\"><v>" + QByteArray::number(groups + i) + "</v></c>";
        row += "<c r=\"C" + r + "\" t=\"inlineStr\"><is><t>91440300" + QByteArray::number(192203821 + i) +
               "X</t></is></c>";
        row += "<c r=\"D" + r + "\" t=\"s\"><v>" + QByteArray::number(groups + rows + i % 100) + "</v></c>";
        row += "<c r=\"E" + r + "\"><v>" + QByteArray::number(13800000000LL + i) + "</v></c>";
        row +=
            "<c r=\"F" + r + "\" t=\"s\"><v>" + QByteArray::number(groups + rows + 100 + i % 6) + "</v></c>";
        row += "<c r=\"G" + r + "\" s=\"1\"><v>" + QByteArray::number(44000 + i % 1500) + "</v></c>";
        row += "<c r=\"H" + r + "\"><v>" + amount + "</v></c>";
        row += "<c r=\"I" + r + "\"><f>H" + r + "*2</f><v>" +
               QByteArray::number(amount.toDouble() * 2, 'f', 2) + "</v></c>";
        row += "<c r=\"J" + r + "\" t=\"b\"><v>" + QByteArray::number(i % 3 == 0) + "</v></c></row>";
        book.append(row);
    }
    QByteArray merges = "<mergeCells>";
    for (int g = 0; g < groups; ++g)
        merges += "<mergeCell ref=\"A" + QByteArray::number(g * 10 + 2) + ":A" +
                  QByteArray::number(std::min(g * 10 + 11, rows + 1)) + "\"/>";
    merges += "</mergeCells>";
    return book.finish(merges);
}

bool writeCsv(const QString& path, int rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(
        "\xEF\xBB\xBF集团,客户名称,统一社会信用代码,联系人,手机,职务,签约日期,金额,两倍金额,重点客户\r\n");
    QByteArray chunk;
    for (int i = 0; i < rows; ++i) {
        const double amount = 1000 + i % 997 * 1.25;
        chunk += "第" + QByteArray::number(i / 10) + "集团有限公司,\"客户" + QByteArray::number(i) +
                 "科技股份有限公司\",91440300" + QByteArray::number(192203821 + i) + "X," + contact(i % 100) +
                 "," + QByteArray::number(13800000000LL + i) + "," + titles[i % 6] + ",2024-03-" +
                 QByteArray::number(10 + i % 18) + "," + QByteArray::number(amount, 'f', 2) + "," +
                 QByteArray::number(amount * 2, 'f', 2) + "," + (i % 3 == 0 ? "是" : "否") + "\r\n";
        if (chunk.size() > (1 << 20)) {
            file.write(chunk);
            chunk.clear();
        }
    }
    return file.write(chunk) == chunk.size();
}

struct Measure
{
    double seconds = 0;
    double peakMb = 0;
    qint64 rows = 0;
    double checksum = 0; // keeps the reads from being optimised away, and checks them
    QString error;
};

Result<std::unique_ptr<TableSource>> openReader(const QString& path, bool xlsx)
{
    if (xlsx) {
        auto r = XlsxReader::open(path);
        if (!r)
            return r.error();
        return std::unique_ptr<TableSource>(std::move(r.value()));
    }
    auto r = CsvReader::open(path);
    if (!r)
        return r.error();
    return std::unique_ptr<TableSource>(std::move(r.value()));
}

// Opens and reads the whole first sheet: seconds and peak resident memory of that alone.
Measure readTable(const QString& path, bool xlsx)
{
    Measure m;
    resetPeakRss();
    QElapsedTimer timer;
    timer.start();
    auto source = openReader(path, xlsx);
    if (!source) {
        m.error = source.message();
        return m;
    }
    const Status s = source.value()->readSheet(0, [&](const Row& row) {
        ++m.rows;
        m.checksum +=
            row.cell(7).kind() == Cell::Kind::Number ? row.cell(7).number() : row.cell(7).text().toDouble();
        if (row.cell(0).isEmpty()) // the group name, merged over ten rows, is on every row
            m.checksum = -1e300;
        return true;
    });
    m.seconds = double(timer.nsecsElapsed()) / 1e9;
    m.peakMb = peakRssMb();
    if (!s)
        m.error = s.message();
    return m;
}

// openpyxl's read-only mode, the common Python way, on the same file: seconds and peak RSS.
QString openpyxlReference(const QString& path)
{
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral("-c"),
                  QStringLiteral("import resource, sys, time, openpyxl\n"
                                 "t = time.time()\n"
                                 "wb = openpyxl.load_workbook(sys.argv[1], read_only=True)\n"
                                 "n = sum(1 for _ in wb.worksheets[0].iter_rows(values_only=True))\n"
                                 "print('%.2f s, %.0f MB' % (time.time() - t, "
                                 "resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024))\n"),
                  path});
    if (!python.waitForFinished(600'000) || python.exitCode() != 0)
        return QStringLiteral("openpyxl not run");
    return QStringLiteral("openpyxl ") + QString::fromUtf8(python.readAllStandardOutput().trimmed());
}

void row(const char* what, const QString& measured, const QString& budget, const QString& reference,
         bool pass)
{
    std::printf("%-34s %18s  %-12s %-30s %s\n", what, qPrintable(measured), qPrintable(budget),
                qPrintable(reference), pass ? "PASS" : "FAIL");
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    int rows = 100'000;
    bool reference = true;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--rows") && i + 1 < args.size())
            rows = args[++i].toInt();
        else if (args[i] == QLatin1String("--no-reference"))
            reference = false;
    }
    QTemporaryDir dir;
    const QString xlsx = dir.filePath(QStringLiteral("bench.xlsx"));
    const QString csv = dir.filePath(QStringLiteral("bench.csv"));
    if (!writeWorkbook(xlsx, rows) || !writeCsv(csv, rows)) {
        std::fprintf(stderr, "cannot write the benchmark files in %s\n", qPrintable(dir.path()));
        return 1;
    }
    std::printf("%d rows x 10 columns: XLSX %.1f MB, CSV %.1f MB\n", rows,
                double(QFile(xlsx).size()) / (1 << 20), double(QFile(csv).size()) / (1 << 20));
    std::printf("%-34s %18s  %-12s %-30s\n", "measure", "measured", "budget", "reference");

    bool pass = true;
    const double scale = rows / 100'000.0;
    for (const bool isXlsx : {true, false}) {
        const char* what = isXlsx ? "XLSX read" : "CSV read";
        const Measure m = readTable(isXlsx ? xlsx : csv, isXlsx);
        if (!m.error.isEmpty() || m.rows != rows + 1 || m.checksum <= 0) {
            std::fprintf(stderr, "%s failed after %lld rows: %s\n", what, m.rows, qPrintable(m.error));
            return 1;
        }
        const QString ref = reference && isXlsx ? openpyxlReference(xlsx) : QString();
        const bool fast = m.seconds < budgetSeconds * scale;
        const bool small = m.peakMb < budgetMb;
        row(what, QStringLiteral("%1 s").arg(m.seconds, 0, 'f', 2),
            QStringLiteral("< %1 s").arg(budgetSeconds * scale, 0, 'f', 1), ref, fast);
        row("  peak RSS (VmHWM)", QStringLiteral("%1 MB").arg(m.peakMb, 0, 'f', 0),
            QStringLiteral("< %1 MB").arg(budgetMb, 0, 'f', 0), {}, small);
        pass = pass && fast && small;
    }
    return pass ? 0 : 1;
}
