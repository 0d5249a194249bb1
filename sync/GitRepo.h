#pragma once
// The git side of replication (see ARCHITECTURE.md, Replication): an app-private bare
// repository written with libgit2's object APIs, one append-only ref per device,
// fast-forward-only pushes, fetches with explicit refspecs and no tags.
//
// Threads: one GitRepo per thread; several GitRepo objects (in one or several processes)
// may open the same directory. A network operation on a host that does not answer waits
// for the system's TCP timeout: call them off the UI thread.
//
// URLs: a path or file:// URL of a bare repository, git://host[:port]/path,
// ssh://[user@]host[:port]/path (or user@host:path), https://host/path (the system proxy
// settings apply). Each credential (ssh agent, key file, user name + token) is offered
// once per operation; a refused set ends it with an authentication error. ssh checks
// ~/.ssh/known_hosts (not ~/.ssh/config): a new host is refused and named by
// lastUntrustedHost() until Credentials::trustHostKey holds its fingerprint; a changed
// key is always refused. Messages name what and where (unreachable, authentication,
// not a repository, untrusted host, a damaged object's commit) and never hold credentials.
//
// The parts behind this facade are private to sync/: ObjectStore, LooseObjectGuard,
// LocalRemote, NetworkRemote (with RemoteCallbacks, CredentialOffers, KnownHosts), Packs.

#include "Result.h"
#include "store/RemoteAddress.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <memory>
#include <vector>

namespace summit::sync {

struct Credentials
{
    QString username;
    QString password; // https: the access token
    QString sshKeyPath;
    QString sshPublicKeyPath; // optional; derived from the private key when empty
    QString sshPassphrase;
    bool useSshAgent = true;
    // ssh: the SHA256 fingerprint ("SHA256:...") of a new host's key that the user
    // has checked and trusts. If the host offers that key and known_hosts has no other
    // key for it, the key is added to ~/.ssh/known_hosts and the connection goes on.
    QString trustHostKey;
};

// The credentials for an address typed with a token in it (remote::split): its token and user
// name, unless the caller gave a token of its own.
inline Credentials withTokenOf(const remote::Address& address, Credentials c)
{
    if (!address.secret.isEmpty() && c.password.isEmpty()) {
        c.password = address.secret;
        if (c.username.isEmpty())
            c.username = address.username;
    }
    return c;
}

// An ssh host key a network operation refused: new to this computer, or changed.
struct UntrustedHost
{
    QString host;
    QString fingerprint; // SHA256:...
    bool changed = false;
    bool isNull() const { return fingerprint.isEmpty(); }
};

struct BatchCommit
{
    QString id; // commit id (40 hex digits)
    QByteArray blob;
};

enum class PushOutcome
{
    Pushed,
    UpToDate,
    Rejected /* non-fast-forward: someone else writes this ref */
};

// What repack() rolls into one pack besides the loose objects: every pack, or the
// small ones only (see packsToRollUp), which keeps its cost in proportion to what
// arrived since the last repack.
enum class RepackScope
{
    Everything,
    SmallPacks
};

class GitRepo
{
public:
    // git_libgit2_init once and GIT_OPT_ENABLE_FSYNC_GITDIR (objects, packs and refs
    // are fsync'ed before a ref moves). Idempotent and thread-safe.
    static void initLibrary();
    // The libgit2 in use at run time, "1.5.1" (for the About dialog).
    static QString libraryVersion();

    // Opens the bare repository at `dir`, or creates it when `dir` does not exist or is
    // empty. Refuses a non-bare repository and a non-empty directory that is not one.
    // Sets pack.bigFileThreshold and pack.deltaCacheSize to 64 KiB in its config (batch
    // blobs above that are packed without delta search; see applyPackLimits).
    static Result<std::unique_ptr<GitRepo>> open(const QString& dir);

    ~GitRepo();
    GitRepo(const GitRepo&) = delete;
    GitRepo& operator=(const GitRepo&) = delete;

    QString directory() const; // absolute path of the bare repository

    // Appends a batch as blob "batch.jsonl" in a one-entry tree and a commit whose
    // parent is the current tip of `ref`; moves the ref only if it still points at
    // `expectedTip` (empty = the ref must not exist yet), atomically. Returns the new
    // commit id. On a failed compare-and-swap the ref is unchanged (the tip is checked
    // before anything is written; if another writer moves the ref in between, the
    // objects already written stay unreferenced, which is harmless).
    Result<QString> appendBatch(const QString& ref, const QByteArray& blob, const QString& message,
                                const QString& expectedTip);

    // The commit id `ref` points at; an empty string if the ref does not exist.
    Result<QString> tip(const QString& ref);

    // Local refs under `prefix` (e.g. "refs/remotes/team/summit/e1/"), sorted.
    QStringList refs(const QString& prefix);

    // Commits after `fromExclusive` (empty = from the root) up to `tipId`, oldest
    // first, with their blobs. Fails (naming the commit) if fromExclusive is not an
    // ancestor of tipId (history rewritten), if the history is not a single chain, if a
    // commit's tree does not hold exactly the blob "batch.jsonl", or if an object is
    // missing or corrupt (object hashes are verified on read).
    Result<std::vector<BatchCommit>> batchesSince(const QString& tipId, const QString& fromExclusive);
    // The same, one batch at a time: the commit ids (oldest first), then each one's
    // batch, so that integrating a long history holds one blob in memory, not all.
    // readBatch refuses a blob larger than kMaxBatchBytes before reading it.
    Result<QStringList> batchChain(const QString& tipId, const QString& fromExclusive);
    Result<BatchCommit> readBatch(const QString& commitId);

    // Pushes local `ref` to the same name on `url`, fast-forward only (no force, no '+').
    // Rejected when the remote ref holds commits that are not an ancestor of ours (or
    // that we do not have), or when the server refuses the update as non-fast-forward.
    Result<PushOutcome> push(const QString& url, const QString& ref, const Credentials& credentials);
    // The translated explanation of a Rejected push, naming the ref and the URL.
    static QString rejectionMessage(const QString& url, const QString& ref);

    // Fetches every remote ref under refs/heads/summit/ into refs/remotes/team/summit/
    // (refspec "+refs/heads/summit/*:refs/remotes/team/summit/*", no tags, prune, no
    // FETCH_HEAD). The '+' lets a rewritten remote history arrive so that
    // batchesSince() can report it. Returns the local names of the fetched refs (all
    // refs under refs/remotes/team/summit/ after the fetch), sorted.
    Result<QStringList> fetch(const QString& url, const Credentials& credentials);

    // Checks that `url` is reachable and readable (connects and lists its refs).
    Status testConnection(const QString& url, const Credentials& credentials);
    // The same, and the names of the refs the remote offers (refs/heads/..., sorted):
    // what a fetch would find, without downloading anything.
    Result<QStringList> listRemoteRefs(const QString& url, const Credentials& credentials);

    // The ssh host key the last push, fetch or listRemoteRefs of this object refused.
    UntrustedHost lastUntrustedHost() const;

    // Number of .pack files under objects/pack. Every fetch that brings objects adds one.
    int packCount() const;
    // Number of loose objects (3 per local batch: commit, tree, blob) not yet repacked.
    int looseObjectCount() const;

    // Packs the loose objects and the packs in `scope` (reachable or not, so that an
    // append under way in another handle is never lost) into one new pack with
    // git_packbuilder, then deletes them (.idx before .pack) and reopens the
    // repository. Needs no git executable. Call it from the sync thread between
    // rounds, while no other handle on this directory is reading.
    Status repack(RepackScope scope = RepackScope::Everything);

private:
    struct Impl;
    explicit GitRepo(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> d;
};

} // namespace summit::sync
