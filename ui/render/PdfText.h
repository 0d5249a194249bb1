#pragma once
// Keeps the text layer of a PDF written by QPdfWriter searchable: Qt writes
// each embedded font's ToUnicode map from the lowest code point that maps to a
// glyph, and CJK fonts draw a radical (U+2E80–U+2FDF) and its ideograph with one
// glyph, so "董事长" would be copied and found as "董事⻓". Every PDF summit_render
// writes goes through this before it is saved.

#include <QByteArray>

namespace summit::ui {

// Puts the ideographs back in the ToUnicode maps of `pdf` (the bytes QPdfWriter
// wrote with MapPainter::font's family). Replacements keep their length, so the
// file's offsets stay valid.
void repairPdfToUnicode(QByteArray& pdf);

} // namespace summit::ui
