#pragma once
// Key figures of one account for its 360° view: the open pipeline, recent
// follow-ups, open tasks and contacts. Read-only SQL over the materialised
// tables, each figure one indexed range (opportunities, tasks and contacts by
// account_id; follow-ups by (account_id, at)). Records in the trash never count.
//
// Errors are values (Result), as everywhere in core.

#include "Result.h"

#include <QDate>
#include <QMap>
#include <QSet>
#include <QString>

namespace summit {
class Database;
}

namespace summit::query {

struct AccountSummary
{
    // Sum of the amounts of open opportunities (status open or not set), in
    // minor units per currency code; an opportunity without a currency counts as CNY.
    QMap<QString, qint64> openPipeline;
    int openOpportunities = 0;
    // Follow-ups from local midnight of today - followUpDays up to the end of
    // today; planned ones (dated after today) are not counted.
    int recentFollowUps = 0;
    int openTasks = 0;    // status open or not set
    int contacts = 0;     // active contacts (not "left the company")
    int contactsLeft = 0; // contacts whose status is "left"
};

struct SummaryOptions
{
    QDate today;           // local calendar date (invalid: the current date)
    int followUpDays = 90; // window of recentFollowUps
};

// The figures of one account. An unknown account id is an error; an account in
// the trash still has figures (its records are still there).
Result<AccountSummary> accountSummary(Database& db, const QString& accountId,
                                      const SummaryOptions& options = {});

// Whether a change that touched `ids` (of the entity types `entities`) may
// change what the view of `accountId` shows: the account itself, any record
// of it, a team member (names appear in the header and the coverage) or the
// team's tier and health model (every account's computed tier and health). One
// indexed lookup per account-scoped entity type, the ids bound as one JSON list.
Result<bool> touchesAccount(Database& db, const QString& accountId, const QSet<QString>& entities,
                            const QSet<QString>& ids);

// The UTC instant local midnight of `day` falls on, in the stored form of
// followups.at ("2026-05-19T16:00:00.000Z" for 2026-05-20 in Asia/Shanghai).
QString utcStartOfDay(const QDate& day);

} // namespace summit::query
