#pragma once
// Prepared statements on the sqlite3 C API, for the store's hot paths (every
// operation of a bulk import runs a dozen of them; Qt Sql's per-statement
// overhead would dominate). They run on the very connection Qt Sql opened, so
// they share its transactions.

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QVariant>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace summit {

class Statement
{
public:
    Statement(sqlite3* db, const QString& sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    Statement& bind(int index, const QVariant& value); // 1-based, like SQLite
    Statement& bind(int index, const QString& value);
    Statement& bind(int index, qint64 value);
    Statement& bindNull(int index);
    // Runs to the first row (true) or to the end (false); check error() after false.
    bool step();
    // Runs a statement that returns no rows; false on an error.
    bool exec();
    void reset();
    QVariant value(int column) const; // 0-based
    QString text(int column) const;
    // The column's UTF-8 bytes, valid until the next step or reset (no copy).
    QByteArrayView utf8(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    bool isNull(int column) const;
    int changes() const;
    qint64 lastInsertId() const;
    QString error() const { return m_error; }

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    QString m_sql;
    std::vector<QByteArray> m_text; // UTF-8 of bound strings, alive until the next bind of that slot
    QString m_error;
    bool m_done = true;
};

} // namespace summit
