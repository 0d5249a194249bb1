#include "store/History.h"

#include "store/Store.h"

#include <QSqlQuery>
#include <algorithm>

namespace summit {

Result<std::vector<HistoryEntry>> recordHistory(Store& store, const QString& id)
{
    auto r = store.reader().run(QStringLiteral("SELECT f.field, f.value, f.hlc, f.replica, o.author, o.kind, "
                                               "m.name FROM op_fields f JOIN ops o ON o.n = f.op "
                                               "LEFT JOIN members m ON m.id = o.author WHERE f.entity_id = ? "
                                               "ORDER BY f.field, f.hlc, f.replica"),
                                {id});
    if (!r)
        return r.error();
    std::vector<HistoryEntry> out;
    QString lastField;
    QVariant previous;
    QSqlQuery* q = r.value();
    while (q->next()) {
        HistoryEntry e;
        e.field = q->value(0).toString();
        e.newValue = q->value(1);
        e.hlc = q->value(2).toULongLong();
        e.replica = q->value(3).toString();
        e.author = q->value(4).toString();
        e.kind = q->value(5).toString();
        e.authorName = q->value(6).toString();
        if (e.field != lastField) {
            previous = QVariant();
            lastField = e.field;
        }
        e.oldValue = previous;
        previous = e.newValue;
        out.push_back(std::move(e));
    }
    std::stable_sort(out.begin(), out.end(), [](const HistoryEntry& a, const HistoryEntry& b) {
        return a.hlc != b.hlc ? a.hlc > b.hlc : a.replica > b.replica;
    });
    return out;
}

Result<QVariantMap> recordAsOf(Store& store, const QString& id, quint64 untilHlc)
{
    auto r = store.reader().run(
        QStringLiteral("SELECT field, value FROM op_fields WHERE entity_id = ? AND hlc <= ? "
                       "ORDER BY field, hlc DESC, replica DESC"),
        {id, qint64(untilHlc)});
    if (!r)
        return r.error();
    QVariantMap row;
    QSqlQuery* q = r.value();
    while (q->next()) {
        const QString field = q->value(0).toString();
        if (!row.contains(field))
            row.insert(field, q->value(1));
    }
    return row;
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

} // namespace summit
