#include "rules/RunParts.h"

#include "rules/RuleEngine.h"
#include "store/Database.h"
#include "store/Hlc.h"
#include "store/OperationLog.h"

#include <QDateTime>
#include <QSet>
#include <algorithm>

namespace summit::rules {

QString isoDay(const QDate& d)
{
    return d.toString(Qt::ISODate);
}

QDate localDate(const QString& isoUtc)
{
    const QDateTime t = QDateTime::fromString(isoUtc, Qt::ISODateWithMs);
    return t.isValid() ? t.toLocalTime().date() : QDate();
}

QDate stampDate(const WriteStamp& stamp)
{
    return QDateTime::fromMSecsSinceEpoch(HybridClock::millis(stamp.hlc), Qt::UTC).toLocalTime().date();
}

Status keepNew(Database& db, std::vector<RuleTask>& proposed, RuleEvaluation& out)
{
    QSet<QString> existing;
    for (size_t i = 0; i < proposed.size(); i += 400) {
        QStringList marks;
        QVariantList binds;
        for (size_t j = i; j < std::min(proposed.size(), i + 400); ++j) {
            marks << QStringLiteral("?");
            binds << proposed[j].id;
        }
        auto rows = db.rows(
            QStringLiteral("SELECT id FROM tasks WHERE id IN (%1)").arg(marks.join(QLatin1Char(','))), binds);
        if (!rows)
            return rows.status();
        for (const QVariantList& r : rows.value())
            existing.insert(r[0].toString());
    }
    QSet<QString> seen;
    for (RuleTask& t : proposed) {
        if (existing.contains(t.id) || seen.contains(t.id)) {
            ++out.existing;
            continue;
        }
        seen.insert(t.id);
        out.tasks.push_back(std::move(t));
    }
    proposed.clear();
    return {};
}

Status AccountTeam::load()
{
    auto rows = m_db.rows(QStringLiteral(
        "SELECT id, name, role FROM members WHERE deleted = 0 AND coalesce(status, 'active') = 'active' "
        "ORDER BY CASE role WHEN 'team_lead' THEN 0 WHEN 'admin' THEN 1 ELSE 2 END, name, id"));
    if (!rows)
        return rows.status();
    for (const QVariantList& r : rows.value()) {
        m_members.insert(r[0].toString(), r[1].toString());
        const QString role = r[2].toString();
        if (m_lead.isEmpty() && (role == QLatin1String("team_lead") || role == QLatin1String("admin")))
            m_lead = r[0].toString();
    }
    return {};
}

QString AccountTeam::holder(const QString& role, const AccountPeople& a) const
{
    QString id;
    if (role == QLatin1String("am"))
        id = a.am;
    else if (role == QLatin1String("sa"))
        id = a.sa;
    else if (role == QLatin1String("de"))
        id = a.de;
    else if (role == QLatin1String("team_lead"))
        id = m_lead;
    return m_members.contains(id) ? id : QString(); // a member who left takes no new tasks
}

const AccountPeople& AccountTeam::account(const QString& id)
{
    auto it = m_accounts.find(id);
    if (it != m_accounts.end())
        return *it;
    AccountPeople info;
    auto rows =
        m_db.rows(QStringLiteral("SELECT name, am_id, sa_id, de_id FROM accounts WHERE id = ?"), {id});
    if (rows && !rows.value().empty()) {
        const QVariantList& r = rows.value().front();
        info = {r[0].toString(), r[1].toString(), r[2].toString(), r[3].toString()};
    }
    return *m_accounts.insert(id, info);
}

void AccountTeam::remember(const QString& id, const AccountPeople& people)
{
    if (!m_accounts.contains(id))
        m_accounts.insert(id, people);
}

} // namespace summit::rules
