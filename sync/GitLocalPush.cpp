// Pushes to local remotes (a path or file:// URL) without the libgit2 local
// transport, which in 1.5 moves the remote ref with a forced update, so two
// writers of one ref could overwrite each other. Here the missing objects are
// packed into the remote and its ref moves by compare-and-swap.

#include "GitRepoPrivate.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

namespace summit::sync {

namespace detail {

namespace {

QString localPath(const QString& url)
{
    if (url.startsWith(QLatin1String("file://"), Qt::CaseInsensitive))
        return QUrl(url).toLocalFile();
    return url;
}

} // namespace

bool isLocalUrl(const QString& url)
{
    const qsizetype schemeEnd = url.indexOf(QLatin1String("://"));
    if (schemeEnd >= 0)
        return url.left(schemeEnd).compare(QLatin1String("file"), Qt::CaseInsensitive) == 0;
    if (url.size() > 2 && url.at(0).isLetter() && url.at(1) == QLatin1Char(':') &&
        (url.at(2) == QLatin1Char('/') || url.at(2) == QLatin1Char('\\')))
        return true; // C:\ or C:/
    const qsizetype colon = url.indexOf(QLatin1Char(':'));
    const qsizetype slash = url.indexOf(QLatin1Char('/'));
    return colon < 0 || (slash >= 0 && slash < colon);
}

// Opens a local remote repository (path or file:// URL) with a clear message.
Result<RepositoryPtr> openLocalRemote(const QString& url)
{
    const QString path = localPath(url);
    if (path.isEmpty() || !QFileInfo(path).isDir())
        return failure(QCoreApplication::translate("Sync", "%1 is not a git repository: no such directory.")
                           .arg(displayUrl(url)));
    const QByteArray p = QFile::encodeName(path);
    git_repository* raw = nullptr;
    const int rc = git_repository_open_ext(&raw, p.constData(), GIT_REPOSITORY_OPEN_NO_SEARCH, nullptr);
    if (rc == GIT_EOWNER) // e.g. a bare repository on a share mounted with another owner
        return failure(QCoreApplication::translate("Sync",
                                                   "The repository %1 belongs to another user; git "
                                                   "refuses it unless it is listed as safe (git config "
                                                   "--global --add safe.directory %2).")
                           .arg(displayUrl(url), QDir(path).absolutePath()));
    if (rc < 0)
        return failure(QCoreApplication::translate("Sync", "%1 is not a git repository (%2).")
                           .arg(displayUrl(url), lastGitMessage()));
    return RepositoryPtr(raw);
}

} // namespace detail

using namespace detail;

Result<PushOutcome> GitRepo::Impl::pushLocal(const QString& url, const QString& ref, const git_oid& localTip)
{
    git_repository* local = repo.get();
    Result<RepositoryPtr> opened = openLocalRemote(url);
    if (!opened)
        return opened.error();
    git_repository* remote = opened.value().get();
    if (git_repository_is_bare(remote) == 0)
        return failure(QCoreApplication::translate("Sync", "Cannot push to %1: it is not a bare repository.")
                           .arg(displayUrl(url)));
    auto failed = [&](const QString& detail) {
        return failure(QCoreApplication::translate("Sync", "Push of %1 to %2 failed: %3")
                           .arg(ref, displayUrl(url), detail));
    };

    const QByteArray name = ref.toUtf8();
    git_oid remoteTip;
    const int found = git_reference_name_to_id(&remoteTip, remote, name.constData());
    if (found < 0 && found != GIT_ENOTFOUND)
        return failed(lastGitMessage());
    const bool remoteExists = found == 0;
    if (remoteExists) {
        if (git_oid_equal(&remoteTip, &localTip))
            return PushOutcome::UpToDate;
        git_odb* rawOdb = nullptr;
        if (git_repository_odb(&rawOdb, local) < 0)
            return failed(lastGitMessage());
        OdbPtr odb(rawOdb);
        if (git_odb_exists(odb.get(), &remoteTip) == 0)
            return PushOutcome::Rejected;
        const int descends = git_graph_descendant_of(local, &localTip, &remoteTip);
        if (descends == 0)
            return PushOutcome::Rejected;
        if (descends < 0)
            return failed(lastGitMessage());
    }

    // Objects the remote lacks (it has everything reachable from its old tip).
    git_packbuilder* rawBuilder = nullptr;
    git_revwalk* rawWalk = nullptr;
    if (git_packbuilder_new(&rawBuilder, local) < 0)
        return failed(lastGitMessage());
    PackBuilderPtr builder(rawBuilder);
    git_packbuilder_set_threads(builder.get(), 1);
    if (git_revwalk_new(&rawWalk, local) < 0)
        return failed(lastGitMessage());
    RevwalkPtr walk(rawWalk);
    if (git_revwalk_push(walk.get(), &localTip) < 0 ||
        (remoteExists && git_revwalk_hide(walk.get(), &remoteTip) < 0) ||
        git_packbuilder_insert_walk(builder.get(), walk.get()) < 0)
        return failed(lastGitMessage());
    if (git_packbuilder_object_count(builder.get()) > 0) {
        const QByteArray packDir = QFile::encodeName(QString::fromUtf8(git_repository_path(remote)) +
                                                     QStringLiteral("objects/pack"));
        if (git_packbuilder_write(builder.get(), packDir.constData(), 0, nullptr, nullptr) < 0)
            return failed(lastGitMessage());
    }

    // Compare-and-swap on the remote ref: create only if absent, else move only from
    // the tip we checked.
    git_reference* rawRef = nullptr;
    const int rc =
        git_reference_create_matching(&rawRef, remote, name.constData(), &localTip, remoteExists ? 1 : 0,
                                      remoteExists ? &remoteTip : nullptr, "summit: push");
    ReferencePtr moved(rawRef);
    if (rc == GIT_EMODIFIED || rc == GIT_EEXISTS)
        return PushOutcome::Rejected;
    if (rc < 0)
        return failed(lastGitMessage());
    const QString remoteDir = QFile::decodeName(git_repository_path(remote));
    moved.reset();
    opened.value().reset(); // closes the remote's packs before any is replaced
    rollUpRemotePacks(remoteDir);
    return PushOutcome::Pushed;
}

} // namespace summit::sync
