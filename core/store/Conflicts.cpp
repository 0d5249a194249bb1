#include "store/Conflicts.h"

#include "model/Schema.h"
#include "store/Database.h"
#include "store/Materialiser.h"
#include "store/Merge.h"
#include "store/OperationLog.h"

#include <algorithm>

namespace summit {

namespace {

const QString kDeleted = QStringLiteral("deleted");

// `later` had seen `earlier` when it was written.
bool covers(const SeenWrite& later, const SeenWrite& earlier)
{
    if (later.replica == earlier.replica)
        return later.seq > earlier.seq;
    return later.frontier.value(earlier.replica, 0) >= earlier.seq;
}

Status record(Database& db, const QString& id, const QString& kind, const SeenWrite& loser,
              const SeenWrite& winner)
{
    return db.exec(
        QStringLiteral("INSERT OR REPLACE INTO conflicts (entity_id, field, hlc, replica, value, winner_hlc, "
                       "winner_replica, kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {id, loser.field, qint64(loser.hlc), loser.replica, loser.value, qint64(winner.hlc), winner.replica,
         kind});
}

} // namespace

// The conflicts of a field are the writes nobody has seen (the heads of its
// history) except the winner. That depends only on the set of writes, never on
// the order they arrived in, so every replica derives the same conflicts.
Status Conflicts::recompute(const QString& id, const QString& field)
{
    auto found = m_log.writesWithFrontiers(id, field);
    if (!found)
        return found.status();
    const std::vector<SeenWrite>& writes = found.value();
    if (Status s = m_db.exec(
            QStringLiteral("DELETE FROM conflicts WHERE entity_id = ? AND field = ? AND kind = 'field'"),
            {id, field});
        !s)
        return s;
    if (writes.size() < 2)
        return {};
    const SeenWrite* winner = &writes.front();
    for (const SeenWrite& w : writes)
        if (merge::newerThan(w.hlc, w.replica, winner->hlc, winner->replica))
            winner = &w;
    for (const SeenWrite& w : writes) {
        if (&w == winner || w.value == winner->value)
            continue;
        const bool seen = std::any_of(writes.begin(), writes.end(),
                                      [&](const SeenWrite& v) { return &v != &w && covers(v, w); });
        if (seen)
            continue;
        if (Status s = record(m_db, id, QStringLiteral("field"), w, *winner); !s)
            return s;
        m_any = 1;
    }
    return {};
}

// An edit made concurrently with a delete beats it: the record stays out of
// the trash (or comes back), and the edit is flagged as a conflict with the
// delete, so the person who deleted it sees why it is still there and can
// delete it again or keep it. A write that has seen the delete (an edit
// after it, a restore, a second delete) is not concurrent with it.
Status Conflicts::recomputeDelete(const QString& id, QHash<QString, QString>* flipped)
{
    // Most records were never deleted: one probe of the log's key says so, and
    // there is then nothing to flag (nor any old flag to clear).
    auto deletedOnce = m_log.hasWrite(id, kDeleted);
    if (!deletedOnce)
        return deletedOnce.status();
    if (!deletedOnce.value())
        return {};
    if (Status s =
            m_db.exec(QStringLiteral("DELETE FROM conflicts WHERE entity_id = ? AND kind = 'deleted'"), {id});
        !s)
        return s;
    auto found = m_log.writesWithFrontiers(id);
    if (!found)
        return found.status();
    const std::vector<SeenWrite>& writes = found.value();
    const SeenWrite* del = nullptr;
    for (const SeenWrite& w : writes)
        if (w.field == kDeleted && (!del || merge::newerThan(w.hlc, w.replica, del->hlc, del->replica)))
            del = &w;
    if (!del)
        return {};
    bool inTrash = del->value.toInt() != 0;
    // The value of `field` the deleter saw: the newest write of it the delete had seen.
    auto seenByDelete = [&](const QString& field) -> const SeenWrite* {
        const SeenWrite* seen = nullptr;
        for (const SeenWrite& v : writes)
            if (v.field == field && covers(*del, v) &&
                (!seen || merge::newerThan(v.hlc, v.replica, seen->hlc, seen->replica)))
                seen = &v;
        return seen;
    };
    if (inTrash) {
        for (const SeenWrite& w : writes) {
            if (w.field == kDeleted || covers(*del, w) || covers(w, *del))
                continue;
            // A write that repeats the value the deleter saw changes nothing they missed (two
            // laptops' rules making the same task): it does not bring the record back.
            if (const SeenWrite* seen = seenByDelete(w.field); seen && seen->value == w.value)
                continue;
            if (Status s = record(m_db, id, QStringLiteral("deleted"), w, *del); !s)
                return s;
            m_any = 1;
            inTrash = false; // the concurrent edit keeps the record
        }
    }
    // The trash state the log decides, where last-writer-wins alone may have put another.
    const QString entity = m_log.entityOf(id);
    const model::EntityDef* def = model::entity(entity);
    if (!def)
        return {};
    Statement& now = m_db.fast(QStringLiteral("SELECT deleted FROM %1 WHERE id = ?").arg(def->table));
    now.bind(1, id);
    const bool stored = now.step() && now.integer(0) != 0;
    now.reset();
    if (stored == inTrash)
        return {};
    if (Status s = m_tables.setDeleted(*def, id, inTrash); !s)
        return s;
    if (flipped && def->searchable())
        flipped->insert(id, entity);
    return {};
}

Status Conflicts::settle(const QString& id, const QString& field)
{
    if (m_any < 0)
        m_any = m_db.scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM conflicts)")).toInt();
    if (!m_any)
        return {};
    // A local delete or restore has seen every edit: none is concurrent with it.
    if (field == kDeleted)
        return m_db.exec(QStringLiteral("DELETE FROM conflicts WHERE entity_id = ? AND (field = ? OR kind = "
                                        "'deleted')"),
                         {id, field});
    // A local write of any other field settles that field's lost values. An edit that beat a
    // delete stays flagged: it is still why the record is not in the trash (recomputeDelete).
    return m_db.exec(
        QStringLiteral("DELETE FROM conflicts WHERE entity_id = ? AND field = ? AND kind = 'field'"),
        {id, field});
}

Status Conflicts::clear()
{
    m_any = -1;
    return m_db.exec(QStringLiteral("DELETE FROM conflicts"));
}

} // namespace summit
