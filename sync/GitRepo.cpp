#include "GitRepo.h"

#include <git2.h>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <cctype>
#include <mutex>

namespace summit::sync {

namespace {

// ---------------------------------------------------------------------------
// RAII for libgit2 handles

template <class T, void (*Free)(T*)> struct GitDeleter
{
    void operator()(T* p) const { Free(p); }
};
template <class T, void (*Free)(T*)> using GitPtr = std::unique_ptr<T, GitDeleter<T, Free>>;

using RepositoryPtr = GitPtr<git_repository, git_repository_free>;
using ReferencePtr = GitPtr<git_reference, git_reference_free>;
using CommitPtr = GitPtr<git_commit, git_commit_free>;
using TreePtr = GitPtr<git_tree, git_tree_free>;
using BlobPtr = GitPtr<git_blob, git_blob_free>;
using TreeBuilderPtr = GitPtr<git_treebuilder, git_treebuilder_free>;
using SignaturePtr = GitPtr<git_signature, git_signature_free>;
using RevwalkPtr = GitPtr<git_revwalk, git_revwalk_free>;
using RemotePtr = GitPtr<git_remote, git_remote_free>;
using PackBuilderPtr = GitPtr<git_packbuilder, git_packbuilder_free>;
using OdbPtr = GitPtr<git_odb, git_odb_free>;
using RefIteratorPtr = GitPtr<git_reference_iterator, git_reference_iterator_free>;

const char kBatchFile[] = "batch.jsonl";
const char kFetchRefspec[] = "+refs/heads/summit/*:refs/remotes/team/summit/*";
const QLatin1String kTrackingPrefix("refs/remotes/team/summit/");

// ---------------------------------------------------------------------------
// Small helpers

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

int lastGitClass()
{
    const git_error* e = git_error_last();
    return e == nullptr ? GIT_ERROR_NONE : e->klass;
}

QString oidToString(const git_oid* oid)
{
    char buffer[GIT_OID_HEXSZ + 1];
    git_oid_tostr(buffer, sizeof buffer, oid);
    return QString::fromLatin1(buffer);
}

bool parseOid(const QString& text, git_oid* out)
{
    if (text.size() != GIT_OID_HEXSZ)
        return false;
    for (const QChar c : text) {
        if (c.unicode() >= 128 || std::isxdigit(static_cast<unsigned char>(c.toLatin1())) == 0)
            return false;
    }
    const QByteArray latin = text.toLatin1();
    return git_oid_fromstr(out, latin.constData()) == 0;
}

bool isValidRefName(const QString& ref)
{
    if (!ref.startsWith(QLatin1String("refs/")))
        return false;
    int valid = 0;
    const QByteArray name = ref.toUtf8();
    return git_reference_name_is_valid(&valid, name.constData()) == 0 && valid != 0;
}

// Removes "user:password@" from every URL in `text`.
QString withoutUserInfo(QString text)
{
    // Not static: a QRegularExpression is not meant to be shared between threads.
    const QRegularExpression userInfo(QStringLiteral("([A-Za-z][A-Za-z0-9+.-]*://)[^/@\\s]*@"));
    return text.replace(userInfo, QStringLiteral("\\1"));
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
// scp form (user@host:path, host:path) is remote.
bool isLocalUrl(const QString& url)
{
    const qsizetype schemeEnd = url.indexOf(QLatin1String("://"));
    if (schemeEnd >= 0)
        return url.left(schemeEnd).compare(QLatin1String("file"), Qt::CaseInsensitive) == 0;
    if (url.size() > 2 && url.at(0).isLetter() && url.at(1) == QLatin1Char(':') &&
        (url.at(2) == QLatin1Char('/') || url.at(2) == QLatin1Char('\\')))
        return true; // C:\ or C:/
    const qsizetype colon = url.indexOf(QLatin1Char(':'));
    const qsizetype slash = url.indexOf(QLatin1Char('/'));
    return colon < 0 || (slash >= 0 && slash < colon);
}

QString localPath(const QString& url)
{
    if (url.startsWith(QLatin1String("file://"), Qt::CaseInsensitive))
        return QUrl(url).toLocalFile();
    return url;
}

// ---------------------------------------------------------------------------
// Network callbacks. One CallbackState per operation; libgit2 gets it as payload.

struct CallbackState
{
    const Credentials* credentials = nullptr;
    int sshStep = 0; // 0: agent, 1: key file, 2: exhausted
    bool userPassTried = false;
    bool anyCredentialOffered = false;
    bool authGaveUp = false;
    bool certificateRejected = false;
    bool sshHostKey = false;
    QString certificateHost;
    QString fingerprint;
    bool negotiated = false;
    bool upToDate = true;
    bool refRejected = false;
    QString refStatus;
};

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
            if (step == 0 && c.useSshAgent) {
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
    }
    git_error_set_str(GIT_ERROR_SSL, "host certificate or key not trusted");
    return GIT_ECERTIFICATE;
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

void setUpCallbacks(git_remote_callbacks* callbacks, CallbackState* state)
{
    callbacks->credentials = credentialsCallback;
    callbacks->certificate_check = certificateCallback;
    callbacks->payload = state;
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
        if (state.sshHostKey)
            return failure(
                QCoreApplication::translate(
                    "Sync",
                    "The ssh host %1 is not trusted: its key (fingerprint %2) is not in "
                    "~/.ssh/known_hosts or does not match it. Check the fingerprint with the server's "
                    "administrator, then add the key (for example by connecting once with ssh).")
                    .arg(state.certificateHost, state.fingerprint));
        return failure(QCoreApplication::translate("Sync", "The certificate of %1 (%2) is not trusted.")
                           .arg(state.certificateHost.isEmpty() ? where : state.certificateHost, where));
    case Failure::Other:
        break;
    }
    return failure(QCoreApplication::translate("Sync", "Sync with %1 failed: %2").arg(where, detail));
}

// ---------------------------------------------------------------------------

RemotePtr createRemote(git_repository* repo, const QString& url)
{
    git_remote_create_options options;
    git_remote_create_options_init(&options, GIT_REMOTE_CREATE_OPTIONS_VERSION);
    options.repository = repo;
    options.name = nullptr; // in memory: nothing is written to the repository's config
    options.flags = GIT_REMOTE_CREATE_SKIP_INSTEADOF | GIT_REMOTE_CREATE_SKIP_DEFAULT_FETCHSPEC;
    const QByteArray u = url.toUtf8();
    git_remote* remote = nullptr;
    if (git_remote_create_with_opts(&remote, u.constData(), &options) < 0)
        return nullptr;
    return RemotePtr(remote);
}

// Opens a local remote repository (path or file:// URL) with a clear message.
Result<RepositoryPtr> openLocalRemote(const QString& url)
{
    const QString path = localPath(url);
    if (path.isEmpty() || !QFileInfo(path).isDir())
        return failure(QCoreApplication::translate("Sync", "%1 is not a git repository: no such directory.")
                           .arg(displayUrl(url)));
    const QByteArray p = QFile::encodeName(path);
    git_repository* raw = nullptr;
    const int rc = git_repository_open_ext(&raw, p.constData(), GIT_REPOSITORY_OPEN_NO_SEARCH, nullptr);
    if (rc == GIT_EOWNER) // e.g. a bare repository on a share mounted with another owner
        return failure(QCoreApplication::translate("Sync",
                                                   "The repository %1 belongs to another user; git "
                                                   "refuses it unless it is listed as safe (git config "
                                                   "--global --add safe.directory %2).")
                           .arg(displayUrl(url), QDir(path).absolutePath()));
    if (rc < 0)
        return failure(QCoreApplication::translate("Sync", "%1 is not a git repository (%2).")
                           .arg(displayUrl(url), lastGitMessage()));
    return RepositoryPtr(raw);
}

bool isNonFastForwardStatus(const QString& status)
{
    const QString s = status.toLower();
    return s.contains(QLatin1String("non-fast-forward")) || s.contains(QLatin1String("fetch first")) ||
           s.contains(QLatin1String("fast forward")) || s.contains(QLatin1String("fastforward")) ||
           s.contains(QLatin1String("stale info")) || s.contains(QLatin1String("but expected"));
}

QStringList looseObjectFiles(const QString& objectsDir)
{
    const QRegularExpression dirName(QStringLiteral("^[0-9a-f]{2}$"));
    const QRegularExpression fileName(QStringLiteral("^[0-9a-f]{38}$"));
    QStringList files;
    const QDir objects(objectsDir);
    for (const QString& sub : objects.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (!dirName.match(sub).hasMatch())
            continue;
        const QDir subDir(objects.filePath(sub));
        for (const QString& f : subDir.entryList(QDir::Files)) {
            if (fileName.match(f).hasMatch())
                files << subDir.filePath(f);
        }
    }
    return files;
}

// ---------------------------------------------------------------------------
// Loose objects, checked without libgit2: libgit2 1.5 inflates a truncated loose
// object forever (libgit2 issue #7342, fixed long after 1.5), so any loose object
// that libgit2 is about to read in a path that must not hang is inflated and hashed
// here first. Packed objects are safe: a truncated pack fails its trailer check.

struct LooseObject
{
    enum State
    {
        Absent,
        Valid,
        Corrupt
    } state = Absent;
    QByteArray type;
    QByteArray body;
    QString problem;
};

LooseObject readLooseObject(const QString& objectsDir, const QString& id)
{
    LooseObject result;
    QFile file(objectsDir + QLatin1Char('/') + id.left(2) + QLatin1Char('/') + id.mid(2));
    if (!file.exists())
        return result;
    result.state = LooseObject::Corrupt;
    if (!file.open(QIODevice::ReadOnly)) {
        result.problem = QCoreApplication::translate("Sync", "the object file %1 cannot be read: %2")
                             .arg(file.fileName(), file.errorString());
        return result;
    }
    const QByteArray compressed = file.readAll();
    // qUncompress wants the expected size in front (a hint; it grows as needed), and
    // reports incomplete input as an error instead of waiting for more.
    const quint32 hint = static_cast<quint32>(std::min<qint64>(qint64(compressed.size()) * 4 + 64, 1 << 30));
    QByteArray framed(4, '\0');
    framed[0] = static_cast<char>((hint >> 24) & 0xff);
    framed[1] = static_cast<char>((hint >> 16) & 0xff);
    framed[2] = static_cast<char>((hint >> 8) & 0xff);
    framed[3] = static_cast<char>(hint & 0xff);
    framed += compressed;
    const QByteArray raw = qUncompress(framed);
    const qsizetype nul = raw.indexOf('\0');
    const qsizetype space = raw.indexOf(' ');
    bool sizeOk = false;
    const qint64 size =
        space > 0 && nul > space ? raw.mid(space + 1, nul - space - 1).toLongLong(&sizeOk) : -1;
    if (raw.isEmpty() || !sizeOk || size != raw.size() - nul - 1) {
        result.problem = QCoreApplication::translate("Sync", "the object file %1 is truncated or damaged")
                             .arg(file.fileName());
        return result;
    }
    if (QCryptographicHash::hash(raw, QCryptographicHash::Sha1).toHex() != id.toLatin1()) {
        result.problem = QCoreApplication::translate("Sync", "the object file %1 does not match its id")
                             .arg(file.fileName());
        return result;
    }
    result.state = LooseObject::Valid;
    result.type = raw.left(space);
    result.body = raw.mid(nul + 1);
    return result;
}

// Checks the loose objects of the chain ending at `tip`: each loose commit, its tree
// and the tree's blobs, following the first parent until a commit that is not loose
// (fetched and repacked history is packed). Costs as many objects as there are local
// batches since the last repack.
Status checkLooseChain(const QString& objectsDir, QString commitId)
{
    while (!commitId.isEmpty()) {
        const LooseObject commit = readLooseObject(objectsDir, commitId);
        if (commit.state == LooseObject::Absent)
            return Status::ok();
        if (commit.state == LooseObject::Corrupt || commit.type != "commit")
            return Status::fail(QCoreApplication::translate("Sync", "The commit %1 is unusable: %2")
                                    .arg(commitId, commit.problem));
        QString treeId;
        QString parentId;
        for (const QByteArray& line : commit.body.split('\n')) {
            if (line.isEmpty())
                break; // end of the headers
            if (line.startsWith("tree "))
                treeId = QString::fromLatin1(line.mid(5));
            else if (line.startsWith("parent ") && parentId.isEmpty())
                parentId = QString::fromLatin1(line.mid(7));
        }
        const LooseObject tree = readLooseObject(objectsDir, treeId);
        if (tree.state == LooseObject::Corrupt)
            return Status::fail(QCoreApplication::translate("Sync", "The commit %1 is unusable: %2")
                                    .arg(commitId, tree.problem));
        // Tree entries: "<mode> <name>\0<20-byte id>".
        for (qsizetype at = 0; tree.state == LooseObject::Valid && at < tree.body.size();) {
            const qsizetype nul = tree.body.indexOf('\0', at);
            if (nul < 0 || nul + 21 > tree.body.size())
                break;
            const QString entryId = QString::fromLatin1(tree.body.mid(nul + 1, 20).toHex());
            const LooseObject entry = readLooseObject(objectsDir, entryId);
            if (entry.state == LooseObject::Corrupt)
                return Status::fail(QCoreApplication::translate("Sync", "The commit %1 is unusable: %2")
                                        .arg(commitId, entry.problem));
            at = nul + 21;
        }
        commitId = parentId;
    }
    return Status::ok();
}

int collectOid(const git_oid* id, void* payload)
{
    static_cast<std::vector<git_oid>*>(payload)->push_back(*id);
    return 0;
}

} // namespace

// ===========================================================================

struct GitRepo::Impl
{
    QString dir; // absolute, with a trailing '/'
    RepositoryPtr repo;

    QString objectsDir() const { return dir + QStringLiteral("objects"); }
    QString packDir() const { return dir + QStringLiteral("objects/pack"); }

    Result<PushOutcome> pushLocal(const QString& url, const QString& ref, const git_oid& localTip);
};

GitRepo::GitRepo(std::unique_ptr<Impl> impl) : d(std::move(impl)) {}
GitRepo::~GitRepo() = default;

void GitRepo::initLibrary()
{
    static std::once_flag once;
    std::call_once(once, [] {
        git_libgit2_init();
        git_libgit2_opts(GIT_OPT_ENABLE_FSYNC_GITDIR, 1);
        // Both default to on in 1.5; stated here because the replication relies on them.
        git_libgit2_opts(GIT_OPT_ENABLE_STRICT_HASH_VERIFICATION, 1);
        git_libgit2_opts(GIT_OPT_ENABLE_STRICT_OBJECT_CREATION, 1);
    });
}

Result<std::unique_ptr<GitRepo>> GitRepo::open(const QString& dir)
{
    initLibrary();
    const QString absolute = QDir(dir).absolutePath();
    const QByteArray path = QFile::encodeName(absolute);
    git_repository* raw = nullptr;
    int rc = git_repository_open_ext(&raw, path.constData(),
                                     GIT_REPOSITORY_OPEN_NO_SEARCH | GIT_REPOSITORY_OPEN_NO_DOTGIT, nullptr);
    if (rc == GIT_ENOTFOUND) {
        const QDir d(absolute);
        if (d.exists() && !d.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
            return failure(QCoreApplication::translate("Sync", "Cannot open the sync repository %1: the "
                                                               "directory is not empty and is not a git "
                                                               "repository.")
                               .arg(absolute));
        if (!QDir().mkpath(absolute))
            return failure(
                QCoreApplication::translate("Sync", "Cannot create the sync repository directory %1.")
                    .arg(absolute));
        rc = git_repository_init(&raw, path.constData(), 1);
    }
    if (rc < 0)
        return failure(QCoreApplication::translate("Sync", "Cannot open the sync repository %1: %2")
                           .arg(absolute, lastGitMessage()));
    RepositoryPtr repo(raw);
    if (git_repository_is_bare(repo.get()) == 0)
        return failure(QCoreApplication::translate("Sync", "Cannot open the sync repository %1: it is not a "
                                                           "bare repository.")
                           .arg(absolute));
    auto impl = std::make_unique<Impl>();
    impl->dir = QFile::decodeName(git_repository_path(repo.get()));
    if (!impl->dir.endsWith(QLatin1Char('/')))
        impl->dir += QLatin1Char('/');
    impl->repo = std::move(repo);
    return std::unique_ptr<GitRepo>(new GitRepo(std::move(impl)));
}

QString GitRepo::directory() const
{
    QString dir = d->dir;
    if (dir.size() > 1 && dir.endsWith(QLatin1Char('/')))
        dir.chop(1);
    return dir;
}

// ---------------------------------------------------------------------------
// Objects and refs

Result<QString> GitRepo::tip(const QString& ref)
{
    if (!isValidRefName(ref))
        return failure(QCoreApplication::translate("Sync", "%1 is not a valid ref name.").arg(ref));
    git_oid id;
    const QByteArray name = ref.toUtf8();
    const int rc = git_reference_name_to_id(&id, d->repo.get(), name.constData());
    if (rc == GIT_ENOTFOUND)
        return QString();
    if (rc < 0)
        return failure(QCoreApplication::translate("Sync", "Cannot read the ref %1 in %2: %3")
                           .arg(ref, directory(), lastGitMessage()));
    return oidToString(&id);
}

QStringList GitRepo::refs(const QString& prefix)
{
    QStringList names;
    git_reference_iterator* raw = nullptr;
    if (git_reference_iterator_new(&raw, d->repo.get()) < 0)
        return names;
    RefIteratorPtr iterator(raw);
    const char* name = nullptr;
    while (git_reference_next_name(&name, iterator.get()) == 0) {
        const QString n = QString::fromUtf8(name);
        if (n.startsWith(prefix))
            names << n;
    }
    names.sort();
    return names;
}

Result<QString> GitRepo::appendBatch(const QString& ref, const QByteArray& blob, const QString& message,
                                     const QString& expectedTip)
{
    git_repository* repo = d->repo.get();
    if (!isValidRefName(ref))
        return failure(QCoreApplication::translate("Sync", "%1 is not a valid ref name.").arg(ref));
    git_oid expected;
    const bool hasExpected = !expectedTip.isEmpty();
    if (hasExpected && !parseOid(expectedTip, &expected))
        return failure(QCoreApplication::translate("Sync", "%1 is not a commit id (expected tip of %2).")
                           .arg(expectedTip, ref));
    auto fail = [&](const char* what) {
        return failure(QCoreApplication::translate("Sync", "Cannot append a batch to %1 in %2 (%3): %4")
                           .arg(ref, directory(), QString::fromLatin1(what), lastGitMessage()));
    };

    // Compare first, so that a stale caller writes nothing.
    const Result<QString> current = tip(ref);
    if (!current)
        return current.error();
    if (current.value().compare(expectedTip, Qt::CaseInsensitive) != 0)
        return failure(
            QCoreApplication::translate("Sync", "The ref %1 in %2 has moved: expected %3, found %4.")
                .arg(ref, directory(), expectedTip.isEmpty() ? QStringLiteral("(none)") : expectedTip,
                     current.value().isEmpty() ? QStringLiteral("(none)") : current.value()));

    git_oid blobId;
    if (git_blob_create_from_buffer(&blobId, repo, blob.constData(), static_cast<size_t>(blob.size())) < 0)
        return fail("blob");

    git_treebuilder* rawBuilder = nullptr;
    if (git_treebuilder_new(&rawBuilder, repo, nullptr) < 0)
        return fail("tree");
    TreeBuilderPtr builder(rawBuilder);
    git_oid treeId;
    if (git_treebuilder_insert(nullptr, builder.get(), kBatchFile, &blobId, GIT_FILEMODE_BLOB) < 0 ||
        git_treebuilder_write(&treeId, builder.get()) < 0)
        return fail("tree");
    git_tree* rawTree = nullptr;
    if (git_tree_lookup(&rawTree, repo, &treeId) < 0)
        return fail("tree");
    TreePtr tree(rawTree);

    CommitPtr parent;
    if (hasExpected) {
        const LooseObject loose = readLooseObject(d->objectsDir(), expectedTip.toLower());
        if (loose.state == LooseObject::Corrupt)
            return failure(QCoreApplication::translate("Sync",
                                                       "Cannot append a batch to %1 in %2: the tip %3 "
                                                       "is unusable: %4")
                               .arg(ref, directory(), expectedTip, loose.problem));
        git_commit* rawParent = nullptr;
        if (git_commit_lookup(&rawParent, repo, &expected) < 0)
            return fail("parent");
        parent.reset(rawParent);
    }

    git_signature* rawSignature = nullptr;
    if (git_signature_now(&rawSignature, "Summit", "summit@localhost") < 0)
        return fail("signature");
    SignaturePtr signature(rawSignature);

    QByteArray text = message.toUtf8();
    if (text.isEmpty())
        text = "Summit batch";
    if (!text.endsWith('\n'))
        text += '\n';
    const git_commit* parents[1] = {parent.get()};
    git_oid commitId;
    if (git_commit_create(&commitId, repo, nullptr, signature.get(), signature.get(), "UTF-8",
                          text.constData(), tree.get(), hasExpected ? 1 : 0, parents) < 0)
        return fail("commit");

    // Compare-and-swap: force only together with the expected old value.
    const QByteArray name = ref.toUtf8();
    git_reference* rawRef = nullptr;
    const int rc =
        git_reference_create_matching(&rawRef, repo, name.constData(), &commitId, hasExpected ? 1 : 0,
                                      hasExpected ? &expected : nullptr, "summit: append batch");
    ReferencePtr moved(rawRef);
    if (rc == GIT_EMODIFIED || rc == GIT_EEXISTS)
        return failure(QCoreApplication::translate("Sync",
                                                   "The ref %1 in %2 was moved by another writer; the "
                                                   "batch was not appended.")
                           .arg(ref, directory()));
    if (rc < 0)
        return fail("ref");
    return oidToString(&commitId);
}

Result<std::vector<BatchCommit>> GitRepo::batchesSince(const QString& tipId, const QString& fromExclusive)
{
    git_repository* repo = d->repo.get();
    git_oid tipOid;
    if (!parseOid(tipId, &tipOid))
        return failure(QCoreApplication::translate("Sync", "%1 is not a commit id.").arg(tipId));
    git_oid fromOid;
    const bool hasFrom = !fromExclusive.isEmpty();
    if (hasFrom && !parseOid(fromExclusive, &fromOid))
        return failure(QCoreApplication::translate("Sync", "%1 is not a commit id.").arg(fromExclusive));

    auto unusable = [&](const QString& commitId, const QString& why) {
        return failure(QCoreApplication::translate("Sync", "The batch commit %1 in %2 is unusable: %3")
                           .arg(commitId, directory(), why));
    };

    // Walk back from the tip along the only parent until the cursor (or the root).
    // A plain first-parent walk instead of git_revwalk/git_graph_descendant_of: every
    // loose object is checked before libgit2 inflates it (libgit2 1.5 loops forever on
    // a truncated loose object), and the walk proves the history is one chain.
    std::vector<git_oid> chain; // newest first
    git_oid current = tipOid;
    while (!(hasFrom && git_oid_equal(&current, &fromOid))) {
        const QString commitId = oidToString(&current);
        const LooseObject loose = readLooseObject(d->objectsDir(), commitId);
        if (loose.state == LooseObject::Corrupt)
            return unusable(commitId, loose.problem);
        git_commit* rawCommit = nullptr;
        if (git_commit_lookup(&rawCommit, repo, &current) < 0)
            return unusable(commitId, lastGitMessage());
        CommitPtr commit(rawCommit);
        const unsigned int parents = git_commit_parentcount(commit.get());
        if (parents > 1)
            return unusable(commitId, QCoreApplication::translate(
                                          "Sync", "the history is not a single chain of batches"));
        chain.push_back(current);
        if (parents == 0) {
            if (hasFrom)
                return failure(QCoreApplication::translate(
                                   "Sync", "History rewritten: %1 is not an ancestor of %2 in %3; "
                                           "the ref was rewritten by another device or restored "
                                           "from a backup.")
                                   .arg(fromExclusive, tipId, directory()));
            break;
        }
        current = *git_commit_parent_id(commit.get(), 0);
    }

    std::vector<BatchCommit> batches;
    batches.reserve(chain.size());
    for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
        const QString commitId = oidToString(&*it);
        git_commit* rawCommit = nullptr;
        if (git_commit_lookup(&rawCommit, repo, &*it) < 0)
            return unusable(commitId, lastGitMessage());
        CommitPtr commit(rawCommit);

        const git_oid* treeId = git_commit_tree_id(commit.get());
        const LooseObject looseTree = readLooseObject(d->objectsDir(), oidToString(treeId));
        if (looseTree.state == LooseObject::Corrupt)
            return unusable(commitId, looseTree.problem);
        git_tree* rawTree = nullptr;
        if (git_tree_lookup(&rawTree, repo, treeId) < 0)
            return unusable(commitId, lastGitMessage());
        TreePtr tree(rawTree);
        const git_tree_entry* entry =
            git_tree_entrycount(tree.get()) == 1 ? git_tree_entry_byindex(tree.get(), 0) : nullptr;
        if (entry == nullptr || qstrcmp(git_tree_entry_name(entry), kBatchFile) != 0 ||
            git_tree_entry_type(entry) != GIT_OBJECT_BLOB)
            return unusable(commitId,
                            QCoreApplication::translate("Sync", "its tree does not hold exactly the file %1")
                                .arg(QLatin1String(kBatchFile)));

        const QString blobId = oidToString(git_tree_entry_id(entry));
        const LooseObject looseBlob = readLooseObject(d->objectsDir(), blobId);
        if (looseBlob.state == LooseObject::Corrupt)
            return unusable(commitId, QCoreApplication::translate("Sync", "the blob %1 cannot be read (%2)")
                                          .arg(blobId, looseBlob.problem));
        if (looseBlob.state == LooseObject::Valid) {
            if (looseBlob.type != "blob")
                return unusable(
                    commitId, QCoreApplication::translate("Sync", "the object %1 is not a blob").arg(blobId));
            batches.push_back(BatchCommit{commitId, looseBlob.body});
            continue;
        }
        git_blob* rawBlob = nullptr;
        if (git_blob_lookup(&rawBlob, repo, git_tree_entry_id(entry)) < 0)
            return unusable(commitId, QCoreApplication::translate("Sync", "the blob %1 cannot be read (%2)")
                                          .arg(blobId, lastGitMessage()));
        BlobPtr blob(rawBlob);
        batches.push_back(
            BatchCommit{commitId, QByteArray(static_cast<const char*>(git_blob_rawcontent(blob.get())),
                                             static_cast<qsizetype>(git_blob_rawsize(blob.get())))});
    }
    return batches;
}

// ---------------------------------------------------------------------------
// Network

Result<PushOutcome> GitRepo::Impl::pushLocal(const QString& url, const QString& ref, const git_oid& localTip)
{
    git_repository* local = repo.get();
    Result<RepositoryPtr> opened = openLocalRemote(url);
    if (!opened)
        return opened.error();
    git_repository* remote = opened.value().get();
    if (git_repository_is_bare(remote) == 0)
        return failure(QCoreApplication::translate("Sync", "Cannot push to %1: it is not a bare repository.")
                           .arg(displayUrl(url)));
    auto failed = [&](const QString& detail) {
        return failure(QCoreApplication::translate("Sync", "Push of %1 to %2 failed: %3")
                           .arg(ref, displayUrl(url), detail));
    };

    const QByteArray name = ref.toUtf8();
    git_oid remoteTip;
    const int found = git_reference_name_to_id(&remoteTip, remote, name.constData());
    if (found < 0 && found != GIT_ENOTFOUND)
        return failed(lastGitMessage());
    const bool remoteExists = found == 0;
    if (remoteExists) {
        if (git_oid_equal(&remoteTip, &localTip))
            return PushOutcome::UpToDate;
        git_odb* rawOdb = nullptr;
        if (git_repository_odb(&rawOdb, local) < 0)
            return failed(lastGitMessage());
        OdbPtr odb(rawOdb);
        if (git_odb_exists(odb.get(), &remoteTip) == 0)
            return PushOutcome::Rejected;
        const int descends = git_graph_descendant_of(local, &localTip, &remoteTip);
        if (descends == 0)
            return PushOutcome::Rejected;
        if (descends < 0)
            return failed(lastGitMessage());
    }

    // Objects the remote lacks (it has everything reachable from its old tip).
    git_packbuilder* rawBuilder = nullptr;
    git_revwalk* rawWalk = nullptr;
    if (git_packbuilder_new(&rawBuilder, local) < 0)
        return failed(lastGitMessage());
    PackBuilderPtr builder(rawBuilder);
    git_packbuilder_set_threads(builder.get(), 1);
    if (git_revwalk_new(&rawWalk, local) < 0)
        return failed(lastGitMessage());
    RevwalkPtr walk(rawWalk);
    if (git_revwalk_push(walk.get(), &localTip) < 0 ||
        (remoteExists && git_revwalk_hide(walk.get(), &remoteTip) < 0) ||
        git_packbuilder_insert_walk(builder.get(), walk.get()) < 0)
        return failed(lastGitMessage());
    if (git_packbuilder_object_count(builder.get()) > 0) {
        const QByteArray packDir = QFile::encodeName(QString::fromUtf8(git_repository_path(remote)) +
                                                     QStringLiteral("objects/pack"));
        if (git_packbuilder_write(builder.get(), packDir.constData(), 0, nullptr, nullptr) < 0)
            return failed(lastGitMessage());
    }

    // Compare-and-swap on the remote ref: create only if absent, else move only from
    // the tip we checked.
    git_reference* rawRef = nullptr;
    const int rc =
        git_reference_create_matching(&rawRef, remote, name.constData(), &localTip, remoteExists ? 1 : 0,
                                      remoteExists ? &remoteTip : nullptr, "summit: push");
    ReferencePtr moved(rawRef);
    if (rc == GIT_EMODIFIED || rc == GIT_EEXISTS)
        return PushOutcome::Rejected;
    if (rc < 0)
        return failed(lastGitMessage());
    return PushOutcome::Pushed;
}

QString GitRepo::rejectionMessage(const QString& url, const QString& ref)
{
    return QCoreApplication::translate("Sync", "The push of %1 to %2 was rejected as non-fast-forward: the "
                                               "remote ref holds commits that are not in this device's "
                                               "history, so another device writes the same ref.")
        .arg(ref, displayUrl(url));
}

Result<PushOutcome> GitRepo::push(const QString& url, const QString& ref, const Credentials& credentials)
{
    if (!isValidRefName(ref))
        return failure(QCoreApplication::translate("Sync", "%1 is not a valid ref name.").arg(ref));
    git_oid localTip;
    const QByteArray name = ref.toUtf8();
    const int found = git_reference_name_to_id(&localTip, d->repo.get(), name.constData());
    if (found == GIT_ENOTFOUND)
        return failure(
            QCoreApplication::translate("Sync", "Nothing to push to %1: the ref %2 does not exist in %3.")
                .arg(displayUrl(url), ref, directory()));
    if (found < 0)
        return failure(QCoreApplication::translate("Sync", "Cannot read the ref %1 in %2: %3")
                           .arg(ref, directory(), lastGitMessage()));

    if (const Status checked = checkLooseChain(d->objectsDir(), oidToString(&localTip)); !checked)
        return failure(QCoreApplication::translate("Sync", "Cannot push %1 to %2: %3")
                           .arg(ref, displayUrl(url), checked.message()));

    if (isLocalUrl(url))
        return d->pushLocal(url, ref, localTip);

    // libgit2 1.5's git:// transport leaks its stream when a receive-pack connection
    // fails (about 200 bytes a time); probe with an upload-pack connection first, which
    // does not, so that an unreachable daemon is reported without the leak.
    if (url.startsWith(QLatin1String("git://"), Qt::CaseInsensitive)) {
        if (const Status reachable = testConnection(url, credentials); !reachable)
            return reachable.error();
    }

    RemotePtr remote = createRemote(d->repo.get(), url);
    if (!remote)
        return failure(QCoreApplication::translate("Sync", "%1 is not a usable remote address: %2")
                           .arg(displayUrl(url), scrub(lastGitMessage(), credentials)));
    CallbackState state;
    state.credentials = &credentials;
    git_push_options options;
    git_push_options_init(&options, GIT_PUSH_OPTIONS_VERSION);
    setUpCallbacks(&options.callbacks, &state);
    options.callbacks.push_negotiation = pushNegotiationCallback;
    options.callbacks.push_update_reference = pushUpdateReferenceCallback;
    options.proxy_opts.type = GIT_PROXY_AUTO;
    options.pb_parallelism = 1;

    // "ref:ref" — no '+': never a forced update.
    QByteArray refspec = name + ':' + name;
    char* specs[] = {refspec.data()};
    const git_strarray array = {specs, 1};
    const int rc = git_remote_push(remote.get(), &array, &options);
    if (rc == GIT_ENONFASTFORWARD)
        return PushOutcome::Rejected;
    if (rc < 0)
        return networkError(rc, state, url, credentials);
    if (state.refRejected) {
        if (isNonFastForwardStatus(state.refStatus))
            return PushOutcome::Rejected;
        return failure(QCoreApplication::translate("Sync", "The server %1 refused the update of %2: %3")
                           .arg(displayUrl(url), ref, scrub(state.refStatus, credentials)));
    }
    if (state.negotiated && state.upToDate)
        return PushOutcome::UpToDate;
    return PushOutcome::Pushed;
}

Result<QStringList> GitRepo::fetch(const QString& url, const Credentials& credentials)
{
    // Fetching walks the local history (to tell the remote what we have).
    for (const QString& ref : refs(QStringLiteral("refs/"))) {
        const Result<QString> id = tip(ref);
        if (!id)
            return id.error();
        if (const Status checked = checkLooseChain(d->objectsDir(), id.value()); !checked)
            return failure(QCoreApplication::translate("Sync", "Cannot fetch from %1: %2 in %3: %4")
                               .arg(displayUrl(url), ref, directory(), checked.message()));
    }
    if (isLocalUrl(url)) {
        // Checked here for a clear message; libgit2 reports a missing path as an
        // "unsupported URL protocol".
        Result<RepositoryPtr> opened = openLocalRemote(url);
        if (!opened)
            return opened.error();
        // libgit2 reads the remote's objects itself here; check its loose ones first (see
        // readLooseObject). A remote written only by Summit has none: pushes add packs.
        const QString remoteObjects =
            QFile::decodeName(git_repository_path(opened.value().get())) + QStringLiteral("objects");
        for (const QString& file : looseObjectFiles(remoteObjects)) {
            const QFileInfo info(file);
            const LooseObject object = readLooseObject(remoteObjects, info.dir().dirName() + info.fileName());
            if (object.state == LooseObject::Corrupt)
                return failure(QCoreApplication::translate("Sync", "Cannot fetch from %1: %2")
                                   .arg(displayUrl(url), object.problem));
        }
    }
    RemotePtr remote = createRemote(d->repo.get(), url);
    if (!remote)
        return failure(QCoreApplication::translate("Sync", "%1 is not a usable remote address: %2")
                           .arg(displayUrl(url), scrub(lastGitMessage(), credentials)));
    CallbackState state;
    state.credentials = &credentials;
    git_fetch_options options;
    git_fetch_options_init(&options, GIT_FETCH_OPTIONS_VERSION);
    setUpCallbacks(&options.callbacks, &state);
    options.prune = GIT_FETCH_PRUNE;
    options.update_fetchhead = 0;
    options.download_tags = GIT_REMOTE_DOWNLOAD_TAGS_NONE;
    options.proxy_opts.type = GIT_PROXY_AUTO;

    QByteArray refspec(kFetchRefspec);
    char* specs[] = {refspec.data()};
    const git_strarray array = {specs, 1};
    const int rc = git_remote_fetch(remote.get(), &array, &options, "summit: fetch");
    if (rc < 0)
        return networkError(rc, state, url, credentials);
    return refs(kTrackingPrefix);
}

Status GitRepo::testConnection(const QString& url, const Credentials& credentials)
{
    if (isLocalUrl(url)) {
        Result<RepositoryPtr> opened = openLocalRemote(url);
        if (!opened)
            return opened.status();
        return Status::ok();
    }
    RemotePtr remote = createRemote(d->repo.get(), url);
    if (!remote)
        return failure(QCoreApplication::translate("Sync", "%1 is not a usable remote address: %2")
                           .arg(displayUrl(url), scrub(lastGitMessage(), credentials)));
    CallbackState state;
    state.credentials = &credentials;
    git_remote_connect_options options;
    git_remote_connect_options_init(&options, GIT_REMOTE_CONNECT_OPTIONS_VERSION);
    setUpCallbacks(&options.callbacks, &state);
    options.proxy_opts.type = GIT_PROXY_AUTO;
    int rc = git_remote_connect_ext(remote.get(), GIT_DIRECTION_FETCH, &options);
    if (rc == 0) {
        const git_remote_head** heads = nullptr;
        size_t count = 0;
        rc = git_remote_ls(&heads, &count, remote.get());
    }
    if (rc < 0) {
        const Error error = networkError(rc, state, url, credentials);
        git_remote_disconnect(remote.get());
        return error;
    }
    git_remote_disconnect(remote.get());
    return Status::ok();
}

// ---------------------------------------------------------------------------
// Packs

int GitRepo::packCount() const
{
    return static_cast<int>(QDir(d->packDir()).entryList({QStringLiteral("*.pack")}, QDir::Files).size());
}

Status GitRepo::repack()
{
    const QString packDirPath = d->packDir();
    QDir packDir(packDirPath);
    // Snapshot first: only what exists now is deleted afterwards, and all of it is in
    // the new pack because the object enumeration below happens after the snapshot.
    const QStringList oldPacks = packDir.entryList({QStringLiteral("pack-*.pack")}, QDir::Files);
    const QStringList loose = looseObjectFiles(d->objectsDir());
    if (oldPacks.size() <= 1 && loose.isEmpty())
        return Status::ok();
    for (const QString& file : loose) {
        const QFileInfo info(file);
        const QString id = info.dir().dirName() + info.fileName();
        const LooseObject object = readLooseObject(d->objectsDir(), id);
        if (object.state == LooseObject::Corrupt)
            return Status::fail(
                QCoreApplication::translate("Sync", "Cannot repack the sync repository %1: %2")
                    .arg(directory(), object.problem));
    }

    auto failed = [&](const QString& detail) {
        return Status::fail(QCoreApplication::translate("Sync", "Cannot repack the sync repository %1: %2")
                                .arg(directory(), detail));
    };
    QString newPack;
    {
        git_odb* rawOdb = nullptr;
        if (git_repository_odb(&rawOdb, d->repo.get()) < 0)
            return failed(lastGitMessage());
        OdbPtr odb(rawOdb);
        if (git_odb_refresh(odb.get()) < 0) // see packs other handles wrote meanwhile
            return failed(lastGitMessage());
        std::vector<git_oid> ids;
        if (git_odb_foreach(odb.get(), collectOid, &ids) < 0)
            return failed(lastGitMessage());

        git_packbuilder* rawBuilder = nullptr;
        if (git_packbuilder_new(&rawBuilder, d->repo.get()) < 0)
            return failed(lastGitMessage());
        PackBuilderPtr builder(rawBuilder);
        git_packbuilder_set_threads(builder.get(), 1);
        for (const git_oid& id : ids) {
            if (git_packbuilder_insert(builder.get(), &id, nullptr) < 0)
                return failed(QCoreApplication::translate("Sync", "object %1: %2")
                                  .arg(oidToString(&id), lastGitMessage()));
        }
        const QByteArray path = QFile::encodeName(packDirPath);
        if (git_packbuilder_write(builder.get(), path.constData(), 0, nullptr, nullptr) < 0)
            return failed(lastGitMessage());
        newPack =
            QStringLiteral("pack-%1.pack").arg(QString::fromLatin1(git_packbuilder_name(builder.get())));
    }
    if (!packDir.exists(newPack))
        return failed(QCoreApplication::translate("Sync", "the new pack %1 was not written").arg(newPack));

    // Open the replacement handle before anything is deleted (it reads no object yet, so
    // it will only ever see the new pack), and close the old one (and its pack maps).
    const QByteArray path = QFile::encodeName(d->dir);
    git_repository* raw = nullptr;
    if (git_repository_open_ext(&raw, path.constData(),
                                GIT_REPOSITORY_OPEN_NO_SEARCH | GIT_REPOSITORY_OPEN_NO_DOTGIT, nullptr) < 0)
        return failed(lastGitMessage());
    d->repo.reset(raw);
    for (const QString& file : loose)
        QFile::remove(file);
    for (const QString& pack : oldPacks) {
        if (pack == newPack)
            continue;
        const QString base = pack.chopped(5); // without ".pack"
        if (packDir.exists(base + QStringLiteral(".keep")))
            continue;
        // .idx first: a .pack without its .idx is ignored by git and libgit2.
        packDir.remove(base + QStringLiteral(".idx"));
        packDir.remove(base + QStringLiteral(".rev"));
        packDir.remove(base + QStringLiteral(".bitmap"));
        packDir.remove(pack);
    }
    packDir.remove(QStringLiteral("multi-pack-index")); // would name deleted packs
    const QDir objects(d->objectsDir());
    for (const QString& sub : objects.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (sub.size() == 2)
            objects.rmdir(sub); // only succeeds when empty
    }
    return Status::ok();
}

} // namespace summit::sync
