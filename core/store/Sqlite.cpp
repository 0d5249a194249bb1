#include "store/Sqlite.h"

#include <sqlite3.h>

namespace summit {

Statement::Statement(sqlite3* db, const QString& sql) : m_db(db), m_sql(sql)
{
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v3(db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &m_stmt,
                           nullptr) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(db));
        m_stmt = nullptr;
    }
}

Statement::~Statement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

Statement& Statement::bind(int index, const QString& value)
{
    if (value.isNull()) // a null QString is SQL NULL, an empty one is ''
        return bindNull(index);
    // The database is UTF-8: encoding here (Qt's fast path) and binding without
    // a copy beats letting SQLite translate UTF-16 for every value.
    if (size_t(index) >= m_text.size())
        m_text.resize(size_t(index) + 1);
    QByteArray& utf8 = m_text[size_t(index)];
    utf8 = value.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
    return *this;
}

Statement& Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement& Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Statement& Statement::bind(int index, const QVariant& value)
{
    if (value.isNull())
        return bindNull(index);
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        return bind(index, value.toLongLong());
    case QMetaType::Double:
        sqlite3_bind_double(m_stmt, index, value.toDouble());
        return *this;
    default:
        return bind(index, value.toString());
    }
}

bool Statement::step()
{
    if (!m_stmt)
        return false;
    m_done = false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    else
        m_error.clear();
    return false;
}

bool Statement::exec()
{
    if (!m_stmt)
        return false;
    step();
    const bool ok = m_error.isEmpty();
    reset();
    return ok;
}

void Statement::reset()
{
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
}

QVariant Statement::value(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER:
        return QVariant(qint64(sqlite3_column_int64(m_stmt, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(m_stmt, column));
    case SQLITE_NULL:
        return QVariant();
    default:
        return QVariant(text(column));
    }
}

QString Statement::text(int column) const
{
    const unsigned char* data = sqlite3_column_text(m_stmt, column);
    if (!data)
        return {};
    return QString::fromUtf8(reinterpret_cast<const char*>(data), sqlite3_column_bytes(m_stmt, column));
}

QByteArrayView Statement::utf8(int column) const
{
    const unsigned char* data = sqlite3_column_text(m_stmt, column);
    if (!data)
        return {};
    return QByteArrayView(reinterpret_cast<const char*>(data), sqlite3_column_bytes(m_stmt, column));
}

qint64 Statement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

int Statement::changes() const
{
    return sqlite3_changes(m_db);
}

qint64 Statement::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

} // namespace summit
