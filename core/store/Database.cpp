#include "store/Database.h"
#include "CoreText.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>
#include <QUrl>
#include <sqlite3.h>

namespace summit {

namespace {
QAtomicInt connectionCounter;
} // namespace

Database::Database() = default;

Database::~Database()
{
    close();
}

namespace {
// A read-only connection is opened by URI, which can say "never write" and, where
// needed, "immutable". WAL needs a -shm file beside the database: in a folder this
// user cannot write to, SQLite can neither make one nor read without one, unless
// the file is opened as immutable. That is safe only when no -wal file holds
// changes (nobody can be writing without one), so only then is it used.
QString readOnlyUri(const QString& path)
{
    const QFileInfo file(path);
    QString uri = QUrl::fromLocalFile(file.absoluteFilePath()).toString(QUrl::FullyEncoded) +
                  QStringLiteral("?mode=ro");
    const QFileInfo wal(path + QStringLiteral("-wal"));
    const bool folderWritable = QFileInfo(file.absolutePath()).isWritable();
    if (!folderWritable && !QFileInfo::exists(path + QStringLiteral("-shm")) &&
        (!wal.exists() || wal.size() == 0))
        uri += QStringLiteral("&immutable=1");
    return uri;
}
} // namespace

Status Database::open(const QString& path, OpenMode mode)
{
    close();
    m_readOnly = mode == OpenMode::ReadOnly;
    m_name = QStringLiteral("summit-%1").arg(connectionCounter.fetchAndAddRelaxed(1));
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    // Busy timeout: the sync worker, another window or summit-cli may be writing
    // through a connection of their own; a write waits for them instead of failing.
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs);
    if (m_readOnly) {
        m_db.setDatabaseName(readOnlyUri(path));
        options += QStringLiteral(";QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI");
    } else {
        m_db.setDatabaseName(path);
    }
    m_db.setConnectOptions(options);
    if (!m_db.open())
        return Status::fail(
            CoreText::tr("Cannot open the database %1: %2").arg(path, m_db.lastError().text()));
    m_path = path;
    // Qt's SQLite driver hands out its sqlite3 handle; hot paths use it directly.
    const QVariant handle = m_db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        m_handle = *static_cast<sqlite3* const*>(handle.constData());
    if (!m_handle)
        return Status::fail(
            CoreText::tr("Cannot open the database %1: the SQLite driver gives no handle.").arg(path));
    // A read-only connection keeps the journal mode the file has (every Summit
    // database is in WAL mode from its first open).
    QList<const char*> pragmas = {"PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON",
                                  "PRAGMA temp_store=MEMORY", "PRAGMA cache_size=-65536"};
    if (!m_readOnly)
        pragmas.prepend("PRAGMA journal_mode=WAL");
    for (const char* pragma : pragmas) {
        QSqlQuery q(m_db);
        if (!q.exec(QString::fromLatin1(pragma)))
            return Status::fail(CoreText::tr("Cannot prepare the database %1 (%2): %3")
                                    .arg(path, QString::fromLatin1(pragma), lastError(q)));
    }
    // A file that is not a SQLite database only fails on the first read.
    QSqlQuery probe(m_db);
    if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
        return Status::fail(CoreText::tr("%1 is not a Summit database: %2").arg(path, lastError(probe)));
    return {};
}

Status Database::explainWrite(const Status& failed) const
{
    if (failed)
        return failed;
    const QString& raw = failed.message();
    auto says = [&raw](int code) {
        return raw.contains(QString::fromUtf8(sqlite3_errstr(code)));
    };
    const QString file = QDir::toNativeSeparators(m_path);
    QString message;
    if (says(SQLITE_FULL))
        message = CoreText::tr("The disk is full: the change could not be saved to %1. Nothing was "
                               "changed; free some space on the disk, then save again.")
                      .arg(file);
    else if (says(SQLITE_READONLY))
        message = CoreText::tr("%1 cannot be written to (the file or its folder is read-only): the change "
                               "was not saved.")
                      .arg(file);
    else if (says(SQLITE_BUSY))
        message = CoreText::tr("%1 is busy: another program (Summit, summit-cli or a sync) has been "
                               "writing to it for %2 seconds. Nothing was changed; try again in a moment.")
                      .arg(file)
                      .arg(kBusyTimeoutMs / 1000);
    else if (says(SQLITE_IOERR))
        message = CoreText::tr("Summit could not write to %1 (a disk error). Nothing was changed; check "
                               "the disk, then save again.")
                      .arg(file);
    else if (says(SQLITE_CORRUPT))
        message = CoreText::tr("%1 is damaged, so the change was not saved. Restore the file from a "
                               "backup.")
                      .arg(file);
    else
        return failed;
    return Status::fail(message, failed.error().field);
}

void Database::close()
{
    m_fast.clear(); // finalised before the connection closes
    m_handle = nullptr;
    m_cache.clear();
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    m_depth = 0;
    m_readOnly = false;
}

bool Database::isOpen() const
{
    return m_db.isOpen();
}

QString Database::lastError(const QSqlQuery& q) const
{
    const QSqlError e = q.lastError();
    return e.databaseText().isEmpty() ? e.text() : e.databaseText();
}

Status Database::exec(const QString& sql, const QVariantList& binds)
{
    auto r = run(sql, binds);
    return r.status();
}

qint64 Database::totalChanges() const
{
    return m_handle ? sqlite3_total_changes64(m_handle) : 0;
}

QSqlQuery& Database::prepared(const QString& sql)
{
    auto it = m_cache.find(sql);
    if (it == m_cache.end()) {
        auto q = std::make_unique<QSqlQuery>(m_db);
        q->setForwardOnly(true);
        // A statement that fails to prepare reports its error when executed.
        q->prepare(sql);
        it = m_cache.emplace(sql, std::move(q)).first;
    }
    return *it->second;
}

Statement& Database::fast(const QString& sql)
{
    auto it = m_fast.find(sql);
    if (it == m_fast.end())
        it = m_fast.emplace(sql, std::make_unique<Statement>(m_handle, sql)).first;
    return *it->second;
}

Result<QSqlQuery*> Database::run(const QString& sql, const QVariantList& binds)
{
    QSqlQuery& q = prepared(sql);
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds[i]);
    if (!q.exec())
        return Result<QSqlQuery*>::fail(
            CoreText::tr("Database error in \"%1\": %2").arg(sql.left(80), lastError(q)));
    return &q;
}

Result<std::vector<QVariantList>> Database::rows(const QString& sql, const QVariantList& binds)
{
    auto r = run(sql, binds);
    if (!r)
        return r.error();
    QSqlQuery* q = r.value();
    std::vector<QVariantList> out;
    const int columns = q->record().count();
    while (q->next()) {
        QVariantList row;
        row.reserve(columns);
        for (int i = 0; i < columns; ++i)
            row << q->value(i);
        out.push_back(std::move(row));
    }
    q->finish();
    return out;
}

Status Database::scan(const QString& sql, const QVariantList& binds,
                      const std::function<void(const Statement&)>& row)
{
    Statement& q = fast(sql);
    for (int i = 0; i < binds.size(); ++i)
        q.bind(i + 1, binds[i]);
    while (q.step())
        row(q);
    const QString error = q.error();
    q.reset();
    if (!error.isEmpty())
        return Status::fail(CoreText::tr("Database error in \"%1\": %2").arg(sql.left(80), error));
    return {};
}

QVariant Database::scalar(const QString& sql, const QVariantList& binds)
{
    auto r = run(sql, binds);
    if (!r)
        return {};
    QSqlQuery* q = r.value();
    QVariant v = q->next() ? q->value(0) : QVariant();
    q->finish();
    return v;
}

Status Database::begin()
{
    if (m_depth++ > 0)
        return {};
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        m_depth = 0;
        return Status::fail(CoreText::tr("Cannot start a transaction on %1: %2").arg(m_path, lastError(q)));
    }
    return {};
}

Status Database::commit()
{
    if (m_depth == 0 || --m_depth > 0)
        return {};
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT"))) {
        const QString why = lastError(q);
        rollback();
        return Status::fail(CoreText::tr("Cannot save to %1: %2").arg(m_path, why));
    }
    ended(true);
    return {};
}

void Database::rollback()
{
    m_depth = 0;
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("ROLLBACK"));
    ended(false);
}

void Database::whenOutermostEnds(std::function<void(bool committed)> ended)
{
    if (m_depth == 0)
        ended(true);
    else
        m_whenEnded.push_back(std::move(ended));
}

void Database::ended(bool committed)
{
    // Taken out first: a listener may well start the next transaction.
    std::vector<std::function<void(bool)>> waiting;
    waiting.swap(m_whenEnded);
    for (const auto& f : waiting)
        f(committed);
}

Transaction::Transaction(Database& db) : m_db(db), m_status(db.begin()) {}

Transaction::~Transaction()
{
    if (!m_done && m_status)
        m_db.rollback();
}

Status Transaction::commit()
{
    m_done = true;
    if (!m_status)
        return m_status;
    return m_db.commit();
}

} // namespace summit
