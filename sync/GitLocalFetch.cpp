// Fetches from local remotes (a path or file:// URL) without the libgit2 local
// transport. That transport builds the pack with a handle it opens on the remote,
// so with the remote's config, and libgit2 1.5 then delta-searches every batch blob
// (see setPackLimits in GitRepo.cpp); the team's remote config is not ours to
// change. Here the pack of the missing objects is built from the remote's objects
// with this repository's config and indexed into our objects/pack (the indexer
// hashes every object, so a damaged remote object never arrives under its id),
// then the tracking refs move, as the refspec
// "+refs/heads/summit/*:refs/remotes/team/summit/*" with prune would move them.

#include "GitRepoPrivate.h"

#include <git2/sys/repository.h>

#include <QCoreApplication>
#include <QFile>
#include <QMap>

namespace summit::sync {

using namespace detail;

namespace {

const char kRemotePrefix[] = "refs/heads/summit/";
const char kTrackingPrefix[] = "refs/remotes/team/summit/";

// Every ref of `repo` whose name starts with `prefix`, with the commit it points at.
Result<QMap<QByteArray, git_oid>> refsUnder(git_repository* repo, const char* prefix)
{
    QMap<QByteArray, git_oid> found;
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

} // namespace

Status GitRepo::Impl::fetchLocal(const QString& url, git_repository* remote)
{
    git_repository* local = repo.get();
    auto failed = [&](const QString& detail) {
        return Status::fail(
            QCoreApplication::translate("Sync", "Cannot fetch from %1: %2").arg(displayUrl(url), detail));
    };

    // The pack is built by this device: with this repository's config (its pack
    // limits), set on our handle of the remote only; the remote's files are unchanged.
    git_config* rawConfig = nullptr;
    if (git_repository_config_snapshot(&rawConfig, local) < 0)
        return failed(lastGitMessage());
    const ConfigPtr config(rawConfig);
    if (git_repository_set_config(remote, config.get()) < 0)
        return failed(lastGitMessage());

    auto remoteRefs = refsUnder(remote, kRemotePrefix);
    if (!remoteRefs)
        return failed(remoteRefs.message());
    auto localRefs = refsUnder(local, "refs/");
    if (!localRefs)
        return failed(localRefs.message());

    // Everything reachable from the remote tips that is not reachable from a commit we
    // already hold (our refs' tips, those the remote also has: it has their history).
    git_odb* rawOdb = nullptr;
    if (git_repository_odb(&rawOdb, remote) < 0)
        return failed(lastGitMessage());
    const OdbPtr remoteOdb(rawOdb);
    git_revwalk* rawWalk = nullptr;
    if (git_revwalk_new(&rawWalk, remote) < 0)
        return failed(lastGitMessage());
    const RevwalkPtr walk(rawWalk);
    bool anything = false;
    for (auto it = remoteRefs.value().cbegin(); it != remoteRefs.value().cend(); ++it) {
        const QByteArray tracking = kTrackingPrefix + it.key().mid(qstrlen(kRemotePrefix));
        const auto held = localRefs.value().constFind(tracking);
        if (held != localRefs.value().cend() && git_oid_equal(&held.value(), &it.value()))
            continue;
        if (git_revwalk_push(walk.get(), &it.value()) < 0)
            return failed(lastGitMessage());
        anything = true;
    }
    if (anything) {
        for (const git_oid& id : localRefs.value()) {
            if (git_odb_exists(remoteOdb.get(), &id) != 0 && git_revwalk_hide(walk.get(), &id) < 0)
                return failed(lastGitMessage());
        }
        git_packbuilder* rawBuilder = nullptr;
        if (git_packbuilder_new(&rawBuilder, remote) < 0)
            return failed(lastGitMessage());
        const PackBuilderPtr builder(rawBuilder);
        git_packbuilder_set_threads(builder.get(), 1);
        if (git_packbuilder_insert_walk(builder.get(), walk.get()) < 0)
            return failed(lastGitMessage());
        if (git_packbuilder_object_count(builder.get()) > 0) {
            const QByteArray path = QFile::encodeName(packDir());
            if (git_packbuilder_write(builder.get(), path.constData(), 0, nullptr, nullptr) < 0)
                return failed(lastGitMessage());
        }
    }

    // Only now that the objects are here do the tracking refs move (forced, like the
    // '+' of the refspec, so that a rewritten history arrives and batchesSince()
    // reports it), and the refs deleted on the remote go.
    for (auto it = remoteRefs.value().cbegin(); it != remoteRefs.value().cend(); ++it) {
        const QByteArray tracking = kTrackingPrefix + it.key().mid(qstrlen(kRemotePrefix));
        const auto held = localRefs.value().constFind(tracking);
        if (held != localRefs.value().cend() && git_oid_equal(&held.value(), &it.value()))
            continue;
        git_reference* rawRef = nullptr;
        const int rc =
            git_reference_create(&rawRef, local, tracking.constData(), &it.value(), 1, "summit: fetch");
        const ReferencePtr moved(rawRef);
        if (rc < 0)
            return failed(lastGitMessage());
    }
    for (auto it = localRefs.value().cbegin(); it != localRefs.value().cend(); ++it) {
        if (!it.key().startsWith(kTrackingPrefix))
            continue;
        const QByteArray remoteName = kRemotePrefix + it.key().mid(qstrlen(kTrackingPrefix));
        if (!remoteRefs.value().contains(remoteName) && git_reference_remove(local, it.key().constData()) < 0)
            return failed(lastGitMessage());
    }
    return Status::ok();
}

} // namespace summit::sync
