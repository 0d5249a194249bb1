#pragma once
// Sync for one database, start to end: the one place that knows the steps — the
// app-private git repository beside the database, the SyncEngine over it, a round with
// the caller's credentials, what the round counted and wrote, the database's status —
// and how to look at a team remote before the first round. summit-cli's sync, join and
// sync status and the desktop's sync worker drive it; each words the results its own way.
//
// No threads, timers or keychain: it runs on the caller's thread, and the caller brings
// the credentials. Like the Store and GitRepo beneath it, one service belongs to one thread.

#include "Result.h"
#include "store/Store.h"
#include "sync/GitRepo.h"
#include "sync/SyncEngine.h"

#include <QString>
#include <memory>

namespace summit::sync {

// What one round did.
struct Round
{
    // The counts and refused batches; an error when the round stopped (network, disk).
    // Either way local work is unaffected and the next round finishes the job.
    Result<SyncReport> report;
    // What the round wrote into the database, for views to reload: the records it
    // integrated (also when it failed after some batches), or everything when the
    // database took a new replica id (every record's authorship may read differently).
    ChangeSet integrated;

    // No error and no refused batch.
    bool ok() const { return report && report.value().problems.isEmpty(); }
};

// What a team remote holds, as Test connection reads it: its refs are listed, nothing
// is downloaded.
struct RemoteSurvey
{
    Status reached;              // connected and listed, or why not
    UntrustedHost untrustedHost; // the ssh host key refused, when that was why not
    int devices = 0;             // Summit branches in the format this version writes
    int otherBranches = 0;       // branches that are not Summit's
    QString unknownFormat;       // the first Summit branch of another format (a newer Summit's)
};

class SyncService
{
public:
    // Over the caller's store, which must outlive the service (summit-cli).
    static Result<std::unique_ptr<SyncService>> open(Store& store);
    // Opens the database file with a connection of its own, on the calling thread (the
    // desktop's sync thread, beside the window's connection: SQLite's WAL lets both work).
    static Result<std::unique_ptr<SyncService>> open(const QString& databasePath);
    ~SyncService();
    SyncService(const SyncService&) = delete;
    SyncService& operator=(const SyncService&) = delete;

    // One round against `url` (remembered as the database's remote).
    Round runRound(const QString& url, const Credentials& credentials);
    // The remote, the replica, operations not yet confirmed, the last round and its error.
    SyncStatus status();

    // The team remote a database remembers (every round and the Sync page set it); empty
    // when it has none yet.
    static QString rememberedRemote(Store& store);
    static Status rememberRemote(Store& store, const QString& url);

    // Connects to `url` and reads its refs through a throw-away repository, so that no
    // database's sync state is touched.
    static RemoteSurvey surveyRemote(const QString& url, const Credentials& credentials);

private:
    SyncService(std::unique_ptr<Store> ownStore, Store& store, std::unique_ptr<SyncEngine> engine);
    static Result<std::unique_ptr<SyncService>> open(std::unique_ptr<Store> ownStore, Store& store);

    std::unique_ptr<Store> m_ownStore; // when the service opened the database itself
    Store& m_store;
    std::unique_ptr<SyncEngine> m_engine;
};

} // namespace summit::sync
