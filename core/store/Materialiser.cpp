#include "store/Materialiser.h"
#include "CoreText.h"

#include "model/Schema.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QHash>

namespace summit {

namespace {

const QString kDeleted = QStringLiteral("deleted");

// The upsert of one shape of write: the record type and the fields written.
// An import writes the same few shapes a hundred thousand times, so the text
// is built once per shape (the key is far shorter than the statement).
const QString& upsertFor(const model::EntityDef& def, const QString& shape, const FieldValues& winners)
{
    thread_local QHash<QString, QString> upserts;
    auto sql = upserts.find(shape);
    if (sql != upserts.end())
        return *sql;
    QString columns = QStringLiteral("id, created_hlc, updated_hlc");
    QString values = QStringLiteral("?, ?, ?");
    QString updates =
        QStringLiteral("created_hlc = min(coalesce(created_hlc, excluded.created_hlc), excluded.created_hlc),"
                       " updated_hlc = max(coalesce(updated_hlc, 0), excluded.updated_hlc)");
    for (const auto& fv : winners) {
        if (!def.field(fv.first) && fv.first != kDeleted)
            continue;
        columns += QStringLiteral(", ") + fv.first;
        values += QStringLiteral(", ?");
        updates += QStringLiteral(", %1 = excluded.%1").arg(fv.first);
    }
    return *upserts.insert(shape,
                           QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (id) DO UPDATE SET %4")
                               .arg(def.table, columns, values, updates));
}

} // namespace

Status Materialiser::write(const QString& entity, const QString& id, quint64 hlc, const FieldValues& winners)
{
    const model::EntityDef* def = model::entity(entity);
    FieldValues customValues;
    QString shape = entity;
    for (const auto& fv : winners) {
        if (!def->field(fv.first) && fv.first != kDeleted) {
            customValues.push_back(fv);
            continue;
        }
        shape += QLatin1Char(',') + fv.first;
    }
    Statement& q = m_db.fast(upsertFor(*def, shape, winners));
    q.bind(1, id).bind(2, qint64(hlc)).bind(3, qint64(hlc));
    int i = 4;
    for (const auto& fv : winners)
        if (def->field(fv.first) || fv.first == kDeleted)
            q.bind(i++, fv.second);
    if (!q.exec())
        return Status::fail(
            CoreText::tr("Cannot update %1 %2: %3").arg(model::entityLabel(entity), id, q.error()));
    for (const auto& [key, value] : customValues) {
        const bool clear =
            value.isNull() || (value.typeId() == QMetaType::QString && value.toString().isEmpty());
        Statement& c =
            m_db.fast(clear ? QStringLiteral("DELETE FROM custom_values WHERE entity_id = ? AND key = ?")
                            : QStringLiteral("INSERT INTO custom_values (entity_id, key, value)"
                                             " VALUES (?, ?, ?) ON CONFLICT (entity_id, key)"
                                             " DO UPDATE SET value = excluded.value"));
        c.bind(1, id).bind(2, key);
        if (!clear)
            c.bind(3, value);
        if (!c.exec())
            return Status::fail(
                CoreText::tr("Cannot update %1 %2: %3").arg(model::entityLabel(entity), id, c.error()));
    }
    return {};
}

Status Materialiser::setParent(const model::EntityDef& def, const QString& field, const QString& id,
                               const QString& parent)
{
    return m_db.exec(QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?").arg(def.table, field),
                     {parent.isEmpty() ? QVariant() : QVariant(parent), id});
}

Status Materialiser::setDeleted(const model::EntityDef& def, const QString& id, bool deleted)
{
    return m_db.exec(QStringLiteral("UPDATE %1 SET deleted = ? WHERE id = ?").arg(def.table),
                     {deleted ? 1 : 0, id});
}

Status Materialiser::clear()
{
    for (const model::EntityDef& def : model::entities())
        if (Status s = m_db.exec(QStringLiteral("DELETE FROM %1").arg(def.table)); !s)
            return s;
    return m_db.exec(QStringLiteral("DELETE FROM custom_values"));
}

} // namespace summit
