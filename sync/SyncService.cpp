#include "sync/SyncService.h"

#include "store/RemoteAddress.h"
#include "store/SyncKeys.h"

#include <QTemporaryDir>

namespace summit::sync {

namespace {

// Summit's branches on a team remote, and the format (epoch) this version writes.
const QString kSummitBranches = QStringLiteral("refs/heads/summit/");
const QString kFormat = QStringLiteral("e1/");

// Sorts the refs a remote offers into Summit's branches, other formats and the rest.
void classify(const QStringList& refs, RemoteSurvey& survey)
{
    for (const QString& ref : refs) {
        if (!ref.startsWith(kSummitBranches))
            ++survey.otherBranches;
        else if (ref.startsWith(kSummitBranches + kFormat))
            ++survey.devices;
        else if (survey.unknownFormat.isEmpty())
            survey.unknownFormat = ref;
    }
}

} // namespace

SyncService::SyncService(std::unique_ptr<Store> ownStore, Store& store, std::unique_ptr<SyncEngine> engine)
    : m_ownStore(std::move(ownStore)), m_store(store), m_engine(std::move(engine))
{}

SyncService::~SyncService()
{
    m_engine.reset(); // before the store it works on
}

Result<std::unique_ptr<SyncService>> SyncService::open(Store& store)
{
    return open(nullptr, store);
}

Result<std::unique_ptr<SyncService>> SyncService::open(const QString& databasePath)
{
    auto store = Store::open(databasePath);
    if (!store)
        return store.error();
    Store& opened = *store.value();
    return open(std::move(store).value(), opened);
}

// The app-private git repository lives beside the database (SyncEngine::defaultGitDir).
Result<std::unique_ptr<SyncService>> SyncService::open(std::unique_ptr<Store> ownStore, Store& store)
{
    auto engine = SyncEngine::open(store, SyncEngine::defaultGitDir(store.path()));
    if (!engine)
        return engine.error();
    return std::unique_ptr<SyncService>(
        new SyncService(std::move(ownStore), store, std::move(engine).value()));
}

Round SyncService::runRound(const QString& url, const Credentials& credentials)
{
    // What the round integrates is heard after each of its commits.
    ChangeSet integrated;
    const QMetaObject::Connection listening =
        QObject::connect(&m_store, &Store::changed, [&integrated](const ChangeSet& change) {
            integrated.entities.unite(change.entities);
            integrated.ids.unite(change.ids);
            integrated.remote = integrated.remote || change.remote;
        });
    Result<SyncReport> report = m_engine->sync(url, credentials);
    QObject::disconnect(listening);
    if (report && report.value().replicaIdChanged)
        integrated.everything = true;
    return Round{std::move(report), std::move(integrated)};
}

SyncStatus SyncService::status()
{
    return m_engine->status();
}

QString SyncService::rememberedRemote(Store& store)
{
    return store.localValue(synckeys::kRemote).toString();
}

Status SyncService::rememberRemote(Store& store, const QString& url)
{
    return store.setLocalValue(synckeys::kRemote, remote::split(url).url); // never a token
}

RemoteSurvey SyncService::surveyRemote(const QString& typedUrl, const Credentials& given)
{
    const remote::Address address = remote::split(typedUrl);
    const QString& url = address.url;
    const Credentials credentials = withTokenOf(address, given);
    RemoteSurvey survey;
    GitRepo::initLibrary();
    const QTemporaryDir dir;
    auto probe = GitRepo::open(dir.filePath(QStringLiteral("probe.git")));
    if (!probe) {
        survey.reached = probe.error();
        return survey;
    }
    const Result<QStringList> refs = probe.value()->listRemoteRefs(url, credentials);
    if (!refs) {
        survey.reached = Status::fail(remote::scrub(refs.message(), address.secret));
        survey.untrustedHost = probe.value()->lastUntrustedHost();
        return survey;
    }
    classify(refs.value(), survey);
    return survey;
}

} // namespace summit::sync
