// Remote operations, trees, conflicts, replica ids and rebuilding from the log.
#include "store/StorePrivate.h"

#include "store/OperationLog.h"

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
    int fresh = 0;
    for (const StampedOperation& sop : ops) {
        const qint64 before = pending.lastOp;
        if (Status s = writeStamped(sop, false, pending); !s)
            return s;
        if (pending.lastOp != before)
            ++fresh;
        m_clock.observe(sop.hlc);
    }
    if (Status s = resolveTrees(pending.treeAccounts, pending); !s)
        return s;
    for (const auto& [record, field] : pending.conflictFields)
        if (Status s = recomputeConflicts(record, field); !s)
            return s;
    for (const QString& id : pending.conflictRecords)
        if (Status s = recomputeDeleteConflicts(id, &pending.reindex); !s)
            return s;
    if (Status s = search::writeIndex(m_db, pending.reindex); !s)
        return s;
    if (Status s = saveClock(); !s)
        return s;
    if (Status s = t.commit(); !s)
        return s;
    m_frontierId = -1; // what this replica has seen moved on
    m_conflictsExist = -1;
    if (fresh > 0) {
        pending.set.remote = true;
        notifyAfterCommit(pending.set);
    }
    return fresh;
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
                auto moves = m_db.run(
                    QStringLiteral(
                        "SELECT f.entity_id, f.value, f.hlc, f.replica FROM op_fields f JOIN %1 t "
                        "ON t.id = f.entity_id WHERE t.%2 = ? AND f.field = ? ORDER BY f.hlc, f.replica")
                        .arg(def.table, def.accountField),
                    {account, f.name});
                if (!moves)
                    return moves.status();
                std::vector<merge::TreeMove> writes;
                while (moves.value()->next())
                    writes.push_back({moves.value()->value(2).toULongLong(),
                                      moves.value()->value(3).toString(), moves.value()->value(0).toString(),
                                      moves.value()->value(1).toString()});
                const QHash<QString, QString> parent = merge::replayTree(stored.keys(), std::move(writes));
                for (auto it = parent.cbegin(); it != parent.cend(); ++it) {
                    if (stored.value(it.key()) == it.value())
                        continue;
                    if (Status s = m_db.exec(
                            QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?").arg(def.table, f.name),
                            {it.value().isEmpty() ? QVariant() : QVariant(it.value()), it.key()});
                        !s)
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
    for (const model::EntityDef& def : model::entities())
        if (Status s = m_db.exec(QStringLiteral("DELETE FROM %1").arg(def.table)); !s)
            return s;
    if (Status s = m_db.exec(QStringLiteral("DELETE FROM custom_values")); !s)
        return s;
    if (Status s = m_db.exec(QStringLiteral("DELETE FROM search")); !s)
        return s;
    if (Status s = m_db.exec(QStringLiteral("DELETE FROM search_notes")); !s)
        return s;
    if (Status s = m_db.exec(QStringLiteral("DELETE FROM search_docs")); !s)
        return s;

    // Winner of each field: the newest write by (hlc, replica). Tree fields are
    // left to resolveTrees, which replays their moves.
    Pending pending;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT o.entity, f.entity_id, f.field, f.value, f.hlc FROM op_fields f JOIN ops o ON o.n = f.op "
            "ORDER BY f.entity_id, f.field, f.hlc DESC, f.replica DESC")))
        return Status::fail(m_db.lastError(q));
    QString entity, id, lastField;
    FieldValues winners;
    quint64 minHlc = 0, maxHlc = 0;
    auto flush = [&]() -> Status {
        if (id.isEmpty())
            return {};
        if (Status s = materialise(entity, id, minHlc, winners); !s)
            return s;
        if (Status s = materialise(entity, id, maxHlc, {}); !s)
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
    while (q.next()) {
        const QString rowId = q.value(1).toString();
        const QString field = q.value(2).toString();
        const quint64 hlc = q.value(4).toULongLong();
        if (rowId != id) {
            if (Status s = flush(); !s)
                return s;
            entity = q.value(0).toString();
            id = rowId;
            lastField.clear();
            winners.clear();
            minHlc = maxHlc = hlc;
        }
        minHlc = std::min(minHlc, hlc);
        maxHlc = std::max(maxHlc, hlc);
        if (field == lastField)
            continue; // an older write of the same field
        lastField = field;
        const model::FieldDef* f = model::entity(entity)->field(field);
        if (f && f->tree)
            continue;
        winners.emplace_back(field, q.value(3));
    }
    if (Status s = flush(); !s)
        return s;
    if (Status s = resolveTrees(pending.treeAccounts, pending); !s)
        return s;
    if (Status s = search::writeIndex(m_db, pending.reindex); !s)
        return s;
    // Conflicts are derived from the log as well.
    if (Status s = m_db.exec(QStringLiteral("DELETE FROM conflicts")); !s)
        return s;
    std::vector<std::pair<QString, QString>> contested;
    QSqlQuery c(m_db.connection());
    c.setForwardOnly(true);
    if (!c.exec(QStringLiteral(
            "SELECT entity_id, field FROM op_fields GROUP BY entity_id, field HAVING count(*) > 1")))
        return Status::fail(m_db.lastError(c));
    while (c.next())
        contested.emplace_back(c.value(0).toString(), c.value(1).toString());
    c.finish();
    QSet<QString> records;
    for (const auto& [record, field] : contested) {
        records.insert(record);
        const QString entityName = entityOf(record);
        const model::FieldDef* fd =
            model::entity(entityName) ? model::entity(entityName)->field(field) : nullptr;
        if (fd && fd->tree)
            continue;
        if (Status s = recomputeConflicts(record, field); !s)
            return s;
    }
    // Every record that was ever deleted: an edit concurrent with its delete
    // may be its only write of that field, so it need not be among the contested.
    QSqlQuery d(m_db.connection());
    d.setForwardOnly(true);
    d.prepare(QStringLiteral("SELECT DISTINCT entity_id FROM op_fields WHERE field = ?"));
    d.addBindValue(kDeletedField);
    if (!d.exec())
        return Status::fail(m_db.lastError(d));
    while (d.next())
        records.insert(d.value(0).toString());
    d.finish();
    QHash<QString, QString> flipped;
    for (const QString& record : records)
        if (Status s = recomputeDeleteConflicts(record, &flipped); !s)
            return s;
    if (Status s = search::writeIndex(m_db, flipped); !s)
        return s;
    m_conflictsExist = -1;
    return t.commit();
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
    auto r =
        m_db.rows(QStringLiteral("SELECT o.n, fr.value, o.entity_id, o.hlc FROM ops o LEFT JOIN frontiers "
                                 "fr ON fr.id = o.frontier WHERE o.replica = ? AND o.seq > ? ORDER BY o.seq"),
                  {old, confirmedSeq});
    if (!r)
        return r.status();
    // A renumbered operation had seen the old id's earlier ones by their order;
    // under another id only its frontier can say so, or a later write of a field
    // would read as concurrent with the old id's earlier write of it (a false conflict).
    QHash<QString, qint64> frontierRows; // frontier text before -> row after
    qint64 seq = 0;
    for (const QVariantList& row : r.value()) {
        ++seq;
        QVariantList binds = {fresh, seq, QStringLiteral("%1:%2").arg(fresh).arg(seq)};
        QString sql = QStringLiteral("UPDATE ops SET replica = ?, seq = ?, op_id = ? WHERE n = ?");
        if (confirmedSeq > 0) {
            const QString before = row[1].toString();
            auto known = frontierRows.constFind(before);
            if (known == frontierRows.constEnd()) {
                QMap<QString, qint64> seen = parseFrontier(before);
                seen.insert(old, std::max(seen.value(old), confirmedSeq));
                auto id = frontierId(seen);
                if (!id)
                    return id.status();
                known = frontierRows.insert(before, id.value());
            }
            sql = QStringLiteral("UPDATE ops SET replica = ?, seq = ?, op_id = ?, frontier = ? WHERE n = ?");
            binds << known.value();
        }
        binds << row[0];
        if (Status s = m_db.exec(sql, binds); !s)
            return s;
        // By the log's key (an operation's fields share its record and clock value), not a scan per
        // operation.
        if (Status s =
                m_db.exec(QStringLiteral("UPDATE op_fields SET replica = ? WHERE entity_id = ? AND hlc = ? "
                                         "AND replica = ? AND op = ?"),
                          {fresh, row[2], row[3], old, row[0]});
            !s)
            return s;
    }
    if (Status s = setLocalValue(QStringLiteral("replica_id"), fresh); !s)
        return s;
    // They describe the old id's own batches; under the new id there are none yet.
    if (Status s = m_db.exec(QStringLiteral("DELETE FROM local WHERE key IN (?, ?, ?)"),
                             {synckeys::kSealedSeq, synckeys::kOwnTip, synckeys::kPushedSeq});
        !s)
        return s;
    if (Status s = t.commit(); !s)
        return s;
    m_replica = fresh;
    m_seq = seq;
    m_frontierId = -1;
    return {};
}

qint64 Store::confirmedSeqOf(const QString& replica)
{
    if (replica == m_replica)
        return localValue(synckeys::kPushedSeq, 0).toLongLong();
    return m_db.scalar(QStringLiteral("SELECT max(seq) FROM ops WHERE replica = ?"), {replica}).toLongLong();
}

bool Store::hasReplicated()
{
    return !localValue(synckeys::kRemote).toString().isEmpty() ||
           !localValue(synckeys::kOwnTip).toString().isEmpty();
}

// ---------------------------------------------------------------- frontiers and conflicts

QMap<QString, qint64> Store::integratedFrontier()
{
    QMap<QString, qint64> frontier;
    auto r = m_db.run(QStringLiteral("SELECT replica, max(seq) FROM ops WHERE replica <> ? GROUP BY replica"),
                      {m_replica});
    if (r)
        while (r.value()->next())
            frontier.insert(r.value()->value(0).toString(), r.value()->value(1).toLongLong());
    return frontier;
}

Result<qint64> Store::frontierId(const QMap<QString, qint64>& frontier)
{
    if (frontier.isEmpty())
        return qint64(0);
    QStringList parts;
    for (auto it = frontier.begin(); it != frontier.end(); ++it)
        parts << QStringLiteral("%1:%2").arg(it.key()).arg(it.value());
    const QString value = parts.join(QLatin1Char(','));
    if (Status s = m_db.exec(QStringLiteral("INSERT OR IGNORE INTO frontiers (value) VALUES (?)"), {value});
        !s)
        return s.error();
    return m_db.scalar(QStringLiteral("SELECT id FROM frontiers WHERE value = ?"), {value}).toLongLong();
}

namespace {

struct Write
{
    QString field;
    quint64 hlc = 0;
    QString replica;
    qint64 seq = 0;
    QVariant value;
    QMap<QString, qint64> frontier;
};

// `later` had seen `earlier` when it was written.
bool covers(const Write& later, const Write& earlier)
{
    if (later.replica == earlier.replica)
        return later.seq > earlier.seq;
    return later.frontier.value(earlier.replica, 0) >= earlier.seq;
}

// Every write of a record (or of one of its fields) with the frontier its
// writer had seen.
Result<std::vector<Write>> writesOf(Database& db, const QString& entityId, const QString& field = {})
{
    QString sql =
        QStringLiteral("SELECT f.field, f.hlc, f.replica, f.value, o.seq, fr.value FROM op_fields f "
                       "JOIN ops o ON o.n = f.op LEFT JOIN frontiers fr ON fr.id = o.frontier "
                       "WHERE f.entity_id = ?");
    QVariantList binds = {entityId};
    if (!field.isEmpty()) {
        sql += QStringLiteral(" AND f.field = ?");
        binds << field;
    }
    auto rows = db.rows(sql, binds);
    if (!rows)
        return rows.error();
    std::vector<Write> writes;
    writes.reserve(rows.value().size());
    for (const QVariantList& r : rows.value())
        writes.push_back({r[0].toString(), r[1].toULongLong(), r[2].toString(), r[4].toLongLong(), r[3],
                          parseFrontier(r[5].toString())});
    return writes;
}

Status recordConflict(Database& db, const QString& entityId, const QString& kind, const Write& loser,
                      const Write& winner)
{
    return db.exec(
        QStringLiteral("INSERT OR REPLACE INTO conflicts (entity_id, field, hlc, replica, value, winner_hlc, "
                       "winner_replica, kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {entityId, loser.field, qint64(loser.hlc), loser.replica, loser.value, qint64(winner.hlc),
         winner.replica, kind});
}

} // namespace

// The conflicts of a field are the writes nobody has seen (the heads of its
// history) except the winner. That depends only on the set of writes, never on
// the order they arrived in, so every replica derives the same conflicts.
Status Store::recomputeConflicts(const QString& entityId, const QString& field)
{
    auto found = writesOf(m_db, entityId, field);
    if (!found)
        return found.status();
    const std::vector<Write>& writes = found.value();
    if (Status s = m_db.exec(
            QStringLiteral("DELETE FROM conflicts WHERE entity_id = ? AND field = ? AND kind = 'field'"),
            {entityId, field});
        !s)
        return s;
    if (writes.size() < 2)
        return {};
    const Write* winner = &writes.front();
    for (const Write& w : writes)
        if (newerThan(w.hlc, w.replica, winner->hlc, winner->replica))
            winner = &w;
    for (const Write& w : writes) {
        if (&w == winner || w.value == winner->value)
            continue;
        const bool seen = std::any_of(writes.begin(), writes.end(),
                                      [&](const Write& v) { return &v != &w && covers(v, w); });
        if (seen)
            continue;
        if (Status s = recordConflict(m_db, entityId, QStringLiteral("field"), w, *winner); !s)
            return s;
    }
    return {};
}

// An edit made concurrently with a delete beats it: the record stays out of
// the trash (or comes back), and the edit is flagged as a conflict with the
// delete, so the person who deleted it sees why it is still there and can
// delete it again or keep it. A write that has seen the delete (an edit
// after it, a restore, a second delete) is not concurrent with it. Like the
// other conflicts this depends only on the set of writes, so every replica
// decides the same. `flipped` receives the record when its trash state changed.
Status Store::recomputeDeleteConflicts(const QString& entityId, QHash<QString, QString>* flipped)
{
    // Most records were never deleted: one probe of the log's key says so, and
    // there is then nothing to flag (nor any old flag to clear).
    Statement& everDeleted =
        m_db.fast(QStringLiteral("SELECT 1 FROM op_fields WHERE entity_id = ? AND field = ? LIMIT 1"));
    everDeleted.bind(1, entityId).bind(2, kDeletedField);
    const bool deletedOnce = everDeleted.step();
    const QString error = everDeleted.error();
    everDeleted.reset();
    if (!error.isEmpty())
        return Status::fail(error);
    if (!deletedOnce)
        return {};
    if (Status s = m_db.exec(QStringLiteral("DELETE FROM conflicts WHERE entity_id = ? AND kind = 'deleted'"),
                             {entityId});
        !s)
        return s;
    auto found = writesOf(m_db, entityId);
    if (!found)
        return found.status();
    const std::vector<Write>& writes = found.value();
    const Write* del = nullptr;
    for (const Write& w : writes)
        if (w.field == kDeletedField && (!del || newerThan(w.hlc, w.replica, del->hlc, del->replica)))
            del = &w;
    if (!del)
        return {};
    bool inTrash = del->value.toInt() != 0;
    if (inTrash) {
        for (const Write& w : writes) {
            if (w.field == kDeletedField || covers(*del, w) || covers(w, *del))
                continue;
            if (Status s = recordConflict(m_db, entityId, QStringLiteral("deleted"), w, *del); !s)
                return s;
            inTrash = false; // the concurrent edit keeps the record
        }
    }
    // The trash state the log decides, where last-writer-wins alone may have put another.
    const QString entity = entityOf(entityId);
    const model::EntityDef* def = model::entity(entity);
    if (!def)
        return {};
    const QString table = def->table;
    Statement& now = m_db.fast(QStringLiteral("SELECT deleted FROM %1 WHERE id = ?").arg(table));
    now.bind(1, entityId);
    const bool stored = now.step() && now.integer(0) != 0;
    now.reset();
    if (stored == inTrash)
        return {};
    if (Status s = m_db.exec(QStringLiteral("UPDATE %1 SET deleted = ? WHERE id = ?").arg(table),
                             {inTrash ? 1 : 0, entityId});
        !s)
        return s;
    if (flipped && def->searchable())
        flipped->insert(entityId, entity);
    return {};
}

} // namespace summit
