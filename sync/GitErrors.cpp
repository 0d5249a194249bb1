#include "GitErrors.h"

#include <git2.h>

#include <QCoreApplication>
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

enum class Failure
{
    Unreachable,
    Authentication,
    NotARepository,
    Untrusted,
    Other
};

template <size_t N> bool mentions(const QString& lowerMessage, const char* const (&words)[N])
{
    for (const char* w : words) {
        if (lowerMessage.contains(QLatin1String(w)))
            return true;
    }
    return false;
}

// What the servers and libgit2 say, in the words each uses.
const char* const kAuthWords[] = {"authentication",   "unauthorized",      "status code: 401",
                                  "status code: 403", "permission denied", "access denied"};
// git daemon answers "access denied or repository not exported" for a missing repository,
// so these are looked for before kAuthWords.
const char* const kRepoWords[] = {
    "not exported",         "repository not found",        "could not find repository",
    "not a git repository", "does not appear to be a git", "status code: 404",
    "no such repository"};
const char* const kNetWords[] = {"failed to connect",
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

Failure classify(int code, const NetworkTrouble& trouble, const QString& message)
{
    if (trouble.certificateRejected || code == GIT_ECERTIFICATE)
        return Failure::Untrusted;
    if (trouble.credentialsExhausted || code == GIT_EAUTH)
        return Failure::Authentication;
    const QString m = message.toLower();
    if (mentions(m, kRepoWords))
        return Failure::NotARepository;
    if (mentions(m, kAuthWords))
        return Failure::Authentication;
    if (mentions(m, kNetWords))
        return Failure::Unreachable;
    const int klass = lastGitClass();
    if (klass == GIT_ERROR_OS || (klass == GIT_ERROR_NET && m.contains(QLatin1String("socket"))))
        return Failure::Unreachable;
    return Failure::Other;
}

Error authenticationFailed(const NetworkTrouble& trouble, const QString& where)
{
    if (!trouble.credentialsOffered)
        return failure(QCoreApplication::translate("Sync", "Authentication failed for %1: the server asks "
                                                           "for credentials and none are configured.")
                           .arg(where));
    return failure(QCoreApplication::translate("Sync", "Authentication failed for %1: check the user "
                                                       "name, the password or access token, or the ssh key.")
                       .arg(where));
}

Error untrusted(const NetworkTrouble& trouble, const QString& where)
{
    if (trouble.sshHostKey && trouble.sshHostKeyChanged)
        return failure(
            QCoreApplication::translate(
                "Sync", "The key of the ssh host %1 has changed: it now shows %2, and ~/.ssh/known_hosts "
                        "holds another key for it. Someone may be intercepting the connection, or the server "
                        "was reinstalled; ask its administrator before you change ~/.ssh/known_hosts. "
                        "Nothing was sent.")
                .arg(trouble.host, trouble.fingerprint));
    if (trouble.sshHostKey)
        return failure(QCoreApplication::translate(
                           "Sync",
                           "The ssh host %1 is new to this computer: its key fingerprint is %2. Check "
                           "it with the server's administrator, then trust it with Test connection "
                           "on the Sync page (or connect once with ssh).")
                           .arg(trouble.host, trouble.fingerprint));
    return failure(QCoreApplication::translate("Sync", "The certificate of %1 (%2) is not trusted.")
                       .arg(trouble.host.isEmpty() ? where : trouble.host, where));
}

} // namespace

Error failure(QString message)
{
    return Error{std::move(message), QString()};
}

QString lastGitMessage()
{
    const git_error* e = git_error_last();
    if (e == nullptr || e->message == nullptr)
        return {};
    return QString::fromUtf8(e->message).trimmed();
}

QString displayUrl(const QString& url)
{
    return withoutUserInfo(url);
}

QString scrub(QString message, const Credentials& credentials)
{
    message = withoutUserInfo(message);
    for (const QString& secret : {credentials.password, credentials.sshPassphrase}) {
        if (!secret.isEmpty())
            message.replace(secret, QStringLiteral("***"));
    }
    return message;
}

Error networkError(int code, const NetworkTrouble& trouble, const QString& url,
                   const Credentials& credentials)
{
    const QString detail = scrub(lastGitMessage(), credentials);
    const QString where = displayUrl(url);
    switch (classify(code, trouble, detail)) {
    case Failure::Unreachable:
        return failure(QCoreApplication::translate(
                           "Sync",
                           "The sync remote %1 is unreachable (%2). Check the address and the network "
                           "connection; nothing is lost, the next sync tries again.")
                           .arg(where, detail));
    case Failure::Authentication:
        return authenticationFailed(trouble, where);
    case Failure::NotARepository:
        return failure(QCoreApplication::translate("Sync",
                                                   "%1 is not a git repository, or no such repository "
                                                   "exists there (%2).")
                           .arg(where, detail));
    case Failure::Untrusted:
        return untrusted(trouble, where);
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
