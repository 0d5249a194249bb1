// The cost fixes of issue 5: the app-private repository packs large batch blobs
// without delta search (its own config, also for fetches by path, never the team
// remote's config); a writer that receives nothing still repacks its loose objects;
// the loose-chain check remembers what it verified but still refuses a damaged
// object written after that.

#include "SyncFixture.h"
#include "sync/GitRepo.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

using namespace summit;
using summit::sync::Credentials;
using summit::sync::GitRepo;
using summit::sync::PushOutcome;
using test::Replica;

namespace {

const QString kRef = QStringLiteral("refs/heads/summit/e1/replica-a");
const QString kTrack = QStringLiteral("refs/remotes/team/summit/e1/replica-a");
const Credentials kNone{};

QString git(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral("git"), args);
    REQUIRE(p.waitForFinished(60000));
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

std::unique_ptr<GitRepo> openRepo(const QString& dir)
{
    auto repo = GitRepo::open(dir);
    REQUIRE_MESSAGE(repo.isOk(), repo.message());
    return std::move(repo).value();
}

QString append(GitRepo& repo, const QByteArray& blob)
{
    const auto id = repo.appendBatch(kRef, blob, QStringLiteral("batch"), repo.tip(kRef).value());
    REQUIRE_MESSAGE(id.isOk(), id.message());
    return id.value();
}

// About 2 MiB of batch lines, nearly the same for every `n`: an ideal delta candidate.
QByteArray bigBlob(int n)
{
    QByteArray blob = "{\"v\":1,\"n\":" + QByteArray::number(n) + "}\n";
    for (int i = 0; blob.size() < 2 * 1024 * 1024; ++i)
        blob += "{\"op\":\"set\",\"id\":\"" + QByteArray::number(i * 7919 % 1000003) +
                "\",\"field\":\"name\",\"value\":\"x\"}\n";
    return blob;
}

// Objects stored as deltas in the packs of `repoDir` (git verify-pack -v lists a
// base object id for them).
int deltaObjects(const QString& repoDir)
{
    int deltas = 0;
    const QDir packs(repoDir + QStringLiteral("/objects/pack"));
    for (const QString& idx : packs.entryList({QStringLiteral("*.idx")}, QDir::Files)) {
        const QString out = git({QStringLiteral("verify-pack"), QStringLiteral("-v"), packs.filePath(idx)});
        for (const QString& line : out.split(QLatin1Char('\n'))) {
            const QStringList cols = line.simplified().split(QLatin1Char(' '));
            if (cols.size() >= 7 && cols.at(0).size() == 40)
                ++deltas;
        }
    }
    return deltas;
}

QString blobOf(const QString& repoDir, const QString& commit)
{
    return git({QStringLiteral("-C"), repoDir, QStringLiteral("rev-parse"),
                commit + QStringLiteral(":batch.jsonl")});
}

QString loosePath(const QString& repoDir, const QString& id)
{
    return repoDir + QStringLiteral("/objects/") + id.left(2) + QLatin1Char('/') + id.mid(2);
}

void truncateFile(const QString& path)
{
    QFile f(path);
    f.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    REQUIRE(f.resize(f.size() / 2));
}

} // namespace

TEST_CASE("large batch blobs are packed whole: in repack, push and fetch by path")
{
    QTemporaryDir tmp;
    const QString remote = test::makeBareRemote(tmp.filePath(QStringLiteral("team.git")));
    const QByteArray remoteConfig = fileBytes(remote + QStringLiteral("/config"));
    const QString aDir = tmp.filePath(QStringLiteral("a"));
    const QString bDir = tmp.filePath(QStringLiteral("b"));
    auto a = openRepo(aDir);
    auto b = openRepo(bDir);

    // The app-private repositories' own config holds the limits (libgit2 1.5 reads
    // pack.deltaCacheSize as its big-file limit; git and later libgit2 the other).
    for (const QString& dir : {aDir, bDir}) {
        for (const QString& key :
             {QStringLiteral("pack.bigFileThreshold"), QStringLiteral("pack.deltaCacheSize")})
            CHECK(git({QStringLiteral("config"), QStringLiteral("--file"), dir + QStringLiteral("/config"),
                       QStringLiteral("--get"), key}) == QStringLiteral("65536"));
    }
    const QByteArray aConfig = fileBytes(aDir + QStringLiteral("/config"));
    a.reset();
    a = openRepo(aDir);
    CHECK(fileBytes(aDir + QStringLiteral("/config")) == aConfig); // reopening rewrites nothing

    for (int n = 1; n <= 3; ++n)
        append(*a, bigBlob(n));
    REQUIRE(a->push(remote, kRef, kNone).value() == PushOutcome::Pushed);
    const auto fetched = b->fetch(remote, kNone);
    REQUIRE_MESSAGE(fetched.isOk(), fetched.message());
    CHECK(fetched.value() == QStringList{kTrack});
    const QString tip = b->tip(kTrack).value();
    CHECK(tip == a->tip(kRef).value());
    const auto got = b->batchesSince(tip, {});
    REQUIRE_MESSAGE(got.isOk(), got.message());
    REQUIRE(got.value().size() == 3);
    CHECK(got.value()[2].blob == bigBlob(3));

    // Neither the pack pushed into the remote, nor the one fetched from it (built from
    // the remote's objects, whose config has no limit), nor a repack holds a delta.
    CHECK(deltaObjects(remote) == 0);
    CHECK(deltaObjects(bDir) == 0);
    REQUIRE(a->repack().isOk());
    CHECK(deltaObjects(aDir) == 0);
    // The team's remote config is never written.
    CHECK(fileBytes(remote + QStringLiteral("/config")) == remoteConfig);
    CHECK(
        git({QStringLiteral("-C"), bDir, QStringLiteral("fsck"), QStringLiteral("--no-dangling")}).isEmpty());
}

TEST_CASE("a fetch by path brings only new objects, prunes, and adds no pack when nothing is new")
{
    QTemporaryDir tmp;
    const QString remote = test::makeBareRemote(tmp.filePath(QStringLiteral("team.git")));
    auto a = openRepo(tmp.filePath(QStringLiteral("a")));
    auto b = openRepo(tmp.filePath(QStringLiteral("b")));
    append(*a, "{\"n\":1}\n");
    REQUIRE(a->push(remote, kRef, kNone).value() == PushOutcome::Pushed);
    REQUIRE(b->fetch(remote, kNone).isOk());
    CHECK(b->packCount() == 1);
    REQUIRE(b->fetch(remote, kNone).isOk());
    CHECK(b->packCount() == 1);
    const QDir packs(tmp.filePath(QStringLiteral("b/objects/pack")));
    const QStringList first = packs.entryList({QStringLiteral("*.idx")}, QDir::Files);
    const QString c2 = append(*a, "{\"n\":2}\n");
    REQUIRE(a->push(remote, kRef, kNone).value() == PushOutcome::Pushed);
    REQUIRE(b->fetch(remote, kNone).isOk());
    CHECK(b->packCount() == 2);
    QStringList idx = packs.entryList({QStringLiteral("*.idx")}, QDir::Files);
    REQUIRE(idx.size() == 2);
    idx.removeAll(first.value(0));
    REQUIRE(idx.size() == 1);
    // The second pack holds the second batch only: commit, tree, blob.
    const QString listing =
        git({QStringLiteral("verify-pack"), QStringLiteral("-v"), packs.filePath(idx.first())});
    CHECK(listing.contains(QStringLiteral("non delta: 3 objects")));
    CHECK(b->tip(kTrack).value() == c2);

    REQUIRE(git({QStringLiteral("-C"), remote, QStringLiteral("update-ref"), QStringLiteral("-d"), kRef})
                .isEmpty());
    const auto pruned = b->fetch(remote, kNone);
    REQUIRE(pruned.isOk());
    CHECK(pruned.value().isEmpty());
    CHECK(b->tip(kTrack).value().isEmpty());
}

TEST_CASE("the loose-chain check still refuses a damaged object written after the verified tip")
{
    QTemporaryDir tmp;
    const QString remote = test::makeBareRemote(tmp.filePath(QStringLiteral("team.git")));
    const QString dir = tmp.filePath(QStringLiteral("a"));
    auto a = openRepo(dir);
    const QString c1 = append(*a, "{\"n\":1}\n");
    const QString c2 = append(*a, "{\"n\":2}\n");
    REQUIRE(a->push(remote, kRef, kNone).value() == PushOutcome::Pushed); // verifies c1, c2

    const QString c3 = append(*a, "{\"n\":3}\n");
    truncateFile(loosePath(dir, blobOf(dir, c3)));
    const auto pushed = a->push(remote, kRef, kNone);
    REQUIRE_FALSE(pushed.isOk());
    CHECK(pushed.message().contains(c3));
    CHECK(git({QStringLiteral("-C"), remote, QStringLiteral("rev-parse"), kRef}) == c2);

    // What one handle verified is remembered by that handle only: a new one (the next
    // start of the app) checks the whole loose chain again.
    truncateFile(loosePath(dir, blobOf(dir, c1)));
    a.reset();
    a = openRepo(dir);
    REQUIRE(a->tip(kRef).value() == c3);
    const auto again = a->push(remote, kRef, kNone);
    REQUIRE_FALSE(again.isOk());
    CHECK((again.message().contains(c3) || again.message().contains(c1)));
}

TEST_CASE("the loose-chain check reads each loose batch once, also when the chain ends at a packed one")
{
    // After a repack the loose chain ends at a packed commit. The check used to stop
    // there without remembering what it had read, so every push inflated every loose
    // batch again: 160 ms a round for a writer at 1,000,000 operations of history.
    QTemporaryDir tmp;
    const QString remote = test::makeBareRemote(tmp.filePath(QStringLiteral("team.git")));
    const QString dir = tmp.filePath(QStringLiteral("a"));
    auto a = openRepo(dir);
    append(*a, "{\"n\":1}\n");
    REQUIRE(a->repack().isOk()); // c1 is packed now
    const QString c2 = append(*a, "{\"n\":2}\n");
    REQUIRE(a->push(remote, kRef, kNone).value() == PushOutcome::Pushed); // reads c2, reaches packed c1
    // Were c2 read again, the damage would stop the next push; it was checked once.
    truncateFile(loosePath(dir, blobOf(dir, c2)));
    const QString c3 = append(*a, "{\"n\":3}\n");
    const auto pushed = a->push(remote, kRef, kNone);
    REQUIRE_MESSAGE(pushed.isOk(), pushed.message());
    CHECK(git({QStringLiteral("-C"), remote, QStringLiteral("rev-parse"), kRef}) == c3);
}

TEST_CASE("a writer whose teammates are quiet keeps its loose objects bounded")
{
    QTemporaryDir dir;
    const QString remote = test::makeBareRemote(dir.filePath(QStringLiteral("team.git")));
    Replica a(dir.filePath(QStringLiteral("a.db"))), b(dir.filePath(QStringLiteral("b.db")));
    b.sync(remote); // a teammate that never writes: no pack ever arrives at a
    const QString id = ids::newId();
    int maxLoose = 0;
    for (int round = 1; round <= 120; ++round) {
        REQUIRE(a.apply(Operation::set(QStringLiteral("account"), id,
                                       {{QStringLiteral("name"), QStringLiteral("甲 %1").arg(round)}})));
        const auto report = a.sync(remote);
        CHECK(report.pushedBatches == 1);
        CHECK(report.appliedBatches == 0);
        maxLoose = std::max(maxLoose, a.engine->repo().looseObjectCount());
    }
    CHECK(maxLoose <= 300);
    CHECK(a.engine->repo().looseObjectCount() < 300);
    CHECK(a.engine->repo().packCount() >= 1);
    // Everything still travels.
    b.sync(remote);
    CHECK(b.exportJson() == a.exportJson());
    CHECK(b.get(QStringLiteral("account"), id, QStringLiteral("name")).toString() ==
          QStringLiteral("甲 120"));
}
