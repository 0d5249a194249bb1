#pragma once
// Shared internals of GitRepo (private to sync/): the RAII handles, the error and
// credential helpers (GitErrors.cpp), the check of loose objects before libgit2
// reads them (GitObjects.cpp), the compare-and-swap push to local remotes
// (GitLocalPush.cpp), the fetch from them (GitLocalFetch.cpp) and GitRepo::Impl.

#include "GitRepo.h"

#include <git2.h>

#include <QSet>
#include <QString>
#include <QStringList>
#include <memory>

namespace summit::sync {

namespace detail {

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
using ConfigPtr = GitPtr<git_config, git_config_free>;

// ---------------------------------------------------------------------------
// Errors and credentials (GitErrors.cpp)

// An Error with `message` and no detail.
Error failure(QString message);

// The message of the last libgit2 error of this thread ("" if none).
QString lastGitMessage();

// A URL as it may be shown: without user info.
QString displayUrl(const QString& url);

// A libgit2 message as it may be shown: no URL user info, no secret.
QString scrub(QString message, const Credentials& credentials);

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
    bool sshHostKeyChanged = false; // known_hosts holds another key of this type for the host
    quint16 sshPort = 22;
    QString certificateHost;
    QString fingerprint;
    bool negotiated = false;
    bool upToDate = true;
    bool refRejected = false;
    QString refStatus;
};

// ~/.ssh/known_hosts (GitKnownHosts.cpp). Key types as ssh names them ("ssh-ed25519").
quint16 sshPortOf(const QString& url);
QString sshKeyTypeName(int rawType);
bool knownHostHasOtherKey(const QString& host, quint16 port, const QString& keyType, const QByteArray& key);
bool addKnownHost(const QString& host, quint16 port, const QString& keyType, const QByteArray& key);

// Credentials and certificate checks of `state` on `callbacks`.
void setUpCallbacks(git_remote_callbacks* callbacks, CallbackState* state);
int pushNegotiationCallback(const git_push_update** updates, size_t count, void* payload);
int pushUpdateReferenceCallback(const char* refname, const char* status, void* payload);

// The classified, translated error of a failed network operation on `url`.
Error networkError(int code, const CallbackState& state, const QString& url, const Credentials& credentials);

// Whether a server's refusal of a ref update means "not a fast-forward".
bool isNonFastForwardStatus(const QString& status);

// ---------------------------------------------------------------------------
// Loose objects, checked without libgit2 (GitObjects.cpp)

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

// Reads, inflates and hashes the loose object `id` under `objectsDir`: Absent when
// it has no file there (packed, or missing), Corrupt with a translated problem.
LooseObject readLooseObject(const QString& objectsDir, const QString& id);

// A repack in two steps (GitPacks.cpp): writeRollUp packs the chosen packs (and,
// with `loose`, the loose objects, each checked first) into one new pack and says
// what it replaced; deleteRolledUp removes those once no handle reads them.
struct RollUp
{
    QStringList packs; // file names in objects/pack, without the new one
    QStringList loose; // paths
    bool isEmpty() const { return packs.isEmpty() && loose.isEmpty(); }
};
Result<RollUp> writeRollUp(git_repository* repo, const QString& objectsDir, RepackScope scope, bool loose);
void deleteRolledUp(const QString& objectsDir, const RollUp& rolled);
// After a push by path: once the team's bare repository holds more than 50 packs
// (one per push), its small packs are rolled up, as git's receive-pack does with
// gc --auto. Errors are left for the next push: the push itself has succeeded.
void rollUpRemotePacks(const QString& remoteGitDir);

// Checks the loose objects of the first-parent chain ending at `commitId`, down to
// the first commit that is not loose or is in `verified` (commits whose loose chain
// passed this check before). Adds the commits it checked to `verified`.
Status checkLooseChain(const QString& objectsDir, QString commitId, QSet<QString>& verified);

// The files of every loose object under `objectsDir`.
QStringList looseObjectFiles(const QString& objectsDir);

// ---------------------------------------------------------------------------
// Local remotes (GitLocalPush.cpp)

// file:// URLs and filesystem paths are local; anything with another scheme or of the
// scp form (user@host:path, host:path) is remote.
bool isLocalUrl(const QString& url);

// Opens a local remote repository (path or file:// URL) with a clear message.
Result<RepositoryPtr> openLocalRemote(const QString& url);

} // namespace detail

struct GitRepo::Impl
{
    QString dir; // absolute, with a trailing '/'
    detail::RepositoryPtr repo;
    // Loose commits whose chain (commit, tree, blobs, and their loose ancestors) this
    // handle has inflated and hashed. Objects are immutable and written with fsync, so
    // a chain checked once is not read again before every push and fetch; a commit
    // written later is still checked (once). Emptied by repack(): nothing is loose then.
    QSet<QString> verifiedCommits;
    UntrustedHost lastUntrusted; // see GitRepo::lastUntrustedHost()

    // networkError(), remembering a refused ssh host key.
    Error failedNetwork(int code, const detail::CallbackState& state, const QString& url,
                        const Credentials& credentials)
    {
        if (state.sshHostKey)
            lastUntrusted = {state.certificateHost, state.fingerprint, state.sshHostKeyChanged};
        return detail::networkError(code, state, url, credentials);
    }

    QString objectsDir() const { return dir + QStringLiteral("objects"); }
    QString packDir() const { return dir + QStringLiteral("objects/pack"); }

    // The compare-and-swap push to a path or file:// remote (GitLocalPush.cpp).
    Result<PushOutcome> pushLocal(const QString& url, const QString& ref, const git_oid& localTip);
    // The fetch from a path or file:// remote, opened as `remote` (GitLocalFetch.cpp).
    Status fetchLocal(const QString& url, git_repository* remote);
};

} // namespace summit::sync
