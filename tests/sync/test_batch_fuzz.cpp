// Mutation testing of what another replica can hand us: batches from a real device's
// log, mutated (bytes flipped, cut, spliced; lines dropped, doubled and swapped; a
// field of a header or an operation given a hostile value: huge or negative numbers,
// clocks at and past the top, another record's id, the wrong type, markup), then
// decoded and integrated as the sync engine does (decodeBatch, then Store::integrate in
// one transaction). Each one must end in a refusal with a message, leaving the
// database, its log and its clock as they were, or be integrated so that rebuilding
// the tables from the log gives the same records. Deterministic, so it runs with every
// test run (under ASan + UBSan in the dev preset); run it longer or differently with
//
//   SUMMIT_BATCH_FUZZ_ITERATIONS=100000 SUMMIT_BATCH_FUZZ_SEED=7 build/dev/tests/sync/test_batch_fuzz
//
// The libFuzzer target tests/fuzz/fuzz_batch explores the same inputs for longer.

#include "ByteMutator.h"
#include "QtDoctest.h"
#include "export/CanonicalExport.h"
#include "store/Ids.h"
#include "store/Store.h"
#include "sync/BatchFormat.h"
#include "sync/DeviceKey.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace summit;

namespace {

int iterations()
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("SUMMIT_BATCH_FUZZ_ITERATIONS", &ok);
    return ok ? n : 10000;
}

quint32 seed()
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("SUMMIT_BATCH_FUZZ_SEED", &ok);
    return ok ? quint32(n) : 20261207u;
}

std::unique_ptr<Store> openStore(const QString& path, qint64& now)
{
    auto r = Store::open(path);
    REQUIRE_MESSAGE(r.isOk(), r.message().toStdString());
    std::unique_ptr<Store> store = std::move(r.value());
    store->setWallClock([&now] { return now += 1000; });
    return store;
}

QByteArray canonical(Store& store)
{
    QBuffer b;
    b.open(QIODevice::WriteOnly);
    REQUIRE(writeCanonicalJson(store.reader(), b));
    return QCryptographicHash::hash(b.data(), QCryptographicHash::Sha256);
}

// The source device: a small book with every kind of record, edited, deleted and
// restored, so that its log holds sets, removes, restores and moves.
struct Source
{
    QTemporaryDir dir;
    qint64 now = 1'780'000'000'000;
    std::unique_ptr<Store> store;
    QStringList ids; // of every record, of every type: values a forger can swap in

    Source()
    {
        store = openStore(dir.filePath(QStringLiteral("source.db")), now);
        for (int a = 0; a < 3; ++a) {
            const QString account =
                add(QStringLiteral("account"), {{QStringLiteral("name"), QStringLiteral("华为技术%1").arg(a)},
                                                {QStringLiteral("tier"), QStringLiteral("A")},
                                                {QStringLiteral("potential"), QStringLiteral("high")}});
            const QString hq =
                add(QStringLiteral("org_unit"), {{QStringLiteral("account_id"), account},
                                                 {QStringLiteral("name"), QStringLiteral("总部")},
                                                 {QStringLiteral("kind"), QStringLiteral("group_hq")}});
            const QString sub =
                add(QStringLiteral("org_unit"), {{QStringLiteral("account_id"), account},
                                                 {QStringLiteral("name"), QStringLiteral("云计算有限公司")},
                                                 {QStringLiteral("kind"), QStringLiteral("subsidiary")},
                                                 {QStringLiteral("parent_id"), hq}});
            const QString boss = add(QStringLiteral("contact"),
                                     {{QStringLiteral("account_id"), account},
                                      {QStringLiteral("name"), QStringLiteral("王建国")},
                                      {QStringLiteral("org_unit_id"), hq},
                                      {QStringLiteral("decision_role"), QStringLiteral("economic_buyer")},
                                      {QStringLiteral("stance"), QStringLiteral("supporter")},
                                      {QStringLiteral("influence"), 5},
                                      {QStringLiteral("mobile"), QStringLiteral("13800138000")}});
            const QString engineer =
                add(QStringLiteral("contact"), {{QStringLiteral("account_id"), account},
                                                {QStringLiteral("name"), QStringLiteral("李娜")},
                                                {QStringLiteral("org_unit_id"), sub},
                                                {QStringLiteral("reports_to"), boss}});
            add(QStringLiteral("followup"),
                {{QStringLiteral("account_id"), account},
                 {QStringLiteral("type"), QStringLiteral("visit")},
                 {QStringLiteral("at"), QStringLiteral("2026-05-20T02:00:00.000Z")},
                 {QStringLiteral("summary"), QStringLiteral("拜访王总")},
                 {QStringLiteral("contact_ids"), QStringLiteral("[\"%1\",\"%2\"]").arg(boss, engineer)}});
            const QString deal =
                add(QStringLiteral("opportunity"), {{QStringLiteral("account_id"), account},
                                                    {QStringLiteral("name"), QStringLiteral("云平台")},
                                                    {QStringLiteral("stage"), QStringLiteral("propose")},
                                                    {QStringLiteral("amount"), qint64(120'000'000)}});
            apply(Operation::set(QStringLiteral("opportunity"), deal,
                                 {{QStringLiteral("status"), QStringLiteral("won")}}));
            apply(Operation::move(QStringLiteral("org_unit"), sub, QStringLiteral("parent_id"), QVariant()));
            apply(Operation::remove(QStringLiteral("contact"), engineer));
            apply(Operation::restore(QStringLiteral("contact"), engineer));
        }
    }
    void apply(const Operation& op)
    {
        const Status s = store->apply({QStringLiteral("edit"), {op}});
        REQUIRE_MESSAGE(s.isOk(), s.message().toStdString());
    }
    QString add(const QString& entity, FieldValues fields)
    {
        const QString id = ids::newId();
        apply(Operation::set(entity, id, std::move(fields)));
        ids << id;
        return id;
    }
    const sync::DeviceKey signer = sync::DeviceKey::generate();
    // The device's log cut into batches of `size` operations, chained as the engine chains them.
    std::vector<QByteArray> batches(int size)
    {
        auto ops = store->ownOperationsAfter(0, 100000);
        REQUIRE(ops.isOk());
        std::vector<QByteArray> out;
        for (size_t from = 0; from < ops.value().size(); from += size_t(size)) {
            sync::Batch b;
            b.header.team = QStringLiteral("summit");
            b.header.replica = store->replicaId();
            b.header.previous = out.empty() ? QString() : QStringLiteral("%1").arg(out.size());
            for (size_t i = from; i < std::min(ops.value().size(), from + size_t(size)); ++i)
                b.ops.push_back(ops.value()[i]);
            b.header.firstSeq = b.ops.front().seq;
            b.header.lastSeq = b.ops.back().seq;
            b.header.hlcMin = b.ops.front().hlc;
            b.header.hlcMax = b.ops.back().hlc;
            // One in four signed, so that mutations also meet the signature's checks; the rest
            // unsigned, as older devices wrote, so that most mutations reach admission.
            out.push_back(out.size() % 4 == 3 ? sync::encodeBatch(b, &signer) : sync::encodeBatch(b));
        }
        return out;
    }
};

class BatchMutator : public test::ByteMutator
{
public:
    BatchMutator(quint32 seed, QStringList ids) : ByteMutator(seed), m_ids(std::move(ids)) {}

    QByteArray mutate(const QByteArray& batch, const QByteArray& other)
    {
        QList<QByteArray> lines = batch.split('\n');
        if (!lines.isEmpty() && lines.constLast().isEmpty())
            lines.removeLast();
        if (lines.isEmpty())
            return mutateBytes(batch, other);
        switch (below(8)) {
        case 0:
            return mutateBytes(batch, other);
        case 1: { // drop, double or swap lines
            if (lines.size() < 2)
                return mutateBytes(batch, other);
            const int i = 1 + below(int(lines.size()) - 1), j = 1 + below(int(lines.size()) - 1);
            switch (below(3)) {
            case 0:
                lines.removeAt(i);
                break;
            case 1:
                lines.insert(j, lines[i]);
                break;
            default:
                std::swap(lines[i], lines[j]);
                break;
            }
            return join(lines);
        }
        default: { // a hostile value in one field of the header or, mostly, of an operation
            const int i = lines.size() > 1 && below(5) > 0 ? 1 + below(int(lines.size()) - 1)
                                                           : below(int(lines.size()));
            lines[i] = mutateJson(lines[i]);
            return join(lines);
        }
        }
    }

private:
    static QByteArray join(const QList<QByteArray>& lines)
    {
        QByteArray out;
        for (const QByteArray& l : lines)
            out += l + '\n';
        return out;
    }

    QJsonValue hostile()
    {
        static const QList<QJsonValue> values = {
            QJsonValue(), QJsonValue(true), QJsonValue(0), QJsonValue(-1), QJsonValue(3.5), QJsonValue(1e308),
            QJsonValue(qint64(9007199254740993LL)), QJsonValue(QStringLiteral("")),
            QJsonValue(QStringLiteral("18446744073709551615")),
            QJsonValue(QStringLiteral("9223372036854775807")),
            QJsonValue(QStringLiteral("9223372036854775808")), QJsonValue(QStringLiteral("-5")),
            // A clock a day and a minute ahead of the target's wall clock, and one at its counter's top.
            QJsonValue(QString::number((quint64(1'790'000'000'000 + 86'460'000) << 16))),
            QJsonValue(QString::number((quint64(1'780'000'000'000) << 16) | 0xFFFF)),
            QJsonValue(QStringLiteral("<b>粗体</b><img src=\"file:///etc/hostname\">")),
            QJsonValue(QStringLiteral("account")), QJsonValue(QStringLiteral("contact")),
            QJsonValue(QStringLiteral("followup")), QJsonValue(QStringLiteral("member")),
            QJsonValue(QStringLiteral("set")), QJsonValue(QStringLiteral("remove")),
            QJsonValue(QStringLiteral("restore")), QJsonValue(QStringLiteral("move")),
            QJsonValue(QStringLiteral("x:1")), QJsonValue(QJsonArray{1, 2}),
            QJsonValue(QJsonObject{{QStringLiteral("a"), 1}}), QJsonValue(QString(70000, QLatin1Char('x')))};
        if (!m_ids.isEmpty() && below(3) == 0)
            return m_ids[below(int(m_ids.size()))];
        return values[below(int(values.size()))];
    }

    QByteArray mutateJson(const QByteArray& line)
    {
        QJsonParseError error;
        QJsonObject o = QJsonDocument::fromJson(line, &error).object();
        if (error.error != QJsonParseError::NoError || o.isEmpty())
            return mutateBytes(line, {});
        // Mostly the operation's fields (what admission checks), else any key of the line.
        const QStringList keys = o.keys();
        const QString key = o.contains(QStringLiteral("fields")) && below(3) > 0
                                ? QStringLiteral("fields")
                                : keys[below(int(keys.size()))];
        if (o.value(key).isObject() && below(2) == 0) { // one level down: a field or a frontier entry
            QJsonObject inner = o.value(key).toObject();
            const QStringList innerKeys = inner.keys();
            if (innerKeys.isEmpty() || below(4) == 0)
                inner.insert(m_ids.isEmpty() || below(2) ? QStringLiteral("name")
                                                         : m_ids[below(int(m_ids.size()))],
                             hostile());
            else if (below(5) == 0)
                inner.remove(innerKeys[below(int(innerKeys.size()))]);
            else
                inner.insert(innerKeys[below(int(innerKeys.size()))], hostile());
            o.insert(key, inner);
        } else if (below(6) == 0) {
            o.remove(key);
        } else {
            o.insert(key, hostile());
        }
        return QJsonDocument(o).toJson(QJsonDocument::Compact);
    }

    QStringList m_ids;
};

// The target device: a copy of its starting file, reopened from time to time so that the
// mutated batches keep meeting operations it has not integrated yet.
struct Target
{
    QTemporaryDir dir;
    qint64 now = 1'790'000'000'000;
    std::unique_ptr<Store> store;
    QString pristine;
    int generation = 0;

    explicit Target(const QByteArray& firstBatch)
    {
        pristine = dir.filePath(QStringLiteral("pristine.db"));
        {
            std::unique_ptr<Store> s = openStore(pristine, now);
            auto b = sync::decodeBatch(firstBatch, QStringLiteral("seed"));
            REQUIRE(b.isOk());
            auto n = s->integrate(b.value().ops);
            REQUIRE_MESSAGE(n.isOk(), n.message().toStdString());
            REQUIRE(n.value() > 0);
        }
        reset();
    }
    void reset()
    {
        store.reset();
        const QString path = dir.filePath(QStringLiteral("target%1.db").arg(generation++));
        REQUIRE(QFile::copy(pristine, path));
        store = openStore(path, now);
    }
};

} // namespace

TEST_CASE("mutated batches from another device are refused whole or integrated as the log says")
{
    Source source;
    const std::vector<QByteArray> batches = source.batches(6);
    REQUIRE(batches.size() >= 6);
    // SUMMIT_BATCH_CORPUS=DIR: the batches as seeds for the libFuzzer target (tests/fuzz/README.md).
    if (const QString corpus = qEnvironmentVariable("SUMMIT_BATCH_CORPUS"); !corpus.isEmpty()) {
        REQUIRE(QDir().mkpath(corpus));
        for (size_t i = 0; i < batches.size(); ++i) {
            QFile f(QDir(corpus).filePath(QStringLiteral("batch%1.jsonl").arg(i)));
            REQUIRE(f.open(QIODevice::WriteOnly));
            REQUIRE(f.write(batches[i]) == batches[i].size());
        }
        MESSAGE("wrote " << batches.size() << " batches to " << corpus.toStdString());
        return;
    }
    Target target(batches.front());
    BatchMutator mutator(seed(), source.ids);

    int decoded = 0, refused = 0, integrated = 0, newOps = 0, rebuilds = 0;
    QByteArray before = canonical(*target.store);
    auto checkRebuild = [&] {
        // What was let in is what the log says: the tables rebuilt from it are the same.
        REQUIRE(target.store->rebuildFromLog());
        CHECK(canonical(*target.store) == before);
        ++rebuilds;
    };
    QElapsedTimer timer;
    timer.start();
    const int n = iterations();
    for (int i = 0; i < n; ++i) {
        if (i > 0 && i % 200 == 0) {
            checkRebuild();
            target.reset();
            before = canonical(*target.store);
        }
        const size_t pick = 1 + size_t(mutator.below(int(batches.size()) - 1));
        QByteArray input = batches[pick];
        for (int k = 0, rounds = 1 + mutator.below(3); k < rounds; ++k)
            input = mutator.mutate(input, batches[size_t(mutator.below(int(batches.size())))]);
        CAPTURE(i);
        const QString where = QStringLiteral("fuzz-%1").arg(i);
        auto batch = sync::decodeBatch(input, where);
        if (!batch) {
            // A refusal names the batch.
            CHECK(batch.message().contains(where));
            continue;
        }
        ++decoded;
        const quint64 clock = target.store->clock().last();
        const quint64 count = target.store->operationCount();
        Result<int> fresh = 0;
        {
            StoreTransaction t(*target.store);
            fresh = target.store->integrate(batch.value().ops);
            if (fresh)
                REQUIRE(t.commit());
        }
        if (!fresh) {
            ++refused;
            CHECK_FALSE(fresh.message().isEmpty());
            // Refused whole: no record, no logged operation, no clock moved.
            CHECK(target.store->clock().last() == clock);
            CHECK(target.store->operationCount() == count);
            CHECK(canonical(*target.store) == before);
            continue;
        }
        ++integrated;
        newOps += fresh.value();
        CHECK(fresh.value() >= 0);
        CHECK(quint64(fresh.value()) <= quint64(batch.value().ops.size()));
        CHECK(target.store->operationCount() == count + quint64(fresh.value()));
        const QByteArray after = canonical(*target.store);
        if (fresh.value() == 0)
            CHECK(after == before); // operations it had already: nothing changes
        before = after;
    }
    checkRebuild();
    MESSAGE(QStringLiteral("%1 mutated batches in %2 s (seed %3): %4 decoded, %5 refused by admission, %6 "
                           "integrated with %7 new operations, %8 rebuilds from the log compared")
                .arg(n)
                .arg(double(timer.elapsed()) / 1000, 0, 'f', 1)
                .arg(seed())
                .arg(decoded)
                .arg(refused)
                .arg(integrated)
                .arg(newOps)
                .arg(rebuilds)
                .toStdString());
    // The mutations reach admission, and some of them get through it.
    CHECK(decoded > n / 10);
    CHECK(refused > 0);
    CHECK(newOps > 0);
}
