// The git transport: batches as blob -> tree -> commit on one append-only ref per
// device, compare-and-swap of the ref, fast-forward-only pushes, fetches into
// refs/remotes/team/summit/, through a bare repository by path and through git daemon
// on 127.0.0.1; rewritten histories and corrupt objects. Repacking: test_git_packs.

#include "sync/GitRepo.h"

#include "GitDaemon.h"
#include "GitRepoTestSupport.h"
#include "QtDoctest.h"

#include <doctest/doctest.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <thread>
#include <vector>

using summit::Result;
using summit::Status;
using summit::sync::BatchCommit;
using summit::sync::Credentials;
using summit::sync::GitRepo;
using summit::sync::PushOutcome;
using summit::test::GitDaemon;

using namespace summit::test::gitrepo;

TEST_CASE("appendBatch builds a chain and moves the ref only by compare-and-swap")
{
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QString dir = tmp.filePath(QStringLiteral("a"));
    auto repo = openRepo(dir);
    CHECK(QFileInfo(dir + QStringLiteral("/HEAD")).exists());
    CHECK_FALSE(QFileInfo(dir + QStringLiteral("/.git")).exists());

    CHECK(repo->tip(kRefA).value().isEmpty());
    CHECK(repo->refs(QStringLiteral("refs/heads/summit/")).isEmpty());

    const QByteArray b1 = batchBlob("a", 1), b2 = batchBlob("a", 2);
    QByteArray b3("binary\0bytes\xff\n", 15);
    const QString c1 = repo->appendBatch(kRefA, b1, QStringLiteral("first"), {}).value();
    CHECK(repo->tip(kRefA).value() == c1);
    const QString c2 = repo->appendBatch(kRefA, b2, QStringLiteral("second"), c1).value();
    CHECK(repo->tip(kRefA).value() == c2);
    const auto third = repo->appendBatch(kRefA, b3, QStringLiteral("third"), c2);
    REQUIRE_MESSAGE(third.isOk(), third.message());
    const QString c3 = third.value();
    CHECK(repo->tip(kRefA).value() == c3);
    CHECK(c1 != c2);
    CHECK(c2 != c3);

    // Plain git sees an ordinary chain with one file per commit.
    CHECK(
        git({QStringLiteral("-C"), dir, QStringLiteral("rev-list"), QStringLiteral("--count"), kRefA}).out ==
        QStringLiteral("3"));
    CHECK(
        git({QStringLiteral("-C"), dir, QStringLiteral("ls-tree"), QStringLiteral("--name-only"), c2}).out ==
        QStringLiteral("batch.jsonl"));

    SUBCASE("batchesSince returns the batches oldest first with their exact blobs")
    {
        const auto all = batches(*repo, c3, {});
        REQUIRE(all.size() == 3);
        CHECK(all[0].id == c1);
        CHECK(all[1].id == c2);
        CHECK(all[2].id == c3);
        CHECK(all[0].blob == b1);
        CHECK(all[1].blob == b2);
        CHECK(all[2].blob == b3);

        const auto later = batches(*repo, c3, c1);
        REQUIRE(later.size() == 2);
        CHECK(later[0].id == c2);
        CHECK(later[1].blob == b3);

        CHECK(batches(*repo, c3, c3).empty());
        CHECK(batches(*repo, c1, {}).size() == 1);
    }

    SUBCASE("a stale expected tip fails and leaves the ref unchanged")
    {
        const auto stale = repo->appendBatch(kRefA, batchBlob("a", 9), QStringLiteral("stale"), c2);
        CHECK_FALSE(stale.isOk());
        CHECK(stale.message().contains(kRefA));
        CHECK(repo->tip(kRefA).value() == c3);

        const auto mustNotExist = repo->appendBatch(kRefA, batchBlob("a", 9), QStringLiteral("new"), {});
        CHECK_FALSE(mustNotExist.isOk());
        CHECK(repo->tip(kRefA).value() == c3);

        const auto notYet = repo->appendBatch(kRefB, batchBlob("b", 1), QStringLiteral("b"), c3);
        CHECK_FALSE(notYet.isOk());
        CHECK(repo->tip(kRefB).value().isEmpty());

        CHECK_FALSE(repo->appendBatch(kRefA, b1, {}, QStringLiteral("not-an-id")).isOk());
        CHECK(repo->tip(kRefA).value() == c3);
    }

    SUBCASE("two handles on one directory: the loser of the race is refused")
    {
        auto other = openRepo(dir);
        const QString tip = other->tip(kRefA).value();
        CHECK(other->appendBatch(kRefA, batchBlob("a", 4), QStringLiteral("x"), tip).isOk());
        const auto lost = repo->appendBatch(kRefA, batchBlob("a", 5), QStringLiteral("y"), tip);
        CHECK_FALSE(lost.isOk());
        CHECK(repo->tip(kRefA).value() == other->tip(kRefA).value());
    }

    SUBCASE("ref names are validated")
    {
        CHECK_FALSE(repo->appendBatch(QStringLiteral("summit/e1/x"), b1, {}, {}).isOk());
        CHECK_FALSE(repo->appendBatch(QStringLiteral("refs/heads/a..b"), b1, {}, {}).isOk());
        CHECK_FALSE(repo->tip(QStringLiteral("refs/heads/bad name")).isOk());
    }

    SUBCASE("refs lists by prefix; the ref survives reopening")
    {
        append(*repo, kRefB, batchBlob("b", 1));
        CHECK(repo->refs(QStringLiteral("refs/heads/summit/e1/")) == QStringList{kRefA, kRefB});
        CHECK(repo->refs(QStringLiteral("refs/heads/summit/e1/replica-b")) == QStringList{kRefB});
        repo.reset();
        auto again = openRepo(dir);
        CHECK(again->tip(kRefA).value() == c3);
    }
}

TEST_CASE("open refuses what is not an app-private bare repository")
{
    QTemporaryDir tmp;
    const QString plain = tmp.filePath(QStringLiteral("plain"));
    QDir().mkpath(plain);
    QFile f(plain + QStringLiteral("/notes.txt"));
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("x");
    f.close();
    const auto notRepo = GitRepo::open(plain);
    CHECK_FALSE(notRepo.isOk());
    CHECK(notRepo.message().contains(plain));
    CHECK_FALSE(QFileInfo(plain + QStringLiteral("/HEAD")).exists());

    const QString work = tmp.filePath(QStringLiteral("work"));
    REQUIRE(git({QStringLiteral("init"), QStringLiteral("-q"), work}).exitCode == 0);
    CHECK_FALSE(GitRepo::open(work).isOk());
    CHECK_FALSE(GitRepo::open(work + QStringLiteral("/.git")).isOk());

    const QString empty = tmp.filePath(QStringLiteral("empty"));
    QDir().mkpath(empty);
    CHECK(GitRepo::open(empty).isOk());
}

TEST_CASE("batchesSince refuses rewritten histories and commits that are not batches")
{
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("a"));
    auto repo = openRepo(dir);
    const QString x1 = append(*repo, kRefA, batchBlob("a", 1));
    const QString x2 = append(*repo, kRefA, batchBlob("a", 2));
    const QString y1 = append(*repo, kRefB, batchBlob("b", 1));

    SUBCASE("fromExclusive not an ancestor: history rewritten")
    {
        const auto rewritten = repo->batchesSince(x2, y1);
        REQUIRE_FALSE(rewritten.isOk());
        CHECK(rewritten.message().contains(QStringLiteral("not an ancestor")));
        CHECK(rewritten.message().contains(y1));
        // A descendant is not an ancestor either (the cursor ran ahead of the tip).
        CHECK_FALSE(repo->batchesSince(x1, x2).isOk());
        // An unknown cursor (e.g. from a history that was replaced) is refused too.
        CHECK_FALSE(
            repo->batchesSince(x2, QStringLiteral("0123456789abcdef0123456789abcdef01234567")).isOk());
    }

    SUBCASE("bad ids")
    {
        CHECK_FALSE(repo->batchesSince(QStringLiteral("xyz"), {}).isOk());
        CHECK_FALSE(repo->batchesSince(x2, QStringLiteral("xyz")).isOk());
        const auto missing =
            repo->batchesSince(QStringLiteral("0123456789abcdef0123456789abcdef01234567"), {});
        CHECK_FALSE(missing.isOk());
        CHECK(missing.message().contains(QStringLiteral("0123456789abcdef0123456789abcdef01234567")));
    }

    SUBCASE("a commit whose tree holds more than batch.jsonl")
    {
        const QString blob = git({QStringLiteral("-C"), dir, QStringLiteral("hash-object"),
                                  QStringLiteral("-w"), QStringLiteral("--stdin")},
                                 "extra\n")
                                 .out;
        const QString tree =
            git({QStringLiteral("-C"), dir, QStringLiteral("mktree")},
                QStringLiteral("100644 blob %1\tbatch.jsonl\n100644 blob %1\tother.txt\n").arg(blob).toUtf8())
                .out;
        const QString foreign =
            git({QStringLiteral("-C"), dir, QStringLiteral("commit-tree"), tree, QStringLiteral("-p"), x2,
                 QStringLiteral("-m"), QStringLiteral("foreign")})
                .out;
        REQUIRE(foreign.size() == 40);
        const auto result = repo->batchesSince(foreign, x2);
        REQUIRE_FALSE(result.isOk());
        CHECK(result.message().contains(foreign));
        CHECK(result.message().contains(QStringLiteral("batch.jsonl")));
    }

    SUBCASE("a merge commit is not a chain of batches")
    {
        const QString tree =
            git({QStringLiteral("-C"), dir, QStringLiteral("rev-parse"), x2 + QStringLiteral("^{tree}")}).out;
        const QString merge =
            git({QStringLiteral("-C"), dir, QStringLiteral("commit-tree"), tree, QStringLiteral("-p"), x2,
                 QStringLiteral("-p"), y1, QStringLiteral("-m"), QStringLiteral("merge")})
                .out;
        REQUIRE(merge.size() == 40);
        const auto result = repo->batchesSince(merge, x2);
        REQUIRE_FALSE(result.isOk());
        CHECK(result.message().contains(merge));
        CHECK(result.message().contains(QStringLiteral("single chain")));
    }
}

TEST_CASE("push and fetch through a bare repository by path")
{
    QTemporaryDir tmp;
    const QString remote = tmp.filePath(QStringLiteral("remote.git"));
    REQUIRE(initBare(remote));
    auto a = openRepo(tmp.filePath(QStringLiteral("a")));
    auto b = openRepo(tmp.filePath(QStringLiteral("b")));

    const QString a1 = append(*a, kRefA, batchBlob("a", 1));
    const QString a2 = append(*a, kRefA, batchBlob("a", 2));
    auto pushed = a->push(remote, kRefA, kNone);
    REQUIRE_MESSAGE(pushed.isOk(), pushed.message());
    CHECK(pushed.value() == PushOutcome::Pushed);
    CHECK(remoteTip(remote, kRefA) == a2);
    CHECK(a->push(remote, kRefA, kNone).value() == PushOutcome::UpToDate);
    CHECK(git({QStringLiteral("-C"), remote, QStringLiteral("fsck"), QStringLiteral("--no-dangling")})
              .exitCode == 0);

    auto fetched = b->fetch(remote, kNone);
    REQUIRE_MESSAGE(fetched.isOk(), fetched.message());
    CHECK(fetched.value() == QStringList{kTrackA});
    CHECK(b->tip(kTrackA).value() == a2);
    const auto got = batches(*b, a2, {});
    REQUIRE(got.size() == 2);
    CHECK(got[0].id == a1);
    CHECK(got[0].blob == batchBlob("a", 1));
    CHECK(got[1].blob == batchBlob("a", 2));
    CHECK(b->refs(QStringLiteral("refs/tags/")).isEmpty());

    // A second push is a fast-forward; B reads only the new batch.
    const QString a3 = append(*a, kRefA, batchBlob("a", 3));
    CHECK(a->push(remote, kRefA, kNone).value() == PushOutcome::Pushed);
    CHECK(remoteTip(remote, kRefA) == a3);
    CHECK(b->fetch(remote, kNone).isOk());
    const auto news = batches(*b, b->tip(kTrackA).value(), a2);
    REQUIRE(news.size() == 1);
    CHECK(news[0].id == a3);
    CHECK(news[0].blob == batchBlob("a", 3));

    // file:// URLs are the same remote.
    const QString fileUrl = QStringLiteral("file://") + remote;
    CHECK(a->push(fileUrl, kRefA, kNone).value() == PushOutcome::UpToDate);

    // B writes its own ref; A sees both.
    append(*b, kRefB, batchBlob("b", 1));
    CHECK(b->push(fileUrl, kRefB, kNone).value() == PushOutcome::Pushed);
    const auto both = a->fetch(fileUrl, kNone);
    REQUIRE(both.isOk());
    CHECK(both.value() == (QStringList{kTrackA, kTrackB}));
    CHECK(a->tip(kTrackA).value() == a3);

    SUBCASE("fetch prunes refs deleted on the remote")
    {
        REQUIRE(git({QStringLiteral("-C"), remote, QStringLiteral("update-ref"), QStringLiteral("-d"), kRefB})
                    .exitCode == 0);
        const auto pruned = a->fetch(remote, kNone);
        REQUIRE(pruned.isOk());
        CHECK(pruned.value() == QStringList{kTrackA});
        CHECK(a->tip(kTrackB).value().isEmpty());
    }

    SUBCASE("tags and other refs of the remote are not fetched")
    {
        REQUIRE(
            git({QStringLiteral("-C"), remote, QStringLiteral("tag"), QStringLiteral("v1"), a3}).exitCode ==
            0);
        REQUIRE(git({QStringLiteral("-C"), remote, QStringLiteral("update-ref"),
                     QStringLiteral("refs/heads/main"), a3})
                    .exitCode == 0);
        CHECK(b->fetch(remote, kNone).isOk());
        CHECK(b->refs(QStringLiteral("refs/tags/")).isEmpty());
        CHECK(b->refs(QStringLiteral("refs/remotes/")) == (QStringList{kTrackA, kTrackB}));
    }

    SUBCASE("pushing a ref that does not exist locally is an error")
    {
        const auto none = a->push(remote, QStringLiteral("refs/heads/summit/e1/nobody"), kNone);
        CHECK_FALSE(none.isOk());
        CHECK(none.message().contains(QStringLiteral("refs/heads/summit/e1/nobody")));
    }

    SUBCASE("a path that is not a repository")
    {
        const QString plain = tmp.filePath(QStringLiteral("plain"));
        QDir().mkpath(plain);
        for (const QString& url :
             {plain, tmp.filePath(QStringLiteral("missing")), QStringLiteral("file://") + plain}) {
            const Status status = a->testConnection(url, kNone);
            CHECK_FALSE(status.isOk());
            CHECK(status.message().contains(QStringLiteral("not a git repository")));
            const auto f = a->fetch(url, kNone);
            CHECK_FALSE(f.isOk());
            CHECK(f.message().contains(QStringLiteral("not a git repository")));
            const auto p = a->push(url, kRefA, kNone);
            CHECK_FALSE(p.isOk());
            CHECK(p.message().contains(QStringLiteral("not a git repository")));
        }
        CHECK(a->testConnection(remote, kNone).isOk());
    }
}

TEST_CASE("a second writer of the same ref is rejected, never forced")
{
    QTemporaryDir tmp;
    const QString remote = tmp.filePath(QStringLiteral("remote.git"));
    REQUIRE(initBare(remote));
    auto a = openRepo(tmp.filePath(QStringLiteral("a")));
    auto b = openRepo(tmp.filePath(QStringLiteral("b")));
    append(*a, kRefA, batchBlob("a", 1));
    const QString aTip = append(*a, kRefA, batchBlob("a", 2));
    REQUIRE(a->push(remote, kRefA, kNone).value() == PushOutcome::Pushed);

    SUBCASE("the other writer never saw the remote history")
    {
        append(*b, kRefA, batchBlob("copy", 1));
        const auto outcome = b->push(remote, kRefA, kNone);
        REQUIRE_MESSAGE(outcome.isOk(), outcome.message());
        CHECK(outcome.value() == PushOutcome::Rejected);
        CHECK(remoteTip(remote, kRefA) == aTip);
    }

    SUBCASE("the other writer has fetched the remote history but diverged")
    {
        REQUIRE(b->fetch(remote, kNone).isOk());
        REQUIRE(b->tip(kTrackA).value() == aTip);
        append(*b, kRefA, batchBlob("copy", 1));
        append(*b, kRefA, batchBlob("copy", 2));
        const auto outcome = b->push(remote, kRefA, kNone);
        REQUIRE_MESSAGE(outcome.isOk(), outcome.message());
        CHECK(outcome.value() == PushOutcome::Rejected);
        CHECK(remoteTip(remote, kRefA) == aTip);
    }

    SUBCASE("a device restored from an old backup (behind the remote) is rejected, not rewound")
    {
        const QString oldDir = tmp.filePath(QStringLiteral("old"));
        auto old = openRepo(oldDir);
        REQUIRE(old->fetch(remote, kNone).isOk());
        const QString first = batches(*old, aTip, {}).front().id;
        REQUIRE(git({QStringLiteral("-C"), oldDir, QStringLiteral("update-ref"), kRefA, first}).exitCode ==
                0);
        const auto outcome = old->push(remote, kRefA, kNone);
        REQUIRE_MESSAGE(outcome.isOk(), outcome.message());
        CHECK(outcome.value() == PushOutcome::Rejected);
        CHECK(remoteTip(remote, kRefA) == aTip);
    }
}

TEST_CASE("push and fetch through git daemon on 127.0.0.1")
{
    QTemporaryDir tmp;
    const QString base = tmp.filePath(QStringLiteral("srv"));
    const QString remote = base + QStringLiteral("/team.git");
    REQUIRE(initBare(remote));
    GitDaemon daemon(base);
    REQUIRE_MESSAGE(daemon.isRunning(), daemon.errorString());
    const QString url = daemon.url(QStringLiteral("team.git"));

    auto a = openRepo(tmp.filePath(QStringLiteral("a")));
    auto b = openRepo(tmp.filePath(QStringLiteral("b")));

    const Status connected = a->testConnection(url, kNone);
    CHECK_MESSAGE(connected.isOk(), connected.message());

    // An empty remote fetches nothing.
    const auto empty = b->fetch(url, kNone);
    REQUIRE_MESSAGE(empty.isOk(), empty.message());
    CHECK(empty.value().isEmpty());

    const QString a1 = append(*a, kRefA, batchBlob("a", 1));
    auto pushed = a->push(url, kRefA, kNone);
    REQUIRE_MESSAGE(pushed.isOk(), pushed.message());
    CHECK(pushed.value() == PushOutcome::Pushed);
    CHECK(remoteTip(remote, kRefA) == a1);
    const auto again = a->push(url, kRefA, kNone);
    REQUIRE_MESSAGE(again.isOk(), again.message());
    CHECK(again.value() == PushOutcome::UpToDate);

    QString cursor;
    for (int round = 2; round <= 4; ++round) {
        const auto fetched = b->fetch(url, kNone);
        REQUIRE_MESSAGE(fetched.isOk(), fetched.message());
        CHECK(fetched.value() == QStringList{kTrackA});
        const QString tip = b->tip(kTrackA).value();
        const auto news = batches(*b, tip, cursor);
        REQUIRE(news.size() == 1);
        CHECK(news[0].blob == batchBlob("a", round - 1));
        cursor = tip;
        // Nothing new: a fetch changes nothing.
        CHECK(b->fetch(url, kNone).isOk());
        CHECK(b->tip(kTrackA).value() == tip);

        append(*a, kRefA, batchBlob("a", round));
        const auto ff = a->push(url, kRefA, kNone);
        REQUIRE_MESSAGE(ff.isOk(), ff.message());
        CHECK(ff.value() == PushOutcome::Pushed);
    }
    CHECK(remoteTip(remote, kRefA) == a->tip(kRefA).value());

    SUBCASE("another writer of the same ref is rejected")
    {
        auto c = openRepo(tmp.filePath(QStringLiteral("c")));
        append(*c, kRefA, batchBlob("copy", 1));
        const auto rejected = c->push(url, kRefA, kNone);
        REQUIRE_MESSAGE(rejected.isOk(), rejected.message());
        CHECK(rejected.value() == PushOutcome::Rejected);

        REQUIRE(c->fetch(url, kNone).isOk());
        const auto stillRejected = c->push(url, kRefA, kNone);
        REQUIRE(stillRejected.isOk());
        CHECK(stillRejected.value() == PushOutcome::Rejected);
        CHECK(remoteTip(remote, kRefA) == a->tip(kRefA).value());
    }

    SUBCASE("two devices, two refs")
    {
        append(*b, kRefB, batchBlob("b", 1));
        CHECK(b->push(url, kRefB, kNone).value() == PushOutcome::Pushed);
        const auto both = a->fetch(url, kNone);
        REQUIRE(both.isOk());
        CHECK(both.value() == (QStringList{kTrackA, kTrackB}));
        CHECK(batches(*a, a->tip(kTrackB).value(), {}).front().blob == batchBlob("b", 1));
    }

    SUBCASE("no such repository on the daemon")
    {
        const Status missing = a->testConnection(daemon.url(QStringLiteral("nope.git")), kNone);
        REQUIRE_FALSE(missing.isOk());
        CHECK(missing.message().contains(QStringLiteral("not a git repository")));
        const auto f = b->fetch(daemon.url(QStringLiteral("nope.git")), kNone);
        REQUIRE_FALSE(f.isOk());
        CHECK(f.message().contains(QStringLiteral("not a git repository")));
    }

    SUBCASE("a closed port is unreachable")
    {
        const QString closed = QStringLiteral("git://127.0.0.1:%1/team.git").arg(GitDaemon::freePort());
        const Status status = a->testConnection(closed, kNone);
        REQUIRE_FALSE(status.isOk());
        CHECK(status.message().contains(QStringLiteral("unreachable")));
        CHECK(status.message().contains(QStringLiteral("127.0.0.1")));
        const auto f = b->fetch(closed, kNone);
        REQUIRE_FALSE(f.isOk());
        CHECK(f.message().contains(QStringLiteral("unreachable")));
        const auto p = a->push(closed, kRefA, kNone);
        REQUIRE_FALSE(p.isOk());
        CHECK(p.message().contains(QStringLiteral("unreachable")));
    }
}

TEST_CASE("corrupt and truncated objects are reported, naming the commit")
{
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("a"));
    QString c1, c2;
    {
        auto repo = openRepo(dir);
        c1 = append(*repo, kRefA, batchBlob("a", 1));
        c2 = append(*repo, kRefA, batchBlob("a", 2));
    }
    auto blobOf = [&](const QString& commit) {
        return git({QStringLiteral("-C"), dir, QStringLiteral("rev-parse"),
                    commit + QStringLiteral(":batch.jsonl")})
            .out;
    };
    const QString blob1 = blobOf(c1), blob2 = blobOf(c2);
    REQUIRE(blob1.size() == 40);
    REQUIRE(QFileInfo::exists(loosePath(dir, blob2)));

    SUBCASE("damaged bytes")
    {
        QFile f(loosePath(dir, blob2));
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        REQUIRE(f.open(QIODevice::ReadWrite));
        QByteArray bytes = f.readAll();
        for (qsizetype i = 2; i < bytes.size(); i += 3)
            bytes[i] = static_cast<char>(bytes[i] ^ 0x5a);
        f.seek(0);
        f.write(bytes);
        f.close();

        auto repo = openRepo(dir);
        const auto result = repo->batchesSince(c2, {});
        REQUIRE_FALSE(result.isOk());
        CHECK(result.message().contains(c2));
        // The undamaged batch before it still reads.
        CHECK(batches(*repo, c1, {}).size() == 1);
    }

    SUBCASE("truncated file")
    {
        QFile f(loosePath(dir, blob1));
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        REQUIRE(f.resize(f.size() / 2));

        auto repo = openRepo(dir);
        const auto result = repo->batchesSince(c2, {});
        REQUIRE_FALSE(result.isOk());
        CHECK(result.message().contains(c1));
        CHECK_FALSE(repo->batchesSince(c1, {}).isOk());
        // Later batches after the cursor are still readable.
        CHECK(batches(*repo, c2, c1).size() == 1);
    }

    SUBCASE("a missing blob")
    {
        REQUIRE(QFile::remove(loosePath(dir, blob2)));
        auto repo = openRepo(dir);
        const auto result = repo->batchesSince(c2, c1);
        REQUIRE_FALSE(result.isOk());
        CHECK(result.message().contains(c2));
        CHECK(result.message().contains(blob2));
    }
}

TEST_CASE("devices on several threads push and fetch at once")
{
    QTemporaryDir tmp;
    const QString base = tmp.filePath(QStringLiteral("srv"));
    const QString remote = base + QStringLiteral("/team.git");
    REQUIRE(initBare(remote));
    GitDaemon daemon(base);
    REQUIRE_MESSAGE(daemon.isRunning(), daemon.errorString());

    constexpr int kDevices = 4;
    constexpr int kRounds = 4;
    std::vector<QString> failures(kDevices);
    std::vector<std::thread> threads;
    for (int device = 0; device < kDevices; ++device) {
        threads.emplace_back([&, device] {
            // One handle per thread; half the devices use the path, half git://.
            const QString url = device % 2 == 0 ? remote : daemon.url(QStringLiteral("team.git"));
            auto opened = GitRepo::open(tmp.filePath(QStringLiteral("d%1").arg(device)));
            if (!opened) {
                failures[device] = opened.message();
                return;
            }
            GitRepo& repo = *opened.value();
            const QString ref = QStringLiteral("refs/heads/summit/e1/device-%1").arg(device);
            for (int round = 0; round < kRounds; ++round) {
                const auto id = repo.appendBatch(ref, batchBlob("d", device * 100 + round),
                                                 QStringLiteral("b"), repo.tip(ref).value());
                const auto pushed = id ? repo.push(url, ref, kNone) : Result<PushOutcome>(id.error());
                const auto fetched = repo.fetch(url, kNone);
                if (!pushed || pushed.value() != PushOutcome::Pushed || !fetched) {
                    failures[device] = !pushed    ? pushed.message()
                                       : !fetched ? fetched.message()
                                                  : QStringLiteral("not pushed");
                    return;
                }
            }
        });
    }
    for (auto& t : threads)
        t.join();
    for (const QString& f : failures)
        CHECK_MESSAGE(f.isEmpty(), f);

    auto reader = openRepo(tmp.filePath(QStringLiteral("reader")));
    const auto fetched = reader->fetch(remote, kNone);
    REQUIRE(fetched.isOk());
    REQUIRE(fetched.value().size() == kDevices);
    for (int device = 0; device < kDevices; ++device) {
        const auto all = batches(*reader, reader->tip(fetched.value()[device]).value(), {});
        REQUIRE(all.size() == kRounds);
        CHECK(all.back().blob == batchBlob("d", device * 100 + kRounds - 1));
    }
}

TEST_CASE("a damaged loose object in a remote by path is reported by fetch, not read")
{
    QTemporaryDir tmp;
    const QString remote = tmp.filePath(QStringLiteral("remote.git"));
    REQUIRE(initBare(remote));
    // History written by plain git: loose objects in the remote.
    const QString blob = git({QStringLiteral("-C"), remote, QStringLiteral("hash-object"),
                              QStringLiteral("-w"), QStringLiteral("--stdin")},
                             batchBlob("git", 1))
                             .out;
    const QString tree = git({QStringLiteral("-C"), remote, QStringLiteral("mktree")},
                             QStringLiteral("100644 blob %1\tbatch.jsonl\n").arg(blob).toUtf8())
                             .out;
    const QString commit = git({QStringLiteral("-C"), remote, QStringLiteral("commit-tree"), tree,
                                QStringLiteral("-m"), QStringLiteral("batch")})
                               .out;
    REQUIRE(git({QStringLiteral("-C"), remote, QStringLiteral("update-ref"), kRefA, commit}).exitCode == 0);

    auto b = openRepo(tmp.filePath(QStringLiteral("b")));
    {
        auto probe = openRepo(tmp.filePath(QStringLiteral("probe")));
        const auto fetched = probe->fetch(remote, kNone);
        REQUIRE_MESSAGE(fetched.isOk(), fetched.message());
        CHECK(batches(*probe, commit, {}).front().blob == batchBlob("git", 1));
    }

    QFile f(loosePath(remote, blob));
    f.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    REQUIRE(f.resize(f.size() / 2));
    const auto fetched = b->fetch(remote, kNone);
    REQUIRE_FALSE(fetched.isOk());
    CHECK(fetched.message().contains(blob.mid(2)));
    CHECK(b->tip(kTrackA).value().isEmpty());
}

TEST_CASE("a refused login ends the operation with an authentication error")
{
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty()) {
        MESSAGE("python3 not found: skipping the http authentication test");
        return;
    }
    QTemporaryDir tmp;
    const QString countFile = tmp.filePath(QStringLiteral("requests"));
    // An http server on 127.0.0.1 that answers 401 to everything and counts requests.
    const QString script =
        QStringLiteral("import http.server, sys\n"
                       "count = 0\n"
                       "class H(http.server.BaseHTTPRequestHandler):\n"
                       "    def do_GET(self):\n"
                       "        global count\n"
                       "        count += 1\n"
                       "        open(sys.argv[2], 'w').write(str(count))\n"
                       "        self.send_response(401)\n"
                       "        self.send_header('WWW-Authenticate', 'Basic realm=\"summit\"')\n"
                       "        self.send_header('Content-Length', '0')\n"
                       "        self.end_headers()\n"
                       "    do_POST = do_GET\n"
                       "    def log_message(self, *args):\n"
                       "        pass\n"
                       "s = http.server.HTTPServer(('127.0.0.1', int(sys.argv[1])), H)\n"
                       "print('ready', flush=True)\n"
                       "s.serve_forever()\n");
    const quint16 port = GitDaemon::freePort();
    QProcess server;
    server.start(python, {QStringLiteral("-c"), script, QString::number(port), countFile});
    REQUIRE(server.waitForStarted(10000));
    REQUIRE(server.waitForReadyRead(10000));
    struct Kill
    {
        QProcess& p;
        ~Kill()
        {
            p.kill();
            p.waitForFinished(5000);
        }
    } kill{server};

    auto repo = openRepo(tmp.filePath(QStringLiteral("a")));
    const QString url = QStringLiteral("http://127.0.0.1:%1/team.git").arg(port);
    auto requests = [&] {
        QFile f(countFile);
        return f.open(QIODevice::ReadOnly) ? f.readAll().toInt() : 0;
    };

    Credentials wrong;
    wrong.username = QStringLiteral("alice");
    wrong.password = QStringLiteral("s3cret-token-value");
    const Status refused = repo->testConnection(url, wrong);
    REQUIRE_FALSE(refused.isOk());
    CHECK(refused.message().contains(QStringLiteral("Authentication failed")));
    CHECK_FALSE(refused.message().contains(wrong.password));
    CHECK(requests() >= 2);
    CHECK(requests() <= 4); // asked once without, once with the credentials: not forever

    const auto fetched = repo->fetch(url, wrong);
    REQUIRE_FALSE(fetched.isOk());
    CHECK(fetched.message().contains(QStringLiteral("Authentication failed")));

    const Status none = repo->testConnection(url, kNone);
    REQUIRE_FALSE(none.isOk());
    CHECK(none.message().contains(QStringLiteral("none are configured")));

    // Credentials in the URL never reach a message.
    const QString withSecret = QStringLiteral("http://alice:url-secret-42@127.0.0.1:%1/team.git").arg(port);
    const Status inUrl = repo->testConnection(withSecret, kNone);
    REQUIRE_FALSE(inUrl.isOk());
    CHECK_FALSE(inUrl.message().contains(QStringLiteral("url-secret-42")));
    CHECK(inUrl.message().contains(QStringLiteral("127.0.0.1")));
}
