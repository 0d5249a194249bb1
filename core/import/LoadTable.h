#pragma once
// A sheet of a file, read into the Table the import plans from: the first
// non-blank row is the header, every later row keeps its row number in the
// file, and what the reader noticed on the way (hidden rows and columns,
// formulas without a saved result, error cells, repeated headers) comes back
// as notes to show beside the preview.

#include "import/Import.h"
#include "import/TableSource.h"

namespace summit::import {

struct LoadOptions
{
    QString sheet;    // by name; empty: the first visible sheet
    ReadOptions read; // encoding, delimiter, limits, progress
    // Asked between rows (from the reading thread); true stops the read.
    std::function<bool()> cancelled;
};

struct LoadedTable
{
    Table table;
    QString format;     // "XLSX", "CSV"
    QStringList sheets; // every sheet's name, for choosing another
    QString sheet;      // the one read
    QStringList notes;  // translated
};

Result<LoadedTable> loadTable(const QString& path, const LoadOptions& options = {});

} // namespace summit::import
