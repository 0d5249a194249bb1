#include "render/PdfText.h"

#include "render/MapPainter.h"

#include <QHash>
#include <QRawFont>

namespace summit::ui {

namespace {

// Ideographs for the CJK radicals (U+2E80–U+2FDF) that share their glyph in the map font, e.g. ⻓ -> 长.
const QHash<ushort, ushort>& radicalIdeographs()
{
    static const QHash<ushort, ushort> fixes = [] {
        QHash<ushort, ushort> out;
        const QRawFont raw = QRawFont::fromFont(MapPainter::font(10));
        if (!raw.isValid())
            return out;
        QString ideographs;
        for (char16_t c = 0x3400; c <= 0x4DBF; ++c)
            ideographs.append(QChar(c));
        for (char16_t c = 0x4E00; c <= 0x9FFF; ++c)
            ideographs.append(QChar(c));
        const QList<quint32> glyphs = raw.glyphIndexesForString(ideographs);
        QHash<quint32, ushort> byGlyph;
        for (qsizetype i = glyphs.size() - 1; i >= 0;
             --i) // the lowest code point wins: unified before ext. A
            if (glyphs[i] != 0)
                byGlyph.insert(glyphs[i], ideographs[i].unicode());
        QString radicals;
        for (char16_t c = 0x2E80; c <= 0x2FDF; ++c)
            radicals.append(QChar(c));
        const QList<quint32> radicalGlyphs = raw.glyphIndexesForString(radicals);
        for (qsizetype i = 0; i < radicalGlyphs.size(); ++i)
            if (radicalGlyphs[i] != 0 && byGlyph.contains(radicalGlyphs[i]))
                out.insert(radicals[i].unicode(), byGlyph.value(radicalGlyphs[i]));
        return out;
    }();
    return fixes;
}

// Qt writes the ToUnicode map of an embedded font from the lowest code point
// that maps to each glyph. CJK fonts draw a radical and its ideograph with one
// glyph, so "董事长" would be copied (and found by search) as "董事⻓". This
// puts the ideograph back in the ToUnicode maps. Every replacement has the
// same length, so the offsets in the file stay valid.
} // namespace

void repairPdfToUnicode(QByteArray& pdf)
{
    const QHash<ushort, ushort>& fixes = radicalIdeographs();
    if (fixes.isEmpty())
        return;
    for (const bool ranges : {true, false}) {
        const QByteArray begin =
            ranges ? QByteArrayLiteral("beginbfrange") : QByteArrayLiteral("beginbfchar");
        const QByteArray end = ranges ? QByteArrayLiteral("endbfrange") : QByteArrayLiteral("endbfchar");
        qsizetype pos = 0;
        while ((pos = pdf.indexOf(begin, pos)) >= 0) {
            const qsizetype stop = pdf.indexOf(end, pos);
            if (stop < 0)
                break;
            qsizetype line = pos + begin.size();
            while (line < stop) {
                qsizetype eol = pdf.indexOf('\n', line);
                if (eol < 0 || eol > stop)
                    eol = stop;
                // bfrange: <first> <last> [<u> ...] or <first> <last> <u>; bfchar: <code> <u>.
                const bool array = pdf.indexOf('[', line) >= 0 && pdf.indexOf('[', line) < eol;
                int token = 0;
                QByteArray first, last;
                for (qsizetype i = line; i < eol; ++i) {
                    if (pdf.at(i) != '<')
                        continue;
                    const qsizetype close = pdf.indexOf('>', i);
                    if (close < 0 || close > eol)
                        break;
                    const QByteArray hex = pdf.mid(i + 1, close - i - 1);
                    const int sources = ranges ? 2 : 1;
                    if (token == 0)
                        first = hex;
                    if (token == 1)
                        last = hex;
                    const bool single = !ranges || array || first == last;
                    if (token >= sources && single && hex.size() == 4) {
                        bool ok = false;
                        const ushort u = hex.toUShort(&ok, 16);
                        if (ok && fixes.contains(u))
                            pdf.replace(
                                i + 1, 4,
                                QByteArray::number(fixes.value(u), 16).toUpper().rightJustified(4, '0'));
                    }
                    ++token;
                    i = close;
                }
                line = eol + 1;
            }
            pos = stop;
        }
    }
}

} // namespace summit::ui
