#pragma once
// The checks every operation passes before it is written, local or remote:
// the record type and id, each field and its value, references (to a live
// record, of the same account where the schema says so, not to a member who
// left), trees without cycles, one account per credit code, custom field
// definitions, and required fields of a new record.

#include "Result.h"
#include "store/Operation.h"

#include <QVariantMap>

namespace summit {

class Database;
namespace model {
struct EntityDef;
struct FieldDef;
} // namespace model

class WriteChecks
{
public:
    explicit WriteChecks(Database& db) : m_db(db) {}

    // Whether `op` may be written over the record as it is (`current`; null
    // for a record that does not exist yet). The error names the field.
    Status check(const Operation& op, const QVariantMap* current);

private:
    Status checkField(const model::EntityDef& def, const Operation& op, const QString& name,
                      const QVariant& value, const QString& account, const QVariantMap* current);
    Status checkReference(const model::EntityDef& def, const model::FieldDef& f, const Operation& op,
                          const QString& name, const QVariant& value, const QString& account);
    Status checkCreditCode(const Operation& op, const QVariantMap* current);
    Status checkFieldDefinition(const Operation& op, const QVariantMap* current);
    Status checkRequired(const model::EntityDef& def, const Operation& op);
    Status checkTree(const QString& entity, const QString& table, const QString& field, const QString& id,
                     const QString& parent);

    Database& m_db;
};

} // namespace summit
