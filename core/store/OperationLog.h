#pragma once
// The operation log: every operation this database ever wrote or integrated,
// and the value each one wrote to each field. It is the truth the tables are
// materialised from, and what history, the map's past, undo, conflicts and
// replication read.
//
// This class is the one place that knows how the log is laid out in SQLite
// (the tables ops, op_fields and frontiers; see Migrations.cpp). The store
// writes through it; every reader in core reads through it. The layering test
// (tests/layering) refuses those table names anywhere else, so a change of
// the log's layout is a change of this file and the migrations.
//
// Reads work on the store's reader connection; writes only inside the store's
// write paths (Store::Writable).

#include "Result.h"
#include "store/Merge.h"
#include "store/Operation.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <functional>
#include <optional>
#include <vector>

namespace summit {

class Database;
namespace model {
struct EntityDef;
}

// Frontiers are kept as text, "replica:seq,replica:seq", sorted by replica.
QMap<QString, qint64> parseFrontier(const QString& text);

// The position of a write in the team's total order.
struct WriteStamp
{
    quint64 hlc = 0;
    QString replica;
};

// One logged write of one field.
struct FieldWrite
{
    QString id; // the record
    QString field;
    QVariant value;
    quint64 hlc = 0;
    QString replica;
};

// A field write with the operation it belongs to and who made it.
struct AuthoredWrite
{
    FieldWrite write;
    QString entity;
    QString kind; // set, delete, restore, move
    QString author;
    QString authorName; // the member's name today; empty when unknown
};

// A field write with what its writer had seen: enough to tell whether two
// writes were concurrent.
struct SeenWrite
{
    QString field;
    quint64 hlc = 0;
    QString replica;
    qint64 seq = 0;
    QVariant value;
    QMap<QString, qint64> frontier;
};

// One logged operation (without its fields).
struct LoggedOperation
{
    qint64 n = 0; // its place in this database's log
    quint64 hlc = 0;
    QString replica;
    QString kind;
    QString entity;
    QString id;
    QString author;
    QString authorName; // filled where asked for
};

// A field an operation wrote, with the value written before it in clock order.
struct FieldChange
{
    QString field;
    QVariant value;
    QVariant previous;
};

class OperationLog
{
public:
    explicit OperationLog(Database& db) : m_db(db) {}

    // ---- Writing (inside the store's write paths)

    // Logs the operation itself; returns its row number, or 0 when an operation
    // with that id is already in the log (a replay changes nothing).
    Result<qint64> append(const StampedOperation& sop, qint64 frontierRow);
    // Logs one field written by operation `op`; false when that exact write is
    // already there (the same field twice in one operation: the first stands).
    Result<bool> appendField(const FieldWrite& write, qint64 op);
    // The row of a frontier (added when new); 0 for the empty frontier.
    Result<qint64> frontierRow(const QMap<QString, qint64>& frontier);
    // Renumbers `from`'s operations above `confirmedSeq` from 1 under `to`
    // (their op ids too); each keeps what it had seen of `from` up to
    // `confirmedSeq` in its frontier. Returns the last new sequence number.
    Result<qint64> renumber(const QString& from, const QString& to, qint64 confirmedSeq);

    // ---- Counting and frontiers

    quint64 count();
    qint64 lastNumber();                    // the newest row number; 0 when empty
    qint64 lastSeq(const QString& replica); // 0 when it wrote nothing
    qint64 countAfter(const QString& replica, qint64 seq);
    quint64 newestClock(); // the highest clock value; a full scan
    // The highest clock value and row number of the rows after row `n`; nothing
    // when there are none.
    std::optional<std::pair<quint64, qint64>> newestAfter(qint64 n);
    // What has been integrated from every replica but `replica`: replica -> highest seq.
    QMap<QString, qint64> frontierExcept(const QString& replica);
    // The record type of a record id; empty when the log never saw it.
    QString entityOf(const QString& id);

    // ---- The write path's questions

    // The newest write of a field, if any.
    Result<std::optional<WriteStamp>> latest(const QString& id, const QString& field);
    // Whether the log holds any write of this field of this record.
    Result<bool> hasWrite(const QString& id, const QString& field);
    // Whether some tree move names `id` as the parent.
    Result<bool> namedAsParent(const QString& id);
    // Every move of tree field `field` of `def`'s records in `account`, in no order.
    Result<std::vector<merge::TreeMove>> treeMoves(const model::EntityDef& def, const QString& field,
                                                   const QString& account);
    // Every write of a record (or of one of its fields), with frontiers.
    Result<std::vector<SeenWrite>> writesWithFrontiers(const QString& id, const QString& field = {});

    // ---- Replication and rebuilding

    // Operations of `replica` with a sequence number above `afterSeq`, in order,
    // at most `limit`, with their fields and frontiers.
    Result<std::vector<StampedOperation>> operationsOf(const QString& replica, qint64 afterSeq, int limit);
    // Every field write, record by record; within a record field by field, the
    // newest write first. `each` gets the record's type too.
    Status scanNewestFirst(const std::function<Status(const QString& entity, const FieldWrite&)>& each);
    // (record, field) pairs written more than once.
    Result<std::vector<std::pair<QString, QString>>> fieldsWrittenTwice();
    // Records that ever had `field` written.
    Result<QStringList> recordsThatWrote(const QString& field);

    // ---- Undo and redo

    Result<std::vector<LoggedOperation>> operationsBetween(qint64 first, qint64 last, bool newestFirst);
    // Whether the record had any write before (hlc, replica).
    Result<bool> writtenBefore(const QString& id, quint64 hlc, const QString& replica);
    // The fields the operation (id, hlc, replica) wrote.
    Result<FieldValues> fieldsOf(const QString& id, quint64 hlc, const QString& replica);
    // The value of the field before (hlc, replica); null when there was none.
    QVariant valueBefore(const QString& id, const QString& field, quint64 hlc, const QString& replica);

    // ---- History

    // Every write of a record, field by field, oldest first within a field.
    Result<std::vector<AuthoredWrite>> writesOf(const QString& id);
    // The newest write of a field; nothing when never written.
    Result<std::optional<AuthoredWrite>> lastWrite(const QString& id, const QString& field);
    // Only its clock (0: never written), from one cached statement.
    Result<quint64> lastWriteClock(const QString& id, const QString& field);
    // The write at (hlc, replica) of a field.
    Result<std::optional<AuthoredWrite>> writeAt(const QString& id, const QString& field, quint64 hlc,
                                                 const QString& replica);
    // The newest (or, with `oldest`, the oldest) write of a record or of one of
    // its fields (`field` empty: any) with a clock value in (from, to].
    Result<std::optional<AuthoredWrite>> writeBetween(const QString& id, const QString& field, quint64 from,
                                                      quint64 to, bool oldest);
    // The writes at or before `cut` of: one record; every record of `table`; or
    // the records of `def` in an account (limited to `fields` plus `deleted`
    // when `fields` is not empty). In no order; on the sqlite3 API, as a big
    // account has tens of thousands of them.
    using WriteVisitor = std::function<void(const FieldWrite&)>;
    Status writesUntil(const QString& id, quint64 cut, const WriteVisitor& each);
    Status writesOfTableUntil(const QString& table, quint64 cut, const WriteVisitor& each);
    Status writesOfAccountUntil(const model::EntityDef& def, const QString& account,
                                const QStringList& fields, quint64 cut, const WriteVisitor& each);
    // A page of the operations that wrote any of `ids`, newest first, with authors' names.
    Result<std::vector<LoggedOperation>> operationsOfRecords(const QStringList& ids, int limit, int offset);
    // The fields operation `op` wrote to record `id`, each with the value before it.
    Result<std::vector<FieldChange>> changesOf(const QString& id, qint64 op);
    // Operations with row numbers in (floor, from], not by `author`, at or after
    // `since`, newest first, at most `limit`.
    Result<std::vector<LoggedOperation>> recentOperations(qint64 from, qint64 floor, const QString& author,
                                                          quint64 since, int limit);

private:
    Status scanWrites(const QString& sql, const QVariantList& binds, const WriteVisitor& each);

    Database& m_db;
};

} // namespace summit
