#pragma once
// The materialised tables: one row per record with the winning value of each
// field (accounts, contacts, ...; custom values in custom_values), kept in
// step with the operation log by the store's write path, so that reads are
// plain queries. Everything here can be rebuilt from the log.

#include "Result.h"
#include "store/Operation.h"

namespace summit {

class Database;
namespace model {
struct EntityDef;
}

class Materialiser
{
public:
    explicit Materialiser(Database& db) : m_db(db) {}

    // Writes the fields that won (`winners`) into the record's row, creating it
    // when new; created_hlc keeps the oldest clock value seen, updated_hlc the newest.
    Status write(const QString& entity, const QString& id, quint64 hlc, const FieldValues& winners);
    // Sets a tree field decided by replaying moves (null: the top).
    Status setParent(const model::EntityDef& def, const QString& field, const QString& id,
                     const QString& parent);
    // Puts a record in the trash or takes it out, as the log decides.
    Status setDeleted(const model::EntityDef& def, const QString& id, bool deleted);
    // Empties every materialised table, before a rebuild.
    Status clear();

private:
    Database& m_db;
};

} // namespace summit
