#pragma once
// The commercial figures of one account, computed from its contracts,
// receivables, service requests and satisfaction surveys (schema 10), as the
// account overview shows them and as the account-intelligence rules will read
// them. Nothing here is stored: overdue, days overdue and renewals due are
// worked out from the records each time, so they never disagree with them.
//
// Money: minor units (分) of CNY (or of records without a currency); records in
// another currency are counted in `otherCurrency`, not added, since Summit keeps
// no exchange rates. Records in the trash never count.

#include "Result.h"

#include <QDate>
#include <QString>
#include <QVariantMap>
#include <optional>
#include <vector>

namespace summit {
class Database;
}

namespace summit::query {

struct CommerceFigures
{
    // Contracts signed in the twelve months up to today (signed_on after
    // today - 12 months, not after today), not drafts or terminated ones.
    qint64 signed12m = 0;
    int contracts12m = 0;
    // Payments received in those twelve months.
    qint64 received12m = 0;
    // Every receivable of the account: what is due and what came in.
    qint64 due = 0;
    qint64 received = 0;
    // Receivables past their due date not fully paid: how many, what is
    // missing, and the longest wait in days (今天 − due date).
    int overdue = 0;
    qint64 overdueAmount = 0;
    int longestOverdueDays = 0;
    // Signed or active contracts whose service ends within 90 days from today
    // (today included) and that no live contract renews.
    int renewalsDue = 0;
    qint64 renewalsDueAmount = 0;
    // Service requests of severity high or critical not resolved yet.
    int openSevere = 0;
    int openRequests = 0;
    // The latest survey answers (by date; for each score the latest one that has it).
    std::optional<int> lastCsat;
    std::optional<int> lastNps;
    QDate lastSurvey;
    int otherCurrency = 0; // contracts or receivables in another currency, not added
};

// One receivable as of `today`: what is still missing and whether it is late.
// Days late: for an unpaid (or partly paid) receivable past its due date, the
// days since; for one paid in full, received_on − due_on (negative: early).
struct ReceivableState
{
    qint64 outstanding = 0; // amount_due − amount_received, never below 0
    bool paid = false;      // received in full
    bool overdue = false;   // past due and not paid in full
    std::optional<int> daysLate;
};
ReceivableState receivableState(const QVariantMap& receivable, const QDate& today);

// An unknown account id is an error; `today` invalid means the current date.
Result<CommerceFigures> accountCommerce(Database& db, const QString& accountId, const QDate& today = {});

} // namespace summit::query
