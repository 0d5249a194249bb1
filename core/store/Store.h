#pragma once
// The store: the one write path of Summit. Every change — a dialog, an import,
// the CLI, a remote replica — is a list of operations. apply() validates them,
// stamps each with the hybrid logical clock and this replica's id, appends them
// to the operation log, updates the materialised tables and the search index
// in one SQLite transaction, and then emits changed() once.
//
// Errors are values (Status / Result); nothing here shows a dialog.

#include "Result.h"
#include "store/Database.h"
#include "store/Hlc.h"
#include "store/Operation.h"

#include <QDate>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QVariantMap>
#include <functional>
#include <memory>

namespace summit {

namespace model {
struct EntityDef;
}

struct Change
{
    QString label; // readable, translated: "Edit stance of 王建国"; shown in undo and history
    std::vector<Operation> ops;
};

// What one applied change touched; emitted with changed().
struct ChangeSet
{
    QSet<QString> entities;  // entity types
    QSet<QString> ids;       // record ids
    bool remote = false;     // came from another replica
    bool everything = false; // anything may have changed (the ids are not known): reload all
};

struct ApplyOptions
{
    bool undoable = true; // recorded on the undo stack (bulk imports and the demo are not)
    // Called every few thousand operations of a large change, inside its transaction, with
    // how many are written of how many: a desktop shows progress and keeps painting there.
    // Return false to cancel: the change is rolled back, nothing of it saved. While it runs
    // the store refuses every other write (isBusy), so what it lets happen cannot write into
    // the change's transaction.
    std::function<bool(qint64 done, qint64 total)> progress = {};
};

class Store : public QObject
{
    Q_OBJECT
public:
    ~Store() override;

    // Opens (creating if needed) and upgrades the database at `path`. Read-only:
    // nothing is created, upgraded or written, and every write is refused with a
    // message that says so. Front ends open a file a person named through
    // dbfile::open (DatabaseFile.h), which checks it first.
    static Result<std::unique_ptr<Store>> open(const QString& path, OpenMode mode = OpenMode::ReadWrite);

    QString path() const;
    bool isReadOnly() const { return m_db.isReadOnly(); }
    // True while a change's progress callback runs (ApplyOptions::progress): writes are refused
    // until it returns; background writers wait for it.
    bool isBusy() const { return m_yielding; }
    // Runs `report`, a progress callback that may process events, with every other write
    // refused (isBusy) until it returns; what it answers is returned. For work done in steps
    // on this store (a change being written, an import being planned) that shows progress.
    bool yieldTo(const std::function<bool()>& report);
    QString replicaId() const { return m_replica; }
    // The team member this device writes as (recorded as each operation's author).
    void setAuthor(const QString& memberId) { m_author = memberId; }
    QString author() const { return m_author; }
    // Seam for tests: a fixed or stepping wall clock.
    void setWallClock(HybridClock::WallClock wall);
    HybridClock& clock() { return m_clock; }

    // The single write path for local changes. All or nothing.
    Status apply(const Change& change, const ApplyOptions& options = {});
    // Applies `change` in a transaction that is always rolled back, and runs
    // `body` before the rollback: what `body` reads sees the change as if it
    // were made (an import plans a contacts sheet against the accounts sheet
    // before it). Nothing is kept, nobody is notified; the sequence numbers
    // and clock values it took are given back. `body` must only read.
    Status tryOut(const Change& change, const std::function<Status()>& body);
    // Integrates operations written elsewhere (another replica, or the log when
    // rebuilding): last writer wins field by field; duplicates are ignored.
    // Returns how many operations were new.
    Result<int> integrate(const std::vector<StampedOperation>& ops);

    bool canUndo();
    bool canRedo();
    QString undoLabel();
    QString redoLabel();
    Status undo();
    Status redo();

    // Reads.
    Result<QVariantMap> record(const QString& entity, const QString& id);
    QString entityOf(const QString& id);         // entity type of a record id, empty if unknown
    Result<QVariantMap> find(const QString& id); // record with "entity" added
    quint64 operationCount();

    // What this replica has integrated from every other one: replica -> highest sequence number.
    QMap<QString, qint64> integratedFrontier();

    // Another database writes under this replica id (a copy or a restored
    // backup): take a new id and renumber this replica's operations above
    // `confirmedSeq`, which nobody else has seen, under it. Those keep what they
    // had seen of the old id (its operations up to `confirmedSeq`), so none of
    // them reads as concurrent with its own past; what sync/ recorded of the old
    // id's own batches (synckeys) is forgotten in the same transaction.
    Status changeReplicaId(qint64 confirmedSeq);
    // The highest sequence number of `replica` that this database knows the team
    // remote holds: for its own id what the remote confirmed, for another what
    // it integrated from there.
    qint64 confirmedSeqOf(const QString& replica);
    // Whether this database was ever set up to replicate (a remote, or batches of its own).
    bool hasReplicated();

    // Drops the materialised tables and the search index and rebuilds them from
    // the operation log. The result must equal the state before.
    Status rebuildFromLog();

    // Local settings stored in the database file but never replicated.
    QVariant localValue(const QString& key, const QVariant& fallback = {});
    Status setLocalValue(const QString& key, const QVariant& value);

    // Keeps the health scores of accounts on `day` (account id -> score), replacing what was
    // kept for that day, and forgets the days more than kHealthScoreDays before it. Local,
    // derived data (schema 16): off the log and the undo stack, never replicated, no listener told.
    static constexpr int kHealthScoreDays = 90;
    Status recordHealthScores(const QDate& day, const QHash<QString, int>& scores);

    // One small step of merging the search index's segments (the write that adds a
    // segment never merges: schema 15), in a transaction of its own, off the
    // log and the undo stack; it changes no record and tells no listener.
    // Answers whether there was work, so a caller repeats it, a step per turn of
    // its event loop, until there is none. `pages` bounds a step's work.
    static constexpr int kSearchMergePages = 16; // worst step 36 ms on the large set (64: 46-139 ms)
    Result<bool> tidySearchIndex(int pages = kSearchMergePages);

    // Another connection to the same file (the sync worker's store) wrote to it:
    // pick up what it may have changed (replica id, clock, what has been
    // integrated) and tell listeners once, as a remote change of every entity
    // type, so views reload. Call on the thread that owns this store. Local
    // writes also catch up by themselves before they stamp anything.
    void notifyExternalChange();
    // The same, when the other connection reported what it changed: listeners
    // hear exactly that (a sync round's integrated records).
    void notifyExternalChange(const ChangeSet& what);

    // The connection that core/query, search, map and export functions read
    // through. It refuses every write (SQLite's query_only) except inside the
    // store's own write paths, so the one write path stays the only one.
    Database& reader() { return m_db; }

    // ---- The replication port: what sync/ needs, and nothing more.
    // This replica's operations with a sequence number above `afterSeq`, in
    // order, at most `limit`, with their fields and frontiers.
    Result<std::vector<StampedOperation>> ownOperationsAfter(qint64 afterSeq, int limit);
    // How many of this replica's operations have a sequence number above `seq`.
    qint64 countOwnOperationsAfter(qint64 seq);
    // How many local values have keys starting with `prefix`.
    int countLocalValues(const QString& prefix);

signals:
    void changed(const summit::ChangeSet& change);

private:
    friend class StoreTransaction;
    // While one is alive, the connection accepts writes; the outermost turns
    // query_only off on entry and back on at exit.
    class Writable
    {
    public:
        explicit Writable(Store& store);
        ~Writable();
        Writable(const Writable&) = delete;
        Writable& operator=(const Writable&) = delete;

    private:
        Store& m_store;
    };
    int m_writers = 0;
    Store();
    struct Pending;
    struct Parts; // the named parts behind this facade (StorePrivate.h)
    Status init();
    // The refusal of a write to a database opened read-only (fails), else ok.
    Status checkWritable() const;
    Result<int> integrateInTransaction(const std::vector<StampedOperation>& ops);
    // The admission of a remote operation (WriteChecks::admitRemote) with what
    // the database knows of its record.
    Status admit(const StampedOperation& sop);
    Status saveClock(); // inside each writing transaction, so a restart resumes the clock without a scan
    // Re-reads what another connection may have changed since this one last
    // looked (SQLite's data_version tells); cheap when nothing did.
    void catchUpWithFile();
    // Forgets what a rolled-back transaction or another connection may have made stale.
    void forgetCachedLogState();
    Status applyOne(const Operation& op, Pending& pending);
    Status writeStamped(const StampedOperation& sop, bool local, Pending& pending);
    Result<qint64> frontierRowFor(const StampedOperation& sop, bool local, Pending& pending);
    Result<bool> remoteWriteTouchesTrees(const model::EntityDef& def, const StampedOperation& sop,
                                         const FieldValues& fields);
    Result<bool> fieldWins(const StampedOperation& sop, bool local, bool unseen, const QString& name,
                           bool tree, Pending& pending);
    Status resolveTrees(const QSet<QString>& accounts, Pending& pending);
    Status applyLocal(const QString& label, const std::vector<Operation>& ops, const QString& kind,
                      bool undoable, Pending& pending,
                      const std::function<bool(qint64, qint64)>& progress = {});
    // Runs `body` in one transaction; on failure the sequence and clock values it
    // took are given back; on success listeners hear about the change once.
    Status inLocalTransaction(const std::function<Status(Pending&)>& body);
    // Adds `set` to what listeners hear once the outermost transaction commits
    // (at once when none is open); dropped if it rolls back.
    void notifyAfterCommit(const ChangeSet& set);
    Status rederiveConflicts(Pending& pending);
    Status rebuildConflicts();

    Database m_db;
    HybridClock m_clock;
    QString m_replica;
    QString m_author;
    qint64 m_seq = 0;
    std::unique_ptr<Parts> m_parts;
    qint64 m_frontierId = -1;  // frontier of new local operations; -1 = recompute
    qint64 m_dataVersion = -1; // PRAGMA data_version when this store last caught up with the file
    qint64 m_seenOp = 0;       // highest ops.n whose hlc the clock has seen
    ChangeSet m_unsent;        // changes committed inside a transaction still open
    bool m_noticeQueued = false;
    bool m_yielding = false; // a change's progress callback is running (isBusy)
};

// One transaction that several of the store's writes join (integrating a batch
// and moving the sync cursor, for instance): all of them or none. Rolled back
// unless committed; listeners hear of the changes after commit().
class StoreTransaction
{
public:
    explicit StoreTransaction(Store& store);
    Status status() const { return m_transaction.status(); }
    [[nodiscard]] Status commit() { return m_transaction.commit(); }

private:
    Store::Writable m_writable; // first in, last out: writable for the whole transaction
    Transaction m_transaction;
};

} // namespace summit

Q_DECLARE_METATYPE(summit::ChangeSet)
