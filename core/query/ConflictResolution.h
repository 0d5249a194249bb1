#pragma once
// Reading what replication left open: the conflicts a user may settle (the
// command that settles one is commands::Commands::resolveConflict), who wrote
// a value, and whether a record has a conflict.

#include "Result.h"
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

// Who last wrote `field` of record `id` (team member id, may be empty) and when
// (hybrid clock value): the writer of the value a conflict lost to. For an edit
// concurrent with a delete, ask for the "deleted" field.
struct FieldWriter
{
    QString author;
    quint64 hlc = 0;
};
Result<FieldWriter> lastWriter(Database& db, const QString& id, const QString& field);

// Whether record `id` has an open conflict (for a badge on record views).
// One indexed lookup (the conflicts table's key starts with the record id).
bool hasConflict(Database& db, const QString& id);

} // namespace summit
