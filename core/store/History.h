#pragma once
// The audit history of a record: who changed which field when, old → new.
// Computed from the operation log, so every replica shows the same history.

#include "Result.h"

#include <QString>
#include <QVariant>
#include <vector>

namespace summit {

class Database;
class Store;

// Who last wrote `field` of record `id` (team member id, may be empty) and when
// (hybrid clock value; 0 when nobody did): the writer of the value a conflict
// lost to, or — for the "deleted" field — who put a record in the trash.
struct FieldWriter
{
    QString author;
    quint64 hlc = 0;
};
Result<FieldWriter> lastWriter(Database& db, const QString& id, const QString& field);
// Only when (0 when nobody wrote it), from one cached statement: for figures that ask it of
// thousands of records.
Result<quint64> lastWriteClock(Database& db, const QString& id, const QString& field);

struct HistoryEntry
{
    quint64 hlc = 0;
    QString replica;
    QString author;     // team member id, may be empty
    QString authorName; // resolved name, may be empty
    QString kind;       // set, delete, restore, move
    QString field;
    QVariant oldValue;
    QVariant newValue;
};

// Newest first. Includes the record's own fields only.
Result<std::vector<HistoryEntry>> recordHistory(Store& store, const QString& id);
// All changes up to `untilHlc` (inclusive) as the value each field had then.
Result<QVariantMap> recordAsOf(Store& store, const QString& id, quint64 untilHlc);

} // namespace summit
