#include "GitRemoteCallbacks.h"

#include "GitKnownHosts.h"

namespace summit::sync::detail {

namespace {

RemoteCallbacks* self(void* payload)
{
    return static_cast<RemoteCallbacks*>(payload);
}

QString fingerprintOf(const git_cert_hostkey* key)
{
    if ((key->type & GIT_CERT_SSH_SHA256) != 0) {
        const QByteArray hash(reinterpret_cast<const char*>(key->hash_sha256), sizeof key->hash_sha256);
        return QStringLiteral("SHA256:") + QString::fromLatin1(hash.toBase64(QByteArray::OmitTrailingEquals));
    }
    if ((key->type & GIT_CERT_SSH_SHA1) != 0) {
        const QByteArray hash(reinterpret_cast<const char*>(key->hash_sha1), sizeof key->hash_sha1);
        return QStringLiteral("SHA1:") + QString::fromLatin1(hash.toHex(':'));
    }
    return {};
}

} // namespace

RemoteCallbacks::RemoteCallbacks(const Credentials& credentials, const QString& url)
    : m_credentials(credentials), m_sshPort(KnownHosts::sshPortOf(url)), m_offers(credentials)
{}

void RemoteCallbacks::install(git_remote_callbacks* callbacks, bool push)
{
    callbacks->credentials = credentialsCallback;
    callbacks->certificate_check = certificateCallback;
    callbacks->payload = this;
    if (push) {
        callbacks->push_negotiation = pushNegotiationCallback;
        callbacks->push_update_reference = pushUpdateReferenceCallback;
    }
}

UntrustedHost RemoteCallbacks::untrustedHost() const
{
    if (!m_trouble.sshHostKey)
        return {};
    return {m_trouble.host, m_trouble.fingerprint, m_trouble.sshHostKeyChanged};
}

int RemoteCallbacks::checkCertificate(git_cert* cert, int valid, const char* host)
{
    if (valid != 0)
        return 0;
    m_trouble.certificateRejected = true;
    m_trouble.host = QString::fromUtf8(host != nullptr ? host : "");
    if (cert != nullptr && cert->cert_type == GIT_CERT_HOSTKEY_LIBSSH2) {
        m_trouble.sshHostKey = true;
        const auto* key = reinterpret_cast<const git_cert_hostkey*>(cert);
        m_trouble.fingerprint = fingerprintOf(key);
        if (trustsSshHostKey(key)) {
            m_trouble.certificateRejected = false;
            m_trouble.sshHostKey = false;
            return 0;
        }
    }
    git_error_set_str(GIT_ERROR_SSL, "host certificate or key not trusted");
    return GIT_ECERTIFICATE;
}

// Notes whether known_hosts holds another key for the host. A new host whose fingerprint
// the user checked and trusts is remembered as the ssh client would, and the connection
// goes on; a changed key never is.
bool RemoteCallbacks::trustsSshHostKey(const git_cert_hostkey* key)
{
    if ((key->type & GIT_CERT_SSH_RAW) == 0 || key->hostkey == nullptr)
        return false;
    const QByteArray raw(key->hostkey, qsizetype(key->hostkey_len));
    const QString type = KnownHosts::keyTypeName(key->raw_type);
    if (type.isEmpty())
        return false;
    const KnownHosts knownHosts;
    m_trouble.sshHostKeyChanged = knownHosts.hasOtherKey(m_trouble.host, m_sshPort, type, raw);
    const QString& trusted = m_credentials.trustHostKey;
    return !m_trouble.sshHostKeyChanged && !trusted.isEmpty() && trusted == m_trouble.fingerprint &&
           knownHosts.add(m_trouble.host, m_sshPort, type, raw);
}

int RemoteCallbacks::credentialsCallback(git_credential** out, const char* /*url*/,
                                         const char* usernameFromUrl, unsigned int allowedTypes,
                                         void* payload)
{
    RemoteCallbacks* callbacks = self(payload);
    const int rc = callbacks->m_offers.next(out, usernameFromUrl, allowedTypes);
    callbacks->m_trouble.credentialsOffered = callbacks->m_offers.anyOffered();
    callbacks->m_trouble.credentialsExhausted = callbacks->m_offers.exhausted();
    return rc;
}

int RemoteCallbacks::certificateCallback(git_cert* cert, int valid, const char* host, void* payload)
{
    return self(payload)->checkCertificate(cert, valid, host);
}

int RemoteCallbacks::pushNegotiationCallback(const git_push_update** updates, size_t count, void* payload)
{
    RemoteCallbacks* callbacks = self(payload);
    callbacks->m_negotiated = true;
    for (size_t i = 0; i < count; ++i) {
        if (!git_oid_equal(&updates[i]->src, &updates[i]->dst))
            callbacks->m_upToDate = false;
    }
    return 0;
}

int RemoteCallbacks::pushUpdateReferenceCallback(const char* /*refname*/, const char* status, void* payload)
{
    RemoteCallbacks* callbacks = self(payload);
    if (status != nullptr) {
        callbacks->m_refRejected = true;
        callbacks->m_refStatus = QString::fromUtf8(status);
    }
    return 0;
}

} // namespace summit::sync::detail
