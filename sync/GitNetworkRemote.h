#pragma once
// A team remote over the network — git://, ssh:// or https:// — through libgit2's own
// transports (private to sync/). One object per operation; the callbacks (credentials,
// host key) are RemoteCallbacks.

#include "GitHandles.h"
#include "GitRemoteCallbacks.h"
#include "sync/GitRepo.h"

#include <QStringList>

namespace summit::sync::detail {

class NetworkRemote
{
public:
    // `untrusted` is where the ssh host key an operation refuses is noted (GitRepo's
    // lastUntrustedHost()); each operation that reaches for the server clears it first.
    NetworkRemote(Repository& local, QString url, const Credentials& credentials, UntrustedHost& untrusted);

    // Pushes local `ref` to the same name, fast-forward only.
    Result<PushOutcome> push(const QString& ref);
    // Fetches every refs/heads/summit/ ref into refs/remotes/team/summit/ (with prune).
    Status fetch();
    // Connects and lists the refs the remote offers (refs/..., sorted).
    Result<QStringList> listRefs();

private:
    Result<RemotePtr> create() const;
    Error failed(int code, const RemoteCallbacks& callbacks);
    Result<PushOutcome> outcome(const RemoteCallbacks& callbacks, const QString& ref) const;

    Repository& m_local;
    QString m_url;
    const Credentials& m_credentials;
    UntrustedHost& m_untrusted;
};

} // namespace summit::sync::detail
