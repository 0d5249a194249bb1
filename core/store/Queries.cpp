#include "store/Queries.h"
#include "CoreText.h"

#include "store/OperationLog.h"

#include "model/Schema.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QSqlRecord>
#include <algorithm>

namespace summit {

Result<std::vector<QVariantMap>> listRecords(Database& db, const QString& entity, const ListFilter& filter)
{
    using R = Result<std::vector<QVariantMap>>;
    const model::EntityDef* def = model::entity(entity);
    if (!def)
        return R::fail(CoreText::tr("Unknown record type \"%1\".").arg(entity));
    QStringList where;
    QVariantList binds;
    if (!filter.includeDeleted)
        where << QStringLiteral("deleted = 0");
    if (!filter.accountId.isEmpty()) {
        if (def->accountField.isEmpty())
            return R::fail(
                CoreText::tr("%1 records do not belong to an account.").arg(model::entityLabel(entity)));
        where << QStringLiteral("%1 = ?").arg(def->accountField);
        binds << filter.accountId;
    }
    for (auto it = filter.equals.begin(); it != filter.equals.end(); ++it) {
        if (!def->field(it.key()) && it.key() != QLatin1String("id"))
            return R::fail(CoreText::tr("%1 has no field \"%2\".").arg(model::entityLabel(entity), it.key()));
        where << QStringLiteral("%1 = ?").arg(it.key());
        binds << it.value();
    }
    QString order = filter.orderBy.isEmpty() ? def->titleField : filter.orderBy;
    if (order.isEmpty())
        order = QStringLiteral("id");
    if (!def->field(order) && order != QLatin1String("id"))
        return R::fail(
            CoreText::tr("%1 has no field \"%2\" to sort by.").arg(model::entityLabel(entity), order));
    QString sql = QStringLiteral("SELECT * FROM %1").arg(def->table);
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY %1 %2, id")
               .arg(order, filter.descending ? QStringLiteral("DESC") : QString());
    if (filter.limit > 0)
        sql += QStringLiteral(" LIMIT %1 OFFSET %2").arg(filter.limit).arg(filter.offset);
    auto r = db.run(sql, binds);
    if (!r)
        return r.error();
    std::vector<QVariantMap> rows;
    QSqlQuery* q = r.value();
    const QSqlRecord rec = q->record();
    while (q->next()) {
        QVariantMap row;
        for (int i = 0; i < rec.count(); ++i)
            if (!q->value(i).isNull())
                row.insert(rec.fieldName(i), q->value(i));
        rows.push_back(std::move(row));
    }
    q->finish();
    return rows;
}

Result<std::vector<ConflictRow>> listConflicts(Database& db)
{
    auto r = db.run(QStringLiteral(
        "SELECT entity_id, field, kind, hlc, replica, value FROM conflicts ORDER BY hlc DESC"));
    if (!r)
        return r.error();
    std::vector<ConflictRow> rows;
    while (r.value()->next()) {
        ConflictRow c;
        c.entityId = r.value()->value(0).toString();
        c.field = r.value()->value(1).toString();
        c.kind = r.value()->value(2).toString();
        c.hlc = r.value()->value(3).toULongLong();
        c.replica = r.value()->value(4).toString();
        c.theirs = r.value()->value(5);
        c.key = QStringLiteral("%1/%2/%3/%4/%5").arg(c.entityId, c.field, c.kind).arg(c.hlc).arg(c.replica);
        rows.push_back(std::move(c));
    }
    r.value()->finish();
    // The record type and author of each losing write, from the log.
    OperationLog log(db);
    std::vector<ConflictRow> logged;
    logged.reserve(rows.size());
    for (ConflictRow& c : rows) {
        auto write = log.writeAt(c.entityId, c.field, c.hlc, c.replica);
        if (!write)
            return write.error();
        if (!write.value())
            continue; // its write is not in the log (cannot happen in a consistent database): nothing to show
        c.entity = write.value()->entity;
        c.author = write.value()->author;
        logged.push_back(std::move(c));
    }
    rows = std::move(logged);
    for (ConflictRow& c : rows) {
        const model::EntityDef* def = model::entity(c.entity);
        if (!def)
            continue;
        auto row = db.run(
            QStringLiteral("SELECT %1, %2 FROM %3 WHERE id = ?")
                .arg(c.field, def->titleField.isEmpty() ? QStringLiteral("id") : def->titleField, def->table),
            {c.entityId});
        if (row && row.value()->next()) {
            c.mine = row.value()->value(0);
            c.title = row.value()->value(1).toString();
        }
        if (row)
            row.value()->finish();
    }
    return rows;
}

Result<std::vector<QVariantMap>> listTrash(Database& db)
{
    std::vector<QVariantMap> rows;
    for (const model::EntityDef& def : model::entities()) {
        auto r =
            db.run(QStringLiteral("SELECT id, %1, updated_hlc FROM %2 WHERE deleted <> 0")
                       .arg(def.titleField.isEmpty() ? QStringLiteral("id") : def.titleField, def.table));
        if (!r)
            return r.error();
        while (r.value()->next())
            rows.push_back({{QStringLiteral("entity"), def.name},
                            {QStringLiteral("id"), r.value()->value(0)},
                            {QStringLiteral("title"), r.value()->value(1)},
                            {QStringLiteral("updated_hlc"), r.value()->value(2)}});
    }
    std::sort(rows.begin(), rows.end(), [](const QVariantMap& a, const QVariantMap& b) {
        return a.value(QStringLiteral("updated_hlc")).toULongLong() >
               b.value(QStringLiteral("updated_hlc")).toULongLong();
    });
    return rows;
}

Result<qint64> countLive(Database& db, const QString& entity)
{
    const model::EntityDef* def = model::entity(entity);
    if (!def)
        return Result<qint64>::fail(CoreText::tr("Unknown record type \"%1\".").arg(entity));
    return db.scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE deleted = 0").arg(def->table))
        .toLongLong();
}

Result<QVariantMap> storeStats(Database& db)
{
    QVariantMap stats;
    for (const model::EntityDef& def : model::entities())
        stats.insert(def.name,
                     db.scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE deleted = 0").arg(def.table)));
    stats.insert(QStringLiteral("operations"), QVariant::fromValue(OperationLog(db).count()));
    stats.insert(QStringLiteral("trash"), [&] {
        qint64 n = 0;
        for (const model::EntityDef& def : model::entities())
            n += db.scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE deleted <> 0").arg(def.table))
                     .toLongLong();
        return n;
    }());
    return stats;
}

} // namespace summit
