#include "import/TableSource.h"
#include "CoreText.h"

#include "import/CsvReader.h"
#include "import/XlsxReader.h"

#include <QFile>
#include <QFileInfo>

namespace summit::import {

Status TableSource::readSheet(const QString& name, const RowHandler& onRow)
{
    const QList<SheetInfo> all = sheets();
    for (int pass = 0; pass < 2; ++pass) // exact, then ignoring case
        for (int i = 0; i < all.size(); ++i)
            if (all[i].name.compare(name, pass == 0 ? Qt::CaseSensitive : Qt::CaseInsensitive) == 0)
                return readSheet(i, onRow);
    m_report = SheetReport();
    return Status::fail(CoreText::tr("There is no sheet named “%1”.").arg(name));
}

Result<std::unique_ptr<TableSource>> openTable(const QString& path, const ReadOptions& options)
{
    using R = Result<std::unique_ptr<TableSource>>;
    const QFileInfo info(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return R::fail(CoreText::tr("%1 cannot be opened: %2").arg(info.fileName(), file.errorString()));
    const QByteArray head = file.read(8);
    file.close();
    const QString suffix = info.suffix().toLower();
    const bool zip = head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06");
    const bool ole = head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1");
    if (zip || ole || suffix == QLatin1String("xlsx") || suffix == QLatin1String("xlsm") ||
        suffix == QLatin1String("xls")) {
        auto reader = XlsxReader::open(path, options);
        if (!reader)
            return reader.error();
        return std::unique_ptr<TableSource>(std::move(reader.value()));
    }
    auto reader = CsvReader::open(path, options);
    if (!reader)
        return reader.error();
    return std::unique_ptr<TableSource>(std::move(reader.value()));
}

} // namespace summit::import
