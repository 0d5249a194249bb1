#include "import/TextEncoding.h"
#include "CoreText.h"

namespace summit::import {

namespace {

struct Mark
{
    QByteArrayView bytes;
    QLatin1String name;
};

const Mark marks[] = {
    {QByteArrayView("\xEF\xBB\xBF", 3), QLatin1String("UTF-8")},
    {QByteArrayView("\xFF\xFE", 2), QLatin1String("UTF-16LE")},
    {QByteArrayView("\xFE\xFF", 2), QLatin1String("UTF-16BE")},
    {QByteArrayView("\x84\x31\x95\x33", 4), QLatin1String("GB18030")},
};

// Text files hold no NUL bytes, except UTF-16 without a byte-order mark, where every
// other byte of Latin text is one. Returns the UTF-16 flavour, empty for no NULs,
// or "binary".
QString guessFromNuls(QByteArrayView head)
{
    qsizetype even = 0, odd = 0;
    for (qsizetype i = 0; i < head.size(); ++i)
        if (head[i] == 0)
            ++((i % 2) ? odd : even);
    if (even == 0 && odd == 0)
        return {};
    if (odd > 4 * even)
        return QStringLiteral("UTF-16LE");
    if (even > 4 * odd)
        return QStringLiteral("UTF-16BE");
    return QStringLiteral("binary");
}

} // namespace

QString canonicalEncoding(const QString& name)
{
    QString k = name.trimmed().toLower();
    k.remove(QLatin1Char('-'));
    k.remove(QLatin1Char('_'));
    if (k == QLatin1String("utf8"))
        return QStringLiteral("UTF-8");
    if (k == QLatin1String("utf16le") || k == QLatin1String("utf16"))
        return QStringLiteral("UTF-16LE");
    if (k == QLatin1String("utf16be"))
        return QStringLiteral("UTF-16BE");
    if (k == QLatin1String("gb18030"))
        return QStringLiteral("GB18030");
    if (k == QLatin1String("gbk") || k == QLatin1String("cp936") || k == QLatin1String("windows936") ||
        k == QLatin1String("gb2312"))
        return QStringLiteral("GBK");
    return {};
}

bool Utf8Validator::feed(const char* data, qsizetype size)
{
    for (qsizetype i = 0; i < size && m_valid; ++i) {
        const uchar b = uchar(data[i]);
        if (m_need > 0) {
            if (b < m_low || b > m_high)
                m_valid = false;
            --m_need;
            m_low = 0x80;
            m_high = 0xBF;
            continue;
        }
        if (b < 0x80)
            continue;
        if (b >= 0xC2 && b <= 0xDF) {
            m_need = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
            m_need = 2;
            m_low = b == 0xE0 ? 0xA0 : 0x80;  // no overlong forms
            m_high = b == 0xED ? 0x9F : 0xBF; // no surrogates
        } else if (b >= 0xF0 && b <= 0xF4) {
            m_need = 3;
            m_low = b == 0xF0 ? 0x90 : 0x80;
            m_high = b == 0xF4 ? 0x8F : 0xBF; // nothing past U+10FFFF
        } else {
            m_valid = false;
        }
    }
    return m_valid;
}

Result<TextEncoding> detectEncoding(QIODevice& device, const QString& fileName, const QString& forced)
{
    TextEncoding encoding;
    const QByteArray head = device.peek(4096);
    if (!forced.isEmpty()) {
        encoding.name = canonicalEncoding(forced);
        if (encoding.name.isEmpty())
            return Result<TextEncoding>::fail(
                CoreText::tr("“%1” is not an encoding Summit reads. Choose UTF-8, GB18030, GBK, UTF-16LE or "
                             "UTF-16BE.")
                    .arg(forced));
        encoding.detected = false;
        for (const Mark& mark : marks)
            if (head.startsWith(mark.bytes) &&
                (mark.name == encoding.name ||
                 (mark.name == QLatin1String("GB18030") && encoding.name == QLatin1String("GBK"))))
                encoding.byteOrderMark = int(mark.bytes.size());
        return encoding;
    }
    // UTF-16LE's mark is FF FE; FF FE 00 00 would be UTF-32, which nobody sends as CSV.
    for (const Mark& mark : marks) {
        if (head.startsWith(mark.bytes)) {
            encoding.name = mark.name;
            encoding.byteOrderMark = int(mark.bytes.size());
            return encoding;
        }
    }
    const QString guess = guessFromNuls(head);
    if (guess == QLatin1String("binary"))
        return Result<TextEncoding>::fail(
            CoreText::tr("%1 is not a text file: it holds binary data. Choose a CSV or an XLSX file.")
                .arg(fileName));
    if (!guess.isEmpty()) {
        encoding.name = guess;
        return encoding;
    }
    Utf8Validator utf8;
    QByteArray chunk(1 << 16, Qt::Uninitialized);
    for (;;) {
        const qint64 n = device.read(chunk.data(), chunk.size());
        if (n <= 0 || !utf8.feed(chunk.constData(), n))
            break;
    }
    if (!device.seek(0))
        return Result<TextEncoding>::fail(
            CoreText::tr("%1 cannot be read again from its start.").arg(fileName));
    encoding.name = utf8.isValid() ? QStringLiteral("UTF-8") : QStringLiteral("GB18030");
    return encoding;
}

} // namespace summit::import
