#pragma once
// The team as the Team page, handovers and coverage read it: members with what
// they hold, what a member who leaves hands over, and who on the team knows a
// person (coverage) at what level.

#include "Result.h"

#include <QString>
#include <QStringList>
#include <vector>

namespace summit {
class Database;
}

namespace summit::query {

struct MemberRow
{
    QString id, name, email, role, status; // status "active" (also when unset) or "left"
    int accounts = 0;                      // accounts where the member is AM, SA or DE
    int openTasks = 0;
    int openOpportunities = 0;
    bool left() const { return status == QLatin1String("left"); }
};

// Members not in the trash, active ones first, then by name.
Result<std::vector<MemberRow>> members(Database& db);

// Active admins not in the trash, other than `exceptId`.
int activeAdmins(Database& db, const QString& exceptId = {});

// What a member holds and hands over when they leave: ids of live accounts per
// iron-triangle seat, open tasks assigned to them, open opportunities they own.
struct Holdings
{
    QStringList amOf, saOf, deOf, openTasks, openOpportunities;
    int total() const
    {
        return int(amOf.size() + saOf.size() + deOf.size() + openTasks.size() + openOpportunities.size());
    }
};
Result<Holdings> holdingsOf(Database& db, const QString& memberId);

struct CoverageRow
{
    QString id, memberId, memberName, level, desiredLevel;
    bool memberLeft = false;
};
// Who on the team knows this person, by member name; rows not in the trash.
Result<std::vector<CoverageRow>> coverageOf(Database& db, const QString& contactId);

// The live coverage row of a contact by a member, or empty.
QString coverageId(Database& db, const QString& contactId, const QString& memberId);
// The live buying-center row of a contact on an opportunity, or empty.
QString buyingRoleId(Database& db, const QString& opportunityId, const QString& contactId);
// The live influence link from one person to another, or empty.
QString influenceLinkId(Database& db, const QString& fromId, const QString& toId);

} // namespace summit::query
