#pragma once
// Records as the operation log says they were at a past instant: the state of
// each field is the newest write at or before the cut by (hlc, replica), tree
// fields replay their moves in clock order and skip a move that would make a
// cycle (store/Merge.h), exactly as the store materialises them now. Used for
// the decision-chain map as of a date and what changed on it (map/MapHistory),
// and for figures as of a past week (analysis/HealthTrend): the past state is
// written into a private in-memory database with the real schema, so the code
// that reads today's tables reads the past ones unchanged.

#include "Result.h"
#include "store/Merge.h"
#include "store/OperationLog.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <memory>
#include <vector>

namespace summit {

class Database;
namespace model {
struct EntityDef;
}

namespace asof {

// The largest clock value whose wall time is at or before `millis`.
quint64 cutAt(qint64 millis);

// One field of a record at the cut: the winning value and the write it came from.
struct Slot
{
    QVariant value; // null when never written
    quint64 hlc = 0;
    QString replica;
    bool written = false;
};

// One record as the log says it was at the cut.
struct RecordState
{
    const model::EntityDef* def = nullptr;
    std::vector<Slot> cells;           // one per field of def, in its order, then `deleted`
    quint64 firstHlc = 0, lastHlc = 0; // like created_hlc and updated_hlc

    QString entity() const;
    // Index of a field's slot; -1 for a field this version does not know.
    int slotOf(QStringView field) const;
    QVariant value(QStringView field) const;
    QString text(QStringView field) const { return value(field).toString(); }
    bool alive() const { return cells.back().value.toInt() == 0; }
};

using States = QHash<QString, RecordState>; // record id -> state, only records that existed at the cut

// Reads the state of records at a cut from op_fields.
class Reader
{
public:
    Reader(Database& db, quint64 cut);

    // One record by id (an account, the team's account model).
    Status loadRecord(const QString& entity, const QString& id);
    // Every record of a table with no account (team members).
    Status loadTable(const QString& entity);
    // The records of one entity that belong to the account (the account field
    // never changes, so today's table says which records ever belonged to it,
    // deleted ones included). `fields` limits what is read (empty: all).
    Status loadEntity(const model::EntityDef& def, const QString& accountId, const QStringList& fields = {});
    // Replays the tree fields; call after every load.
    void resolveTrees();

    States& states() { return m_states; }

private:
    OperationLog::WriteVisitor visitor(const QString& entity);

    OperationLog m_log;
    quint64 m_cut = 0;
    States m_states;
    QHash<std::pair<QString, QString>, std::vector<merge::TreeMove>> m_moves; // (entity, field) -> writes
};

// Everything the figures of one account read, at the cut: the account, every
// record that belongs to it (all fields), the team's members and the team's
// account model.
Result<States> accountStates(Database& db, const QString& accountId, quint64 cut);

// Writes the states into `db` (a fresh database with the full schema) the way
// Store::materialise would have: the winning values, deleted, created_hlc and updated_hlc.
Status writeStates(Database& db, const States& states);

// A private in-memory database with the real schema holding `states`: lives as long as the pointer.
Result<std::unique_ptr<Database>> pastDatabase(const States& states);

} // namespace asof
} // namespace summit
