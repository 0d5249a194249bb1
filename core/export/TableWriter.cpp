#include "export/TableWriter.h"

#include "export/CsvWriter.h"
#include "export/XlsxWriter.h"

namespace summit::exports {

TableFormat tableFormatOf(const QString& path)
{
    return path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive) ? TableFormat::Xlsx : TableFormat::Csv;
}

std::optional<CsvEncoding> csvEncodingNamed(const QString& name)
{
    const QString n = name.toLower();
    if (n == QLatin1String("utf-8") || n == QLatin1String("utf8"))
        return CsvEncoding::Utf8;
    if (n == QLatin1String("gb18030"))
        return CsvEncoding::Gb18030;
    return std::nullopt;
}

Result<std::unique_ptr<TableWriter>> openTableWriter(const QString& path, const QString& sheetName,
                                                     CsvEncoding encoding)
{
    if (tableFormatOf(path) == TableFormat::Xlsx) {
        auto w = XlsxWriter::open(path, sheetName);
        if (!w)
            return w.error();
        return std::unique_ptr<TableWriter>(std::move(w).value());
    }
    auto w = CsvWriter::open(path, encoding);
    if (!w)
        return w.error();
    return std::unique_ptr<TableWriter>(std::move(w).value());
}

} // namespace summit::exports
