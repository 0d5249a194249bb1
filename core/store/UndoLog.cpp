#include "store/UndoLog.h"

#include "model/Schema.h"
#include "store/Database.h"
#include "store/OperationLog.h"

namespace summit {

Status UndoLog::record(const QString& label, qint64 firstOp, qint64 lastOp, const QString& kind)
{
    if (kind == QLatin1String("user"))
        if (Status s = m_db.exec(QStringLiteral("UPDATE changes SET state = 'dead' WHERE state = 'undone'"));
            !s)
            return s;
    return m_db.exec(QStringLiteral("INSERT INTO changes (label, first_op, last_op, kind, state) "
                                    "VALUES (?, ?, ?, ?, 'done')"),
                     {label, firstOp, lastOp, kind});
}

QString UndoLog::undoLabel()
{
    const QVariant v =
        m_db.scalar(QStringLiteral("SELECT label FROM changes WHERE state = 'done' ORDER BY n DESC LIMIT 1"));
    return v.isValid() ? v.toString() : QString();
}

QString UndoLog::redoLabel()
{
    const QVariant v = m_db.scalar(QStringLiteral(
        "SELECT label FROM changes WHERE state = 'undone' ORDER BY undone_order DESC LIMIT 1"));
    return v.isValid() ? v.toString() : QString();
}

Result<std::optional<UndoLog::Entry>> UndoLog::entry(const QString& sql)
{
    auto rows = m_db.rows(sql);
    if (!rows)
        return rows.error();
    if (rows.value().empty())
        return std::optional<Entry>();
    const QVariantList& r = rows.value().front();
    return std::optional<Entry>(
        Entry{r[0].toLongLong(), r[2].toLongLong(), r[3].toLongLong(), r[1].toString()});
}

Result<std::optional<UndoLog::Entry>> UndoLog::nextUndo()
{
    return entry(QStringLiteral("SELECT n, label, first_op, last_op FROM changes WHERE state = 'done' "
                                "ORDER BY n DESC LIMIT 1"));
}

Result<std::optional<UndoLog::Entry>> UndoLog::nextRedo()
{
    return entry(QStringLiteral("SELECT n, label, first_op, last_op FROM changes WHERE state = 'undone' "
                                "ORDER BY undone_order DESC LIMIT 1"));
}

Status UndoLog::markUndone(qint64 n)
{
    return m_db.exec(QStringLiteral("UPDATE changes SET state = 'undone', undone_order = "
                                    "(SELECT coalesce(max(undone_order), 0) + 1 FROM changes) WHERE n = ?"),
                     {n});
}

Status UndoLog::markRedone(qint64 n)
{
    return m_db.exec(QStringLiteral("UPDATE changes SET state = 'redone' WHERE n = ?"), {n});
}

Result<std::vector<Operation>> UndoLog::inverseOf(const Entry& change)
{
    auto logged = m_log.operationsBetween(change.firstOp, change.lastOp, true);
    if (!logged)
        return logged.error();
    std::vector<Operation> inverse;
    for (const LoggedOperation& op : logged.value()) {
        if (op.kind == QLatin1String("delete")) {
            inverse.push_back(Operation::restore(op.entity, op.id));
            continue;
        }
        if (op.kind == QLatin1String("restore")) {
            inverse.push_back(Operation::remove(op.entity, op.id));
            continue;
        }
        auto existed = m_log.writtenBefore(op.id, op.hlc, op.replica);
        if (!existed)
            return existed.error();
        if (!existed.value()) { // the operation created the record: undoing it moves it to the trash
            inverse.push_back(Operation::remove(op.entity, op.id));
            continue;
        }
        const model::EntityDef* def = model::entity(op.entity);
        auto fields = m_log.fieldsOf(op.id, op.hlc, op.replica);
        if (!fields)
            return fields.error();
        FieldValues plain;
        for (const auto& written : fields.value()) {
            const QString& field = written.first;
            const QVariant before = m_log.valueBefore(op.id, field, op.hlc, op.replica);
            const model::FieldDef* fd = def ? def->field(field) : nullptr;
            if (fd && fd->tree)
                inverse.push_back(Operation::move(op.entity, op.id, field, before));
            else
                plain.emplace_back(field, before);
        }
        if (!plain.empty())
            inverse.push_back(Operation::set(op.entity, op.id, plain));
    }
    return inverse;
}

Result<std::vector<Operation>> UndoLog::replayOf(const Entry& change)
{
    auto logged = m_log.operationsBetween(change.firstOp, change.lastOp, false);
    if (!logged)
        return logged.error();
    std::vector<Operation> replay;
    for (const LoggedOperation& op : logged.value()) {
        OpKind kind = OpKind::Set;
        opKindFromName(op.kind, &kind);
        if (kind == OpKind::Delete || kind == OpKind::Restore) {
            replay.push_back({kind, op.entity, op.id, {}});
            continue;
        }
        if (const model::EntityDef* def = model::entity(op.entity))
            if (m_db.scalar(QStringLiteral("SELECT deleted FROM %1 WHERE id = ?").arg(def->table), {op.id})
                    .toInt())
                replay.push_back(Operation::restore(op.entity, op.id)); // the undo of a create trashed it
        auto fields = m_log.fieldsOf(op.id, op.hlc, op.replica);
        if (!fields)
            return fields.error();
        replay.push_back({kind, op.entity, op.id, fields.value()});
    }
    return replay;
}

} // namespace summit
