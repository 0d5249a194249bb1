#include "store/OperationLog.h"
#include "CoreText.h"

#include "model/Schema.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace summit {

namespace {

// A statement's error as a failed status; ok when there is none.
Status statementStatus(Statement& q)
{
    const QString error = q.error();
    return error.isEmpty() ? Status() : Status::fail(error);
}

AuthoredWrite authoredFrom(const QVariantList& r)
{
    // Columns: entity_id, field, value, hlc, replica, entity, kind, author, member name.
    AuthoredWrite a;
    a.write = {r[0].toString(), r[1].toString(), r[2], r[3].toULongLong(), r[4].toString()};
    a.entity = r[5].toString();
    a.kind = r[6].toString();
    a.author = r[7].toString();
    a.authorName = r[8].toString();
    return a;
}

const QString kAuthoredColumns =
    QStringLiteral("f.entity_id, f.field, f.value, f.hlc, f.replica, o.entity, o.kind, o.author, m.name "
                   "FROM op_fields f JOIN ops o ON o.n = f.op LEFT JOIN members m ON m.id = o.author");

} // namespace

QMap<QString, qint64> parseFrontier(const QString& text)
{
    QMap<QString, qint64> frontier;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const int colon = part.indexOf(QLatin1Char(':'));
        frontier.insert(part.left(colon), part.mid(colon + 1).toLongLong());
    }
    return frontier;
}

// ---------------------------------------------------------------- writing

Result<qint64> OperationLog::append(const StampedOperation& sop, qint64 frontierRow)
{
    Statement& ins = m_db.fast(
        QStringLiteral("INSERT OR IGNORE INTO ops (op_id, replica, seq, hlc, kind, entity, entity_id, "
                       "author, frontier) VALUES (?,?,?,?,?,?,?,?,?)"));
    ins.bind(1, sop.opId).bind(2, sop.replica).bind(3, sop.seq).bind(4, qint64(sop.hlc));
    ins.bind(5, opKindName(sop.op.kind)).bind(6, sop.op.entity).bind(7, sop.op.id);
    if (sop.author.isEmpty())
        ins.bindNull(8);
    else
        ins.bind(8, sop.author);
    if (frontierRow > 0)
        ins.bind(9, frontierRow);
    else
        ins.bindNull(9);
    if (!ins.exec())
        return Result<qint64>::fail(CoreText::tr("Cannot write the operation log: %1").arg(ins.error()));
    return ins.changes() == 0 ? qint64(0) : ins.lastInsertId();
}

Result<bool> OperationLog::appendField(const FieldWrite& write, qint64 op)
{
    Statement& add = m_db.fast(QStringLiteral(
        "INSERT OR IGNORE INTO op_fields (entity_id, field, hlc, replica, value, op) VALUES (?,?,?,?,?,?)"));
    add.bind(1, write.id)
        .bind(2, write.field)
        .bind(3, qint64(write.hlc))
        .bind(4, write.replica)
        .bind(5, write.value)
        .bind(6, op);
    if (!add.exec())
        return Result<bool>::fail(CoreText::tr("Cannot write the operation log: %1").arg(add.error()));
    return add.changes() != 0;
}

Result<qint64> OperationLog::frontierRow(const QMap<QString, qint64>& frontier)
{
    if (frontier.isEmpty())
        return qint64(0);
    QStringList parts;
    for (auto it = frontier.begin(); it != frontier.end(); ++it)
        parts << QStringLiteral("%1:%2").arg(it.key()).arg(it.value());
    const QString value = parts.join(QLatin1Char(','));
    if (Status s = m_db.exec(QStringLiteral("INSERT OR IGNORE INTO frontiers (value) VALUES (?)"), {value});
        !s)
        return s.error();
    return m_db.scalar(QStringLiteral("SELECT id FROM frontiers WHERE value = ?"), {value}).toLongLong();
}

Result<qint64> OperationLog::renumber(const QString& from, const QString& to, qint64 confirmedSeq)
{
    auto r =
        m_db.rows(QStringLiteral("SELECT o.n, fr.value, o.entity_id, o.hlc FROM ops o LEFT JOIN frontiers "
                                 "fr ON fr.id = o.frontier WHERE o.replica = ? AND o.seq > ? ORDER BY o.seq"),
                  {from, confirmedSeq});
    if (!r)
        return r.error();
    // A renumbered operation had seen the old id's earlier ones by their order;
    // under another id only its frontier can say so, or a later write of a field
    // would read as concurrent with the old id's earlier write of it (a false conflict).
    QHash<QString, qint64> frontierRows; // frontier text before -> row after
    qint64 seq = 0;
    for (const QVariantList& row : r.value()) {
        ++seq;
        QVariantList binds = {to, seq, QStringLiteral("%1:%2").arg(to).arg(seq)};
        QString sql = QStringLiteral("UPDATE ops SET replica = ?, seq = ?, op_id = ? WHERE n = ?");
        if (confirmedSeq > 0) {
            const QString before = row[1].toString();
            auto known = frontierRows.constFind(before);
            if (known == frontierRows.constEnd()) {
                QMap<QString, qint64> seen = parseFrontier(before);
                seen.insert(from, std::max(seen.value(from), confirmedSeq));
                auto id = frontierRow(seen);
                if (!id)
                    return id.status();
                known = frontierRows.insert(before, id.value());
            }
            sql = QStringLiteral("UPDATE ops SET replica = ?, seq = ?, op_id = ?, frontier = ? WHERE n = ?");
            binds << known.value();
        }
        binds << row[0];
        if (Status s = m_db.exec(sql, binds); !s)
            return s.error();
        // By the log's key (an operation's fields share its record and clock
        // value), not a scan per operation.
        if (Status s =
                m_db.exec(QStringLiteral("UPDATE op_fields SET replica = ? WHERE entity_id = ? AND hlc = ? "
                                         "AND replica = ? AND op = ?"),
                          {to, row[2], row[3], from, row[0]});
            !s)
            return s.error();
    }
    return seq;
}

// ---------------------------------------------------------------- counting and frontiers

quint64 OperationLog::count()
{
    return m_db.scalar(QStringLiteral("SELECT count(*) FROM ops")).toULongLong();
}

qint64 OperationLog::lastNumber()
{
    return m_db.scalar(QStringLiteral("SELECT max(n) FROM ops")).toLongLong();
}

qint64 OperationLog::lastSeq(const QString& replica)
{
    return m_db.scalar(QStringLiteral("SELECT max(seq) FROM ops WHERE replica = ?"), {replica}).toLongLong();
}

qint64 OperationLog::countAfter(const QString& replica, qint64 seq)
{
    return m_db
        .scalar(QStringLiteral("SELECT count(*) FROM ops WHERE replica = ? AND seq > ?"), {replica, seq})
        .toLongLong();
}

quint64 OperationLog::newestClock()
{
    return m_db.scalar(QStringLiteral("SELECT max(hlc) FROM ops")).toULongLong();
}

std::optional<std::pair<quint64, qint64>> OperationLog::newestAfter(qint64 n)
{
    auto added = m_db.run(QStringLiteral("SELECT max(hlc), max(n) FROM ops WHERE n > ?"), {n});
    if (!added)
        return std::nullopt;
    std::optional<std::pair<quint64, qint64>> out;
    if (added.value()->next() && !added.value()->value(1).isNull())
        out = std::make_pair(added.value()->value(0).toULongLong(), added.value()->value(1).toLongLong());
    added.value()->finish();
    return out;
}

QMap<QString, qint64> OperationLog::frontierExcept(const QString& replica)
{
    QMap<QString, qint64> frontier;
    auto r = m_db.run(QStringLiteral("SELECT replica, max(seq) FROM ops WHERE replica <> ? GROUP BY replica"),
                      {replica});
    if (r)
        while (r.value()->next())
            frontier.insert(r.value()->value(0).toString(), r.value()->value(1).toLongLong());
    return frontier;
}

QString OperationLog::entityOf(const QString& id)
{
    return m_db
        .scalar(
            QStringLiteral(
                "SELECT o.entity FROM op_fields f JOIN ops o ON o.n = f.op WHERE f.entity_id = ? LIMIT 1"),
            {id})
        .toString();
}

// ---------------------------------------------------------------- the write path's questions

Result<std::optional<WriteStamp>> OperationLog::latest(const QString& id, const QString& field)
{
    Statement& q = m_db.fast(QStringLiteral("SELECT hlc, replica FROM op_fields WHERE entity_id = ? AND "
                                            "field = ? ORDER BY hlc DESC, replica DESC LIMIT 1"));
    q.bind(1, id).bind(2, field);
    std::optional<WriteStamp> found;
    if (q.step())
        found = WriteStamp{quint64(q.integer(0)), q.text(1)};
    const Status s = statementStatus(q);
    q.reset();
    if (!s)
        return s.error();
    return found;
}

Result<bool> OperationLog::hasWrite(const QString& id, const QString& field)
{
    Statement& q =
        m_db.fast(QStringLiteral("SELECT 1 FROM op_fields WHERE entity_id = ? AND field = ? LIMIT 1"));
    q.bind(1, id).bind(2, field);
    const bool found = q.step();
    const Status s = statementStatus(q);
    q.reset();
    if (!s)
        return s.error();
    return found;
}

Result<bool> OperationLog::namedAsParent(const QString& id)
{
    // Written as the partial index op_fields_tree_targets is, so that SQLite uses it.
    Statement& q =
        m_db.fast(QStringLiteral("SELECT 1 FROM op_fields WHERE field IN (%1) AND value = ? LIMIT 1")
                      .arg(model::treeFieldList()));
    q.bind(1, id);
    const bool found = q.step();
    const Status s = statementStatus(q);
    q.reset();
    if (!s)
        return s.error();
    return found;
}

Result<std::vector<merge::TreeMove>> OperationLog::treeMoves(const model::EntityDef& def,
                                                             const QString& field, const QString& account)
{
    auto moves =
        m_db.run(QStringLiteral("SELECT f.entity_id, f.value, f.hlc, f.replica FROM op_fields f JOIN %1 "
                                "t ON t.id = f.entity_id WHERE t.%2 = ? AND f.field = ?")
                     .arg(def.table, def.accountField),
                 {account, field});
    if (!moves)
        return moves.error();
    std::vector<merge::TreeMove> out;
    QSqlQuery* q = moves.value();
    while (q->next())
        out.push_back({q->value(2).toULongLong(), q->value(3).toString(), q->value(0).toString(),
                       q->value(1).toString()});
    q->finish();
    return out;
}

Result<std::vector<SeenWrite>> OperationLog::writesWithFrontiers(const QString& id, const QString& field)
{
    QString sql =
        QStringLiteral("SELECT f.field, f.hlc, f.replica, f.value, o.seq, fr.value FROM op_fields f "
                       "JOIN ops o ON o.n = f.op LEFT JOIN frontiers fr ON fr.id = o.frontier "
                       "WHERE f.entity_id = ?");
    QVariantList binds = {id};
    if (!field.isEmpty()) {
        sql += QStringLiteral(" AND f.field = ?");
        binds << field;
    }
    auto rows = m_db.rows(sql, binds);
    if (!rows)
        return rows.error();
    std::vector<SeenWrite> writes;
    writes.reserve(rows.value().size());
    for (const QVariantList& r : rows.value())
        writes.push_back({r[0].toString(), r[1].toULongLong(), r[2].toString(), r[4].toLongLong(), r[3],
                          parseFrontier(r[5].toString())});
    return writes;
}

// ---------------------------------------------------------------- replication and rebuilding

Result<std::vector<StampedOperation>> OperationLog::operationsOf(const QString& replica, qint64 afterSeq,
                                                                 int limit)
{
    auto r = m_db.run(
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
        auto fields = fieldsOf(s.op.id, s.hlc, replica);
        if (!fields)
            return fields.error();
        s.op.fields = std::move(fields.value());
    }
    return ops;
}

Status OperationLog::scanNewestFirst(const std::function<Status(const QString&, const FieldWrite&)>& each)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT o.entity, f.entity_id, f.field, f.value, f.hlc, f.replica FROM "
                               "op_fields f JOIN ops o ON o.n = f.op "
                               "ORDER BY f.entity_id, f.field, f.hlc DESC, f.replica DESC")))
        return Status::fail(m_db.lastError(q));
    while (q.next()) {
        const FieldWrite w{q.value(1).toString(), q.value(2).toString(), q.value(3), q.value(4).toULongLong(),
                           q.value(5).toString()};
        if (Status s = each(q.value(0).toString(), w); !s)
            return s;
    }
    return {};
}

Result<std::vector<std::pair<QString, QString>>> OperationLog::fieldsWrittenTwice()
{
    auto rows = m_db.rows(QStringLiteral(
        "SELECT entity_id, field FROM op_fields GROUP BY entity_id, field HAVING count(*) > 1"));
    if (!rows)
        return rows.error();
    std::vector<std::pair<QString, QString>> out;
    out.reserve(rows.value().size());
    for (const QVariantList& r : rows.value())
        out.emplace_back(r[0].toString(), r[1].toString());
    return out;
}

Result<QStringList> OperationLog::recordsThatWrote(const QString& field)
{
    auto rows =
        m_db.rows(QStringLiteral("SELECT DISTINCT entity_id FROM op_fields WHERE field = ?"), {field});
    if (!rows)
        return rows.error();
    QStringList out;
    for (const QVariantList& r : rows.value())
        out << r[0].toString();
    return out;
}

// ---------------------------------------------------------------- undo and redo

Result<std::vector<LoggedOperation>> OperationLog::operationsBetween(qint64 first, qint64 last,
                                                                     bool newestFirst)
{
    auto rows = m_db.rows(QStringLiteral("SELECT n, hlc, replica, kind, entity, entity_id, author FROM ops "
                                         "WHERE n BETWEEN ? AND ? ORDER BY n %1")
                              .arg(newestFirst ? QStringLiteral("DESC") : QStringLiteral("ASC")),
                          {first, last});
    if (!rows)
        return rows.error();
    std::vector<LoggedOperation> out;
    out.reserve(rows.value().size());
    for (const QVariantList& r : rows.value())
        out.push_back({r[0].toLongLong(),
                       r[1].toULongLong(),
                       r[2].toString(),
                       r[3].toString(),
                       r[4].toString(),
                       r[5].toString(),
                       r[6].toString(),
                       {}});
    return out;
}

Result<bool> OperationLog::writtenBefore(const QString& id, quint64 hlc, const QString& replica)
{
    auto rows = m_db.rows(QStringLiteral("SELECT 1 FROM op_fields WHERE entity_id = ? AND "
                                         "(hlc < ? OR (hlc = ? AND replica < ?)) LIMIT 1"),
                          {id, qint64(hlc), qint64(hlc), replica});
    if (!rows)
        return rows.error();
    return !rows.value().empty();
}

Result<FieldValues> OperationLog::fieldsOf(const QString& id, quint64 hlc, const QString& replica)
{
    auto rows = m_db.rows(
        QStringLiteral("SELECT field, value FROM op_fields WHERE entity_id = ? AND hlc = ? AND replica = ?"),
        {id, qint64(hlc), replica});
    if (!rows)
        return rows.error();
    FieldValues out;
    out.reserve(rows.value().size());
    for (const QVariantList& r : rows.value())
        out.emplace_back(r[0].toString(), r[1]);
    return out;
}

QVariant OperationLog::valueBefore(const QString& id, const QString& field, quint64 hlc,
                                   const QString& replica)
{
    return m_db.scalar(QStringLiteral("SELECT value FROM op_fields WHERE entity_id = ? AND field = ? "
                                      "AND (hlc < ? OR (hlc = ? AND replica < ?)) "
                                      "ORDER BY hlc DESC, replica DESC LIMIT 1"),
                       {id, field, qint64(hlc), qint64(hlc), replica});
}

// ---------------------------------------------------------------- history

Result<std::vector<AuthoredWrite>> OperationLog::writesOf(const QString& id)
{
    auto rows = m_db.rows(QStringLiteral("SELECT %1 WHERE f.entity_id = ? ORDER BY f.field, f.hlc, f.replica")
                              .arg(kAuthoredColumns),
                          {id});
    if (!rows)
        return rows.error();
    std::vector<AuthoredWrite> out;
    out.reserve(rows.value().size());
    for (const QVariantList& r : rows.value())
        out.push_back(authoredFrom(r));
    return out;
}

Result<std::optional<AuthoredWrite>> OperationLog::lastWrite(const QString& id, const QString& field)
{
    auto rows = m_db.rows(QStringLiteral("SELECT %1 WHERE f.entity_id = ? AND f.field = ? "
                                         "ORDER BY f.hlc DESC, f.replica DESC LIMIT 1")
                              .arg(kAuthoredColumns),
                          {id, field});
    if (!rows)
        return rows.error();
    if (rows.value().empty())
        return std::optional<AuthoredWrite>();
    return std::optional<AuthoredWrite>(authoredFrom(rows.value().front()));
}

Result<quint64> OperationLog::lastWriteClock(const QString& id, const QString& field)
{
    Statement& q = m_db.fast(QStringLiteral("SELECT hlc FROM op_fields WHERE entity_id = ? AND field = ? "
                                            "ORDER BY hlc DESC, replica DESC LIMIT 1"));
    q.bind(1, id).bind(2, field);
    const quint64 hlc = q.step() ? quint64(q.integer(0)) : 0;
    const QString error = q.error();
    q.reset();
    if (!error.isEmpty())
        return Status::fail(error);
    return hlc;
}

Result<std::optional<AuthoredWrite>> OperationLog::writeAt(const QString& id, const QString& field,
                                                           quint64 hlc, const QString& replica)
{
    auto rows = m_db.rows(
        QStringLiteral("SELECT %1 WHERE f.entity_id = ? AND f.field = ? AND f.hlc = ? AND f.replica = ?")
            .arg(kAuthoredColumns),
        {id, field, qint64(hlc), replica});
    if (!rows)
        return rows.error();
    if (rows.value().empty())
        return std::optional<AuthoredWrite>();
    return std::optional<AuthoredWrite>(authoredFrom(rows.value().front()));
}

Result<std::optional<AuthoredWrite>> OperationLog::writeBetween(const QString& id, const QString& field,
                                                                quint64 from, quint64 to, bool oldest)
{
    const QString order = oldest ? QStringLiteral("ASC") : QStringLiteral("DESC");
    const QString which = field.isEmpty() ? QString() : QStringLiteral(" AND f.field = ?");
    QVariantList binds = {id, qint64(from), qint64(to)};
    if (!field.isEmpty())
        binds << field;
    auto rows = m_db.rows(QStringLiteral("SELECT %1 WHERE f.entity_id = ? AND f.hlc > ? AND f.hlc <= ?%2 "
                                         "ORDER BY f.hlc %3, f.replica %3 LIMIT 1")
                              .arg(kAuthoredColumns, which, order),
                          binds);
    if (!rows)
        return rows.error();
    if (rows.value().empty())
        return std::optional<AuthoredWrite>();
    return std::optional<AuthoredWrite>(authoredFrom(rows.value().front()));
}

Status OperationLog::scanWrites(const QString& sql, const QVariantList& binds, const WriteVisitor& each)
{
    Statement& q = m_db.fast(sql);
    for (int i = 0; i < binds.size(); ++i)
        q.bind(i + 1, binds[i]);
    while (q.step())
        each({q.text(0), q.text(1), q.value(2), quint64(q.integer(3)), q.text(4)});
    const QString error = q.error();
    q.reset();
    if (!error.isEmpty())
        return Status::fail(CoreText::tr("Cannot read the operation log: %1").arg(error));
    return {};
}

Status OperationLog::writesUntil(const QString& id, quint64 cut, const WriteVisitor& each)
{
    return scanWrites(QStringLiteral("SELECT entity_id, field, value, hlc, replica FROM op_fields "
                                     "WHERE entity_id = ? AND hlc <= ?"),
                      {id, qint64(cut)}, each);
}

// CROSS JOIN keeps SQLite's join order: the few records first, then their
// fields by op_fields' primary key (else it may scan the whole log by hlc).
Status OperationLog::writesOfTableUntil(const QString& table, quint64 cut, const WriteVisitor& each)
{
    return scanWrites(QStringLiteral("SELECT f.entity_id, f.field, f.value, f.hlc, f.replica FROM "
                                     "%1 t CROSS JOIN op_fields f ON f.entity_id = t.id WHERE f.hlc <= ?")
                          .arg(table),
                      {qint64(cut)}, each);
}

Status OperationLog::writesOfAccountUntil(const model::EntityDef& def, const QString& account,
                                          const QStringList& fields, quint64 cut, const WriteVisitor& each)
{
    // A record first written after the cut (created_hlc is the least clock of its writes, a
    // late remote one included) has nothing to give: its writes are not looked up.
    QString sql = QStringLiteral("SELECT f.entity_id, f.field, f.value, f.hlc, f.replica FROM %1 t "
                                 "CROSS JOIN op_fields f ON f.entity_id = t.id WHERE t.%2 = ? AND "
                                 "coalesce(t.created_hlc, 0) <= ? AND f.hlc <= ?")
                      .arg(def.table, def.accountField);
    QVariantList binds = {account, qint64(cut), qint64(cut)};
    if (!fields.isEmpty()) {
        // Bound, and on op_fields' primary key (entity_id, field, hlc): fields
        // not asked for (a follow-up's summary and notes) are never read.
        QStringList marks;
        for (const QString& f : fields + QStringList{QStringLiteral("deleted")}) {
            marks << QStringLiteral("?");
            binds << f;
        }
        sql += QStringLiteral(" AND f.field IN (%1)").arg(marks.join(QStringLiteral(", ")));
    }
    return scanWrites(sql, binds, each);
}

Result<std::vector<LoggedOperation>> OperationLog::operationsOfRecords(const QStringList& ids, int limit,
                                                                       int offset)
{
    // Every op_fields row of the records is a primary key range; an operation
    // writes all its fields with one clock value.
    auto page = m_db.rows(
        QStringLiteral("SELECT p.op, p.hlc, p.replica, o.kind, o.entity, o.entity_id, o.author, m.name FROM "
                       "(SELECT DISTINCT f.op AS op, f.hlc AS hlc, f.replica AS replica FROM op_fields f "
                       "WHERE f.entity_id IN (SELECT value FROM json_each(?)) "
                       "ORDER BY f.hlc DESC, f.replica DESC, f.op DESC LIMIT ? OFFSET ?) p "
                       "JOIN ops o ON o.n = p.op LEFT JOIN members m ON m.id = o.author "
                       "ORDER BY p.hlc DESC, p.replica DESC, p.op DESC"),
        {QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact)),
         limit, offset});
    if (!page)
        return page.error();
    std::vector<LoggedOperation> out;
    out.reserve(page.value().size());
    for (const QVariantList& r : page.value())
        out.push_back({r[0].toLongLong(), r[1].toULongLong(), r[2].toString(), r[3].toString(),
                       r[4].toString(), r[5].toString(), r[6].toString(), r[7].toString()});
    return out;
}

Result<std::vector<FieldChange>> OperationLog::changesOf(const QString& id, qint64 op)
{
    auto rows = m_db.rows(
        QStringLiteral(
            "SELECT f.field, f.value, (SELECT p.value FROM op_fields p WHERE p.entity_id = f.entity_id "
            "AND p.field = f.field AND (p.hlc < f.hlc OR (p.hlc = f.hlc AND p.replica < f.replica)) "
            "ORDER BY p.hlc DESC, p.replica DESC LIMIT 1) FROM op_fields f "
            "WHERE f.entity_id = ? AND f.op = ?"),
        {id, op});
    if (!rows)
        return rows.error();
    std::vector<FieldChange> out;
    out.reserve(rows.value().size());
    for (const QVariantList& r : rows.value())
        out.push_back({r[0].toString(), r[1], r[2]});
    return out;
}

Result<std::vector<LoggedOperation>>
OperationLog::recentOperations(qint64 from, qint64 floor, const QString& author, quint64 since, int limit)
{
    auto rows = m_db.rows(QStringLiteral("SELECT n, hlc, entity, entity_id, author FROM ops WHERE n <= ? AND "
                                         "n > ? AND author <> ? AND hlc >= ? ORDER BY n DESC LIMIT ?"),
                          {from, floor, author, qint64(since), limit});
    if (!rows)
        return rows.error();
    std::vector<LoggedOperation> out;
    out.reserve(rows.value().size());
    for (const QVariantList& r : rows.value())
        out.push_back({r[0].toLongLong(),
                       r[1].toULongLong(),
                       {},
                       {},
                       r[2].toString(),
                       r[3].toString(),
                       r[4].toString(),
                       {}});
    return out;
}

} // namespace summit
