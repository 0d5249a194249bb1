#include "sync/SyncEngine.h"
#include "sync/DeviceKey.h"

#include "store/OperationLog.h"
#include "store/RemoteAddress.h"
#include "store/Store.h"
#include "store/SyncKeys.h"
#include "sync/BatchFormat.h"
#include "sync/Quarantine.h"

#include <QCoreApplication>
#include <QDir>
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
const qint64 kDriftWarningMillis = 5 * 60 * 1000;

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

SyncEngine::SyncEngine(Store& store, std::unique_ptr<GitRepo> repo, QString keyPath)
    : m_store(store), m_repo(std::move(repo)), m_keyPath(std::move(keyPath))
{}

Result<const DeviceKey*> SyncEngine::deviceKey()
{
    if (!m_key) {
        auto loaded = DeviceKey::loadOrCreate(m_keyPath);
        if (!loaded)
            return loaded.error();
        m_key = std::make_unique<DeviceKey>(std::move(loaded).value());
    }
    return static_cast<const DeviceKey*>(m_key.get());
}

// Other replicas accept this device's batches only under the key its first signed
// batch named. A different key now (the key file was lost or replaced) could never
// continue that stream: what is not on the remote yet goes out under a new replica
// id, signed with the new key, as for a copied database.
Status SyncEngine::leaveReplacedKey(SyncReport* report)
{
    auto key = deviceKey();
    if (!key)
        return key.status();
    const QString recorded = m_store.localValue(synckeys::kOwnKey).toString();
    if (recorded.isEmpty() || recorded == QString::fromLatin1(key.value()->publicKey().toBase64()))
        return {};
    if (Status s = takeNewReplicaId(QString()); !s)
        return s;
    if (report) {
        report->replicaIdChanged = true;
        report->keyReplaced = true;
    }
    return {};
}

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
    return std::unique_ptr<SyncEngine>(new SyncEngine(
        store, std::move(repo.value()), QDir(gitDir).absoluteFilePath(QStringLiteral("device-key"))));
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
    if (Status s = leaveReplacedKey(); !s)
        return s.error();
    auto signer = deviceKey();
    if (!signer)
        return signer.error();
    const QString signerKey = QString::fromLatin1(signer.value()->publicKey().toBase64());
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
        auto commit = m_repo->appendBatch(ownRef(), encodeBatch(batch, signer.value()), message, tip);
        if (!commit)
            return commit.error();
        crashPoint("after-seal-commit");
        StoreTransaction t(m_store);
        if (Status s = m_store.setLocalValue(synckeys::kSealedSeq, batch.header.lastSeq); !s)
            return s.error();
        if (Status s = m_store.setLocalValue(synckeys::kOwnTip, commit.value()); !s)
            return s.error();
        if (Status s = m_store.setLocalValue(synckeys::kOwnKey, signerKey); !s)
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

// Each device's new batches, oldest first, one at a time. A batch passes the
// transport's checks here (its place in the device's chain, its sequence numbers,
// its team) and the store's admission of every operation (Store::integrate); one
// that fails is quarantined (Quarantine.h) and the device's later batches wait
// behind it, while the other devices' streams go on.
Result<SyncReport> SyncEngine::integrateFetched()
{
    SyncReport report;
    const QString team = m_store.localValue(synckeys::kTeam).toString();
    for (const QString& ref : m_repo->refs(kRemotePrefix)) {
        const QString replica = ref.mid(kRemotePrefix.size());
        if (replica == m_store.replicaId())
            continue;
        auto refused = [&](const QString& commit, const QString& reason) -> Status {
            report.problems << reason;
            return quarantine(m_store, replica, commit, reason, QDateTime::currentDateTimeUtc());
        };
        auto tip = m_repo->tip(ref);
        if (!tip) {
            if (Status s = refused(QString(), tip.message()); !s)
                return s.error();
            continue;
        }
        const QString cursorKey = QStringLiteral("sync.cursor.") + replica;
        const QString cursor = m_store.localValue(cursorKey).toString();
        if (tip.value() == cursor)
            continue;
        auto chain = m_repo->batchChain(tip.value(), cursor);
        if (!chain) {
            if (Status s = refused(
                    tip.value(),
                    SyncText::tr("Changes of replica %1 were skipped: %2").arg(replica, chain.message()));
                !s)
                return s.error();
            continue;
        }
        QString previous = cursor;
        bool passed = true;
        for (const QString& id : chain.value()) {
            const QString where = SyncText::tr("%1 (replica %2)").arg(id.left(12), replica);
            auto problem = integrateBatch(id, where, replica, previous, team, report);
            if (!problem)
                return problem.error(); // the local database failed: stop the round
            if (!problem.value().isEmpty()) {
                // Later batches of this replica build on this one: they wait behind it.
                if (Status s = refused(id, problem.value()); !s)
                    return s.error();
                passed = false;
                break;
            }
            previous = id;
        }
        if (passed)
            if (Status s = release(m_store, replica); !s)
                return s.error();
    }
    return report;
}

// One batch of `replica`, checked and integrated in one transaction with its cursor.
// Returns why it was refused (empty when it was integrated); an error only when the
// local database failed.
Result<QString> SyncEngine::integrateBatch(const QString& id, const QString& where, const QString& replica,
                                           const QString& previous, const QString& team, SyncReport& report)
{
    auto commit = m_repo->readBatch(id);
    if (!commit)
        return commit.message();
    auto batch = decodeBatch(commit.value().blob, where);
    if (!batch)
        return batch.message();
    const BatchHeader& h = batch.value().header;
    bool own = h.replica == replica;
    for (StampedOperation& s : batch.value().ops) {
        own = own && s.replica == replica;
        s.frontier = h.frontier;
    }
    if (!own)
        return SyncText::tr("Batch %1 holds operations of another replica; it was refused.").arg(where);
    if (h.previous != previous)
        return SyncText::tr("Batch %1 names %2 as the batch before it, but it follows %3 in the device's "
                            "history; it was refused.")
            .arg(where, h.previous.isEmpty() ? SyncText::tr("none") : h.previous.left(12),
                 previous.isEmpty() ? SyncText::tr("nothing") : previous.left(12));
    if (!team.isEmpty() && h.team != team)
        return SyncText::tr("Batch %1 belongs to team \"%2\", not to this team; it was refused.")
            .arg(where, h.team.left(80));
    // A device's stream belongs to the key of its first signed batch: nobody else can
    // continue it, and once signed it never goes back to unsigned batches.
    const QString streamKey = synckeys::kStreamKeyPrefix + replica;
    const QString boundKey = m_store.localValue(streamKey).toString();
    const QString batchKey = QString::fromLatin1(h.key.toBase64());
    if (!boundKey.isEmpty() && h.key.isEmpty())
        return SyncText::tr("Batch %1 is not signed, but device %2 signs its batches; it was refused.")
            .arg(where, replica.left(80));
    if (!boundKey.isEmpty() && batchKey != boundKey)
        return SyncText::tr("Batch %1 is signed with a key that is not device %2's: someone else wrote it. "
                            "It was refused.")
            .arg(where, replica.left(80));
    if (!batch.value().ops.empty()) {
        // Sequence numbers continue the device's last integrated one: a gap means
        // operations were held back or removed, and what follows would rest on them.
        // A batch that starts at or before it is a replay (a lost cursor, a restored
        // copy): operations already here are skipped by their ids.
        const qint64 last = m_store.confirmedSeqOf(replica);
        if (h.firstSeq > last + 1)
            return SyncText::tr("Batch %1 starts at operation %2 of the device, but operation %3 comes next; "
                                "it was refused.")
                .arg(where)
                .arg(h.firstSeq)
                .arg(last + 1);
    }
    StoreTransaction t(m_store);
    auto fresh = m_store.integrate(batch.value().ops);
    if (!fresh)
        return SyncText::tr("Batch %1 could not be applied: %2").arg(where, fresh.message());
    crashPoint("mid-integrate");
    if (Status s = m_store.setLocalValue(QStringLiteral("sync.cursor.") + replica, id); !s)
        return s.error();
    if (boundKey.isEmpty() && !h.key.isEmpty())
        if (Status s = m_store.setLocalValue(streamKey, batchKey); !s)
            return s.error();
    if (Status s = t.commit(); !s)
        return s.error();
    report.receivedOperations += fresh.value();
    ++report.appliedBatches;
    noteDrift(replica, h.hlcMax, report);
    return QString();
}

// SYNC.md: acceptance never waits for the wall clock, but a device whose clock is
// more than five minutes ahead of this one's is named, once per round.
void SyncEngine::noteDrift(const QString& replica, quint64 hlcMax, SyncReport& report)
{
    const qint64 ahead = HybridClock::millis(hlcMax) - m_store.clock().wallMillis();
    if (ahead <= kDriftWarningMillis || report.driftingReplicas.contains(replica))
        return;
    report.driftingReplicas << replica;
    report.warnings << SyncText::tr("The clock of device %1 is %n minute(s) ahead of this computer's. Its "
                                    "changes are accepted, but one of the two clocks is wrong.",
                                    nullptr, int(std::min<qint64>(ahead / 60000, 1 << 30)))
                           .arg(replica);
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
        // Everything was on the remote already (someone appended to the ref behind it):
        // the new id has nothing to send yet.
        if (m_store.localValue(synckeys::kOwnTip).toString().isEmpty())
            return {};
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

Result<SyncReport> SyncEngine::sync(const QString& typedUrl, const Credentials& given)
{
    // A token typed into the address is used for this round, never stored or repeated.
    const remote::Address address = remote::split(typedUrl);
    const QString& url = address.url;
    const Credentials credentials = withTokenOf(address, given);
    auto fail = [&](Error e) -> Result<SyncReport> {
        e.message = remote::scrub(e.message, address.secret);
        // The caller gets e either way; keeping it for status() is a courtesy.
        (void)recordError(e.message);
        return e;
    };
    if (Status s = m_store.setLocalValue(synckeys::kRemote, url); !s)
        return s.error();
    SyncReport report;
    if (Status s = leaveCopiedReplicaId(report); !s)
        return fail(s.error());
    if (Status s = leaveReplacedKey(&report); !s)
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
    report.warnings = integrated.value().warnings;
    report.driftingReplicas = integrated.value().driftingReplicas;
    const QString syncedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    if (Status s = m_store.setLocalValue(key("last_sync"), syncedAt); !s)
        report.problems << s.message();
    repackIfDue(report);
    for (QString& p : report.problems)
        p = remote::scrub(p, address.secret);
    for (QString& w : report.warnings)
        w = remote::scrub(w, address.secret);
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
    s.signingReplicas = m_store.countLocalValues(synckeys::kStreamKeyPrefix);
    const QByteArray ownKey =
        QByteArray::fromBase64(m_store.localValue(synckeys::kOwnKey).toString().toLatin1());
    if (!ownKey.isEmpty())
        s.deviceKey = DeviceKey::fingerprint(ownKey);
    s.quarantined = quarantined(m_store);
    return s;
}

} // namespace summit::sync
