#pragma once
// Backups of a database file. A backup is a copy made with SQLite's online
// backup API on connections of its own, so it is consistent while the app
// writes (WAL), and it counts only once the copy passes PRAGMA quick_check and
// carries a schema this version can open. A copy is a single file (rollback
// journal, not WAL) that records when it was made and from which database.
//
// Backups live in <data dir>/backups/<database file stem>/ under timestamped
// names (UTC): summit-20261205-143012.db. Reading a backup's summary opens it
// read-only and changes nothing in it.

#include "Result.h"

#include <QDateTime>
#include <QString>
#include <vector>

namespace summit::backup {

// What a backup holds, read without changing it.
struct Summary
{
    QString path;
    qint64 bytes = 0;
    QDateTime madeAt; // when the copy was made: recorded in it, else from its name, else the file's time
    int schemaVersion = 0;
    qint64 accounts = 0, contacts = 0, followUps = 0, opportunities = 0, tasks = 0; // live records
    QString replicaId; // the replica the database wrote as
    QString remote;    // its team remote; empty for a database that never synced
    QString source;    // the database file it was copied from, when recorded
};

// Copies the live database `source` to `destination` (replaced if it exists)
// and verifies the copy; on any failure nothing is left at `destination`.
// `now` is recorded in the copy as the time it was made.
Result<Summary> makeBackup(const QString& source, const QString& destination,
                           const QDateTime& now = QDateTime::currentDateTimeUtc());

enum class Check
{
    Summary, // what the dialog lists: opens, reads the version and the counts
    Full,    // before a restore: also PRAGMA quick_check over every page
};
// The summary of the Summit database (or backup) at `file`. Refuses, with a
// message naming the file and the reason, a file that is missing, not SQLite,
// damaged, not a Summit database, or written by a newer Summit.
Result<Summary> inspect(const QString& file, Check check = Check::Summary);

// <AppDataLocation>/backups/
QString backupsRoot();
// <AppDataLocation>/backups/<stem of databasePath>/
QString folderFor(const QString& databasePath);
// <stem>-YYYYMMDD-HHMMSS.db, the time in UTC, so names sort by time.
QString fileNameFor(const QString& databasePath, const QDateTime& when);
// The time in a name made by fileNameFor; invalid for any other name.
QDateTime timeFromName(const QString& fileName);
// A restore keeps the file it replaces as <stem>-<time>-before-restore.db: the
// only copy of what had not been sent, so the retention never deletes it.
QString fileNameBeforeRestore(const QString& databasePath, const QDateTime& when);
bool isKeptBeforeRestore(const QString& path);

// A backup file found in a folder: its summary, or why it cannot be read.
struct Listed
{
    Summary summary; // path, bytes and madeAt are set even when the file is unreadable
    QString problem; // empty when the summary was read
};
// Every *.db file in `folder`, newest first.
std::vector<Listed> list(const QString& folder);

} // namespace summit::backup
