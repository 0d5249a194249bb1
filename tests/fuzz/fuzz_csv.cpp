// libFuzzer target for the CSV reader: the first byte picks the options (a forced
// encoding, a given delimiter, small limits), the rest is the file.

#include "import/CsvReader.h"

#include <cstdint>
#include <cstdlib>

using namespace summit;
using namespace summit::import;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    const uint8_t choice = data[0];
    const QByteArray input(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    ReadOptions options;
    options.limits.maxRows = 20'000;
    options.limits.maxCellChars = (choice & 0x80) ? 16 : (1 << 16);
    options.limits.maxColumns = (choice & 0x40) ? 4 : 16'384;
    static const char* const encodings[] = {"", "", "", "utf-8", "gb18030", "gbk", "utf-16le", "utf-16be"};
    options.encoding = QString::fromLatin1(encodings[choice & 7]);
    static const char16_t delimiters[] = {0, 0, u',', u';', u'\t', u'|', u'"', u'\n'};
    options.delimiter = QChar(delimiters[(choice >> 3) & 7]);
    auto reader = CsvReader::openData(input, QStringLiteral("fuzz.csv"), options);
    if (!reader) {
        if (reader.message().isEmpty())
            std::abort();
        return 0;
    }
    int rows = 0;
    const Status s = reader.value()->readSheet(0, [&](const Row& row) {
        if (row.number < 1 || row.line < 1 || row.cells.isEmpty() || row.cells.constLast().isEmpty())
            std::abort();
        ++rows;
        return true;
    });
    if ((s.isOk() && rows == 0) || (!s.isOk() && s.message().isEmpty()))
        std::abort();
    return 0;
}
