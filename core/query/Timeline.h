#pragma once
// The follow-up timeline of one account: newest first, filtered by type,
// person or opportunity, read a page at a time (a large account has a thousand
// follow-ups), with the names of the people, the author and the opportunity
// resolved so that a view shows them without further lookups.
//
// Errors are values (Result), as everywhere in core.

#include "Result.h"

#include <QString>
#include <QStringList>
#include <vector>

namespace summit {
class Database;
}

namespace summit::query {

struct TimelineFilter
{
    QString accountId;     // required
    QString type;          // a follow-up type key ("visit"), empty = all
    QString contactId;     // follow-ups with this person among their contacts, empty = all
    QString opportunityId; // follow-ups about this opportunity, empty = all
};

struct TimelineEntry
{
    QString id;
    QString at; // stored UTC timestamp
    QString type;
    QString authorId, authorName;
    QStringList contactIds, contactNames; // same order; a name is empty if the contact is unknown
    QString opportunityId, opportunityName;
    QString summary, outcome, nextAction;
    QString nextDue; // yyyy-MM-dd or empty
};

// Live follow-ups of the account matching the filter, newest first (ties by
// id), rows [offset, offset + limit). Uses the (account_id, at) index.
Result<std::vector<TimelineEntry>> accountFollowUps(Database& db, const TimelineFilter& filter, int offset,
                                                    int limit);
// How many follow-ups match the filter.
Result<int> countAccountFollowUps(Database& db, const TimelineFilter& filter);

} // namespace summit::query
