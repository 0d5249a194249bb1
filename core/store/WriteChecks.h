#pragma once
// The checks every operation passes before it is written, local or remote:
// the record type and id, each field and its value, references (to a live
// record, of the same account where the schema says so, not to a member who
// left), trees without cycles, one account per credit code, custom field
// definitions, and required fields of a new record.

#include "Result.h"
#include "store/Hlc.h"
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

    // The admission of an operation from another replica: untrusted input. It
    // must be well formed (its id is its replica and sequence number; not this
    // replica's own), its clock within the bound of this wall clock, its record
    // keep the type it has (`knownEntity`: the type the log holds for the id,
    // empty when new), and each value pass the schema's checks and the size
    // limits. Apart from the record type, none of these depends on what else has
    // arrived yet, so every replica admits or refuses an operation alike
    // whatever order batches come in. (A record's type is fixed by its first
    // operation here; two operations giving one id two types can only be forged,
    // and replicas that received them in different orders keep different ones.)
    // Reference checks are not made: a reference may name a record whose
    // operations come in another device's batch, not yet fetched.
    Status admitRemote(const StampedOperation& sop, const QString& ownReplica, const HybridClock& clock,
                       const QString& knownEntity);

    // Limits on what one remote operation may carry.
    static constexpr int kMaxFields = 512;
    static constexpr int kMaxValueBytes = 1 << 20; // a text value's UTF-8 size
    static constexpr int kMaxIdLength = 64;        // a replica id

private:
    Status checkField(const model::EntityDef& def, const Operation& op, const QString& name,
                      const QVariant& value, const QString& account, const QVariantMap* current);
    Status checkReference(const model::EntityDef& def, const model::FieldDef& f, const Operation& op,
                          const QString& name, const QVariant& value, const QString& account);
    Status checkCreditCode(const Operation& op, const QVariantMap* current);
    Status checkFieldDefinition(const Operation& op, const QVariantMap* current);
    Status checkRequired(const model::EntityDef& def, const Operation& op);
    // Rules across fields of one record, on its values after the change: a
    // contract's service ends after it starts, a service request is answered and
    // resolved after it opened, a satisfaction survey has a CSAT score or an NPS answer.
    static Status checkAcrossFields(const Operation& op, const QVariantMap* current);
    Status admitFields(const model::EntityDef& def, const StampedOperation& sop, const QString& where);
    Status checkTree(const QString& entity, const QString& table, const QString& field, const QString& id,
                     const QString& parent);

    Database& m_db;
};

} // namespace summit
