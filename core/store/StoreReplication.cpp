// Remote operations, trees, conflicts, replica ids and rebuilding from the log.
#include "store/StorePrivate.h"

#include "search/SearchIndex.h"
#include "store/Ids.h"
#include "store/SyncKeys.h"

#include <QSqlQuery>
#include <algorithm>

namespace summit {

// ---------------------------------------------------------------- remote operations and trees

Result<int> Store::integrate(const std::vector<StampedOperation>& ops)
{
    if (Status s = checkWritable(); !s)
        return s;
    auto fresh = integrateInTransaction(ops);
    if (!fresh)
        return m_db.explainWrite(fresh.status()); // a full disk or a busy file in words
    return fresh;
}

Result<int> Store::integrateInTransaction(const std::vector<StampedOperation>& ops)
{
    Pending pending;
    Writable writable(*this);
    Transaction t(m_db);
    if (!t.status())
        return t.status();
    // A refused batch changes nothing, the clock included.
    const quint64 clockBefore = m_clock.last();
    auto refuse = [&](const Status& s) {
        m_clock.setLast(clockBefore);
        forgetCachedLogState();
        return s;
    };
    int fresh = 0;
    for (const StampedOperation& sop : ops) {
        if (Status s = admit(sop); !s)
            return refuse(s);
        const qint64 before = pending.lastOp;
        if (Status s = writeStamped(sop, false, pending); !s)
            return refuse(s);
        if (pending.lastOp != before)
            ++fresh;
        m_clock.observe(sop.hlc);
    }
    if (Status s = resolveTrees(pending.treeAccounts, pending); !s)
        return refuse(s);
    if (Status s = rederiveConflicts(pending); !s)
        return refuse(s);
    if (Status s = search::writeIndex(m_db, pending.reindex); !s)
        return refuse(s);
    if (Status s = saveClock(); !s)
        return refuse(s);
    if (Status s = t.commit(); !s)
        return refuse(s);
    m_frontierId = -1; // what this replica has seen moved on
    if (fresh > 0) {
        pending.set.remote = true;
        notifyAfterCommit(pending.set);
    }
    return fresh;
}

Status Store::admit(const StampedOperation& sop)
{
    return m_parts->checks.admitRemote(sop, m_replica, m_clock, m_parts->log.entityOf(sop.op.id));
}

Status Store::rederiveConflicts(Pending& pending)
{
    for (const auto& [record, field] : pending.conflictFields)
        if (Status s = m_parts->conflicts.recompute(record, field); !s)
            return s;
    for (const QString& id : pending.conflictRecords)
        if (Status s = m_parts->conflicts.recomputeDelete(id, &pending.reindex); !s)
            return s;
    return {};
}

// Tree fields are decided by replaying every move of the account's tree in
// (hlc, replica) order and skipping a move that would make a node its own
// ancestor (Kleppmann et al. 2021). Concurrent moves thus never make a cycle,
// and every replica, whatever order the moves arrived in, ends with the same tree.
Status Store::resolveTrees(const QSet<QString>& accounts, Pending& pending)
{
    for (const model::EntityDef& def : model::entities()) {
        for (const model::FieldDef& f : def.fields) {
            if (!f.tree)
                continue;
            for (const QString& account : accounts) {
                QHash<QString, QString> stored;
                auto nodes = m_db.run(QStringLiteral("SELECT id, %1 FROM %2 WHERE %3 = ?")
                                          .arg(f.name, def.table, def.accountField),
                                      {account});
                if (!nodes)
                    return nodes.status();
                while (nodes.value()->next())
                    stored.insert(nodes.value()->value(0).toString(), nodes.value()->value(1).toString());
                auto moves = m_parts->log.treeMoves(def, f.name, account);
                if (!moves)
                    return moves.status();
                const QHash<QString, QString> parent =
                    merge::replayTree(stored.keys(), std::move(moves.value()));
                for (auto it = parent.cbegin(); it != parent.cend(); ++it) {
                    if (stored.value(it.key()) == it.value())
                        continue;
                    if (Status s = m_parts->tables.setParent(def, f.name, it.key(), it.value()); !s)
                        return s;
                    pending.set.ids.insert(it.key());
                    pending.set.entities.insert(def.name);
                }
            }
        }
    }
    return {};
}

// ---------------------------------------------------------------- rebuild

Status Store::rebuildFromLog()
{
    if (Status s = checkWritable(); !s)
        return s;
    Writable writable(*this);
    Transaction t(m_db);
    if (!t.status())
        return t.status();
    if (Status s = m_parts->tables.clear(); !s)
        return s;
    if (Status s = search::clearIndex(m_db); !s)
        return s;

    // Winner of each field: the newest write by (hlc, replica). Tree fields are
    // left to resolveTrees, which replays their moves.
    Pending pending;
    QString entity, id, lastField;
    FieldValues winners;
    quint64 minHlc = 0, maxHlc = 0;
    auto flush = [&]() -> Status {
        if (id.isEmpty())
            return {};
        if (Status s = m_parts->tables.write(entity, id, minHlc, winners); !s)
            return s;
        if (Status s = m_parts->tables.write(entity, id, maxHlc, {}); !s)
            return s;
        const model::EntityDef* def = model::entity(entity);
        if (def->searchable())
            pending.reindex.insert(id, entity);
        if (!def->accountField.isEmpty())
            for (const auto& fv : winners)
                if (fv.first == def->accountField)
                    pending.treeAccounts.insert(fv.second.toString());
        return {};
    };
    Status scanned =
        m_parts->log.scanNewestFirst([&](const QString& writeEntity, const FieldWrite& w) -> Status {
            if (w.id != id) {
                if (Status s = flush(); !s)
                    return s;
                entity = writeEntity;
                id = w.id;
                lastField.clear();
                winners.clear();
                minHlc = maxHlc = w.hlc;
            }
            minHlc = std::min(minHlc, w.hlc);
            maxHlc = std::max(maxHlc, w.hlc);
            if (w.field == lastField)
                return {}; // an older write of the same field
            lastField = w.field;
            const model::FieldDef* f = model::entity(entity)->field(w.field);
            if (!(f && f->tree))
                winners.emplace_back(w.field, w.value);
            return {};
        });
    if (!scanned)
        return scanned;
    if (Status s = flush(); !s)
        return s;
    if (Status s = resolveTrees(pending.treeAccounts, pending); !s)
        return s;
    if (Status s = search::writeIndex(m_db, pending.reindex); !s)
        return s;
    if (Status s = rebuildConflicts(); !s)
        return s;
    return t.commit();
}

// Conflicts are derived from the log as well: every field written more than
// once, and every record that was ever deleted (an edit concurrent with its
// delete may be its only write of that field, so it need not be among the former).
Status Store::rebuildConflicts()
{
    if (Status s = m_parts->conflicts.clear(); !s)
        return s;
    auto contested = m_parts->log.fieldsWrittenTwice();
    if (!contested)
        return contested.status();
    QSet<QString> records;
    for (const auto& [record, field] : contested.value()) {
        records.insert(record);
        const model::EntityDef* def = model::entity(entityOf(record));
        const model::FieldDef* fd = def ? def->field(field) : nullptr;
        if (fd && fd->tree)
            continue;
        if (Status s = m_parts->conflicts.recompute(record, field); !s)
            return s;
    }
    auto deleted = m_parts->log.recordsThatWrote(kDeletedField);
    if (!deleted)
        return deleted.status();
    for (const QString& record : deleted.value())
        records.insert(record);
    QHash<QString, QString> flipped;
    for (const QString& record : records)
        if (Status s = m_parts->conflicts.recomputeDelete(record, &flipped); !s)
            return s;
    return search::writeIndex(m_db, flipped);
}

Status Store::changeReplicaId(qint64 confirmedSeq)
{
    const QString old = m_replica;
    if (Status s = checkWritable(); !s)
        return s;
    const QString fresh = ids::newReplicaId();
    Writable writable(*this);
    Transaction t(m_db);
    if (!t.status())
        return t.status();
    // Renumbered from 1 under the new id; their op ids change too, because the
    // other holder of the old id may have used the same numbers.
    auto seq = m_parts->log.renumber(old, fresh, confirmedSeq);
    if (!seq)
        return seq.status();
    if (Status s = m_parts->settings.set(QStringLiteral("replica_id"), fresh); !s)
        return s;
    // They describe the old id's own batches; under the new id there are none yet.
    if (Status s = m_parts->settings.remove(
            {synckeys::kSealedSeq, synckeys::kOwnTip, synckeys::kPushedSeq, synckeys::kOwnKey});
        !s)
        return s;
    if (Status s = t.commit(); !s)
        return s;
    m_replica = fresh;
    m_seq = seq.value();
    m_frontierId = -1;
    return {};
}

qint64 Store::confirmedSeqOf(const QString& replica)
{
    if (replica == m_replica)
        return localValue(synckeys::kPushedSeq, 0).toLongLong();
    return m_parts->log.lastSeq(replica);
}

bool Store::hasReplicated()
{
    return !localValue(synckeys::kRemote).toString().isEmpty() ||
           !localValue(synckeys::kOwnTip).toString().isEmpty();
}

QMap<QString, qint64> Store::integratedFrontier()
{
    return m_parts->log.frontierExcept(m_replica);
}

} // namespace summit
