#include "query/AccountHistory.h"
#include "CoreText.h"

#include "model/Display.h"
#include "model/Schema.h"
#include "store/Database.h"
#include "store/Hlc.h"
#include "store/OperationLog.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>
#include <algorithm>

namespace summit::query {

namespace {

// Names of records for one page, each looked up once by primary key.
class Names
{
public:
    explicit Names(Database& db) : m_db(db) {}

    // What names a record: its title field, or for records without one
    // (coverage, buying roles, links) the names of what it connects.
    QString title(const QString& entity, const QString& id)
    {
        const QString key = entity + QLatin1Char('/') + id;
        auto it = m_titles.constFind(key);
        if (it != m_titles.constEnd())
            return *it;
        const QString t = lookUp(entity, id);
        m_titles.insert(key, t);
        return t;
    }

    // A stored value as it reads on screen.
    QString text(const model::EntityDef& def, const QString& field, const QVariant& value)
    {
        if (!value.isValid() || value.isNull())
            return {};
        const model::FieldDef* f = def.field(field);
        if (!f)
            return value.toString();
        if (f->type == model::FieldType::Ref) {
            const QString name = title(f->refEntity, value.toString());
            return name.isEmpty() ? value.toString() : name;
        }
        if (f->type == model::FieldType::IdList) {
            QStringList names;
            const QJsonArray ids = QJsonDocument::fromJson(value.toString().toUtf8()).array();
            for (const QJsonValue& v : ids) {
                const QString name = title(f->refEntity, v.toString());
                names << (name.isEmpty() ? v.toString() : name);
            }
            return names.join(QStringLiteral(", "));
        }
        return model::displayValue(*f, value);
    }

private:
    QString lookUp(const QString& entity, const QString& id)
    {
        const model::EntityDef* def = model::entity(entity);
        if (!def || id.isEmpty())
            return {};
        if (!def->titleField.isEmpty())
            return m_db
                .scalar(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(def->titleField, def->table),
                        {id})
                .toString();
        QStringList refs;
        for (const model::FieldDef& f : def->fields)
            if (f.type == model::FieldType::Ref && f.name != def->accountField)
                refs << f.name;
        if (refs.isEmpty())
            return {};
        auto rows = m_db.rows(
            QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(refs.join(QStringLiteral(", ")), def->table),
            {id});
        if (!rows || rows.value().empty())
            return {};
        QStringList parts;
        for (int i = 0; i < refs.size(); ++i) {
            const QString target = def->field(refs[i])->refEntity;
            const QString name = title(target, rows.value().front().value(i).toString());
            if (!name.isEmpty())
                parts << name;
        }
        return parts.join(QStringLiteral(" → "));
    }

    Database& m_db;
    QHash<QString, QString> m_titles;
};

} // namespace

Result<QStringList> accountRecordIds(Database& db, const QString& accountId)
{
    if (accountId.isEmpty())
        return Result<QStringList>::fail(CoreText::tr("No account given for the history."));
    QStringList ids = {accountId};
    for (const model::EntityDef& def : model::entities()) {
        if (def.accountField.isEmpty())
            continue;
        // One range scan of the table's account index each; deleted records count too.
        auto rows = db.rows(QStringLiteral("SELECT id FROM %1 WHERE %2 = ?").arg(def.table, def.accountField),
                            {accountId});
        if (!rows)
            return rows.error();
        for (const QVariantList& r : rows.value())
            ids << r[0].toString();
    }
    return ids;
}

Result<std::vector<AccountHistoryEntry>> recordsHistory(Database& db, const QStringList& recordIds,
                                                        int offset, int limit)
{
    std::vector<AccountHistoryEntry> out;
    if (recordIds.isEmpty())
        return out;
    OperationLog log(db);
    auto page = log.operationsOfRecords(recordIds, limit, offset);
    if (!page)
        return page.error();

    Names names(db);
    for (const LoggedOperation& op : page.value()) {
        AccountHistoryEntry e;
        e.op = op.n;
        e.hlc = op.hlc;
        e.replica = op.replica;
        e.at = QDateTime::fromMSecsSinceEpoch(HybridClock::millis(e.hlc), QTimeZone::utc());
        e.kind = op.kind;
        e.entity = op.entity;
        e.entityId = op.id;
        e.authorId = op.author;
        e.authorName = op.authorName;
        const model::EntityDef* def = model::entity(e.entity);
        if (!def)
            continue; // written by a newer version of Summit: nothing to show it with
        e.title = names.title(e.entity, e.entityId);

        auto state = db.rows(
            QStringLiteral("SELECT deleted, created_hlc FROM %1 WHERE id = ?").arg(def->table), {e.entityId});
        if (!state)
            return state.error();
        if (!state.value().empty()) {
            e.recordDeleted = state.value().front().value(0).toInt() != 0;
            if (e.kind == QLatin1String("set") && state.value().front().value(1).toULongLong() == e.hlc)
                e.kind = QStringLiteral("create");
        }
        if (e.kind == QLatin1String("delete") || e.kind == QLatin1String("restore")) {
            out.push_back(std::move(e));
            continue;
        }

        // The fields this operation wrote, each with the value written before it
        // in clock order (the same rule as recordHistory).
        auto fields = log.changesOf(e.entityId, e.op);
        if (!fields)
            return fields.error();
        // Show fields in the order the schema declares them, as forms do.
        for (const model::FieldDef& fd : def->fields)
            for (const FieldChange& fr : fields.value()) {
                if (fr.field != fd.name)
                    continue;
                HistoryChange c;
                c.field = fd.name;
                c.newValue = fr.value;
                c.oldValue = fr.previous;
                c.newText = names.text(*def, c.field, c.newValue);
                c.oldText = names.text(*def, c.field, c.oldValue);
                e.changes.push_back(std::move(c));
            }
        out.push_back(std::move(e));
    }
    return out;
}

Result<QStringList> recentRecordIds(Database& db, const QString& accountId, int count)
{
    if (accountId.isEmpty())
        return Result<QStringList>::fail(CoreText::tr("No account given for the history."));
    // updated_hlc is the clock value of a record's newest operation (any kind,
    // winning or not). The `count` newest operations of the account belong to
    // records whose updated_hlc is at least that of the count-th newest record
    // of each table, so only those records need their operations read.
    QStringList ids = {accountId};
    for (const model::EntityDef& def : model::entities()) {
        if (def.accountField.isEmpty())
            continue;
        auto rows =
            db.rows(QStringLiteral("SELECT id FROM %1 WHERE %2 = ? AND updated_hlc >= coalesce((SELECT "
                                   "updated_hlc FROM %1 WHERE %2 = ? ORDER BY updated_hlc DESC LIMIT 1 "
                                   "OFFSET ?), 0)")
                        .arg(def.table, def.accountField),
                    {accountId, accountId, std::max(0, count - 1)});
        if (!rows)
            return rows.error();
        for (const QVariantList& r : rows.value())
            ids << r[0].toString();
    }
    return ids;
}

Result<std::vector<AccountHistoryEntry>> accountHistory(Database& db, const QString& accountId, int offset,
                                                        int limit)
{
    auto ids = recentRecordIds(db, accountId, offset + limit);
    if (!ids)
        return ids.error();
    return recordsHistory(db, ids.value(), offset, limit);
}

} // namespace summit::query
