#pragma once
// The batch: what one sync round ships from one replica. A blob of JSON lines,
// a header line and then one line per operation. Version 2 is signed: the header
// names the scheme ("signature": "ed25519") and the device's public key ("key"),
// and a last line {"ed25519": "<signature>"} signs every byte before it. Version 1
// (unsigned) is still read: older devices wrote it. The header leaves room for
// encryption (null for now); a batch of a newer format version is refused, never
// half-read.

#include "Result.h"
#include "store/Operation.h"

#include <QByteArray>
#include <QMap>
#include <vector>

namespace summit::sync {

inline constexpr int kBatchFormatVersion = 2;

class DeviceKey;

// Limits on what a remote may hand us, far above what Summit writes (a batch holds at
// most 2,000 operations; a value at most 1 MB): a batch beyond them is refused unread.
inline constexpr qint64 kMaxBatchBytes = qint64(64) << 20;
inline constexpr qsizetype kMaxLineBytes = qsizetype(8) << 20;
inline constexpr int kMaxBatchOps = 10000;

struct BatchHeader
{
    int version = kBatchFormatVersion;
    QString team;
    QString replica;
    QString author;
    qint64 firstSeq = 0;
    qint64 lastSeq = 0;
    QString previous;               // hash of the previous batch of this replica, empty for the first
    QMap<QString, qint64> frontier; // highest sequence integrated from each other replica
    quint64 hlcMin = 0;
    quint64 hlcMax = 0;
    QString signature;  // the scheme of a signed batch ("ed25519"); empty when unsigned
    QByteArray key;     // the public key that signed it (verified by decodeBatch)
    QString encryption; // reserved: cipher name when the body is encrypted
};

struct Batch
{
    BatchHeader header;
    std::vector<StampedOperation> ops;
};

// Signed with `signer` (format 2) when given, else unsigned (format 1, as older
// devices wrote; tests use it for batches of such devices).
QByteArray encodeBatch(const Batch& batch, const DeviceKey* signer = nullptr);
// `where` names the batch in messages (e.g. the commit id). Refuses a batch over the
// limits above, a signed one whose signature does not verify against the key it names,
// and one whose operations are not all of the header's replica with sequence numbers
// first_seq, first_seq + 1, … last_seq in order. Which key may sign a device's batches
// is the sync engine's to check.
Result<Batch> decodeBatch(const QByteArray& data, const QString& where);

} // namespace summit::sync
