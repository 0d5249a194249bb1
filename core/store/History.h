#pragma once
// The audit history of a record: who changed which field when, old → new.
// Computed from the operation log, so every replica shows the same history.

#include "Result.h"

#include <QString>
#include <QVariant>
#include <vector>

namespace summit {

class Store;

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
