#include "import/LoadTable.h"
#include "CoreText.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>

namespace summit::import {

namespace {

QString listOf(const QList<int>& numbers, const std::function<QString(int)>& name)
{
    QStringList out;
    for (int i = 0; i < numbers.size() && i < 10; ++i)
        out << name(numbers[i]);
    if (numbers.size() > 10)
        out << CoreText::tr("and %n more", nullptr, int(numbers.size() - 10));
    return out.join(QStringLiteral(", "));
}

// A CSV cell another program (or Summit's own export) made inert with a quote
// before = + - @ tab or CR, so a spreadsheet would not run it: the text behind
// the quote (exports::inertCsvText adds exactly one).
QString withoutInertQuote(const QString& text)
{
    qsizetype quotes = 0;
    while (quotes < text.size() && text[quotes] == QLatin1Char('\''))
        ++quotes;
    if (quotes > 0 && quotes < text.size() && QStringLiteral("=+-@\t\r").contains(text[quotes]))
        return text.mid(1);
    return text;
}

} // namespace

Result<LoadedTable> loadTable(const QString& path, const LoadOptions& options)
{
    auto opened = openTable(path, options.read);
    if (!opened)
        return opened.error();
    TableSource& source = *opened.value();
    LoadedTable out;
    out.format = source.formatName();
    int index = -1;
    const QList<SheetInfo> sheets = source.sheets();
    for (int i = 0; i < sheets.size(); ++i) {
        out.sheets << sheets[i].name;
        if (options.sheet.isEmpty() ? index < 0 && sheets[i].state == SheetInfo::State::Visible
                                    : sheets[i].name == options.sheet)
            index = i;
    }
    if (index < 0 && options.sheet.isEmpty() && !sheets.isEmpty())
        index = 0;
    if (index < 0)
        return Result<LoadedTable>::fail(
            CoreText::tr("%1 has no sheet named \"%2\"; it has: %3.")
                .arg(QFileInfo(path).fileName(), options.sheet, out.sheets.join(QStringLiteral(", "))));
    out.sheet = sheets[index].name;
    Table& table = out.table;
    table.name = out.format == QLatin1String("CSV")
                     ? QFileInfo(path).fileName()
                     : QStringLiteral("%1 [%2]").arg(QFileInfo(path).fileName(), out.sheet);
    const bool csv = out.format == QLatin1String("CSV");
    bool header = true;
    QStringList errorCells;
    const Status read = source.readSheet(index, [&](const Row& row) {
        if (options.cancelled && options.cancelled())
            return false;
        if (header) {
            for (const Cell& c : row.cells)
                table.headers << (csv ? withoutInertQuote(c.toString()) : c.toString()).trimmed();
            header = false;
            return true;
        }
        SourceRow r;
        r.line = row.number;
        r.cells.reserve(row.cells.size());
        for (qsizetype c = 0; c < row.cells.size(); ++c) {
            const Cell& cell = row.cells[c];
            switch (cell.kind()) {
            case Cell::Kind::Empty:
                r.cells << QVariant();
                break;
            case Cell::Kind::Text:
                r.cells << (csv ? withoutInertQuote(cell.text()) : cell.text());
                break;
            case Cell::Kind::Number:
                r.cells << cell.number();
                break;
            case Cell::Kind::Boolean:
                r.cells << cell.boolean();
                break;
            case Cell::Kind::Date:
                r.cells << cell.date();
                break;
            case Cell::Kind::DateTime:
                // Spreadsheets carry no time zone: the clock time is the user's own.
                r.cells << QDateTime(cell.dateTime().date(), cell.dateTime().time());
                break;
            case Cell::Kind::Error:
                r.cells << QVariant();
                errorCells
                    << QStringLiteral("%1%2 (%3)").arg(columnName(int(c))).arg(row.number).arg(cell.text());
                break;
            }
        }
        table.rows.push_back(std::move(r));
        return true;
    });
    if (!read)
        return read.error();
    if (table.headers.isEmpty())
        return Result<LoadedTable>::fail(CoreText::tr("%1 has no rows.").arg(table.name));
    const SheetReport& report = source.report();
    if (!report.hiddenRows.isEmpty())
        out.notes << CoreText::tr("Hidden rows are imported like the others: %1.")
                         .arg(listOf(report.hiddenRows, [](int n) { return QString::number(n); }));
    if (!report.hiddenColumns.isEmpty())
        out.notes << CoreText::tr("Hidden columns are imported like the others: %1.")
                         .arg(listOf(report.hiddenColumns, [](int c) { return columnName(c); }));
    out.notes << report.problems;
    if (!errorCells.isEmpty())
        out.notes << CoreText::tr("Cells holding a formula error are read as empty: %1.")
                         .arg(errorCells.mid(0, 10).join(QStringLiteral(", ")));
    QSet<QString> seen, repeated;
    for (const QString& h : table.headers) {
        if (!h.isEmpty() && seen.contains(h) && !repeated.contains(h)) {
            repeated.insert(h);
            out.notes << CoreText::tr(
                             "The header \"%1\" appears more than once; only the first column is matched.")
                             .arg(h);
        }
        seen.insert(h);
    }
    return out;
}

} // namespace summit::import
