#include "commands/Commands.h"
#include "CoreText.h"

#include "model/Schema.h"
#include "rules/StageGates.h"
#include "store/CustomFields.h"
#include "store/Ids.h"

namespace summit::commands {

Commands::Commands(Store& store, Apply apply) : m_store(store), m_apply(std::move(apply)) {}

Status Commands::run(const Change& change) const
{
    return m_apply ? m_apply(change) : m_store.apply(change);
}

Result<QString> Commands::entityOfRequired(const QString& id, const QString& entity) const
{
    const QString found = m_store.entityOf(id);
    if (found.isEmpty() || (!entity.isEmpty() && found != entity)) {
        const QString what = entity.isEmpty() ? CoreText::tr("record") : model::entityLabel(entity);
        return Result<QString>::fail(CoreText::tr("No %1 with id %2.").arg(what, id));
    }
    return found;
}

namespace {
QString lowerFirst(QString text)
{
    // English labels are capitalised ("Stance"); inside a sentence they are not.
    if (!text.isEmpty() && text.at(0).isUpper() && (text.size() < 2 || !text.at(1).isUpper()))
        text[0] = text.at(0).toLower();
    return text;
}
} // namespace

QString Commands::editLabel(const QString& entity, const QString& field, const QString& title)
{
    return CoreText::tr("Edit %1 of %2").arg(lowerFirst(model::fieldLabel(entity, field)), title);
}

QString Commands::titleOf(const QString& id) const
{
    auto rec = m_store.find(id);
    if (!rec)
        return id;
    const model::EntityDef* e = model::entity(rec.value().value(QStringLiteral("entity")).toString());
    if (!e || e->titleField.isEmpty())
        return id;
    const QString t = rec.value().value(e->titleField).toString();
    return t.isEmpty() ? id : t;
}

Result<QString> Commands::createRecord(const QString& entity, const FieldValues& fields, QString id)
{
    const model::EntityDef* def = model::entity(entity);
    if (!def)
        return Result<QString>::fail(CoreText::tr("Unknown record type %1.").arg(entity));
    if (id.isEmpty())
        id = ids::newId();
    else if (!ids::looksLikeId(id))
        return Result<QString>::fail(CoreText::tr("%1 is not a record id.").arg(id));
    if (!m_store.entityOf(id).isEmpty())
        return Result<QString>::fail(CoreText::tr("A record with id %1 exists already.").arg(id));
    // "Add contact 王建国": the type, then the title as typed.
    QString title;
    for (const auto& [field, value] : fields)
        if (field == def->titleField)
            title = value.toString().trimmed();
    const QString what = lowerFirst(model::entityLabel(entity));
    const QString label =
        title.isEmpty() ? CoreText::tr("Add %1").arg(what) : CoreText::tr("Add %1 %2").arg(what, title);
    if (Status s = run({label, {Operation::set(entity, id, fields)}}); !s)
        return s;
    return id;
}

Status Commands::editRecord(const QString& id, const FieldValues& fields)
{
    auto entity = entityOfRequired(id, QString());
    if (!entity)
        return entity.status();
    if (fields.empty())
        return Status::ok();
    const model::EntityDef* def = model::entity(entity.value());
    if (entity.value() == QLatin1String("account"))
        if (Status s = checkTierReason(id, fields); !s)
            return s;
    if (const QString gate = rules::checkStageGate(m_store.reader(), entity.value(), id, fields);
        !gate.isEmpty())
        return Status::fail(gate, QStringLiteral("stage"));
    if (entity.value() == QLatin1String("member"))
        for (const auto& [field, value] : fields)
            if ((field == QLatin1String("role") && value.toString() != QLatin1String("admin")) ||
                (field == QLatin1String("status") && value.toString() == QLatin1String("left"))) {
                if (Status s = checkAdminsRemain(id, editLabel(entity.value(), field, titleOf(id))); !s)
                    return s;
                if (field == QLatin1String("status"))
                    if (Status s = checkNothingHeld(id); !s)
                        return s;
            }
    Change change;
    change.label =
        fields.size() == 1
            ? CoreText::tr("Edit %1 of %2")
                  .arg(lowerFirst(custom::fieldLabel(m_store.reader(), entity.value(), fields.front().first)),
                       titleOf(id))
            : CoreText::tr("Edit %1").arg(titleOf(id));
    FieldValues plain;
    for (const auto& [field, value] : fields) {
        const model::FieldDef* f = def->field(field);
        if (f && f->tree)
            change.ops.push_back(Operation::move(entity.value(), id, field, value));
        else
            plain.emplace_back(field, value);
    }
    if (!plain.empty())
        change.ops.insert(change.ops.begin(), Operation::set(entity.value(), id, std::move(plain)));
    return run(change);
}

Status Commands::trashOrRestore(const QStringList& ids, bool restore)
{
    Change change;
    for (const QString& id : ids) {
        auto entity = entityOfRequired(id, QString());
        if (!entity)
            return entity.status();
        if (!restore && entity.value() == QLatin1String("member"))
            if (Status s = checkAdminsRemain(id, CoreText::tr("Deleting %1").arg(titleOf(id))); !s)
                return s;
        change.ops.push_back(restore ? Operation::restore(entity.value(), id)
                                     : Operation::remove(entity.value(), id));
        const QString what = lowerFirst(model::entityLabel(entity.value()));
        change.label = restore ? CoreText::tr("Restore %1 %2").arg(what, titleOf(id))
                               : CoreText::tr("Delete %1 %2").arg(what, titleOf(id));
    }
    if (ids.size() > 1)
        change.label = restore ? CoreText::tr("Restore %n records", nullptr, int(ids.size()))
                               : CoreText::tr("Delete %n records", nullptr, int(ids.size()));
    if (!restore && !change.ops.empty()) {
        // The moves come first: they name parents that are still live.
        auto moves = movesForDeletion(ids);
        if (!moves)
            return moves.status();
        change.ops.insert(change.ops.begin(), moves.value().begin(), moves.value().end());
    }
    return change.ops.empty() ? Status::ok() : run(change);
}

Status Commands::deleteRecords(const QStringList& ids)
{
    return trashOrRestore(ids, false);
}

Status Commands::restoreFromTrash(const QStringList& ids)
{
    return trashOrRestore(ids, true);
}

Status Commands::resolveConflict(const ConflictRow& conflict, KeepValue keep)
{
    Change change;
    const QString field = model::fieldLabel(conflict.entity, conflict.field);
    change.label = CoreText::tr("Resolve conflict on %1 of %2").arg(field, conflict.title);
    if (conflict.kind == QLatin1String("deleted")) {
        // The edit kept the record. Keeping it settles the conflict with a
        // restore that has seen both; the other side is the delete, made again.
        change.label = keep == KeepValue::Theirs ? CoreText::tr("Delete %1 after all").arg(conflict.title)
                                                 : CoreText::tr("Keep %1").arg(conflict.title);
        change.ops.push_back(keep == KeepValue::Theirs
                                 ? Operation::remove(conflict.entity, conflict.entityId)
                                 : Operation::restore(conflict.entity, conflict.entityId));
        return run(change);
    }
    change.ops.push_back(
        Operation::set(conflict.entity, conflict.entityId,
                       {{conflict.field, keep == KeepValue::Theirs ? conflict.theirs : conflict.mine}}));
    return run(change);
}

} // namespace summit::commands
