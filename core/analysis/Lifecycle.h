#pragma once
// An account's lifecycle: the stage it is in, since when, the stages it went
// through with their entry dates (from the operation log, so every replica
// tells the same story), and the move its records suggest, which the user
// confirms (nothing here writes).
//
// The eight stages, in order: lead, nurturing, opportunity, closing,
// onboarding, service, expansion, advocacy. What suggests a move, checked
// from the latest stage back, and only ever forward:
// - expansion (增购/续约): a customer (a signed contract) in onboarding or
//   service with an open opportunity, or with a contract ending within 90
//   days that a new contract renews or an open deal is for;
// - onboarding (交付与实施): a contract whose service has started (start on
//   or before today; signed, active or expired), the account before onboarding;
// - closing (签约成交): a signed contract (signed, active or expired), the
//   account before closing;
// - opportunity (商机): an open opportunity, the account before opportunity.
// A stage of the same rank or later than the suggestion is left alone: a
// team that marked an account "service" is not told to go back to
// "onboarding".

#include "Result.h"

#include <QDate>
#include <QString>
#include <vector>

namespace summit {
class Store;
}

namespace summit::analysis {

struct StageEntry
{
    QString stage; // empty: the stage was cleared
    QDate on;      // the local day it was set
};

struct Lifecycle
{
    QString stage;                   // the account's stage now; empty: not set
    QDate since;                     // the day it entered it (invalid: never set)
    int daysInStage = -1;            // since → today; -1 when never set
    std::vector<StageEntry> entries; // every stage it was set to, oldest first
    QString suggested;               // the stage its records suggest; empty: none
    QString reason;                  // why, translated: "First contract signed on 2026-03-01."
};

// An unknown or trashed account id is an error; `today` invalid: the current date.
Result<Lifecycle> accountLifecycle(Store& store, const QString& accountId, const QDate& today = {});

// The rank of a stage (0 lead … 7 advocacy); -1 for an empty or unknown one.
int stageRank(const QString& stage);

} // namespace summit::analysis
