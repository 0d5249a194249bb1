#include "import/ZipArchive.h"
#include "CoreText.h"

#include <QLocale>
#include <unzip.h>

#include <algorithm>
#include <cstring>

namespace summit::import {

namespace {

// minizip reads the archive through these callbacks; `opaque` is the QIODevice.
QIODevice* deviceOf(voidpf opaque)
{
    return static_cast<QIODevice*>(opaque);
}

voidpf ZCALLBACK openDevice(voidpf opaque, const void*, int)
{
    return opaque;
}

uLong ZCALLBACK readDevice(voidpf opaque, voidpf, void* buffer, uLong size)
{
    const qint64 n = deviceOf(opaque)->read(static_cast<char*>(buffer), qint64(size));
    return n < 0 ? 0 : uLong(n);
}

uLong ZCALLBACK writeDevice(voidpf, voidpf, const void*, uLong)
{
    return 0;
}

ZPOS64_T ZCALLBACK tellDevice(voidpf opaque, voidpf)
{
    return ZPOS64_T(deviceOf(opaque)->pos());
}

long ZCALLBACK seekDevice(voidpf opaque, voidpf, ZPOS64_T offset, int origin)
{
    QIODevice* device = deviceOf(opaque);
    qint64 base = 0;
    if (origin == ZLIB_FILEFUNC_SEEK_CUR)
        base = device->pos();
    else if (origin == ZLIB_FILEFUNC_SEEK_END)
        base = device->size();
    else if (origin != ZLIB_FILEFUNC_SEEK_SET)
        return -1;
    if (offset > ZPOS64_T(std::numeric_limits<qint64>::max() - base))
        return -1;
    const qint64 target = base + qint64(offset);
    if (target > device->size())
        return -1;
    return device->seek(target) ? 0 : -1;
}

int ZCALLBACK closeDevice(voidpf, voidpf)
{
    return 0; // the caller owns the device
}

int ZCALLBACK deviceError(voidpf, voidpf)
{
    return 0;
}

unzFile zipOf(void* zip)
{
    return static_cast<unzFile>(zip);
}

// An XLSX holds a few dozen parts; an archive with far more is not a workbook, and
// indexing it would only cost memory.
constexpr int maxEntries = 100'000;

} // namespace

ZipPart::ZipPart(ZipArchive* archive, qint64 partLimit, InflateBudget* budget, qint64 declaredSize)
    : m_archive(archive), m_partLimit(partLimit), m_budget(budget), m_declaredSize(declaredSize)
{}

ZipPart::~ZipPart()
{
    finish();
}

void ZipPart::close()
{
    finish();
    QIODevice::close();
}

void ZipPart::finish()
{
    if (!m_archive)
        return;
    if (m_archive->m_open == this) {
        // A part read to its end has already been closed (with its CRC checked).
        if (!m_finished)
            unzCloseCurrentFile(zipOf(m_archive->m_zip));
        m_archive->m_open = nullptr;
    }
    m_archive = nullptr;
    m_finished = true;
}

qint64 ZipPart::readData(char* data, qint64 maxSize)
{
    if (m_failure != Failure::None)
        return -1;
    if (m_finished || !m_archive || maxSize <= 0)
        return 0;
    const unsigned chunk = unsigned(std::min<qint64>(maxSize, 1 << 16));
    const int n = unzReadCurrentFile(zipOf(m_archive->m_zip), data, chunk);
    if (n < 0) {
        m_failure = Failure::Damaged;
        return -1;
    }
    if (n == 0) {
        // The end of the part: closing it checks the CRC of everything inflated.
        const int rc = unzCloseCurrentFile(zipOf(m_archive->m_zip));
        m_finished = true;
        if (rc == UNZ_CRCERROR) {
            m_failure = Failure::Damaged;
            return -1;
        }
        return 0;
    }
    m_inflated += n;
    m_budget->used += n;
    if (m_inflated > m_partLimit) {
        m_failure = Failure::PartLimit;
        return -1;
    }
    if (m_budget->used > m_budget->limit) {
        m_failure = Failure::TotalLimit;
        return -1;
    }
    return n;
}

ZipArchive::ZipArchive(void* zip, QString fileName) : m_zip(zip), m_fileName(std::move(fileName)) {}

ZipArchive::~ZipArchive()
{
    if (m_open)
        m_open->finish();
    unzClose(zipOf(m_zip));
}

QString ZipArchive::key(const QString& part)
{
    QString k = part;
    k.replace(QLatin1Char('\\'), QLatin1Char('/'));
    while (k.startsWith(QLatin1Char('/')))
        k.remove(0, 1);
    return k.toLower();
}

Result<std::unique_ptr<ZipArchive>> ZipArchive::open(QIODevice* device, const QString& fileName)
{
    zlib_filefunc64_def io{};
    io.zopen64_file = openDevice;
    io.zread_file = readDevice;
    io.zwrite_file = writeDevice;
    io.ztell64_file = tellDevice;
    io.zseek64_file = seekDevice;
    io.zclose_file = closeDevice;
    io.zerror_file = deviceError;
    io.opaque = device;
    unzFile zip = unzOpen2_64(device, &io);
    if (!zip)
        return Result<std::unique_ptr<ZipArchive>>::fail(
            CoreText::tr("%1 is not an XLSX file, or it is damaged: it is not a readable zip archive.")
                .arg(fileName));
    std::unique_ptr<ZipArchive> archive(new ZipArchive(zip, fileName));

    const auto damaged = [&] {
        return Result<std::unique_ptr<ZipArchive>>::fail(
            CoreText::tr("%1 is damaged: its list of contents cannot be read.").arg(fileName));
    };
    int rc = unzGoToFirstFile(zip);
    if (rc == UNZ_END_OF_LIST_OF_FILE)
        return Result<std::unique_ptr<ZipArchive>>::fail(
            CoreText::tr("%1 is not an XLSX file: it is an empty zip archive.").arg(fileName));
    int count = 0;
    QByteArray name;
    for (; rc == UNZ_OK; rc = unzGoToNextFile(zip)) {
        if (++count > maxEntries)
            return Result<std::unique_ptr<ZipArchive>>::fail(
                CoreText::tr("%1 is not an XLSX file: it holds more than %2 files.")
                    .arg(fileName, QLocale().toString(maxEntries)));
        unz_file_info64 info{};
        if (unzGetCurrentFileInfo64(zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK)
            return damaged();
        name.resize(qsizetype(info.size_filename));
        if (unzGetCurrentFileInfo64(zip, &info, name.data(), uLong(name.size()), nullptr, 0, nullptr, 0) !=
            UNZ_OK)
            return damaged();
        unz64_file_pos pos{};
        if (unzGetFilePos64(zip, &pos) != UNZ_OK)
            return damaged();
        Entry entry;
        entry.directoryOffset = pos.pos_in_zip_directory;
        entry.fileNumber = pos.num_of_file;
        entry.declaredSize = qint64(std::min<ZPOS64_T>(info.uncompressed_size, ZPOS64_T(1) << 62));
        entry.encrypted = (info.flag & 1) != 0;
        // The first of two entries with one name wins, as in other zip readers.
        const QString k = key(QString::fromUtf8(name));
        if (!archive->m_entries.contains(k))
            archive->m_entries.insert(k, entry);
    }
    if (rc != UNZ_END_OF_LIST_OF_FILE)
        return damaged();
    return archive;
}

bool ZipArchive::contains(const QString& part) const
{
    return m_entries.contains(key(part));
}

Result<std::unique_ptr<ZipPart>> ZipArchive::openPart(const QString& part, qint64 partLimit,
                                                      InflateBudget* budget)
{
    using R = Result<std::unique_ptr<ZipPart>>;
    if (m_open)
        m_open->finish();
    const auto it = m_entries.constFind(key(part));
    if (it == m_entries.cend())
        return R::fail(
            CoreText::tr("%1 is not a complete XLSX file: the part %2 is missing.").arg(m_fileName, part));
    if (it->encrypted)
        return R::fail(
            CoreText::tr("%1 is password-protected: the part %2 is encrypted.").arg(m_fileName, part));
    unz64_file_pos pos{it->directoryOffset, it->fileNumber};
    if (unzGoToFilePos64(zipOf(m_zip), &pos) != UNZ_OK || unzOpenCurrentFile(zipOf(m_zip)) != UNZ_OK)
        return R::fail(CoreText::tr("%1 is damaged, or compressed in a way Summit cannot read: the "
                                    "part %2 cannot be opened.")
                           .arg(m_fileName, part));
    std::unique_ptr<ZipPart> device(new ZipPart(this, partLimit, budget, it->declaredSize));
    m_open = device.get();
    device->QIODevice::open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    return device;
}

QString ZipArchive::failureMessage(const ZipPart& part, const QString& partName, const InflateBudget& budget,
                                   qint64 partLimit) const
{
    switch (part.failure()) {
    case ZipPart::Failure::PartLimit:
        return CoreText::tr("%1 was refused: its part %2 unpacks to more than %3, the limit for one part. "
                            "The file may be a zip bomb.")
            .arg(m_fileName, partName, QLocale().formattedDataSize(partLimit));
    case ZipPart::Failure::TotalLimit:
        return CoreText::tr("%1 was refused: it unpacks to more than %2, the limit for one file. "
                            "The file may be a zip bomb.")
            .arg(m_fileName, QLocale().formattedDataSize(budget.limit));
    case ZipPart::Failure::Damaged:
        return CoreText::tr("%1 is damaged: the part %2 cannot be unpacked.").arg(m_fileName, partName);
    case ZipPart::Failure::None:
        break;
    }
    return {};
}

} // namespace summit::import
