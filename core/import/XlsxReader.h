#pragma once
// Reads an XLSX workbook (Excel, LibreOffice, WPS, openpyxl, libxlsxwriter) as typed
// rows, streaming each sheet: the memory a read takes is the shared strings and one
// row, not the sheet. See TableSource for the interface and the limits.
//
// What it understands: shared, inline and formula strings; numbers, booleans and
// error codes; dates from date-styled numbers (1900 and 1904 systems); a formula's
// saved result (a formula without one is listed in the report's problems); merged
// ranges (their top-left value fills every cell); hidden rows, columns and sheets.

#include "import/TableSource.h"

#include <QByteArray>
#include <memory>

namespace summit::import {

namespace xlsx {
class Package;
}

class XlsxReader final : public TableSource
{
public:
    static Result<std::unique_ptr<XlsxReader>> open(const QString& path, const ReadOptions& options = {});
    // The same from bytes in memory; `fileName` names the file in messages.
    static Result<std::unique_ptr<XlsxReader>> openData(const QByteArray& data, const QString& fileName,
                                                        const ReadOptions& options = {});
    ~XlsxReader() override;

    QString formatName() const override { return QStringLiteral("XLSX"); }
    QList<SheetInfo> sheets() const override;
    Status readSheet(int index, const RowHandler& onRow) override;
    using TableSource::readSheet;

    bool uses1904Dates() const;

private:
    XlsxReader(std::unique_ptr<xlsx::Package> package, const ReadOptions& options);
    static Result<std::unique_ptr<XlsxReader>>
    openDevice(std::unique_ptr<QIODevice> device, const QString& fileName, const ReadOptions& options);

    std::unique_ptr<xlsx::Package> m_package;
    ReadOptions m_options;
};

} // namespace summit::import
