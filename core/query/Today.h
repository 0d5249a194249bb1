#pragma once
// The Today page's questions, answered for one team member on one date:
// what of mine is overdue or due today, which next actions from follow-ups
// are coming up with no task behind them, which accounts have gone quiet for
// longer than their tier allows, and what teammates changed recently.
//
// Read-only; errors are values (Result), as everywhere in core.

#include "Result.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <vector>

namespace summit {
class Database;
}

namespace summit::query {

// An open task of mine with a due date on or before today.
struct DueTask
{
    QString id, title, accountId, accountName;
    QDate due;
    QString ruleId;           // the rule that made it (rules/Rules.h); empty for a task made by hand
    QString playbookId, step; // the playbook and step it is for (rules/Playbooks.h)
};

// A follow-up's next action that is due soon and has no open or done task yet.
struct NextAction
{
    QString followupId, accountId, accountName, action, type, authorId;
    QDate due;
};

// An account whose last follow-up is older than its tier allows.
struct QuietAccount
{
    QString id, name, tier;
    int daysSince = -1; // days since the last follow-up; -1 = never followed up
    int allowedDays = 0;
    bool mine = false; // I am its account manager, solution architect or delivery expert
};

// The latest changes of one record by teammates.
struct RecentChange
{
    QString id, entity, title, accountId, accountName;
    QString authorId, authorName; // of the latest change
    QDateTime when;               // of the latest change (UTC)
    int changes = 0;              // operations on the record seen in the window
};

// How many days without a follow-up each tier allows (S and A 7, B 30, C 90).
// For now a fixed table, kept here in one place; it becomes part of the
// team's tier model when that is configurable. -1 for an account without a tier:
// nothing says how often it should be visited, so it is never "quiet".
int allowedQuietDays(const QString& tier);

// My open tasks due on or before `today`, oldest due first. Tasks in the trash,
// done or cancelled tasks and tasks of accounts in the trash are left out.
// A task without a status counts as open.
Result<std::vector<DueTask>> myDueTasks(Database& db, const QString& me, const QDate& today);

// Next actions of follow-ups due on or before today + `days`, oldest first, for
// accounts where `me` is in the team (AM, SA, DE) or follow-ups `me` wrote.
// A follow-up whose next action already has an open or done task (tasks.followup_id)
// is left out, so the same thing is not listed twice.
Result<std::vector<NextAction>> nextActionsDue(Database& db, const QString& me, const QDate& today,
                                               int days = 7);

// Accounts with a tier whose last follow-up is more than allowedQuietDays ago
// (or that never had one). Mine first, then the longest silence first; with
// `onlyMine` the others are left out.
Result<std::vector<QuietAccount>> quietAccounts(Database& db, const QString& me, const QDate& today,
                                                bool onlyMine = false);

struct RecentOptions
{
    int limit = 20;        // records, not operations
    int days = 7;          // how far back
    int scanLimit = 50000; // operations read backwards from the newest at most
};

// Records teammates changed in the last `days` before `now`, newest first, one
// entry per record. Operations without an author (demo data, old imports) and
// by `me` are not teammates' changes. Records now in the trash are left out.
//
// The log is read backwards by ops.n (its primary key, the order of arrival),
// which costs nothing per operation skipped beyond the row itself; the scan
// stops after `limit` records or `scanLimit` operations, so a large import of
// my own can hide older teammates' changes (they are still in the history).
Result<std::vector<RecentChange>> recentTeamChanges(Database& db, const QString& me, const QDateTime& now,
                                                    const RecentOptions& options = {});

} // namespace summit::query
