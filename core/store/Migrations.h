#pragma once
// Schema versions. A new database is created at the latest version directly;
// an older one is upgraded one step at a time, each step in its own
// transaction. A database from a newer Summit is refused, never "upgraded" down.
// Tests check that both roads give the same schema.

#include "Result.h"

#include <QStringList>

namespace summit {

class Database;

namespace migrations {

int latestVersion();
int currentVersion(Database& db);
// Creates a fresh database at `version` (latest by default) by running the steps
// up to it; used by tests to produce old databases.
Status createAt(Database& db, int version);
// Brings an existing or empty database to the latest version. A read-only
// connection is only checked: it must be at the latest version already.
Status upgrade(Database& db);
// Columns, indexes and tables as a sorted, comparable description.
QStringList describeSchema(Database& db);

} // namespace migrations
} // namespace summit
