#include "import/CsvReader.h"
#include "CoreText.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QStringDecoder>

#include <array>

namespace summit::import {

namespace {

constexpr qint64 chunkSize = 1 << 16;
constexpr int detectRecords = 20;

// Splits decoded text into records and fields, keeping count of physical lines.
class CsvParser
{
public:
    CsvParser(QChar delimiter, const ReadOptions& options, const RowHandler& onRow, SheetReport& report,
              const QString& fileName, bool skipFirstRecord)
        : m_delimiter(delimiter), m_options(options), m_onRow(onRow), m_report(report), m_fileName(fileName),
          m_skipFirst(skipFirstRecord)
    {}

    Status feed(QStringView text);
    Status finish();
    int line() const { return m_line; }

private:
    enum class State : quint8
    {
        FieldStart,
        Unquoted,
        Quoted,
        QuoteInQuoted
    };

    Status beginRecord();
    Status append(QStringView text);
    Status endField();
    Status endRecord();
    void lineBreak(QChar c)
    {
        ++m_line;
        m_afterCR = c == u'\r';
    }

    const QChar m_delimiter;
    const ReadOptions& m_options;
    const RowHandler& m_onRow;
    SheetReport& m_report;
    const QString& m_fileName;
    bool m_skipFirst;

    State m_state = State::FieldStart;
    bool m_inRecord = false;
    bool m_afterCR = false;
    int m_line = 1;
    int m_recordLine = 1;
    int m_quoteLine = 0;
    int m_record = 0;
    QString m_field;
    Row m_row;
};

Status CsvParser::beginRecord()
{
    m_inRecord = true;
    m_recordLine = m_line;
    if (m_skipFirst)
        return Status::ok(); // Excel's "sep=" line is no record
    ++m_record;
    if (++m_report.rowsRead > m_options.limits.maxRows)
        return Status::fail(CoreText::tr("%1 has more than %2 rows, the most Summit reads from one file. "
                                         "Split the file, or import fewer rows at a time.")
                                .arg(m_fileName, QLocale().toString(m_options.limits.maxRows)));
    return Status::ok();
}

Status CsvParser::append(QStringView text)
{
    if (text.isEmpty())
        return Status::ok();
    if (m_field.size() + text.size() > m_options.limits.maxCellChars) {
        QString message =
            CoreText::tr(
                "The text in row %1, column %2 (line %3) of %4 is longer than %5 characters, the most "
                "Summit reads from one cell.")
                .arg(QString::number(m_record), columnName(int(m_row.cells.size())),
                     QString::number(m_recordLine), m_fileName,
                     QLocale().toString(m_options.limits.maxCellChars));
        if (m_state == State::Quoted)
            message += QLatin1Char(' ') + CoreText::tr("Its quotation mark on line %1 may never be closed.")
                                              .arg(QString::number(m_quoteLine));
        return Status::fail(message);
    }
    m_field += text;
    return Status::ok();
}

Status CsvParser::endField()
{
    if (m_row.cells.size() >= m_options.limits.maxColumns)
        return Status::fail(
            CoreText::tr("Row %1 (line %2) of %3 has more than %4 columns, the most Summit reads.")
                .arg(QString::number(m_record), QString::number(m_recordLine), m_fileName,
                     QLocale().toString(m_options.limits.maxColumns)));
    m_row.cells.append(m_field.isEmpty() ? Cell() : Cell::text(m_field));
    m_field.clear();
    m_state = State::FieldStart;
    return Status::ok();
}

Status CsvParser::endRecord()
{
    m_inRecord = false;
    if (m_skipFirst) {
        m_skipFirst = false;
        m_row.cells.clear();
        return Status::ok();
    }
    while (!m_row.cells.isEmpty() && m_row.cells.constLast().isEmpty())
        m_row.cells.removeLast();
    if (!m_row.cells.isEmpty()) {
        m_row.number = m_record;
        m_row.line = m_recordLine;
        ++m_report.rowsDelivered;
        if (!m_onRow(m_row)) {
            m_report.cancelled = true;
            return Status::fail(CoreText::tr("Reading %1 was cancelled.").arg(m_fileName));
        }
    }
    m_row.cells.clear();
    return Status::ok();
}

Status CsvParser::feed(QStringView text)
{
    const qsizetype n = text.size();
    const auto isSpecial = [this](QChar c) {
        return c == m_delimiter || c == u'\r' || c == u'\n';
    };
    qsizetype i = 0;
    while (i < n) {
        QChar c = text[i];
        if (m_afterCR) {
            m_afterCR = false;
            if (c == u'\n') { // the second half of CRLF
                ++i;
                continue;
            }
        }
        if (!m_inRecord)
            if (Status s = beginRecord(); !s)
                return s;
        switch (m_state) {
        case State::FieldStart:
            if (c == u'"') {
                m_state = State::Quoted;
                m_quoteLine = m_line;
                ++i;
                continue;
            }
            m_state = State::Unquoted;
            [[fallthrough]];
        case State::Unquoted: {
            qsizetype j = i;
            while (j < n && !isSpecial(text[j]))
                ++j;
            if (Status s = append(text.mid(i, j - i)); !s)
                return s;
            if (j == n)
                return Status::ok();
            c = text[j];
            i = j + 1;
            if (c != m_delimiter)
                lineBreak(c);
            if (Status s = endField(); !s)
                return s;
            if (c != m_delimiter)
                if (Status s = endRecord(); !s)
                    return s;
            continue;
        }
        case State::Quoted: {
            qsizetype j = i;
            while (j < n && text[j] != u'"' && text[j] != u'\r' && text[j] != u'\n')
                ++j;
            if (Status s = append(text.mid(i, j - i)); !s)
                return s;
            if (j == n)
                return Status::ok();
            c = text[j];
            i = j + 1;
            if (c == u'"') {
                m_state = State::QuoteInQuoted;
            } else { // a line break inside the field, kept as one LF whatever the file uses
                lineBreak(c);
                if (Status s = append(u"\n"); !s)
                    return s;
            }
            continue;
        }
        case State::QuoteInQuoted:
            if (c == u'"') {
                m_state = State::Quoted;
                ++i;
                if (Status s = append(u"\""); !s)
                    return s;
                continue;
            }
            // The delimiter or line break ends the field; other text after the closing
            // quote is kept, as Excel does.
            m_state = State::Unquoted;
            continue;
        }
    }
    return Status::ok();
}

Status CsvParser::finish()
{
    if (m_state == State::Quoted)
        return Status::fail(
            CoreText::tr("%1 ends inside a quoted field that starts on line %2: its quotation "
                         "mark is never closed.")
                .arg(m_fileName, QString::number(m_quoteLine)));
    if (m_inRecord) {
        if (Status s = endField(); !s)
            return s;
        if (Status s = endRecord(); !s)
            return s;
    }
    return Status::ok();
}

} // namespace

QChar detectDelimiter(QStringView head, QChar fallback, bool* separatorLine)
{
    if (separatorLine)
        *separatorLine = false;
    if (head.startsWith(u"sep=") && head.size() >= 5 &&
        (head.size() == 5 || head[5] == u'\r' || head[5] == u'\n')) {
        if (separatorLine)
            *separatorLine = true;
        return head[4];
    }
    const std::array<QChar, 3> candidates = {u',', u';', u'\t'};
    // Fields per record for each candidate, over the first complete records.
    std::array<QList<int>, 3> counts;
    std::array<int, 3> current = {0, 0, 0};
    bool quoted = false;
    bool afterCR = false;
    int records = 0;
    for (qsizetype i = 0; i < head.size() && records < detectRecords; ++i) {
        const QChar c = head[i];
        if (afterCR && c == u'\n') {
            afterCR = false;
            continue;
        }
        afterCR = false;
        if (c == u'"') {
            quoted = !quoted;
        } else if (!quoted && (c == u'\r' || c == u'\n')) {
            afterCR = c == u'\r';
            for (size_t k = 0; k < candidates.size(); ++k) {
                counts[k].append(current[k]);
                current[k] = 0;
            }
            ++records;
        } else if (!quoted) {
            for (size_t k = 0; k < candidates.size(); ++k)
                if (c == candidates[k])
                    ++current[k];
        }
    }
    if (records == 0) // one line without a line break: count it as it is
        for (size_t k = 0; k < candidates.size(); ++k)
            counts[k].append(current[k]);

    // The header decides how many delimiters a record has; the candidate that gives the
    // most records that many (and at least one) wins, the larger count on a tie.
    QChar best = fallback;
    int bestScore = 0, bestWidth = 0;
    for (size_t k = 0; k < candidates.size(); ++k) {
        const int width = counts[k].isEmpty() ? 0 : counts[k].front();
        if (width == 0)
            continue;
        const int score = int(counts[k].count(width));
        if (score > bestScore || (score == bestScore && width > bestWidth)) {
            best = candidates[k];
            bestScore = score;
            bestWidth = width;
        }
    }
    return best;
}

CsvReader::CsvReader(std::unique_ptr<QIODevice> device, QString fileName, const ReadOptions& options)
    : m_device(std::move(device)), m_fileName(std::move(fileName)), m_options(options)
{}

CsvReader::~CsvReader() = default;

Result<std::unique_ptr<CsvReader>> CsvReader::open(const QString& path, const ReadOptions& options)
{
    const QString name = QFileInfo(path).fileName();
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly))
        return Result<std::unique_ptr<CsvReader>>::fail(
            CoreText::tr("%1 cannot be opened: %2").arg(name, file->errorString()));
    return openDevice(std::move(file), name, options);
}

Result<std::unique_ptr<CsvReader>> CsvReader::openData(const QByteArray& data, const QString& fileName,
                                                       const ReadOptions& options)
{
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(data);
    buffer->open(QIODevice::ReadOnly);
    return openDevice(std::move(buffer), fileName, options);
}

Result<std::unique_ptr<CsvReader>> CsvReader::openDevice(std::unique_ptr<QIODevice> device,
                                                         const QString& fileName, const ReadOptions& options)
{
    std::unique_ptr<CsvReader> reader(new CsvReader(std::move(device), fileName, options));
    if (Status s = reader->prepare(); !s)
        return s;
    return reader;
}

Status CsvReader::prepare()
{
    auto encoding = detectEncoding(*m_device, m_fileName, m_options.encoding);
    if (!encoding)
        return encoding.status();
    m_encoding = encoding.value();
    if (m_device->size() <= m_encoding.byteOrderMark)
        return Status::fail(CoreText::tr("%1 is empty.").arg(m_fileName));

    if (!m_options.delimiter.isNull()) {
        const QChar d = m_options.delimiter;
        if (d == u'"' || d == u'\r' || d == u'\n')
            return Status::fail(CoreText::tr("A quotation mark or a line break cannot separate the fields of "
                                             "%1. Choose a comma, a semicolon or a tab.")
                                    .arg(m_fileName));
        m_delimiter = d;
        return Status::ok();
    }
    if (!m_device->seek(m_encoding.byteOrderMark))
        return Status::fail(CoreText::tr("%1 cannot be read again from its start.").arg(m_fileName));
    QStringDecoder decoder(m_encoding.name.toLatin1().constData());
    const QString head = decoder.decode(m_device->read(chunkSize));
    const bool tsv = m_fileName.endsWith(QLatin1String(".tsv"), Qt::CaseInsensitive) ||
                     m_fileName.endsWith(QLatin1String(".tab"), Qt::CaseInsensitive);
    m_delimiter = detectDelimiter(head, tsv ? QChar(u'\t') : QChar(u','), &m_separatorLine);
    return Status::ok();
}

QList<SheetInfo> CsvReader::sheets() const
{
    return {SheetInfo{QFileInfo(m_fileName).completeBaseName(), SheetInfo::State::Visible}};
}

Status CsvReader::readSheet(int index, const RowHandler& onRow)
{
    m_report = SheetReport();
    m_report.sheet = sheets().front().name;
    if (index != 0)
        return Status::fail(
            CoreText::tr("%1 has no sheet number %2.").arg(m_fileName, QString::number(index + 1)));
    if (!m_device->seek(m_encoding.byteOrderMark))
        return Status::fail(CoreText::tr("%1 cannot be read again from its start.").arg(m_fileName));

    QStringDecoder decoder(m_encoding.name.toLatin1().constData());
    CsvParser parser(m_delimiter, m_options, onRow, m_report, m_fileName, m_separatorLine);
    const qint64 total = m_device->size();
    QByteArray chunk(chunkSize, Qt::Uninitialized);
    for (;;) {
        const qint64 n = m_device->read(chunk.data(), chunk.size());
        if (n < 0)
            return Status::fail(
                CoreText::tr("%1 cannot be read: %2").arg(m_fileName, m_device->errorString()));
        if (n == 0)
            break;
        const QString text = decoder.decode(QByteArrayView(chunk.constData(), n));
        m_report.bytesRead += n;
        if (decoder.hasError()) {
            // Parse up to the first character the decoder could not read, to name its line.
            qsizetype bad = text.indexOf(QChar(QChar::ReplacementCharacter));
            if (Status s = parser.feed(QStringView(text).left(bad < 0 ? text.size() : bad)); !s)
                return s;
            if (m_encoding.detected && m_encoding.byteOrderMark == 0 &&
                m_encoding.name == QLatin1String("GB18030"))
                return Status::fail(CoreText::tr("%1 is neither UTF-8 nor GB18030 text: line %2 holds bytes "
                                                 "that are neither. Save it as “CSV UTF-8” and import it "
                                                 "again.")
                                        .arg(m_fileName, QString::number(parser.line())));
            return Status::fail(CoreText::tr("%1 is not %2 text: line %3 holds bytes that are not %2. Choose "
                                             "the file's encoding, or save it as “CSV UTF-8”.")
                                    .arg(m_fileName, m_encoding.name, QString::number(parser.line())));
        }
        if (Status s = parser.feed(text); !s)
            return s;
        if (m_options.onProgress)
            m_options.onProgress(m_report.bytesRead, std::max(total, m_report.bytesRead));
    }
    if (Status s = parser.finish(); !s)
        return s;
    if (m_report.rowsDelivered == 0)
        return Status::fail(CoreText::tr("%1 is empty: it has no rows with values.").arg(m_fileName));
    return Status::ok();
}

} // namespace summit::import
