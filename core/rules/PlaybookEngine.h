#pragma once
// Running the team's playbooks (rules/Playbooks.h) against the records: which
// steps become tasks today, and how far each account's runs have come.
//
// A run is one playbook on one account for one occurrence of its trigger, named
// by a key: "key:2026-12-01" (became a key account that day), "stage:onboarding:
// 2026-12-01", "opportunity:ID:negotiate:2026-12-01", "visit:FOLLOW-UP",
// "month:2026-12", "manual:2026-12-07". A step's task id is derived from the
// playbook, the account, the run, the step and the role (a name-based UUID), so
// laptops that each start the same run make the same tasks, and replication
// merges them. The run's key is the task's trigger; its tasks are the run's
// record: which steps are done, open, late, or waiting for others.
//
// Triggers are picked up for 14 days after they happen (a laptop back from two
// weeks offline still starts the runs of its own edits), the month's from its
// first workday on; older ones are left alone, so switching a playbook on does
// not dig up every visit of the past years.

#include "Result.h"
#include "rules/Playbooks.h"
#include "rules/RuleEngine.h"

#include <QDate>
#include <QString>
#include <vector>

namespace summit {
class Database;
}

namespace summit::rules {

// Days after its trigger that a run is still started.
constexpr int kPlaybookStartWindowDays = 14;

// What the playbooks call for today: their tasks (with playbookId and step set; ids not
// in the database yet), the broken playbooks skipped, and notes. options.ruleId, when set,
// names one playbook to run whether switched on or not (a test run).
Result<RuleEvaluation> evaluatePlaybooks(Database& db, const EvaluateOptions& options = {});

// The first steps of a run of `playbookId` on the account started by hand on `today`
// (run key "manual:DATE"). Fails, saying why, when the playbook is broken, the account
// does not exist, or that run has already started today.
Result<std::vector<RuleTask>> startPlaybookTasks(Database& db, const QString& playbookId,
                                                 const QString& accountId, const QDate& today);

QString playbookTaskId(const QString& playbookId, const QString& accountId, const QString& run,
                       const QString& step, const QString& role);

struct StepProgress
{
    QString key, title;
    // done, cancelled, open, late (open past its due date), waiting (for the steps in
    // waitingFor), or missing (its tasks were all put in the trash)
    QString state;
    QDate due;              // the earliest due date of its open tasks
    QStringList assignees;  // names
    QStringList waitingFor; // step titles
    QStringList taskIds;
};

struct PlaybookRun
{
    QString playbookId, playbookName, run;
    QString started; // the run's trigger in words: "Visit on 2026-12-03"
    std::vector<StepProgress> steps;
    int done = 0;          // steps done or cancelled
    bool complete = false; // every step done or cancelled
};

// The account's playbook runs, the unfinished first, then the newest; `today` decides
// which open steps are late.
Result<std::vector<PlaybookRun>> playbookProgress(Database& db, const QString& accountId, const QDate& today);

} // namespace summit::rules
