#pragma once
// Settings kept in the database file but never replicated: this replica's id,
// who writes here, the clock, sync cursors (SyncKeys.h), the backup schedule.

#include "Result.h"

#include <QStringList>
#include <QVariant>

namespace summit {

class Database;

class LocalSettings
{
public:
    explicit LocalSettings(Database& db) : m_db(db) {}

    QVariant value(const QString& key, const QVariant& fallback = {});
    // Writes only inside the store's write paths (Store::Writable).
    Status set(const QString& key, const QVariant& value);
    Status remove(const QStringList& keys);
    // How many keys start with `prefix` (matched as text, not as a LIKE pattern).
    int countWithPrefix(const QString& prefix);

private:
    Database& m_db;
};

} // namespace summit
