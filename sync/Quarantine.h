#pragma once
// Batches this replica refused, kept with their reason until they pass (see
// SYNC.md, "Admission"). A refused batch changes nothing in the database; it is
// recorded here, outside the refused transaction, so that the Sync page and
// `summit-cli sync status` can say which device sent what and why it was
// refused. Later batches of the same device wait behind it (they build on it);
// every other device's stream flows on. Each round tries it again, so a batch
// refused for a clock that was ahead passes once the clock has caught up, and
// its entry goes.
//
// One entry per device: the first batch of its stream that was refused. Kept in
// the store's local settings (never replicated).

#include "Result.h"

#include <QDateTime>
#include <QString>
#include <vector>

namespace summit {
class Store;
}

namespace summit::sync {

struct QuarantinedBatch
{
    QString replica;   // the device whose stream stops here
    QString commit;    // the batch commit (empty when the device's ref itself is unusable)
    QString reason;    // translated, one sentence
    QDateTime since;   // first refused (UTC)
    QDateTime lastTry; // last refused (UTC)
};

std::vector<QuarantinedBatch> quarantined(Store& store);
// Records (or refreshes) the refusal of `commit` of `replica`; `since` is kept
// when the same batch was refused before.
Status quarantine(Store& store, const QString& replica, const QString& commit, const QString& reason,
                  const QDateTime& now);
// The device's stream passed: its entry, if any, goes.
Status release(Store& store, const QString& replica);

} // namespace summit::sync
