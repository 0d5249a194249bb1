#include "GitCredentials.h"

#include <QFile>

namespace summit::sync::detail {

namespace {

// The ssh user: the one of the URL when it has one (libgit2 insists on it), else ours, else "git".
QByteArray sshUser(const QByteArray& fromUrl, const Credentials& c)
{
    QByteArray user = !fromUrl.isEmpty() ? fromUrl : c.username.toUtf8();
    return user.isEmpty() ? QByteArray("git") : user;
}

} // namespace

int CredentialOffers::next(git_credential** out, const char* usernameFromUrl, unsigned int allowedTypes)
{
    const QByteArray fromUrl = usernameFromUrl != nullptr ? QByteArray(usernameFromUrl) : QByteArray();

    // ssh asks for the user name first when the URL has none; that is not an attempt.
    if (allowedTypes == GIT_CREDENTIAL_USERNAME)
        return git_credential_username_new(out, sshUser(fromUrl, m_credentials).constData());

    if ((allowedTypes & GIT_CREDENTIAL_SSH_KEY) != 0) {
        if (const int rc = offerSsh(out, sshUser(fromUrl, m_credentials)); rc != GIT_PASSTHROUGH)
            return rc;
    }
    if ((allowedTypes & GIT_CREDENTIAL_USERPASS_PLAINTEXT) != 0) {
        if (const int rc = offerToken(out, fromUrl); rc != GIT_PASSTHROUGH)
            return rc;
    }

    // Every method was tried once (or none is configured): stop, or libgit2 asks forever.
    m_exhausted = true;
    git_error_set_str(GIT_ERROR_NET, "authentication failed");
    return GIT_EAUTH;
}

// The agent, then the key file; GIT_PASSTHROUGH when both were offered or are not set up.
int CredentialOffers::offerSsh(git_credential** out, const QByteArray& user)
{
    const Credentials& c = m_credentials;
    while (m_sshStep != SshUsedUp) {
        const SshStep step = m_sshStep;
        m_sshStep = step == Agent ? KeyFile : SshUsedUp;
        // Only with an agent running: without SSH_AUTH_SOCK libgit2 ends the whole
        // operation at the agent ("no auth sock variable") and never asks for the key file.
        if (step == Agent && c.useSshAgent && !qEnvironmentVariableIsEmpty("SSH_AUTH_SOCK")) {
            m_anyOffered = true;
            return git_credential_ssh_key_from_agent(out, user.constData());
        }
        if (step == KeyFile && !c.sshKeyPath.isEmpty()) {
            m_anyOffered = true;
            const QByteArray privateKey = QFile::encodeName(c.sshKeyPath);
            const QByteArray publicKey = QFile::encodeName(c.sshPublicKeyPath);
            const QByteArray passphrase = c.sshPassphrase.toUtf8();
            return git_credential_ssh_key_new(
                out, user.constData(), publicKey.isEmpty() ? nullptr : publicKey.constData(),
                privateKey.constData(), passphrase.isEmpty() ? nullptr : passphrase.constData());
        }
    }
    return GIT_PASSTHROUGH;
}

// https: the user name and the token as password; GIT_PASSTHROUGH when offered before or unset.
int CredentialOffers::offerToken(git_credential** out, const QByteArray& usernameFromUrl)
{
    const Credentials& c = m_credentials;
    if (m_tokenOffered || c.password.isEmpty())
        return GIT_PASSTHROUGH;
    m_tokenOffered = true;
    m_anyOffered = true;
    QByteArray user = !c.username.isEmpty() ? c.username.toUtf8() : usernameFromUrl;
    if (user.isEmpty())
        user = "x-access-token"; // GitHub and GitLab accept any name with a token
    const QByteArray password = c.password.toUtf8();
    return git_credential_userpass_plaintext_new(out, user.constData(), password.constData());
}

} // namespace summit::sync::detail
