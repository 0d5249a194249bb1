#include "store/WriteChecks.h"
#include "CoreText.h"

#include "model/AccountModel.h"
#include "model/Schema.h"
#include "store/CustomFields.h"
#include "store/Database.h"
#include "store/Ids.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>
#include <algorithm>

namespace summit {

namespace {} // namespace

Status WriteChecks::check(const Operation& op, const QVariantMap* current)
{
    const model::EntityDef* def = model::entity(op.entity);
    if (!def)
        return Status::fail(CoreText::tr("Unknown record type \"%1\".").arg(op.entity));
    if (!ids::looksLikeId(op.id))
        return Status::fail(CoreText::tr("\"%1\" is not a record id.").arg(op.id));

    if (op.kind == OpKind::Delete || op.kind == OpKind::Restore) {
        if (!current)
            return Status::fail(CoreText::tr("No %1 with id %2.").arg(model::entityLabel(op.entity), op.id));
        return {};
    }
    if (op.fields.empty())
        return Status::fail(CoreText::tr("Nothing to change on %1.").arg(op.id));
    if (op.kind == OpKind::Move &&
        (op.fields.size() != 1 || !def->field(op.fields[0].first) || !def->field(op.fields[0].first)->tree))
        return Status::fail(CoreText::tr("A move changes exactly one parent field."));

    const QString accountField = def->accountField;
    QString account = current ? current->value(accountField).toString() : QString();
    for (const auto& [name, value] : op.fields)
        if (name == accountField)
            account = value.toString();
    for (const auto& [name, value] : op.fields)
        if (Status s = checkField(*def, op, name, value, account, current); !s)
            return s;
    if (op.entity == QLatin1String("account"))
        if (Status s = checkCreditCode(op, current); !s)
            return s;
    if (op.entity == QLatin1String("field_def"))
        if (Status s = checkFieldDefinition(op, current); !s)
            return s;
    if (Status s = checkAcrossFields(op, current); !s)
        return s;
    if (!current)
        return checkRequired(*def, op);
    return {};
}

Status WriteChecks::checkAcrossFields(const Operation& op, const QVariantMap* current)
{
    struct Order
    {
        const char* entity;
        const char* earlier;
        const char* later;
    };
    static const Order orders[] = {{"contract", "start_on", "end_on"},
                                   {"service_request", "opened_at", "first_response_at"},
                                   {"service_request", "opened_at", "resolved_at"}};
    if (op.entity == QLatin1String("account_model")) {
        if (op.id != model::kAccountModelId)
            return Status::fail(CoreText::tr("The team has one tier and health model, with the id %1.")
                                    .arg(model::kAccountModelId));
        QVariantMap after = current ? *current : QVariantMap();
        for (const auto& [name, value] : op.fields)
            after.insert(name, value);
        if (auto [field, why] = model::accountModelProblem(after); !field.isEmpty())
            return Status::fail(why, field);
        return {};
    }
    const bool commercial = op.entity == QLatin1String("contract") ||
                            op.entity == QLatin1String("service_request") ||
                            op.entity == QLatin1String("satisfaction");
    if (!commercial)
        return {};
    QVariantMap after = current ? *current : QVariantMap();
    for (const auto& [name, value] : op.fields)
        after.insert(name, value);
    auto text = [&](const char* field) {
        return after.value(QLatin1String(field)).toString();
    };
    for (const Order& o : orders) {
        if (op.entity != QLatin1String(o.entity))
            continue;
        // Dates (YYYY-MM-DD) and UTC times (…Z) of one form compare as text.
        const QString from = text(o.earlier), to = text(o.later);
        if (!from.isEmpty() && !to.isEmpty() && to < from)
            return Status::fail(CoreText::tr("%1 (%2) is before %3 (%4).")
                                    .arg(model::fieldLabel(op.entity, QString::fromLatin1(o.later)), to,
                                         model::fieldLabel(op.entity, QString::fromLatin1(o.earlier)), from),
                                QLatin1String(o.later));
    }
    if (op.entity == QLatin1String("satisfaction") && text("csat").isEmpty() && text("nps").isEmpty())
        return Status::fail(CoreText::tr("A satisfaction survey needs a CSAT score, an NPS answer or both."),
                            QStringLiteral("csat"));
    return {};
}

Status WriteChecks::checkField(const model::EntityDef& def, const Operation& op, const QString& name,
                               const QVariant& value, const QString& account, const QVariantMap* current)
{
    const model::FieldDef* f = def.field(name);
    model::FieldDef customField; // a team's own field, defined in field_defs
    if (!f && custom::fieldOf(m_db, op.entity, name, &customField))
        f = &customField;
    if (!f)
        return Status::fail(CoreText::tr("%1 has no field \"%2\".").arg(model::entityLabel(op.entity), name),
                            name);
    if (QString why = model::checkValue(def, *f, value); !why.isEmpty())
        return Status::fail(why, name);
    if (current && name == def.accountField && current->value(name).toString() != value.toString())
        return Status::fail(CoreText::tr("%1: a record cannot move to another account.")
                                .arg(model::fieldLabel(op.entity, name)),
                            name);
    const bool changedValue = !current || current->value(name) != value;
    if (f->type == model::FieldType::Ref && !value.isNull() && changedValue)
        return checkReference(def, *f, op, name, value, account);
    return {};
}

Status WriteChecks::checkReference(const model::EntityDef& def, const model::FieldDef& f, const Operation& op,
                                   const QString& name, const QVariant& value, const QString& account)
{
    const model::EntityDef* target = model::entity(f.refEntity);
    // Only what the check needs: this runs for every reference of every
    // operation, in bulk imports too.
    const QString titleColumn = target->titleField.isEmpty() ? QStringLiteral("id") : target->titleField;
    const QString accountColumn =
        target->accountField.isEmpty() ? QStringLiteral("NULL") : target->accountField;
    // A member who left the team takes no new accounts, tasks or deals.
    const bool member = f.refEntity == QLatin1String("member");
    const QString statusColumn = member ? QStringLiteral("status") : QStringLiteral("NULL");
    Statement& ref = m_db.fast(QStringLiteral("SELECT deleted, %1, %2, %3 FROM %4 WHERE id = ?")
                                   .arg(accountColumn, titleColumn, statusColumn, target->table));
    ref.bind(1, value);
    const bool found = ref.step();
    const bool live = found && ref.integer(0) == 0;
    const QString refAccount = found ? ref.text(1) : QString();
    const QString refTitle = found ? ref.text(2) : QString();
    const bool left = found && ref.text(3) == QLatin1String("left");
    const QString refError = ref.error();
    ref.reset();
    if (!refError.isEmpty())
        return Status::fail(refError);
    if (!live)
        return Status::fail(
            CoreText::tr("%1: no %2 with id %3.")
                .arg(model::fieldLabel(op.entity, name), model::entityLabel(f.refEntity), value.toString()),
            name);
    if (left)
        return Status::fail(
            CoreText::tr("%1: %2 has left the team.").arg(model::fieldLabel(op.entity, name), refTitle),
            name);
    if (f.sameAccount && !target->accountField.isEmpty() && refAccount != account)
        return Status::fail(
            CoreText::tr("%1: %2 belongs to another account.")
                .arg(model::fieldLabel(op.entity, name), refTitle.isEmpty() ? value.toString() : refTitle),
            name);
    if (f.tree)
        return checkTree(op.entity, def.table, name, op.id, value.toString());
    return {};
}

Status WriteChecks::checkCreditCode(const Operation& op, const QVariantMap* current)
{
    for (const auto& [name, value] : op.fields) {
        if (name != QLatin1String("credit_code") || value.isNull() ||
            (current && current->value(name) == value))
            continue;
        const QString other = m_db.scalar(QStringLiteral("SELECT name FROM accounts WHERE credit_code = ?"
                                                         " AND deleted = 0 AND id IS NOT ? LIMIT 1"),
                                          {value, op.id})
                                  .toString();
        if (!other.isEmpty())
            return Status::fail(CoreText::tr("%1: %2 already has the credit code %3.")
                                    .arg(model::fieldLabel(op.entity, name), other, value.toString()),
                                name);
    }
    return {};
}

Status WriteChecks::checkRequired(const model::EntityDef& def, const Operation& op)
{
    for (const model::FieldDef& f : def.fields) {
        if (!f.required)
            continue;
        const auto it = std::find_if(op.fields.begin(), op.fields.end(),
                                     [&](const auto& fv) { return fv.first == f.name; });
        if (it == op.fields.end())
            return Status::fail(CoreText::tr("%1 is required.").arg(model::fieldLabel(op.entity, f.name)),
                                f.name);
    }
    // Most teams have no required custom fields: one cached lookup says so
    // before the definitions are read (this runs for every new record of an import).
    Statement& anyRequired =
        m_db.fast(QStringLiteral("SELECT EXISTS (SELECT 1 FROM field_defs WHERE applies_to = ? AND "
                                 "required = 1 AND deleted = 0)"));
    anyRequired.bind(1, op.entity);
    const bool required = anyRequired.step() && anyRequired.integer(0) != 0;
    anyRequired.reset();
    if (!required)
        return {};
    for (const custom::Definition& d : custom::definitions(m_db, op.entity)) {
        if (!d.required)
            continue;
        const auto it = std::find_if(op.fields.begin(), op.fields.end(), [&](const auto& fv) {
            return fv.first == d.key && !fv.second.isNull() && !fv.second.toString().isEmpty();
        });
        if (it == op.fields.end())
            return Status::fail(CoreText::tr("%1 is required.").arg(d.field().label), d.key);
    }
    return {};
}

Status WriteChecks::checkFieldDefinition(const Operation& op, const QVariantMap* current)
{
    QString appliesTo = current ? current->value(QStringLiteral("applies_to")).toString() : QString();
    QString key = current ? current->value(QStringLiteral("key")).toString() : QString();
    for (const auto& [name, value] : op.fields) {
        const bool identity = name == QLatin1String("applies_to") || name == QLatin1String("key");
        if (identity && current && current->value(name) != value)
            // Values are stored under the key: renaming it would strand them.
            return Status::fail(
                CoreText::tr("%1: a custom field keeps its key and record type; add a new field instead.")
                    .arg(model::fieldLabel(op.entity, name)),
                name);
        if (name == QLatin1String("applies_to"))
            appliesTo = value.toString();
        if (name == QLatin1String("key"))
            key = value.toString();
    }
    const model::EntityDef* target = model::entity(appliesTo);
    if (current || !target)
        return {};
    const QString keyField = QStringLiteral("key");
    if (target->field(key) || key == QLatin1String("id") || key == QLatin1String("deleted") ||
        key.endsWith(QLatin1String("_hlc")))
        return Status::fail(
            CoreText::tr("Key: %1 already has a field \"%2\".").arg(model::entityLabel(appliesTo), key),
            keyField);
    const QString other =
        m_db.scalar(QStringLiteral("SELECT label FROM field_defs WHERE applies_to = ? AND key = ?"
                                   " AND deleted = 0 AND id IS NOT ? LIMIT 1"),
                    {appliesTo, key, op.id})
            .toString();
    if (!other.isEmpty())
        return Status::fail(
            CoreText::tr("Key: the custom field %1 already uses the key \"%2\".").arg(other, key), keyField);
    return {};
}

Status WriteChecks::admitRemote(const StampedOperation& sop, const QString& ownReplica,
                                const HybridClock& clock, const QString& knownEntity)
{
    // Named by what it claims to be; the claim is what is checked.
    const QString where =
        CoreText::tr("Operation %1 from device %2").arg(sop.opId.left(80), sop.replica.left(80));
    static const QRegularExpression replicaShape(QStringLiteral("^[A-Za-z0-9_-]{1,%1}$").arg(kMaxIdLength));
    if (!replicaShape.match(sop.replica).hasMatch() || sop.seq <= 0 ||
        sop.opId != QStringLiteral("%1:%2").arg(sop.replica).arg(sop.seq))
        return Status::fail(
            CoreText::tr("%1: its id does not match its device and sequence number.").arg(where));
    if (sop.replica == ownReplica)
        return Status::fail(
            CoreText::tr("%1: it claims to be written on this device, which did not write it.").arg(where));
    if (sop.hlc == 0 || !clock.admits(sop.hlc))
        return Status::fail(
            CoreText::tr("%1: it is dated %2, more than a day ahead of this computer's clock. The clock of "
                         "that device is wrong; its changes are refused until it is corrected.")
                .arg(where, QDateTime::fromMSecsSinceEpoch(
                                HybridClock::millis(std::min(sop.hlc, HybridClock::kMax)), QTimeZone::utc())
                                .toString(Qt::ISODate)));
    for (const auto& [replica, seq] : sop.frontier.asKeyValueRange())
        if (!replicaShape.match(replica).hasMatch() || seq < 0)
            return Status::fail(CoreText::tr("%1: what it says it had seen is malformed.").arg(where));
    const model::EntityDef* def = model::entity(sop.op.entity);
    if (!def)
        return Status::fail(
            CoreText::tr("%1: unknown record type \"%2\".").arg(where, sop.op.entity.left(80)));
    if (!ids::looksLikeId(sop.op.id))
        return Status::fail(CoreText::tr("%1: \"%2\" is not a record id.").arg(where, sop.op.id.left(80)));
    if (!knownEntity.isEmpty() && knownEntity != sop.op.entity)
        return Status::fail(
            CoreText::tr("%1: record %2 is a %3, not a %4.")
                .arg(where, sop.op.id, model::entityLabel(knownEntity), model::entityLabel(sop.op.entity)));
    return admitFields(*def, sop, where);
}

Status WriteChecks::admitFields(const model::EntityDef& def, const StampedOperation& sop,
                                const QString& where)
{
    const Operation& op = sop.op;
    const bool fieldless = op.kind == OpKind::Delete || op.kind == OpKind::Restore;
    if (fieldless != op.fields.empty() || int(op.fields.size()) > kMaxFields)
        return Status::fail(CoreText::tr("%1: it carries the wrong number of fields.").arg(where));
    if (op.kind == OpKind::Move &&
        (op.fields.size() != 1 || !def.field(op.fields[0].first) || !def.field(op.fields[0].first)->tree))
        return Status::fail(CoreText::tr("%1: a move changes exactly one parent field.").arg(where));
    for (const auto& [name, value] : op.fields) {
        if (value.typeId() == QMetaType::QString && value.toString().size() > kMaxValueBytes / 3 &&
            value.toString().toUtf8().size() > kMaxValueBytes)
            return Status::fail(CoreText::tr("%1: the value of %2 is larger than %3 MB.")
                                    .arg(where, name.left(80))
                                    .arg(kMaxValueBytes >> 20));
        const model::FieldDef* f = def.field(name);
        if (!f) {
            // A custom field's value: its definition may arrive in a later batch.
            if (model::customizableEntities().contains(op.entity) && model::isCustomFieldKey(name))
                continue;
            return Status::fail(CoreText::tr("%1: %2 has no field \"%3\".")
                                    .arg(where, model::entityLabel(op.entity), name.left(80)));
        }
        if (QString why = model::checkValue(def, *f, value); !why.isEmpty())
            return Status::fail(CoreText::tr("%1: %2").arg(where, why), name);
    }
    return {};
}

Status WriteChecks::checkTree(const QString& entity, const QString& table, const QString& field,
                              const QString& id, const QString& parent)
{
    // Walk up from the new parent; meeting the node itself means a cycle.
    QString cursor = parent;
    for (int depth = 0; !cursor.isEmpty(); ++depth) {
        if (cursor == id || depth > 100000)
            return Status::fail(CoreText::tr("%1: this would make the record its own ancestor.")
                                    .arg(model::fieldLabel(entity, field)),
                                field);
        cursor = m_db.scalar(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(field, table), {cursor})
                     .toString();
    }
    return {};
}

} // namespace summit
