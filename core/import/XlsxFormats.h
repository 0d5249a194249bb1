#pragma once
// The small rules of SpreadsheetML that need no file: cell references ("AB12"),
// which number formats show dates, and date serials in the 1900 and 1904 systems.

#include "import/Cell.h"
#include "import/TableSource.h"

#include <QStringView>
#include <optional>

namespace summit::import::xlsx {

constexpr int maxSheetRows = 1'048'576; // Excel's last row
constexpr int maxSheetColumns = 16'384; // Excel's last column, XFD

struct CellRef
{
    int row = 0;     // 1-based; 0 when the reference names a column only ("AB")
    int column = -1; // 0-based; -1 when it names a row only ("12")
};

// "AB12", "$AB$12", "AB", "12"; nullopt for anything else or beyond XFD1048576.
std::optional<CellRef> parseCellRef(QStringView text);
// "A1:C3" or a single cell "B2"; the corners in any order.
std::optional<CellRange> parseRange(QStringView text);
QString cellName(int row, int column); // "AB12"

enum class DateKind : quint8
{
    None,
    Date,
    DateTime
};
// Excel's built-in formats (14-22, 27-36, 45-47, 50-58 are dates and times).
DateKind builtInDateKind(int numFmtId);
// A custom format code: a date when it holds y, m, d, h or s outside quoted text,
// escapes and bracketed sections ([Red], [$-804]), elapsed time ([h]) counting as time.
// Only the first section (positive numbers) decides.
DateKind formatDateKind(QStringView code);

// A number styled as a date, as Excel shows it: 1900 system with Lotus's phantom
// 1900-02-29 (serial 60, read as 1900-02-28), or the 1904 system. A value outside
// the calendar (negative, past 9999) stays a number.
Cell dateCell(double serial, DateKind kind, bool date1904);

// Excel writes control characters as _xHHHH_ in strings; this undoes it.
QString decodeEscapes(QString text);

} // namespace summit::import::xlsx
