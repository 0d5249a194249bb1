#include "query/Today.h"

#include "model/Schema.h"
#include "store/Database.h"
#include "store/Hlc.h"
#include "store/OperationLog.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <algorithm>
#include <climits>

namespace summit::query {

namespace {

QDate localDateOf(const QString& isoUtc)
{
    const QDateTime t = QDateTime::fromString(isoUtc, Qt::ISODateWithMs);
    return t.isValid() ? t.toLocalTime().date() : QDate();
}

QString isoDate(const QDate& d)
{
    return d.toString(Qt::ISODate);
}

} // namespace

int allowedQuietDays(const QString& tier)
{
    // For now: one fixed table until the tier model is configurable by the admin.
    static const QHash<QString, int> days = {
        {QStringLiteral("S"), 7},
        {QStringLiteral("A"), 7},
        {QStringLiteral("B"), 30},
        {QStringLiteral("C"), 90},
    };
    return days.value(tier, -1);
}

Result<std::vector<DueTask>> myDueTasks(Database& db, const QString& me, const QDate& today)
{
    // tasks_assignee_id narrows to my tasks; the due filter runs on those few.
    auto rows = db.rows(
        QStringLiteral("SELECT t.id, t.title, t.account_id, a.name, t.due, t.rule_id, t.playbook_id, t.step "
                       "FROM tasks t "
                       "LEFT JOIN accounts a ON a.id = t.account_id "
                       "WHERE t.assignee_id = ? AND t.deleted = 0 AND t.due IS NOT NULL AND t.due <= ? "
                       "AND (t.status IS NULL OR t.status = 'open') AND coalesce(a.deleted, 0) = 0 "
                       "ORDER BY t.due, t.title, t.id"),
        {me, isoDate(today)});
    if (!rows)
        return rows.error();
    std::vector<DueTask> out;
    out.reserve(rows.value().size());
    for (const QVariantList& r : rows.value())
        out.push_back({r[0].toString(), r[1].toString(), r[2].toString(), r[3].toString(),
                       QDate::fromString(r[4].toString(), Qt::ISODate), r[5].toString(), r[6].toString(),
                       r[7].toString()});
    return out;
}

Result<std::vector<NextAction>> nextActionsDue(Database& db, const QString& me, const QDate& today, int days)
{
    // Two sources, each a range of an index: follow-ups of accounts where I am
    // in the team, and follow-ups I wrote. With partial indexes on followups
    // (account_id, next_due) and (author_id, next_due) WHERE next_due IS NOT NULL
    // both are covering ranges (65 ms on the large set, against 350 ms over the
    // plain account_id and author_id indexes); most of the rest is the task check.
    const QString due = isoDate(today.addDays(days));
    auto rows = db.rows(
        QStringLiteral(
            "SELECT f.id, f.account_id, a.name, f.next_action, f.type, f.author_id, f.next_due "
            "FROM followups f JOIN accounts a ON a.id = f.account_id "
            "WHERE f.rowid IN (SELECT f2.rowid FROM accounts a2 JOIN followups f2 ON f2.account_id = a2.id "
            "WHERE (a2.am_id = ? OR a2.sa_id = ? OR a2.de_id = ?) AND a2.deleted = 0 AND f2.next_due <= ? "
            "UNION SELECT f3.rowid FROM followups f3 WHERE f3.author_id = ? AND f3.next_due <= ?) "
            "AND f.deleted = 0 AND a.deleted = 0 AND f.next_action <> '' "
            "AND NOT EXISTS (SELECT 1 FROM tasks t WHERE t.followup_id = f.id AND t.deleted = 0 "
            "AND (t.status IS NULL OR t.status IN ('open', 'done'))) "
            "ORDER BY f.next_due, f.at, f.id"),
        {me, me, me, due, me, due});
    if (!rows)
        return rows.error();
    std::vector<NextAction> out;
    out.reserve(rows.value().size());
    for (const QVariantList& r : rows.value())
        out.push_back({r[0].toString(), r[1].toString(), r[2].toString(), r[3].toString(), r[4].toString(),
                       r[5].toString(), QDate::fromString(r[6].toString(), Qt::ISODate)});
    return out;
}

Result<std::vector<QuietAccount>> quietAccounts(Database& db, const QString& me, const QDate& today,
                                                bool onlyMine)
{
    // The last follow-up of each account walks followups_account_at backwards
    // and stops at the first one not in the trash: one or two rows per account.
    QString sql = QStringLiteral(
        "SELECT a.id, a.name, a.tier, coalesce(a.am_id = ? OR a.sa_id = ? OR a.de_id = ?, 0), "
        "(SELECT f.at FROM followups f WHERE f.account_id = a.id AND f.deleted = 0 "
        "ORDER BY f.at DESC LIMIT 1) FROM accounts a WHERE a.deleted = 0 AND a.tier IS NOT NULL");
    QVariantList binds = {me, me, me};
    if (onlyMine) {
        sql += QStringLiteral(" AND (a.am_id = ? OR a.sa_id = ? OR a.de_id = ?)");
        binds << me << me << me;
    }
    auto rows = db.rows(sql, binds);
    if (!rows)
        return rows.error();
    std::vector<QuietAccount> out;
    for (const QVariantList& r : rows.value()) {
        QuietAccount q;
        q.tier = r[2].toString();
        q.allowedDays = allowedQuietDays(q.tier);
        if (q.allowedDays < 0)
            continue;
        const QDate last = r[4].isNull() ? QDate() : localDateOf(r[4].toString());
        q.daysSince = last.isValid() ? int(last.daysTo(today)) : -1;
        if (q.daysSince >= 0 && q.daysSince <= q.allowedDays)
            continue;
        q.id = r[0].toString();
        q.name = r[1].toString();
        q.mine = r[3].toInt() != 0;
        out.push_back(std::move(q));
    }
    // Mine first; then never followed up, then the longest silence; then by name.
    std::sort(out.begin(), out.end(), [](const QuietAccount& a, const QuietAccount& b) {
        if (a.mine != b.mine)
            return a.mine;
        const int da = a.daysSince < 0 ? INT_MAX : a.daysSince;
        const int dbs = b.daysSince < 0 ? INT_MAX : b.daysSince;
        if (da != dbs)
            return da > dbs;
        return a.name < b.name;
    });
    return out;
}

namespace {

// Title, account and trash state of records, looked up once each.
class RecordInfo
{
public:
    explicit RecordInfo(Database& db) : m_db(db) {}

    // False when the record is unknown or in the trash.
    bool describe(RecentChange& c)
    {
        const model::EntityDef* def = model::entity(c.entity);
        if (!def)
            return false;
        const QString title = def->titleField.isEmpty() ? QStringLiteral("NULL") : def->titleField;
        const QString account =
            def->name == QLatin1String("account")
                ? QStringLiteral("id")
                : (def->accountField.isEmpty() ? QStringLiteral("NULL") : def->accountField);
        auto rows = m_db.rows(
            QStringLiteral("SELECT deleted, %1, %2 FROM %3 WHERE id = ?").arg(title, account, def->table),
            {c.id});
        if (!rows || rows.value().empty() || rows.value().front()[0].toInt() != 0)
            return false;
        const QVariantList& r = rows.value().front();
        c.title = r[1].toString();
        c.accountId = r[2].toString();
        c.accountName = accountName(c.accountId);
        return true;
    }

    QString memberName(const QString& id)
    {
        if (m_members.isEmpty()) {
            auto rows = m_db.rows(QStringLiteral("SELECT id, name FROM members"));
            if (rows)
                for (const QVariantList& r : rows.value())
                    m_members.insert(r[0].toString(), r[1].toString());
        }
        return m_members.value(id);
    }

private:
    QString accountName(const QString& id)
    {
        if (id.isEmpty())
            return {};
        auto it = m_accounts.constFind(id);
        if (it != m_accounts.constEnd())
            return *it;
        const QString name =
            m_db.scalar(QStringLiteral("SELECT name FROM accounts WHERE id = ?"), {id}).toString();
        m_accounts.insert(id, name);
        return name;
    }

    Database& m_db;
    QHash<QString, QString> m_members, m_accounts;
};

} // namespace

Result<std::vector<RecentChange>> recentTeamChanges(Database& db, const QString& me, const QDateTime& now,
                                                    const RecentOptions& options)
{
    std::vector<RecentChange> out;
    if (options.limit <= 0)
        return out;
    OperationLog log(db);
    const qint64 newest = log.lastNumber();
    const qint64 floor = std::max<qint64>(0, newest - options.scanLimit);
    const quint64 since = HybridClock::pack(now.addDays(-options.days).toMSecsSinceEpoch(), 0);
    // The log read backwards from its newest row; matching operations come out
    // in chunks so the scan stops as soon as enough records are found.
    const int chunk = 500;
    QHash<QString, size_t> seen;
    QSet<QString> skipped; // in the trash or unknown
    RecordInfo info(db);
    qint64 from = newest;
    while (from > floor && int(out.size()) < options.limit) {
        auto rows = log.recentOperations(from, floor, me, since, chunk);
        if (!rows)
            return rows.error();
        for (const LoggedOperation& r : rows.value()) {
            from = r.n - 1;
            const QString id = r.id;
            if (skipped.contains(id))
                continue;
            if (auto it = seen.constFind(id); it != seen.constEnd()) {
                ++out[*it].changes;
                continue;
            }
            if (int(out.size()) >= options.limit)
                break;
            RecentChange c;
            c.id = id;
            c.entity = r.entity;
            if (!info.describe(c)) {
                skipped.insert(id);
                continue;
            }
            c.authorId = r.author;
            c.authorName = info.memberName(c.authorId);
            c.when = QDateTime::fromMSecsSinceEpoch(HybridClock::millis(r.hlc), Qt::UTC);
            c.changes = 1;
            seen.insert(id, out.size());
            out.push_back(std::move(c));
        }
        if (rows.value().size() < size_t(chunk))
            break;
    }
    return out;
}

} // namespace summit::query
