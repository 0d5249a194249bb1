#pragma once
// Read-only queries over the materialised tables for lists, the CLI and reports.

#include "Result.h"

#include <QVariantMap>
#include <vector>

namespace summit {

class Database;

struct ListFilter
{
    QString accountId;          // records of this account only (for account-scoped entities)
    QVariantMap equals;         // field -> value, all must match
    bool includeDeleted = false;
    QString orderBy;            // a field name; defaults to the entity's title field
    bool descending = false;
    int limit = 0;              // 0 = no limit
    int offset = 0;
};

// Rows of one entity type as field -> value maps (nulls omitted).
Result<std::vector<QVariantMap>> listRecords(Database& db, const QString& entity, const ListFilter& filter = {});
// Number of live (not deleted) records per entity type, plus "operations".
Result<QVariantMap> storeStats(Database& db);

} // namespace summit
