#include "store/Queries.h"

#include "model/Schema.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QSqlRecord>

namespace summit {

namespace {
QString tr(const char* text) { return QCoreApplication::translate("Queries", text); }
} // namespace

Result<std::vector<QVariantMap>> listRecords(Database& db, const QString& entity, const ListFilter& filter)
{
    using R = Result<std::vector<QVariantMap>>;
    const model::EntityDef* def = model::entity(entity);
    if (!def)
        return R::fail(tr("Unknown record type \"%1\".").arg(entity));
    QStringList where;
    QVariantList binds;
    if (!filter.includeDeleted)
        where << QStringLiteral("deleted = 0");
    if (!filter.accountId.isEmpty()) {
        if (def->accountField.isEmpty())
            return R::fail(tr("%1 records do not belong to an account.").arg(model::entityLabel(entity)));
        where << QStringLiteral("%1 = ?").arg(def->accountField);
        binds << filter.accountId;
    }
    for (auto it = filter.equals.begin(); it != filter.equals.end(); ++it) {
        if (!def->field(it.key()) && it.key() != QLatin1String("id"))
            return R::fail(tr("%1 has no field \"%2\".").arg(model::entityLabel(entity), it.key()));
        where << QStringLiteral("%1 = ?").arg(it.key());
        binds << it.value();
    }
    QString order = filter.orderBy.isEmpty() ? def->titleField : filter.orderBy;
    if (order.isEmpty())
        order = QStringLiteral("id");
    if (!def->field(order) && order != QLatin1String("id"))
        return R::fail(tr("%1 has no field \"%2\" to sort by.").arg(model::entityLabel(entity), order));
    QString sql = QStringLiteral("SELECT * FROM %1").arg(def->table);
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY %1 %2, id").arg(order, filter.descending ? QStringLiteral("DESC") : QString());
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

Result<QVariantMap> storeStats(Database& db)
{
    QVariantMap stats;
    for (const model::EntityDef& def : model::entities())
        stats.insert(def.name, db.scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE deleted = 0").arg(def.table)));
    stats.insert(QStringLiteral("operations"), db.scalar(QStringLiteral("SELECT count(*) FROM ops")));
    stats.insert(QStringLiteral("trash"), [&] {
        qint64 n = 0;
        for (const model::EntityDef& def : model::entities())
            n += db.scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE deleted <> 0").arg(def.table)).toLongLong();
        return n;
    }());
    return stats;
}

} // namespace summit
