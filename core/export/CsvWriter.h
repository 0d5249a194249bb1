#pragma once
// A table as CSV the way Excel in China opens it: UTF-8 with a byte-order
// mark (or GB18030 without one, on request), comma-separated, CRLF between records, RFC 4180 quoting, and
// every cell that a spreadsheet would run as a formula made inert (TableWriter.h). Rows go to the file as
// they come, so a large export needs little memory.

#include "export/TableWriter.h"

#include <QSaveFile>
#include <QStringEncoder>

namespace summit::exports {

class CsvWriter final : public TableWriter
{
public:
    static Result<std::unique_ptr<CsvWriter>> open(const QString& path,
                                                   CsvEncoding encoding = CsvEncoding::Utf8);

    Status writeHeader(const QStringList& headers) override;
    Status writeRow(const std::vector<Value>& row) override;
    Status finish() override;

private:
    CsvWriter(const QString& path, CsvEncoding encoding);
    Status writeLine(const QStringList& fields);
    Status flush();

    QSaveFile m_file;
    QByteArray m_buffer;
    QString m_line;                          // one record, encoded when complete
    std::optional<QStringEncoder> m_encoder; // GB18030; none for UTF-8
};

} // namespace summit::exports
