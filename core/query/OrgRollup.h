#pragma once
// Figures of an account's org tree, unit by unit, each for the unit and every
// unit below it (a subsidiary's figures include its plants'), as the
// Organisation tab shows them:
// - revenue: CNY contracts signed in the 12 months up to today (signed,
//   active or expired; as the tier counts them) whose signing entity is in
//   the subtree; a contract without a signing entity counts for the account
//   only, in no unit;
// - pipeline: open deals (CNY) with someone of the subtree in their buying
//   center, each deal once per unit even when several of its people are there;
// - people: active contacts in the subtree, and of them those a team member
//   knows (coverage brief or better by a member who has not left).
// Units and records in the trash never count. Health is the account's (it
// rests on the whole decision chain), not a unit's.

#include "Result.h"

#include <QDate>
#include <QHash>
#include <QString>

namespace summit {
class Database;
}

namespace summit::query {

struct UnitFigures
{
    qint64 revenue = 0; // minor units (分) of CNY
    int contracts = 0;
    qint64 pipeline = 0; // minor units of CNY
    int deals = 0;
    int people = 0, known = 0;
};

// Unit id -> its figures; every live unit of the account is listed. `today` invalid: the current date.
Result<QHash<QString, UnitFigures>> orgRollup(Database& db, const QString& accountId,
                                              const QDate& today = {});

} // namespace summit::query
