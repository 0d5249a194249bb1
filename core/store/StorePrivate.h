#pragma once
// Shared by the files that implement Store (the write path, undo and redo,
// replication and rebuild); not part of the store's interface.

#include "model/Schema.h"
#include "store/Conflicts.h"
#include "store/LocalSettings.h"
#include "store/Materialiser.h"
#include "store/Merge.h"
#include "store/OperationLog.h"
#include "store/Store.h"
#include "store/UndoLog.h"
#include "store/WriteChecks.h"

#include <QHash>
#include <QPair>
#include <QSet>

namespace summit {

inline const QString kDeletedField = QStringLiteral("deleted");

using merge::newerThan; // (hlc, replica) is the total order of operations across the team

// The store's named parts, each over the store's connection. The store is
// the facade: it owns the transactions, the clock, the replica id and the
// notifications, and calls these in order.
struct Store::Parts
{
    explicit Parts(Database& db)
        : log(db), checks(db), tables(db), conflicts(db, log, tables), undo(db, log), settings(db)
    {}
    OperationLog log;
    WriteChecks checks;
    Materialiser tables;
    Conflicts conflicts;
    UndoLog undo;
    LocalSettings settings;
};

// What one change is touching while it is applied.
struct Store::Pending
{
    ChangeSet set;
    QHash<QString, QString> reindex; // record id -> entity type
    // Records this change created with one local operation: the search index
    // takes their values from the operation instead of reading each row back.
    // The operations outlive the change's index write (see applyLocal).
    QHash<QString, const FieldValues*> created;
    QSet<QString> treeAccounts;
    QSet<QPair<QString, QString>> conflictFields; // (record id, field) written concurrently, maybe
    QSet<QString> conflictRecords;
    QMap<QString, qint64> remoteFrontier; // the last remote frontier looked up, and its row
    qint64 remoteFrontierId = 0;
    qint64 firstOp = 0;
    qint64 lastOp = 0;
};

} // namespace summit
