// libFuzzer target for what another replica hands us: the input is a batch, decoded
// (sync::decodeBatch) and integrated into a small database (Store::integrate, the
// admission of every operation) inside a transaction that is always rolled back, so
// every input meets the same database. A refusal must carry a message and leave the
// records, the log and the clock as they were; anything else aborts. Seed it with
// batches a real device wrote, as test_batch_fuzz writes them (tests/fuzz/README.md).

#include "export/CanonicalExport.h"
#include "store/Store.h"
#include "sync/BatchFormat.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdlib>

using namespace summit;

namespace {

struct Target
{
    int argc = 1;
    char name[11] = "fuzz_batch";
    char* argv[2] = {name, nullptr};
    QCoreApplication app{argc, argv}; // Qt Sql loads its SQLite driver as a plugin
    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    qint64 now = 1'790'000'000'000;

    Target()
    {
        auto r = Store::open(dir.filePath(QStringLiteral("target.db")));
        if (!r)
            std::abort();
        store = std::move(r.value());
        store->setWallClock([this] { return now; });
    }
    QByteArray canonical()
    {
        QBuffer b;
        b.open(QIODevice::WriteOnly);
        if (!writeCanonicalJson(store->reader(), b))
            std::abort();
        return b.data();
    }
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static Target target;
    const QByteArray input(reinterpret_cast<const char*>(data), qsizetype(size));
    auto batch = sync::decodeBatch(input, QStringLiteral("fuzz"));
    if (!batch) {
        if (!batch.message().contains(QLatin1String("fuzz")))
            std::abort(); // a refusal names the batch
        return 0;
    }
    const QByteArray before = target.canonical();
    const quint64 count = target.store->operationCount();
    const quint64 clock = target.store->clock().last();
    {
        StoreTransaction t(*target.store); // never committed: the next input meets the same database
        auto fresh = target.store->integrate(batch.value().ops);
        if (fresh) {
            if (fresh.value() < 0 || quint64(fresh.value()) > quint64(batch.value().ops.size()))
                std::abort();
            target.store->clock().setLast(clock);
            return 0;
        }
        if (fresh.message().isEmpty())
            std::abort();
    }
    if (target.store->clock().last() != clock || target.store->operationCount() != count ||
        target.canonical() != before)
        std::abort(); // refused, but something moved
    return 0;
}
