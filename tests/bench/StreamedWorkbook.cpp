#include "StreamedWorkbook.h"

namespace summit::bench {

namespace {

QByteArray escaped(const QByteArray& utf8)
{
    return QString::fromUtf8(utf8).toHtmlEscaped().toUtf8();
}

} // namespace

StreamedWorkbook::StreamedWorkbook(const QString& path, const QString& sheetName,
                                   const QByteArray& sharedStrings, const QByteArray& styles)
    : m_zip(path)
{
    if (!m_zip.isOpen())
        return;
    const QList<test::SheetXml> sheet = {{sheetName, {}}};
    for (const auto& [name, data] : test::xlsxParts(sheet, sharedStrings, styles))
        if (!name.startsWith(QLatin1String("xl/worksheets/")) && !m_zip.add(name, data))
            return;
    m_ok = m_zip.begin(QStringLiteral("xl/worksheets/sheet1.xml")) &&
           m_zip.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet "
                       "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
}

bool StreamedWorkbook::append(const QByteArray& rows)
{
    m_chunk += rows;
    if (m_chunk.size() > (1 << 20)) {
        m_ok = m_ok && m_zip.write(m_chunk);
        m_chunk.clear();
    }
    return m_ok;
}

bool StreamedWorkbook::finish(const QByteArray& afterSheetData)
{
    m_chunk += "</sheetData>" + afterSheetData + "</worksheet>";
    m_ok = m_ok && m_zip.write(m_chunk) && m_zip.end() && m_zip.close();
    m_chunk.clear();
    return m_ok;
}

QByteArray inlineStringCell(const QByteArray& ref, const QByteArray& utf8)
{
    return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + escaped(utf8) + "</t></is></c>";
}

QByteArray sharedStringCell(const QByteArray& ref, int index)
{
    return "<c r=\"" + ref + "\" t=\"s\"><v>" + QByteArray::number(index) + "</v></c>";
}

QByteArray numberCell(const QByteArray& ref, const QByteArray& number)
{
    return "<c r=\"" + ref + "\"><v>" + number + "</v></c>";
}

QByteArray sharedString(const QByteArray& utf8)
{
    return "<si><t>" + escaped(utf8) + "</t></si>";
}

} // namespace summit::bench
