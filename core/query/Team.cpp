#include "query/Team.h"

#include "store/Database.h"

namespace summit::query {

namespace {
QString text(const QVariant& v)
{
    return v.isNull() ? QString() : v.toString();
}

QStringList column(Database& db, const QString& sql, const QVariantList& binds, QString* error)
{
    auto rows = db.rows(sql, binds);
    QStringList out;
    if (!rows) {
        *error = rows.message();
        return out;
    }
    for (const QVariantList& r : rows.value())
        out << r[0].toString();
    return out;
}
} // namespace

Result<std::vector<MemberRow>> members(Database& db)
{
    auto rows = db.rows(
        QStringLiteral("SELECT m.id, m.name, m.email, m.role, coalesce(m.status, 'active'),"
                       " (SELECT count(*) FROM accounts a WHERE a.deleted = 0"
                       "   AND (a.am_id = m.id OR a.sa_id = m.id OR a.de_id = m.id)),"
                       " (SELECT count(*) FROM tasks t WHERE t.assignee_id = m.id AND t.deleted = 0"
                       "   AND coalesce(t.status, 'open') = 'open'),"
                       " (SELECT count(*) FROM opportunities o WHERE o.owner_id = m.id AND o.deleted = 0"
                       "   AND coalesce(o.status, 'open') = 'open')"
                       " FROM members m WHERE m.deleted = 0"
                       " ORDER BY coalesce(m.status, 'active') = 'left', m.name, m.id"));
    if (!rows)
        return rows.error();
    std::vector<MemberRow> out;
    out.reserve(rows.value().size());
    for (const QVariantList& r : rows.value())
        out.push_back({text(r[0]), text(r[1]), text(r[2]), text(r[3]), text(r[4]), r[5].toInt(), r[6].toInt(),
                       r[7].toInt()});
    return out;
}

int activeAdmins(Database& db, const QString& exceptId)
{
    return db
        .scalar(QStringLiteral("SELECT count(*) FROM members WHERE deleted = 0 AND role = 'admin'"
                               " AND coalesce(status, 'active') <> 'left' AND id IS NOT ?"),
                {exceptId})
        .toInt();
}

Result<Holdings> holdingsOf(Database& db, const QString& memberId)
{
    Holdings h;
    QString error;
    const QString seat = QStringLiteral("SELECT id FROM accounts WHERE %1 = ? AND deleted = 0 ORDER BY id");
    h.amOf = column(db, seat.arg(QStringLiteral("am_id")), {memberId}, &error);
    h.saOf = column(db, seat.arg(QStringLiteral("sa_id")), {memberId}, &error);
    h.deOf = column(db, seat.arg(QStringLiteral("de_id")), {memberId}, &error);
    h.openTasks = column(db,
                         QStringLiteral("SELECT id FROM tasks WHERE assignee_id = ? AND deleted = 0"
                                        " AND coalesce(status, 'open') = 'open' ORDER BY id"),
                         {memberId}, &error);
    h.openOpportunities =
        column(db,
               QStringLiteral("SELECT id FROM opportunities WHERE owner_id = ? AND deleted = 0"
                              " AND coalesce(status, 'open') = 'open' ORDER BY id"),
               {memberId}, &error);
    if (!error.isEmpty())
        return Result<Holdings>::fail(error);
    return h;
}

Result<std::vector<CoverageRow>> coverageOf(Database& db, const QString& contactId)
{
    auto rows =
        db.rows(QStringLiteral("SELECT v.id, v.member_id, m.name, v.level, v.desired_level,"
                               " coalesce(m.status, 'active') = 'left'"
                               " FROM coverage v LEFT JOIN members m ON m.id = v.member_id"
                               " WHERE v.contact_id = ? AND v.deleted = 0 AND coalesce(m.deleted, 0) = 0"
                               " ORDER BY m.name, v.id"),
                {contactId});
    if (!rows)
        return rows.error();
    std::vector<CoverageRow> out;
    for (const QVariantList& r : rows.value())
        out.push_back({text(r[0]), text(r[1]), text(r[2]), text(r[3]), text(r[4]), r[5].toBool()});
    return out;
}

QString coverageId(Database& db, const QString& contactId, const QString& memberId)
{
    return text(db.scalar(QStringLiteral("SELECT id FROM coverage WHERE contact_id = ? AND member_id = ?"
                                         " AND deleted = 0 ORDER BY id LIMIT 1"),
                          {contactId, memberId}));
}

QString buyingRoleId(Database& db, const QString& opportunityId, const QString& contactId)
{
    return text(
        db.scalar(QStringLiteral("SELECT id FROM buying_roles WHERE opportunity_id = ? AND contact_id = ?"
                                 " AND deleted = 0 ORDER BY id LIMIT 1"),
                  {opportunityId, contactId}));
}

QString influenceLinkId(Database& db, const QString& fromId, const QString& toId)
{
    return text(db.scalar(QStringLiteral("SELECT id FROM influence_links WHERE from_id = ? AND to_id = ?"
                                         " AND deleted = 0 ORDER BY id LIMIT 1"),
                          {fromId, toId}));
}

} // namespace summit::query
