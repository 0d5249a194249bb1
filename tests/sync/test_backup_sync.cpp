// A team database restored from a backup rejoins replication through a real
// remote (git daemon on 127.0.0.1): nothing the team has is lost, nothing is
// doubled, and no edit reads as concurrent with its own past.
#include "GitDaemon.h"
#include "SyncFixture.h"

#include "backup/Backup.h"
#include "backup/Restore.h"
#include "store/Queries.h"

#include <QDir>

using namespace summit;
using test::Replica;

namespace {

const QString kAccount = QStringLiteral("account");
const QString kContact = QStringLiteral("contact");

Operation setOp(const QString& entity, const QString& id, FieldValues f)
{
    return Operation::set(entity, id, std::move(f));
}

struct Team
{
    QTemporaryDir dir;
    std::unique_ptr<test::GitDaemon> daemon;
    QString url;
    std::unique_ptr<Replica> a, b;

    Team()
    {
        REQUIRE(dir.isValid());
        test::makeBareRemote(dir.filePath(QStringLiteral("team.git")));
        daemon = std::make_unique<test::GitDaemon>(dir.path());
        REQUIRE_MESSAGE(daemon->isRunning(), daemon->errorString().toStdString());
        url = daemon->url(QStringLiteral("team.git"));
        a = std::make_unique<Replica>(dir.filePath(QStringLiteral("a.db")));
        b = std::make_unique<Replica>(dir.filePath(QStringLiteral("b.db")));
    }
    QString backupOfA()
    {
        const QString file = dir.filePath(QStringLiteral("backups/a-backup.db"));
        auto made = backup::makeBackup(a->dbPath, file); // while A's store is open
        REQUIRE_MESSAGE(made.isOk(), made.message().toStdString());
        return file;
    }
    // As the window and the CLI do: close, restore, reopen.
    backup::Restored restoreA(const QString& file)
    {
        a->engine.reset();
        a->store.reset();
        auto r = backup::restore(file, a->dbPath, dir.filePath(QStringLiteral("kept")));
        REQUIRE_MESSAGE(r.isOk(), r.message().toStdString());
        a->reopen();
        return r.value();
    }
    void converged()
    {
        CHECK(a->exportJson() == b->exportJson());
        CHECK(a->store->operationCount() == b->store->operationCount()); // nothing doubled
        CHECK(listConflicts(a->store->reader()).value().empty());
        CHECK(listConflicts(b->store->reader()).value().empty());
    }
};

} // namespace

TEST_CASE(
    "restored from a backup, a team database rejoins: the team's work comes back, its new work goes out")
{
    Team t;
    Replica& a = *t.a;
    Replica& b = *t.b;
    const QString acc = ids::newId(), wang = ids::newId();
    REQUIRE(a.apply(setOp(kAccount, acc, {{QStringLiteral("name"), QStringLiteral("华为")}})));
    REQUIRE(a.apply(
        setOp(kContact, wang,
              {{QStringLiteral("account_id"), acc}, {QStringLiteral("name"), QStringLiteral("王建国")}})));
    a.sync(t.url);
    b.sync(t.url);
    // Unsent when the backup is made; sent afterwards by the database the restore replaces.
    REQUIRE(a.apply(setOp(kAccount, acc, {{QStringLiteral("tier"), QStringLiteral("A")}})));
    REQUIRE(a.apply(setOp(kAccount, acc, {{QStringLiteral("name"), QStringLiteral("华为技术有限公司")}})));
    const QString file = t.backupOfA();
    REQUIRE(a.apply(setOp(kAccount, acc, {{QStringLiteral("region"), QStringLiteral("华东")}})));
    CHECK(a.sync(t.url).sealedOperations == 3);
    REQUIRE(b.apply(setOp(kContact, wang, {{QStringLiteral("stance"), QStringLiteral("champion")}})));
    b.sync(t.url);
    const QString oldReplica = a.store->replicaId();

    const backup::Restored r = t.restoreA(file);
    CHECK(r.team);
    CHECK(r.previousReplica == oldReplica);
    CHECK(r.renumbered == 0); // everything in the backup had reached the team since
    CHECK(a.store->replicaId() == r.replica);
    CHECK(a.store->replicaId() != oldReplica);
    CHECK(a.get(kAccount, acc, QStringLiteral("region")).isNull()); // the backup's state

    // A new edit, under the new id: never an op id the team already holds.
    REQUIRE(a.apply(setOp(kContact, wang, {{QStringLiteral("title"), QStringLiteral("CIO")}})));
    const auto rejoin = a.sync(t.url);
    CHECK_FALSE(rejoin.replicaIdChanged); // the restore took care of it: no copy was detected
    CHECK(rejoin.sealedOperations == 1);
    CHECK(rejoin.problems.isEmpty());
    // Its own sent past (the region) and the teammate's stance come back.
    CHECK(a.get(kAccount, acc, QStringLiteral("region")) == QStringLiteral("华东"));
    CHECK(a.get(kContact, wang, QStringLiteral("stance")) == QStringLiteral("champion"));
    CHECK(a.get(kAccount, acc, QStringLiteral("name")) == QStringLiteral("华为技术有限公司"));
    const auto teammate = b.sync(t.url);
    CHECK(teammate.receivedOperations == 1);
    CHECK(b.get(kContact, wang, QStringLiteral("title")) == QStringLiteral("CIO"));
    t.converged();
    // Once more round the team: nothing new either way.
    CHECK(a.sync(t.url).receivedOperations == 0);
    CHECK(b.sync(t.url).receivedOperations == 0);
    t.converged();
}

TEST_CASE(
    "restored from a backup holding edits the team never got: they go out renumbered, with no false conflict")
{
    Team t;
    Replica& a = *t.a;
    Replica& b = *t.b;
    const QString acc = ids::newId();
    REQUIRE(a.apply(setOp(kAccount, acc, {{QStringLiteral("name"), QStringLiteral("中国移动")}})));
    a.sync(t.url);
    b.sync(t.url);
    // Never sent: a rename of A's own sent name, and a tier.
    REQUIRE(a.apply(setOp(kAccount, acc, {{QStringLiteral("name"), QStringLiteral("中国移动通信集团")}})));
    REQUIRE(a.apply(setOp(kAccount, acc, {{QStringLiteral("tier"), QStringLiteral("S")}})));
    const QString file = t.backupOfA();
    // After the backup, unsent too, and then the restore goes back past it.
    REQUIRE(a.apply(setOp(kAccount, acc, {{QStringLiteral("region"), QStringLiteral("华北")}})));
    // Meanwhile the teammate edits the same account.
    REQUIRE(b.apply(setOp(kAccount, acc, {{QStringLiteral("strategy_notes"), QStringLiteral("稳定")}})));
    b.sync(t.url);

    const backup::Restored r = t.restoreA(file);
    CHECK(r.team);
    CHECK(r.renumbered == 2);
    // The region lives on only in the kept file.
    {
        auto kept = Store::open(r.keptCurrent);
        REQUIRE(kept.isOk());
        CHECK(kept.value()->record(kAccount, acc).value().value(QStringLiteral("region")) ==
              QStringLiteral("华北"));
    }
    const QString li = ids::newId();
    REQUIRE(a.apply(
        setOp(kContact, li,
              {{QStringLiteral("account_id"), acc}, {QStringLiteral("name"), QStringLiteral("李娜")}})));
    const auto rejoin = a.sync(t.url);
    CHECK(rejoin.sealedOperations == 3); // the two renumbered edits and the new contact
    CHECK(rejoin.problems.isEmpty());
    b.sync(t.url);
    CHECK(b.get(kAccount, acc, QStringLiteral("name")) == QStringLiteral("中国移动通信集团"));
    CHECK(b.get(kAccount, acc, QStringLiteral("tier")) == QStringLiteral("S"));
    CHECK(b.get(kAccount, acc, QStringLiteral("region")).isNull());
    CHECK(a.get(kAccount, acc, QStringLiteral("strategy_notes")) == QStringLiteral("稳定"));
    CHECK(b.get(kContact, li, QStringLiteral("name")) == QStringLiteral("李娜"));
    // The rename had seen the name it replaced (its own, under the old id): a causal overwrite, no conflict.
    t.converged();
    // A third member joining now gets the same.
    Replica c(t.dir.filePath(QStringLiteral("c.db")));
    c.sync(t.url);
    CHECK(c.exportJson() == a.exportJson());
    CHECK(listConflicts(c.store->reader()).value().empty());
}
