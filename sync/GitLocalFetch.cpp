// LocalRemote::fetch. libgit2 1.5's local transport builds the pack with a handle it
// opens on the remote, so with the remote's config, and then delta-searches every batch
// blob (see applyPackLimits); the team's remote config is not ours to change. Here the
// pack of the missing objects is built from the remote's objects with this repository's
// config and indexed into our objects/pack (the indexer hashes every object, so a
// damaged remote object never arrives under its id), then the tracking refs move, as the
// refspec "+refs/heads/summit/*:refs/remotes/team/summit/*" with prune would move them.

#include "GitErrors.h"
#include "GitLocalRemote.h"

#include <git2/sys/repository.h>

#include <QCoreApplication>
#include <QFile>

namespace summit::sync::detail {

namespace {

const char kRemotePrefix[] = "refs/heads/summit/";
const char kTrackingPrefix[] = "refs/remotes/team/summit/";

using RefTips = QMap<QByteArray, git_oid>;

// Every ref of `repo` whose name starts with `prefix`, with the commit it points at.
Result<RefTips> refsUnder(git_repository* repo, const char* prefix)
{
    RefTips found;
    git_reference_iterator* raw = nullptr;
    if (git_reference_iterator_new(&raw, repo) < 0)
        return failure(lastGitMessage());
    RefIteratorPtr iterator(raw);
    const char* name = nullptr;
    int rc = 0;
    while ((rc = git_reference_next_name(&name, iterator.get())) == 0) {
        if (qstrncmp(name, prefix, qstrlen(prefix)) != 0)
            continue;
        git_oid id;
        if (git_reference_name_to_id(&id, repo, name) < 0)
            return failure(lastGitMessage());
        found.insert(QByteArray(name), id);
    }
    if (rc != GIT_ITEROVER)
        return failure(lastGitMessage());
    return found;
}

QByteArray trackingName(const QByteArray& remoteName)
{
    return kTrackingPrefix + remoteName.mid(qstrlen(kRemotePrefix));
}

// Whether the tracking ref of `remoteRef` already points where the remote's does.
bool held(const RefTips& localRefs, RefTips::const_iterator remoteRef)
{
    const auto tracking = localRefs.constFind(trackingName(remoteRef.key()));
    return tracking != localRefs.cend() && git_oid_equal(&tracking.value(), &remoteRef.value());
}

} // namespace

Status LocalRemote::fetch(Repository& local)
{
    auto failed = [&](const QString& detail) {
        return Status::fail(
            QCoreApplication::translate("Sync", "Cannot fetch from %1: %2").arg(displayUrl(m_url), detail));
    };
    // libgit2 reads the remote's objects itself here (see LooseObjectGuard). A remote
    // written only by Summit has no loose ones: pushes add packs.
    if (Status checked = m_guard.checkAll(); !checked)
        return failed(checked.message());

    // The pack is built by this device: with this repository's config (its pack
    // limits), set on our handle of the remote only; the remote's files are unchanged.
    git_config* rawConfig = nullptr;
    if (git_repository_config_snapshot(&rawConfig, local.get()) < 0)
        return failed(lastGitMessage());
    const ConfigPtr config(rawConfig);
    if (git_repository_set_config(m_repo.get(), config.get()) < 0)
        return failed(lastGitMessage());

    auto remoteRefs = refsUnder(m_repo.get(), kRemotePrefix);
    if (!remoteRefs)
        return failed(remoteRefs.message());
    auto localRefs = refsUnder(local.get(), "refs/");
    if (!localRefs)
        return failed(localRefs.message());
    if (Status packed = packMissingObjects(local, remoteRefs.value(), localRefs.value()); !packed)
        return failed(packed.message());
    if (Status moved = moveTrackingRefs(local, remoteRefs.value(), localRefs.value()); !moved)
        return failed(moved.message());
    return Status::ok();
}

// Everything reachable from the remote tips that is not reachable from a commit we
// already hold (our refs' tips, those the remote also has: it has their history).
// Reads only the remote's objects (and our refs), not our history.
Status LocalRemote::packMissingObjects(Repository& local, const RefTips& remoteRefs, const RefTips& localRefs)
{
    git_repository* remote = m_repo.get();
    git_odb* rawOdb = nullptr;
    if (git_repository_odb(&rawOdb, remote) < 0)
        return failure(lastGitMessage());
    const OdbPtr remoteOdb(rawOdb);
    git_revwalk* rawWalk = nullptr;
    if (git_revwalk_new(&rawWalk, remote) < 0)
        return failure(lastGitMessage());
    const RevwalkPtr walk(rawWalk);
    bool anything = false;
    for (auto it = remoteRefs.cbegin(); it != remoteRefs.cend(); ++it) {
        if (held(localRefs, it))
            continue;
        if (git_revwalk_push(walk.get(), &it.value()) < 0)
            return failure(lastGitMessage());
        anything = true;
    }
    if (!anything)
        return Status::ok();
    for (const git_oid& id : localRefs) {
        if (git_odb_exists(remoteOdb.get(), &id) != 0 && git_revwalk_hide(walk.get(), &id) < 0)
            return failure(lastGitMessage());
    }
    git_packbuilder* rawBuilder = nullptr;
    if (git_packbuilder_new(&rawBuilder, remote) < 0)
        return failure(lastGitMessage());
    const PackBuilderPtr builder(rawBuilder);
    git_packbuilder_set_threads(builder.get(), 1);
    if (git_packbuilder_insert_walk(builder.get(), walk.get()) < 0)
        return failure(lastGitMessage());
    if (git_packbuilder_object_count(builder.get()) == 0)
        return Status::ok();
    const QByteArray path = QFile::encodeName(local.packDir());
    if (git_packbuilder_write(builder.get(), path.constData(), 0, nullptr, nullptr) < 0)
        return failure(lastGitMessage());
    return Status::ok();
}

// Only once the objects are here do the tracking refs move (forced, like the '+' of the
// refspec, so that a rewritten history arrives and batchesSince() reports it), and the
// refs deleted on the remote go.
Status LocalRemote::moveTrackingRefs(Repository& local, const RefTips& remoteRefs, const RefTips& localRefs)
{
    for (auto it = remoteRefs.cbegin(); it != remoteRefs.cend(); ++it) {
        if (held(localRefs, it))
            continue;
        git_reference* rawRef = nullptr;
        const int rc = git_reference_create(&rawRef, local.get(), trackingName(it.key()).constData(),
                                            &it.value(), 1, "summit: fetch");
        const ReferencePtr moved(rawRef);
        if (rc < 0)
            return failure(lastGitMessage());
    }
    for (auto it = localRefs.cbegin(); it != localRefs.cend(); ++it) {
        if (!it.key().startsWith(kTrackingPrefix))
            continue;
        const QByteArray remoteName = kRemotePrefix + it.key().mid(qstrlen(kTrackingPrefix));
        if (!remoteRefs.contains(remoteName) && git_reference_remove(local.get(), it.key().constData()) < 0)
            return failure(lastGitMessage());
    }
    return Status::ok();
}

} // namespace summit::sync::detail
