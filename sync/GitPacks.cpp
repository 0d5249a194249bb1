// Repacking: one new pack for many, in the app-private repository (GitRepo::repack)
// and in a team repository reached by path (after a push), with git_packbuilder.
#include "GitRepoPrivate.h"

#include <git2/sys/odb_backend.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <vector>

namespace summit::sync::detail {

namespace {

// git's gc.autoPackLimit: past this many packs a repository is repacked.
constexpr int kRemotePackLimit = 50;

struct PackFile
{
    QString name; // pack-<id>.pack
    qint64 size = 0;
};

int collectOid(const git_oid* id, void* payload)
{
    static_cast<std::vector<git_oid>*>(payload)->push_back(*id);
    return 0;
}

// The packs of a directory that a repack may replace: a pack marked .keep is left
// as it is, and one without its .idx is still being written.
std::vector<PackFile> packsIn(const QDir& packDir)
{
    std::vector<PackFile> packs;
    for (const QFileInfo& info : packDir.entryInfoList({QStringLiteral("pack-*.pack")}, QDir::Files)) {
        const QString base = info.fileName().chopped(5);
        if (!packDir.exists(base + QStringLiteral(".keep")) && packDir.exists(base + QStringLiteral(".idx")))
            packs.push_back({info.fileName(), info.size()});
    }
    return packs;
}

// The packs a repack rolls up. Everything: all of them. SmallPacks: the smallest,
// up to the first pack that holds at least twice what is below it (loose objects
// included); that pack and the bigger ones stay. Pack sizes then grow geometrically,
// so a repack costs about what arrived since the last one, not the whole history
// (git's --geometric=2 does the same).
std::vector<PackFile> packsToRollUp(std::vector<PackFile> packs, qint64 looseBytes, RepackScope scope)
{
    if (scope == RepackScope::Everything)
        return packs;
    std::sort(packs.begin(), packs.end(),
              [](const PackFile& a, const PackFile& b) { return a.size < b.size; });
    qint64 below = looseBytes;
    for (const PackFile& p : packs)
        below += p.size;
    size_t keepFrom = packs.size();
    while (keepFrom > 0) {
        below -= packs[keepFrom - 1].size;
        if (packs[keepFrom - 1].size < 2 * below)
            break;
        --keepFrom;
    }
    packs.resize(keepFrom);
    return packs;
}

} // namespace

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

    std::vector<git_oid> ids;
    for (const QString& file : rolled.loose) {
        const QFileInfo info(file);
        const QString id = info.dir().dirName() + info.fileName();
        const LooseObject object = readLooseObject(objectsDir, id);
        if (object.state == LooseObject::Corrupt)
            return failure(object.problem);
        git_oid oid;
        if (git_oid_fromstrn(&oid, id.toLatin1().constData(), size_t(id.size())) == 0)
            ids.push_back(oid);
    }
    {
        // The objects of the rolled-up packs, read from their indexes alone.
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
            rolled.packs << pack.name;
        }
        if (!packs.empty() && git_odb_foreach(packsOdb.get(), collectOid, &ids) < 0)
            return failure(lastGitMessage());
    }

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
    rolled.packs.removeAll(newPack); // the same objects can give the same pack
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

void rollUpRemotePacks(const QString& remoteGitDir)
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
