#pragma once
// Several replicas (each a Store with its own SyncEngine and app-private git
// directory) and one bare git remote on disk.

#include "QtDoctest.h"
#include "export/CanonicalExport.h"
#include "store/Ids.h"
#include "store/Store.h"
#include "sync/SyncEngine.h"

#include <QBuffer>
#include <QProcess>
#include <QTemporaryDir>

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
    QVariant get(const QString& entity, const QString& id, const QString& field)
    {
        auto r = store->record(entity, id);
        REQUIRE_MESSAGE(r.isOk(), r.message().toStdString());
        return r.value().value(field);
    }
};

} // namespace summit::test
