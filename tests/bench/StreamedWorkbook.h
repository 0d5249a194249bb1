#pragma once
// A one-sheet workbook written as it is generated, for the import benchmarks: the parts
// around the sheet go in whole (shared strings and styles), then the sheet's rows are
// streamed into the zip a megabyte at a time, so a 100,000-row sheet never sits in memory.
// Written with the tests' ZipWriter, on the minizip the reader uses.

#include "ZipFiles.h"

#include <QByteArray>
#include <QString>

namespace summit::bench {

class StreamedWorkbook
{
public:
    // Writes the parts around the sheet and opens the sheet's <sheetData>.
    StreamedWorkbook(const QString& path, const QString& sheetName, const QByteArray& sharedStrings = {},
                     const QByteArray& styles = {});
    bool isOpen() const { return m_ok; }
    // Whole <row> elements, in order.
    bool append(const QByteArray& rows);
    // Ends <sheetData>, writes what follows it (<mergeCells>) and closes the archive.
    bool finish(const QByteArray& afterSheetData = {});

private:
    test::ZipWriter m_zip;
    QByteArray m_chunk;
    bool m_ok = false;
};

// Cells of a row, by reference ("B7"). Text is escaped for XML.
QByteArray inlineStringCell(const QByteArray& ref, const QByteArray& utf8);
QByteArray sharedStringCell(const QByteArray& ref, int index);
QByteArray numberCell(const QByteArray& ref, const QByteArray& number);
// <si> of a shared-strings part, escaped.
QByteArray sharedString(const QByteArray& utf8);

} // namespace summit::bench
