#pragma once
// Shared by the files that implement Store (the write path, undo and redo,
// replication and rebuild); not part of the store's interface.

#include "model/Schema.h"
#include "store/Merge.h"
#include "store/Store.h"

#include <QHash>
#include <QPair>
#include <QSet>

namespace summit {

inline const QString kDeletedField = QStringLiteral("deleted");

using merge::newerThan; // (hlc, replica) is the total order of operations across the team

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
