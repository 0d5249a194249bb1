// summit-cli commands for replication: sync, join, status, conflicts, trash.

#include "Cli.h"

#include "commands/Commands.h"
#include "model/Schema.h"
#include "query/ConflictResolution.h"
#include "store/Queries.h"
#include "store/RemoteAddress.h"
#include "store/Store.h"
#include "sync/SyncService.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace summit::cli {

namespace {

// The translation context of this file (lupdate and the runtime agree on it).
struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// Credentials come from the environment so they never land in the database,
// shell history or logs: SUMMIT_GIT_USER, SUMMIT_GIT_TOKEN, SUMMIT_SSH_KEY.
// SUMMIT_SSH_TRUST names the fingerprint of a new ssh host the user has checked.
sync::Credentials credentialsFromEnvironment()
{
    sync::Credentials c;
    c.username = qEnvironmentVariable("SUMMIT_GIT_USER");
    c.password = qEnvironmentVariable("SUMMIT_GIT_TOKEN");
    c.sshKeyPath = qEnvironmentVariable("SUMMIT_SSH_KEY");
    if (!c.sshKeyPath.isEmpty())
        c.sshPublicKeyPath = c.sshKeyPath + QStringLiteral(".pub");
    c.trustHostKey = qEnvironmentVariable("SUMMIT_SSH_TRUST");
    return c;
}

int runSync(Context& ctx, const Args& args, bool joining)
{
    const QString command = joining ? QStringLiteral("join") : QStringLiteral("sync");
    if (joining && QFileInfo::exists(ctx.dbPath) && QFileInfo(ctx.dbPath).size() > 0)
        return ctx.fail(
            CliText::tr("%1 exists already; join a team into a new database file.").arg(ctx.dbPath));
    Store* store = ctx.store();
    if (!store)
        return ctx.fail(ctx.openError().message());
    QString url = args.value(QStringLiteral("--remote"));
    if (!remote::split(url).secret.isEmpty()) // used for this round, never kept (SyncEngine)
        ctx.err << "summit-cli: "
                << CliText::tr("the access token in --remote is used for this sync and not kept; a command "
                               "line is kept in the shell's history, so give the token in SUMMIT_GIT_TOKEN.")
                << "\n";
    if (url.isEmpty())
        url = sync::SyncService::rememberedRemote(*store);
    if (url.isEmpty())
        return ctx.usage(CliText::tr("no remote yet: give --remote URL (it is remembered)."), command);
    auto service = sync::SyncService::open(*store);
    if (!service)
        return ctx.fail(service.message());
    const sync::Round round = service.value()->runRound(url, credentialsFromEnvironment());
    if (!round.report)
        return ctx.fail(round.report.message());
    const sync::SyncReport& r = round.report.value();
    ctx.out
        << CliText::tr("Operations sent: %1, received: %2.").arg(r.sealedOperations).arg(r.receivedOperations)
        << "\n";
    if (r.keyReplaced)
        ctx.out << CliText::tr("This computer's signing key is new (the old key file is gone); its changes "
                               "now go out as replica %1. Nothing is lost.")
                       .arg(store->replicaId())
                << "\n";
    else if (r.replicaIdChanged)
        ctx.out << CliText::tr("This database was a copy of another one; it now writes as replica %1.")
                       .arg(store->replicaId())
                << "\n";
    for (const QString& p : r.problems)
        ctx.err << "summit-cli: " << p << "\n";
    for (const QString& w : r.warnings)
        ctx.err << "summit-cli: " << w << "\n";
    return round.ok() ? Ok : Failed;
}

int runStatus(Context& ctx, const Args& args)
{
    Store* store = ctx.store();
    if (!store)
        return ctx.fail(ctx.openError().message());
    auto service = sync::SyncService::open(*store);
    if (!service)
        return ctx.fail(service.message());
    const sync::SyncStatus s = service.value()->status();
    const QString lastIso = s.lastSync.isValid() ? s.lastSync.toString(Qt::ISODate) : QString();
    const QString last = lastIso.isEmpty() ? CliText::tr("never") : lastIso;
    QJsonArray quarantined;
    for (const sync::QuarantinedBatch& q : s.quarantined)
        quarantined.append(QJsonObject{{QStringLiteral("replica"), q.replica},
                                       {QStringLiteral("commit"), q.commit},
                                       {QStringLiteral("since"), q.since.toString(Qt::ISODate)},
                                       {QStringLiteral("last_try"), q.lastTry.toString(Qt::ISODate)},
                                       {QStringLiteral("reason"), q.reason}});
    if (args.has(QStringLiteral("--json"))) { // machine-readable: no translated words (but the reasons)
        ctx.out << QString::fromUtf8(
            QJsonDocument(
                QJsonObject{{QStringLiteral("remote"), s.remote},
                            {QStringLiteral("replica"), s.replica},
                            {QStringLiteral("pending"), s.pendingOperations},
                            {QStringLiteral("last_sync"),
                             lastIso.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(lastIso)},
                            {QStringLiteral("last_error"), s.lastError},
                            {QStringLiteral("replicas"), s.knownReplicas},
                            {QStringLiteral("signing_replicas"), s.signingReplicas},
                            {QStringLiteral("device_key"), s.deviceKey},
                            {QStringLiteral("quarantined"), quarantined}})
                .toJson());
        return int(Ok);
    }
    ctx.out << CliText::tr("Remote: %1").arg(s.remote.isEmpty() ? CliText::tr("none") : s.remote) << "\n"
            << CliText::tr("Replica: %1").arg(s.replica) << "\n"
            << CliText::tr("Changes not yet sent: %1").arg(s.pendingOperations) << "\n"
            << CliText::tr("Last sync: %1").arg(last) << "\n"
            << CliText::tr("This device's signing key: %1")
                   .arg(s.deviceKey.isEmpty() ? CliText::tr("made with its first changes sent") : s.deviceKey)
            << "\n"
            << CliText::tr("Other devices that sign their changes: %1 of %2")
                   .arg(s.signingReplicas)
                   .arg(s.knownReplicas)
            << "\n";
    if (!s.lastError.isEmpty())
        ctx.out << CliText::tr("Last error: %1").arg(s.lastError) << "\n";
    for (const sync::QuarantinedBatch& q : s.quarantined)
        ctx.out << CliText::tr("Refused: from device %1 (batch %2), since %3: %4")
                       .arg(q.replica, q.commit.isEmpty() ? CliText::tr("its history") : q.commit.left(12),
                            q.since.toString(Qt::ISODate), q.reason)
                << "\n";
    return int(Ok);
}

int runConflicts(Context& ctx, const Args& args)
{
    Store* store = ctx.store();
    if (!store)
        return ctx.fail(ctx.openError().message());
    auto rows = listConflicts(store->reader());
    if (!rows)
        return ctx.fail(rows.message());
    if (args.has(QStringLiteral("--json"))) {
        QJsonArray arr;
        for (const ConflictRow& c : rows.value())
            arr.append(QJsonObject{{QStringLiteral("id"), c.key},
                                   {QStringLiteral("entity"), c.entity},
                                   {QStringLiteral("record"), c.entityId},
                                   {QStringLiteral("title"), c.title},
                                   {QStringLiteral("field"), c.field},
                                   {QStringLiteral("kind"), c.kind},
                                   {QStringLiteral("mine"), QJsonValue::fromVariant(c.mine)},
                                   {QStringLiteral("theirs"), QJsonValue::fromVariant(c.theirs)},
                                   {QStringLiteral("replica"), c.replica}});
        ctx.out << QString::fromUtf8(QJsonDocument(arr).toJson());
        return int(Ok);
    }
    for (const ConflictRow& c : rows.value())
        ctx.out << c.key << '\t' << c.title << '\t' << model::fieldLabel(c.entity, c.field) << '\t'
                << c.mine.toString() << QStringLiteral(" ≠ ") << c.theirs.toString() << "\n";
    return int(Ok);
}

int runResolve(Context& ctx, const Args& args)
{
    const QString keep = args.value(QStringLiteral("--keep"));
    if (args.positional.size() != 1 || (keep != QLatin1String("mine") && keep != QLatin1String("theirs")))
        return ctx.usage(CliText::tr("expected ID --keep mine|theirs."), QStringLiteral("conflicts resolve"));
    Store* store = ctx.store();
    if (!store)
        return ctx.fail(ctx.openError().message());
    auto conflict = findConflict(store->reader(), args.positional[0]);
    if (!conflict)
        return ctx.fail(conflict.message());
    const KeepValue which = keep == QLatin1String("theirs") ? KeepValue::Theirs : KeepValue::Mine;
    if (Status s = commands::Commands(*store).resolveConflict(conflict.value(), which); !s)
        return ctx.fail(s.message());
    return int(Ok);
}

int runTrash(Context& ctx, const Args& args)
{
    Store* store = ctx.store();
    if (!store)
        return ctx.fail(ctx.openError().message());
    auto rows = listTrash(store->reader());
    if (!rows)
        return ctx.fail(rows.message());
    if (args.has(QStringLiteral("--json"))) {
        QJsonArray arr;
        for (const QVariantMap& r : rows.value())
            arr.append(QJsonObject{{QStringLiteral("entity"), r.value(QStringLiteral("entity")).toString()},
                                   {QStringLiteral("id"), r.value(QStringLiteral("id")).toString()},
                                   {QStringLiteral("title"), r.value(QStringLiteral("title")).toString()}});
        ctx.out << QString::fromUtf8(QJsonDocument(arr).toJson());
        return int(Ok);
    }
    for (const QVariantMap& r : rows.value())
        ctx.out << r.value(QStringLiteral("entity")).toString() << '\t'
                << r.value(QStringLiteral("id")).toString() << '\t'
                << r.value(QStringLiteral("title")).toString() << "\n";
    return int(Ok);
}

int runRestore(Context& ctx, const Args& args)
{
    if (args.positional.size() != 1)
        return ctx.usage(CliText::tr("expected one record id."), QStringLiteral("restore"));
    Store* store = ctx.store();
    if (!store)
        return ctx.fail(ctx.openError().message());
    if (Status s = commands::Commands(*store).restoreFromTrash({args.positional[0]}); !s)
        return ctx.fail(s.message());
    return int(Ok);
}

} // namespace

void addSyncCommands(std::vector<Command>& list)
{
    list.push_back(
        {QStringLiteral("sync"),
         CliText::tr("sync [--remote URL]"),
         CliText::tr(
             "Sends this database's new changes to the team remote and brings in everyone else's. The remote "
             "(a path to a bare git repository, git://, ssh:// or https://) is remembered. Credentials come "
             "from SUMMIT_GIT_USER and SUMMIT_GIT_TOKEN, or SUMMIT_SSH_KEY, never from the command line. A "
             "new "
             "ssh host is trusted once its fingerprint, checked with the server's administrator, is given in "
             "SUMMIT_SSH_TRUST."),
         {QStringLiteral("--remote")},
         [](Context& ctx, const Args& args) {
             return runSync(ctx, args, false);
         }});
    list.push_back({QStringLiteral("join"),
                    CliText::tr("join --remote URL"),
                    CliText::tr("Creates the database given by --db from everything on the team remote."),
                    {QStringLiteral("--remote")},
                    [](Context& ctx, const Args& args) {
                        if (!args.has(QStringLiteral("--remote")))
                            return ctx.usage(CliText::tr("--remote URL is required."),
                                             QStringLiteral("join"));
                        return runSync(ctx, args, true);
                    }});
    list.push_back(
        {QStringLiteral("sync status"),
         CliText::tr("sync status [--json]"),
         CliText::tr(
             "Shows the remote, this replica's id, changes not yet sent, the last sync and the last error."),
         {},
         runStatus});
    list.push_back(
        {QStringLiteral("conflicts"),
         CliText::tr("conflicts [--json]"),
         CliText::tr(
             "Lists values that lost to a concurrent change by someone else, and edits made while someone "
             "else deleted the record."),
         {},
         runConflicts});
    list.push_back(
        {QStringLiteral("conflicts resolve"),
         CliText::tr("conflicts resolve ID --keep mine|theirs"),
         CliText::tr(
             "Settles a conflict: keep the current value (mine) or the one that lost (theirs). For an edit "
             "made while the record was deleted, theirs also restores the record."),
         {QStringLiteral("--keep")},
         runResolve});
    list.push_back({QStringLiteral("trash"),
                    CliText::tr("trash [--json]"),
                    CliText::tr("Lists deleted records, newest first."),
                    {},
                    runTrash});
    list.push_back({QStringLiteral("restore"),
                    CliText::tr("restore ID"),
                    CliText::tr("Brings a record back from the trash."),
                    {},
                    runRestore});
}

} // namespace summit::cli
