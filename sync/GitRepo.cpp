// GitRepo itself: opening, objects and refs, the network operations and packs.
// Helpers shared with GitErrors.cpp, GitObjects.cpp and GitLocalPush.cpp are
// declared in GitRepoPrivate.h.

#include "GitRepo.h"
#include "GitRepoPrivate.h"

#include <git2.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cctype>
#include <mutex>

namespace summit::sync {

using namespace detail;

namespace {

const char kBatchFile[] = "batch.jsonl";
const char kFetchRefspec[] = "+refs/heads/summit/*:refs/remotes/team/summit/*";
const QLatin1String kTrackingPrefix("refs/remotes/team/summit/");

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

// An in-memory remote for `url` (nothing is written to the repository's config),
// or a message saying why the address is unusable, without the credentials.
Result<RemotePtr> createRemote(git_repository* repo, const QString& url, const Credentials& credentials)
{
    git_remote_create_options options;
    git_remote_create_options_init(&options, GIT_REMOTE_CREATE_OPTIONS_VERSION);
    options.repository = repo;
    options.name = nullptr; // in memory: nothing is written to the repository's config
    options.flags = GIT_REMOTE_CREATE_SKIP_INSTEADOF | GIT_REMOTE_CREATE_SKIP_DEFAULT_FETCHSPEC;
    const QByteArray u = url.toUtf8();
    git_remote* remote = nullptr;
    if (git_remote_create_with_opts(&remote, u.constData(), &options) < 0)
        return failure(QCoreApplication::translate("Sync", "%1 is not a usable remote address: %2")
                           .arg(displayUrl(url), scrub(lastGitMessage(), credentials)));
    return RemotePtr(remote);
}

// Batch blobs are up to ~1 MiB of JSON lines (SyncEngine's kBatchLimit), and a new
// batch shares almost nothing with older ones (new ids, values and clocks), so delta
// compression finds next to no savings yet cost 44 % of a sync's CPU: libgit2 tries
// each blob against up to 10 others in push, repack and the fetch by path. Above this
// size objects are stored whole (zlib still compresses them); the batches of ordinary
// rounds, a few KiB, keep their deltas.
constexpr int64_t kNoDeltaAbove = 64 << 10;

// Writes the delta limit into the repository's own config (only when it differs,
// so that opening does not rewrite the file). libgit2 1.5 reads its big-file limit
// for delta search from pack.deltaCacheSize (a libgit2 bug: it should be
// pack.bigFileThreshold, which later versions and git read); both are set. A failure
// (e.g. another handle holds config.lock) costs only speed, so it is not an error:
// the next open tries again.
void setPackLimits(git_repository* repo)
{
    git_config* rawAll = nullptr;
    if (git_repository_config(&rawAll, repo) < 0)
        return;
    const ConfigPtr all(rawAll);
    git_config* rawLocal = nullptr;
    if (git_config_open_level(&rawLocal, all.get(), GIT_CONFIG_LEVEL_LOCAL) < 0)
        return;
    const ConfigPtr local(rawLocal);
    for (const char* key : {"pack.bigFileThreshold", "pack.deltaCacheSize"}) {
        int64_t value = 0;
        if (git_config_get_int64(&value, local.get(), key) == 0 && value == kNoDeltaAbove)
            continue;
        git_config_set_int64(local.get(), key, kNoDeltaAbove);
    }
    git_error_clear();
}

} // namespace

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

QString GitRepo::libraryVersion()
{
    int major = 0;
    int minor = 0;
    int patch = 0;
    git_libgit2_version(&major, &minor, &patch);
    return QStringLiteral("%1.%2.%3").arg(major).arg(minor).arg(patch);
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
    setPackLimits(repo.get());
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

    if (const Status checked = checkLooseChain(d->objectsDir(), oidToString(&localTip), d->verifiedCommits);
        !checked)
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

    auto created = createRemote(d->repo.get(), url, credentials);
    if (!created)
        return created.error();
    RemotePtr remote = std::move(created).value();
    CallbackState state;
    state.credentials = &credentials;
    state.sshPort = sshPortOf(url);
    d->lastUntrusted = {};
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
        return d->failedNetwork(rc, state, url, credentials);
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
        // Reads only the remote's objects (and our refs), not our history.
        if (const Status fetched = d->fetchLocal(url, opened.value().get()); !fetched)
            return fetched.error();
        return refs(kTrackingPrefix);
    }
    // Fetching over the network walks the local history (to tell the remote what we have).
    for (const QString& ref : refs(QStringLiteral("refs/"))) {
        const Result<QString> id = tip(ref);
        if (!id)
            return id.error();
        if (const Status checked = checkLooseChain(d->objectsDir(), id.value(), d->verifiedCommits); !checked)
            return failure(QCoreApplication::translate("Sync", "Cannot fetch from %1: %2 in %3: %4")
                               .arg(displayUrl(url), ref, directory(), checked.message()));
    }
    auto created = createRemote(d->repo.get(), url, credentials);
    if (!created)
        return created.error();
    RemotePtr remote = std::move(created).value();
    CallbackState state;
    state.credentials = &credentials;
    state.sshPort = sshPortOf(url);
    d->lastUntrusted = {};
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
        return d->failedNetwork(rc, state, url, credentials);
    return refs(kTrackingPrefix);
}

UntrustedHost GitRepo::lastUntrustedHost() const
{
    return d->lastUntrusted;
}

Status GitRepo::testConnection(const QString& url, const Credentials& credentials)
{
    return listRemoteRefs(url, credentials).status();
}

Result<QStringList> GitRepo::listRemoteRefs(const QString& url, const Credentials& credentials)
{
    QStringList names;
    if (isLocalUrl(url)) {
        Result<RepositoryPtr> opened = openLocalRemote(url);
        if (!opened)
            return opened.error();
        git_reference_iterator* raw = nullptr;
        if (git_reference_iterator_new(&raw, opened.value().get()) < 0)
            return failure(lastGitMessage());
        RefIteratorPtr iterator(raw);
        const char* name = nullptr;
        int rc = 0;
        while ((rc = git_reference_next_name(&name, iterator.get())) == 0)
            names << QString::fromUtf8(name);
        if (rc != GIT_ITEROVER)
            return failure(lastGitMessage());
        names.sort();
        return names;
    }
    auto created = createRemote(d->repo.get(), url, credentials);
    if (!created)
        return created.error();
    RemotePtr remote = std::move(created).value();
    CallbackState state;
    state.credentials = &credentials;
    state.sshPort = sshPortOf(url);
    d->lastUntrusted = {};
    git_remote_connect_options options;
    git_remote_connect_options_init(&options, GIT_REMOTE_CONNECT_OPTIONS_VERSION);
    setUpCallbacks(&options.callbacks, &state);
    options.proxy_opts.type = GIT_PROXY_AUTO;
    int rc = git_remote_connect_ext(remote.get(), GIT_DIRECTION_FETCH, &options);
    if (rc == 0) {
        const git_remote_head** heads = nullptr;
        size_t count = 0;
        rc = git_remote_ls(&heads, &count, remote.get());
        for (size_t i = 0; rc == 0 && i < count; ++i)
            if (qstrncmp(heads[i]->name, "refs/", 5) == 0) // not HEAD
                names << QString::fromUtf8(heads[i]->name);
    }
    if (rc < 0) {
        const Error error = d->failedNetwork(rc, state, url, credentials);
        git_remote_disconnect(remote.get());
        return error;
    }
    git_remote_disconnect(remote.get());
    names.sort();
    return names;
}

// ---------------------------------------------------------------------------
// Packs

int GitRepo::packCount() const
{
    return static_cast<int>(QDir(d->packDir()).entryList({QStringLiteral("*.pack")}, QDir::Files).size());
}

int GitRepo::looseObjectCount() const
{
    return static_cast<int>(looseObjectFiles(d->objectsDir()).size());
}

Status GitRepo::repack(RepackScope scope)
{
    auto failed = [&](const QString& detail) {
        return Status::fail(QCoreApplication::translate("Sync", "Cannot repack the sync repository %1: %2")
                                .arg(directory(), detail));
    };
    auto written = writeRollUp(d->repo.get(), d->objectsDir(), scope, true);
    if (!written)
        return failed(written.message());
    if (written.value().isEmpty())
        return Status::ok();
    // Open the replacement handle before anything is deleted (it reads no object yet, so
    // it will only ever see the new pack), and close the old one (and its pack maps).
    const QByteArray path = QFile::encodeName(d->dir);
    git_repository* raw = nullptr;
    if (git_repository_open_ext(&raw, path.constData(),
                                GIT_REPOSITORY_OPEN_NO_SEARCH | GIT_REPOSITORY_OPEN_NO_DOTGIT, nullptr) < 0)
        return failed(lastGitMessage());
    d->repo.reset(raw);
    d->verifiedCommits.clear();
    deleteRolledUp(d->objectsDir(), written.value());
    return Status::ok();
}

} // namespace summit::sync
