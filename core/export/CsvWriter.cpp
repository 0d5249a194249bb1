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

CsvWriter::CsvWriter(const QString& path) : m_file(path) {}

Result<std::unique_ptr<CsvWriter>> CsvWriter::open(const QString& path)
{
    std::unique_ptr<CsvWriter> w(new CsvWriter(path));
    if (!w->m_file.open(QIODevice::WriteOnly))
        return Result<std::unique_ptr<CsvWriter>>::fail(
            CoreText::tr("Cannot write %1: %2").arg(path, w->m_file.errorString()));
    w->m_buffer = QByteArrayLiteral("\xEF\xBB\xBF");
    return w;
}

Status CsvWriter::writeLine(const QStringList& fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            m_buffer += ',';
        m_buffer += csvField(inertCsvText(fields[i])).toUtf8();
    }
    m_buffer += "\r\n";
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
