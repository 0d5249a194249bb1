#include "store/OperationLog.h"

#include "store/Database.h"

#include <QSqlQuery>

namespace summit {

QMap<QString, qint64> parseFrontier(const QString& text)
{
    QMap<QString, qint64> frontier;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const int colon = part.indexOf(QLatin1Char(':'));
        frontier.insert(part.left(colon), part.mid(colon + 1).toLongLong());
    }
    return frontier;
}

Result<std::vector<StampedOperation>> readOperations(Database& db, const QString& replica, qint64 afterSeq,
                                                     int limit)
{
    auto r = db.run(
        QStringLiteral(
            "SELECT o.op_id, o.seq, o.hlc, o.kind, o.entity, o.entity_id, o.author, fr.value FROM ops o "
            "LEFT JOIN frontiers fr ON fr.id = o.frontier WHERE o.replica = ? AND o.seq > ? "
            "ORDER BY o.seq LIMIT ?"),
        {replica, afterSeq, limit});
    if (!r)
        return r.error();
    std::vector<StampedOperation> ops;
    QSqlQuery* q = r.value();
    while (q->next()) {
        StampedOperation s;
        s.opId = q->value(0).toString();
        s.replica = replica;
        s.seq = q->value(1).toLongLong();
        s.hlc = q->value(2).toULongLong();
        opKindFromName(q->value(3).toString(), &s.op.kind);
        s.op.entity = q->value(4).toString();
        s.op.id = q->value(5).toString();
        s.author = q->value(6).toString();
        s.frontier = parseFrontier(q->value(7).toString());
        ops.push_back(std::move(s));
    }
    q->finish();
    for (StampedOperation& s : ops) {
        if (s.op.kind == OpKind::Delete || s.op.kind == OpKind::Restore)
            continue; // their one field (deleted) is implied by the kind
        auto f =
            db.run(QStringLiteral(
                       "SELECT field, value FROM op_fields WHERE entity_id = ? AND hlc = ? AND replica = ?"),
                   {s.op.id, qint64(s.hlc), replica});
        if (!f)
            return f.error();
        while (f.value()->next())
            s.op.fields.emplace_back(f.value()->value(0).toString(), f.value()->value(1));
    }
    return ops;
}

} // namespace summit
