// The facade of the store and its write path: transactions, stamping,
// last-writer-wins per field, notifications. The parts it calls are named in
// StorePrivate.h.
#include "store/Store.h"
#include "CoreText.h"
#include "store/CustomFields.h"
#include "store/StorePrivate.h"

#include "model/Schema.h"
#include "search/SearchIndex.h"
#include "store/Ids.h"
#include "store/Migrations.h"
#include "store/SyncKeys.h"

#include <cstdlib>

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QSqlQuery>
#include <QSqlRecord>
#include <algorithm>

namespace summit {

QString opKindName(OpKind kind)
{
    switch (kind) {
    case OpKind::Set:
        return QStringLiteral("set");
    case OpKind::Delete:
        return QStringLiteral("delete");
    case OpKind::Restore:
        return QStringLiteral("restore");
    case OpKind::Move:
        return QStringLiteral("move");
    }
    return {};
}

bool opKindFromName(const QString& name, OpKind* kind)
{
    for (OpKind k : {OpKind::Set, OpKind::Delete, OpKind::Restore, OpKind::Move})
        if (opKindName(k) == name) {
            *kind = k;
            return true;
        }
    return false;
}

Store::Store() : m_parts(std::make_unique<Parts>(m_db))
{
    qRegisterMetaType<summit::ChangeSet>();
}

Store::~Store() = default;

Result<std::unique_ptr<Store>> Store::open(const QString& path, OpenMode mode)
{
    std::unique_ptr<Store> store(new Store());
    if (Status s = store->m_db.open(path, mode); !s)
        return s.error();
    if (Status s = migrations::upgrade(store->m_db); !s)
        return s.error();
    if (Status s = store->init(); !s)
        return s.error();
    // From here on, only the store's write paths may write (see Writable).
    if (Status s = store->m_db.exec(QStringLiteral("PRAGMA query_only=ON")); !s)
        return s.error();
    return store;
}

Store::Writable::Writable(Store& store) : m_store(store)
{
    // A failure here shows up as the write's own error ("readonly database").
    if (m_store.m_writers++ == 0 && m_store.m_db.isOpen())
        (void)m_store.m_db.exec(QStringLiteral("PRAGMA query_only=OFF"));
}

Store::Writable::~Writable()
{
    if (--m_store.m_writers == 0 && m_store.m_db.isOpen())
        (void)m_store.m_db.exec(QStringLiteral("PRAGMA query_only=ON"));
}

StoreTransaction::StoreTransaction(Store& store) : m_writable(store), m_transaction(store.m_db) {}

Result<std::vector<StampedOperation>> Store::ownOperationsAfter(qint64 afterSeq, int limit)
{
    return m_parts->log.operationsOf(m_replica, afterSeq, limit);
}

qint64 Store::countOwnOperationsAfter(qint64 seq)
{
    return m_parts->log.countAfter(m_replica, seq);
}

int Store::countLocalValues(const QString& prefix)
{
    return m_parts->settings.countWithPrefix(prefix);
}

bool Store::yieldTo(const std::function<bool()>& report)
{
    const bool before = std::exchange(m_yielding, true);
    const bool answer = report();
    m_yielding = before;
    return answer;
}

Status Store::checkWritable() const
{
    if (m_yielding)
        return Status::fail(CoreText::tr("Summit is still saving a large change; this change was not saved. "
                                         "Try again when it is done."));
    if (!m_db.isReadOnly())
        return {};
    return Status::fail(
        CoreText::tr("%1 is open read-only, so this change was not saved. To make changes, copy the "
                     "file to a folder you can write to and open the copy.")
            .arg(QDir::toNativeSeparators(m_db.path())));
}

Status Store::init()
{
    // First: another process's commit after this point changes data_version, so the
    // first write catches up with it (catchUpWithFile). Read after the state below,
    // a commit in between would leave the sequence number stale and two operations
    // with one id (two summit-cli processes started at once on one file).
    m_dataVersion = m_db.scalar(QStringLiteral("PRAGMA data_version")).toLongLong();
    m_replica = localValue(QStringLiteral("replica_id")).toString();
    if (m_replica.isEmpty() && !isReadOnly()) {
        m_replica = ids::newReplicaId();
        if (Status s = setLocalValue(QStringLiteral("replica_id"), m_replica); !s)
            return s;
    }
    m_seq = m_parts->log.lastSeq(m_replica);
    // The clock resumes after the newest operation ever written or received. It
    // is kept with each transaction: max(hlc) over the log is a full scan
    // (300 ms on a million operations) that every start would pay.
    const QVariant saved = localValue(QStringLiteral("clock_last"));
    if (saved.isValid()) {
        m_clock.setLast(saved.toULongLong());
    } else {
        // A database from before the clock was kept: scan once and keep it.
        m_clock.setLast(m_parts->log.newestClock());
        if (Status s = isReadOnly() ? Status() : saveClock(); !s)
            return s;
    }
    m_author = localValue(QStringLiteral("author")).toString();
    m_seenOp = m_parts->log.lastNumber();
    return {};
}

Status Store::saveClock()
{
    return setLocalValue(QStringLiteral("clock_last"), qint64(m_clock.last()));
}

void Store::catchUpWithFile()
{
    const qint64 version = m_db.scalar(QStringLiteral("PRAGMA data_version")).toLongLong();
    if (version == m_dataVersion)
        return;
    m_dataVersion = version;
    // A replica id taken by the sync worker (this file was a copy of another
    // database): local writes must go out under the new one, numbered after it.
    const QString replica = localValue(QStringLiteral("replica_id")).toString();
    if (!replica.isEmpty())
        m_replica = replica;
    // Another process on this file (summit-cli beside the app, a second
    // summit-cli) writes under the same replica id: number after its operations,
    // or two operations would share an id. An index lookup.
    m_seq = m_parts->log.lastSeq(m_replica);
    // Operations integrated elsewhere advance the clock (so a later local edit
    // wins over what it has seen) and the frontier (so it is not taken for a
    // concurrent write). Only the operations added since the last look are read.
    if (const auto added = m_parts->log.newestAfter(m_seenOp)) {
        m_clock.observe(added->first);
        m_seenOp = added->second;
    }
    forgetCachedLogState();
}

void Store::forgetCachedLogState()
{
    m_frontierId = -1;
    m_parts->conflicts.forget();
}

void Store::notifyExternalChange()
{
    ChangeSet all;
    all.everything = true;
    notifyExternalChange(all);
}

void Store::notifyExternalChange(const ChangeSet& what)
{
    catchUpWithFile();
    ChangeSet set = what;
    set.remote = true;
    if (set.everything)
        for (const model::EntityDef& def : model::entities())
            set.entities.insert(def.name);
    emit changed(set);
}

QString Store::path() const
{
    return m_db.path();
}

void Store::setWallClock(HybridClock::WallClock wall)
{
    const quint64 last = m_clock.last();
    m_clock = HybridClock(std::move(wall));
    m_clock.setLast(last);
}

QVariant Store::localValue(const QString& key, const QVariant& fallback)
{
    return m_parts->settings.value(key, fallback);
}

Status Store::setLocalValue(const QString& key, const QVariant& value)
{
    if (Status s = checkWritable(); !s)
        return s;
    Writable writable(*this);
    return m_db.explainWrite(m_parts->settings.set(key, value));
}

Status Store::recordHealthScores(const QDate& day, const QHash<QString, int>& scores)
{
    if (Status s = checkWritable(); !s)
        return s;
    if (!day.isValid())
        return Status::fail(CoreText::tr("Health scores need the day they were computed for."));
    Writable writable(*this);
    Transaction t(m_db);
    if (!t.status())
        return m_db.explainWrite(t.status());
    const QString dayText = day.toString(Qt::ISODate);
    Statement& keep = m_db.fast(
        QStringLiteral("INSERT OR REPLACE INTO health_scores (day, account_id, score) VALUES (?, ?, ?)"));
    for (auto it = scores.cbegin(); it != scores.cend(); ++it) {
        keep.bind(1, dayText).bind(2, it.key()).bind(3, qint64(it.value()));
        if (!keep.exec())
            return m_db.explainWrite(Status::fail(keep.error()));
    }
    if (Status s = m_db.exec(QStringLiteral("DELETE FROM health_scores WHERE day < ?"),
                             {day.addDays(-kHealthScoreDays).toString(Qt::ISODate)});
        !s)
        return m_db.explainWrite(s);
    return m_db.explainWrite(t.commit());
}

Result<bool> Store::tidySearchIndex(int pages)
{
    if (Status s = checkWritable(); !s)
        return s.error();
    Writable writable(*this);
    Transaction t(m_db);
    if (!t.status())
        return m_db.explainWrite(t.status());
    auto worked = search::mergeStep(m_db, pages);
    if (!worked)
        return m_db.explainWrite(worked.status());
    if (Status s = t.commit(); !s)
        return m_db.explainWrite(s);
    return worked;
}

// ---------------------------------------------------------------- reads

Result<QVariantMap> Store::record(const QString& entity, const QString& id)
{
    const model::EntityDef* def = model::entity(entity);
    if (!def)
        return Result<QVariantMap>::fail(CoreText::tr("Unknown record type \"%1\".").arg(entity));
    auto r = m_db.run(QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(def->table), {id});
    if (!r)
        return r.error();
    QSqlQuery* q = r.value();
    if (!q->next())
        return Result<QVariantMap>::fail(
            CoreText::tr("No %1 with id %2.").arg(model::entityLabel(entity), id));
    QVariantMap row;
    const QSqlRecord rec = q->record();
    for (int i = 0; i < rec.count(); ++i)
        row.insert(rec.fieldName(i), q->value(i));
    q->finish();
    if (model::customizableEntities().contains(entity))
        row.insert(custom::valuesOf(m_db, entity, id));
    return row;
}

QString Store::entityOf(const QString& id)
{
    return m_parts->log.entityOf(id);
}

Result<QVariantMap> Store::find(const QString& id)
{
    const QString entity = entityOf(id);
    if (entity.isEmpty())
        return Result<QVariantMap>::fail(CoreText::tr("No record with id %1.").arg(id));
    auto r = record(entity, id);
    if (!r)
        return r;
    QVariantMap row = r.value();
    row.insert(QStringLiteral("entity"), entity);
    return row;
}

quint64 Store::operationCount()
{
    return m_parts->log.count();
}

// ---------------------------------------------------------------- the write path

Status Store::apply(const Change& change, const ApplyOptions& options)
{
    if (change.ops.empty())
        return {};
    return inLocalTransaction([&](Pending& pending) {
        return applyLocal(change.label, change.ops, QStringLiteral("user"), options.undoable, pending,
                          options.progress);
    });
}

Status Store::tryOut(const Change& change, const std::function<Status()>& body)
{
    if (Status s = checkWritable(); !s)
        return s;
    const qint64 seqBefore = m_seq;
    const quint64 clockBefore = m_clock.last();
    Status s;
    {
        Pending pending;
        Writable writable(*this);
        Transaction t(m_db); // never committed: rolled back when it goes out of scope
        s = t.status();
        if (s)
            catchUpWithFile();
        if (s)
            s = applyLocal(change.label, change.ops, QStringLiteral("user"), false, pending);
        if (s)
            s = body();
    }
    m_seq = seqBefore;
    m_clock.setLast(clockBefore);
    forgetCachedLogState(); // rows written in the transaction are gone with it
    return s;
}

Status Store::inLocalTransaction(const std::function<Status(Pending&)>& body)
{
    if (Status s = checkWritable(); !s)
        return s;
    Pending pending;
    Writable writable(*this);
    Transaction t(m_db);
    Status s = t.status();
    // Under the write lock (BEGIN IMMEDIATE) nobody else can write until this
    // change commits, so what is read here stays true while it is stamped.
    if (s)
        catchUpWithFile();
    const qint64 seqBefore = m_seq;
    const quint64 clockBefore = m_clock.last();
    if (s)
        s = body(pending);
    if (s)
        s = saveClock();
#ifdef SUMMIT_CRASH_POINTS
    // Test builds: stop dead with the change written but not committed (an import
    // killed halfway), to prove that nothing of it survives.
    if (s && qgetenv("SUMMIT_CRASH_AT") == "before-local-commit")
        std::_Exit(137);
#endif
    if (s)
        s = t.commit();
    if (!s) {
        m_seq = seqBefore; // nothing was written: the numbers are free again
        m_clock.setLast(clockBefore);
        // The frontier row these operations would have named may have been
        // written in this transaction, and is gone with it: look again next time.
        forgetCachedLogState();
        return m_db.explainWrite(s); // a full disk or a busy file in words, naming the file
    }
    notifyAfterCommit(pending.set);
    return {};
}

void Store::notifyAfterCommit(const ChangeSet& set)
{
    m_unsent.entities.unite(set.entities);
    m_unsent.ids.unite(set.ids);
    m_unsent.remote = m_unsent.remote || set.remote;
    m_unsent.everything = m_unsent.everything || set.everything;
    if (m_noticeQueued)
        return;
    m_noticeQueued = true;
    m_db.whenOutermostEnds([this](bool committed) {
        const ChangeSet done = std::exchange(m_unsent, ChangeSet{});
        m_noticeQueued = false;
        if (committed)
            emit changed(done);
    });
}

Status Store::applyLocal(const QString& label, const std::vector<Operation>& ops, const QString& kind,
                         bool undoable, Pending& pending, const std::function<bool(qint64, qint64)>& progress)
{
    // Every 2,000 operations (a tenth of a second or so) the caller may show progress and cancel.
    constexpr qint64 kProgressEvery = 2000;
    const qint64 total = qint64(ops.size());
    auto report = [&](qint64 done) -> Status {
        if (!yieldTo([&] { return progress(done, total); }))
            return Status::fail(CoreText::tr("Cancelled; nothing of the change was saved."));
        return {};
    };
    qint64 done = 0;
    for (const Operation& op : ops) {
        if (Status s = applyOne(op, pending); !s)
            return s;
        if (progress && ++done % kProgressEvery == 0 && done < total)
            if (Status s = report(done); !s)
                return s;
    }
    if (progress && total >= kProgressEvery) // every operation written; the search index follows
        if (Status s = report(total); !s)
            return s;
    if (Status s = search::writeIndex(m_db, pending.reindex, &pending.created); !s)
        return s;
    if (undoable)
        return m_parts->undo.record(label, pending.firstOp, pending.lastOp, kind);
    return {};
}

Status Store::applyOne(const Operation& op, Pending& pending)
{
    const model::EntityDef* def = model::entity(op.entity);
    QVariantMap current;
    bool exists = false;
    if (def) {
        // Most operations of a bulk import create records: ask cheaply first.
        Statement& known = m_db.fast(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(def->table));
        known.bind(1, op.id);
        exists = known.step();
        known.reset();
        if (exists) {
            auto row = record(op.entity, op.id);
            exists = row.isOk();
            if (exists)
                current = row.value();
        }
    }
    if (Status s = m_parts->checks.check(op, exists ? &current : nullptr); !s)
        return s;

    StampedOperation sop;
    sop.hlc = m_clock.tick();
    sop.seq = ++m_seq;
    sop.replica = m_replica;
    sop.opId = QStringLiteral("%1:%2").arg(m_replica).arg(sop.seq);
    sop.author = m_author;
    sop.op = op;
    if (Status s = writeStamped(sop, true, pending); !s)
        return s;
    if (exists || op.kind != OpKind::Set)
        pending.created.remove(op.id); // written again: the row is what counts now
    else
        pending.created.insert(op.id, &op.fields);
    return {};
}

// The frontier row the operation is logged under: for a local one what this
// replica has integrated (cached until something moves it), for a remote one
// the frontier its writer had, which the operations of one batch share.
Result<qint64> Store::frontierRowFor(const StampedOperation& sop, bool local, Pending& pending)
{
    if (local) {
        if (m_frontierId < 0) {
            auto row = m_parts->log.frontierRow(integratedFrontier());
            if (!row)
                return row;
            m_frontierId = row.value();
        }
        return m_frontierId;
    }
    if (pending.remoteFrontierId > 0 && pending.remoteFrontier == sop.frontier)
        return pending.remoteFrontierId;
    auto row = m_parts->log.frontierRow(sop.frontier);
    if (row) {
        pending.remoteFrontier = sop.frontier;
        pending.remoteFrontierId = row.value();
    }
    return row;
}

// A remote write changes an account's trees only when it moves a node (a tree
// field, handled per field) or brings a node into or out of an account (the
// account field) that some move names: its own earlier moves, or moves to it
// as a parent, which could not apply while it was elsewhere. A new person
// nobody reports to, and every other edit, leave the trees alone, so neither
// costs a replay of the account, however large it is.
Result<bool> Store::remoteWriteTouchesTrees(const model::EntityDef& def, const StampedOperation& sop,
                                            const FieldValues& fields)
{
    const bool treeEntity =
        std::any_of(def.fields.begin(), def.fields.end(), [](const auto& f) { return f.tree; });
    const bool accountWritten = std::any_of(fields.begin(), fields.end(),
                                            [&](const auto& fv) { return fv.first == def.accountField; });
    if (!treeEntity || !accountWritten)
        return false;
    for (const model::FieldDef& f : def.fields) {
        if (!f.tree)
            continue;
        auto moved = m_parts->log.hasWrite(sop.op.id, f.name);
        if (!moved || moved.value())
            return moved;
    }
    return m_parts->log.namedAsParent(sop.op.id);
}

// Whether a write of field `name` takes the field's place in the materialised
// row (it may still lose to an identical write already logged).
Result<bool> Store::fieldWins(const StampedOperation& sop, bool local, bool unseen, const QString& name,
                              bool tree, Pending& pending)
{
    if (local) {
        // A local write has seen every value integrated so far: it settles the field.
        if (Status s = m_parts->conflicts.settle(sop.op.id, name); !s)
            return s.error();
        return true; // a local operation carries the newest clock value
    }
    pending.conflictRecords.insert(sop.op.id);
    if (tree)
        return false; // resolved by replaying the tree's moves in order
    if (unseen)
        return true;
    auto latest = m_parts->log.latest(sop.op.id, name);
    if (!latest)
        return latest.error();
    if (!latest.value())
        return true;
    pending.conflictFields.insert({sop.op.id, name});
    return merge::newerThan(sop.hlc, sop.replica, latest.value()->hlc, latest.value()->replica);
}

Status Store::writeStamped(const StampedOperation& sop, bool local, Pending& pending)
{
    const model::EntityDef* def = model::entity(sop.op.entity);
    if (!def)
        return Status::fail(
            CoreText::tr("Unknown record type \"%1\" in operation %2.").arg(sop.op.entity, sop.opId));
    auto frontier = frontierRowFor(sop, local, pending);
    if (!frontier)
        return frontier.status();
    auto logged = m_parts->log.append(sop, frontier.value());
    if (!logged)
        return logged.status();
    const qint64 n = logged.value();
    // A local operation's id is new by construction: if it is taken, something
    // else wrote under this replica's id, and the edit must not vanish quietly.
    if (n == 0 && local)
        return Status::fail(
            CoreText::tr("The operation log already holds an operation with the id %1, so this change "
                         "was not saved: another database writes under this device's id.")
                .arg(sop.opId));
    if (n == 0)
        return {}; // already integrated: operation ids make a replay harmless
    if (pending.firstOp == 0)
        pending.firstOp = n;
    pending.lastOp = n;

    FieldValues fields = sop.op.fields;
    if (sop.op.kind == OpKind::Delete)
        fields = {{kDeletedField, 1}};
    else if (sop.op.kind == OpKind::Restore)
        fields = {{kDeletedField, 0}};

    bool treeTouched = false;
    if (!local) {
        auto touches = remoteWriteTouchesTrees(*def, sop, fields);
        if (!touches)
            return touches.status();
        treeTouched = touches.value();
    }
    auto accountOf = [&] {
        return m_db
            .scalar(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(def->accountField, def->table),
                    {sop.op.id})
            .toString();
    };
    if (treeTouched) // the account the node leaves, if any, loses it from its trees
        if (const QString previous = accountOf(); !previous.isEmpty())
            pending.treeAccounts.insert(previous);
    // A record this replica has never seen has no earlier write of any field to
    // compare with: one lookup of its row instead of one per field (a remote
    // batch, like an import, is mostly new records). Every write materialises
    // the row, so a record without one has no writes in the log either.
    bool unseen = false;
    if (!local) {
        Statement& known = m_db.fast(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(def->table));
        known.bind(1, sop.op.id);
        unseen = !known.step();
        const QString error = known.error();
        known.reset();
        if (!error.isEmpty())
            return Status::fail(error);
    }
    FieldValues winners;
    winners.reserve(fields.size());
    for (const auto& [name, value] : fields) {
        const model::FieldDef* f = def->field(name);
        // A custom field's value: any well-formed key of a type that can have them
        // (a remote definition may arrive in a later batch than its values).
        const bool customValue =
            !f && model::customizableEntities().contains(sop.op.entity) && model::isCustomFieldKey(name);
        if (!f && name != kDeletedField && !customValue)
            return Status::fail(CoreText::tr("%1 has no field \"%2\" (operation %3).")
                                    .arg(model::entityLabel(sop.op.entity), name, sop.opId));
        const bool tree = f && f->tree;
        auto wins = fieldWins(sop, local, unseen, name, tree, pending);
        if (!wins)
            return wins.status();
        treeTouched = treeTouched || (tree && !local);
        auto added = m_parts->log.appendField({sop.op.id, name, value, sop.hlc, sop.replica}, n);
        if (!added)
            return added.status();
        // The same field twice in one operation: the first write stands.
        if (wins.value() && added.value())
            winners.emplace_back(name, value);
    }
    if (Status s = m_parts->tables.write(sop.op.entity, sop.op.id, sop.hlc, winners); !s)
        return s;
    if (treeTouched)
        if (const QString account = accountOf(); !account.isEmpty())
            pending.treeAccounts.insert(account);
    pending.set.entities.insert(sop.op.entity);
    pending.set.ids.insert(sop.op.id);
    if (def->searchable())
        pending.reindex.insert(sop.op.id, sop.op.entity);
    return {};
}

} // namespace summit
