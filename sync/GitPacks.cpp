#include "GitPacks.h"

#include "GitErrors.h"
#include "GitPackSelection.h"

#include <git2/sys/odb_backend.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <vector>

namespace summit::sync::detail {

namespace {

// Batch blobs are up to ~1 MiB of JSON lines (SyncEngine's kBatchLimit), and a new
// batch shares almost nothing with older ones (new ids, values and clocks), so delta
// compression finds next to no savings yet cost 44 % of a sync's CPU: libgit2 tries
// each blob against up to 10 others in push, repack and the fetch by path. Above this
// size objects are stored whole (zlib still compresses them); the batches of ordinary
// rounds, a few KiB, keep their deltas.
constexpr int64_t kNoDeltaAbove = 64 << 10;

// git's gc.autoPackLimit: past this many packs a repository is repacked.
constexpr int kRemotePackLimit = 50;

// What a repack replaces: file names in objects/pack (without the new pack), and paths
// of loose objects.
struct RollUp
{
    QStringList packs;
    QStringList loose;
    bool isEmpty() const { return packs.isEmpty() && loose.isEmpty(); }
};

int collectOid(const git_oid* id, void* payload)
{
    static_cast<std::vector<git_oid>*>(payload)->push_back(*id);
    return 0;
}

// The ids of the loose objects in `files`, each checked first (it is about to be read).
Result<std::vector<git_oid>> looseIds(const QString& objectsDir, const QStringList& files)
{
    std::vector<git_oid> ids;
    for (const QString& file : files) {
        const QFileInfo info(file);
        const QString id = info.dir().dirName() + info.fileName();
        const LooseObject object = readLooseObject(objectsDir, id);
        if (object.state == LooseObject::Corrupt)
            return failure(object.problem);
        git_oid oid;
        if (git_oid_fromstrn(&oid, id.toLatin1().constData(), size_t(id.size())) == 0)
            ids.push_back(oid);
    }
    return ids;
}

// Adds the objects of `packs` to `ids`, read from their indexes alone.
Status addPackedIds(const QDir& packDir, const std::vector<PackFile>& packs, std::vector<git_oid>& ids)
{
    if (packs.empty())
        return Status::ok();
    git_odb* rawPacks = nullptr;
    if (git_odb_new(&rawPacks) < 0)
        return failure(lastGitMessage());
    const OdbPtr packsOdb(rawPacks);
    for (const PackFile& pack : packs) {
        const QByteArray idx =
            QFile::encodeName(packDir.filePath(pack.name.chopped(5) + QStringLiteral(".idx")));
        git_odb_backend* backend = nullptr;
        if (git_odb_backend_one_pack(&backend, idx.constData()) < 0)
            return failure(QStringLiteral("%1: %2").arg(pack.name, lastGitMessage()));
        if (git_odb_add_backend(packsOdb.get(), backend, 1) < 0) {
            backend->free(backend);
            return failure(QStringLiteral("%1: %2").arg(pack.name, lastGitMessage()));
        }
    }
    if (git_odb_foreach(packsOdb.get(), collectOid, &ids) < 0)
        return failure(lastGitMessage());
    return Status::ok();
}

// Writes `ids` into one new pack in `packDir`; returns its file name.
Result<QString> writePack(git_repository* repo, const QDir& packDir, const std::vector<git_oid>& ids)
{
    git_odb* rawOdb = nullptr;
    if (git_repository_odb(&rawOdb, repo) < 0)
        return failure(lastGitMessage());
    const OdbPtr odb(rawOdb);
    if (git_odb_refresh(odb.get()) < 0) // see packs other handles wrote meanwhile
        return failure(lastGitMessage());
    git_packbuilder* rawBuilder = nullptr;
    if (git_packbuilder_new(&rawBuilder, repo) < 0)
        return failure(lastGitMessage());
    const PackBuilderPtr builder(rawBuilder);
    git_packbuilder_set_threads(builder.get(), 1);
    for (const git_oid& id : ids) {
        if (git_packbuilder_insert(builder.get(), &id, nullptr) < 0)
            return failure(QCoreApplication::translate("Sync", "object %1: %2")
                               .arg(QString::fromLatin1(git_oid_tostr_s(&id)), lastGitMessage()));
    }
    const QByteArray path = QFile::encodeName(packDir.path());
    if (git_packbuilder_write(builder.get(), path.constData(), 0, nullptr, nullptr) < 0)
        return failure(lastGitMessage());
    const QString newPack =
        QStringLiteral("pack-%1.pack").arg(QString::fromLatin1(git_packbuilder_name(builder.get())));
    if (!packDir.exists(newPack))
        return failure(QCoreApplication::translate("Sync", "the new pack %1 was not written").arg(newPack));
    return newPack;
}

// Packs the chosen packs (and, with `loose`, the loose objects) into one new pack and
// says what it replaced; deleteRolledUp removes those once no handle reads them.
Result<RollUp> writeRollUp(git_repository* repo, const QString& objectsDir, RepackScope scope, bool loose)
{
    // Snapshot first: only what is listed now is read and later deleted.
    const QDir packDir(objectsDir + QStringLiteral("/pack"));
    RollUp rolled;
    if (loose)
        rolled.loose = looseObjectFiles(objectsDir);
    qint64 looseBytes = 0;
    for (const QString& file : rolled.loose)
        looseBytes += QFileInfo(file).size();
    const std::vector<PackFile> packs = packsToRollUp(packsIn(packDir), looseBytes, scope);
    if (rolled.loose.isEmpty() && packs.size() <= 1)
        return RollUp{}; // nothing loose, and at most one pack to roll up: already done

    auto ids = looseIds(objectsDir, rolled.loose);
    if (!ids)
        return ids.error();
    if (Status added = addPackedIds(packDir, packs, ids.value()); !added)
        return added.error();
    for (const PackFile& pack : packs)
        rolled.packs << pack.name;
    const Result<QString> newPack = writePack(repo, packDir, ids.value());
    if (!newPack)
        return newPack.error();
    rolled.packs.removeAll(newPack.value()); // the same objects can give the same pack
    return rolled;
}

void deleteRolledUp(const QString& objectsDir, const RollUp& rolled)
{
    QDir packDir(objectsDir + QStringLiteral("/pack"));
    for (const QString& file : rolled.loose)
        QFile::remove(file);
    for (const QString& pack : rolled.packs) {
        const QString base = pack.chopped(5); // without ".pack"
        // .idx first: a .pack without its .idx is ignored by git and libgit2.
        packDir.remove(base + QStringLiteral(".idx"));
        packDir.remove(base + QStringLiteral(".rev"));
        packDir.remove(base + QStringLiteral(".bitmap"));
        packDir.remove(pack);
    }
    if (!rolled.packs.isEmpty())
        packDir.remove(QStringLiteral("multi-pack-index")); // would name deleted packs
    const QDir objects(objectsDir);
    for (const QString& sub : objects.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (sub.size() == 2)
            objects.rmdir(sub); // only succeeds when empty
    }
}

} // namespace

// Writes the delta limit into the repository's own config (only when it differs, so
// that opening does not rewrite the file). libgit2 1.5 reads its big-file limit for
// delta search from pack.deltaCacheSize (a libgit2 bug: it should be
// pack.bigFileThreshold, which later versions and git read); both are set. A failure
// (e.g. another handle holds config.lock) costs only speed, so it is not an error: the
// next open tries again.
void applyPackLimits(git_repository* repo)
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

int Packs::count() const
{
    return static_cast<int>(QDir(m_repo.packDir()).entryList({QStringLiteral("*.pack")}, QDir::Files).size());
}

int Packs::looseObjectCount() const
{
    return static_cast<int>(looseObjectFiles(m_repo.objectsDir()).size());
}

Status Packs::repack(RepackScope scope)
{
    auto failed = [&](const QString& detail) {
        return Status::fail(QCoreApplication::translate("Sync", "Cannot repack the sync repository %1: %2")
                                .arg(m_repo.display(), detail));
    };
    auto written = writeRollUp(m_repo.get(), m_repo.objectsDir(), scope, true);
    if (!written)
        return failed(written.message());
    if (written.value().isEmpty())
        return Status::ok();
    // Open the replacement handle before anything is deleted (it reads no object yet, so
    // it will only ever see the new pack), and close the old one (and its pack maps).
    if (Status reopened = m_repo.reopen(); !reopened)
        return failed(reopened.message());
    m_guard.forgetChains();
    deleteRolledUp(m_repo.objectsDir(), written.value());
    return Status::ok();
}

void Packs::rollUpRemote(const QString& remoteGitDir)
{
    const QString objectsDir = QDir(remoteGitDir).filePath(QStringLiteral("objects"));
    if (QDir(objectsDir + QStringLiteral("/pack"))
            .entryList({QStringLiteral("*.pack")}, QDir::Files)
            .size() <= kRemotePackLimit)
        return;
    RollUp rolled;
    {
        // A handle of its own, closed (with its pack maps) before anything is deleted.
        const QByteArray path = QFile::encodeName(remoteGitDir);
        git_repository* raw = nullptr;
        if (git_repository_open_ext(&raw, path.constData(), GIT_REPOSITORY_OPEN_NO_SEARCH, nullptr) < 0)
            return;
        const RepositoryPtr remote(raw);
        // Packs only: loose objects there were written by git itself, which gathers them.
        auto written = writeRollUp(remote.get(), objectsDir, RepackScope::SmallPacks, false);
        if (!written)
            return;
        rolled = written.value();
    }
    deleteRolledUp(objectsDir, rolled);
    git_error_clear();
}

} // namespace summit::sync::detail
