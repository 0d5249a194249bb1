#pragma once
// One replica's side of replication over git (see ARCHITECTURE.md, Replication).
//
// A sync round: seal the local operations not yet shipped into a batch on this
// replica's own ref (refs/heads/summit/e1/<replica>), push it fast-forward
// only, fetch every replica's ref, and integrate each new batch in one SQLite
// transaction that also advances that replica's cursor. Every step can be cut
// at any moment: the next round finishes the job without losing or doubling
// an operation. Runs on the caller's thread with its own Store and GitRepo.

#include "Result.h"
#include "sync/GitRepo.h"
#include "sync/Quarantine.h"

#include <QDateTime>
#include <QStringList>
#include <memory>

namespace summit {
class Store;
}

namespace summit::sync {

struct SyncReport
{
    int sealedOperations = 0;
    int pushedBatches = 0;
    int receivedOperations = 0; // new operations integrated
    int appliedBatches = 0;
    QStringList problems; // refused batches and replicas, one sentence each; local work is unaffected
    QStringList warnings; // accepted, but worth saying (a device's clock far ahead)
    QStringList driftingReplicas;
    bool replicaIdChanged = false;
    bool keyReplaced = false; // the new replica id is for a new signing key (the key file was lost)
};

struct SyncStatus
{
    QString remote;
    QString replica;
    qint64 pendingOperations = 0; // local operations not yet confirmed by the remote
    QDateTime lastSync;           // last round that reached the remote
    QString lastError;
    int knownReplicas = 0;
    int signingReplicas = 0; // of those, devices whose stream is bound to a signing key
    QString deviceKey;       // fingerprint of the key this device signs with; empty before its first batch
    std::vector<QuarantinedBatch> quarantined; // refused batches waiting, one per device
};

class DeviceKey;

class SyncEngine
{
public:
    // `gitDir` is the app-private bare repository (created if missing); this device's
    // signing key is kept in it (DeviceKey.h), made at the first seal.
    static Result<std::unique_ptr<SyncEngine>> open(Store& store, const QString& gitDir);
    ~SyncEngine();

    // A whole round against `url`. Network trouble is an error (local work goes on);
    // bad remote batches are reported in SyncReport::problems and skipped.
    Result<SyncReport> sync(const QString& url, const Credentials& credentials = {});
    // The steps, for tests and crash recovery.
    Result<int> seal();
    Result<SyncReport> integrateFetched();

    SyncStatus status();
    QString ownRef() const;
    GitRepo& repo() { return *m_repo; }

    static QString defaultGitDir(const QString& databasePath);

private:
    SyncEngine(Store& store, std::unique_ptr<GitRepo> repo, QString keyPath);
    Result<const DeviceKey*> deviceKey();
    Status leaveReplacedKey(SyncReport* report = nullptr);
    Status recoverSeal();
    Status leaveCopiedReplicaId(SyncReport& report);
    Status pushOwnRef(const QString& url, const Credentials& credentials, SyncReport& report);
    void repackIfDue(SyncReport& report);
    Status takeNewReplicaId(const QString& confirmedTip);
    Status recordError(const QString& message);
    Result<QString> integrateBatch(const QString& id, const QString& where, const QString& replica,
                                   const QString& previous, const QString& team, SyncReport& report);
    void noteDrift(const QString& replica, quint64 hlcMax, SyncReport& report);

    Store& m_store;
    std::unique_ptr<GitRepo> m_repo;
    QString m_keyPath;                // this device's signing key, in the git directory
    std::unique_ptr<DeviceKey> m_key; // loaded at the first seal
};

} // namespace summit::sync
