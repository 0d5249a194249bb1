#pragma once
// Gap analysis of one account's decision chain: what a team lead should see
// before an account meeting — no economic buyer, an economic buyer nobody
// covers or nobody has seen lately, a hostile key person, a relationship that
// hangs on one contact, a subsidiary without a known person, an open
// opportunity without a champion.
//
// Read-only SQL over the materialised tables; deleted records never count and
// neither do contacts whose status is "left".

#include "Result.h"

#include <QDate>
#include <QHash>
#include <QString>
#include <vector>

namespace summit {
class Database;
}

namespace summit::analysis {

// Declaration order is the order gaps of the same severity are listed in.
enum class GapKind
{
    NoEconomicBuyer,            // High; links to the account
    EconomicBuyerNotCovered,    // High; links to the buyer (contact)
    EconomicBuyerStale,         // High; links to the buyer (contact)
    HostileKeyPerson,           // High; links to the opponent or blocker (contact)
    SingleThreaded,             // Medium; links to the account, or to the one contact engaged
    SubsidiaryWithoutContact,   // Medium; links to the subsidiary (org_unit)
    OpportunityWithoutChampion, // High; links to the opportunity
    CoverageBelowDesired,       // Medium; links to the contact the team wants to know better
};

enum class Severity
{
    High,
    Medium,
};

struct Gap
{
    GapKind kind = GapKind::NoEconomicBuyer;
    Severity severity = Severity::High;
    QString message; // translated plain words naming the person, unit or opportunity
    QString entity;  // record type the gap links to: "contact", "org_unit", "opportunity" or "account"
    QString id;      // that record's id
};

struct GapOptions
{
    QDate today;              // local calendar date the analysis is made on (invalid: the current date)
    int staleDays = 60;       // an economic buyer last seen more than this many days ago is stale
    int threadDays = 90;      // window for counting engaged contacts
    int hostileInfluence = 4; // influence (1..5) from which an opponent or blocker is a key person
};

// The gaps of one account, High before Medium, then by kind, then by message.
// - Covered: a coverage row of level brief, working or trusted by a team member
//   not in the trash who has not left ("none" is no coverage). A person's
//   coverage is below desired when the highest desired_level of their coverage
//   rows is above the highest level.
// - Seen / engaged: named in the contact_ids of a follow-up of this account.
//   Days are counted between local calendar dates: a follow-up at any time on
//   today - staleDays is still recent, one on the day before is stale (likewise
//   for threadDays). Follow-ups dated after today (planned ones) do not count.
// - Champion: a buying-center member in the role champion, or one whose stance
//   is champion; an opportunity without a status is open.
// An unknown account id is an error.
Result<std::vector<Gap>> findGaps(Database& db, const QString& accountId, const GapOptions& options);
// The gaps of every account not in the trash, by account id, each exactly what findGaps
// gives for it; each table is read once (rows grouped by account) instead of eight queries
// an account, for the health of a whole book.
Result<QHash<QString, std::vector<Gap>>> findGapsAll(Database& db, const GapOptions& options);

// Stable, untranslated key of a kind, e.g. "no_economic_buyer".
QString gapKindKey(GapKind kind);

} // namespace summit::analysis
