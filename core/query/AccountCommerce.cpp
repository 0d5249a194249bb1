#include "query/AccountCommerce.h"
#include "CoreText.h"

#include "query/Dashboard.h"
#include "query/FilterSql.h"
#include "store/Database.h"

#include <QCoreApplication>

namespace summit::query {

namespace {

// A contract that was signed and stands (drafts were never signed; a terminated one does not count).
const QString kSignedStatus = QStringLiteral("coalesce(status, 'signed') IN ('signed', 'active', 'expired')");
const QString kCny = QStringLiteral("coalesce(nullif(currency, ''), 'CNY') = 'CNY'");

} // namespace

ReceivableState receivableState(const QVariantMap& r, const QDate& today)
{
    ReceivableState out;
    const qint64 due = r.value(QStringLiteral("amount_due")).toLongLong();
    const qint64 got = r.value(QStringLiteral("amount_received")).toLongLong();
    const QDate dueOn = QDate::fromString(r.value(QStringLiteral("due_on")).toString(), Qt::ISODate);
    const QDate receivedOn =
        QDate::fromString(r.value(QStringLiteral("received_on")).toString(), Qt::ISODate);
    out.outstanding = std::max<qint64>(0, due - got);
    out.paid = due > 0 && got >= due;
    if (!dueOn.isValid())
        return out;
    if (out.paid) {
        if (receivedOn.isValid())
            out.daysLate = int(dueOn.daysTo(receivedOn));
    } else if (dueOn < today) {
        out.overdue = true;
        out.daysLate = int(dueOn.daysTo(today));
    }
    return out;
}

Result<CommerceFigures> accountCommerce(Database& db, const QString& accountId, const QDate& todayIn)
{
    auto exists = db.rows(QStringLiteral("SELECT 1 FROM accounts WHERE id = ?"), {accountId});
    if (!exists)
        return exists.error();
    if (exists.value().empty())
        return Result<CommerceFigures>::fail(CoreText::tr("No account with id %1.").arg(accountId));
    const QDate today = todayIn.isValid() ? todayIn : QDate::currentDate();
    const QString todayText = today.toString(Qt::ISODate);
    const QString yearAgo = today.addMonths(-12).toString(Qt::ISODate);
    CommerceFigures out;

    auto signedRows =
        db.rows(QStringLiteral(
                    "SELECT %1, count(*), sum(coalesce(amount, 0)) FROM contracts WHERE account_id = ? AND "
                    "deleted = 0 AND %2 AND signed_on > ? AND signed_on <= ? GROUP BY 1")
                    .arg(kCny, kSignedStatus),
                {accountId, yearAgo, todayText});
    if (!signedRows)
        return signedRows.error();
    for (const QVariantList& row : signedRows.value()) {
        if (!row[0].toBool()) {
            out.otherCurrency += row[1].toInt();
            continue;
        }
        out.contracts12m = row[1].toInt();
        out.signed12m = row[2].toLongLong();
    }

    // A receivable takes its currency from its contract.
    auto money = db.rows(
        QStringLiteral("SELECT coalesce(nullif(c.currency, ''), 'CNY') = 'CNY', r.due_on, r.amount_due, "
                       "coalesce(r.amount_received, 0), r.received_on FROM receivables r JOIN contracts c ON "
                       "c.id = r.contract_id WHERE r.account_id = ? AND r.deleted = 0 AND c.deleted = 0"),
        {accountId});
    if (!money)
        return money.error();
    for (const QVariantList& row : money.value()) {
        if (!row[0].toBool()) {
            ++out.otherCurrency;
            continue;
        }
        const QDate dueOn = QDate::fromString(row[1].toString(), Qt::ISODate);
        const qint64 due = row[2].toLongLong();
        const qint64 got = row[3].toLongLong();
        const QDate receivedOn = QDate::fromString(row[4].toString(), Qt::ISODate);
        out.due += due;
        out.received += got;
        if (receivedOn.isValid() && receivedOn > today.addMonths(-12) && receivedOn <= today)
            out.received12m += got;
        if (dueOn.isValid() && dueOn < today && got < due) {
            ++out.overdue;
            out.overdueAmount += due - got;
            out.longestOverdueDays = std::max(out.longestOverdueDays, int(dueOn.daysTo(today)));
        }
    }

    auto renewals = db.rows(
        QStringLiteral(
            "SELECT count(*), sum(coalesce(amount, 0)) FROM contracts c WHERE c.account_id = ? AND "
            "c.deleted = 0 AND coalesce(c.status, 'signed') IN ('signed', 'active') AND c.end_on >= ? "
            "AND c.end_on <= ? AND NOT EXISTS (SELECT 1 FROM contracts n WHERE n.renews_id = c.id AND "
            "n.deleted = 0 AND coalesce(n.status, 'signed') <> 'terminated')"),
        {accountId, todayText, today.addDays(90).toString(Qt::ISODate)});
    if (!renewals)
        return renewals.error();
    out.renewalsDue = renewals.value().front()[0].toInt();
    out.renewalsDueAmount = renewals.value().front()[1].toLongLong();

    auto requests = db.rows(
        QStringLiteral(
            "SELECT count(*), coalesce(sum(severity IN ('high', 'critical')), 0) FROM service_requests "
            "WHERE account_id = ? AND deleted = 0 AND coalesce(resolved_at, '') = ''"),
        {accountId});
    if (!requests)
        return requests.error();
    out.openRequests = requests.value().front()[0].toInt();
    out.openSevere = requests.value().front()[1].toInt();

    for (const char* score : {"csat", "nps"}) {
        auto last =
            db.rows(QStringLiteral("SELECT %1, surveyed_on FROM satisfaction_surveys WHERE account_id = ? "
                                   "AND deleted = 0 AND %1 IS NOT NULL AND surveyed_on <= ? "
                                   "ORDER BY surveyed_on DESC, id DESC LIMIT 1")
                        .arg(QLatin1String(score)),
                    {accountId, todayText});
        if (!last)
            return last.error();
        if (last.value().empty())
            continue;
        const int value = last.value().front()[0].toInt();
        (qstrcmp(score, "csat") == 0 ? out.lastCsat : out.lastNps) = value;
        out.lastSurvey =
            std::max(out.lastSurvey, QDate::fromString(last.value().front()[1].toString(), Qt::ISODate));
    }
    return out;
}

namespace {

// The filter's conditions on the account `a` and the contract `c`, whose contract is its owner's, else
// the account manager's.
detail::Where contractConditions(const DashboardFilter& f)
{
    return detail::filterWhere(f, QStringLiteral("c"),
                               QStringLiteral("coalesce(nullif(c.owner_id, ''), a.am_id)"));
}

} // namespace

Result<std::vector<RenewalDue>> renewalsDue(Database& db, const DashboardFilter& filter, const QDate& today,
                                            int days)
{
    const detail::Where where = contractConditions(filter);
    const QVariantList binds =
        QVariantList{today.toString(Qt::ISODate), today.addDays(days).toString(Qt::ISODate)} + where.binds;
    auto rows = db.rows(
        QStringLiteral(
            "SELECT c.id, a.id, a.name, c.title, coalesce(m.name, ''), c.end_on, coalesce(c.amount, 0), "
            "coalesce(c.currency, '') FROM contracts c JOIN accounts a ON a.id = c.account_id "
            "LEFT JOIN members m ON m.id = coalesce(nullif(c.owner_id, ''), a.am_id) AND m.deleted = 0 "
            "WHERE coalesce(c.status, 'signed') IN ('signed', 'active') AND c.end_on >= ? AND c.end_on <= ? "
            "AND NOT EXISTS (SELECT 1 FROM contracts n WHERE n.renews_id = c.id AND n.deleted = 0 AND "
            "coalesce(n.status, 'signed') <> 'terminated') AND %1 ORDER BY c.end_on, a.name, c.id")
            .arg(where.sql()),
        binds);
    if (!rows)
        return rows.error();
    std::vector<RenewalDue> out;
    for (const QVariantList& r : rows.value())
        out.push_back({r[0].toString(), r[1].toString(), r[2].toString(), r[3].toString(), r[4].toString(),
                       QDate::fromString(r[5].toString(), Qt::ISODate), r[6].toLongLong(), r[7].toString()});
    return out;
}

Result<std::vector<ReceivableDue>> receivablesDue(Database& db, const DashboardFilter& filter,
                                                  const QDate& today, int days)
{
    const detail::Where where = contractConditions(filter);
    const QVariantList binds = QVariantList{today.addDays(days).toString(Qt::ISODate)} + where.binds;
    auto rows = db.rows(
        QStringLiteral(
            "SELECT r.id, a.id, a.name, c.title, r.due_on, r.amount_due, r.amount_received, r.received_on, "
            "coalesce(c.currency, '') FROM receivables r JOIN contracts c ON c.id = r.contract_id "
            "JOIN accounts a ON a.id = r.account_id WHERE r.deleted = 0 AND r.due_on <= ? AND "
            "coalesce(r.amount_received, 0) < r.amount_due AND %1 ORDER BY r.due_on, a.name, r.id")
            .arg(where.sql()),
        binds);
    if (!rows)
        return rows.error();
    std::vector<ReceivableDue> out;
    for (const QVariantList& r : rows.value()) {
        const ReceivableState state = receivableState(QVariantMap{{QStringLiteral("due_on"), r[4]},
                                                                  {QStringLiteral("amount_due"), r[5]},
                                                                  {QStringLiteral("amount_received"), r[6]},
                                                                  {QStringLiteral("received_on"), r[7]}},
                                                      today);
        out.push_back({r[0].toString(), r[1].toString(), r[2].toString(), r[3].toString(),
                       QDate::fromString(r[4].toString(), Qt::ISODate), state.outstanding, r[8].toString(),
                       state.overdue, state.overdue ? *state.daysLate : 0});
    }
    return out;
}

Result<bool> hasLiveRecords(Database& db, const QString& table)
{
    if (table != QLatin1String("contracts") && table != QLatin1String("receivables") &&
        table != QLatin1String("service_requests") && table != QLatin1String("satisfaction_surveys"))
        return Result<bool>::fail(CoreText::tr("Unknown table \"%1\".").arg(table));
    auto rows = db.rows(QStringLiteral("SELECT 1 FROM %1 WHERE deleted = 0 LIMIT 1").arg(table));
    if (!rows)
        return rows.error();
    return !rows.value().empty();
}

} // namespace summit::query
