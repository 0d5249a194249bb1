#pragma once
// The local values (stored in the database, never replicated) in which
// replication keeps its place. sync/ (SyncEngine) writes them; the store reads
// them when it changes its replica id, and a restore from a backup reads them
// to tell what of this replica the team already holds. One spelling for both.

#include <QString>

namespace summit::synckeys {

inline const QString kRemote = QStringLiteral("sync.remote"); // the team remote's URL
inline const QString kTeam = QStringLiteral("sync.team");     // the team's name in batch headers
// This replica's own batches: the last sequence number sealed into one, the
// commit its own ref points at, and the last sequence number the remote confirmed.
inline const QString kSealedSeq = QStringLiteral("sync.sealed_seq");
inline const QString kOwnTip = QStringLiteral("sync.own_tip");
inline const QString kPushedSeq = QStringLiteral("sync.pushed_seq");
// The public key (base64) this replica's batches are signed with, recorded with its
// first signed batch: a device key that no longer matches it starts a new stream.
inline const QString kOwnKey = QStringLiteral("sync.own_key");
// Prefix of the key (base64) that signs another replica's stream, bound by the first
// signed batch of that stream integrated here.
inline const QString kStreamKeyPrefix = QStringLiteral("sync.key.");

} // namespace summit::synckeys
