#include "backup/Restore.h"
#include "CoreText.h"
#include "backup/Backup.h"
#include "backup/BackupPrivate.h"

#include "store/Store.h"
#include "store/SyncKeys.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <filesystem>
#include <system_error>

namespace summit::backup {

namespace {

// In WAL mode the -wal file stays while any connection has the database open;
// the last one to close checkpoints it and removes it. So: checkpoint and close
// a connection of our own, and if the file is still there, someone else has it.
Status refuseIfOpen(const QString& database)
{
    if (!QFileInfo(database).isFile() || !QFileInfo::exists(database + QStringLiteral("-wal")))
        return {};
    {
        Connection c;
        if (c.open(database, false))
            (void)c.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")); // closing below does the rest
    }
    if (QFileInfo::exists(database + QStringLiteral("-wal")))
        return Status::fail(CoreText::tr("%1 is open in another program (Summit, summit-cli, or a sync that "
                                         "is still running). Close it and try again; nothing was restored.")
                                .arg(QDir::toNativeSeparators(database)));
    return {};
}

QString freeName(const QString& folder, const QString& name)
{
    const QDir dir(folder);
    QString path = dir.filePath(name);
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = dir.filePath(QFileInfo(name).completeBaseName() + QStringLiteral("-%1.db").arg(n));
    return path;
}

// What the database being replaced knows of the backup's replica.
struct Current
{
    bool read = false;
    qint64 confirmed = 0; // the highest sequence number of the backup's replica it knows the remote holds
    bool replicated = false;
    QString remote, team;
};

Current readCurrent(const QString& database, const QString& replica)
{
    Current c;
    if (!QFileInfo(database).isFile())
        return c;
    auto store = Store::open(database);
    if (!store)
        return c; // damaged: what it knew is lost with it
    Store& s = *store.value();
    c.read = true;
    c.confirmed = s.confirmedSeqOf(replica);
    c.replicated = s.hasReplicated();
    c.remote = s.localValue(synckeys::kRemote).toString();
    c.team = s.localValue(synckeys::kTeam).toString();
    return c;
}

} // namespace

Result<Restored> restore(const QString& backupFile, const QString& database, const QString& keepFolder,
                         const QDateTime& now)
{
    const QString db = QFileInfo(database).absoluteFilePath();
    const QString from = QFileInfo(backupFile).absoluteFilePath();
    auto nothing = [](const QString& why) {
        return Result<Restored>::fail(CoreText::tr("Nothing was restored: %1").arg(why));
    };
    if (from == db)
        return nothing(CoreText::tr("%1 is the database itself.").arg(QDir::toNativeSeparators(db)));
    auto checked = inspect(from, Check::Full);
    if (!checked)
        return nothing(checked.message());
    if (Status s = refuseIfOpen(db); !s)
        return s.error();

    Restored out;
    // 1. The current file is kept first, as a backup like any other.
    if (QFileInfo(db).isFile()) {
        if (!QDir().mkpath(keepFolder))
            return nothing(CoreText::tr("cannot create the folder %1 to keep the current database in.")
                               .arg(QDir::toNativeSeparators(keepFolder)));
        auto kept = makeBackup(db, freeName(keepFolder, fileNameBeforeRestore(db, now)), now);
        if (kept) {
            out.keptCurrent = kept.value().path;
        } else {
            // A damaged database is what a restore is for: it is kept as it is, unchecked.
            const QString copy =
                freeName(keepFolder, QFileInfo(db).completeBaseName() + QLatin1Char('-') +
                                         now.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss")) +
                                         QStringLiteral("-unverified.db"));
            if (!QFile::copy(db, copy))
                return nothing(CoreText::tr("the current database could not be kept (%1), and a plain copy "
                                            "of it to %2 failed.")
                                   .arg(kept.message(), QDir::toNativeSeparators(copy)));
            out.keptCurrent = copy;
            out.keptUnverified = true;
        }
    }

    // 2. The backup is prepared beside the database (same file system, so the swap is one rename).
    const QString staged = db + QStringLiteral(".restoring");
    if (Status s = copyDatabase(from, staged, false); !s)
        return nothing(s.message());
    Status prepared = [&]() -> Status {
        auto opened = Store::open(staged); // an older schema is upgraded here
        if (!opened)
            return opened.status();
        Store& restored = *opened.value();
        out.previousReplica = restored.replicaId();
        const Current current = out.keptUnverified ? Current() : readCurrent(db, out.previousReplica);
        out.team = restored.hasReplicated() || current.replicated;
        out.replica = out.previousReplica;
        if (!out.team)
            return {}; // nobody else holds any of its operations: its id stays
        // Restored, it is behind what its id already published, so its next edits would reuse op ids
        // (replica:seq) teammates hold: it writes under a new id, what the team never got is renumbered
        // under it, and the old id's batches (its own past included) come back like anyone else's.
        const qint64 published = std::max(restored.confirmedSeqOf(out.previousReplica), current.confirmed);
        out.renumbered = restored.countOwnOperationsAfter(published);
        if (Status s = restored.changeReplicaId(published); !s)
            return s;
        out.replica = restored.replicaId();
        // A backup from before the team was joined still belongs to the team now.
        for (const auto& [key, value] :
             {std::pair{synckeys::kRemote, current.remote}, std::pair{synckeys::kTeam, current.team}})
            if (!value.isEmpty() && restored.localValue(key).toString().isEmpty())
                if (Status s = restored.setLocalValue(key, value); !s)
                    return s;
        return {};
    }();
    if (prepared && QFileInfo::exists(staged + QStringLiteral("-wal")))
        prepared = Status::fail(CoreText::tr("the prepared copy %1 is still open.").arg(staged));
    if (prepared)
        prepared = refuseIfOpen(db);
    if (!prepared) {
        removeDatabaseFiles(staged);
        return nothing(prepared.message());
    }

    // 3. The swap: one rename over the old file. Nobody has it open (checked above), so what
    // lies beside it belongs to the old file and would be replayed into the new one: it goes.
    for (const char* leftover : {"-wal", "-shm", "-journal"})
        QFile::remove(db + QLatin1String(leftover));
    std::error_code error;
    std::filesystem::rename(QFile::encodeName(staged).toStdString(), QFile::encodeName(db).toStdString(),
                            error);
    if (error) {
        removeDatabaseFiles(staged);
        return nothing(CoreText::tr("cannot replace %1: %2")
                           .arg(QDir::toNativeSeparators(db), QString::fromStdString(error.message())));
    }
    return out;
}

} // namespace summit::backup
