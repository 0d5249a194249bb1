#pragma once
// A zip archive read through minizip from any QIODevice (a file, or bytes in memory),
// one part at a time. Parts are read as sequential devices that count the bytes they
// actually inflate against a per-part and a whole-archive budget, so a zip bomb stops
// at the limit whatever sizes its headers declare. Internal to the XLSX reader.

#include "Result.h"

#include <QHash>
#include <QIODevice>
#include <memory>

namespace summit::import {

class ZipArchive;

// Decompressed bytes read from an archive so far, across all its parts.
struct InflateBudget
{
    qint64 used = 0;
    qint64 limit = 0;
};

class ZipPart : public QIODevice
{
public:
    enum class Failure : quint8
    {
        None,
        PartLimit,
        TotalLimit,
        Damaged
    };

    ~ZipPart() override;
    bool isSequential() const override { return true; }
    bool atEnd() const override { return m_finished || m_failure != Failure::None; }
    void close() override;

    Failure failure() const { return m_failure; }
    qint64 inflated() const { return m_inflated; }
    qint64 declaredSize() const { return m_declaredSize; } // a hint for progress, never trusted

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    friend class ZipArchive;
    ZipPart(ZipArchive* archive, qint64 partLimit, InflateBudget* budget, qint64 declaredSize);
    void finish();

    ZipArchive* m_archive; // null once closed
    qint64 m_partLimit;
    InflateBudget* m_budget;
    qint64 m_declaredSize;
    qint64 m_inflated = 0;
    bool m_finished = false; // the part was read to its end, or closed
    Failure m_failure = Failure::None;
};

class ZipArchive
{
public:
    // `device` is open for reading and outlives the archive. `fileName` names the
    // file in messages.
    static Result<std::unique_ptr<ZipArchive>> open(QIODevice* device, const QString& fileName);
    ~ZipArchive();
    ZipArchive(const ZipArchive&) = delete;
    ZipArchive& operator=(const ZipArchive&) = delete;

    // Part names are matched as OPC does: without a leading slash, case-insensitively.
    bool contains(const QString& part) const;
    // At most one part is open at a time: opening one closes the one before.
    Result<std::unique_ptr<ZipPart>> openPart(const QString& part, qint64 partLimit, InflateBudget* budget);
    // A part's failure as a translated message naming the file and the part.
    QString failureMessage(const ZipPart& part, const QString& partName, const InflateBudget& budget,
                           qint64 partLimit) const;

private:
    friend class ZipPart;
    struct Entry
    {
        quint64 directoryOffset = 0; // minizip's unz64_file_pos
        quint64 fileNumber = 0;
        qint64 declaredSize = 0;
        bool encrypted = false;
    };
    ZipArchive(void* zip, QString fileName);
    static QString key(const QString& part);

    void* m_zip;
    QString m_fileName;
    QHash<QString, Entry> m_entries;
    ZipPart* m_open = nullptr;
};

} // namespace summit::import
