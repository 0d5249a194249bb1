#pragma once
// This database's undo stack (the `changes` table, never replicated): each
// local change with its label and the range of the operation log it wrote.
// Undo is the inverse change, redo the same change again, both applied by the
// store through its write path, so they replicate like any edit.

#include "Result.h"
#include "store/Operation.h"

#include <optional>

namespace summit {

class Database;
class OperationLog;

class UndoLog
{
public:
    UndoLog(Database& db, OperationLog& log) : m_db(db), m_log(log) {}

    struct Entry
    {
        qint64 n = 0, firstOp = 0, lastOp = 0;
        QString label;
    };

    // Records a change that wrote operations firstOp..lastOp. `kind` is user,
    // undo or redo; a user change makes what was undone no longer redoable.
    Status record(const QString& label, qint64 firstOp, qint64 lastOp, const QString& kind);
    QString undoLabel(); // null when there is nothing to undo
    QString redoLabel();
    Result<std::optional<Entry>> nextUndo();
    Result<std::optional<Entry>> nextRedo();
    Status markUndone(qint64 n);
    Status markRedone(qint64 n);

    // The operations that take the change back: a created record goes to the
    // trash, a set field gets the value it had before, a delete is restored.
    Result<std::vector<Operation>> inverseOf(const Entry& change);
    // The change again, as it was written (a record its undo trashed is restored first).
    Result<std::vector<Operation>> replayOf(const Entry& change);

private:
    Result<std::optional<Entry>> entry(const QString& sql);

    Database& m_db;
    OperationLog& m_log;
};

} // namespace summit
