#include "query/ContactList.h"

#include "query/AccountSummary.h"
#include "store/Database.h"

#include <QHash>

namespace summit::query {

int coverageRank(const QString& level)
{
    if (level == QLatin1String("trusted"))
        return 3;
    if (level == QLatin1String("working"))
        return 2;
    if (level == QLatin1String("brief"))
        return 1;
    return 0;
}

Result<std::vector<ContactRow>> listContacts(Database& db, const QString& accountId,
                                             const ContactListOptions& options)
{
    const QDate today = options.today.isValid() ? options.today : QDate::currentDate();
    QString sql = QStringLiteral(
        "SELECT c.id, c.name, c.title, c.org_unit_id, u.name, c.decision_role, c.stance, c.influence,"
        " c.phone, c.mobile, c.email, coalesce(c.status, 'active') = 'left'"
        " FROM contacts c LEFT JOIN org_units u ON u.id = c.org_unit_id AND u.deleted = 0"
        " WHERE c.account_id = ? AND c.deleted = 0");
    QVariantList binds{accountId};
    if (!options.orgUnitId.isEmpty()) {
        sql += QStringLiteral(" AND c.org_unit_id = ?");
        binds << options.orgUnitId;
    }
    sql += QStringLiteral(" ORDER BY c.name, c.id");
    auto rows = db.rows(sql, binds);
    if (!rows)
        return rows.error();

    std::vector<ContactRow> out;
    out.reserve(rows.value().size());
    QHash<QString, size_t> index;
    for (const QVariantList& r : rows.value()) {
        ContactRow c;
        c.id = r[0].toString();
        c.name = r[1].toString();
        c.title = r[2].toString();
        c.orgUnitId = r[3].toString();
        c.orgUnitName = r[4].toString();
        c.decisionRole = r[5].toString();
        c.stance = r[6].toString();
        c.influence = r[7].isNull() ? 0 : r[7].toInt();
        c.phone = r[8].toString();
        c.mobile = r[9].toString();
        c.email = r[10].toString();
        c.left = r[11].toBool();
        index.insert(c.id, out.size());
        out.push_back(std::move(c));
    }
    if (out.empty())
        return out;

    // Coverage by team members who are not in the trash; "none" is no coverage.
    auto coverage = db.rows(QStringLiteral("SELECT v.contact_id, m.name, v.level FROM coverage v"
                                           " JOIN members m ON m.id = v.member_id"
                                           " WHERE v.account_id = ? AND v.deleted = 0 AND m.deleted = 0"
                                           " AND v.level IN ('brief', 'working', 'trusted')"
                                           " ORDER BY m.name, m.id"),
                            {accountId});
    if (!coverage)
        return coverage.error();
    for (const QVariantList& r : coverage.value()) {
        const auto it = index.constFind(r[0].toString());
        if (it == index.cend())
            continue;
        ContactRow& c = out[*it];
        const QString level = r[2].toString();
        const int rank = coverageRank(level), best = coverageRank(c.coverageLevel);
        if (rank > best) {
            c.coverageLevel = level;
            c.coveredBy = QStringList{r[1].toString()};
        } else if (rank == best && !c.coveredBy.contains(r[1].toString())) {
            c.coveredBy << r[1].toString();
        }
    }

    // Last contacted: one pass over the account's follow-ups up to today.
    auto seen = db.rows(QStringLiteral("SELECT j.value, max(f.at) FROM followups f CROSS JOIN json_each(CASE"
                                       " WHEN json_valid(f.contact_ids) THEN f.contact_ids END) j"
                                       " WHERE f.account_id = ? AND f.deleted = 0 AND f.at < ?"
                                       " GROUP BY j.value"),
                        {accountId, utcStartOfDay(today.addDays(1))});
    if (!seen)
        return seen.error();
    for (const QVariantList& r : seen.value()) {
        const auto it = index.constFind(r[0].toString());
        if (it != index.cend())
            out[*it].lastContacted = r[1].toString();
    }
    return out;
}

} // namespace summit::query
