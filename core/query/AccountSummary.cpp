#include "query/AccountSummary.h"
#include "CoreText.h"

#include "model/Schema.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTime>

namespace summit::query {

QString utcStartOfDay(const QDate& day)
{
    return QDateTime(day, QTime(0, 0)).toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"));
}

Result<AccountSummary> accountSummary(Database& db, const QString& accountId, const SummaryOptions& options)
{
    auto exists = db.rows(QStringLiteral("SELECT 1 FROM accounts WHERE id = ?"), {accountId});
    if (!exists)
        return exists.error();
    if (exists.value().empty())
        return Result<AccountSummary>::fail(CoreText::tr("No account with id %1.").arg(accountId));

    const QDate today = options.today.isValid() ? options.today : QDate::currentDate();
    AccountSummary out;

    auto pipeline =
        db.rows(QStringLiteral("SELECT coalesce(currency, 'CNY'), sum(coalesce(amount, 0)), count(*)"
                               " FROM opportunities WHERE account_id = ? AND deleted = 0"
                               " AND coalesce(status, 'open') = 'open' GROUP BY 1"),
                {accountId});
    if (!pipeline)
        return pipeline.error();
    for (const QVariantList& row : pipeline.value()) {
        out.openPipeline.insert(row[0].toString(), row[1].toLongLong());
        out.openOpportunities += row[2].toInt();
    }

    auto followUps = db.rows(
        QStringLiteral("SELECT count(*) FROM followups WHERE account_id = ? AND deleted = 0"
                       " AND at >= ? AND at < ?"),
        {accountId, utcStartOfDay(today.addDays(-options.followUpDays)), utcStartOfDay(today.addDays(1))});
    if (!followUps)
        return followUps.error();
    out.recentFollowUps = followUps.value().front()[0].toInt();

    auto tasks = db.rows(QStringLiteral("SELECT count(*) FROM tasks WHERE account_id = ? AND deleted = 0"
                                        " AND coalesce(status, 'open') = 'open'"),
                         {accountId});
    if (!tasks)
        return tasks.error();
    out.openTasks = tasks.value().front()[0].toInt();

    auto contacts =
        db.rows(QStringLiteral("SELECT coalesce(status, 'active') = 'left', count(*) FROM contacts"
                               " WHERE account_id = ? AND deleted = 0 GROUP BY 1"),
                {accountId});
    if (!contacts)
        return contacts.error();
    for (const QVariantList& row : contacts.value())
        (row[0].toBool() ? out.contactsLeft : out.contacts) = row[1].toInt();
    return out;
}

Result<bool> touchesAccount(Database& db, const QString& accountId, const QSet<QString>& entities,
                            const QSet<QString>& ids)
{
    if (ids.contains(accountId) || entities.contains(QStringLiteral("member")) ||
        entities.contains(QStringLiteral("account_model")))
        return true;
    QJsonArray list;
    for (const QString& id : ids)
        list.append(id);
    const QString json = QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact));
    for (const QString& name : entities) {
        const model::EntityDef* def = model::entity(name);
        if (!def || def->accountField.isEmpty())
            continue;
        // Deleted rows count too: a record moving to the trash changes the view.
        // CROSS JOIN keeps the ids outermost: one primary-key lookup per id,
        // not a scan of all the account's records for every small edit.
        auto r = db.rows(QStringLiteral("SELECT 1 FROM json_each(?) j CROSS JOIN %1 r ON r.id = j.value"
                                        " WHERE r.%2 = ? LIMIT 1")
                             .arg(def->table, def->accountField),
                         {json, accountId});
        if (!r)
            return r.error();
        if (!r.value().empty())
            return true;
    }
    return false;
}

} // namespace summit::query
