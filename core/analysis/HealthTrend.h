#pragma once
// An account's health score week by week (analysis/AccountScores.h), each
// computed from the operation log as of the end of that week: the records as
// they were then (store/AsOf.h), scored with the same code as today's. Nothing
// is stored, so the trend cannot drift from the log; the last point equals
// today's score.

#include "Result.h"
#include "analysis/AccountScores.h"

#include <QDate>
#include <QHash>
#include <QStringList>
#include <optional>
#include <vector>

namespace summit {
class Database;
}

namespace summit::analysis {

struct HealthPoint
{
    QDate day; // the last day of the week (a Sunday), or today for the current week
    int score = 0;
    HealthBand band = HealthBand::Red;
};

// The score as of the end of `day` (local time), from the account's records as they were then;
// none when the account did not exist or was in the trash that day.
Result<std::optional<HealthPoint>> healthOn(Database& db, const QString& accountId, const QDate& day);

// The scores of several accounts as of the end of `day`, as healthOn gives them one by one,
// from one past database that holds them all (the schema is built once, not per account).
// Accounts that did not exist or were in the trash that day are not in the result.
Result<QHash<QString, HealthPoint>> healthOnAll(Database& db, const QStringList& accountIds,
                                                const QDate& day);

// Scores this device kept (Store::recordHealthScores) for the accounts in `accountIds`: for
// each, the one of the latest day from `from` to `to`; accounts with none are not in the result.
Result<QHash<QString, HealthPoint>> recordedHealth(Database& db, const QStringList& accountIds,
                                                   const QDate& from, const QDate& to);

// The last `weeks` weeks up to today's, oldest first; weeks that ended before
// the account existed, and weeks it spent in the trash, are left out. `today`
// invalid: the current date. An unknown account id is an error.
Result<std::vector<HealthPoint>> healthTrend(Database& db, const QString& accountId, const QDate& today = {},
                                             int weeks = 52);

} // namespace summit::analysis
