#include "import/XlsxSheet.h"
#include "CoreText.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace summit::import::xlsx {

namespace {

// More merged ranges than this is not a table someone wants to import.
constexpr qsizetype maxMerges = 1'000'000;
constexpr int maxProblems = 100;
constexpr qint64 progressStep = 1 << 20;

bool isNameChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '-' || c == '.';
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

// Where the tag holding the name at `pos` starts ("<mergeCell" or "<x:mergeCell"), or -1.
qsizetype tagStart(const QByteArray& data, qsizetype pos)
{
    qsizetype p = pos - 1;
    if (p >= 0 && data[p] == ':') {
        --p;
        while (p >= 0 && isNameChar(data[p]))
            --p;
    }
    return p >= 0 && data[p] == '<' ? p : -1;
}

// The value of the `ref` attribute inside one tag.
QByteArray refAttribute(QByteArrayView tag)
{
    for (qsizetype at = tag.indexOf("ref"); at >= 0; at = tag.indexOf("ref", at + 3)) {
        if (at == 0 || !isSpace(tag[at - 1]))
            continue;
        qsizetype p = at + 3;
        while (p < tag.size() && isSpace(tag[p]))
            ++p;
        if (p >= tag.size() || tag[p] != '=')
            continue;
        ++p;
        while (p < tag.size() && isSpace(tag[p]))
            ++p;
        if (p >= tag.size() || (tag[p] != '"' && tag[p] != '\''))
            continue;
        const qsizetype end = tag.indexOf(tag[p], p + 1);
        if (end < 0)
            return {};
        return tag.sliced(p + 1, end - p - 1).toByteArray();
    }
    return {};
}

bool isTrue(QStringView value)
{
    return value == u"1" || value == u"true";
}

enum class CellType : quint8
{
    Number,
    Shared,
    Inline,
    FormulaString,
    Boolean,
    Error,
    IsoDate
};

CellType cellType(QStringView t)
{
    if (t == u"s")
        return CellType::Shared;
    if (t == u"inlineStr")
        return CellType::Inline;
    if (t == u"str")
        return CellType::FormulaString;
    if (t == u"b")
        return CellType::Boolean;
    if (t == u"e")
        return CellType::Error;
    if (t == u"d")
        return CellType::IsoDate;
    return CellType::Number;
}

// The text of a rich or plain string element (<is>, <si>): its <t> pieces joined,
// phonetic readings (<rPh>) left out. Stops collecting past `limit` characters.
QString readRichText(QXmlStreamReader& xml, int limit, bool* oversized)
{
    QString text;
    int phonetic = 0;
    for (int depth = 1; depth > 0 && nextToken(xml);) {
        if (xml.isStartElement()) {
            ++depth;
            if (xml.name() == u"rPh") {
                ++phonetic;
            } else if (xml.name() == u"t" && phonetic == 0) {
                const QString piece = xml.readElementText();
                --depth;
                if (*oversized || text.size() + piece.size() > limit)
                    *oversized = true;
                else
                    text += piece;
            }
        } else if (xml.isEndElement()) {
            --depth;
            if (xml.name() == u"rPh")
                --phonetic;
        }
    }
    return *oversized ? QString() : text;
}

class SheetStream
{
public:
    SheetStream(Package& package, const QString& sheet, const RowHandler& onRow, const ReadOptions& options,
                SheetReport& report)
        : m_package(package), m_sheet(sheet), m_onRow(onRow), m_options(options), m_report(report),
          m_maxColumns(std::clamp(options.limits.maxColumns, 1, maxSheetColumns))
    {}

    void setMerges(QList<CellRange> merges)
    {
        std::stable_sort(merges.begin(), merges.end(),
                         [](const CellRange& a, const CellRange& b) { return a.firstRow < b.firstRow; });
        m_merges = std::move(merges);
        m_topLeft.assign(size_t(m_merges.size()), Cell());
    }

    Status run(QXmlStreamReader& xml, const ZipPart& part);

private:
    Status fail(const QString& message) const { return Status::fail(message); }
    Status readCols(QXmlStreamReader& xml);
    Status startRow(const QXmlStreamAttributes& a);
    Status readCell(QXmlStreamReader& xml);
    Status endRow();
    void applyMerges();
    void progress(const ZipPart& part, bool last);
    void addProblem(const QString& text)
    {
        if (m_report.problems.size() < maxProblems)
            m_report.problems.append(text);
    }

    Package& m_package;
    const QString& m_sheet;
    const RowHandler& m_onRow;
    const ReadOptions& m_options;
    SheetReport& m_report;
    const int m_maxColumns;

    QList<CellRange> m_merges; // by first row
    std::vector<Cell> m_topLeft;
    std::vector<qsizetype> m_active; // merges that may cover the current row
    qsizetype m_nextMerge = 0;
    int m_lastMergeRow = 0;

    Row m_row;
    bool m_inRow = false;
    int m_lastRow = 0;
    int m_lastColumn = -1;
    qint64 m_reported = 0;
};

Status SheetStream::run(QXmlStreamReader& xml, const ZipPart& part)
{
    bool inSheetData = false;
    while (nextToken(xml)) {
        if (xml.isStartElement()) {
            const QStringView name = xml.name();
            if (inSheetData && name == u"row") {
                if (Status s = startRow(xml.attributes()); !s)
                    return s;
            } else if (inSheetData && name == u"c") {
                if (!m_inRow) // a cell outside any row: read it as the next row's
                    if (Status s = startRow({}); !s)
                        return s;
                if (Status s = readCell(xml); !s)
                    return s;
            } else if (name == u"cols" && !inSheetData) {
                if (Status s = readCols(xml); !s)
                    return s;
            } else if (name == u"sheetData") {
                inSheetData = true;
                m_report.merged = m_merges;
            } else if (inSheetData) {
                xml.skipCurrentElement(); // extensions inside rows
            }
        } else if (xml.isEndElement()) {
            const QStringView name = xml.name();
            if (name == u"row" && m_inRow) {
                if (Status s = endRow(); !s)
                    return s;
                if (m_report.cancelled)
                    return Status::fail(CoreText::tr("Reading the sheet “%1” of %2 was cancelled.")
                                            .arg(m_sheet, m_package.fileName()));
                progress(part, false);
            } else if (name == u"sheetData") {
                inSheetData = false;
                break; // what follows (merges, print settings) was read by the first pass
            }
        }
    }
    if (xml.hasError())
        return Status::ok(); // reported by the caller with the part's name and position
    if (m_inRow)
        if (Status s = endRow(); !s)
            return s;
    progress(part, true);
    if (m_report.cancelled)
        return Status::fail(
            CoreText::tr("Reading the sheet “%1” of %2 was cancelled.").arg(m_sheet, m_package.fileName()));
    if (m_report.rowsDelivered == 0)
        return Status::fail(CoreText::tr("The sheet “%1” of %2 is empty: it has no rows with values.")
                                .arg(m_sheet, m_package.fileName()));
    return Status::ok();
}

Status SheetStream::readCols(QXmlStreamReader& xml)
{
    while (nextToken(xml)) {
        if (xml.isEndElement() && xml.name() == u"cols")
            break;
        if (!xml.isStartElement() || xml.name() != u"col")
            continue;
        const QXmlStreamAttributes a = xml.attributes();
        if (isTrue(a.value("hidden"_L1))) {
            const int first = std::max(a.value("min"_L1).toInt(), 1);
            const int last = std::min(a.value("max"_L1).toInt(), m_maxColumns);
            for (int column = first; column <= last; ++column)
                m_report.hiddenColumns.append(column - 1);
        }
    }
    std::sort(m_report.hiddenColumns.begin(), m_report.hiddenColumns.end());
    m_report.hiddenColumns.erase(std::unique(m_report.hiddenColumns.begin(), m_report.hiddenColumns.end()),
                                 m_report.hiddenColumns.end());
    return Status::ok();
}

Status SheetStream::startRow(const QXmlStreamAttributes& a)
{
    if (++m_report.rowsRead > m_options.limits.maxRows)
        return fail(CoreText::tr("The sheet “%1” of %2 has more than %3 rows, the most Summit reads from "
                                 "one sheet. Split the file, or import fewer rows at a time.")
                        .arg(m_sheet, m_package.fileName(), QLocale().toString(m_options.limits.maxRows)));
    int number = m_lastRow + 1;
    if (const QStringView r = a.value("r"_L1); !r.isEmpty()) {
        bool ok = false;
        number = r.toInt(&ok);
        if (!ok || number < 1 || number > maxSheetRows)
            return fail(CoreText::tr("%1 is damaged: the sheet “%2” has a row numbered “%3”.")
                            .arg(m_package.fileName(), m_sheet, r.toString()));
    }
    if (number > maxSheetRows)
        return fail(CoreText::tr("%1 is damaged: the sheet “%2” has rows past row %3.")
                        .arg(m_package.fileName(), m_sheet, QLocale().toString(maxSheetRows)));
    m_row.number = number;
    m_row.hidden = isTrue(a.value("hidden"_L1));
    m_row.cells.clear();
    m_lastRow = number;
    m_lastColumn = -1;
    m_inRow = true;
    return Status::ok();
}

Status SheetStream::readCell(QXmlStreamReader& xml)
{
    const QXmlStreamAttributes a = xml.attributes();
    int column = m_lastColumn + 1;
    if (const QStringView r = a.value("r"_L1); !r.isEmpty()) {
        const auto ref = parseCellRef(r);
        if (!ref || ref->column < 0)
            return fail(CoreText::tr("%1 is damaged: the sheet “%2” has a cell named “%3” in row %4.")
                            .arg(m_package.fileName(), m_sheet, r.toString(), QString::number(m_row.number)));
        column = ref->column;
    }
    if (column >= m_maxColumns)
        return fail(CoreText::tr("Cell %1 of the sheet “%2” in %3 is past column %4, the last one Summit "
                                 "reads.")
                        .arg(cellName(m_row.number, column), m_sheet, m_package.fileName(),
                             columnName(m_maxColumns - 1)));
    m_lastColumn = column;
    const CellType type = cellType(a.value("t"_L1));
    const int style = a.value("s"_L1).toInt();
    const int limit = m_options.limits.maxCellChars;

    QString value, formula;
    bool hasValue = false, hasFormula = false, oversized = false;
    while (nextToken(xml)) {
        if (xml.isEndElement())
            break; // </c>: its children are read whole below
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"v") {
            value = xml.readElementText();
            hasValue = true;
            oversized = oversized || value.size() > limit;
        } else if (xml.name() == u"f") {
            formula = xml.readElementText();
            hasFormula = true;
        } else if (xml.name() == u"is") {
            value = readRichText(xml, limit, &oversized);
            hasValue = true;
        } else {
            xml.skipCurrentElement();
        }
    }
    if (xml.hasError())
        return Status::ok();
    const auto tooLong = [&] {
        return fail(CoreText::tr("The text in cell %1 of the sheet “%2” in %3 is longer than %4 characters, "
                                 "the most Summit reads from one cell.")
                        .arg(cellName(m_row.number, column), m_sheet, m_package.fileName(),
                             QLocale().toString(limit)));
    };
    if (oversized)
        return tooLong();

    const bool isText = type == CellType::FormulaString || type == CellType::Inline;
    if (hasFormula && (!hasValue || (value.isEmpty() && !isText))) {
        const QString shown = formula.size() > 60 ? formula.left(60) + QStringLiteral("…") : formula;
        addProblem(CoreText::tr("The formula =%1 in cell %2 of the sheet “%3” in %4 has no saved result, so "
                                "the cell was read as empty. Open the file in Excel or LibreOffice and save "
                                "it again to keep the results.")
                       .arg(shown, cellName(m_row.number, column), m_sheet, m_package.fileName()));
        return Status::ok();
    }
    if (!hasValue)
        return Status::ok();

    Cell cell;
    switch (type) {
    case CellType::Shared: {
        bool ok = false;
        const int index = QStringView(value).trimmed().toInt(&ok);
        const SharedStrings& strings = m_package.sharedStrings();
        if (!ok || index < 0 || index >= strings.strings.size())
            return fail(
                CoreText::tr("%1 is damaged: cell %2 of the sheet “%3” refers to shared text number "
                             "%4, which the file does not hold.")
                    .arg(m_package.fileName(), cellName(m_row.number, column), m_sheet, value.left(20)));
        if (strings.oversized[size_t(index)])
            return tooLong();
        cell = Cell::text(strings.strings[index]);
        break;
    }
    case CellType::Inline:
    case CellType::FormulaString:
        cell = Cell::text(decodeEscapes(value));
        break;
    case CellType::Boolean:
        cell = Cell::boolean(isTrue(QStringView(value).trimmed()));
        break;
    case CellType::Error:
        cell = Cell::error(value.trimmed());
        break;
    case CellType::IsoDate: {
        const QDateTime dt = QDateTime::fromString(value.trimmed(), Qt::ISODateWithMs);
        const QDate d = QDate::fromString(value.trimmed(), Qt::ISODate);
        cell = d.isValid() ? Cell::date(d) : dt.isValid() ? Cell::dateTime(dt) : Cell::text(value);
        break;
    }
    case CellType::Number: {
        if (QStringView(value).trimmed().isEmpty())
            return Status::ok();
        bool ok = false;
        const double number = QStringView(value).trimmed().toDouble(&ok);
        if (!ok)
            return fail(
                CoreText::tr("%1 is damaged: cell %2 of the sheet “%3” holds “%4” where a number "
                             "belongs.")
                    .arg(m_package.fileName(), cellName(m_row.number, column), m_sheet, value.left(40)));
        cell = dateCell(number, m_package.dateKindOfStyle(style), m_package.date1904());
        break;
    }
    }
    if (m_row.cells.size() <= column)
        m_row.cells.resize(column + 1);
    m_row.cells[column] = std::move(cell);
    return Status::ok();
}

void SheetStream::applyMerges()
{
    if (m_merges.isEmpty())
        return;
    const int r = m_row.number;
    if (r < m_lastMergeRow) { // rows out of order: look at every range again
        m_active.clear();
        m_nextMerge = 0;
    }
    m_lastMergeRow = r;
    while (m_nextMerge < m_merges.size() && m_merges[m_nextMerge].firstRow <= r)
        m_active.push_back(m_nextMerge++);
    std::erase_if(m_active, [&](qsizetype i) { return m_merges[i].lastRow < r; });
    for (const qsizetype i : m_active) {
        const CellRange& range = m_merges[i];
        if (range.firstColumn >= m_maxColumns)
            continue;
        if (range.firstRow == r)
            m_topLeft[size_t(i)] = m_row.cell(range.firstColumn);
        const Cell& value = m_topLeft[size_t(i)];
        const int last = std::min(range.lastColumn, m_maxColumns - 1);
        if (m_row.cells.size() <= last)
            m_row.cells.resize(last + 1);
        for (int c = range.firstColumn; c <= last; ++c)
            m_row.cells[c] = value;
    }
}

Status SheetStream::endRow()
{
    m_inRow = false;
    applyMerges();
    while (!m_row.cells.isEmpty() && m_row.cells.constLast().isEmpty())
        m_row.cells.removeLast();
    if (m_row.hidden)
        m_report.hiddenRows.append(m_row.number);
    if (m_row.cells.isEmpty())
        return Status::ok();
    ++m_report.rowsDelivered;
    if (!m_onRow(m_row))
        m_report.cancelled = true;
    return Status::ok();
}

void SheetStream::progress(const ZipPart& part, bool last)
{
    m_report.bytesRead = part.inflated();
    if (!m_options.onProgress || (!last && part.inflated() - m_reported < progressStep))
        return;
    m_reported = part.inflated();
    m_options.onProgress(part.inflated(),
                         last ? part.inflated() : std::max(part.declaredSize(), part.inflated()));
}

} // namespace

void MergeScanner::feed(const char* data, qint64 size)
{
    static constexpr QByteArrayView name("mergeCell");
    constexpr qsizetype overlap = 64;     // room for a name split between chunks, and its prefix
    constexpr qsizetype maxTag = 1 << 16; // a longer tag is not a merge range
    const QByteArray buffer = m_carry + QByteArray::fromRawData(data, qsizetype(size));
    qsizetype done = 0; // the end of the last tag read
    qsizetype carryFrom = -1;
    for (qsizetype at = buffer.indexOf(name); at >= 0; at = buffer.indexOf(name, at + 1)) {
        const qsizetype after = at + name.size();
        if (after >= buffer.size()) {
            carryFrom = std::max(done, at - overlap);
            break;
        }
        const char next = buffer[after];
        if (!isSpace(next) && next != '/' && next != '>')
            continue; // <mergeCells>, or a longer name
        const qsizetype start = tagStart(buffer, at);
        if (start < 0)
            continue;
        const qsizetype end = buffer.indexOf('>', after);
        if (end < 0) {
            carryFrom = buffer.size() - start < maxTag ? start : buffer.size();
            break;
        }
        if (const auto range = parseRange(
                QString::fromLatin1(refAttribute(QByteArrayView(buffer).sliced(start, end - start))))) {
            if (m_ranges.size() >= maxMerges) {
                m_overflowed = true;
                return;
            }
            m_ranges.append(*range);
        }
        done = end + 1;
        at = end;
    }
    if (carryFrom < 0)
        carryFrom = std::max(done, buffer.size() - overlap);
    m_carry = buffer.mid(carryFrom);
}

Status readWorksheet(Package& package, int index, const RowHandler& onRow, const ReadOptions& options,
                     SheetReport& report)
{
    const SheetEntry& sheet = package.sheets().at(index);
    report = SheetReport();
    report.sheet = sheet.info.name;
    if (sheet.part.isEmpty())
        return Status::fail(CoreText::tr("The sheet “%1” of %2 holds no table: it is a chart or macro sheet, "
                                         "or its part is missing.")
                                .arg(sheet.info.name, package.fileName()));
    if (Status s = package.loadShared(); !s)
        return s;

    // The first pass counts against the part limit but not the file's: it inflates the
    // same bytes the second pass does.
    MergeScanner merges;
    InflateBudget scanBudget{package.sharedBytes(), options.limits.maxTotalBytes};
    if (Status s = package.readBytes(sheet.part, scanBudget,
                                     [&](const char* data, qint64 size) {
                                         merges.feed(data, size);
                                         return !merges.overflowed();
                                     });
        !s)
        return s;
    if (merges.overflowed())
        return Status::fail(CoreText::tr("The sheet “%1” of %2 has more than %3 merged ranges, more than "
                                         "Summit reads.")
                                .arg(sheet.info.name, package.fileName(), QLocale().toString(maxMerges)));

    SheetStream stream(package, sheet.info.name, onRow, options, report);
    stream.setMerges(merges.ranges());
    InflateBudget budget{package.sharedBytes(), options.limits.maxTotalBytes};
    return package.parseXml(sheet.part, budget, [&](QXmlStreamReader& xml, const ZipPart& part) {
        return stream.run(xml, part);
    });
}

} // namespace summit::import::xlsx
