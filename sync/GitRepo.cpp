// GitRepo: opening the repository, and each operation handed to the part that does it
// (GitObjectStore, GitLocalRemote, GitNetworkRemote, GitPacks).

#include "GitRepo.h"

#include "GitErrors.h"
#include "GitHandles.h"
#include "GitLocalRemote.h"
#include "GitLooseObjects.h"
#include "GitNetworkRemote.h"
#include "GitObjectStore.h"
#include "GitPacks.h"

#include <git2.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <mutex>

namespace summit::sync {

using namespace detail;

namespace {

const QLatin1String kTrackingPrefix("refs/remotes/team/summit/");

// Opens the bare repository at `absolute`, creating it when the directory is missing or empty.
Result<RepositoryPtr> openOrCreate(const QString& absolute)
{
    const QByteArray path = QFile::encodeName(absolute);
    git_repository* raw = nullptr;
    int rc = git_repository_open_ext(&raw, path.constData(),
                                     GIT_REPOSITORY_OPEN_NO_SEARCH | GIT_REPOSITORY_OPEN_NO_DOTGIT, nullptr);
    if (rc == GIT_ENOTFOUND) {
        const QDir d(absolute);
        if (d.exists() && !d.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
            return failure(QCoreApplication::translate("Sync", "Cannot open the sync repository %1: the "
                                                               "directory is not empty and is not a git "
                                                               "repository.")
                               .arg(absolute));
        if (!QDir().mkpath(absolute))
            return failure(
                QCoreApplication::translate("Sync", "Cannot create the sync repository directory %1.")
                    .arg(absolute));
        rc = git_repository_init(&raw, path.constData(), 1);
    }
    if (rc < 0)
        return failure(QCoreApplication::translate("Sync", "Cannot open the sync repository %1: %2")
                           .arg(absolute, lastGitMessage()));
    RepositoryPtr repo(raw);
    if (git_repository_is_bare(repo.get()) == 0)
        return failure(QCoreApplication::translate("Sync", "Cannot open the sync repository %1: it is not a "
                                                           "bare repository.")
                           .arg(absolute));
    return repo;
}

} // namespace

struct GitRepo::Impl
{
    Impl(RepositoryPtr handle, const QString& dir) : repo(std::move(handle), dir), guard(repo.objectsDir()) {}

    Repository repo;
    LooseObjectGuard guard; // of this repository's loose objects
    ObjectStore objects{repo, guard};
    Packs packs{repo, guard};
    UntrustedHost lastUntrusted; // see GitRepo::lastUntrustedHost()

    NetworkRemote network(const QString& url, const Credentials& credentials)
    {
        return NetworkRemote(repo, url, credentials, lastUntrusted);
    }
};

GitRepo::GitRepo(std::unique_ptr<Impl> impl) : d(std::move(impl)) {}
GitRepo::~GitRepo() = default;

void GitRepo::initLibrary()
{
    static std::once_flag once;
    std::call_once(once, [] {
        git_libgit2_init();
        git_libgit2_opts(GIT_OPT_ENABLE_FSYNC_GITDIR, 1);
        // Both default to on in 1.5; stated here because the replication relies on them.
        git_libgit2_opts(GIT_OPT_ENABLE_STRICT_HASH_VERIFICATION, 1);
        git_libgit2_opts(GIT_OPT_ENABLE_STRICT_OBJECT_CREATION, 1);
    });
}

QString GitRepo::libraryVersion()
{
    int major = 0;
    int minor = 0;
    int patch = 0;
    git_libgit2_version(&major, &minor, &patch);
    return QStringLiteral("%1.%2.%3").arg(major).arg(minor).arg(patch);
}

Result<std::unique_ptr<GitRepo>> GitRepo::open(const QString& dir)
{
    initLibrary();
    Result<RepositoryPtr> repo = openOrCreate(QDir(dir).absolutePath());
    if (!repo)
        return repo.error();
    applyPackLimits(repo.value().get());
    QString path = QFile::decodeName(git_repository_path(repo.value().get()));
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    return std::unique_ptr<GitRepo>(new GitRepo(std::make_unique<Impl>(std::move(repo).value(), path)));
}

QString GitRepo::directory() const
{
    return d->repo.display();
}

Result<QString> GitRepo::tip(const QString& ref)
{
    return d->objects.tip(ref);
}

QStringList GitRepo::refs(const QString& prefix)
{
    return d->objects.refs(prefix);
}

Result<QString> GitRepo::appendBatch(const QString& ref, const QByteArray& blob, const QString& message,
                                     const QString& expectedTip)
{
    return d->objects.appendBatch(ref, blob, message, expectedTip);
}

Result<std::vector<BatchCommit>> GitRepo::batchesSince(const QString& tipId, const QString& fromExclusive)
{
    return d->objects.batchesSince(tipId, fromExclusive);
}

Result<QStringList> GitRepo::batchChain(const QString& tipId, const QString& fromExclusive)
{
    return d->objects.batchChain(tipId, fromExclusive);
}

Result<BatchCommit> GitRepo::readBatch(const QString& commitId)
{
    return d->objects.readBatch(commitId);
}

QString GitRepo::rejectionMessage(const QString& url, const QString& ref)
{
    return QCoreApplication::translate("Sync", "The push of %1 to %2 was rejected as non-fast-forward: the "
                                               "remote ref holds commits that are not in this device's "
                                               "history, so another device writes the same ref.")
        .arg(ref, displayUrl(url));
}

Result<PushOutcome> GitRepo::push(const QString& url, const QString& ref, const Credentials& credentials)
{
    const Result<QString> localTip = d->objects.tip(ref);
    if (!localTip)
        return localTip.error();
    if (localTip.value().isEmpty())
        return failure(
            QCoreApplication::translate("Sync", "Nothing to push to %1: the ref %2 does not exist in %3.")
                .arg(displayUrl(url), ref, directory()));
    // Every transport packs what it sends with libgit2: our loose objects are checked first.
    if (const Status checked = d->guard.checkChain(localTip.value()); !checked)
        return failure(QCoreApplication::translate("Sync", "Cannot push %1 to %2: %3")
                           .arg(ref, displayUrl(url), checked.message()));
    if (!isLocalUrl(url))
        return d->network(url, credentials).push(ref);
    Result<LocalRemote> remote = LocalRemote::open(url);
    if (!remote)
        return remote.error();
    git_oid tip;
    parseOid(localTip.value(), &tip);
    return remote.value().push(d->repo, ref, tip);
}

Result<QStringList> GitRepo::fetch(const QString& url, const Credentials& credentials)
{
    if (isLocalUrl(url)) {
        Result<LocalRemote> remote = LocalRemote::open(url);
        if (!remote)
            return remote.error();
        if (const Status fetched = remote.value().fetch(d->repo); !fetched)
            return fetched.error();
        return refs(kTrackingPrefix);
    }
    // Fetching over the network walks the local history (to tell the remote what we
    // have): the loose part of every local chain is checked first.
    for (const QString& ref : refs(QStringLiteral("refs/"))) {
        const Result<QString> id = tip(ref);
        if (!id)
            return id.error();
        if (const Status checked = d->guard.checkChain(id.value()); !checked)
            return failure(QCoreApplication::translate("Sync", "Cannot fetch from %1: %2 in %3: %4")
                               .arg(displayUrl(url), ref, directory(), checked.message()));
    }
    if (const Status fetched = d->network(url, credentials).fetch(); !fetched)
        return fetched.error();
    return refs(kTrackingPrefix);
}

UntrustedHost GitRepo::lastUntrustedHost() const
{
    return d->lastUntrusted;
}

Status GitRepo::testConnection(const QString& url, const Credentials& credentials)
{
    return listRemoteRefs(url, credentials).status();
}

Result<QStringList> GitRepo::listRemoteRefs(const QString& url, const Credentials& credentials)
{
    if (!isLocalUrl(url))
        return d->network(url, credentials).listRefs();
    const Result<LocalRemote> remote = LocalRemote::open(url);
    if (!remote)
        return remote.error();
    return remote.value().listRefs();
}

int GitRepo::packCount() const
{
    return d->packs.count();
}

int GitRepo::looseObjectCount() const
{
    return d->packs.looseObjectCount();
}

Status GitRepo::repack(RepackScope scope)
{
    return d->packs.repack(scope);
}

} // namespace summit::sync
