#pragma once
// A team repository reached by path or file:// URL (private to sync/), read and written
// without libgit2's local transport, which in 1.5 moves the remote's ref with a forced
// update and builds fetched packs with the remote's config (see push() and fetch()).

#include "GitHandles.h"
#include "GitLooseObjects.h"
#include "sync/GitRepo.h"

#include <QMap>
#include <QStringList>

namespace summit::sync::detail {

// file:// URLs and filesystem paths are local; anything with another scheme or of the
// scp form (user@host:path, host:path) is remote.
bool isLocalUrl(const QString& url);

class LocalRemote
{
public:
    // Opens it with a clear message (libgit2 would call a missing path an "unsupported
    // URL protocol").
    static Result<LocalRemote> open(const QString& url);

    // Its refs (refs/..., sorted).
    Result<QStringList> listRefs() const;

    // Pushes `ref` at `localTip`, fast-forward only: the objects the remote lacks go in as
    // one pack, and its ref moves by compare-and-swap, so two writers of one ref can never
    // overwrite each other.
    Result<PushOutcome> push(Repository& local, const QString& ref, const git_oid& localTip);

    // Fetches every refs/heads/summit/ ref into local's refs/remotes/team/summit/.
    Status fetch(Repository& local);

private:
    LocalRemote(QString url, RepositoryPtr repo);
    QString gitDir() const;
    Status packMissingObjects(Repository& local, const QMap<QByteArray, git_oid>& remoteRefs,
                              const QMap<QByteArray, git_oid>& localRefs);
    Status moveTrackingRefs(Repository& local, const QMap<QByteArray, git_oid>& remoteRefs,
                            const QMap<QByteArray, git_oid>& localRefs);

    QString m_url;
    RepositoryPtr m_repo;
    LooseObjectGuard m_guard; // its loose objects
};

} // namespace summit::sync::detail
