#include "query/RecordList.h"
#include "CoreText.h"

#include "model/Schema.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>

namespace summit::query {

namespace {

struct Plan
{
    const model::EntityDef* def = nullptr;
    QString sortKey;  // validated
    QString sortExpr; // SQL expression of the sort key
    QString from;     // FROM … JOIN … clause
    QStringList where;
    QVariantList binds;
};

Result<Plan> plan(const RecordListFilter& filter)
{
    Plan p;
    p.def = model::entity(filter.entity);
    if (!p.def)
        return Result<Plan>::fail(CoreText::tr("Unknown record type \"%1\".").arg(filter.entity));
    const QString account =
        p.def->accountField.isEmpty() ? QStringLiteral("NULL") : QStringLiteral("r.") + p.def->accountField;
    const QString member = memberField(filter.entity);
    p.from = QStringLiteral("FROM %1 r LEFT JOIN accounts a ON a.id = %2").arg(p.def->table, account);
    if (!member.isEmpty())
        p.from += QStringLiteral(" LEFT JOIN members m ON m.id = r.%1").arg(member);
    p.where << QStringLiteral("r.deleted = 0");
    // Records of an account in the trash are hidden with it and come back with it.
    if (!p.def->accountField.isEmpty())
        p.where << QStringLiteral("coalesce(a.deleted, 0) = 0");
    for (auto it = filter.equals.begin(); it != filter.equals.end(); ++it) {
        if (!p.def->field(it.key()))
            return Result<Plan>::fail(
                CoreText::tr("%1 has no field \"%2\".").arg(model::entityLabel(filter.entity), it.key()));
        p.where << QStringLiteral("r.%1 = ?").arg(it.key());
        p.binds << it.value();
    }
    if (!filter.member.isEmpty()) {
        if (member.isEmpty())
            return Result<Plan>::fail(
                CoreText::tr("%1 records have no owner.").arg(model::entityLabel(filter.entity)));
        p.where << QStringLiteral("r.%1 = ?").arg(member);
        p.binds << filter.member;
    }
    if (filter.only) {
        p.where << QStringLiteral("r.id IN (SELECT value FROM json_each(?))");
        p.binds << QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(*filter.only)).toJson(QJsonDocument::Compact));
    }
    p.sortKey = filter.sortKey.isEmpty() ? p.def->titleField : filter.sortKey;
    if (p.sortKey.isEmpty())
        p.sortKey = QStringLiteral("id");
    if (p.sortKey == kAccountNameKey)
        p.sortExpr = QStringLiteral("a.name");
    else if (p.sortKey == kMemberNameKey && !member.isEmpty())
        p.sortExpr = QStringLiteral("m.name");
    else if (p.def->field(p.sortKey) || p.sortKey == QLatin1String("id"))
        p.sortExpr = QStringLiteral("r.") + p.sortKey;
    else
        return Result<Plan>::fail(CoreText::tr("%1 has no field \"%2\" to sort by.")
                                      .arg(model::entityLabel(filter.entity), p.sortKey));
    return p;
}

} // namespace

QString memberField(const QString& entity)
{
    if (entity == QLatin1String("task"))
        return QStringLiteral("assignee_id");
    if (entity == QLatin1String("followup"))
        return QStringLiteral("author_id");
    if (entity == QLatin1String("opportunity") || entity == QLatin1String("contract") ||
        entity == QLatin1String("service_request"))
        return QStringLiteral("owner_id");
    return {};
}

PageCursor cursorAfter(const RecordListFilter& filter, const QVariantMap& lastRow)
{
    PageCursor c;
    c.valid = true;
    QString key = filter.sortKey;
    if (key.isEmpty()) {
        const model::EntityDef* def = model::entity(filter.entity);
        key = def && !def->titleField.isEmpty() ? def->titleField : QStringLiteral("id");
    }
    c.sortValue = lastRow.value(key); // absent = null, as recordPage leaves nulls out
    c.id = lastRow.value(QStringLiteral("id")).toString();
    return c;
}

Result<std::vector<QVariantMap>> recordPage(Database& db, const RecordListFilter& filter,
                                            const PageCursor& after, int limit)
{
    auto p = plan(filter);
    if (!p)
        return p.error();
    Plan& pl = p.value();
    QStringList where = pl.where;
    QVariantList binds = pl.binds;
    const QString& k = pl.sortExpr;
    // SQLite sorts nulls first ascending and last descending; the id breaks
    // ties in the same direction, so "after" is one comparison per case.
    if (after.valid) {
        const bool isNull = after.sortValue.isNull();
        if (!filter.descending && isNull) {
            where << QStringLiteral("((%1 IS NULL AND r.id > ?) OR %1 IS NOT NULL)").arg(k);
            binds << after.id;
        } else if (!filter.descending) {
            where << QStringLiteral("(%1 > ? OR (%1 = ? AND r.id > ?))").arg(k);
            binds << after.sortValue << after.sortValue << after.id;
        } else if (isNull) {
            where << QStringLiteral("(%1 IS NULL AND r.id < ?)").arg(k);
            binds << after.id;
        } else {
            where << QStringLiteral("(%1 < ? OR (%1 = ? AND r.id < ?) OR %1 IS NULL)").arg(k);
            binds << after.sortValue << after.sortValue << after.id;
        }
    }
    const QString dir = filter.descending ? QStringLiteral(" DESC") : QString();
    const QString member =
        memberField(filter.entity).isEmpty() ? QStringLiteral("NULL") : QStringLiteral("m.name");
    const QString sql =
        QStringLiteral("SELECT r.*, a.name AS %1, %2 AS %3 %4 WHERE %5 ORDER BY %6%7, r.id%7 LIMIT ?")
            .arg(kAccountNameKey, member, kMemberNameKey, pl.from, where.join(QStringLiteral(" AND ")), k,
                 dir);
    binds << limit;
    auto r = db.run(sql, binds);
    if (!r)
        return r.error();
    QSqlQuery* q = r.value();
    const QSqlRecord rec = q->record();
    std::vector<QVariantMap> rows;
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

Result<int> countRecords(Database& db, const RecordListFilter& filter)
{
    auto p = plan(filter);
    if (!p)
        return p.error();
    auto r = db.run(QStringLiteral("SELECT count(*) %1 WHERE %2")
                        .arg(p.value().from, p.value().where.join(QStringLiteral(" AND "))),
                    p.value().binds);
    if (!r)
        return r.error();
    QSqlQuery* q = r.value();
    const int n = q->next() ? q->value(0).toInt() : 0;
    q->finish();
    return n;
}

} // namespace summit::query
