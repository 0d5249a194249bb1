#pragma once
// Streams one worksheet part to a row callback. Merged ranges are listed after the
// cells in SpreadsheetML, so a cheap first pass over the part's bytes collects them;
// the second pass parses the cells and fills each merged range with its top-left
// value. Internal to XlsxReader.

#include "import/TableSource.h"
#include "import/XlsxPackage.h"

namespace summit::import::xlsx {

// Merged ranges found by scanning raw bytes for <mergeCell ref="..."> elements, whatever
// their namespace prefix, across chunk boundaries.
class MergeScanner
{
public:
    void feed(const char* data, qint64 size);
    const QList<CellRange>& ranges() const { return m_ranges; }
    bool overflowed() const { return m_overflowed; }

private:
    QByteArray m_carry;
    QList<CellRange> m_ranges;
    bool m_overflowed = false;
};

Status readWorksheet(Package& package, int index, const RowHandler& onRow, const ReadOptions& options,
                     SheetReport& report);

} // namespace summit::import::xlsx
