#pragma once
// Which encoding a CSV/TSV file is written in. Excel writes UTF-8 with a byte-order
// mark ("CSV UTF-8"), UTF-16LE with one ("Unicode text"), or, in China, GBK without
// any mark; other programs write UTF-8 without one. Detection follows that order:
// byte-order mark, then strict UTF-8 over the whole file, then GB18030 (a superset
// of GBK), decoded through Qt's ICU-backed QStringDecoder.

#include "Result.h"

#include <QIODevice>
#include <QString>

namespace summit::import {

struct TextEncoding
{
    QString name;          // UTF-8, UTF-16LE, UTF-16BE, GB18030 or GBK: a QStringDecoder name
    int byteOrderMark = 0; // bytes of byte-order mark at the start of the file
    bool detected = true;  // false when the caller named the encoding
};

// The encoding a person or a setting names (utf-8, UTF8, gb18030, gbk, cp936,
// utf-16le, utf-16be, in any case), as a TextEncoding name; empty if not one of them.
QString canonicalEncoding(const QString& name);

// Detects the encoding of `device` (open, seekable), reading it to the end for the
// UTF-8 check, and leaves it at the start. `forced` (canonical or not) skips the
// detection but still skips a matching byte-order mark.
Result<TextEncoding> detectEncoding(QIODevice& device, const QString& fileName, const QString& forced = {});

// A strict UTF-8 check fed in pieces: no overlong forms, surrogates or code points
// past U+10FFFF. A sequence cut by the end of the input is accepted (the decoder
// drops it), so a truncated file is not taken for another encoding.
class Utf8Validator
{
public:
    bool feed(const char* data, qsizetype size);
    bool isValid() const { return m_valid; }

private:
    int m_need = 0;
    uchar m_low = 0x80;
    uchar m_high = 0xBF;
    bool m_valid = true;
};

} // namespace summit::import
