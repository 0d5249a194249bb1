#pragma once
// The credentials one network operation offers the server (private to sync/).
//
// libgit2 1.5 calls the credentials callback again after every refusal, for ever, so
// each method is offered at most once per operation (the ssh agent, the key file, the
// user name and token); when all are used up, the operation ends with GIT_EAUTH.

#include "sync/GitRepo.h"

#include <git2.h>

namespace summit::sync::detail {

class CredentialOffers
{
public:
    explicit CredentialOffers(const Credentials& credentials) : m_credentials(credentials) {}

    // The libgit2 credentials callback's work: the next credential of a method in
    // `allowedTypes` not offered yet, or GIT_EAUTH when there is none.
    int next(git_credential** out, const char* usernameFromUrl, unsigned int allowedTypes);

    bool anyOffered() const { return m_anyOffered; }
    bool exhausted() const { return m_exhausted; }

private:
    int offerSsh(git_credential** out, const QByteArray& user);
    int offerToken(git_credential** out, const QByteArray& usernameFromUrl);

    const Credentials& m_credentials;
    enum SshStep
    {
        Agent,
        KeyFile,
        SshUsedUp
    } m_sshStep = Agent;
    bool m_tokenOffered = false;
    bool m_anyOffered = false;
    bool m_exhausted = false;
};

} // namespace summit::sync::detail
