#pragma once
// Reading what replication left open: the conflicts a user may settle (the
// command that settles one is commands::Commands::resolveConflict), who wrote
// a value, and whether a record has a conflict.

#include "Result.h"
#include "store/History.h"
#include "store/Queries.h"
#include "store/Store.h"

namespace summit {

enum class KeepValue
{
    Mine,   // the value the record has now
    Theirs, // the value that lost to a concurrent write
};

// The open conflict with this key (ConflictRow::key), or an error naming it.
Result<ConflictRow> findConflict(Database& db, const QString& key);

// Whether record `id` has an open conflict (for a badge on record views).
// One indexed lookup (the conflicts table's key starts with the record id).
bool hasConflict(Database& db, const QString& id);

} // namespace summit
