#include "ZipFiles.h"

#include <QBuffer>
#include <QFile>
#include <unzip.h>
#include <zip.h>

namespace summit::test {

namespace {

// minizip's file functions over a QIODevice, passed as `opaque`.
QIODevice* deviceOf(voidpf opaque)
{
    return static_cast<QIODevice*>(opaque);
}

zlib_filefunc64_def deviceFunctions(QIODevice* device)
{
    zlib_filefunc64_def io{};
    io.zopen64_file = [](voidpf opaque, const void*, int) -> voidpf {
        return opaque;
    };
    io.zread_file = [](voidpf opaque, voidpf, void* buf, uLong size) -> uLong {
        const qint64 n = deviceOf(opaque)->read(static_cast<char*>(buf), qint64(size));
        return n < 0 ? 0 : uLong(n);
    };
    io.zwrite_file = [](voidpf opaque, voidpf, const void* buf, uLong size) -> uLong {
        const qint64 n = deviceOf(opaque)->write(static_cast<const char*>(buf), qint64(size));
        return n < 0 ? 0 : uLong(n);
    };
    io.ztell64_file = [](voidpf opaque, voidpf) -> ZPOS64_T {
        return ZPOS64_T(deviceOf(opaque)->pos());
    };
    io.zseek64_file = [](voidpf opaque, voidpf, ZPOS64_T offset, int origin) -> long {
        QIODevice* d = deviceOf(opaque);
        const qint64 base = origin == ZLIB_FILEFUNC_SEEK_CUR   ? d->pos()
                            : origin == ZLIB_FILEFUNC_SEEK_END ? d->size()
                                                               : 0;
        return d->seek(base + qint64(offset)) ? 0 : -1;
    };
    io.zclose_file = [](voidpf, voidpf) -> int {
        return 0;
    };
    io.zerror_file = [](voidpf, voidpf) -> int {
        return 0;
    };
    io.opaque = device;
    return io;
}

} // namespace

ZipWriter::ZipWriter(const QString& path) : m_zip(zipOpen64(QFile::encodeName(path).constData(), 0)) {}

ZipWriter::ZipWriter(QIODevice* device)
{
    zlib_filefunc64_def io = deviceFunctions(device);
    m_zip = zipOpen2_64(device, APPEND_STATUS_CREATE, nullptr, &io);
}

ZipWriter::~ZipWriter()
{
    close();
}

bool ZipWriter::begin(const QString& name, int level)
{
    if (!m_zip || m_inPart)
        return false;
    zip_fileinfo info{};
    const QByteArray n = name.toUtf8();
    m_inPart = zipOpenNewFileInZip64(static_cast<zipFile>(m_zip), n.constData(), &info, nullptr, 0, nullptr,
                                     0, nullptr, level == 0 ? 0 : Z_DEFLATED, level, 1) == ZIP_OK;
    return m_inPart;
}

bool ZipWriter::write(const QByteArray& data)
{
    return m_inPart && zipWriteInFileInZip(static_cast<zipFile>(m_zip), data.constData(),
                                           unsigned(data.size())) == ZIP_OK;
}

bool ZipWriter::end()
{
    if (!m_inPart)
        return false;
    m_inPart = false;
    return zipCloseFileInZip(static_cast<zipFile>(m_zip)) == ZIP_OK;
}

bool ZipWriter::add(const QString& name, const QByteArray& data, int level)
{
    return begin(name, level) && write(data) && end();
}

bool ZipWriter::close()
{
    if (!m_zip)
        return false;
    if (m_inPart)
        end();
    const bool ok = zipClose(static_cast<zipFile>(m_zip), nullptr) == ZIP_OK;
    m_zip = nullptr;
    return ok;
}

QByteArray zipBytes(const ZipParts& parts, int level)
{
    QBuffer buffer;
    buffer.open(QIODevice::ReadWrite);
    {
        ZipWriter writer(&buffer);
        for (const auto& [name, data] : parts)
            writer.add(name, data, level);
    }
    return buffer.data();
}

ZipParts unzipBytes(const QByteArray& zip)
{
    QBuffer buffer;
    buffer.setData(zip);
    buffer.open(QIODevice::ReadOnly);
    zlib_filefunc64_def io = deviceFunctions(&buffer);
    unzFile z = unzOpen2_64(&buffer, &io);
    if (!z)
        return {};
    ZipParts parts;
    for (int rc = unzGoToFirstFile(z); rc == UNZ_OK; rc = unzGoToNextFile(z)) {
        char name[1024];
        unz_file_info64 info{};
        if (unzGetCurrentFileInfo64(z, &info, name, sizeof name, nullptr, 0, nullptr, 0) != UNZ_OK ||
            unzOpenCurrentFile(z) != UNZ_OK)
            break;
        QByteArray data;
        char chunk[1 << 14];
        for (int n; (n = unzReadCurrentFile(z, chunk, sizeof chunk)) > 0;)
            data.append(chunk, n);
        unzCloseCurrentFile(z);
        parts.append({QString::fromUtf8(name), data});
    }
    unzClose(z);
    return parts;
}

namespace {

const QByteArray mainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const QByteArray relNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

QByteArray escaped(const QString& text)
{
    return text.toHtmlEscaped().toUtf8();
}

} // namespace

ZipParts xlsxParts(const QList<SheetXml>& sheets, const QByteArray& sharedStrings, const QByteArray& styles,
                   bool date1904)
{
    ZipParts parts;
    // Content types name each part, as Excel and openpyxl expect.
    const QByteArray ct = "application/vnd.openxmlformats-officedocument.spreadsheetml.";
    QByteArray types = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                       "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                       "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                       "<Default Extension=\"rels\" "
                       "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                       "<Override PartName=\"/xl/workbook.xml\" ContentType=\"" +
                       ct + "sheet.main+xml\"/>";
    for (qsizetype i = 0; i < sheets.size(); ++i)
        types += "<Override PartName=\"/xl/worksheets/sheet" + QByteArray::number(i + 1) +
                 ".xml\" ContentType=\"" + ct + "worksheet+xml\"/>";
    if (!styles.isEmpty())
        types += "<Override PartName=\"/xl/styles.xml\" ContentType=\"" + ct + "styles+xml\"/>";
    if (!sharedStrings.isEmpty())
        types += "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"" + ct + "sharedStrings+xml\"/>";
    types += "</Types>";
    parts.append({QStringLiteral("[Content_Types].xml"), types});
    parts.append({QStringLiteral("_rels/.rels"),
                  "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
                  "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                  "<Relationship Id=\"rId1\" Type=\"" +
                      relNs + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"});
    QByteArray workbook = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"" + mainNs +
                          "\" xmlns:r=\"" + relNs + "\"><workbookPr" +
                          (date1904 ? QByteArray(" date1904=\"1\"") : QByteArray()) + "/><sheets>";
    QByteArray rels = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
                      "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
    for (qsizetype i = 0; i < sheets.size(); ++i) {
        const QByteArray n = QByteArray::number(i + 1);
        workbook +=
            "<sheet name=\"" + escaped(sheets[i].name) + "\" sheetId=\"" + n + "\" r:id=\"rId" + n + "\"" +
            (sheets[i].state.isEmpty() ? QByteArray() : " state=\"" + sheets[i].state.toUtf8() + "\"") + "/>";
        rels += "<Relationship Id=\"rId" + n + "\" Type=\"" + relNs +
                "/worksheet\" Target=\"worksheets/sheet" + n + ".xml\"/>";
        parts.append({QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1), sheets[i].xml});
    }
    workbook += "</sheets></workbook>";
    if (!styles.isEmpty()) {
        rels += "<Relationship Id=\"rIdS\" Type=\"" + relNs + "/styles\" Target=\"styles.xml\"/>";
        parts.append({QStringLiteral("xl/styles.xml"), styles});
    }
    if (!sharedStrings.isEmpty()) {
        rels +=
            "<Relationship Id=\"rIdT\" Type=\"" + relNs + "/sharedStrings\" Target=\"sharedStrings.xml\"/>";
        parts.append({QStringLiteral("xl/sharedStrings.xml"), sharedStrings});
    }
    rels += "</Relationships>";
    parts.append({QStringLiteral("xl/workbook.xml"), workbook});
    parts.append({QStringLiteral("xl/_rels/workbook.xml.rels"), rels});
    return parts;
}

QByteArray xlsxBytes(const QList<SheetXml>& sheets, const QByteArray& sharedStrings, const QByteArray& styles,
                     bool date1904)
{
    return zipBytes(xlsxParts(sheets, sharedStrings, styles, date1904));
}

QByteArray worksheet(const QByteArray& rows, const QByteArray& before, const QByteArray& after)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + mainNs + "\" xmlns:r=\"" +
           relNs + "\">" + before + "<sheetData>" + rows + "</sheetData>" + after + "</worksheet>";
}

} // namespace summit::test
