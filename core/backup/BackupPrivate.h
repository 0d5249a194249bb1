#pragma once
// Shared by the files of the backup module (backing up, rotating, restoring);
// not part of its interface.

#include "Result.h"

#include <QCoreApplication>
#include <QString>

struct sqlite3;

namespace summit::backup {

// A sqlite3 connection of the module's own (never Qt Sql's, never the store's),
// closed when it goes.
class Connection
{
public:
    Connection() = default;
    ~Connection();
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    // `readOnly`: SQLITE_OPEN_READONLY, nothing is created or written.
    Status open(const QString& path, bool readOnly);
    void close();
    sqlite3* handle() const { return m_db; }
    QString error() const;
    bool damaged() const; // the last error said the file is corrupt (SQLITE_CORRUPT)
    // Runs `sql` (no result rows wanted); the message names `path`.
    Status exec(const QString& sql);
    // The first column of the first row of `sql` as text; `ok` false on an error.
    QString text(const QString& sql, bool* ok = nullptr, const QString& bind = QString());
    qint64 integer(const QString& sql, bool* ok = nullptr, const QString& bind = QString());

private:
    sqlite3* m_db = nullptr;
    QString m_path;
};

// Copies the database `source` into a new file `destination` with the online
// backup API (consistent while others write). With `singleFile`, the copy is
// turned from WAL into a rollback-journal database: one self-contained file.
// The destination is removed again on failure.
Status copyDatabase(const QString& source, const QString& destination, bool singleFile);

// Removes `path` and its -wal, -shm and -journal files.
void removeDatabaseFiles(const QString& path);

// Local values a backup records in its copy.
inline const QString kMadeAtKey = QStringLiteral("backup.made_at");
inline const QString kSourceKey = QStringLiteral("backup.source");

} // namespace summit::backup
