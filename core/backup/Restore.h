#pragma once
// Restoring a database from a backup: the backup replaces the database file,
// after the current file has been kept as a backup of its own. Nobody may have
// the database open meanwhile (the caller closes its store, and reopens after).
// A backup that is not a sound Summit database this version can open (not
// SQLite, damaged, truncated, written by a newer Summit) is refused with a
// message, and nothing changes.
//
// A database that belongs to a team rejoins replication without losing or
// doubling anything: see restore() in Restore.cpp for the rule.

#include "Result.h"

#include <QDateTime>
#include <QString>

namespace summit::backup {

struct Restored
{
    QString keptCurrent;         // where the replaced file was kept; empty when there was none
    bool keptUnverified = false; // the replaced file could not be read: kept byte for byte, unchecked
    QString previousReplica;     // the replica id the backup wrote as
    QString replica;             // the one the restored database writes as from now on
    qint64 renumbered = 0;       // operations the team never received, renumbered under the new id
    bool team = false; // the database replicates: it takes a new id and fetches the team's work again
};

// Replaces the database at `database` with `backupFile`. The current file (if
// any) is first backed up into `keepFolder`.
Result<Restored> restore(const QString& backupFile, const QString& database, const QString& keepFolder,
                         const QDateTime& now = QDateTime::currentDateTimeUtc());

} // namespace summit::backup
