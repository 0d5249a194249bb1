#include "import/XlsxReader.h"
#include "CoreText.h"

#include "import/XlsxPackage.h"
#include "import/XlsxSheet.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>

namespace summit::import {

namespace {

// The first bytes of an OLE compound file: an Excel 97-2003 workbook, or any Office
// file protected with a password (its encrypted package is stored inside one).
constexpr char oleMagic[] = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";

Status checkSignature(QIODevice& device, const QString& fileName)
{
    const QByteArray head = device.peek(8);
    if (head.isEmpty())
        return Status::fail(CoreText::tr("%1 is empty.").arg(fileName));
    if (head == QByteArrayView(oleMagic, 8))
        return Status::fail(CoreText::tr("%1 is password-protected or not an XLSX file (it may be an Excel "
                                         "97-2003 workbook). Remove the password, or save it as .xlsx, and "
                                         "import it again.")
                                .arg(fileName));
    if (!head.startsWith("PK"))
        return Status::fail(CoreText::tr("%1 is not an XLSX file: it is not a zip archive.").arg(fileName));
    return Status::ok();
}

} // namespace

XlsxReader::XlsxReader(std::unique_ptr<xlsx::Package> package, const ReadOptions& options)
    : m_package(std::move(package)), m_options(options)
{}

XlsxReader::~XlsxReader() = default;

Result<std::unique_ptr<XlsxReader>>
XlsxReader::openDevice(std::unique_ptr<QIODevice> device, const QString& fileName, const ReadOptions& options)
{
    if (Status s = checkSignature(*device, fileName); !s)
        return s;
    auto package = xlsx::Package::open(std::move(device), fileName, options.limits);
    if (!package)
        return package.error();
    return std::unique_ptr<XlsxReader>(new XlsxReader(std::move(package.value()), options));
}

Result<std::unique_ptr<XlsxReader>> XlsxReader::open(const QString& path, const ReadOptions& options)
{
    const QString name = QFileInfo(path).fileName();
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly))
        return Result<std::unique_ptr<XlsxReader>>::fail(
            CoreText::tr("%1 cannot be opened: %2").arg(name, file->errorString()));
    return openDevice(std::move(file), name, options);
}

Result<std::unique_ptr<XlsxReader>> XlsxReader::openData(const QByteArray& data, const QString& fileName,
                                                         const ReadOptions& options)
{
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(data);
    buffer->open(QIODevice::ReadOnly);
    return openDevice(std::move(buffer), fileName, options);
}

QList<SheetInfo> XlsxReader::sheets() const
{
    QList<SheetInfo> out;
    for (const xlsx::SheetEntry& sheet : m_package->sheets())
        out.append(sheet.info);
    return out;
}

bool XlsxReader::uses1904Dates() const
{
    return m_package->date1904();
}

Status XlsxReader::readSheet(int index, const RowHandler& onRow)
{
    if (index < 0 || index >= m_package->sheets().size()) {
        m_report = SheetReport();
        return Status::fail(CoreText::tr("%1 has no sheet number %2.")
                                .arg(m_package->fileName(), QString::number(index + 1)));
    }
    return xlsx::readWorksheet(*m_package, index, onRow, m_options, m_report);
}

} // namespace summit::import
