// libFuzzer target for the XLSX reader. An input that starts like a zip archive is
// read as it is; any other input is split at "\n--part--\n" into a worksheet, shared
// strings, styles and a workbook part, which are zipped (stored, so every mutation
// reaches the XML) into a workbook: the fuzzer then works on the XML itself rather
// than on compressed bytes and checksums. Every sheet is read.

#include "ZipFiles.h"
#include "import/XlsxReader.h"

#include <cstdint>
#include <cstdlib>

using namespace summit;
using namespace summit::import;

namespace {

QByteArray workbookFrom(const QByteArray& input)
{
    if (input.startsWith("PK"))
        return input;
    QList<QByteArray> parts;
    qsizetype from = 0;
    for (qsizetype at = input.indexOf("\n--part--\n"); at >= 0 && parts.size() < 3;
         at = input.indexOf("\n--part--\n", from)) {
        parts.append(input.mid(from, at - from));
        from = at + 10;
    }
    parts.append(input.mid(from));
    while (parts.size() < 4)
        parts.append(QByteArray());
    test::ZipParts zip = test::xlsxParts({{QStringLiteral("Sheet1"), parts[0]}}, parts[1], parts[2]);
    if (!parts[3].isEmpty())
        for (auto& [name, data] : zip)
            if (name == QLatin1String("xl/workbook.xml"))
                data = parts[3];
    return test::zipBytes(zip, 0);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char*>(data), qsizetype(size));
    ReadOptions options;
    options.limits.maxRows = 20'000;
    options.limits.maxPartBytes = 16 << 20;
    options.limits.maxTotalBytes = 32 << 20;
    options.limits.maxCellChars = 1 << 16;
    auto reader = XlsxReader::openData(workbookFrom(input), QStringLiteral("fuzz.xlsx"), options);
    if (!reader) {
        if (reader.message().isEmpty())
            std::abort();
        return 0;
    }
    const QList<SheetInfo> sheets = reader.value()->sheets();
    for (int i = 0; i < sheets.size() && i < 8; ++i) {
        int rows = 0;
        const Status s = reader.value()->readSheet(i, [&](const Row& row) {
            if (row.number < 1 || row.cells.isEmpty() || row.cells.constLast().isEmpty())
                std::abort();
            ++rows;
            return true;
        });
        if ((s.isOk() && rows == 0) || (!s.isOk() && s.message().isEmpty()))
            std::abort();
    }
    return 0;
}
