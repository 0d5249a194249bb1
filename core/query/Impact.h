#pragma once
// What hangs under records about to be deleted, so the question before a
// delete can say it ("华为 has 12 org units, 40 people and 300 follow-ups"),
// and what the deletion rule moves: an org unit's sub-units and people, and
// the people who report to a person, move up to the deleted record's parent.

#include "Result.h"

#include <QString>
#include <QStringList>
#include <vector>

namespace summit {
class Database;
}

namespace summit::query {

struct DeletionImpact
{
    // Under the accounts being deleted (hidden while they are in the trash).
    int orgUnits = 0, contacts = 0, opportunities = 0, followUps = 0, tasks = 0;
    // Moved up to the parent: sub-units and people of deleted org units, and
    // people who reported to deleted people.
    int movedUnits = 0, movedPeople = 0, movedReports = 0;
    bool empty() const
    {
        return orgUnits + contacts + opportunities + followUps + tasks + movedUnits + movedPeople +
                   movedReports ==
               0;
    }
    // One translated sentence per non-zero figure, e.g. "40 people".
    QStringList describe() const;
};

Result<DeletionImpact> deletionImpact(Database& db, const QStringList& ids);

// Live records whose `field` (a parent pointer) names `parentId`, in `table`.
QStringList childrenOf(Database& db, const QString& table, const QString& field, const QString& parentId);

} // namespace summit::query
