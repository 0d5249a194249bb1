#pragma once
// A SQLite connection through Qt Sql: WAL, foreign keys, full synchronous, a
// busy timeout (another connection, process or the sync worker may be writing),
// and prepared statements cached by key so hot paths never re-parse SQL. One
// Database per thread; each has its own connection name.

#include "Result.h"
#include "store/Sqlite.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>
#include <functional>
#include <memory>
#include <unordered_map>
#include <vector>

namespace summit {

// How a connection opens its file. ReadOnly never writes to the database file:
// used for a file or folder this user cannot write to, and to look at a file
// before trusting it (DatabaseFile.h).
enum class OpenMode
{
    ReadWrite,
    ReadOnly,
};

class Database
{
public:
    Database();
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    Status open(const QString& path, OpenMode mode = OpenMode::ReadWrite);
    void close();
    bool isOpen() const;
    bool isReadOnly() const { return m_readOnly; }
    QString path() const { return m_path; }
    // How long a statement waits for another connection's write lock before it
    // fails with "database is locked".
    static constexpr int kBusyTimeoutMs = 5000;

    // A failed write in words a person can act on, naming the file: a full disk,
    // a file that cannot be written, another program holding the write lock, a
    // disk error, damage. Any other error comes back as it was.
    Status explainWrite(const Status& failed) const;

    // Runs one statement with no result rows; the message names the statement's purpose.
    Status exec(const QString& sql, const QVariantList& binds = {});
    // A cached prepared statement; `key` identifies it (often the SQL itself).
    QSqlQuery& prepared(const QString& sql);
    // A cached statement on the sqlite3 C API over the same connection, for hot paths.
    Statement& fast(const QString& sql);
    // First column of the first row, or an invalid QVariant.
    QVariant scalar(const QString& sql, const QVariantList& binds = {});
    Result<QSqlQuery*> run(const QString& sql, const QVariantList& binds = {});
    // All rows of a read-only statement as value lists, the statement released after.
    Result<std::vector<QVariantList>> rows(const QString& sql, const QVariantList& binds = {});
    // Each row of a read-only statement handed to `row` as it is read, on the C API (no value
    // lists): for queries over thousands of rows, where Qt Sql's per-value cost shows.
    Status scan(const QString& sql, const QVariantList& binds,
                const std::function<void(const Statement&)>& row);

    Status begin();
    Status commit();
    void rollback();
    bool inTransaction() const { return m_depth > 0; }
    // Runs `ended(committed)` once the outermost transaction ends: after its
    // COMMIT (true) or after a rollback (false); at once, with true, when no
    // transaction is open. Listeners hear of a change only when it is durable
    // and visible to every connection, never from inside a nested commit.
    void whenOutermostEnds(std::function<void(bool committed)> ended);

    QSqlDatabase& connection() { return m_db; }
    // Rows changed by this connection since it opened (sqlite3_total_changes).
    qint64 totalChanges() const;
    QString lastError(const QSqlQuery& q) const;

private:
    QSqlDatabase m_db;
    QString m_name;
    QString m_path;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_cache;
    std::unordered_map<QString, std::unique_ptr<Statement>> m_fast;
    sqlite3* m_handle = nullptr;
    bool m_readOnly = false;
    int m_depth = 0;
    std::vector<std::function<void(bool)>> m_whenEnded;
    void ended(bool committed);
};

// Scoped transaction: rolls back unless commit() was called.
class Transaction
{
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Status status() const { return m_status; }
    Status commit();

private:
    Database& m_db;
    Status m_status;
    bool m_done = false;
};

} // namespace summit
