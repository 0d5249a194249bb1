#pragma once
// Domain commands: the named intents of Summit — log a follow-up with its next
// action, add, complete or reopen a task, move an org unit, set a person's
// role or stance, delete, restore, settle a conflict. Each command checks its
// own arguments, builds the operations of one Change under a readable label,
// applies it through the one write path and returns errors keyed to its own
// fields. The GUI, the CLI and (later) import and rules call these commands;
// no front end assembles string-keyed operations for a domain intent.
//
// Where a change goes is a seam: straight into the store (CLI, import, rules)
// or through the GUI's undo stack, which applies it to the store as well.

#include "Result.h"
#include "query/ConflictResolution.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QStringList>
#include <functional>

namespace summit::rules {
struct RuleTask;
}

namespace summit::commands {

// Applies one change; the store's apply() or the GUI workspace's.
using Apply = std::function<Status(const Change&)>;

struct FollowUpDraft
{
    QString accountId;
    QString type; // an enum key of followup.type
    QDateTime at; // when it happened (any time spec; stored as UTC)
    QString authorId;
    QStringList contactIds;
    QString opportunityId;
    QString summary, outcome, nextAction;
    QDate due;         // of the next action; may be invalid (no due date)
    FieldValues extra; // further follow-up fields, checked by the store like the rest
};

struct LoggedFollowUp
{
    QString followUpId;
    QString taskId; // empty when the draft had no next action
    QString label;  // the change's label: "Log follow-up with 王建国"
};

struct TaskDraft
{
    QString accountId; // may be empty: a task of no account
    QString title;
    QDate due;          // may be invalid: no due date
    QString assigneeId; // may be empty: nobody
    QString source = QStringLiteral("manual");
    QString followUpId; // the follow-up whose next action this is
};

// What a member's departure handed over (counts of records moved to the successor).
struct HandoverResult
{
    int accounts = 0, tasks = 0, opportunities = 0;
};

class Commands
{
public:
    // Without `apply`, changes go straight into `store`.
    explicit Commands(Store& store, Apply apply = {});

    // The follow-up and, when it names a next action, a task for the author
    // that carries it, as one change (one undo step). Errors about the task's
    // fields come back under the follow-up's field names (next_action, next_due).
    Result<LoggedFollowUp> logFollowUp(const FollowUpDraft& draft, QString followUpId = {},
                                       QString taskId = {});
    // "Log follow-up with 王建国", "… with 王建国 and 2 others", or "… at 华为" without contacts.
    static QString followUpLabel(const QString& accountTitle, const QStringList& contactNames);

    // An open task; returns its id.
    Result<QString> addTask(const TaskDraft& draft, QString id = {});
    // Done at `at` (UTC is stored); refused for an id that is not a task.
    Status completeTask(const QString& taskId, const QDateTime& at);
    // Open again, its completion time cleared.
    Status reopenTask(const QString& taskId);

    // A unit now hangs under `parentId` (empty: at the top). Cycles are refused by the store.
    Status moveOrgUnit(const QString& unitId, const QString& parentId);
    // A person now reports to `managerId` (empty: to nobody).
    Status reportTo(const QString& contactId, const QString& managerId);
    // A person now sits in `unitId`.
    Status moveContactToUnit(const QString& contactId, const QString& unitId);
    // Marks a person as having left the company on `on`, or back as active.
    Status setContactLeft(const QString& contactId, bool left, const QDate& on);
    // A link from one person to another (kind: influences, trusts, mentors, rivals); returns its id.
    Result<QString> addInfluenceLink(const QString& fromId, const QString& toId,
                                     const QString& kind = QStringLiteral("influences"), int strength = 0);

    // A new record of any type from field values (generic forms, the CLI) under
    // "Add contact 王建国"; returns its id. `id` may be chosen (imports, scripts).
    Result<QString> createRecord(const QString& entity, const FieldValues& fields, QString id = {});
    // Changes fields of an existing record under "Edit FIELD of TITLE"; a tree
    // field (parent, reports to) becomes a move. Nothing to change is no change.
    Status editRecord(const QString& id, const FieldValues& fields);
    // Moves records to the trash (restorable); one change for all of them.
    // What hangs under a tree node moves up to its parent in the same change:
    // an org unit's sub-units and people, and the people who report to a
    // person. Everything else that refers to a trashed record (an account's
    // units, people and follow-ups; a person's coverage and roles) stays as it
    // is, hidden while that record is in the trash, and comes back with it.
    // Deleting the last active admin is refused.
    Status deleteRecords(const QStringList& ids);
    // Brings records back from the trash; one change for all of them.
    Status restoreFromTrash(const QStringList& ids);
    // Keeps one of the two values of a conflict; a write that has seen both, so
    // it closes the conflict on every replica.
    Status resolveConflict(const ConflictRow& conflict, KeepValue keep);

    // The same fields on many records of one type as one change ("Edit account
    // manager of 500 accounts"), e.g. the handover of accounts to a new AM.
    Status bulkEdit(const QStringList& ids, const FieldValues& fields);

    // ---- The team
    // A new active member; returns its id.
    Result<QString> addMember(const FieldValues& fields, QString id = {});
    // A member leaves: marked as left, and their accounts (as AM, SA or DE),
    // open tasks and open opportunities go to `successorId`, all as one
    // change. Refused for the last active admin, for a successor who left, or
    // when the member holds something and no successor is named.
    Result<HandoverResult> memberLeaves(const QString& memberId, const QString& successorId);
    // A member who left is active again (nothing is handed back).
    Status memberReturns(const QString& memberId);

    // ---- Who knows whom, and who decides
    // Sets how well a team member knows a person (none, brief, working,
    // trusted) and, if given, the level the team wants; one row per person and
    // member, created on first use. Returns the coverage row's id.
    Result<QString> setCoverage(const QString& contactId, const QString& memberId, const QString& level,
                                const QString& desiredLevel = {});
    Status removeCoverage(const QString& contactId, const QString& memberId);
    // A person's role on a deal (economic buyer, champion, …); one row per
    // person and deal, changed in place if it exists. Returns the row's id.
    Result<QString> setBuyingRole(const QString& opportunityId, const QString& contactId,
                                  const QString& role);
    Status removeBuyingRole(const QString& opportunityId, const QString& contactId);
    // The link from one person to another with its kind and strength (1..5,
    // 0 leaves it unset); changed in place if one exists. Returns its id.
    // The account's tier by hand. A tier other than the computed one (S
    // aside: strategic accounts are marked by hand) needs a reason, which
    // the quarterly review shows; the computed tier clears the reason.
    Status setTier(const QString& accountId, const QString& tier, const QString& reason,
                   const QDate& today = {});
    // The quarterly review's Accept: the account takes its computed tier.
    Status acceptComputedTier(const QString& accountId, const QDate& today = {});
    // A team lead's edit of the tier and health model (the account_model record).
    Status editAccountModel(const FieldValues& fields);

    // ---- Rules and the working calendar (rules/Rules.h)
    // A team's own rule from record values (name, condition, threshold, tiers "S,A", roles
    // "am,team_lead", due_in, due_unit, escalate_days, enabled); checked as a whole
    // (rules::checkRule), so a role nobody holds or a negative count names what is wrong.
    Result<QString> addRule(const FieldValues& fields, QString id = {});
    // Changes some fields of a rule, shipped or the team's; only those fields are written.
    Status editRule(const QString& id, const FieldValues& fields);
    // Moves a team's own rule to the trash; a shipped rule is refused (switch it off instead).
    Status removeRule(const QString& id);
    // The tasks of a rule run (rules::evaluateRules), as one change kept off the undo stack.
    // Returns how many were made.
    Result<int> addRuleTasks(const std::vector<rules::RuleTask>& tasks);
    // A day off (holiday) or a weekend day worked, over the shipped calendar. One record per
    // date (a name-based id), so laptops that mark the same day edit the same record.
    Status setCalendarDay(const QDate& date, bool workday, const QString& name);
    static QString calendarDayId(const QDate& date);
    // Adds (empty id) or edits a stage gate (rules/StageGates.h): applies_to, stage, requires
    // ("amount,expected_close,buying_roles"), enabled; checked as a whole. Returns its id.
    Result<QString> setStageGate(const QString& id, const FieldValues& fields);
    // Deletes a gate the team added; a shipped one is refused (it can be switched off).
    Status removeStageGate(const QString& id);

    // ---- Playbooks (rules/Playbooks.h)
    // A team's own playbook from record values (name, trigger, stage, tiers "S,A", steps as
    // JSON, enabled); checked as a whole (rules::checkPlaybook), so a step that waits for
    // itself or an unknown role names what is wrong.
    Result<QString> addPlaybook(const FieldValues& fields, QString id = {});
    // Changes some fields of a playbook, shipped or the team's; only those fields are written.
    Status editPlaybook(const QString& id, const FieldValues& fields);
    // Moves a team's own playbook to the trash; a shipped one is refused (switch it off).
    Status removePlaybook(const QString& id);
    // Starts a playbook on an account by hand (rules::startPlaybookTasks): its first steps'
    // tasks, one undoable change. Returns how many tasks were made.
    Result<int> startPlaybook(const QString& playbookId, const QString& accountId, const QDate& today = {});

    Result<QString> setInfluenceLink(const QString& fromId, const QString& toId, const QString& kind,
                                     int strength = 0);

    // "Edit stance of 王建国": the readable label of an edit of one field.
    static QString editLabel(const QString& entity, const QString& field, const QString& title);
    // Display name of a record (its title field), or the id if it has none.
    QString titleOf(const QString& id) const;

private:
    Status run(const Change& change) const;
    Status trashOrRestore(const QStringList& ids, bool restore);
    // The moves that keep trees whole when `ids` are deleted.
    Result<std::vector<Operation>> movesForDeletion(const QStringList& ids);
    Status checkAdminsRemain(const QString& memberId, const QString& what);
    // Marking a member as left by a plain edit is for members who hold nothing;
    // otherwise memberLeaves() hands their work over first.
    Status checkNothingHeld(const QString& memberId);
    Result<QString> entityOfRequired(const QString& id, const QString& entity) const;
    // setTier's rule for a tier set by a plain or bulk edit of an account: a tier the
    // figures do not give (S excepted) needs a reason, in the same edit or already on the
    // account. A tier given when an account is created or imported is its starting mark,
    // which the quarterly review revisits.
    Status checkTierReason(const QString& accountId, const FieldValues& fields);

    Store& m_store;
    Apply m_apply;
};

} // namespace summit::commands
