#include "query/ConflictResolution.h"

#include "model/Schema.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <algorithm>

namespace summit {

namespace {
// The translation context of this file (lupdate and the runtime agree on it).
struct ConflictText
{
    Q_DECLARE_TR_FUNCTIONS(ConflictResolution)
};
} // namespace

Result<ConflictRow> findConflict(Database& db, const QString& key)
{
    auto rows = listConflicts(db);
    if (!rows)
        return rows.error();
    const auto it = std::find_if(rows.value().begin(), rows.value().end(),
                                 [&](const ConflictRow& c) { return c.key == key; });
    if (it == rows.value().end())
        return Result<ConflictRow>::fail(ConflictText::tr("No open conflict %1.").arg(key));
    return *it;
}

Change conflictResolution(const ConflictRow& conflict, KeepValue keep)
{
    Change change;
    const QString field = model::fieldLabel(conflict.entity, conflict.field);
    change.label = ConflictText::tr("Resolve conflict on %1 of %2").arg(field, conflict.title);
    if (keep == KeepValue::Theirs && conflict.kind == QLatin1String("deleted"))
        change.ops.push_back(Operation::restore(conflict.entity, conflict.entityId));
    change.ops.push_back(
        Operation::set(conflict.entity, conflict.entityId,
                       {{conflict.field, keep == KeepValue::Theirs ? conflict.theirs : conflict.mine}}));
    return change;
}

Result<Change> restoreFromTrash(Store& store, const QString& id)
{
    const QString entity = store.entityOf(id);
    if (entity.isEmpty())
        return Result<Change>::fail(ConflictText::tr("No record with id %1.").arg(id));
    const QString what = model::entityLabel(entity);
    return Change{ConflictText::tr("Restore %1").arg(what), {Operation::restore(entity, id)}};
}

Result<FieldWriter> lastWriter(Database& db, const QString& id, const QString& field)
{
    auto r = db.run(QStringLiteral("SELECT o.author, f.hlc FROM op_fields f JOIN ops o ON o.n = f.op "
                                   "WHERE f.entity_id = ? AND f.field = ? "
                                   "ORDER BY f.hlc DESC, f.replica DESC LIMIT 1"),
                    {id, field});
    if (!r)
        return r.error();
    FieldWriter w;
    if (r.value()->next()) {
        w.author = r.value()->value(0).toString();
        w.hlc = r.value()->value(1).toULongLong();
    }
    r.value()->finish();
    return w;
}

bool hasConflict(Database& db, const QString& id)
{
    return db.scalar(QStringLiteral("SELECT 1 FROM conflicts WHERE entity_id = ? LIMIT 1"), {id}).isValid();
}

} // namespace summit
