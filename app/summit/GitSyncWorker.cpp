#include "GitSyncWorker.h"
#include "AppText.h"

#include "sync/SyncService.h"

#include <QLocale>

namespace summit {

namespace {

ui::SyncState toState(const sync::SyncStatus& s)
{
    ui::SyncState state;
    state.remote = s.remote;
    state.lastSync = s.lastSync;
    state.pendingOperations = s.pendingOperations;
    state.lastError = s.lastError;
    state.deviceKey = s.deviceKey;
    for (const sync::QuarantinedBatch& q : s.quarantined)
        state.quarantined << app::AppText::tr("From device %1, since %2: %3")
                                 .arg(q.replica,
                                      QLocale().toString(q.since.toLocalTime(), QLocale::ShortFormat),
                                      q.reason);
    return state;
}

ui::SyncState failedState(const QString& error)
{
    ui::SyncState state;
    state.lastError = error;
    return state;
}

} // namespace

GitSyncWorker::GitSyncWorker(const QString& databasePath) : m_path(databasePath) {}

GitSyncWorker::~GitSyncWorker() = default;

QString GitSyncWorker::open()
{
    if (m_service)
        return {};
    auto service = sync::SyncService::open(m_path);
    if (!service)
        return service.message();
    m_service = std::move(service).value();
    return {};
}

void GitSyncWorker::close()
{
    m_service.reset();
}

void GitSyncWorker::runRound(const QString& url, const sync::Credentials& credentials)
{
    if (const QString error = open(); !error.isEmpty()) {
        emit roundFinished(false, error, {}, failedState(error));
        return;
    }
    const sync::Round round = m_service->runRound(url, credentials);
    const ui::SyncState state = toState(m_service->status());
    if (!round.report) {
        // A round can fail after integrating some batches (they stay): say what changed.
        emit roundFinished(false, round.report.message(), round.integrated, state);
        return;
    }
    const sync::SyncReport& r = round.report.value();
    QStringList message;
    message << app::AppText::tr("Sent %n change(s).", nullptr, r.sealedOperations)
            << app::AppText::tr("Received %n change(s).", nullptr, r.receivedOperations);
    if (r.keyReplaced)
        message << app::AppText::tr("This computer's signing key is new (the old key file is gone); its "
                                    "changes now go out under a new replica id. Nothing is lost.");
    else if (r.replicaIdChanged)
        message << app::AppText::tr(
            "This database was a copy of another one; it now writes under a new replica id.");
    message << r.problems << r.warnings;
    emit roundFinished(round.ok(), message.join(QLatin1Char(' ')), round.integrated, state);
}

void GitSyncWorker::readStatus()
{
    if (const QString error = open(); !error.isEmpty()) {
        emit statusRead(failedState(error));
        return;
    }
    emit statusRead(toState(m_service->status()));
}

void GitSyncWorker::testConnection(const QString& url, const sync::Credentials& credentials)
{
    const sync::RemoteSurvey survey = sync::SyncService::surveyRemote(url, credentials);
    if (!survey.reached) {
        const sync::UntrustedHost& host = survey.untrustedHost;
        if (!host.isNull() && !host.changed) // the page asks the user, then tests again
            emit newSshHost(url, host.host, host.fingerprint);
        else
            emit connectionTested(false, survey.reached.message());
        return;
    }
    if (!survey.unknownFormat.isEmpty())
        emit connectionTested(false,
                              app::AppText::tr("%1 holds Summit data of a newer or unknown format (%2); "
                                               "update Summit on this computer.")
                                  .arg(url, survey.unknownFormat));
    else if (survey.devices > 0)
        emit connectionTested(
            true, app::AppText::tr("It holds the changes of %n devices.", nullptr, survey.devices));
    else if (survey.otherBranches > 0)
        emit connectionTested(
            true, app::AppText::tr("The repository holds no Summit data, but %n other branches: it "
                                   "may belong to something else. The first sync would add Summit's "
                                   "branches beside them; choose the team's own repository if you "
                                   "are not sure.",
                                   nullptr, survey.otherBranches));
    else
        emit connectionTested(
            true, app::AppText::tr("The repository holds no Summit data yet. If it is the team's new "
                                   "repository, the first sync starts the team's history there; if "
                                   "it belongs to something else, choose the team's repository."));
}

} // namespace summit
