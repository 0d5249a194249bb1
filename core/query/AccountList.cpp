#include "query/AccountList.h"

#include "model/Schema.h"
#include "store/CustomFields.h"
#include "store/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>
#include <algorithm>

namespace summit::query {

namespace {

// Computed columns, correlated on the account `a`. Each one is answered from
// an index on the account's id, so a page of 200 rows costs 200 short index
// walks, whatever the size of the follow-up table.
//
// Last follow-up walks followups(account_id, at) backwards and stops at the
// first live row; max(at) with "deleted = 0" would read every follow-up of
// the account instead.
const QString kLastFollowUp = QStringLiteral(
    "(SELECT f.at FROM followups f WHERE f.account_id = a.id AND f.deleted = 0 ORDER BY f.at DESC LIMIT 1)");
// "Next action due" is the earliest due date of the account's open tasks, and
// not the next_due of its follow-ups: a follow-up's next action becomes a task
// (demo and quick log alike), tasks are what gets done or cancelled, and the
// manual tasks an AM writes down have no follow-up at all. An overdue task
// stays the next action until it is done, so past dates count too.
// The unary + keeps SQLite on tasks_account_id: without statistics it would
// prefer tasks_status_due and read every open task of the book per account.
const QString kNextActionDue = QStringLiteral(
    "(SELECT min(t.due) FROM tasks t WHERE t.account_id = a.id AND coalesce(t.status, 'open') = 'open' "
    "AND t.deleted = 0)");
// Amounts are summed as they are: the team works in one currency (the demo
// and the forms default to CNY); mixed currencies are not converted.
const QString kOpenPipeline =
    QStringLiteral("(SELECT coalesce(sum(o.amount), 0) FROM opportunities o WHERE o.account_id = a.id "
                   "AND o.status = 'open' AND o.deleted = 0)");
const QString kContacts =
    QStringLiteral("(SELECT count(*) FROM contacts c WHERE c.account_id = a.id AND c.deleted = 0)");
// The AM keeps their name on the list even if their member record was deleted:
// the account still names them until someone reassigns it.
const QString kOwnerName = QStringLiteral("(SELECT m.name FROM members m WHERE m.id = a.am_id)");

// Tier and stage sort by their meaning (S before A, lead before service), not
// alphabetically: a CASE over the schema's keys, bound as values.
QString rankOf(const QString& column, const QString& field, QVariantList& binds)
{
    const model::FieldDef* def = model::entity(u"account")->field(field);
    QString sql = QStringLiteral("CASE %1").arg(column);
    for (int i = 0; i < def->enumValues.size(); ++i) {
        sql += QStringLiteral(" WHEN ? THEN %1").arg(i);
        binds << def->enumValues[i];
    }
    return sql + QStringLiteral(" END");
}

// The sort key of a column; `nullable` when some accounts have no value.
QString sortKey(AccountColumn column, QVariantList& binds, bool* nullable)
{
    *nullable = true;
    switch (column) {
    case AccountColumn::Name:
        *nullable = false; // required: the accounts_name index can serve the order
        return QStringLiteral("a.name");
    case AccountColumn::Tier:
        return rankOf(QStringLiteral("a.tier"), QStringLiteral("tier"), binds);
    case AccountColumn::Stage:
        return rankOf(QStringLiteral("a.stage"), QStringLiteral("stage"), binds);
    case AccountColumn::Owner:
        return kOwnerName;
    case AccountColumn::Region:
        return QStringLiteral("a.region");
    case AccountColumn::Industry:
        return QStringLiteral("a.industry");
    case AccountColumn::LastFollowUp:
        return kLastFollowUp;
    case AccountColumn::NextActionDue:
        return kNextActionDue;
    case AccountColumn::OpenPipeline:
        *nullable = false;
        return kOpenPipeline;
    case AccountColumn::Contacts:
        *nullable = false;
        return kContacts;
    }
    return QStringLiteral("a.name");
}

// A set of values bound as one JSON array, so that the statement's text (and
// so its cached prepared form) does not depend on how many values are chosen.
QString inSet(const QString& column, const QSet<QString>& values, QVariantList& binds)
{
    QStringList sorted(values.begin(), values.end());
    sorted.sort();
    binds << QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(sorted)).toJson(QJsonDocument::Compact));
    // No value (null or empty) is the empty key.
    return QStringLiteral("coalesce(%1, '') IN (SELECT value FROM json_each(?))").arg(column);
}

QString likePattern(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

QString whereClause(const AccountFilter& f, QVariantList& binds)
{
    QStringList where = {QStringLiteral("a.deleted = 0")};
    if (!f.tiers.isEmpty())
        where << inSet(QStringLiteral("a.tier"), f.tiers, binds);
    if (!f.owners.isEmpty())
        where << inSet(QStringLiteral("a.am_id"), f.owners, binds);
    if (!f.stages.isEmpty())
        where << inSet(QStringLiteral("a.stage"), f.stages, binds);
    if (!f.regions.isEmpty())
        where << inSet(QStringLiteral("a.region"), f.regions, binds);
    if (!f.industries.isEmpty())
        where << inSet(QStringLiteral("a.industry"), f.industries, binds);
    if (f.only) {
        where << QStringLiteral("a.id IN (SELECT value FROM json_each(?))");
        binds << QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(*f.only)).toJson(QJsonDocument::Compact));
    }
    if (f.mine) {
        // With no "me" set up, nothing is mine (an empty id matches no account).
        where << QStringLiteral("(a.am_id = ? OR a.sa_id = ? OR a.de_id = ?)");
        binds << f.me << f.me << f.me;
    }
    if (f.overdue) {
        const QDate today = f.today.isValid() ? f.today : QDate::currentDate();
        // Probed per account through tasks_account_id (the unary + keep SQLite off
        // tasks_status_due), stopping at the first overdue task: measured 5x faster
        // on the large set than one range of every overdue task in the book.
        where << QStringLiteral(
            "EXISTS (SELECT 1 FROM tasks t WHERE t.account_id = a.id AND coalesce(t.status, 'open') = 'open' "
            "AND t.deleted = 0 AND +t.due < ?)");
        binds << today.toString(Qt::ISODate);
    }
    const QString text = f.text.trimmed();
    if (!text.isEmpty()) {
        where << QStringLiteral("(a.name LIKE ? ESCAPE '\\' OR a.short_name LIKE ? ESCAPE '\\')");
        binds << likePattern(text) << likePattern(text);
    }
    return where.join(QStringLiteral(" AND "));
}

QStringList enumOrder(const QString& field, QStringList present)
{
    const QStringList order = model::entity(u"account")->field(field)->enumValues;
    std::sort(present.begin(), present.end(),
              [&](const QString& x, const QString& y) { return order.indexOf(x) < order.indexOf(y); });
    return present;
}

Result<QStringList> distinctValues(Database& db, const QString& column)
{
    auto r = db.rows(QStringLiteral("SELECT DISTINCT %1 FROM accounts WHERE deleted = 0 AND %1 IS NOT NULL "
                                    "AND %1 <> '' ORDER BY %1")
                         .arg(column));
    if (!r)
        return r.error();
    QStringList out;
    for (const QVariantList& row : r.value())
        out << row.value(0).toString();
    return out;
}

// The facet's values, then the empty key when some live account has none.
Result<QStringList> facetValues(Database& db, const QString& column, bool inEnumOrder)
{
    auto values = distinctValues(db, column);
    if (!values)
        return values.error();
    QStringList out = inEnumOrder ? enumOrder(column, values.value()) : values.value();
    if (db.scalar(QStringLiteral(
                      "SELECT EXISTS (SELECT 1 FROM accounts WHERE deleted = 0 AND coalesce(%1, '') = '')")
                      .arg(column))
            .toBool())
        out << QString();
    return out;
}

} // namespace

Result<int> countAccounts(Database& db, const AccountFilter& filter)
{
    QVariantList binds;
    const QString where = whereClause(filter, binds);
    auto r = db.rows(QStringLiteral("SELECT count(*) FROM accounts a WHERE ") + where, binds);
    if (!r)
        return r.error();
    return r.value().empty() ? 0 : r.value().front().value(0).toInt();
}

Result<std::vector<AccountRow>> fetchAccounts(Database& db, const AccountFilter& filter, AccountSort sort,
                                              int offset, int limit)
{
    QVariantList binds;
    bool nullable = true;
    const QString key = sortKey(sort.column, binds, &nullable);
    const QString where = whereClause(filter, binds);
    binds << std::max(0, limit) << std::max(0, offset);
    const QString direction =
        QLatin1String(sort.descending ? " DESC" : "") + QLatin1String(nullable ? " NULLS LAST" : "");
    // The page is chosen first (sorting on the key alone) and materialised, so
    // the computed columns below run for its rows only.
    const QString sql =
        QStringLiteral(
            "WITH page AS MATERIALIZED (SELECT a.id AS id, %1 AS k FROM accounts a WHERE %2 "
            "ORDER BY k%3, a.id LIMIT ? OFFSET ?) "
            "SELECT a.id, a.name, a.short_name, a.tier, a.stage, a.am_id, %4, a.region, a.industry, "
            "%5, %6, %7, %8 FROM page p JOIN accounts a ON a.id = p.id ORDER BY p.k%3, p.id")
            .arg(key, where, direction, kOwnerName, kLastFollowUp, kNextActionDue, kOpenPipeline)
            .arg(kContacts);
    auto r = db.rows(sql, binds);
    if (!r)
        return r.error();
    std::vector<AccountRow> rows;
    rows.reserve(r.value().size());
    for (const QVariantList& v : r.value()) {
        AccountRow row;
        row.id = v[0].toString();
        row.name = v[1].toString();
        row.shortName = v[2].toString();
        row.tier = v[3].toString();
        row.stage = v[4].toString();
        row.ownerId = v[5].toString();
        row.ownerName = v[6].toString();
        row.region = v[7].toString();
        row.industry = v[8].toString();
        if (!v[9].isNull()) {
            row.lastFollowUp = QDateTime::fromString(v[9].toString(), Qt::ISODateWithMs);
            row.lastFollowUp.setTimeZone(QTimeZone::utc());
        }
        if (!v[10].isNull())
            row.nextActionDue = QDate::fromString(v[10].toString(), Qt::ISODate);
        row.openPipeline = v[11].toLongLong();
        row.contacts = v[12].toInt();
        rows.push_back(std::move(row));
    }
    // The page's custom values, for the custom fields shown as columns.
    QStringList ids;
    ids.reserve(qsizetype(rows.size()));
    for (const AccountRow& row : rows)
        ids << row.id;
    const QHash<QString, QVariantMap> custom = custom::valuesOfRecords(db, QStringLiteral("account"), ids);
    for (AccountRow& row : rows)
        row.custom = custom.value(row.id);
    return rows;
}

Result<AccountFacets> accountFacets(Database& db)
{
    AccountFacets facets;
    auto tiers = facetValues(db, QStringLiteral("tier"), true);
    if (!tiers)
        return tiers.error();
    facets.tiers = tiers.value();
    auto stages = facetValues(db, QStringLiteral("stage"), true);
    if (!stages)
        return stages.error();
    facets.stages = stages.value();
    auto regions = facetValues(db, QStringLiteral("region"), false);
    if (!regions)
        return regions.error();
    facets.regions = regions.value();
    auto industries = facetValues(db, QStringLiteral("industry"), false);
    if (!industries)
        return industries.error();
    facets.industries = industries.value();
    auto owners = db.rows(QStringLiteral(
        "SELECT o.am_id, coalesce(m.name, o.am_id) AS n FROM (SELECT DISTINCT am_id FROM accounts "
        "WHERE deleted = 0 AND am_id IS NOT NULL) o LEFT JOIN members m ON m.id = o.am_id ORDER BY n, "
        "o.am_id"));
    if (!owners)
        return owners.error();
    for (const QVariantList& row : owners.value())
        facets.owners.emplace_back(row.value(0).toString(), row.value(1).toString());
    return facets;
}

} // namespace summit::query
