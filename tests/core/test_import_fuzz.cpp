// Mutation testing of the import readers, deterministic so that it runs with every
// test run (and under ASan + UBSan in the dev preset): thousands of inputs derived
// from the committed sample files (byte flips, truncations, inserted bytes, splices,
// and parts of a workbook mutated and zipped again) must each end in rows or in a
// message, never in a crash, a hang or a broken row. The libFuzzer targets in
// tests/fuzz explore the same inputs for longer.
//
//   SUMMIT_IMPORT_FUZZ_ITERATIONS=200000 SUMMIT_IMPORT_FUZZ_SEED=7 build/dev/tests/core/test_import_fuzz

#include "ByteMutator.h"
#include "QtDoctest.h"
#include "ZipFiles.h"
#include "import/CsvReader.h"
#include "import/XlsxReader.h"

#include <QDir>
#include <QFile>

using namespace summit;
using namespace summit::import;

namespace {

struct Sample
{
    QString name;
    QByteArray bytes;
    test::ZipParts parts; // XLSX only
};

QList<Sample> loadSamples()
{
    QList<Sample> samples;
    const QDir dir(QStringLiteral(SUMMIT_IMPORT_SAMPLES));
    for (const QString& name : dir.entryList({QStringLiteral("*.xlsx"), QStringLiteral("*.csv"),
                                              QStringLiteral("*.tsv"), QStringLiteral("*.txt")},
                                             QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        REQUIRE(file.open(QIODevice::ReadOnly));
        Sample sample{name, file.readAll(), {}};
        if (name.endsWith(QLatin1String(".xlsx")))
            sample.parts = test::unzipBytes(sample.bytes);
        samples.append(sample);
    }
    return samples;
}

class Mutator : public test::ByteMutator
{
public:
    using ByteMutator::ByteMutator;

    // Text-aware changes for XML parts: numbers and attributes that matter to the reader.
    QByteArray mutateXml(QByteArray xml)
    {
        static const QList<QByteArray> numbers = {"0",          "-1",          "1048576", "1048577",
                                                  "2147483648", "99999999999", "1e308",   "NaN",
                                                  "",           "60",          "2958466", "16384"};
        static const QList<QByteArray> snippets = {"<mergeCell ref=\"A1:XFD3\"/>",
                                                   "<row r=\"5\">",
                                                   "</row>",
                                                   "<c r=\"B2\" t=\"s\"><v>9</v></c>",
                                                   "<c t=\"inlineStr\"><is><r><t>x</t></r></is></c>",
                                                   "<f>A1</f>",
                                                   " hidden=\"1\"",
                                                   " t=\"e\"",
                                                   " t=\"b\"",
                                                   " t=\"d\"",
                                                   " s=\"1\"",
                                                   "<col min=\"1\" max=\"16384\" hidden=\"1\"/>",
                                                   "&#0;",
                                                   "<![CDATA[<x>]]>",
                                                   "<?pi x?>",
                                                   "xml:space=\"preserve\""};
        if (xml.isEmpty())
            return snippets[below(int(snippets.size()))];
        switch (below(3)) {
        case 0: { // replace a run of digits
            int at = below(int(xml.size()));
            while (at < xml.size() && !(xml[at] >= '0' && xml[at] <= '9'))
                ++at;
            int end = at;
            while (end < xml.size() && xml[end] >= '0' && xml[end] <= '9')
                ++end;
            if (at < xml.size())
                xml.replace(at, end - at, numbers[below(int(numbers.size()))]);
            break;
        }
        case 1: { // insert a snippet after a tag
            const int gt = int(xml.indexOf('>', below(int(xml.size()))));
            xml.insert(gt < 0 ? int(xml.size()) : gt + 1, snippets[below(int(snippets.size()))]);
            break;
        }
        default:
            xml = mutateBytes(xml, {});
            break;
        }
        return xml;
    }
};

ReadOptions tightOptions()
{
    ReadOptions options;
    options.limits.maxRows = 5000;
    options.limits.maxPartBytes = 4 << 20;
    options.limits.maxTotalBytes = 8 << 20;
    options.limits.maxCellChars = 1 << 16;
    return options;
}

// Reads every sheet; returns an empty string when all went as promised, otherwise
// what broke.
QString exercise(TableSource& source)
{
    const QList<SheetInfo> sheets = source.sheets();
    if (sheets.isEmpty())
        return QStringLiteral("a source with no sheets");
    for (int i = 0; i < std::min<int>(int(sheets.size()), 4); ++i) {
        int delivered = 0;
        QString broken;
        const Status s = source.readSheet(i, [&](const Row& row) {
            ++delivered;
            if (row.number < 1 || row.cells.isEmpty() || row.cells.constLast().isEmpty())
                broken =
                    QStringLiteral("a row numbered %1 with %2 cells").arg(row.number).arg(row.cells.size());
            return true;
        });
        if (!broken.isEmpty())
            return broken;
        if (s.isOk() && delivered == 0)
            return QStringLiteral("a successful read with no rows");
        if (!s.isOk() && s.message().isEmpty())
            return QStringLiteral("a failure without a message");
        if (delivered != source.report().rowsDelivered)
            return QStringLiteral("a report that miscounts its rows");
    }
    return {};
}

int iterations()
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("SUMMIT_IMPORT_FUZZ_ITERATIONS", &ok);
    return ok ? n : 10000;
}

} // namespace

TEST_CASE("Thousands of mutated sample files end in rows or a message, never in a crash")
{
    const QList<Sample> samples = loadSamples();
    REQUIRE(samples.size() >= 8);
    bool seeded = false;
    const quint32 seed = quint32(qEnvironmentVariableIntValue("SUMMIT_IMPORT_FUZZ_SEED", &seeded));
    Mutator mutate(seeded ? seed : 20261205u);
    const ReadOptions options = tightOptions();
    int opened = 0, withRows = 0;
    const int n = iterations();
    for (int i = 0; i < n; ++i) {
        const Sample& sample = samples[mutate.below(int(samples.size()))];
        const Sample& other = samples[mutate.below(int(samples.size()))];
        QByteArray input;
        QString how;
        if (!sample.parts.isEmpty() && mutate.below(2) == 0) {
            test::ZipParts parts = sample.parts;
            const int k = mutate.below(int(parts.size()));
            for (int times = 1 + mutate.below(3); times > 0; --times)
                parts[k].second = mutate.mutateXml(parts[k].second);
            if (mutate.below(10) == 0)
                parts.removeAt(mutate.below(int(parts.size())));
            input = test::zipBytes(parts, mutate.below(3) == 0 ? 0 : 6);
            how = QStringLiteral("part %1 of %2").arg(parts.value(k).first, sample.name);
        } else {
            input = mutate.mutateBytes(sample.bytes, other.bytes);
            how = QStringLiteral("bytes of %1").arg(sample.name);
        }
        // Mostly the reader the sample is meant for; now and then the other one.
        const bool asXlsx = !sample.parts.isEmpty() != (mutate.below(8) == 0);
        std::unique_ptr<TableSource> source;
        if (asXlsx) {
            auto r = XlsxReader::openData(input, sample.name, options);
            if (r.isOk())
                source = std::move(r.value());
            else
                REQUIRE_MESSAGE(!r.message().isEmpty(), how.toStdString());
        } else {
            auto r = CsvReader::openData(input, sample.name, options);
            if (r.isOk())
                source = std::move(r.value());
            else
                REQUIRE_MESSAGE(!r.message().isEmpty(), how.toStdString());
        }
        if (!source)
            continue;
        ++opened;
        const QString broken = exercise(*source);
        if (!broken.isEmpty())
            FAIL("iteration " << i << " (" << how.toStdString() << "): " << broken.toStdString());
        withRows += source->report().rowsDelivered > 0 ? 1 : 0;
    }
    MESSAGE(n << " inputs, " << opened << " opened, " << withRows << " with rows");
    CHECK(opened > n / 4); // the mutations are small enough to reach the parsers
}
