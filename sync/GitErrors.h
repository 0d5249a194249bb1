#pragma once
// What libgit2 reports, made fit to show (private to sync/): no secret and no URL user
// info in a message, and a failed network operation classified into what the user can
// act on (unreachable, authentication, not a repository, untrusted host).

#include "Result.h"
#include "sync/GitRepo.h"

#include <QString>

namespace summit::sync::detail {

// An Error with `message` and no field.
Error failure(QString message);

// The message of the last libgit2 error of this thread ("" if none).
QString lastGitMessage();

// A URL as it may be shown: without user info.
QString displayUrl(const QString& url);

// A libgit2 message as it may be shown: no URL user info, no secret.
QString scrub(QString message, const Credentials& credentials);

// What the callbacks of one network operation saw (RemoteCallbacks fills it in).
struct NetworkTrouble
{
    bool credentialsOffered = false;   // at least one credential went to the server
    bool credentialsExhausted = false; // every method was tried once: the operation gave up
    bool certificateRejected = false;
    bool sshHostKey = false;        // the rejected certificate is an ssh host key
    bool sshHostKeyChanged = false; // known_hosts holds another key of this type for the host
    QString host;
    QString fingerprint; // "SHA256:..." (or "SHA1:..." when the server offers no SHA256)
};

// The classified, translated error of a failed network operation on `url`.
Error networkError(int code, const NetworkTrouble& trouble, const QString& url,
                   const Credentials& credentials);

// Whether a server's refusal of a ref update means "not a fast-forward".
bool isNonFastForwardStatus(const QString& status);

} // namespace summit::sync::detail
