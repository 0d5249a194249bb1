#include "query/Timeline.h"
#include "CoreText.h"

#include "store/Database.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace summit::query {

namespace {

// The WHERE clause of a filter and its bound values. Only fixed SQL text is
// added, so each combination of filters is one cached prepared statement.
QString whereOf(const TimelineFilter& filter, QVariantList* binds)
{
    QString where = QStringLiteral("f.account_id = ? AND f.deleted = 0");
    *binds << filter.accountId;
    if (!filter.type.isEmpty()) {
        where += QStringLiteral(" AND f.type = ?");
        *binds << filter.type;
    }
    if (!filter.opportunityId.isEmpty()) {
        where += QStringLiteral(" AND f.opportunity_id = ?");
        *binds << filter.opportunityId;
    }
    if (!filter.contactId.isEmpty()) {
        // Malformed lists (a bad import) are skipped rather than failing the whole timeline.
        where += QStringLiteral(
            " AND EXISTS (SELECT 1 FROM json_each(CASE WHEN json_valid(f.contact_ids) THEN f.contact_ids "
            "END) j WHERE j.value = ?)");
        *binds << filter.contactId;
    }
    return where;
}

QStringList idsOf(const QString& json)
{
    QStringList out;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    for (const QJsonValue& v : doc.array())
        if (v.isString())
            out << v.toString();
    return out;
}

} // namespace

Result<std::vector<TimelineEntry>> accountFollowUps(Database& db, const TimelineFilter& filter, int offset,
                                                    int limit)
{
    if (filter.accountId.isEmpty())
        return Result<std::vector<TimelineEntry>>::fail(CoreText::tr("No account given for the timeline."));
    QVariantList binds;
    const QString where = whereOf(filter, &binds);
    binds << limit << offset;
    auto rows = db.rows(
        QStringLiteral("SELECT f.id, f.at, f.type, f.author_id, m.name, f.contact_ids, f.opportunity_id, "
                       "o.name, f.summary, f.outcome, f.next_action, f.next_due FROM followups f "
                       "LEFT JOIN members m ON m.id = f.author_id "
                       "LEFT JOIN opportunities o ON o.id = f.opportunity_id WHERE ") +
            where + QStringLiteral(" ORDER BY f.at DESC, f.id DESC LIMIT ? OFFSET ?"),
        binds);
    if (!rows)
        return rows.error();

    std::vector<TimelineEntry> out;
    out.reserve(rows.value().size());
    QJsonArray wanted;
    QSet<QString> seen;
    for (const QVariantList& r : rows.value()) {
        TimelineEntry e;
        e.id = r[0].toString();
        e.at = r[1].toString();
        e.type = r[2].toString();
        e.authorId = r[3].toString();
        e.authorName = r[4].toString();
        e.contactIds = idsOf(r[5].toString());
        e.opportunityId = r[6].toString();
        e.opportunityName = r[7].toString();
        e.summary = r[8].toString();
        e.outcome = r[9].toString();
        e.nextAction = r[10].toString();
        e.nextDue = r[11].toString();
        for (const QString& id : std::as_const(e.contactIds))
            if (!seen.contains(id)) {
                seen.insert(id);
                wanted.append(id);
            }
        out.push_back(std::move(e));
    }
    if (wanted.isEmpty())
        return out;

    // The names of everyone on this page in one indexed look-up.
    auto names =
        db.rows(QStringLiteral("SELECT id, name FROM contacts WHERE id IN (SELECT value FROM json_each(?))"),
                {QString::fromUtf8(QJsonDocument(wanted).toJson(QJsonDocument::Compact))});
    if (!names)
        return names.error();
    QHash<QString, QString> nameOf;
    for (const QVariantList& r : names.value())
        nameOf.insert(r[0].toString(), r[1].toString());
    for (TimelineEntry& e : out)
        for (const QString& id : std::as_const(e.contactIds))
            e.contactNames << nameOf.value(id);
    return out;
}

Result<int> countAccountFollowUps(Database& db, const TimelineFilter& filter)
{
    QVariantList binds;
    const QString where = whereOf(filter, &binds);
    auto rows = db.rows(QStringLiteral("SELECT count(*) FROM followups f WHERE ") + where, binds);
    if (!rows)
        return rows.error();
    return rows.value().empty() ? 0 : rows.value().front().value(0).toInt();
}

} // namespace summit::query
