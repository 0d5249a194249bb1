#pragma once
// The parts of an XLSX file around its sheets: the workbook (sheet names, order and
// state, the date system), the relationships that lead to each sheet's part, the
// styles that say which cells hold dates, and the shared strings. Each part is
// streamed through QXmlStreamReader; a broken part becomes a message naming the file,
// the part, and the line and column in it. Internal to XlsxReader.

#include "Result.h"
#include "import/TableSource.h"
#include "import/XlsxFormats.h"
#include "import/ZipArchive.h"

#include <QXmlStreamReader>
#include <functional>
#include <memory>
#include <vector>

namespace summit::import::xlsx {

struct SheetEntry
{
    SheetInfo info;
    QString part; // the worksheet's part name, empty if the workbook points nowhere
};

struct SharedStrings
{
    QList<QString> strings;
    std::vector<bool> oversized; // the text passed the cell limit; kept empty, refused when used
};

class Package
{
public:
    static Result<std::unique_ptr<Package>> open(std::unique_ptr<QIODevice> device, const QString& fileName,
                                                 const ReadLimits& limits);

    const QString& fileName() const { return m_fileName; }
    const ReadLimits& limits() const { return m_limits; }
    const QList<SheetEntry>& sheets() const { return m_sheets; }
    bool date1904() const { return m_date1904; }

    // The styles and shared strings, read once, on the first sheet read.
    Status loadShared();
    DateKind dateKindOfStyle(int styleIndex) const;
    const SharedStrings& sharedStrings() const { return m_strings; }

    // Decompressed bytes the workbook, styles and shared strings took: a sheet's read
    // starts its budget from there.
    qint64 sharedBytes() const { return m_sharedBudget.used; }

    using XmlParser = std::function<Status(QXmlStreamReader&, const ZipPart&)>;
    // Streams one part through `parse`. Damage, a limit reached or malformed XML in
    // the part are reported before whatever `parse` returned.
    Status parseXml(const QString& part, InflateBudget& budget, const XmlParser& parse);
    // Reads a part's raw bytes through `consume` (return false to stop early).
    Status readBytes(const QString& part, InflateBudget& budget,
                     const std::function<bool(const char*, qint64)>& consume);

private:
    Package(std::unique_ptr<QIODevice> device, std::unique_ptr<ZipArchive> archive, QString fileName,
            const ReadLimits& limits);
    Status readWorkbook();
    Result<QHash<QString, std::pair<QString, QString>>> readRelationships(const QString& sourcePart);
    Status readStyles(const QString& part);
    Status readSharedStrings(const QString& part);

    std::unique_ptr<QIODevice> m_device;
    std::unique_ptr<ZipArchive> m_archive;
    QString m_fileName;
    ReadLimits m_limits;
    InflateBudget m_sharedBudget;
    QList<SheetEntry> m_sheets;
    bool m_date1904 = false;
    QString m_stylesPart, m_stringsPart;
    bool m_sharedLoaded = false;
    std::vector<DateKind> m_styleDates;
    SharedStrings m_strings;
};

// The next token of a part; false at its end or on an error. A document type
// declaration is an error: SpreadsheetML has none, and refusing it keeps entity
// tricks out.
bool nextToken(QXmlStreamReader& xml);

// A relationship's target as a part name: relative to the source part's folder, or
// absolute ("/xl/worksheets/sheet1.xml"); "." and ".." resolved, %-escapes decoded.
QString resolveTarget(const QString& sourcePart, const QString& target);

} // namespace summit::import::xlsx
