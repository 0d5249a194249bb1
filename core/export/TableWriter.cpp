#include "export/TableWriter.h"

#include "export/CsvWriter.h"
#include "export/XlsxWriter.h"

namespace summit::exports {

TableFormat tableFormatOf(const QString& path)
{
    return path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive) ? TableFormat::Xlsx : TableFormat::Csv;
}

Result<std::unique_ptr<TableWriter>> openTableWriter(const QString& path, const QString& sheetName)
{
    if (tableFormatOf(path) == TableFormat::Xlsx) {
        auto w = XlsxWriter::open(path, sheetName);
        if (!w)
            return w.error();
        return std::unique_ptr<TableWriter>(std::move(w).value());
    }
    auto w = CsvWriter::open(path);
    if (!w)
        return w.error();
    return std::unique_ptr<TableWriter>(std::move(w).value());
}

} // namespace summit::exports
