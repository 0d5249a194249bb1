#pragma once
// Read-only queries over the materialised tables for lists, the CLI and reports.

#include "Result.h"

#include <QVariantMap>
#include <vector>

namespace summit {

class Database;

struct ListFilter
{
    QString accountId;  // records of this account only (for account-scoped entities)
    QVariantMap equals; // field -> value, all must match
    bool includeDeleted = false;
    QString orderBy; // a field name; defaults to the entity's title field
    bool descending = false;
    int limit = 0; // 0 = no limit
    int offset = 0;
};

// Rows of one entity type as field -> value maps (nulls omitted).
Result<std::vector<QVariantMap>> listRecords(Database& db, const QString& entity,
                                             const ListFilter& filter = {});
struct ConflictRow
{
    QString key; // stable handle for resolving: entity_id/field/kind/hlc/replica
    QString entity, entityId, title, field,
        kind;        // kind: "field" or "deleted" (an edit concurrent with the delete)
    QVariant theirs; // the losing value
    QVariant mine;   // the value the record has now
    quint64 hlc = 0;
    QString replica, author;
};
// Open conflicts, newest first.
Result<std::vector<ConflictRow>> listConflicts(Database& db);
// Records in the trash, newest deletion first, as maps with "entity" added.
Result<std::vector<QVariantMap>> listTrash(Database& db);

// Number of live (not deleted) records of one type; cheap for accounts and
// contacts, which the status bar shows (storeStats counts every table and the log).
Result<qint64> countLive(Database& db, const QString& entity);

// Number of live (not deleted) records per entity type, plus "operations".
Result<QVariantMap> storeStats(Database& db);

} // namespace summit
