#pragma once
// The callbacks of one network operation (private to sync/): credentials (each method
// once, see CredentialOffers), the check of the server's certificate or ssh host key,
// and what the server says of each pushed ref. libgit2 gets the object as payload.

#include "GitCredentials.h"
#include "GitErrors.h"
#include "sync/GitRepo.h"

#include <git2.h>

namespace summit::sync::detail {

class RemoteCallbacks
{
public:
    RemoteCallbacks(const Credentials& credentials, const QString& url);
    RemoteCallbacks(const RemoteCallbacks&) = delete;
    RemoteCallbacks& operator=(const RemoteCallbacks&) = delete;

    // Credentials and certificate checks; with `push`, the push reports too.
    void install(git_remote_callbacks* callbacks, bool push = false);

    // What went wrong, for networkError().
    const NetworkTrouble& trouble() const { return m_trouble; }
    // The ssh host key this operation refused; null when none was.
    UntrustedHost untrustedHost() const;

    // The push, as the server reported it.
    bool negotiated() const { return m_negotiated; }
    bool upToDate() const { return m_upToDate; }
    bool refRejected() const { return m_refRejected; }
    QString refStatus() const { return m_refStatus; }

private:
    int checkCertificate(git_cert* cert, int valid, const char* host);
    bool trustsSshHostKey(const git_cert_hostkey* key);

    static int credentialsCallback(git_credential** out, const char* url, const char* usernameFromUrl,
                                   unsigned int allowedTypes, void* payload);
    static int certificateCallback(git_cert* cert, int valid, const char* host, void* payload);
    static int pushNegotiationCallback(const git_push_update** updates, size_t count, void* payload);
    static int pushUpdateReferenceCallback(const char* refname, const char* status, void* payload);

    const Credentials& m_credentials;
    quint16 m_sshPort;
    CredentialOffers m_offers;
    NetworkTrouble m_trouble;
    bool m_negotiated = false;
    bool m_upToDate = true;
    bool m_refRejected = false;
    QString m_refStatus;
};

} // namespace summit::sync::detail
