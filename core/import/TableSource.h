#pragma once
// The first layer of an import: a file read as sheets of typed rows. XlsxReader and
// CsvReader implement TableSource, so the layer above (mapping columns to Summit's
// fields) treats a workbook and a CSV file (one sheet) alike; openTable() picks the
// reader from the file's first bytes and its extension.
//
// Rows are streamed to a callback, never collected: a 100,000-row sheet costs the
// memory of one row. Every limit below turns a hostile or broken file into a message
// instead of a crash, an endless read or an exhausted machine.

#include "Result.h"
#include "import/Cell.h"

#include <QChar>
#include <QList>
#include <QString>
#include <functional>
#include <memory>

namespace summit::import {

struct ReadLimits
{
    // XLSX: decompressed bytes one sheet's read may inflate, the workbook's shared
    // parts included, and bytes any one part may inflate. Counted as they are
    // inflated: a zip's declared sizes are not trusted.
    qint64 maxTotalBytes = qint64(1) << 30;
    qint64 maxPartBytes = qint64(512) << 20;
    int maxRows = 1'000'000;    // rows (or CSV records) read from one sheet, blank ones included
    int maxCellChars = 1 << 20; // characters in one cell's text
    int maxColumns = 16'384;    // Excel's own limit (column XFD)
};

struct ReadOptions
{
    ReadLimits limits;
    // CSV only. Empty: detected (byte-order mark, else UTF-8 if the whole file is valid
    // UTF-8, else GB18030). Otherwise one of utf-8, gb18030, gbk, utf-16le, utf-16be.
    QString encoding;
    QChar delimiter; // CSV only; null: detected among comma, semicolon and tab
    // Called now and then while a sheet is read: bytes read so far and the total
    // expected, for a progress bar (a hint: the total may be an estimate).
    std::function<void(qint64 done, qint64 total)> onProgress;
};

struct SheetInfo
{
    enum class State : quint8
    {
        Visible,
        Hidden,
        VeryHidden
    };
    QString name;
    State state = State::Visible;
};

// An inclusive range of cells (XLSX merged cells).
struct CellRange
{
    int firstRow = 0; // 1-based row numbers, as Row::number
    int lastRow = 0;
    int firstColumn = 0; // 0-based column indexes
    int lastColumn = 0;
    bool operator==(const CellRange&) const = default;
};

// What a read learned besides the rows. Filled as the read goes: hidden columns and
// merged ranges are known before the first row is delivered.
struct SheetReport
{
    QString sheet;
    int rowsRead = 0;         // rows or records read, blank ones included
    int rowsDelivered = 0;    // rows handed to the callback (blank rows are skipped)
    QList<int> hiddenRows;    // 1-based row numbers, in file order
    QList<int> hiddenColumns; // 0-based column indexes, ascending
    QList<CellRange> merged;  // XLSX merged ranges; their top-left value fills each cell
    QStringList problems;     // translated; the file was still read (a formula with no saved result)
    bool cancelled = false;   // the callback returned false
    qint64 bytesRead = 0;     // decompressed (XLSX) or file (CSV) bytes
};

// Returns false to stop the read; readSheet then fails with a "cancelled" message and
// the report says cancelled.
using RowHandler = std::function<bool(const Row&)>;

class TableSource
{
public:
    virtual ~TableSource() = default;
    TableSource(const TableSource&) = delete;
    TableSource& operator=(const TableSource&) = delete;

    virtual QString formatName() const = 0; // "XLSX", "CSV"
    virtual QList<SheetInfo> sheets() const = 0;
    // Streams the sheet's non-blank rows to onRow, in file order. Fails on a damaged
    // part, a limit reached, an empty sheet or cancellation, with a translated message
    // naming the file, sheet, row and column concerned.
    virtual Status readSheet(int index, const RowHandler& onRow) = 0;
    Status readSheet(const QString& name, const RowHandler& onRow);
    // The report of the last readSheet call, complete or not.
    const SheetReport& report() const { return m_report; }

protected:
    TableSource() = default;
    SheetReport m_report;
};

// Opens a file as a table by its content (a zip archive is XLSX; an Excel 97-2003 or
// password-protected workbook is refused with a message that says so) and otherwise
// as CSV/TSV text.
Result<std::unique_ptr<TableSource>> openTable(const QString& path, const ReadOptions& options = {});

} // namespace summit::import
