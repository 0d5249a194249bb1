#include "sync/SyncEngine.h"

#include "store/OperationLog.h"
#include "store/Store.h"
#include "store/SyncKeys.h"
#include "sync/BatchFormat.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <cstdlib>

namespace summit::sync {

namespace {

// The translation context of this file (lupdate and the runtime agree on it).
struct SyncText
{
    Q_DECLARE_TR_FUNCTIONS(Sync)
};

const QString kRemotePrefix = QStringLiteral("refs/remotes/team/summit/e1/");
// Operations per batch (about 1 MiB of JSON lines). A git server (git's own
// receive-pack, Gitea) unpacks a push of fewer than 100 objects into loose objects,
// and upload-pack then recompresses and delta-searches them for every fetch: two
// loose 11 MiB batches took the server 2.9 s to serve (0.6 s with no delta search),
// while a pushed pack that is kept is served as it is in 0.03 s. With 2,000
// operations a batch, a large push (100,000 operations: 150 objects) stays a pack
// on the server; the reader's fetch of it went from 5.1 s to 0.6 s over git://.
const int kBatchLimit = 2000;
const int kMaxPacks = 50;
const int kMaxLooseObjects = 300; // about 100 local batches

// Test builds can stop the process dead at a named step (like kill -9) to
// prove that the next round finishes the job: SUMMIT_CRASH_AT=<step>.
void crashPoint(const char* step)
{
#ifdef SUMMIT_CRASH_POINTS
    if (qgetenv("SUMMIT_CRASH_AT") == step)
        std::_Exit(137);
#else
    Q_UNUSED(step);
#endif
}

QString key(const char* name)
{
    return QStringLiteral("sync.") + QLatin1String(name);
}

} // namespace

SyncEngine::SyncEngine(Store& store, std::unique_ptr<GitRepo> repo) : m_store(store), m_repo(std::move(repo))
{}

SyncEngine::~SyncEngine() = default;

QString SyncEngine::defaultGitDir(const QString& databasePath)
{
    return databasePath + QStringLiteral(".sync");
}

Result<std::unique_ptr<SyncEngine>> SyncEngine::open(Store& store, const QString& gitDir)
{
    GitRepo::initLibrary();
    auto repo = GitRepo::open(gitDir);
    if (!repo)
        return repo.error();
    return std::unique_ptr<SyncEngine>(new SyncEngine(store, std::move(repo.value())));
}

QString SyncEngine::ownRef() const
{
    return QStringLiteral("refs/heads/summit/e1/") + m_store.replicaId();
}

Status SyncEngine::recordError(const QString& message)
{
    return m_store.setLocalValue(key("last_error"), message);
}

// A crash after the git commit but before the database noted it leaves the own
// ref ahead of what the database knows: read what those batches hold.
Status SyncEngine::recoverSeal()
{
    auto tip = m_repo->tip(ownRef());
    if (!tip)
        return tip.status();
    const QString known = m_store.localValue(synckeys::kOwnTip).toString();
    if (tip.value() == known || tip.value().isEmpty())
        return {};
    auto batches = m_repo->batchesSince(tip.value(), known);
    if (!batches)
        return batches.status();
    qint64 sealed = m_store.localValue(synckeys::kSealedSeq, 0).toLongLong();
    for (const BatchCommit& c : batches.value()) {
        auto b = decodeBatch(c.blob, c.id);
        if (!b)
            return b.status();
        sealed = std::max(sealed, b.value().header.lastSeq);
    }
    StoreTransaction t(m_store);
    if (Status s = m_store.setLocalValue(synckeys::kSealedSeq, sealed); !s)
        return s;
    if (Status s = m_store.setLocalValue(synckeys::kOwnTip, tip.value()); !s)
        return s;
    return t.commit();
}

Result<int> SyncEngine::seal()
{
    if (Status s = recoverSeal(); !s)
        return s.error();
    int sealedOps = 0;
    for (;;) {
        const qint64 sealed = m_store.localValue(synckeys::kSealedSeq, 0).toLongLong();
        auto ops = m_store.ownOperationsAfter(sealed, kBatchLimit);
        if (!ops)
            return ops.error();
        if (ops.value().empty())
            break;
        // One batch holds operations written under one frontier, so the
        // header's frontier is exact for each of them.
        std::vector<StampedOperation>& all = ops.value();
        size_t n = 1;
        while (n < all.size() && all[n].frontier == all[0].frontier)
            ++n;
        Batch batch;
        batch.ops.assign(all.begin(), all.begin() + long(n));
        const QString tip = m_store.localValue(synckeys::kOwnTip).toString();
        batch.header.team = m_store.localValue(synckeys::kTeam, QStringLiteral("summit")).toString();
        batch.header.replica = m_store.replicaId();
        batch.header.author = m_store.author();
        batch.header.firstSeq = batch.ops.front().seq;
        batch.header.lastSeq = batch.ops.back().seq;
        batch.header.previous = tip;
        batch.header.frontier = batch.ops.front().frontier;
        batch.header.hlcMin = batch.ops.front().hlc;
        batch.header.hlcMax = batch.ops.back().hlc;
        const QString message = QStringLiteral("summit batch %1 %2-%3")
                                    .arg(m_store.replicaId())
                                    .arg(batch.header.firstSeq)
                                    .arg(batch.header.lastSeq);
        auto commit = m_repo->appendBatch(ownRef(), encodeBatch(batch), message, tip);
        if (!commit)
            return commit.error();
        crashPoint("after-seal-commit");
        StoreTransaction t(m_store);
        if (Status s = m_store.setLocalValue(synckeys::kSealedSeq, batch.header.lastSeq); !s)
            return s.error();
        if (Status s = m_store.setLocalValue(synckeys::kOwnTip, commit.value()); !s)
            return s.error();
        if (Status s = t.commit(); !s)
            return s.error();
        sealedOps += int(n);
    }
    return sealedOps;
}

Status SyncEngine::takeNewReplicaId(const QString& confirmedTip)
{
    Q_UNUSED(confirmedTip);
    // The store forgets the old id's own batches (sealed, tip, pushed) in the same transaction.
    return m_store.changeReplicaId(m_store.localValue(synckeys::kPushedSeq, 0).toLongLong());
}

Result<SyncReport> SyncEngine::integrateFetched()
{
    SyncReport report;
    for (const QString& ref : m_repo->refs(kRemotePrefix)) {
        const QString replica = ref.mid(kRemotePrefix.size());
        if (replica == m_store.replicaId())
            continue;
        auto tip = m_repo->tip(ref);
        if (!tip) {
            report.problems << tip.message();
            continue;
        }
        const QString cursorKey = QStringLiteral("sync.cursor.") + replica;
        const QString cursor = m_store.localValue(cursorKey).toString();
        if (tip.value() == cursor)
            continue;
        auto batches = m_repo->batchesSince(tip.value(), cursor);
        if (!batches) {
            report.problems
                << SyncText::tr("Changes of replica %1 were skipped: %2").arg(replica, batches.message());
            continue;
        }
        for (const BatchCommit& c : batches.value()) {
            const QString where = SyncText::tr("%1 (replica %2)").arg(c.id.left(12), replica);
            auto batch = decodeBatch(c.blob, where);
            if (!batch) {
                // Later batches of this replica build on this one: stop here and
                // try again next round; nothing of it was applied.
                report.problems << batch.message();
                break;
            }
            bool own = batch.value().header.replica == replica;
            for (StampedOperation& s : batch.value().ops) {
                own = own && s.replica == replica;
                s.frontier = batch.value().header.frontier;
            }
            if (!own) {
                report.problems << SyncText::tr(
                                       "Batch %1 holds operations of another replica; it was refused.")
                                       .arg(where);
                break;
            }
            StoreTransaction t(m_store);
            auto fresh = m_store.integrate(batch.value().ops);
            if (!fresh) {
                report.problems
                    << SyncText::tr("Batch %1 could not be applied: %2").arg(where, fresh.message());
                break;
            }
            crashPoint("mid-integrate");
            if (Status s = m_store.setLocalValue(cursorKey, c.id); !s)
                return s.error();
            if (Status s = t.commit(); !s)
                return s.error();
            report.receivedOperations += fresh.value();
            ++report.appliedBatches;
        }
    }
    return report;
}

// The database remembers batches its git directory does not hold: it was copied,
// restored from a backup, or its .sync folder was removed. Its confirmed operations are
// on the remote already; the rest go out under a new replica id, so nothing is lost and
// nobody else's ref is touched.
Status SyncEngine::leaveCopiedReplicaId(SyncReport& report)
{
    auto ownTip = m_repo->tip(ownRef());
    if (!ownTip)
        return ownTip.status();
    if (!ownTip.value().isEmpty() || m_store.localValue(synckeys::kOwnTip).toString().isEmpty())
        return {};
    if (Status s = takeNewReplicaId(QString()); !s)
        return s;
    report.replicaIdChanged = true;
    return {};
}

// Pushes the own ref, fast-forward only. A rejection means someone else writes our ref:
// this database is a copy or a restored backup. It continues under a new replica id and
// pushes once more; nothing is lost.
Status SyncEngine::pushOwnRef(const QString& url, const Credentials& credentials, SyncReport& report)
{
    // A replica that has never written anything has no ref to push yet.
    const bool nothingToPush = m_store.localValue(synckeys::kOwnTip).toString().isEmpty();
    auto pushed =
        nothingToPush ? Result<PushOutcome>(PushOutcome::UpToDate) : m_repo->push(url, ownRef(), credentials);
    if (!pushed)
        return pushed.error();
    if (pushed.value() == PushOutcome::Rejected) {
        if (Status s = takeNewReplicaId(QString()); !s)
            return s;
        report.replicaIdChanged = true;
        if (auto again = seal(); !again)
            return again.error();
        pushed = m_repo->push(url, ownRef(), credentials);
        if (!pushed)
            return pushed.error();
        if (pushed.value() == PushOutcome::Rejected)
            return Error{
                SyncText::tr("The remote %1 refused this replica's changes twice; sync stopped.").arg(url),
                {}};
    }
    if (pushed.value() == PushOutcome::Pushed)
        ++report.pushedBatches;
    return {};
}

// Every fetch that brings objects adds a pack, and every local batch three loose
// objects, which push and fetch check before libgit2 reads them. A writer whose
// teammates are quiet receives no packs, so loose objects count on their own.
// A failed repack loses nothing (the next round tries again) but is reported.
void SyncEngine::repackIfDue(SyncReport& report)
{
    if (m_repo->packCount() > kMaxPacks || m_repo->looseObjectCount() > kMaxLooseObjects) {
        if (Status s = m_repo->repack(RepackScope::SmallPacks); !s)
            report.problems << s.message();
    }
}

Result<SyncReport> SyncEngine::sync(const QString& url, const Credentials& credentials)
{
    auto fail = [&](const Error& e) -> Result<SyncReport> {
        // The caller gets e either way; keeping it for status() is a courtesy.
        (void)recordError(e.message);
        return e;
    };
    if (Status s = m_store.setLocalValue(synckeys::kRemote, url); !s)
        return s.error();
    SyncReport report;
    if (Status s = leaveCopiedReplicaId(report); !s)
        return fail(s.error());
    auto sealed = seal();
    if (!sealed)
        return fail(sealed.error());
    report.sealedOperations = sealed.value();

    crashPoint("before-push");
    if (Status s = pushOwnRef(url, credentials, report); !s)
        return fail(s.error());
    if (Status s = m_store.setLocalValue(synckeys::kPushedSeq, m_store.localValue(synckeys::kSealedSeq, 0));
        !s)
        return s.error();
    crashPoint("after-push");

    auto fetched = m_repo->fetch(url, credentials);
    if (!fetched)
        return fail(fetched.error());
    crashPoint("after-fetch");
    auto integrated = integrateFetched();
    if (!integrated)
        return fail(integrated.error());
    report.receivedOperations = integrated.value().receivedOperations;
    report.appliedBatches = integrated.value().appliedBatches;
    report.problems = integrated.value().problems;
    const QString syncedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    if (Status s = m_store.setLocalValue(key("last_sync"), syncedAt); !s)
        report.problems << s.message();
    repackIfDue(report);
    // The report carries the same problems to the caller; keeping them for status() is a courtesy.
    (void)recordError(report.problems.isEmpty() ? QString() : report.problems.join(QLatin1Char('\n')));
    return report;
}

SyncStatus SyncEngine::status()
{
    SyncStatus s;
    s.remote = m_store.localValue(synckeys::kRemote).toString();
    s.replica = m_store.replicaId();
    s.pendingOperations =
        m_store.countOwnOperationsAfter(m_store.localValue(synckeys::kPushedSeq, 0).toLongLong());
    s.lastSync = QDateTime::fromString(m_store.localValue(key("last_sync")).toString(), Qt::ISODateWithMs);
    s.lastError = m_store.localValue(key("last_error")).toString();
    s.knownReplicas = m_store.countLocalValues(QStringLiteral("sync.cursor."));
    return s;
}

} // namespace summit::sync
