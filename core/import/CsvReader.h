#pragma once
// Reads a CSV or TSV file as one sheet of text cells, streaming: RFC 4180 quoting
// (delimiters, line breaks and doubled quotes inside quoted fields), any of CRLF, LF
// or CR between records, the encoding detected (TextEncoding.h) or named, and the
// delimiter detected among comma, semicolon and tab (or given; Excel's "sep=;" first
// line is honoured). Every cell is text or empty: the mapping layer parses values.
// A row's `line` is the line its record starts on, for messages.

#include "import/TableSource.h"
#include "import/TextEncoding.h"

#include <QByteArray>
#include <QIODevice>
#include <memory>

namespace summit::import {

class CsvReader final : public TableSource
{
public:
    static Result<std::unique_ptr<CsvReader>> open(const QString& path, const ReadOptions& options = {});
    // The same from bytes in memory; `fileName` names the file in messages.
    static Result<std::unique_ptr<CsvReader>> openData(const QByteArray& data, const QString& fileName,
                                                       const ReadOptions& options = {});
    ~CsvReader() override;

    QString formatName() const override { return QStringLiteral("CSV"); }
    QList<SheetInfo> sheets() const override; // one, named after the file
    Status readSheet(int index, const RowHandler& onRow) override;
    using TableSource::readSheet;

    const TextEncoding& encoding() const { return m_encoding; }
    QChar delimiter() const { return m_delimiter; }

private:
    CsvReader(std::unique_ptr<QIODevice> device, QString fileName, const ReadOptions& options);
    static Result<std::unique_ptr<CsvReader>> openDevice(std::unique_ptr<QIODevice> device,
                                                         const QString& fileName, const ReadOptions& options);
    Status prepare();

    std::unique_ptr<QIODevice> m_device;
    QString m_fileName;
    ReadOptions m_options;
    TextEncoding m_encoding;
    QChar m_delimiter;
    bool m_separatorLine = false; // the first line is Excel's "sep=X"
};

// The delimiter of the text's first records: the one of comma, semicolon and tab that
// splits them into the same number of fields most often (quoted text ignored);
// `fallback` when none splits them. `separatorLine` is set for a "sep=X" first line.
QChar detectDelimiter(QStringView head, QChar fallback, bool* separatorLine = nullptr);

} // namespace summit::import
