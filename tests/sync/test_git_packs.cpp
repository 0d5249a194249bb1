// Repacking with GitRepo: fetches add packs, repack() rolls them up (everything,
// or the small packs only), and a push by path keeps the team repository from
// collecting a pack per push.

#include "GitRepoTestSupport.h"

#include <QDir>
#include <QTemporaryDir>

#include <algorithm>
#include <random>

using summit::Status;
using summit::sync::PushOutcome;
using summit::sync::RepackScope;
using namespace summit::test::gitrepo;

TEST_CASE("packCount grows with fetches; repack brings it back to one")
{
    QTemporaryDir tmp;
    const QString remote = tmp.filePath(QStringLiteral("remote.git"));
    REQUIRE(initBare(remote));
    auto a = openRepo(tmp.filePath(QStringLiteral("a")));
    const QString bDir = tmp.filePath(QStringLiteral("b"));
    auto b = openRepo(bDir);
    CHECK(b->packCount() == 0);
    CHECK(b->repack().isOk()); // nothing to do
    CHECK(b->packCount() == 0);

    for (int i = 1; i <= 4; ++i) {
        append(*a, kRefA, batchBlob("a", i));
        REQUIRE(a->push(remote, kRefA, kNone).value() == PushOutcome::Pushed);
        REQUIRE(b->fetch(remote, kNone).isOk());
        CHECK(b->packCount() == i);
        CHECK(b->fetch(remote, kNone).isOk()); // nothing new: no pack
        CHECK(b->packCount() == i);
    }
    const QString bOwn = append(*b, kRefB, batchBlob("b", 1));
    CHECK(looseCount(bDir) == 3);

    const Status repacked = b->repack();
    REQUIRE_MESSAGE(repacked.isOk(), repacked.message());
    CHECK(b->packCount() == 1);
    CHECK(looseCount(bDir) == 0);
    CHECK(
        git({QStringLiteral("-C"), bDir, QStringLiteral("fsck"), QStringLiteral("--no-dangling")}).exitCode ==
        0);

    // Everything still reads and the repository keeps working.
    const auto all = batches(*b, b->tip(kTrackA).value(), {});
    REQUIRE(all.size() == 4);
    CHECK(all[3].blob == batchBlob("a", 4));
    CHECK(batches(*b, bOwn, {}).front().blob == batchBlob("b", 1));
    append(*b, kRefB, batchBlob("b", 2));
    CHECK(b->push(remote, kRefB, kNone).value() == PushOutcome::Pushed);
    append(*a, kRefA, batchBlob("a", 5));
    REQUIRE(a->push(remote, kRefA, kNone).value() == PushOutcome::Pushed);
    CHECK(b->fetch(remote, kNone).isOk());
    CHECK(b->packCount() == 2);
    CHECK(b->repack().isOk());
    CHECK(b->packCount() == 1);
    CHECK(batches(*b, b->tip(kTrackA).value(), {}).size() == 5);

    // Loose objects only (the writing device) also end in one pack; twice is harmless.
    CHECK(a->repack().isOk());
    CHECK(a->packCount() == 1);
    CHECK(a->repack().isOk());
    CHECK(a->packCount() == 1);
    CHECK(batches(*a, a->tip(kRefA).value(), {}).size() == 5);
}

TEST_CASE("a small-packs repack keeps the big pack and rolls up what came after it")
{
    QTemporaryDir tmp;
    const QString remote = tmp.filePath(QStringLiteral("remote.git"));
    REQUIRE(initBare(remote));
    auto a = openRepo(tmp.filePath(QStringLiteral("a")));
    const QString bDir = tmp.filePath(QStringLiteral("b"));
    auto b = openRepo(bDir);
    const QDir packDir(bDir + QStringLiteral("/objects/pack"));
    auto packs = [&] {
        return packDir.entryList({QStringLiteral("*.pack")}, QDir::Files);
    };

    // A large batch of history (random bytes do not compress), then small ones.
    std::mt19937 rng(5);
    QByteArray big(200 * 1024, Qt::Uninitialized);
    for (char& c : big)
        c = char(rng());
    append(*a, kRefA, big);
    REQUIRE(a->push(remote, kRefA, kNone).value() == PushOutcome::Pushed);
    REQUIRE(b->fetch(remote, kNone).isOk());
    const QStringList history = packs();
    REQUIRE(history.size() == 1);

    SUBCASE("nothing small to roll up: nothing is rewritten")
    {
        CHECK(b->repack(RepackScope::SmallPacks).isOk());
        CHECK(packs() == history);
    }

    for (int i = 1; i <= 4; ++i) {
        append(*a, kRefA, batchBlob("a", i));
        REQUIRE(a->push(remote, kRefA, kNone).value() == PushOutcome::Pushed);
        REQUIRE(b->fetch(remote, kNone).isOk());
    }
    const QString bOwn = append(*b, kRefB, batchBlob("b", 1));
    REQUIRE(b->packCount() == 5);
    REQUIRE(looseCount(bDir) == 3);

    const Status repacked = b->repack(RepackScope::SmallPacks);
    REQUIRE_MESSAGE(repacked.isOk(), repacked.message());
    const QStringList after = packs();
    CHECK(after.size() == 2);
    CHECK(after.contains(history.front())); // the history's pack was not rewritten
    CHECK(looseCount(bDir) == 0);
    CHECK(
        git({QStringLiteral("-C"), bDir, QStringLiteral("fsck"), QStringLiteral("--no-dangling")}).exitCode ==
        0);
    const auto all = batches(*b, b->tip(kTrackA).value(), {});
    REQUIRE(all.size() == 5);
    CHECK(all[0].blob == big);
    CHECK(all[4].blob == batchBlob("a", 4));
    CHECK(batches(*b, bOwn, {}).front().blob == batchBlob("b", 1));

    // Once the small ones add up to half the big one, it is rolled up too.
    for (int i = 5; i <= 7; ++i) {
        QByteArray more(40 * 1024, Qt::Uninitialized);
        for (char& c : more)
            c = char(rng());
        append(*a, kRefA, more);
        REQUIRE(a->push(remote, kRefA, kNone).value() == PushOutcome::Pushed);
        REQUIRE(b->fetch(remote, kNone).isOk());
    }
    REQUIRE(b->repack(RepackScope::SmallPacks).isOk());
    CHECK(b->packCount() == 1);
    CHECK_FALSE(packs().contains(history.front()));
    CHECK(batches(*b, b->tip(kTrackA).value(), {}).size() == 8);
}

TEST_CASE("a team repository reached by path does not collect a pack per push for ever")
{
    // Each push by path writes one pack into the team's bare repository. Past 50,
    // the pushing device rolls up the small ones, as git's receive-pack would run
    // gc --auto; the remote stays whole for git and for other devices.
    QTemporaryDir tmp;
    const QString remote = tmp.filePath(QStringLiteral("remote.git"));
    REQUIRE(initBare(remote));
    auto a = openRepo(tmp.filePath(QStringLiteral("a")));
    const QDir remotePacks(remote + QStringLiteral("/objects/pack"));
    auto packs = [&] {
        return int(remotePacks.entryList({QStringLiteral("*.pack")}, QDir::Files).size());
    };
    int most = 0;
    for (int i = 1; i <= 80; ++i) {
        append(*a, kRefA, batchBlob("a", i));
        REQUIRE(a->push(remote, kRefA, kNone).value() == PushOutcome::Pushed);
        most = std::max(most, packs());
    }
    CHECK(most <= 51);
    CHECK(packs() < 51);
    CHECK(git({QStringLiteral("--git-dir"), remote, QStringLiteral("fsck"), QStringLiteral("--no-dangling")})
              .exitCode == 0);
    auto b = openRepo(tmp.filePath(QStringLiteral("b")));
    REQUIRE(b->fetch(remote, kNone).isOk());
    const auto all = batches(*b, b->tip(kTrackA).value(), {});
    REQUIRE(all.size() == 80);
    CHECK(all[79].blob == batchBlob("a", 80));
}
