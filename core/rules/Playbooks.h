#pragma once
// Playbooks (SOPs): a list of steps with deadlines relative to a trigger, run
// per account. When the trigger happens (a new S or A account, an account or an
// opportunity entering a stage, a visit recorded, the first workday of a month)
// or a user starts the playbook by hand, each step becomes a task for the roles
// it names (source "playbook", with the playbook and the step). A step that
// comes after others is made when those are done or cancelled, and its
// deadline counts from the day the last of them was done; the others count
// from the trigger. Deadlines are hours on the clock or workdays on the team's
// calendar (rules/WorkCalendar.h).
//
// Like rules, playbooks are synced team configuration: the shipped ones (from
// seeds 002 and 003) live in code with fixed ids and a team lead's edit writes
// only the fields changed, as a `playbook` record; a team adds its own. The
// steps are one field, a JSON array. A playbook a teammate broke (a step that
// depends on itself, an unknown role) is listed with its problem and skipped.

#include "Result.h"
#include "store/Operation.h"

#include <QString>
#include <QStringList>
#include <vector>

namespace summit {
class Database;
}

namespace summit::rules {

struct PlaybookStep
{
    QString key;   // unique in the playbook: a-z, 0-9, _ and -
    QString title; // the task's title
    int dueIn = 0;
    QString dueUnit = QStringLiteral("workdays"); // or hours
    QStringList roles;                            // am, sa, de, team_lead
    QStringList after;                            // keys of the steps it waits for
};

struct Playbook
{
    QString id;
    QString name;
    // new_key_account, account_stage, opportunity_stage, visit, month_start, manual (started by hand)
    QString trigger;
    QString stage;     // the stage, for account_stage and opportunity_stage
    QStringList tiers; // S, A, B, C; empty: every tier
    std::vector<PlaybookStep> steps;
    bool enabled = true;
    int position = 0;
    bool builtIn = false;
    QString problem; // why it cannot run; empty when it can
};

// Triggers a playbook can have, in order.
const QStringList& playbookTriggers();

// The shipped playbooks: a new key account (needs survey within 72 hours, first proposal
// within 5 workdays, quote within 1 workday: seed 002), after a visit (seed 002), the
// monthly health check of S and A accounts (seed 003), an opportunity in negotiation and a
// new customer's onboarding. Only the monthly health check is switched on: an import of
// existing accounts would start the key-account and stage playbooks for every row, and the
// visit playbook gives two tasks a visit (about 15 a week to a busy account manager), which
// a team should choose.
std::vector<Playbook> defaultPlaybooks();
// The shipped playbooks with the team's edits over them, then the team's own, by position
// and name; those in the trash left out, broken ones with their problem set.
Result<std::vector<Playbook>> loadPlaybooks(Database& db);
Result<Playbook> loadPlaybook(Database& db, const QString& id);

// Why a playbook cannot run, in words naming the field and the step; empty when it can.
QString checkPlaybook(const Playbook& playbook);

// "When an S or A account is new", "When an opportunity enters Negotiate", …
QString describeTrigger(const Playbook& playbook);
// "72 hours", "5 workdays", "the same day".
QString describeDue(const PlaybookStep& step);

// The steps as the record keeps them (a JSON array), and back. parseSteps fails on text
// that is not such an array, naming what is wrong; it does not check the steps.
QString stepsJson(const std::vector<PlaybookStep>& steps);
Result<std::vector<PlaybookStep>> parseSteps(const QString& json);
// One step as the CLI takes it: "KEY: TITLE | DUE | ROLES [| after KEY,KEY]", DUE like
// 72h (hours) or 5wd (workdays): "proposal: Send the first proposal | 5wd | am,sa | after survey".
Result<PlaybookStep> parseStepText(const QString& text);

// The playbook's fields as record values (a new playbook, or the changed ones of an edit).
FieldValues playbookFields(const Playbook& playbook);

} // namespace summit::rules
