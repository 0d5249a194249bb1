// Errors and credentials of GitRepo's network operations: what libgit2 reports,
// scrubbed of secrets and classified into what the user can act on.

#include "GitRepoPrivate.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

namespace summit::sync::detail {

namespace {

int lastGitClass()
{
    const git_error* e = git_error_last();
    return e == nullptr ? GIT_ERROR_NONE : e->klass;
}

// Removes "user:password@" from every URL in `text`.
QString withoutUserInfo(QString text)
{
    // Not static: a QRegularExpression is not meant to be shared between threads.
    const QRegularExpression userInfo(QStringLiteral("([A-Za-z][A-Za-z0-9+.-]*://)[^/@\\s]*@"));
    return text.replace(userInfo, QStringLiteral("\\1"));
}

int credentialsCallback(git_credential** out, const char* /*url*/, const char* usernameFromUrl,
                        unsigned int allowedTypes, void* payload)
{
    auto* state = static_cast<CallbackState*>(payload);
    const Credentials& c = *state->credentials;
    const QByteArray fromUrl = usernameFromUrl != nullptr ? QByteArray(usernameFromUrl) : QByteArray();

    // ssh asks for the user name first when the URL has none; that is not an attempt.
    if (allowedTypes == GIT_CREDENTIAL_USERNAME) {
        QByteArray user = !fromUrl.isEmpty() ? fromUrl : c.username.toUtf8();
        if (user.isEmpty())
            user = "git";
        return git_credential_username_new(out, user.constData());
    }

    if ((allowedTypes & GIT_CREDENTIAL_SSH_KEY) != 0) {
        // libgit2 insists that the ssh user is the one of the URL, when it has one.
        QByteArray user = !fromUrl.isEmpty() ? fromUrl : c.username.toUtf8();
        if (user.isEmpty())
            user = "git";
        while (state->sshStep < 2) {
            const int step = state->sshStep++;
            // Only with an agent running: without SSH_AUTH_SOCK libgit2 ends the whole
            // operation at the agent ("no auth sock variable") and never asks for the key file.
            if (step == 0 && c.useSshAgent && !qEnvironmentVariableIsEmpty("SSH_AUTH_SOCK")) {
                state->anyCredentialOffered = true;
                return git_credential_ssh_key_from_agent(out, user.constData());
            }
            if (step == 1 && !c.sshKeyPath.isEmpty()) {
                state->anyCredentialOffered = true;
                const QByteArray privateKey = QFile::encodeName(c.sshKeyPath);
                const QByteArray publicKey = QFile::encodeName(c.sshPublicKeyPath);
                const QByteArray passphrase = c.sshPassphrase.toUtf8();
                return git_credential_ssh_key_new(
                    out, user.constData(), publicKey.isEmpty() ? nullptr : publicKey.constData(),
                    privateKey.constData(), passphrase.isEmpty() ? nullptr : passphrase.constData());
            }
        }
    }

    if ((allowedTypes & GIT_CREDENTIAL_USERPASS_PLAINTEXT) != 0 && !state->userPassTried &&
        !c.password.isEmpty()) {
        state->userPassTried = true;
        state->anyCredentialOffered = true;
        QByteArray user = !c.username.isEmpty() ? c.username.toUtf8() : fromUrl;
        if (user.isEmpty())
            user = "x-access-token";
        const QByteArray password = c.password.toUtf8();
        return git_credential_userpass_plaintext_new(out, user.constData(), password.constData());
    }

    // Every method was tried once (or none is configured): stop, or libgit2 asks forever.
    state->authGaveUp = true;
    git_error_set_str(GIT_ERROR_NET, "authentication failed");
    return GIT_EAUTH;
}

int certificateCallback(git_cert* cert, int valid, const char* host, void* payload)
{
    auto* state = static_cast<CallbackState*>(payload);
    if (valid != 0)
        return 0;
    state->certificateRejected = true;
    state->certificateHost = QString::fromUtf8(host != nullptr ? host : "");
    if (cert != nullptr && cert->cert_type == GIT_CERT_HOSTKEY_LIBSSH2) {
        state->sshHostKey = true;
        const auto* key = reinterpret_cast<const git_cert_hostkey*>(cert);
        if ((key->type & GIT_CERT_SSH_SHA256) != 0) {
            const QByteArray hash(reinterpret_cast<const char*>(key->hash_sha256), sizeof key->hash_sha256);
            state->fingerprint = QStringLiteral("SHA256:") +
                                 QString::fromLatin1(hash.toBase64(QByteArray::OmitTrailingEquals));
        } else if ((key->type & GIT_CERT_SSH_SHA1) != 0) {
            const QByteArray hash(reinterpret_cast<const char*>(key->hash_sha1), sizeof key->hash_sha1);
            state->fingerprint = QStringLiteral("SHA1:") + QString::fromLatin1(hash.toHex(':'));
        }
        if ((key->type & GIT_CERT_SSH_RAW) != 0 && key->hostkey != nullptr) {
            const QByteArray raw(key->hostkey, qsizetype(key->hostkey_len));
            const QString type = sshKeyTypeName(key->raw_type);
            state->sshHostKeyChanged =
                !type.isEmpty() && knownHostHasOtherKey(state->certificateHost, state->sshPort, type, raw);
            // A new host whose fingerprint the user checked and trusts: remembered as
            // the ssh client would, and the connection goes on. A changed key never is.
            const QString trusted =
                state->credentials != nullptr ? state->credentials->trustHostKey : QString();
            if (!state->sshHostKeyChanged && !type.isEmpty() && !trusted.isEmpty() &&
                trusted == state->fingerprint &&
                addKnownHost(state->certificateHost, state->sshPort, type, raw)) {
                state->certificateRejected = false;
                state->sshHostKey = false;
                return 0;
            }
        }
    }
    git_error_set_str(GIT_ERROR_SSL, "host certificate or key not trusted");
    return GIT_ECERTIFICATE;
}

// ---------------------------------------------------------------------------
// Error classification for network operations

enum class Failure
{
    Unreachable,
    Authentication,
    NotARepository,
    Untrusted,
    Other
};

Failure classify(int code, const CallbackState& state, const QString& message)
{
    if (state.certificateRejected || code == GIT_ECERTIFICATE)
        return Failure::Untrusted;
    if (state.authGaveUp || code == GIT_EAUTH)
        return Failure::Authentication;
    const QString m = message.toLower();
    static const char* const authWords[] = {"authentication",   "unauthorized",      "status code: 401",
                                            "status code: 403", "permission denied", "access denied"};
    static const char* const repoWords[] = {
        "not exported",         "repository not found",        "could not find repository",
        "not a git repository", "does not appear to be a git", "status code: 404",
        "no such repository"};
    static const char* const netWords[] = {"failed to connect",
                                           "connection refused",
                                           "failed to resolve",
                                           "could not resolve",
                                           "name or service not known",
                                           "network is unreachable",
                                           "no route to host",
                                           "timed out",
                                           "host is down",
                                           "temporary failure in name resolution",
                                           "connection reset",
                                           "unexpected eof",
                                           "early eof",
                                           "hung up"};
    // git daemon answers "access denied or repository not exported" for a missing repo.
    for (const char* w : repoWords) {
        if (m.contains(QLatin1String(w)))
            return Failure::NotARepository;
    }
    for (const char* w : authWords) {
        if (m.contains(QLatin1String(w)))
            return Failure::Authentication;
    }
    for (const char* w : netWords) {
        if (m.contains(QLatin1String(w)))
            return Failure::Unreachable;
    }
    const int klass = lastGitClass();
    if (klass == GIT_ERROR_OS || (klass == GIT_ERROR_NET && m.contains(QLatin1String("socket"))))
        return Failure::Unreachable;
    return Failure::Other;
}

} // namespace

Error failure(QString message)
{
    return Error{std::move(message), QString()};
}

// The message of the last libgit2 error of this thread ("" if none).
QString lastGitMessage()
{
    const git_error* e = git_error_last();
    if (e == nullptr || e->message == nullptr)
        return {};
    return QString::fromUtf8(e->message).trimmed();
}

// A URL as it may be shown: without user info.
QString displayUrl(const QString& url)
{
    return withoutUserInfo(url);
}

// A libgit2 message as it may be shown: no URL user info, no secret.
QString scrub(QString message, const Credentials& credentials)
{
    message = withoutUserInfo(message);
    for (const QString& secret : {credentials.password, credentials.sshPassphrase}) {
        if (!secret.isEmpty())
            message.replace(secret, QStringLiteral("***"));
    }
    return message;
}

// file:// URLs and filesystem paths are local; anything with another scheme or of the

void setUpCallbacks(git_remote_callbacks* callbacks, CallbackState* state)
{
    callbacks->credentials = credentialsCallback;
    callbacks->certificate_check = certificateCallback;
    callbacks->payload = state;
}

int pushNegotiationCallback(const git_push_update** updates, size_t count, void* payload)
{
    auto* state = static_cast<CallbackState*>(payload);
    state->negotiated = true;
    for (size_t i = 0; i < count; ++i) {
        if (!git_oid_equal(&updates[i]->src, &updates[i]->dst))
            state->upToDate = false;
    }
    return 0;
}

int pushUpdateReferenceCallback(const char* /*refname*/, const char* status, void* payload)
{
    auto* state = static_cast<CallbackState*>(payload);
    if (status != nullptr) {
        state->refRejected = true;
        state->refStatus = QString::fromUtf8(status);
    }
    return 0;
}

Error networkError(int code, const CallbackState& state, const QString& url, const Credentials& credentials)
{
    const QString detail = scrub(lastGitMessage(), credentials);
    const QString where = displayUrl(url);
    switch (classify(code, state, detail)) {
    case Failure::Unreachable:
        return failure(QCoreApplication::translate(
                           "Sync",
                           "The sync remote %1 is unreachable (%2). Check the address and the network "
                           "connection; nothing is lost, the next sync tries again.")
                           .arg(where, detail));
    case Failure::Authentication:
        if (!state.anyCredentialOffered)
            return failure(QCoreApplication::translate("Sync",
                                                       "Authentication failed for %1: the server asks "
                                                       "for credentials and none are configured.")
                               .arg(where));
        return failure(QCoreApplication::translate("Sync",
                                                   "Authentication failed for %1: check the user "
                                                   "name, the password or access token, or the ssh key.")
                           .arg(where));
    case Failure::NotARepository:
        return failure(QCoreApplication::translate("Sync",
                                                   "%1 is not a git repository, or no such repository "
                                                   "exists there (%2).")
                           .arg(where, detail));
    case Failure::Untrusted:
        if (state.sshHostKey && state.sshHostKeyChanged)
            return failure(
                QCoreApplication::translate(
                    "Sync",
                    "The key of the ssh host %1 has changed: it now shows %2, and ~/.ssh/known_hosts "
                    "holds another key for it. Someone may be intercepting the connection, or the server "
                    "was reinstalled; ask its administrator before you change ~/.ssh/known_hosts. "
                    "Nothing was sent.")
                    .arg(state.certificateHost, state.fingerprint));
        if (state.sshHostKey)
            return failure(QCoreApplication::translate(
                               "Sync",
                               "The ssh host %1 is new to this computer: its key fingerprint is %2. Check "
                               "it with the server's administrator, then trust it with Test connection "
                               "on the Sync page (or connect once with ssh).")
                               .arg(state.certificateHost, state.fingerprint));
        return failure(QCoreApplication::translate("Sync", "The certificate of %1 (%2) is not trusted.")
                           .arg(state.certificateHost.isEmpty() ? where : state.certificateHost, where));
    case Failure::Other:
        break;
    }
    return failure(QCoreApplication::translate("Sync", "Sync with %1 failed: %2").arg(where, detail));
}

bool isNonFastForwardStatus(const QString& status)
{
    const QString s = status.toLower();
    return s.contains(QLatin1String("non-fast-forward")) || s.contains(QLatin1String("fetch first")) ||
           s.contains(QLatin1String("fast forward")) || s.contains(QLatin1String("fastforward")) ||
           s.contains(QLatin1String("stale info")) || s.contains(QLatin1String("but expected"));
}

} // namespace summit::sync::detail
