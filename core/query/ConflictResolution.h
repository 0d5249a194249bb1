#pragma once
// Settling what replication left open — conflicts and the trash — as ordinary
// changes for the one write path, so the CLI and the GUI (through its undo
// stack) do exactly the same thing.

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

// The change that settles `conflict`: writing the chosen value locally is a
// write that has seen both, so it closes the conflict on every replica. For an
// edit made while the record was deleted, keeping theirs also restores it.
Change conflictResolution(const ConflictRow& conflict, KeepValue keep);

// The change that brings record `id` back from the trash; fails if there is no
// record with that id.
Result<Change> restoreFromTrash(Store& store, const QString& id);

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
