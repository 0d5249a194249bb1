#pragma once
// Evaluating the team's rules (rules/Rules.h) against the records: which tasks
// they call for today. Every laptop evaluates on its own, offline; a task's id
// is derived from the rule, the account, the trigger and the role (a name-based
// UUID), so two laptops that fire the same rule for the same reason make the
// same task, and replication merges them into one.
//
// The trigger names the reason, so a reason fires once: the day of the last
// follow-up for a quiet account (a new silence after a new follow-up is a new
// trigger), the contract, payment, person, survey or request concerned, the
// opportunity with its stage and the day it entered it, the month for a health
// score. A task whose id exists in any state (done, cancelled, in the trash) is
// not made again. A rule's task never writes a status (a task without one is
// open), so a laptop that fires late cannot reopen a task someone closed.
//
// Due dates count from the day the condition first held, or from today when
// that day has passed: hours on the clock, workdays on the team's calendar
// (rules/WorkCalendar.h).

#include "Result.h"
#include "rules/Rules.h"

#include <QDate>
#include <QHash>
#include <QSet>
#include <QString>
#include <vector>

namespace summit {
class Database;
}

namespace summit::rules {

struct RuleTask
{
    QString id; // derived from rule, account, trigger and role
    QString ruleId, ruleName;
    QString accountId, accountName;
    QString role;       // am, sa, de, team_lead; empty when nobody holds the rule's roles
    QString assigneeId; // empty: nobody (the account has no one in the role)
    QString assigneeName;
    QString trigger; // "quiet:2026-11-20", "contract:ID", "escalate:TASK", …
    QString title;   // the task's title, in the user's language
    QString reason;  // why, in words: "last follow-up on 2026-11-20, 16 days ago"
    QDate due;
    // A playbook's step (rules/PlaybookEngine.h) rather than a rule's task: ruleId is empty,
    // the task's source is "playbook", and trigger names the playbook's run on the account.
    QString playbookId, step;
};

struct RuleSkip
{
    QString ruleId, ruleName, problem;
};

struct RuleEvaluation
{
    std::vector<RuleTask> tasks;   // to make: their ids are not in the database
    int existing = 0;              // fired, but the task is already there (in any state)
    std::vector<RuleSkip> skipped; // broken rules, with their problem
    QStringList notes;             // e.g. a year the calendar does not cover
    // Health scores the run computed, for the caller to keep (Store::recordHealthScores), so a
    // later "down by N in 30 days" reads them instead of rebuilding the past: today's, and the
    // ones rebuilt from the log for 30 days back where this device had kept none.
    struct ScoredDay
    {
        QDate day;
        QHash<QString, int> scores; // account id -> score
    };
    std::vector<ScoredDay> healthScores;
};

// "Down by N in 30 days" compares today's score with the one this device kept for the latest
// day from 30 + kHealthDropSlackDays to 30 days back (the app may not have run on the very day).
inline constexpr int kHealthDropSlackDays = 6;

// How many of a run's tasks one write makes: the GUI thread writes a run's results a chunk per
// turn of its event loop (ui/rules/RuleRunner), and each chunk must stay under 50 ms on the
// large set (bench_rules measures the worst).
inline constexpr size_t kTasksPerWrite = 10;

struct EvaluateOptions
{
    QDate today;            // invalid: the current date
    QSet<QString> accounts; // only these accounts (after an edit); empty: every account
    QString ruleId;         // only this rule, switched on or not (a rule's test run); empty: every rule on
    // Leave out the rules that read health scores (scoring a whole book takes seconds; their
    // trigger is the month, so the desktop scores the book once a day and accounts after edits).
    bool skipHealth = false;
    // Test seam: random task ids instead of derived ones, as a naive implementation
    // would make; the multi-replica test shows duplicates with it.
    bool randomIds = false;
};

Result<RuleEvaluation> evaluateRules(Database& db, const EvaluateOptions& options = {});

// The id of the task a rule makes for an account, trigger and role.
QString ruleTaskId(const QString& ruleId, const QString& accountId, const QString& trigger,
                   const QString& role);

} // namespace summit::rules
