#pragma once
// Reading the operation log back as operations, e.g. to seal them into a batch.

#include "Result.h"
#include "store/Operation.h"

#include <vector>

namespace summit {

class Database;

// Operations written by `replica` with a sequence number above `afterSeq`, in
// sequence order, at most `limit` of them, with their fields and frontiers.
// Frontiers are stored as text, "replica:seq,replica:seq", sorted by replica.
QMap<QString, qint64> parseFrontier(const QString& text);

Result<std::vector<StampedOperation>> readOperations(Database& db, const QString& replica, qint64 afterSeq,
                                                     int limit);

} // namespace summit
