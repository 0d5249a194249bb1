#pragma once
// Reading a whole sheet into memory in the import readers' tests, and finding a cell.

#include "QtDoctest.h"
#include "import/TableSource.h"

#include <QList>
#include <QStringList>

namespace summit::test {

struct SheetRead
{
    Status status;
    QList<import::Row> rows;
};

inline SheetRead readAll(import::TableSource& source, int sheet = 0)
{
    SheetRead out;
    out.status = source.readSheet(sheet, [&](const import::Row& row) {
        out.rows.append(row);
        return true;
    });
    return out;
}

// The cell at a 1-based row number and a 0-based column; an empty cell if absent.
inline import::Cell cellAt(const QList<import::Row>& rows, int rowNumber, int column)
{
    for (const import::Row& row : rows)
        if (row.number == rowNumber)
            return row.cell(column);
    return {};
}

// A row's cells as they read, joined with "|": one string to compare and to print.
inline QString joined(const import::Row& row)
{
    QStringList out;
    for (const import::Cell& cell : row.cells)
        out.append(cell.toString());
    return out.join(QLatin1Char('|'));
}

} // namespace summit::test
