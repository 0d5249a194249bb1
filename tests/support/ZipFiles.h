#pragma once
// Zip archives and small XLSX workbooks made in tests, so each case of the import
// readers (inline strings, rich text, a zip bomb, a broken part) is a few lines of
// XML instead of a committed file. Written with minizip, the library the reader uses,
// to a file or to memory.

#include <QByteArray>
#include <QIODevice>
#include <QList>
#include <QString>
#include <utility>

namespace summit::test {

using ZipParts = QList<std::pair<QString, QByteArray>>;

// Streams parts into a zip file, one at a time, so a large part never sits in memory.
class ZipWriter
{
public:
    explicit ZipWriter(const QString& path);
    explicit ZipWriter(QIODevice* device); // open for writing; outlives the writer
    ~ZipWriter();
    ZipWriter(const ZipWriter&) = delete;
    ZipWriter& operator=(const ZipWriter&) = delete;

    bool isOpen() const { return m_zip != nullptr; }
    bool begin(const QString& name, int level = 6); // level 0 stores
    bool write(const QByteArray& data);
    bool end();
    bool add(const QString& name, const QByteArray& data, int level = 6);
    bool close();

private:
    void* m_zip = nullptr;
    bool m_inPart = false;
};

QByteArray zipBytes(const ZipParts& parts, int level = 6);
// Every entry of a zip archive, in order; empty if it is not one minizip can read.
ZipParts unzipBytes(const QByteArray& zip);

struct SheetXml
{
    QString name;
    QByteArray xml;     // the whole worksheet part
    QString state = {}; // "", "hidden" or "veryHidden"
};

// The parts of a workbook around the given sheets: content types, relationships,
// the workbook, and styles and shared strings when given.
ZipParts xlsxParts(const QList<SheetXml>& sheets, const QByteArray& sharedStrings = {},
                   const QByteArray& styles = {}, bool date1904 = false);
QByteArray xlsxBytes(const QList<SheetXml>& sheets, const QByteArray& sharedStrings = {},
                     const QByteArray& styles = {}, bool date1904 = false);
// A worksheet part around the given <sheetData> content (rows), with optional parts
// before it (<cols>) and after it (<mergeCells>).
QByteArray worksheet(const QByteArray& rows, const QByteArray& before = {}, const QByteArray& after = {});

} // namespace summit::test
