// LocalRemote: opening a remote by path, listing its refs and pushing to it.

#include "GitErrors.h"
#include "GitLocalRemote.h"
#include "GitPacks.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

namespace summit::sync::detail {

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

LocalRemote::LocalRemote(QString url, RepositoryPtr repo)
    : m_url(std::move(url)), m_repo(std::move(repo)), m_guard(gitDir() + QStringLiteral("objects"))
{}

QString LocalRemote::gitDir() const
{
    return QFile::decodeName(git_repository_path(m_repo.get()));
}

Result<LocalRemote> LocalRemote::open(const QString& url)
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
    return LocalRemote(url, RepositoryPtr(raw));
}

Result<QStringList> LocalRemote::listRefs() const
{
    QStringList names;
    git_reference_iterator* raw = nullptr;
    if (git_reference_iterator_new(&raw, m_repo.get()) < 0)
        return failure(lastGitMessage());
    RefIteratorPtr iterator(raw);
    const char* name = nullptr;
    int rc = 0;
    while ((rc = git_reference_next_name(&name, iterator.get())) == 0)
        names << QString::fromUtf8(name);
    if (rc != GIT_ITEROVER)
        return failure(lastGitMessage());
    names.sort();
    return names;
}

namespace {

// Whether `localTip` may replace `remoteTip` (null: the remote has no such ref): Pushed
// when it is a fast-forward, UpToDate, or Rejected when the remote holds commits we do not.
// An error holds libgit2's message.
Result<PushOutcome> fastForward(git_repository* local, const git_oid& localTip, const git_oid* remoteTip)
{
    if (remoteTip == nullptr)
        return PushOutcome::Pushed;
    if (git_oid_equal(remoteTip, &localTip))
        return PushOutcome::UpToDate;
    git_odb* rawOdb = nullptr;
    if (git_repository_odb(&rawOdb, local) < 0)
        return failure(lastGitMessage());
    const OdbPtr odb(rawOdb);
    if (git_odb_exists(odb.get(), remoteTip) == 0)
        return PushOutcome::Rejected;
    const int descends = git_graph_descendant_of(local, &localTip, remoteTip);
    if (descends < 0)
        return failure(lastGitMessage());
    return descends == 0 ? PushOutcome::Rejected : PushOutcome::Pushed;
}

// Packs what the remote lacks (it has everything reachable from `remoteTip`) into `packDir`.
Status packMissing(git_repository* local, const QString& packDir, const git_oid& localTip,
                   const git_oid* remoteTip)
{
    git_packbuilder* rawBuilder = nullptr;
    if (git_packbuilder_new(&rawBuilder, local) < 0)
        return failure(lastGitMessage());
    const PackBuilderPtr builder(rawBuilder);
    git_packbuilder_set_threads(builder.get(), 1);
    git_revwalk* rawWalk = nullptr;
    if (git_revwalk_new(&rawWalk, local) < 0)
        return failure(lastGitMessage());
    const RevwalkPtr walk(rawWalk);
    if (git_revwalk_push(walk.get(), &localTip) < 0 ||
        (remoteTip != nullptr && git_revwalk_hide(walk.get(), remoteTip) < 0) ||
        git_packbuilder_insert_walk(builder.get(), walk.get()) < 0)
        return failure(lastGitMessage());
    if (git_packbuilder_object_count(builder.get()) == 0)
        return Status::ok();
    const QByteArray path = QFile::encodeName(packDir);
    if (git_packbuilder_write(builder.get(), path.constData(), 0, nullptr, nullptr) < 0)
        return failure(lastGitMessage());
    return Status::ok();
}

} // namespace

// libgit2 1.5's local transport would move the remote ref with a forced update; here
// the remote's tip is checked first and the ref moves by compare-and-swap.
Result<PushOutcome> LocalRemote::push(Repository& local, const QString& ref, const git_oid& localTip)
{
    git_repository* remote = m_repo.get();
    if (git_repository_is_bare(remote) == 0)
        return failure(QCoreApplication::translate("Sync", "Cannot push to %1: it is not a bare repository.")
                           .arg(displayUrl(m_url)));
    auto failed = [&](const QString& detail) {
        return failure(QCoreApplication::translate("Sync", "Push of %1 to %2 failed: %3")
                           .arg(ref, displayUrl(m_url), detail));
    };

    const QByteArray name = ref.toUtf8();
    git_oid remoteTip;
    const int found = git_reference_name_to_id(&remoteTip, remote, name.constData());
    if (found < 0 && found != GIT_ENOTFOUND)
        return failed(lastGitMessage());
    const git_oid* oldTip = found == 0 ? &remoteTip : nullptr;
    const Result<PushOutcome> outcome = fastForward(local.get(), localTip, oldTip);
    if (!outcome)
        return failed(outcome.message());
    if (outcome.value() != PushOutcome::Pushed)
        return outcome;
    if (Status packed = packMissing(local.get(), gitDir() + QStringLiteral("objects/pack"), localTip, oldTip);
        !packed)
        return failed(packed.message());

    // Compare-and-swap on the remote ref: create only if absent, else move only from
    // the tip we checked.
    git_reference* rawRef = nullptr;
    const int rc = git_reference_create_matching(&rawRef, remote, name.constData(), &localTip,
                                                 oldTip != nullptr ? 1 : 0, oldTip, "summit: push");
    ReferencePtr moved(rawRef);
    if (rc == GIT_EMODIFIED || rc == GIT_EEXISTS)
        return PushOutcome::Rejected;
    if (rc < 0)
        return failed(lastGitMessage());
    const QString remoteDir = gitDir();
    moved.reset();
    m_repo.reset(); // closes the remote's packs before any is replaced
    Packs::rollUpRemote(remoteDir);
    return PushOutcome::Pushed;
}

} // namespace summit::sync::detail
