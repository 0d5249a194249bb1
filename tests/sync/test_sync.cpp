// Replication through a real bare git repository on disk: several replicas in
// one process, randomised edits, deletes, moves and sync schedules, with a forger
// pushing batches of its own among them.
//
//   SUMMIT_SYNC_RANDOM_RUNS=1000 build/dev/tests/sync/test_sync -tc="randomised*"
#include "StoreFixture.h"
#include "SyncFixture.h"
#include "store/Queries.h"
#include "sync/DeviceKey.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSet>
#include <random>

using namespace summit;
using test::Replica;

namespace {
const QString kAccount = QStringLiteral("account");
const QString kUnit = QStringLiteral("org_unit");
const QString kContact = QStringLiteral("contact");

Operation setOp(const QString& entity, const QString& id, FieldValues f)
{
    return Operation::set(entity, id, std::move(f));
}

// Every org unit reaches a root without a cycle.
void checkAcyclic(Store& store)
{
    ListFilter all;
    all.includeDeleted = true;
    auto units = listRecords(store.reader(), kUnit, all);
    REQUIRE(units.isOk());
    QHash<QString, QString> parent;
    for (const QVariantMap& u : units.value())
        parent.insert(u.value(QStringLiteral("id")).toString(),
                      u.value(QStringLiteral("parent_id")).toString());
    for (auto it = parent.begin(); it != parent.end(); ++it) {
        QString cursor = it.key();
        int steps = 0;
        while (!cursor.isEmpty() && steps <= parent.size()) {
            cursor = parent.value(cursor);
            ++steps;
        }
        CHECK(steps <= parent.size());
    }
}
} // namespace

TEST_CASE("two replicas: edits travel both ways, joining brings everything")
{
    QTemporaryDir dir;
    const QString remote = test::makeBareRemote(dir.filePath(QStringLiteral("team.git")));
    Replica a(dir.filePath(QStringLiteral("a.db")));
    const QString acc = ids::newId(), wang = ids::newId();
    REQUIRE(a.apply(setOp(kAccount, acc, {{QStringLiteral("name"), QStringLiteral("华为技术有限公司")}})));
    REQUIRE(a.apply(
        setOp(kContact, wang,
              {{QStringLiteral("account_id"), acc}, {QStringLiteral("name"), QStringLiteral("王建国")}})));
    const auto first = a.sync(remote);
    CHECK(first.sealedOperations == 2);
    CHECK(first.pushedBatches == 1);
    CHECK(a.engine->status().pendingOperations == 0);

    Replica b(dir.filePath(QStringLiteral("b.db")));
    const auto joined = b.sync(remote);
    CHECK(joined.receivedOperations == 2);
    CHECK(b.exportJson() == a.exportJson());

    REQUIRE(b.apply(setOp(kContact, wang, {{QStringLiteral("stance"), QStringLiteral("champion")}})));
    CHECK(b.engine->status().pendingOperations == 1);
    b.sync(remote);
    CHECK(a.sync(remote).receivedOperations == 1);
    CHECK(a.get(kContact, wang, QStringLiteral("stance")) == QStringLiteral("champion"));
    CHECK(a.exportJson() == b.exportJson());
    // Nothing new: nothing sent, nothing received, nothing changed.
    const QByteArray before = a.exportJson();
    const auto idle = a.sync(remote);
    CHECK(idle.sealedOperations == 0);
    CHECK(idle.receivedOperations == 0);
    CHECK(a.exportJson() == before);
}

TEST_CASE("concurrent edits, deletes and moves converge; losers are kept as conflicts")
{
    QTemporaryDir dir;
    const QString remote = test::makeBareRemote(dir.filePath(QStringLiteral("team.git")));
    Replica a(dir.filePath(QStringLiteral("a.db"))), b(dir.filePath(QStringLiteral("b.db")));
    const QString acc = ids::newId(), hq = ids::newId(), u1 = ids::newId(), u2 = ids::newId(),
                  c = ids::newId();
    REQUIRE(a.apply(setOp(kAccount, acc, {{QStringLiteral("name"), QStringLiteral("中国移动")}})));
    REQUIRE(a.apply(setOp(
        kUnit, hq, {{QStringLiteral("account_id"), acc}, {QStringLiteral("name"), QStringLiteral("总部")}})));
    REQUIRE(a.apply(setOp(kUnit, u1,
                          {{QStringLiteral("account_id"), acc},
                           {QStringLiteral("name"), QStringLiteral("一部")},
                           {QStringLiteral("parent_id"), hq}})));
    REQUIRE(a.apply(setOp(kUnit, u2,
                          {{QStringLiteral("account_id"), acc},
                           {QStringLiteral("name"), QStringLiteral("二部")},
                           {QStringLiteral("parent_id"), hq}})));
    REQUIRE(a.apply(
        setOp(kContact, c,
              {{QStringLiteral("account_id"), acc}, {QStringLiteral("name"), QStringLiteral("李娜")}})));
    a.sync(remote);
    b.sync(remote);

    // Offline, both change the same field, move the units under each other, and one deletes what the other
    // edits.
    REQUIRE(a.apply(setOp(kAccount, acc, {{QStringLiteral("tier"), QStringLiteral("S")}})));
    REQUIRE(b.apply(setOp(kAccount, acc, {{QStringLiteral("tier"), QStringLiteral("A")}})));
    REQUIRE(a.apply(Operation::move(kUnit, u1, QStringLiteral("parent_id"), u2)));
    REQUIRE(b.apply(Operation::move(kUnit, u2, QStringLiteral("parent_id"), u1)));
    REQUIRE(a.apply(Operation::remove(kContact, c)));
    REQUIRE(b.apply(setOp(kContact, c, {{QStringLiteral("title"), QStringLiteral("CIO")}})));

    a.sync(remote);
    b.sync(remote);
    a.sync(remote);
    CHECK(a.exportJson() == b.exportJson());
    checkAcyclic(*a.store);
    // One of the two moves was skipped; both units still hang under the tree.
    const QString p1 = a.get(kUnit, u1, QStringLiteral("parent_id")).toString(),
                  p2 = a.get(kUnit, u2, QStringLiteral("parent_id")).toString();
    CHECK(((p1 == u2 && p2 == hq) || (p2 == u1 && p1 == hq)));
    // The tier write that lost is visible on both, as is the delete that the concurrent edit beat.
    auto conflicts = listConflicts(b.store->reader());
    REQUIRE(conflicts.isOk());
    int tierConflicts = 0, trashFlags = 0;
    for (const ConflictRow& row : conflicts.value()) {
        tierConflicts += row.field == QStringLiteral("tier") && row.kind == QStringLiteral("field");
        trashFlags += row.entityId == c && row.kind == QStringLiteral("deleted");
    }
    CHECK(tierConflicts == 1);
    CHECK(trashFlags == 1);
    CHECK(a.get(kContact, c, QStringLiteral("deleted")) == 0); // the concurrent edit kept it
    CHECK(b.get(kContact, c, QStringLiteral("deleted")) == 0);
    CHECK(a.get(kContact, c, QStringLiteral("title")) == QStringLiteral("CIO"));
}

namespace {

// Someone with push access to the remote but no device of the team, who now and then
// appends a batch to a ref of its own: an honest-looking one, which every replica
// integrates, or one that breaks a rule, which every replica refuses and quarantines the
// same way (the forger then starts again under a new id, its old stream stopped there).
// Every other of its streams is signed with its own key. It also appends batches to team
// devices' signed streams, unsigned or signed with its key: refused everywhere, and the
// device goes on under a new id.
struct Forger
{
    QString remote;
    unsigned seed = 0;
    int identity = 0;
    qint64 next = 1;       // the next sequence number of the current identity
    int refused = 0;       // dishonest batches pushed on its own refs: one quarantined stream each
    QSet<QString> victims; // team devices whose signed streams it appended to: one quarantined stream each
    QStringList made;      // accounts its honest batches created
    const sync::DeviceKey key = sync::DeviceKey::generate(); // it signs its own streams

    QString replica() const { return QStringLiteral("forger%1x%2").arg(seed).arg(identity); }
    QString ref() const { return QStringLiteral("refs/heads/summit/e1/") + replica(); }

    void forge(std::mt19937& rng, const QString& account, const std::vector<QString>& people,
               const QString& victim)
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const QString person = people[rng() % people.size()];
        const QString fresh = ids::newId();
        const Operation honest = setOp(kAccount, fresh, {{QStringLiteral("name"), QStringLiteral("伪客户")}});
        sync::Batch b;
        switch (rng() % 7) {
        case 0:
        case 1: // honest-looking: a new account, on a stream that signs (every other identity) or not
            test::pushForgedBatch(remote, ref(), test::forgedBatch(replica(), next++, {honest}, now),
                                  std::nullopt, identity % 2 ? &key : nullptr);
            made << fresh;
            return;
        case 6: { // a batch appended to a team device's signed stream, unsigned or with its own key
            const QString victimRef = QStringLiteral("refs/heads/summit/e1/") + victim;
            auto raw = sync::GitRepo::open(remote);
            REQUIRE(raw.isOk());
            auto tip = raw.value()->tip(victimRef);
            REQUIRE(tip.isOk());
            if (tip.value().isEmpty())
                return; // nothing of it pushed yet: a stream nobody has signed is not its to take over
            test::pushForgedBatch(remote, victimRef, test::forgedBatch(victim, 1'000'000, {honest}, now),
                                  std::nullopt, rng() % 2 ? &key : nullptr);
            victims.insert(victim);
            return;
        }
        case 2: // the account's id used as a contact's
            b = test::forgedBatch(
                replica(), next,
                {honest, setOp(kContact, account, {{QStringLiteral("stance"), QStringLiteral("champion")}})},
                now);
            break;
        case 3: // a clock two days ahead
            b = test::forgedBatch(replica(), next, {honest}, now + 2 * 86'400'000);
            break;
        case 4: // a stance that is no choice
            b = test::forgedBatch(
                replica(), next,
                {setOp(kContact, person, {{QStringLiteral("stance"), QStringLiteral("bogus")}})}, now);
            break;
        default: // an operation that claims to be a team member's device's
            b = test::forgedBatch(replica(), next, {honest}, now);
            b.ops.front().opId = QStringLiteral("%1:%2").arg(victim).arg(1 + rng() % 5);
            break;
        }
        test::pushForgedBatch(remote, ref(), b, std::nullopt, identity % 2 ? &key : nullptr);
        ++refused;
        ++identity;
        next = 1;
    }
};

// Returns how many batches the forger pushed: honest ones and ones that broke a rule.
std::pair<int, int> randomRun(int replicaCount, unsigned seed)
{
    CAPTURE(replicaCount);
    CAPTURE(seed);
    std::mt19937 rng(seed);
    QTemporaryDir dir;
    const QString remote = test::makeBareRemote(dir.filePath(QStringLiteral("team.git")));
    std::vector<std::unique_ptr<Replica>> reps;
    for (int i = 0; i < replicaCount; ++i)
        reps.push_back(std::make_unique<Replica>(dir.filePath(QStringLiteral("r%1.db").arg(i))));
    // A shared starting point: one account with a few units and contacts.
    const QString acc = ids::newId();
    std::vector<QString> units, people;
    REQUIRE(reps[0]->apply(setOp(kAccount, acc, {{QStringLiteral("name"), QStringLiteral("长江能源集团")}})));
    for (int i = 0; i < 6; ++i) {
        units.push_back(ids::newId());
        FieldValues f = {{QStringLiteral("account_id"), acc},
                         {QStringLiteral("name"), QStringLiteral("单位%1").arg(i)}};
        if (i > 0)
            f.emplace_back(QStringLiteral("parent_id"), units[0]);
        REQUIRE(reps[0]->apply(setOp(kUnit, units.back(), f)));
    }
    for (int i = 0; i < 6; ++i) {
        people.push_back(ids::newId());
        REQUIRE(reps[0]->apply(setOp(kContact, people.back(),
                                     {{QStringLiteral("account_id"), acc},
                                      {QStringLiteral("name"), QStringLiteral("员工%1").arg(i)}})));
    }
    for (auto& r : reps)
        r->sync(remote);
    Forger forger;
    forger.remote = remote;
    forger.seed = seed;

    const QStringList stances = {QStringLiteral("champion"), QStringLiteral("supporter"),
                                 QStringLiteral("neutral"), QStringLiteral("opponent")};
    for (int step = 0; step < 40 * replicaCount; ++step) {
        Replica& r = *reps[rng() % reps.size()];
        switch (rng() % 7) {
        case 0:
        case 1:
            CHECK(r.apply(setOp(kContact, people[rng() % people.size()],
                                {{QStringLiteral("stance"), stances[int(rng() % 4)]}})));
            break;
        case 2:
            CHECK(
                r.apply(setOp(kAccount, acc,
                              {{QStringLiteral("tier"), QStringList{QStringLiteral("S"), QStringLiteral("A"),
                                                                    QStringLiteral("B")}[int(rng() % 3)]}})));
            break;
        case 3: // moves that would make a cycle locally are refused; concurrent ones are sorted out on
                // integration
            (void)r.apply(Operation::move(kUnit, units[rng() % units.size()], QStringLiteral("parent_id"),
                                          units[rng() % units.size()]));
            break;
        case 4:
            CHECK(r.apply(rng() % 2 ? Operation::remove(kContact, people[rng() % people.size()])
                                    : Operation::restore(kContact, people[rng() % people.size()])));
            break;
        default:
            if (rng() % 5 == 0)
                forger.forge(rng, acc, people, r.store->replicaId());
            else if (rng() % 3 != 0) // partitions: some replicas stay offline for a while
                r.sync(remote);
        }
    }
    // Everyone comes back online: two rounds reach everyone.
    for (int round = 0; round < 2; ++round)
        for (auto& r : reps)
            r->sync(remote);
    const QByteArray expected = reps[0]->exportJson();
    for (auto& r : reps) {
        CHECK(r->exportJson() == expected);
        checkAcyclic(*r->store);
        const sync::SyncStatus status = r->engine->status();
        CHECK(status.pendingOperations == 0);
        // Every forged stream that broke a rule stopped at the same batch on every replica.
        CHECK(int(status.quarantined.size()) == forger.refused + int(forger.victims.size()));
        for (const QString& made : forger.made)
            CHECK(r->get(kAccount, made, QStringLiteral("name")) == QStringLiteral("伪客户"));
        // What each replica let in is what its log says.
        REQUIRE(r->store->rebuildFromLog());
        CHECK(r->exportJson() == expected);
    }
    // Applying every batch again changes nothing.
    Replica& again = *reps.back();
    REQUIRE(test::writeBehindStore(again.store->path(),
                                   QStringLiteral("DELETE FROM local WHERE key LIKE 'sync.cursor.%'")));
    const auto replay = again.engine->integrateFetched();
    REQUIRE(replay.isOk());
    CHECK(replay.value().receivedOperations == 0);
    CHECK(replay.value().appliedBatches > 0);
    CHECK(again.exportJson() == expected);
    return {int(forger.made.size()), forger.refused + int(forger.victims.size())};
}
} // namespace

TEST_CASE("randomised 2-, 3- and 5-replica runs, a forger among them, end in byte-identical exports")
{
    // Three schedules with every test run; SUMMIT_SYNC_RANDOM_RUNS=N runs N (seeds 1..N).
    bool given = false;
    const int runs = qEnvironmentVariableIntValue("SUMMIT_SYNC_RANDOM_RUNS", &given);
    const int counts[] = {2, 3, 5};
    int honest = 0, refused = 0;
    for (int i = 0; i < (given ? runs : 3); ++i) {
        const auto [h, r] = randomRun(counts[i % 3], unsigned(i + 1));
        honest += h;
        refused += r;
    }
    MESSAGE("forged batches: " << honest << " honest, " << refused << " refused");
    CHECK(honest > 0);
    CHECK(refused > 0);
}

TEST_CASE("a corrupt remote batch is refused and leaves the local database unchanged")
{
    QTemporaryDir dir;
    const QString remote = test::makeBareRemote(dir.filePath(QStringLiteral("team.git")));
    Replica a(dir.filePath(QStringLiteral("a.db"))), b(dir.filePath(QStringLiteral("b.db")));
    REQUIRE(a.apply(setOp(kAccount, ids::newId(), {{QStringLiteral("name"), QStringLiteral("甲")}})));
    a.sync(remote);
    // Replace the batch blob on the remote with garbage of the same shape: a new
    // commit on a's ref whose blob does not parse.
    {
        auto raw = sync::GitRepo::open(remote);
        REQUIRE(raw.isOk());
        const QString ref = a.engine->ownRef();
        auto tip = raw.value()->tip(ref);
        REQUIRE(tip.isOk());
        REQUIRE(raw.value()
                    ->appendBatch(ref, QByteArray("{\"format\":\"summit-batch\",\"version\":1}\nnot json\n"),
                                  QStringLiteral("bad"), tip.value())
                    .isOk());
    }
    const QByteArray before = b.exportJson();
    auto r = b.engine->sync(remote);
    REQUIRE(r.isOk());
    CHECK(r.value().appliedBatches == 1); // the good first batch
    REQUIRE(r.value().problems.size() == 1);
    CHECK(r.value().problems.first().contains(QStringLiteral("malformed")));
    const QByteArray after = b.exportJson();
    CHECK(after != before);
    CHECK(after.contains("甲"));
    // The next round still refuses it and changes nothing more.
    auto again = b.engine->sync(remote);
    REQUIRE(again.isOk());
    CHECK(again.value().problems.size() == 1);
    CHECK(b.exportJson() == after);
    // Rounds that refused a batch leave the store's connection read-only behind them.
    CHECK_FALSE(b.store->reader().exec(QStringLiteral("DELETE FROM accounts")).isOk());
}

TEST_CASE("a database restored from an old copy takes a new replica id and loses nothing")
{
    QTemporaryDir dir;
    const QString remote = test::makeBareRemote(dir.filePath(QStringLiteral("team.git")));
    Replica a(dir.filePath(QStringLiteral("a.db")));
    const QString acc = ids::newId();
    REQUIRE(a.apply(setOp(kAccount, acc, {{QStringLiteral("name"), QStringLiteral("备份测试集团")}})));
    a.sync(remote);
    // The backup: the database file as it is now (its git directory is rebuilt on open).
    a.engine.reset();
    a.store.reset();
    REQUIRE(QFile::copy(a.dbPath, dir.filePath(QStringLiteral("copy.db"))));
    a.reopen();
    REQUIRE(a.apply(setOp(kAccount, acc, {{QStringLiteral("tier"), QStringLiteral("S")}})));
    a.sync(remote);

    Replica restored(dir.filePath(QStringLiteral("copy.db")));
    const QString oldId = restored.store->replicaId();
    REQUIRE(restored.apply(setOp(kAccount, acc, {{QStringLiteral("region"), QStringLiteral("华中")}})));
    const auto r = restored.sync(remote);
    CHECK(r.replicaIdChanged);
    CHECK(restored.store->replicaId() != oldId);
    a.sync(remote);
    restored.sync(remote);
    CHECK(a.exportJson() == restored.exportJson());
    CHECK(a.get(kAccount, acc, QStringLiteral("tier")) == QStringLiteral("S"));
    CHECK(a.get(kAccount, acc, QStringLiteral("region")) == QStringLiteral("华中"));
}

TEST_CASE("clock skew of hours does not block acceptance")
{
    QTemporaryDir dir;
    const QString remote = test::makeBareRemote(dir.filePath(QStringLiteral("team.git")));
    Replica ahead(dir.filePath(QStringLiteral("ahead.db"))),
        behind(dir.filePath(QStringLiteral("behind.db")));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    ahead.store->setWallClock([now] { return now + 5 * 3600 * 1000; });
    behind.store->setWallClock([now] { return now - 3 * 3600 * 1000; });
    const QString acc = ids::newId();
    REQUIRE(ahead.apply(setOp(kAccount, acc,
                              {{QStringLiteral("name"), QStringLiteral("时差集团")},
                               {QStringLiteral("tier"), QStringLiteral("B")}})));
    ahead.sync(remote);
    behind.sync(remote);
    // The replica whose clock is behind still writes after what it has seen.
    REQUIRE(behind.apply(setOp(kAccount, acc, {{QStringLiteral("tier"), QStringLiteral("A")}})));
    behind.sync(remote);
    ahead.sync(remote);
    CHECK(ahead.get(kAccount, acc, QStringLiteral("tier")) == QStringLiteral("A"));
    CHECK(ahead.exportJson() == behind.exportJson());
    CHECK(listConflicts(ahead.store->reader()).value().empty()); // a causal overwrite, not a conflict
}
