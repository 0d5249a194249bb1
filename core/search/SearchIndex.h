#pragma once
// Writing the search index, beside the queries that read it (Search.h): the
// store calls writeIndex() inside each writing transaction with the records
// the change touched, so the index always agrees with the tables.

#include "Result.h"
#include "store/Operation.h"

#include <QHash>
#include <QString>

namespace summit {
class Database;
}

namespace summit::search {

// Brings the index up to date for `records` (record id -> record type): new
// records are added, changed ones rewritten (in place, in docid order, so
// FTS5 writes few segments), deleted or trashed ones removed, and records
// whose indexed text did not change are not touched. `created` (optional)
// holds the values of records that did not exist before this change and were
// written once: they are indexed from those values, not read back (an import
// creates a hundred thousand of them).
Status writeIndex(Database& db, const QHash<QString, QString>& records,
                  const QHash<QString, const FieldValues*>* created = nullptr);

// One step of merging the index's segments: about `pages` pages of work in
// each of its two tables. Answers whether it found work; call it again while
// it does. Needs a writable connection (the store's tidySearchIndex).
Result<bool> mergeStep(Database& db, int pages);

// Empties the index, before the store rebuilds everything from its log.
Status clearIndex(Database& db);

} // namespace summit::search
