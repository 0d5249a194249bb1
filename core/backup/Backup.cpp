#include "backup/Backup.h"
#include "CoreText.h"
#include "backup/BackupPrivate.h"

#include "model/Schema.h"
#include "store/Migrations.h"
#include "store/SyncKeys.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QThread>
#include <QTimeZone>
#include <algorithm>
#include <sqlite3.h>

namespace summit::backup {

// ---------------------------------------------------------------- a connection of our own

Connection::~Connection()
{
    close();
}

Status Connection::open(const QString& path, bool readOnly)
{
    close();
    m_path = path;
    const int flags = readOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    const QByteArray name = QFile::encodeName(path);
    if (sqlite3_open_v2(name.constData(), &m_db, flags | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
        const QString why = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString();
        close();
        return Status::fail(CoreText::tr("Cannot open %1: %2").arg(path, why));
    }
    // The app's own connections write while a copy is read; wait for them, briefly.
    sqlite3_busy_timeout(m_db, 5000);
    return {};
}

void Connection::close()
{
    if (m_db)
        sqlite3_close_v2(m_db);
    m_db = nullptr;
}

QString Connection::error() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString();
}

bool Connection::damaged() const
{
    return m_db && (sqlite3_errcode(m_db) & 0xff) == SQLITE_CORRUPT;
}

Status Connection::exec(const QString& sql)
{
    char* message = nullptr;
    if (sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        const QString why = message ? QString::fromUtf8(message) : error();
        sqlite3_free(message);
        return Status::fail(QStringLiteral("%1: %2").arg(m_path, why));
    }
    return {};
}

namespace {

// Runs a one-row statement; `read` is given it when a row came back.
template <class Read> bool firstRow(sqlite3* db, const QString& sql, const QString& bind, Read read)
{
    sqlite3_stmt* stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size()), &stmt, nullptr) != SQLITE_OK)
        return false;
    const QByteArray value = bind.toUtf8();
    if (!bind.isNull())
        sqlite3_bind_text(stmt, 1, value.constData(), int(value.size()), SQLITE_STATIC);
    const int rc = sqlite3_step(stmt);
    if (rc == SQLITE_ROW)
        read(stmt);
    sqlite3_finalize(stmt);
    return rc == SQLITE_ROW || rc == SQLITE_DONE;
}

} // namespace

QString Connection::text(const QString& sql, bool* ok, const QString& bind)
{
    QString out;
    const bool done = firstRow(m_db, sql, bind, [&](sqlite3_stmt* s) {
        if (const unsigned char* t = sqlite3_column_text(s, 0))
            out = QString::fromUtf8(reinterpret_cast<const char*>(t), sqlite3_column_bytes(s, 0));
    });
    if (ok)
        *ok = done;
    return out;
}

qint64 Connection::integer(const QString& sql, bool* ok, const QString& bind)
{
    qint64 out = 0;
    const bool done = firstRow(m_db, sql, bind, [&](sqlite3_stmt* s) { out = sqlite3_column_int64(s, 0); });
    if (ok)
        *ok = done;
    return out;
}

void removeDatabaseFiles(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

Status copyDatabase(const QString& source, const QString& destination, bool singleFile)
{
    if (!QFileInfo(source).isFile())
        return Status::fail(CoreText::tr("%1 does not exist.").arg(source));
    removeDatabaseFiles(destination);
    Status result = [&]() -> Status {
        Connection from, to;
        if (Status s = from.open(source, true); !s)
            return s;
        if (Status s = to.open(destination, false); !s)
            return s;
        sqlite3_backup* copy = sqlite3_backup_init(to.handle(), "main", from.handle(), "main");
        if (!copy)
            return Status::fail(CoreText::tr("Cannot copy %1: %2").arg(source, to.error()));
        // All pages in one step: one read transaction, so the copy is one consistent
        // state of the file however much the app writes meanwhile (WAL lets it).
        int rc = SQLITE_OK;
        for (int attempt = 0; attempt < 50; ++attempt) {
            rc = sqlite3_backup_step(copy, -1);
            if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED)
                break;
            QThread::msleep(100);
        }
        sqlite3_backup_finish(copy);
        if (rc != SQLITE_DONE)
            return Status::fail(
                CoreText::tr("Cannot copy %1: %2").arg(source, QString::fromUtf8(sqlite3_errstr(rc))));
        if (singleFile)
            if (Status s = to.exec(QStringLiteral("PRAGMA journal_mode=DELETE")); !s)
                return s;
        return {};
    }();
    if (!result)
        removeDatabaseFiles(destination);
    return result;
}

// ---------------------------------------------------------------- reading a backup

namespace {

qint64 countLive(Connection& db, const QString& entity)
{
    const model::EntityDef* def = model::entity(entity);
    if (!def)
        return 0;
    bool ok = false;
    const bool exists = db.integer(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' "
                                                  "AND name = ?"),
                                   &ok, def->table) > 0;
    if (!ok || !exists)
        return 0;
    return db.integer(QStringLiteral("SELECT count(*) FROM %1 WHERE deleted = 0").arg(def->table));
}

QString localText(Connection& db, const QString& key)
{
    return db.text(QStringLiteral("SELECT value FROM local WHERE key = ?"), nullptr, key);
}

} // namespace

Result<Summary> inspect(const QString& file, Check check)
{
    const QFileInfo info(file);
    if (!info.isFile())
        return Result<Summary>::fail(CoreText::tr("%1 does not exist or is not a file.").arg(file));
    Summary s;
    s.path = info.absoluteFilePath();
    s.bytes = info.size();
    auto refuse = [&](const QString& why) {
        return Result<Summary>::fail(CoreText::tr("%1 is not a Summit database this version can open: %2")
                                         .arg(QDir::toNativeSeparators(s.path), why));
    };
    if (s.bytes == 0)
        return refuse(CoreText::tr("the file is empty."));
    auto unreadable = [&](const Connection& db) {
        return refuse(db.damaged() ? CoreText::tr("the file is damaged (%1).").arg(db.error()) : db.error());
    };
    Connection db;
    if (Status st = db.open(file, true); !st)
        return refuse(db.error().isEmpty() ? st.message() : db.error());
    // A file that is not SQLite, or is cut short, fails on its first read.
    bool ok = false;
    s.schemaVersion = int(db.integer(QStringLiteral("PRAGMA user_version"), &ok));
    if (!ok)
        return unreadable(db);
    const qint64 tables = db.integer(QStringLiteral("SELECT count(*) FROM sqlite_master"), &ok);
    if (!ok)
        return unreadable(db);
    const bool hasLocal =
        db.integer(
            QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'local'")) > 0;
    if (s.schemaVersion <= 0 || tables == 0 || !hasLocal)
        return refuse(CoreText::tr("it is a SQLite database, but not Summit's."));
    if (s.schemaVersion > migrations::latestVersion())
        return refuse(CoreText::tr("it was written by a newer Summit (schema %1; this version knows up to "
                                   "%2). Update Summit to restore it.")
                          .arg(s.schemaVersion)
                          .arg(migrations::latestVersion()));
    if (check == Check::Full) {
        // quick_check reads every page: a damaged or truncated file says so here.
        const QString verdict = db.text(QStringLiteral("PRAGMA quick_check(1)"), &ok);
        if (!ok)
            return refuse(CoreText::tr("the file is damaged (%1).").arg(db.error()));
        if (verdict != QLatin1String("ok"))
            return refuse(CoreText::tr("the file is damaged (%1).").arg(verdict));
    }
    s.accounts = countLive(db, QStringLiteral("account"));
    s.contacts = countLive(db, QStringLiteral("contact"));
    s.followUps = countLive(db, QStringLiteral("followup"));
    s.opportunities = countLive(db, QStringLiteral("opportunity"));
    s.tasks = countLive(db, QStringLiteral("task"));
    s.replicaId = localText(db, QStringLiteral("replica_id"));
    s.remote = localText(db, synckeys::kRemote);
    s.source = localText(db, kSourceKey);
    s.madeAt = QDateTime::fromString(localText(db, kMadeAtKey), Qt::ISODateWithMs);
    if (!s.madeAt.isValid())
        s.madeAt = timeFromName(info.fileName());
    if (!s.madeAt.isValid())
        s.madeAt = info.lastModified().toUTC();
    return s;
}

// ---------------------------------------------------------------- making one

Result<Summary> makeBackup(const QString& source, const QString& destination, const QDateTime& now)
{
    const QFileInfo target(destination);
    if (!QDir().mkpath(target.absolutePath()))
        return Result<Summary>::fail(CoreText::tr("Cannot create the folder %1.")
                                         .arg(QDir::toNativeSeparators(target.absolutePath())));
    // Written under another name first: a copy that is cut short or fails its
    // check never stands where a backup is looked for.
    const QString partial = destination + QStringLiteral(".partial");
    if (Status s = copyDatabase(source, partial, true); !s)
        return s.error();
    Status recorded = [&]() -> Status {
        Connection copy;
        if (Status s = copy.open(partial, false); !s)
            return s;
        for (const auto& [key, value] : {std::pair{kMadeAtKey, now.toUTC().toString(Qt::ISODateWithMs)},
                                         std::pair{kSourceKey, QFileInfo(source).absoluteFilePath()}}) {
            sqlite3_stmt* stmt = nullptr;
            const char* sql = "INSERT INTO local (key, value) VALUES (?, ?) "
                              "ON CONFLICT (key) DO UPDATE SET value = excluded.value";
            if (sqlite3_prepare_v2(copy.handle(), sql, -1, &stmt, nullptr) != SQLITE_OK)
                return Status::fail(
                    CoreText::tr("%1 is not a Summit database: %2").arg(source, copy.error()));
            const QByteArray k = key.toUtf8(), v = value.toUtf8();
            sqlite3_bind_text(stmt, 1, k.constData(), int(k.size()), SQLITE_STATIC);
            sqlite3_bind_text(stmt, 2, v.constData(), int(v.size()), SQLITE_STATIC);
            const int rc = sqlite3_step(stmt);
            sqlite3_finalize(stmt);
            if (rc != SQLITE_DONE)
                return Status::fail(CoreText::tr("Cannot write to %1: %2").arg(partial, copy.error()));
        }
        return {};
    }();
    if (!recorded) {
        removeDatabaseFiles(partial);
        return recorded.error();
    }
    auto checked = inspect(partial, Check::Full);
    if (!checked) {
        removeDatabaseFiles(partial);
        return Result<Summary>::fail(CoreText::tr("The copy of %1 failed its check and was removed: %2")
                                         .arg(source, checked.message()));
    }
    removeDatabaseFiles(destination);
    if (!QFile::rename(partial, destination)) {
        removeDatabaseFiles(partial);
        return Result<Summary>::fail(
            CoreText::tr("Cannot save the backup as %1.").arg(QDir::toNativeSeparators(destination)));
    }
    Summary summary = checked.value();
    summary.path = target.absoluteFilePath();
    return summary;
}

// ---------------------------------------------------------------- where backups live

QString backupsRoot()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/backups/");
}

QString folderFor(const QString& databasePath)
{
    return backupsRoot() + QFileInfo(databasePath).completeBaseName() + QLatin1Char('/');
}

QString fileNameFor(const QString& databasePath, const QDateTime& when)
{
    return QFileInfo(databasePath).completeBaseName() + QLatin1Char('-') +
           when.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss")) + QStringLiteral(".db");
}

QString fileNameBeforeRestore(const QString& databasePath, const QDateTime& when)
{
    return QFileInfo(fileNameFor(databasePath, when)).completeBaseName() +
           QStringLiteral("-before-restore.db");
}

bool isKeptBeforeRestore(const QString& path)
{
    static const QRegularExpression kept(QStringLiteral("-before-restore(-\\d+)?\\.db$"));
    return kept.match(path).hasMatch();
}

QDateTime timeFromName(const QString& fileName)
{
    static const QRegularExpression stamp(QStringLiteral("-(\\d{8}-\\d{6})(-\\d+)?(-before-restore)?\\.db$"));
    const QRegularExpressionMatch m = stamp.match(fileName);
    if (!m.hasMatch())
        return {};
    QDateTime t = QDateTime::fromString(m.captured(1), QStringLiteral("yyyyMMdd-HHmmss"));
    t.setTimeZone(QTimeZone::utc());
    return t;
}

std::vector<Listed> list(const QString& folder)
{
    std::vector<Listed> out;
    const QFileInfoList files =
        QDir(folder).entryInfoList({QStringLiteral("*.db")}, QDir::Files | QDir::Readable, QDir::Name);
    for (const QFileInfo& f : files) {
        Listed item;
        auto summary = inspect(f.absoluteFilePath());
        if (summary) {
            item.summary = summary.value();
        } else {
            item.problem = summary.message();
            item.summary.path = f.absoluteFilePath();
            item.summary.bytes = f.size();
            item.summary.madeAt = timeFromName(f.fileName());
            if (!item.summary.madeAt.isValid())
                item.summary.madeAt = f.lastModified().toUTC();
        }
        out.push_back(std::move(item));
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const Listed& a, const Listed& b) { return a.summary.madeAt > b.summary.madeAt; });
    return out;
}

} // namespace summit::backup
