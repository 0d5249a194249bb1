#pragma once
// Rules: "when CONDITION holds for accounts in SCOPE, make a task for ROLES, due
// in N hours or workdays" (the seeds' SOPs: an A account not followed up for
// 7 days gets a task for its account manager and the team lead, due the same
// day). A rule is synced team configuration, a `rule` record. The shipped rules
// have fixed ids and live in code: a team lead's edit writes only the fields
// changed, over the shipped values, so laptops that each switch one off still
// edit the same record. A shipped rule is switched off rather than deleted.
//
// A rule a teammate broke (an unknown role, a threshold the condition cannot
// use) is loaded with its problem in words and skipped by evaluation; it never
// stops the other rules.

#include "Result.h"
#include "store/Operation.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <vector>

namespace summit {
class Database;
}

namespace summit::rules {

struct Rule
{
    QString id;
    QString name;                       // what the team calls it; the shipped rules' names are translated
    QString condition;                  // quiet, health_below, … (the rule record's condition choices)
    int threshold = 0;                  // days, hours or points, as the condition reads it
    QStringList tiers;                  // S, A, B, C; empty: every tier (and accounts without one)
    QString region, industry, memberId; // empty: any
    QString tag;                        // accounts carrying this tag (account.tags); empty: any
    QStringList roles;                  // am, sa, de, team_lead
    int dueIn = 0;
    QString dueUnit = QStringLiteral("workdays"); // or hours
    int escalateDays = 0;                         // 0: no escalation
    bool enabled = true;
    int position = 0;
    bool builtIn = false; // one of the shipped rules
    QString problem;      // why it cannot run; empty when it can
};

// The account-team roles a rule can address, in order.
const QStringList& ruleRoles();
// "account manager", "the team lead": how a role reads in a sentence.
QString roleLabel(const QString& role);
// Whether the condition needs health scores (computed, slower).
bool usesHealth(const QString& condition);
// What the threshold means for a condition: "days", "hours" or "points".
QString thresholdUnit(const QString& condition);

// The shipped rules, from seeds 002 and 003, switched on.
std::vector<Rule> defaultRules();
// The team's rules: the shipped ones with the team's edits over them, then the
// team's own, by position and name; rules in the trash are left out. A broken
// rule comes back with its problem set.
Result<std::vector<Rule>> loadRules(Database& db);
Result<Rule> loadRule(Database& db, const QString& id);

// Whether the member edits the team's rules, gates and calendar: a team lead or an
// administrator, or anyone while no member is chosen (a database of one).
bool mayEditRules(Database& db, const QString& memberId);

// Why a rule cannot run, in words naming the field; empty when it can.
// `db` checks that some active member holds a team-lead role when one is asked for.
QString checkRule(const Rule& rule, Database* db = nullptr);

// The rule as one sentence in the user's language: "When an S or A account has
// had no follow-up for more than 7 days, a task for its account manager and the
// team lead, due the same day."
QString describeRule(const Rule& rule);
QString describeCondition(const Rule& rule);

// The rule's fields as record values (for a new rule, or the changed ones of an edit).
FieldValues ruleFields(const Rule& rule);
// Reads "--tiers S,A" style lists: trimmed, upper-cased tiers; lower-cased roles.
QStringList splitList(const QString& text, bool upper);

} // namespace summit::rules
