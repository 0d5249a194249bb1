#pragma once
// A table as an XLSX workbook of one sheet (or several, one after another), through libxlsxwriter in its
// constant_memory mode (rows are streamed to disk; memory stays flat however
// many rows there are). The header row is bold, frozen and carries an
// autofilter; every value is a typed cell: text as a string (never a formula,
// whatever it starts with), numbers as numbers, money as a number of yuan with
// a ¥ format (another currency's code when the record has one), dates and
// times as Excel dates with a date format, booleans as booleans. Columns are
// as wide as their widest value, a CJK character counting two (libxlsxwriter
// has no autofit; PITFALLS.md).
//
// The libxlsxwriter types stay in the .cpp.

#include "export/TableWriter.h"

namespace summit::exports {

class XlsxWriter final : public TableWriter
{
public:
    static Result<std::unique_ptr<XlsxWriter>> open(const QString& path, const QString& sheetName);
    ~XlsxWriter() override;

    Status writeHeader(const QStringList& headers) override;
    Status writeRow(const std::vector<Value>& row) override;
    Status finish() override;
    // Ends the sheet being written (its widths and filter) and starts another
    // named `name`; the next call is its writeHeader. Sheets are written one
    // after another, so memory stays flat however many there are.
    Status nextSheet(const QString& name);

    static constexpr int kMaxRows = 1'048'576; // Excel's last row
    static constexpr int kMaxColumns = 16'384; // XFD
    static constexpr int kMaxText = 32'767;    // characters in one cell

    // A sheet name Excel accepts: at most 31 characters, none of []:*?/\ and
    // no apostrophe at either end; "Sheet1" for an empty one.
    static QString sheetNameFor(const QString& name);
    // The width of text in Excel's column units: a CJK (wide) character counts two.
    static int textWidth(const QString& text);

private:
    struct Book;
    explicit XlsxWriter(std::unique_ptr<Book> book);
    std::unique_ptr<Book> m_book;
};

} // namespace summit::exports
