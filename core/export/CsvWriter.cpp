#include "export/CsvWriter.h"
#include "CoreText.h"

#include <QRegularExpression>

namespace summit::exports {

namespace {
constexpr qsizetype kFlushAt = 1 << 16;
}

QString inertCsvText(const QString& text)
{
    static const QString leading = QStringLiteral("=+-@\t\r");
    qsizetype quotes = 0;
    while (quotes < text.size() && text[quotes] == QLatin1Char('\''))
        ++quotes;
    if (quotes == text.size() || !leading.contains(text[quotes]))
        return text;
    // A plain number such as -0.25 or +3 is a number to a spreadsheet, not a formula.
    static const QRegularExpression number(
        QStringLiteral("^[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?$"));
    if (quotes == 0 && number.match(text).hasMatch())
        return text;
    return QLatin1Char('\'') + text;
}

QString csvField(const QString& text)
{
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
        text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'))) {
        QString q = text;
        q.replace(QLatin1String("\""), QLatin1String("\"\""));
        return QLatin1Char('"') + q + QLatin1Char('"');
    }
    return text;
}

QString tsvField(const QString& text)
{
    QString cell = inertCsvText(text);
    cell.replace(QLatin1Char('\t'), QLatin1Char(' '))
        .replace(QLatin1Char('\n'), QLatin1Char(' '))
        .replace(QLatin1Char('\r'), QLatin1Char(' '));
    return cell;
}

CsvWriter::CsvWriter(const QString& path, CsvEncoding encoding) : m_file(path)
{
    // The const char* constructor: encodingForName knows no GB18030 (PITFALLS.md).
    if (encoding == CsvEncoding::Gb18030)
        m_encoder.emplace("GB18030");
}

Result<std::unique_ptr<CsvWriter>> CsvWriter::open(const QString& path, CsvEncoding encoding)
{
    std::unique_ptr<CsvWriter> w(new CsvWriter(path, encoding));
    if (w->m_encoder && !w->m_encoder->isValid())
        return Result<std::unique_ptr<CsvWriter>>::fail(
            CoreText::tr("Cannot write %1: this system has no GB18030 encoder.").arg(path));
    if (!w->m_file.open(QIODevice::WriteOnly))
        return Result<std::unique_ptr<CsvWriter>>::fail(
            CoreText::tr("Cannot write %1: %2").arg(path, w->m_file.errorString()));
    if (!w->m_encoder)
        w->m_buffer = QByteArrayLiteral("\xEF\xBB\xBF");
    return w;
}

Status CsvWriter::writeLine(const QStringList& fields)
{
    m_line.clear();
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            m_line += QLatin1Char(',');
        m_line += csvField(inertCsvText(fields[i]));
    }
    m_line += QLatin1String("\r\n");
    if (m_encoder)
        m_buffer += QByteArray(m_encoder->encode(m_line));
    else
        m_buffer += m_line.toUtf8();
    return m_buffer.size() >= kFlushAt ? flush() : Status();
}

Status CsvWriter::flush()
{
    if (m_file.write(m_buffer) != m_buffer.size())
        return Status::fail(CoreText::tr("Cannot write %1: %2").arg(m_file.fileName(), m_file.errorString()));
    m_buffer.clear();
    return {};
}

Status CsvWriter::writeHeader(const QStringList& headers)
{
    return writeLine(headers);
}

Status CsvWriter::writeRow(const std::vector<Value>& row)
{
    QStringList fields;
    fields.reserve(qsizetype(row.size()));
    for (const Value& v : row)
        fields << v.toText();
    return writeLine(fields);
}

Status CsvWriter::finish()
{
    if (Status s = flush(); !s)
        return s;
    if (!m_file.commit())
        return Status::fail(CoreText::tr("Cannot write %1: %2").arg(m_file.fileName(), m_file.errorString()));
    return {};
}

} // namespace summit::exports
