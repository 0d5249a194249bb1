#pragma once
// Several replicas (each a Store with its own SyncEngine and app-private git
// directory) and one bare git remote on disk.

#include "QtDoctest.h"
#include "export/CanonicalExport.h"
#include "store/Hlc.h"
#include "store/Ids.h"
#include "store/Store.h"
#include "sync/BatchFormat.h"
#include "sync/DeviceKey.h"
#include "sync/GitRepo.h"
#include "sync/SyncEngine.h"

#include <QBuffer>
#include <QProcess>
#include <QTemporaryDir>
#include <optional>

namespace summit::test {

inline QString makeBareRemote(const QString& path)
{
    QProcess git;
    git.start(QStringLiteral("git"),
              {QStringLiteral("init"), QStringLiteral("--bare"), QStringLiteral("--quiet"), path});
    REQUIRE(git.waitForFinished(30000));
    REQUIRE(git.exitCode() == 0);
    return path;
}

struct Replica
{
    QString dbPath;
    std::unique_ptr<Store> store;
    std::unique_ptr<sync::SyncEngine> engine;

    explicit Replica(const QString& path) : dbPath(path) { reopen(); }
    void reopen()
    {
        engine.reset();
        store.reset();
        auto s = Store::open(dbPath);
        REQUIRE_MESSAGE(s.isOk(), s.message().toStdString());
        store = std::move(s.value());
        auto e = sync::SyncEngine::open(*store, sync::SyncEngine::defaultGitDir(dbPath));
        REQUIRE_MESSAGE(e.isOk(), e.message().toStdString());
        engine = std::move(e.value());
    }
    sync::SyncReport sync(const QString& remote)
    {
        auto r = engine->sync(remote);
        REQUIRE_MESSAGE(r.isOk(), r.message().toStdString());
        return r.value();
    }
    QByteArray exportJson()
    {
        QBuffer b;
        b.open(QIODevice::WriteOnly);
        REQUIRE(writeCanonicalJson(store->reader(), b));
        return b.data();
    }
    Status apply(Operation op) { return store->apply({QStringLiteral("test"), {std::move(op)}}); }
    // The key this device signs its batches with (made at its first seal).
    sync::DeviceKey deviceKey() const
    {
        auto key = sync::DeviceKey::loadOrCreate(sync::SyncEngine::defaultGitDir(dbPath) +
                                                 QStringLiteral("/device-key"));
        REQUIRE_MESSAGE(key.isOk(), key.message().toStdString());
        return std::move(key).value();
    }
    QVariant get(const QString& entity, const QString& id, const QString& field)
    {
        auto r = store->record(entity, id);
        REQUIRE_MESSAGE(r.isOk(), r.message().toStdString());
        return r.value().value(field);
    }
};

// A hand-made batch of `replica` (not necessarily one that exists) holding `ops`, numbered
// from `firstSeq` and stamped `millis` (the wall clock of the forger), as someone with
// push access can make one with git hash-object / mktree / commit-tree.
inline sync::Batch forgedBatch(const QString& replica, qint64 firstSeq, const std::vector<Operation>& ops,
                               qint64 millis)
{
    sync::Batch b;
    b.header.team = QStringLiteral("summit");
    b.header.replica = replica;
    b.header.firstSeq = firstSeq;
    b.header.lastSeq = firstSeq + qint64(ops.size()) - 1;
    qint64 seq = firstSeq;
    for (const Operation& op : ops) {
        StampedOperation s;
        s.replica = replica;
        s.seq = seq;
        s.opId = QStringLiteral("%1:%2").arg(replica).arg(seq);
        s.hlc = HybridClock::pack(millis, quint32(seq));
        s.op = op;
        b.ops.push_back(std::move(s));
        ++seq;
    }
    b.header.hlcMin = b.ops.front().hlc;
    b.header.hlcMax = b.ops.back().hlc;
    return b;
}

// Appends `batch` to `ref` on the bare remote, as `git commit-tree` + `update-ref` would;
// `previous` not given: the header names the ref's real tip as the batch before.
// Signed with `signer` when given, else unsigned (as a device of an older Summit wrote).
inline QString pushForgedBatch(const QString& remote, const QString& ref, sync::Batch batch,
                               const std::optional<QString>& previous = std::nullopt,
                               const sync::DeviceKey* signer = nullptr)
{
    auto raw = sync::GitRepo::open(remote);
    REQUIRE(raw.isOk());
    auto tip = raw.value()->tip(ref);
    REQUIRE(tip.isOk());
    batch.header.previous = previous.value_or(tip.value());
    auto commit = raw.value()->appendBatch(ref, sync::encodeBatch(batch, signer), QStringLiteral("forged"),
                                           tip.value());
    REQUIRE(commit.isOk());
    return commit.value();
}

} // namespace summit::test
