#pragma once
// The trash as the Trash view shows it: each deleted record with who deleted it and when.

#include "Result.h"

#include <QString>
#include <vector>

namespace summit {

class Database;

struct TrashRow
{
    QString entity, id, title;
    quint64 deletedHlc = 0; // when it was deleted (hybrid clock value)
    QString author;         // team member id of who deleted it, if known
};

// Deleted records, newest deletion first. Who and when come from the last
// write of the record's `deleted` field (one range scan of op_fields each).
Result<std::vector<TrashRow>> listTrashRows(Database& db);

} // namespace summit
