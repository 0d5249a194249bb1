// Undo and redo: inverse operations through the same write path.
#include "store/StorePrivate.h"

#include "store/Ids.h"

#include <QSqlQuery>
#include <algorithm>

namespace summit {

// ---------------------------------------------------------------- undo and redo

namespace {
struct LoggedOp
{
    QString kind, entity, id, replica;
    quint64 hlc = 0;
};
} // namespace

Result<std::vector<Operation>> Store::inverseOf(qint64 firstOp, qint64 lastOp)
{
    std::vector<LoggedOp> logged;
    auto r = m_db.run(
        QStringLiteral(
            "SELECT kind, entity, entity_id, hlc, replica FROM ops WHERE n BETWEEN ? AND ? ORDER BY n DESC"),
        {firstOp, lastOp});
    if (!r)
        return r.error();
    while (r.value()->next())
        logged.push_back({r.value()->value(0).toString(), r.value()->value(1).toString(),
                          r.value()->value(2).toString(), r.value()->value(4).toString(),
                          r.value()->value(3).toULongLong()});

    std::vector<Operation> inverse;
    for (const LoggedOp& op : logged) {
        if (op.kind == QLatin1String("delete")) {
            inverse.push_back(Operation::restore(op.entity, op.id));
            continue;
        }
        if (op.kind == QLatin1String("restore")) {
            inverse.push_back(Operation::remove(op.entity, op.id));
            continue;
        }
        const qint64 hlc = qint64(op.hlc);
        const bool existed = m_db.scalar(QStringLiteral("SELECT 1 FROM op_fields WHERE entity_id = ? AND "
                                                        "(hlc < ? OR (hlc = ? AND replica < ?)) LIMIT 1"),
                                         {op.id, hlc, hlc, op.replica})
                                 .isValid();
        if (!existed) { // the operation created the record: undoing it moves it to the trash
            inverse.push_back(Operation::remove(op.entity, op.id));
            continue;
        }
        const model::EntityDef* def = model::entity(op.entity);
        QStringList fields;
        auto f = m_db.run(
            QStringLiteral("SELECT field FROM op_fields WHERE entity_id = ? AND hlc = ? AND replica = ?"),
            {op.id, hlc, op.replica});
        if (!f)
            return f.error();
        while (f.value()->next())
            fields << f.value()->value(0).toString();
        FieldValues plain;
        for (const QString& field : fields) {
            const QVariant before =
                m_db.scalar(QStringLiteral("SELECT value FROM op_fields WHERE entity_id = ? AND field = ? "
                                           "AND (hlc < ? OR (hlc = ? AND replica < ?)) "
                                           "ORDER BY hlc DESC, replica DESC LIMIT 1"),
                            {op.id, field, hlc, hlc, op.replica});
            const model::FieldDef* fd = def->field(field);
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

Result<std::vector<Operation>> Store::replayOf(qint64 firstOp, qint64 lastOp)
{
    std::vector<Operation> replay;
    auto r = m_db.run(
        QStringLiteral(
            "SELECT kind, entity, entity_id, hlc, replica FROM ops WHERE n BETWEEN ? AND ? ORDER BY n"),
        {firstOp, lastOp});
    if (!r)
        return r.error();
    std::vector<LoggedOp> logged;
    while (r.value()->next())
        logged.push_back({r.value()->value(0).toString(), r.value()->value(1).toString(),
                          r.value()->value(2).toString(), r.value()->value(4).toString(),
                          r.value()->value(3).toULongLong()});
    for (const LoggedOp& op : logged) {
        OpKind kind = OpKind::Set;
        opKindFromName(op.kind, &kind);
        if (kind == OpKind::Delete || kind == OpKind::Restore) {
            replay.push_back({kind, op.entity, op.id, {}});
            continue;
        }
        auto row = record(op.entity, op.id);
        if (row && row.value().value(kDeletedField).toInt() != 0)
            replay.push_back(Operation::restore(op.entity, op.id)); // the undo of a create trashed it
        FieldValues fields;
        auto f = m_db.run(
            QStringLiteral(
                "SELECT field, value FROM op_fields WHERE entity_id = ? AND hlc = ? AND replica = ?"),
            {op.id, qint64(op.hlc), op.replica});
        if (!f)
            return f.error();
        while (f.value()->next())
            fields.emplace_back(f.value()->value(0).toString(), f.value()->value(1));
        replay.push_back({kind, op.entity, op.id, fields});
    }
    return replay;
}

bool Store::canUndo()
{
    return !undoLabel().isNull();
}
bool Store::canRedo()
{
    return !redoLabel().isNull();
}

QString Store::undoLabel()
{
    const QVariant v =
        m_db.scalar(QStringLiteral("SELECT label FROM changes WHERE state = 'done' ORDER BY n DESC LIMIT 1"));
    return v.isValid() ? v.toString() : QString();
}

QString Store::redoLabel()
{
    const QVariant v = m_db.scalar(QStringLiteral(
        "SELECT label FROM changes WHERE state = 'undone' ORDER BY undone_order DESC LIMIT 1"));
    return v.isValid() ? v.toString() : QString();
}

Result<Store::LoggedChange> Store::loggedChange(const QString& sql, const QString& none)
{
    auto r = m_db.run(sql);
    if (!r)
        return r.error();
    if (!r.value()->next())
        return Result<LoggedChange>::fail(none);
    LoggedChange c;
    c.n = r.value()->value(0).toLongLong();
    c.label = r.value()->value(1).toString();
    c.firstOp = r.value()->value(2).toLongLong();
    c.lastOp = r.value()->value(3).toLongLong();
    r.value()->finish();
    return c;
}

Status Store::undo()
{
    auto c =
        loggedChange(QStringLiteral("SELECT n, label, first_op, last_op FROM changes WHERE state = 'done' "
                                    "ORDER BY n DESC LIMIT 1"),
                     tr("Nothing to undo."));
    if (!c)
        return c.status();
    const Status s = inLocalTransaction([&](Pending& pending) -> Status {
        auto inverse = inverseOf(c->firstOp, c->lastOp);
        if (!inverse)
            return inverse.status();
        if (Status a = applyLocal(tr("Undo %1").arg(c->label), inverse.value(), QStringLiteral("undo"), false,
                                  pending);
            !a)
            return a;
        return m_db.exec(
            QStringLiteral("UPDATE changes SET state = 'undone', undone_order = "
                           "(SELECT coalesce(max(undone_order), 0) + 1 FROM changes) WHERE n = ?"),
            {c->n});
    });
    if (!s)
        return Status::fail(tr("Cannot undo \"%1\": %2").arg(c->label, s.message()), s.error().field);
    return {};
}

Status Store::redo()
{
    auto c =
        loggedChange(QStringLiteral("SELECT n, label, first_op, last_op FROM changes WHERE state = 'undone' "
                                    "ORDER BY undone_order DESC LIMIT 1"),
                     tr("Nothing to redo."));
    if (!c)
        return c.status();
    const Status s = inLocalTransaction([&](Pending& pending) -> Status {
        auto replay = replayOf(c->firstOp, c->lastOp);
        if (!replay)
            return replay.status();
        if (Status a = applyLocal(c->label, replay.value(), QStringLiteral("redo"), true, pending); !a)
            return a;
        return m_db.exec(QStringLiteral("UPDATE changes SET state = 'redone' WHERE n = ?"), {c->n});
    });
    if (!s)
        return Status::fail(tr("Cannot redo \"%1\": %2").arg(c->label, s.message()), s.error().field);
    return {};
}

} // namespace summit
