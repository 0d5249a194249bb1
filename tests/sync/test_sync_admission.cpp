// Replication under attack by someone with push access to the team remote: batches
// made by hand on another device's ref, with a gap in its numbering, a lie about the
// batch before them, another team's name or a clock far ahead. Each one is refused,
// quarantined with its reason (SyncStatus::quarantined, as the Sync page and
// `sync status` show it), the local database is unchanged by it, the device's later
// batches wait behind it, and every other device's changes keep arriving.
//
// Batches put on a's ref are signed with a's own key unless a test says otherwise, as
// a's Summit (faulty, or its key stolen) would sign them: the checks of numbering,
// chain, team and clock hold even for a device that signs. Unsigned batches and
// batches signed with another key are refused before any of that.
#include "StoreFixture.h"
#include "SyncFixture.h"
#include "store/Hlc.h"
#include "store/SyncKeys.h"
#include "sync/BatchFormat.h"
#include "sync/GitRepo.h"

using namespace summit;
using test::Replica;

namespace {

const QString kAccount = QStringLiteral("account");

Operation nameOp(const QString& id, const QString& name)
{
    return Operation::set(kAccount, id, {{QStringLiteral("name"), name}});
}

// A batch of `replica` with one operation per name, numbered from `firstSeq`,
// stamped `millis` (the wall clock of the forger).
sync::Batch forged(const QString& replica, qint64 firstSeq, const QStringList& names, qint64 millis)
{
    std::vector<Operation> ops;
    for (const QString& name : names)
        ops.push_back(nameOp(ids::newId(), name));
    return test::forgedBatch(replica, firstSeq, ops, millis);
}

QString pushForged(const QString& remote, const QString& ref, sync::Batch batch,
                   const std::optional<QString>& previous = std::nullopt,
                   const sync::DeviceKey* signer = nullptr)
{
    return test::pushForgedBatch(remote, ref, std::move(batch), previous, signer);
}

// Three devices on one remote: a (whose ref is forged on), b (who receives), c (honest, keeps writing).
struct Team
{
    QTemporaryDir dir;
    QString remote;
    std::unique_ptr<Replica> a, b, c;
    QString accountOfA;
    Team()
    {
        remote = test::makeBareRemote(dir.filePath(QStringLiteral("team.git")));
        a = std::make_unique<Replica>(dir.filePath(QStringLiteral("a.db")));
        b = std::make_unique<Replica>(dir.filePath(QStringLiteral("b.db")));
        c = std::make_unique<Replica>(dir.filePath(QStringLiteral("c.db")));
        accountOfA = ids::newId();
        REQUIRE(a->apply(nameOp(accountOfA, QStringLiteral("甲集团"))));
        a->sync(remote);
        b->sync(remote);
        REQUIRE(b->exportJson().contains("甲集团"));
        keyOfA = std::make_unique<sync::DeviceKey>(a->deviceKey());
    }
    std::unique_ptr<sync::DeviceKey> keyOfA;
    QString refOfA() const { return a->engine->ownRef(); }
    // A batch on a's ref, signed with a's key.
    QString pushAsA(sync::Batch batch, const std::optional<QString>& previous = std::nullopt)
    {
        return pushForged(remote, refOfA(), std::move(batch), previous, keyOfA.get());
    }
    // c writes something new and ships it; b's next round must bring it whatever else happens.
    QString honestEdit(const QString& name)
    {
        const QString id = ids::newId();
        REQUIRE(c->apply(nameOp(id, name)));
        c->sync(remote);
        return id;
    }
};

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

TEST_CASE("a batch that skips sequence numbers is quarantined; other devices flow on")
{
    Team t;
    const QByteArray before = t.b->exportJson();
    // a wrote operation 1; a batch starting at 3 hides operation 2.
    const QString bad = t.pushAsA(forged(t.a->store->replicaId(), 3, {QStringLiteral("伪造")}, now()));
    const QString honest = t.honestEdit(QStringLiteral("丙公司"));

    const sync::SyncReport r = t.b->sync(t.remote);
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems.first().contains(QStringLiteral("operation 2 comes next")));
    const QByteArray after = t.b->exportJson();
    CHECK_FALSE(after.contains("伪造"));
    CHECK(after.contains("丙公司")); // c's stream was not held up
    CHECK(after.size() > before.size());

    const sync::SyncStatus status = t.b->engine->status();
    REQUIRE(status.quarantined.size() == 1);
    CHECK(status.quarantined[0].replica == t.a->store->replicaId());
    CHECK(status.quarantined[0].commit == bad);
    CHECK(status.quarantined[0].reason == r.problems.first());
    CHECK(status.quarantined[0].since.isValid());

    // The next round refuses the same batch again, first refused at the same time.
    const sync::SyncReport again = t.b->sync(t.remote);
    CHECK(again.problems.size() == 1);
    REQUIRE(t.b->engine->status().quarantined.size() == 1);
    CHECK(t.b->engine->status().quarantined[0].commit == bad);
    CHECK(t.b->engine->status().quarantined[0].since == status.quarantined[0].since);

    // a itself finds its ref rewritten by someone else: it keeps its new work moving
    // under a new replica id, and b receives it, while the forged batch stays refused.
    const QString oldA = t.a->store->replicaId();
    REQUIRE(t.a->apply(nameOp(ids::newId(), QStringLiteral("甲之后"))));
    auto pushed = t.a->engine->sync(t.remote);
    REQUIRE(pushed.isOk());
    if (t.a->store->replicaId() == oldA)
        t.a->sync(t.remote); // the second refusal of its push is what moves it
    CHECK(t.a->store->replicaId() != oldA);
    t.b->sync(t.remote);
    CHECK(t.b->exportJson().contains("甲之后"));
    CHECK_FALSE(t.b->exportJson().contains("伪造"));
    REQUIRE(t.b->engine->status().quarantined.size() == 1);
    CHECK(t.b->engine->status().quarantined[0].replica == oldA);
    Q_UNUSED(honest);
}

TEST_CASE("a batch that lies about the batch before it is quarantined")
{
    Team t;
    auto tip = t.a->engine->repo().tip(t.refOfA());
    REQUIRE(tip.isOk());
    sync::Batch b = forged(t.a->store->replicaId(), 2, {QStringLiteral("说谎")}, now());
    t.pushAsA(b, QStringLiteral("0123456789abcdef0123456789abcdef01234567"));
    const sync::SyncReport r = t.b->sync(t.remote);
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems.first().contains(QStringLiteral("0123456789ab")));
    CHECK_FALSE(t.b->exportJson().contains("说谎"));
    CHECK(t.b->engine->status().quarantined.size() == 1);
}

TEST_CASE("a batch of another team is quarantined")
{
    Team t;
    REQUIRE(t.b->store->setLocalValue(synckeys::kTeam, QStringLiteral("summit")));
    sync::Batch b = forged(t.a->store->replicaId(), 2, {QStringLiteral("别队")}, now());
    b.header.team = QStringLiteral("other-team");
    t.pushAsA(b);
    const sync::SyncReport r = t.b->sync(t.remote);
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems.first().contains(QStringLiteral("other-team")));
    CHECK_FALSE(t.b->exportJson().contains("别队"));
}

TEST_CASE("an honest batch passes the transport's checks: numbering, chain and replays")
{
    Team t;
    sync::Batch b = forged(t.a->store->replicaId(), 2, {QStringLiteral("乙"), QStringLiteral("丁")}, now());
    t.pushAsA(b);
    const sync::SyncReport r = t.b->sync(t.remote);
    CHECK(r.problems.isEmpty());
    CHECK(t.b->exportJson().contains("丁"));
    CHECK(t.b->engine->status().quarantined.empty());
}

TEST_CASE("a batch refused for a clock far ahead passes once the clock has caught up")
{
    Team t;
    const qint64 twoDays = 2LL * 24 * 3600 * 1000;
    t.pushAsA(forged(t.a->store->replicaId(), 2, {QStringLiteral("未来")}, now() + twoDays));
    sync::SyncReport r = t.b->sync(t.remote);
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems.first().contains(QStringLiteral("ahead")));
    REQUIRE(t.b->engine->status().quarantined.size() == 1);
    const quint64 clockBefore = t.b->store->clock().last();

    // Two days later (this computer's clock), the same batch is in time: it passes and its entry goes.
    const qint64 later = now() + twoDays;
    t.b->store->setWallClock([later] { return later; });
    r = t.b->sync(t.remote);
    CHECK(r.problems.isEmpty());
    CHECK(t.b->exportJson().contains("未来"));
    CHECK(t.b->engine->status().quarantined.empty());
    CHECK(t.b->store->clock().last() > clockBefore);
}

TEST_CASE("a device whose clock is more than five minutes ahead is named, not refused")
{
    Team t;
    t.pushAsA(forged(t.a->store->replicaId(), 2, {QStringLiteral("快钟")}, now() + 20 * 60 * 1000));
    sync::SyncReport r = t.b->sync(t.remote);
    CHECK(r.problems.isEmpty());
    REQUIRE(r.warnings.size() == 1);
    CHECK(r.warnings.first().contains(t.a->store->replicaId()));
    CHECK(r.driftingReplicas == QStringList{t.a->store->replicaId()});
    CHECK(t.b->exportJson().contains("快钟"));

    // A minute ahead is ordinary: nothing to say.
    t.pushAsA(forged(t.a->store->replicaId(), 3, {QStringLiteral("慢钟")}, now() + 60 * 1000));
    r = t.b->sync(t.remote);
    CHECK(r.warnings.isEmpty());
    CHECK(t.b->exportJson().contains("慢钟"));
}

TEST_CASE("a device's stream belongs to its key: unsigned, wrongly signed and altered batches are refused")
{
    Team t;
    // a's batches on the remote are signed with the key in its git directory, and b bound
    // a's stream to that key when it integrated the first of them.
    REQUIRE(t.b->store->localValue(synckeys::kStreamKeyPrefix + t.a->store->replicaId()).toString() ==
            QString::fromLatin1(t.keyOfA->publicKey().toBase64()));
    const QByteArray before = t.b->exportJson();
    const quint64 clockBefore = t.b->store->clock().last();
    const QString replicaA = t.a->store->replicaId();

    auto refusedWith = [&](const QString& bad, const char* words) {
        const sync::SyncReport r = t.b->sync(t.remote);
        REQUIRE(r.problems.size() == 1);
        CHECK(r.problems.first().contains(QString::fromUtf8(words)));
        CHECK(t.b->exportJson() == before);
        CHECK(t.b->store->clock().last() == clockBefore);
        const sync::SyncStatus status = t.b->engine->status();
        REQUIRE(status.quarantined.size() == 1);
        CHECK(status.quarantined[0].replica == replicaA);
        CHECK(status.quarantined[0].commit == bad);
    };
    SUBCASE("unsigned, as if from an older Summit")
    {
        refusedWith(pushForged(t.remote, t.refOfA(), forged(replicaA, 2, {QStringLiteral("无签名")}, now())),
                    "is not signed, but device");
    }
    SUBCASE("signed with another key")
    {
        const sync::DeviceKey other = sync::DeviceKey::generate();
        refusedWith(pushForged(t.remote, t.refOfA(), forged(replicaA, 2, {QStringLiteral("冒名")}, now()), {},
                               &other),
                    "not device");
    }
    SUBCASE("a's signature, with the contents changed afterwards")
    {
        auto raw = sync::GitRepo::open(t.remote);
        REQUIRE(raw.isOk());
        auto tip = raw.value()->tip(t.refOfA());
        REQUIRE(tip.isOk());
        sync::Batch b = forged(replicaA, 2, {QStringLiteral("原文")}, now());
        b.header.previous = tip.value();
        QByteArray bytes = sync::encodeBatch(b, t.keyOfA.get());
        bytes.replace(QStringLiteral("原文").toUtf8(), QStringLiteral("改文").toUtf8());
        auto bad = raw.value()->appendBatch(t.refOfA(), bytes, QStringLiteral("forged"), tip.value());
        REQUIRE(bad.isOk());
        refusedWith(bad.value(), "does not match its contents");
    }
    // Whatever was refused, c's honest work still arrives, and a's own next batch waits
    // behind the refused one (it builds on it in a's history) without being lost: a
    // finds its ref rewritten and moves to a new replica id.
    const QString honest = t.honestEdit(QStringLiteral("丙公司"));
    t.b->sync(t.remote);
    CHECK(t.b->exportJson().contains("丙公司"));
    Q_UNUSED(honest);
    // a, with nothing new, finds its ref moved by someone else: its round still succeeds
    // (Replica::sync requires it), and what it writes next goes out under a new id.
    t.a->sync(t.remote);
    CHECK(t.a->store->replicaId() != replicaA);
    REQUIRE(t.a->apply(nameOp(ids::newId(), QStringLiteral("甲之后"))));
    t.a->sync(t.remote);
    t.b->sync(t.remote);
    CHECK(t.b->exportJson().contains("甲之后"));
    CHECK(t.b->engine->status().quarantined.size() == 1); // still the refused batch, nothing more
}

TEST_CASE("a stream of an older device starts signing once; a lost key file starts a new stream")
{
    QTemporaryDir dir;
    const QString remote = test::makeBareRemote(dir.filePath(QStringLiteral("team.git")));
    Replica a(dir.filePath(QStringLiteral("a.db")));
    Replica b(dir.filePath(QStringLiteral("b.db")));
    // A device of an older Summit wrote unsigned batches to its stream (numbers 1 and 2).
    const QString old = QStringLiteral("0123456789abcdef");
    const QString oldRef = QStringLiteral("refs/heads/summit/e1/") + old;
    test::pushForgedBatch(remote, oldRef,
                          test::forgedBatch(old, 1, {nameOp(ids::newId(), QStringLiteral("旧一"))}, now()));
    b.sync(remote);
    CHECK(b.exportJson().contains("旧一"));
    CHECK(b.store->localValue(synckeys::kStreamKeyPrefix + old).toString().isEmpty());
    // Upgraded, it signs: its first signed batch binds the stream to its key...
    const sync::DeviceKey upgraded = sync::DeviceKey::generate();
    test::pushForgedBatch(remote, oldRef,
                          test::forgedBatch(old, 2, {nameOp(ids::newId(), QStringLiteral("旧二"))}, now()),
                          std::nullopt, &upgraded);
    b.sync(remote);
    CHECK(b.exportJson().contains("旧二"));
    CHECK(b.store->localValue(synckeys::kStreamKeyPrefix + old).toString() ==
          QString::fromLatin1(upgraded.publicKey().toBase64()));
    // ...and an unsigned batch after it is refused.
    test::pushForgedBatch(remote, oldRef,
                          test::forgedBatch(old, 3, {nameOp(ids::newId(), QStringLiteral("旧三"))}, now()));
    CHECK(b.sync(remote).problems.size() == 1);
    CHECK_FALSE(b.exportJson().contains("旧三"));

    // a signs from its first batch; its key file is then lost. Its next work goes out
    // under a new replica id, signed with the new key, and b receives all of it.
    const QString first = ids::newId();
    REQUIRE(a.apply(nameOp(first, QStringLiteral("甲一"))));
    a.sync(remote);
    const QString idBefore = a.store->replicaId();
    const QByteArray keyBefore = a.deviceKey().publicKey();
    REQUIRE(QFile::remove(sync::SyncEngine::defaultGitDir(a.dbPath) + QStringLiteral("/device-key")));
    a.reopen();
    REQUIRE(a.apply(nameOp(ids::newId(), QStringLiteral("甲二"))));
    const sync::SyncReport moved = a.sync(remote);
    CHECK(moved.replicaIdChanged); // and the user is told why
    CHECK(moved.keyReplaced);
    CHECK(a.store->replicaId() != idBefore);
    CHECK(a.deviceKey().publicKey() != keyBefore);
    const sync::SyncReport r = b.sync(remote);
    CHECK(r.problems.size() == 1); // still only the old device's unsigned batch
    CHECK(b.exportJson().contains("甲一"));
    CHECK(b.exportJson().contains("甲二"));
#ifdef Q_OS_UNIX
    // The new key file is the user's alone.
    CHECK(
        QFile::permissions(sync::SyncEngine::defaultGitDir(a.dbPath) + QStringLiteral("/device-key")) ==
        (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
#endif
}
