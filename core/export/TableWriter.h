#pragma once
// Writes one sheet of rows — a header row, then typed values — to an XLSX
// workbook (XlsxWriter.h) or a CSV file (CsvWriter.h), chosen by the file's
// name. The record lists' export and the import's errors file both write
// through here, so the two follow the same rules (PITFALLS.md): text stays
// text and is never run as a formula, CSV is UTF-8 with a byte-order mark.
//
// All or nothing: the file appears at its path only when finish() succeeds;
// a writer dropped before that (or failing) leaves what was there before.

#include "Result.h"
#include "export/TableValue.h"

#include <QStringList>
#include <memory>
#include <optional>
#include <vector>

namespace summit::exports {

class TableWriter
{
public:
    virtual ~TableWriter() = default;
    // The first row, once, before any other.
    virtual Status writeHeader(const QStringList& headers) = 0;
    virtual Status writeRow(const std::vector<Value>& row) = 0;
    virtual Status finish() = 0;
};

enum class TableFormat
{
    Xlsx,
    Csv,
};

// How a CSV file is encoded: UTF-8 with a byte-order mark (what Excel and WPS
// open without asking), or GB18030 without one (older tools in China).
enum class CsvEncoding
{
    Utf8,
    Gb18030,
};
// The encoding named "utf-8"/"utf8" or "gb18030" (any case); nullopt otherwise.
std::optional<CsvEncoding> csvEncodingNamed(const QString& name);

// XLSX for a name ending in .xlsx (any case), CSV for anything else.
TableFormat tableFormatOf(const QString& path);
// `sheetName` names the workbook's sheet (XLSX only; cut to Excel's 31
// characters, with the characters Excel refuses in a sheet name replaced).
Result<std::unique_ptr<TableWriter>> openTableWriter(const QString& path, const QString& sheetName,
                                                     CsvEncoding encoding = CsvEncoding::Utf8);

// Text as a CSV cell may hold it without a spreadsheet running it as a
// formula (OWASP): a leading = + - @ tab or carriage return gets a single
// quote in front, unless the text is a plain number such as -0.25. Text that
// already starts with quotes before such a character gets one more, so that
// an import that drops one quote (LoadTable) gets back exactly this text.
QString inertCsvText(const QString& text);
// One cell of tab-separated text for the clipboard: inert as above (a
// spreadsheet runs pasted text as it runs a CSV file), tabs and line breaks
// turned into spaces so that the cell stays one cell.
QString tsvField(const QString& text);
// One field of a CSV record: quoted when it holds a comma, a quote or a line
// break, with quotes doubled (RFC 4180).
QString csvField(const QString& text);

} // namespace summit::exports
