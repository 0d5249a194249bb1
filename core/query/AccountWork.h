#pragma once
// The work inside one account as its tabs list it: the tasks in the order a
// person works them, the opportunities by stage, and an opportunity's buying
// center — each one query with the names joined in, not lists joined in memory.

#include "Result.h"

#include <QDate>
#include <QString>
#include <QVariant>
#include <vector>

namespace summit {
class Database;
}

namespace summit::query {

struct TaskRow
{
    QString id, title, due, assigneeId, assigneeName, status, doneAt;
    bool overdue = false; // open and due before `today`
};

// Tasks of the account not in the trash: open first, soonest due first (no
// due date last); then the rest, latest done first. A task without a status is open.
Result<std::vector<TaskRow>> accountTasks(Database& db, const QString& accountId, const QDate& today);

struct OpportunityRow
{
    QString id, name, stage, status, currency, expectedClose, ownerId, ownerName;
    QVariant amount, probability; // null when not set
    // The stage of an open deal, else "won" or "lost".
    QString choice() const;
};

// The stage column's choices in pipeline order: every stage, then won and lost.
const QStringList& opportunityChoices();

// Opportunities of the account not in the trash: open ones by stage, then won,
// then lost; within one, by expected close date, then name.
Result<std::vector<OpportunityRow>> accountOpportunities(Database& db, const QString& accountId);

struct BuyingRoleRow
{
    QString id, contactId, contactName, role, title, stance;
};

// The buying center of an opportunity: each role with its person, by role. A
// person in the trash still shows (by name), so the role is not lost from view.
Result<std::vector<BuyingRoleRow>> buyingCenter(Database& db, const QString& opportunityId);

} // namespace summit::query
