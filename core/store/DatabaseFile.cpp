#include "store/DatabaseFile.h"
#include "CoreText.h"

#include "store/Database.h"
#include "store/Migrations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <sqlite3.h>

namespace summit::dbfile {

namespace {

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

bool says(const QString& message, int code)
{
    return message.contains(QString::fromUtf8(sqlite3_errstr(code)));
}

Opening failed(Problem problem, const QString& message)
{
    Opening out;
    out.problem = problem;
    out.message = message;
    return out;
}

// What SQLite said when the file would not open or read, as a problem of the file.
Opening fromSqlite(const QString& path, const QString& message)
{
    const QString file = shown(path);
    if (says(message, SQLITE_NOTADB) || says(message, SQLITE_CORRUPT))
        return failed(Problem::Damaged,
                      CoreText::tr("%1 is damaged: SQLite cannot read it (\"%2\"). Summit does not "
                                   "open it, so that nothing more is lost.")
                          .arg(file, message.section(QStringLiteral(": "), -1)));
    if (says(message, SQLITE_BUSY) || says(message, SQLITE_LOCKED))
        return failed(Problem::Busy, CoreText::tr("%1 is locked by another program, which has held it "
                                                  "for %2 seconds. Close that program, then try again.")
                                         .arg(file)
                                         .arg(Database::kBusyTimeoutMs / 1000));
    if (says(message, SQLITE_CANTOPEN) || says(message, SQLITE_PERM))
        return failed(Problem::Unreadable, CoreText::tr("Summit cannot open %1: %2").arg(file, message));
    return failed(Problem::Other, message);
}

// Whether this user can write both the file and its folder (WAL keeps two files
// beside the database, -wal and -shm, which must be created and removed).
bool writable(const QFileInfo& file)
{
    return file.isWritable() && QFileInfo(file.absolutePath()).isWritable();
}

Opening openStore(const QString& path, OpenMode mode, bool created)
{
    auto store = Store::open(path, mode);
    if (!store)
        return fromSqlite(path, store.message());
    Opening out;
    out.store = std::move(store.value());
    out.created = created;
    return out;
}

Opening create(const QString& path)
{
    const QFileInfo file(path);
    if (!QDir().mkpath(file.absolutePath()))
        return failed(Problem::FolderMissing,
                      CoreText::tr("Cannot create the folder %1 for the new database %2.")
                          .arg(QDir::toNativeSeparators(file.absolutePath()), file.fileName()));
    if (file.exists() ? !writable(file) : !QFileInfo(file.absolutePath()).isWritable())
        return failed(Problem::Unreadable,
                      CoreText::tr("Cannot create the database %1: the folder %2 "
                                   "is read-only.")
                          .arg(shown(path), QDir::toNativeSeparators(file.absolutePath())));
    return openStore(path, OpenMode::ReadWrite, true);
}

} // namespace

Result<QString> checkIntegrity(const QString& path, bool full)
{
    Database db;
    if (Status s = db.open(path, OpenMode::ReadOnly); !s)
        return s;
    // At most a few findings: the first one says what a person needs to know.
    auto rows =
        db.rows(full ? QStringLiteral("PRAGMA integrity_check(5)") : QStringLiteral("PRAGMA quick_check(5)"));
    if (!rows)
        return rows.status();
    // One finding may hold several lines ("*** in database main ***", then a line per page).
    QStringList found;
    for (const QVariantList& row : rows.value())
        for (const QString& line : row.value(0).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            if (!line.startsWith(QLatin1String("***")))
                found << line.trimmed();
    if (found == QStringList{QStringLiteral("ok")})
        return QString();
    if (found.isEmpty())
        return QStringLiteral("?");
    if (found.size() == 1)
        return found.first();
    return CoreText::tr("%1 (and %n more)", nullptr, int(found.size() - 1)).arg(found.first());
}

Opening open(const QString& path, const Options& options)
{
    const QFileInfo file(path);
    const QString name = shown(path);
    if (!file.absoluteDir().exists()) {
        if (options.create)
            return create(path);
        return failed(Problem::FolderMissing,
                      CoreText::tr("The folder %1 does not exist, so there is no database %2 in it.")
                          .arg(QDir::toNativeSeparators(file.absolutePath()), file.fileName()));
    }
    if (!file.exists()) {
        if (options.create)
            return create(path);
        return failed(Problem::Missing, CoreText::tr("%1 does not exist.").arg(name));
    }
    if (!file.isFile())
        return failed(Problem::NotAFile, CoreText::tr("%1 is a folder, not a database file.").arg(name));
    if (!file.isReadable())
        return failed(Problem::Unreadable, CoreText::tr("You do not have permission to read %1.").arg(name));
    if (file.size() == 0) {
        // What a copy that never finished leaves; it holds nothing to lose.
        if (options.create)
            return create(path);
        return failed(Problem::Empty,
                      CoreText::tr("%1 is empty (0 bytes): there is no Summit data in it.").arg(name));
    }
    {
        QFile raw(path);
        if (!raw.open(QIODevice::ReadOnly))
            return failed(Problem::Unreadable,
                          CoreText::tr("Summit cannot read %1: %2").arg(name, raw.errorString()));
        // Every SQLite database starts with these 16 bytes.
        if (raw.read(16) != QByteArray("SQLite format 3\0", 16))
            return failed(Problem::NotSqlite,
                          CoreText::tr("%1 is not a Summit database: it is not a database file at all. It "
                                       "may be damaged, or a different kind of file.")
                              .arg(name));
    }

    // A read-only look before anything writes to the file: opening read-write
    // would already switch another program's database to WAL mode.
    const bool readOnly = options.readOnly || !writable(file);
    {
        Database look;
        if (Status s = look.open(path, OpenMode::ReadOnly); !s)
            return fromSqlite(path, s.message());
        const int version = migrations::currentVersion(look);
        if (version < 0)
            return failed(Problem::Damaged,
                          CoreText::tr("%1 is damaged: its schema version cannot be read.").arg(name));
        if (version > migrations::latestVersion())
            return failed(Problem::Newer,
                          CoreText::tr("%1 was saved by a newer version of Summit (schema %2; this "
                                       "version knows up to %3). This version does not open it, so "
                                       "that nothing in it is changed or misread.")
                              .arg(name)
                              .arg(version)
                              .arg(migrations::latestVersion()));
        if (version == 0) {
            const int tables = look.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master")).toInt();
            if (tables > 0)
                return failed(Problem::NotSummit,
                              CoreText::tr("%1 is an SQLite database of another program, not a Summit "
                                           "database.")
                                  .arg(name));
            if (!options.create)
                return failed(
                    Problem::Empty,
                    CoreText::tr("%1 is an empty database: there is no Summit data in it.").arg(name));
        }
        if (version > 0 && version < migrations::latestVersion() && readOnly)
            return failed(Problem::UpgradeReadOnly,
                          CoreText::tr("%1 was saved by an older version of Summit and must be upgraded "
                                       "before it is opened, but it is read-only.")
                              .arg(name));
        const qint64 size = file.size() + QFileInfo(path + QStringLiteral("-wal")).size();
        if (options.check == Check::Always ||
            (options.check == Check::BySize && size <= kQuickCheckLimitBytes)) {
            look.close();
            auto found = checkIntegrity(path);
            if (!found)
                return fromSqlite(path, found.message());
            if (!found.value().isEmpty())
                return failed(Problem::Damaged,
                              CoreText::tr("%1 is damaged: SQLite's check found \"%2\". Summit does not "
                                           "open it, so that nothing more is lost.")
                                  .arg(name, found.value()));
        }
    }
    return openStore(path, readOnly ? OpenMode::ReadOnly : OpenMode::ReadWrite, false);
}

} // namespace summit::dbfile
