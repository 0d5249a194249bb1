// summit-cli commands for backups: backup (into the backups folder, or --out FILE),
// backup --list, and restore FILE (beside restore ID, which takes a record out of the trash).

#include "Cli.h"

#include "backup/Backup.h"
#include "backup/Restore.h"
#include "backup/Retention.h"
#include "store/Ids.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace summit::cli {

namespace {

// The translation context of this file (lupdate and the runtime agree on it).
struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QString counts(const backup::Summary& s)
{
    return CliText::tr("accounts: %1, contacts: %2, follow-ups: %3, opportunities: %4, tasks: %5")
        .arg(s.accounts)
        .arg(s.contacts)
        .arg(s.followUps)
        .arg(s.opportunities)
        .arg(s.tasks);
}

QJsonObject toJson(const backup::Summary& s)
{
    return {{QStringLiteral("path"), s.path},
            {QStringLiteral("bytes"), s.bytes},
            {QStringLiteral("made_at"), s.madeAt.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("schema"), s.schemaVersion},
            {QStringLiteral("accounts"), s.accounts},
            {QStringLiteral("contacts"), s.contacts},
            {QStringLiteral("followups"), s.followUps},
            {QStringLiteral("opportunities"), s.opportunities},
            {QStringLiteral("tasks"), s.tasks},
            {QStringLiteral("replica"), s.replicaId},
            {QStringLiteral("remote"), s.remote}};
}

int listBackups(Context& ctx, const Args& args)
{
    const QString folder = backup::folderFor(ctx.dbPath);
    const std::vector<backup::Listed> found = backup::list(folder);
    if (args.has(QStringLiteral("--json"))) { // machine-readable: no translated words
        QJsonArray out;
        for (const backup::Listed& item : found) {
            QJsonObject o = toJson(item.summary);
            if (!item.problem.isEmpty())
                o.insert(QStringLiteral("problem"), item.problem);
            out.append(o);
        }
        ctx.out << QJsonDocument(out).toJson(QJsonDocument::Indented);
        return Ok;
    }
    if (found.empty()) {
        ctx.out << CliText::tr("No backups in %1.").arg(QDir::toNativeSeparators(folder)) << "\n";
        return Ok;
    }
    for (const backup::Listed& item : found) {
        const backup::Summary& s = item.summary;
        ctx.out << s.madeAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) << "  "
                << QLocale().formattedDataSize(s.bytes) << "  "
                << (item.problem.isEmpty() ? counts(s) : item.problem) << "\n    "
                << QDir::toNativeSeparators(s.path) << "\n";
    }
    return Ok;
}

int makeBackup(Context& ctx, const Args& args)
{
    if (!QFileInfo(ctx.dbPath).isFile())
        return ctx.fail(CliText::tr("There is no database at %1 to back up.").arg(ctx.dbPath));
    const QString out = args.value(QStringLiteral("--out"));
    if (!out.isEmpty()) {
        if (QFileInfo(out).absoluteFilePath() == QFileInfo(ctx.dbPath).absoluteFilePath())
            return ctx.fail(CliText::tr("--out %1 is the database itself; choose another file.").arg(out));
        auto made = backup::makeBackup(ctx.dbPath, out);
        if (!made)
            return ctx.fail(made.message());
        ctx.out << CliText::tr("Backed up to %1 (%2).")
                       .arg(QDir::toNativeSeparators(made.value().path), counts(made.value()))
                << "\n";
        return Ok;
    }
    auto made = backup::backUpInto(ctx.dbPath, backup::folderFor(ctx.dbPath), backup::retentionSetting());
    if (!made)
        return ctx.fail(made.message());
    ctx.out << CliText::tr("Backed up to %1 (%2).")
                   .arg(QDir::toNativeSeparators(made.value().summary.path), counts(made.value().summary))
            << "\n";
    for (const QString& gone : made.value().deleted)
        ctx.out << CliText::tr("Removed the older backup %1.").arg(QDir::toNativeSeparators(gone)) << "\n";
    return Ok;
}

int restoreBackup(Context& ctx, const Args& args)
{
    auto done = backup::restore(args.positional.first(), ctx.dbPath, backup::folderFor(ctx.dbPath));
    if (!done)
        return ctx.fail(done.message());
    const backup::Restored& r = done.value();
    ctx.out << CliText::tr("Restored %1 from %2.")
                   .arg(QDir::toNativeSeparators(QFileInfo(ctx.dbPath).absoluteFilePath()),
                        QDir::toNativeSeparators(QFileInfo(args.positional.first()).absoluteFilePath()))
            << "\n";
    if (!r.keptCurrent.isEmpty())
        ctx.out << (r.keptUnverified ? CliText::tr("The database as it was could not be read; it is kept, "
                                                   "unchecked, at %1.")
                                     : CliText::tr("The database as it was is kept at %1."))
                       .arg(QDir::toNativeSeparators(r.keptCurrent))
                << "\n";
    if (r.team)
        ctx.out << CliText::tr("It belongs to a team: it now writes as replica %1, and the next sync brings "
                               "back what the team has, this computer's own sent changes included.")
                       .arg(r.replica)
                << "\n";
    return Ok;
}

} // namespace

void addBackupCommands(std::vector<Command>& list)
{
    list.push_back(
        {QStringLiteral("backup"),
         CliText::tr("backup [--out FILE] [--list [--json]]"),
         CliText::tr("Backs the database up while it may be in use, and checks the copy. Without --out the "
                     "backup goes to the backups folder (%1<name>/), and older backups there are thinned "
                     "out: the newest of each of the last 7 days and of each of the last 4 weeks are kept "
                     "(settings backup/keepDays and backup/keepWeeks). --out FILE writes one copy there "
                     "instead. --list shows the backups in the folder, newest first, with their record "
                     "counts.")
             .arg(QDir::toNativeSeparators(backup::backupsRoot())),
         {QStringLiteral("--out")},
         [](Context& ctx, const Args& args) {
             if (args.has(QStringLiteral("--list")))
                 return listBackups(ctx, args);
             return makeBackup(ctx, args);
         },
         {QStringLiteral("--list")}});
    // "restore ID" brings a record back from the trash (SyncCommands); a backup file is told
    // from a record id by its form, so one verb serves both.
    for (Command& c : list) {
        if (c.name != QLatin1String("restore"))
            continue;
        c.synopsis = CliText::tr("restore ID|FILE");
        c.help +=
            QStringLiteral("\n\n") +
            CliText::tr("restore FILE replaces the database with the backup FILE. The database as it is "
                        "now is first kept as a backup in the backups folder. A file that is not a sound "
                        "Summit backup (not a database, damaged, or from a newer Summit) is refused and "
                        "nothing changes. Close Summit on this database first. A team database writes "
                        "under a new replica id afterwards, and its next sync brings back what the team "
                        "has.");
        c.run = [fromTrash = c.run](Context& ctx, const Args& args) {
            if (args.positional.size() != 1)
                return ctx.usage(CliText::tr("name one record id (from the trash) or one backup file."),
                                 QStringLiteral("restore"));
            if (ids::looksLikeId(args.positional.first()))
                return fromTrash(ctx, args);
            return restoreBackup(ctx, args);
        };
    }
}

} // namespace summit::cli
