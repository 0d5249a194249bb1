#pragma once
// Health of the group and of each division, region and subsidiary of an
// account's org tree (a plant or a department counts with the entity above
// it), scored by the team's model and the same code as the account's score
// (analysis/AccountScores.h), on the records that belong to the unit's subtree:
// - people: the contacts who sit in the subtree (roles, stances, coverage, who left);
// - engagement: the follow-ups that name at least one of them;
// - commercial: the contracts a legal entity of the subtree signed and their
//   receivables; the open deals with one of its people in the buying center;
// - service: the requests and survey answers of its people;
// - gaps: the gap analysis of that subset (a subsidiary nobody is known at is a
//   gap of every unit above it).
// The follow-up cadence is the account's tier's. Records without a unit (a
// contact not placed, a contract without a signing entity) count for the
// account only. Each assessment carries the unit's name. The subtree's records
// are copied into a private in-memory database with the real schema, one unit
// after another, and scored there, so nothing here is stored.

#include "Result.h"
#include "analysis/AccountScores.h"

#include <QDate>
#include <QHash>
#include <QString>

namespace summit {
class Database;
}

namespace summit::analysis {

// Unit id -> its health, for every live unit of the kinds scored. An unknown or trashed
// account is an error. `today` invalid: the current date.
Result<QHash<QString, HealthAssessment>> unitHealth(Database& db, const QString& accountId,
                                                    const QDate& today = {});

} // namespace summit::analysis
