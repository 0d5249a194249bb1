// The GUI's sync controller against a real bare repository on disk: rounds run
// on the worker thread, the GUI's store hears about what came in, automatic
// sync fires, and a bad remote is explained while local work goes on.
#include "GitDaemon.h"
#include "GitSyncController.h"
#include "SyncFixture.h"
#include "store/Queries.h"

#include <QCoreApplication>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QThread>

using namespace summit;

namespace {

const QString kAccount = QStringLiteral("account");

struct Device
{
    std::unique_ptr<Store> store;
    std::unique_ptr<GitSyncController> controller;

    explicit Device(const QString& path)
    {
        QStandardPaths::setTestModeEnabled(true); // QSettings under ~/.qttest
        QCoreApplication::setOrganizationName(QStringLiteral("SummitTest"));
        QCoreApplication::setApplicationName(QStringLiteral("summit-sync-controller-test"));
        auto s = Store::open(path);
        REQUIRE_MESSAGE(s.isOk(), s.message().toStdString());
        store = std::move(s.value());
        GitSyncController::Options options;
        options.useKeychain = false; // tests never depend on a secret service
        controller = std::make_unique<GitSyncController>(*store, options);
    }
    // Runs one round and returns (ok, message).
    std::pair<bool, QString> syncAndWait()
    {
        QSignalSpy finished(controller.get(), &ui::SyncController::syncFinished);
        controller->syncNow();
        REQUIRE(controller->status().running);
        REQUIRE(finished.wait(30000));
        return {finished.at(0).at(0).toBool(), finished.at(0).at(1).toString()};
    }
    QString addAccount(const QString& name)
    {
        const QString id = ids::newId();
        REQUIRE(store->apply(
            {QStringLiteral("add"), {Operation::set(kAccount, id, {{QStringLiteral("name"), name}})}}));
        return id;
    }
};

} // namespace

TEST_CASE("Sync now sends local changes; another database receives them and its views are told")
{
    QTemporaryDir dir;
    const QString remote = test::makeBareRemote(dir.filePath(QStringLiteral("team.git")));
    Device a(dir.filePath(QStringLiteral("a.db"))), b(dir.filePath(QStringLiteral("b.db")));
    a.controller->setRemote(remote);
    CHECK(a.store->localValue(QStringLiteral("sync.remote")) == remote); // remembered, as the CLI does
    const QString acc = a.addAccount(QStringLiteral("中国石化"));

    // What is waiting to go out shows up in the status after a local edit.
    QSignalSpy statusA(a.controller.get(), &ui::SyncController::statusChanged);
    REQUIRE(statusA.wait(5000));
    CHECK(a.controller->status().pendingOperations > 0);

    const auto [okA, messageA] = a.syncAndWait();
    CHECK_MESSAGE(okA, messageA.toStdString());
    CHECK(a.controller->status().pendingOperations == 0);
    CHECK(a.controller->status().lastSync.isValid());
    CHECK_FALSE(a.controller->status().running);

    b.controller->setRemote(remote);
    QSignalSpy changed(b.store.get(), &Store::changed);
    const auto [okB, messageB] = b.syncAndWait();
    CHECK_MESSAGE(okB, messageB.toStdString());
    CHECK(messageB.contains(QStringLiteral("Received")));
    // The worker wrote through its own connection; the GUI's store reads it and says so.
    auto rec = b.store->record(kAccount, acc);
    REQUIRE(rec.isOk());
    CHECK(rec.value().value(QStringLiteral("name")) == QStringLiteral("中国石化"));
    REQUIRE(changed.count() >= 1);
    const auto set = changed.last().at(0).value<ChangeSet>();
    CHECK(set.remote);
    CHECK(set.entities.contains(kAccount));
    // Exactly what the round brought, not "everything": views reload only that.
    CHECK_FALSE(set.everything);
    CHECK(set.ids.contains(acc));
    CHECK_FALSE(set.entities.contains(QStringLiteral("followup")));

    // Nothing new: a round that brings nothing does not make the views reload.
    changed.clear();
    const auto [okAgain, messageAgain] = b.syncAndWait();
    CHECK(okAgain);
    CHECK(changed.count() == 0);
}

TEST_CASE("the Sync page's status lists refused batches and this device's signing key")
{
    QTemporaryDir dir;
    const QString remote = test::makeBareRemote(dir.filePath(QStringLiteral("team.git")));
    Device a(dir.filePath(QStringLiteral("a.db"))), b(dir.filePath(QStringLiteral("b.db")));
    a.controller->setRemote(remote);
    b.controller->setRemote(remote);
    a.addAccount(QStringLiteral("中国石化"));
    REQUIRE(a.syncAndWait().first);
    b.addAccount(QStringLiteral("中国石油"));
    REQUIRE(b.syncAndWait().first);
    CHECK(b.controller->status().quarantined.isEmpty());
    const QString keyOfB = b.controller->status().deviceKey;
    CHECK(keyOfB.size() == 19); // "3f2a 9c01 77be 4d10"
    CHECK(keyOfB != a.controller->status().deviceKey);

    // Someone with push access appends an unsigned batch to a's ref.
    const QString replicaA = a.store->replicaId();
    test::pushForgedBatch(
        remote, QStringLiteral("refs/heads/summit/e1/") + replicaA,
        test::forgedBatch(
            replicaA, 2,
            {Operation::set(kAccount, ids::newId(), {{QStringLiteral("name"), QStringLiteral("冒名")}})},
            QDateTime::currentMSecsSinceEpoch()));
    const auto [ok, message] = b.syncAndWait();
    CHECK_FALSE(ok);
    CHECK(message.contains(QStringLiteral("not signed")));
    const ui::SyncState state = b.controller->status();
    REQUIRE(state.quarantined.size() == 1);
    CHECK(state.quarantined.first().contains(replicaA));
    CHECK(state.quarantined.first().contains(QStringLiteral("not signed")));
    CHECK(state.deviceKey == keyOfB);
}

TEST_CASE("a round at start, then one every N minutes; at quit one last round")
{
    QTemporaryDir dir;
    const QString remote = test::makeBareRemote(dir.filePath(QStringLiteral("team.git")));
    Device a(dir.filePath(QStringLiteral("a.db")));
    a.controller->setRemote(remote);
    a.controller->setAutoSyncMinutes(5);
    QSignalSpy finished(a.controller.get(), &ui::SyncController::syncFinished);
    a.controller->start();
    CHECK(a.controller->status().running); // the start round
    CHECK(a.controller->autoSyncTimer()->isActive());
    CHECK(a.controller->autoSyncTimer()->interval() == 5 * 60 * 1000);
    REQUIRE(finished.wait(30000));

    // The timer starts rounds by itself (shortened here from minutes).
    a.addAccount(QStringLiteral("招商银行"));
    a.controller->autoSyncTimer()->setInterval(50);
    REQUIRE(finished.wait(30000));
    CHECK(finished.count() == 2);
    CHECK(finished.last().at(0).toBool());
    CHECK(a.controller->status().pendingOperations == 0);

    a.controller->setAutoSyncMinutes(0); // off
    CHECK_FALSE(a.controller->autoSyncTimer()->isActive());

    // At quit the last edit goes out before the controller stops.
    const QString last = a.addAccount(QStringLiteral("中国平安"));
    CHECK(a.controller->finishForQuit());
    test::Replica other(dir.filePath(QStringLiteral("other.db")));
    other.sync(remote);
    CHECK(other.get(kAccount, last, QStringLiteral("name")) == QStringLiteral("中国平安"));
}

TEST_CASE("quitting during a round that sealed before the last edit still sends that edit")
{
    QTemporaryDir dir;
    const QString remote = test::makeBareRemote(dir.filePath(QStringLiteral("team.git")));
    Device a(dir.filePath(QStringLiteral("a.db")));
    a.controller->setRemote(remote);
    a.addAccount(QStringLiteral("招商银行"));
    a.controller->syncNow();
    REQUIRE(a.controller->status().running);
    // The worker seals and pushes meanwhile; its "finished" waits in this thread's queue,
    // so the controller still sees the round running when the user edits and quits.
    QThread::msleep(1500);
    const QString last = a.addAccount(QStringLiteral("中国平安"));
    REQUIRE(a.controller->status().running);
    CHECK(a.controller->finishForQuit());
    test::Replica other(dir.filePath(QStringLiteral("other.db")));
    other.sync(remote);
    CHECK(other.get(kAccount, last, QStringLiteral("name")) == QStringLiteral("中国平安"));
}

TEST_CASE("a bad remote is explained in words and local work goes on")
{
    QTemporaryDir dir;
    Device a(dir.filePath(QStringLiteral("a.db")));
    const QString missing = dir.filePath(QStringLiteral("nowhere/team.git"));

    QSignalSpy tested(a.controller.get(), &ui::SyncController::connectionTested);
    a.controller->testConnection(missing, {});
    REQUIRE(tested.wait(30000));
    CHECK_FALSE(tested.at(0).at(0).toBool());
    const QString why = tested.at(0).at(1).toString();
    CHECK_MESSAGE(why.contains(QStringLiteral("nowhere")), why.toStdString()); // names the place

    a.controller->setRemote(missing);
    const QString acc = a.addAccount(QStringLiteral("中国移动"));
    const auto [ok, message] = a.syncAndWait();
    CHECK_FALSE(ok);
    CHECK_FALSE(message.isEmpty());
    CHECK(a.controller->status().lastError == message);
    CHECK_FALSE(a.controller->status().running);
    // The edit is still here and can be followed by more.
    REQUIRE(
        a.store->apply({QStringLiteral("edit"),
                        {Operation::set(kAccount, acc, {{QStringLiteral("tier"), QStringLiteral("S")}})}}));
    CHECK(a.store->record(kAccount, acc).value().value(QStringLiteral("tier")) == QStringLiteral("S"));
    CHECK(a.controller->status().pendingOperations > 0);

    // Once the remote exists, the same database syncs and the error clears.
    const QString remote = test::makeBareRemote(dir.filePath(QStringLiteral("team.git")));
    a.controller->setRemote(remote);
    const auto [ok2, message2] = a.syncAndWait();
    CHECK_MESSAGE(ok2, message2.toStdString());
    CHECK(a.controller->status().lastError.isEmpty());
}

TEST_CASE("Test connection tells an empty repository from one with the team's data")
{
    QTemporaryDir dir;
    const QString remote = test::makeBareRemote(dir.filePath(QStringLiteral("team.git")));
    Device a(dir.filePath(QStringLiteral("a.db")));
    QSignalSpy tested(a.controller.get(), &ui::SyncController::connectionTested);
    a.controller->testConnection(remote, {});
    REQUIRE(tested.wait(30000));
    CHECK(tested.at(0).at(0).toBool());
    CHECK(tested.at(0).at(1).toString().contains(QStringLiteral("no Summit data yet")));

    a.controller->setRemote(remote);
    a.addAccount(QStringLiteral("华为技术有限公司"));
    REQUIRE(a.syncAndWait().first);
    tested.clear();
    a.controller->testConnection(remote, {});
    REQUIRE(tested.wait(30000));
    CHECK(tested.at(0).at(0).toBool());
    CHECK(tested.at(0).at(1).toString().contains(QStringLiteral("1 device")));
    // The probe did not touch this database's sync state.
    CHECK(a.controller->status().pendingOperations == 0);

    // Over the network the refs are listed, not fetched.
    test::GitDaemon daemon(dir.path());
    REQUIRE_MESSAGE(daemon.isRunning(), daemon.errorString().toStdString());
    tested.clear();
    a.controller->testConnection(daemon.url(QStringLiteral("team.git")), {});
    REQUIRE(tested.wait(30000));
    CHECK(tested.at(0).at(0).toBool());
    CHECK(tested.at(0).at(1).toString().contains(QStringLiteral("1 device")));
}

TEST_CASE("Test connection warns of a repository that holds something else, and of a newer format")
{
    QTemporaryDir dir;
    const QString remote = test::makeBareRemote(dir.filePath(QStringLiteral("code.git")));
    auto git = [&](const QStringList& args) {
        QProcess p;
        p.setWorkingDirectory(dir.path());
        p.start(QStringLiteral("git"), args);
        REQUIRE(p.waitForFinished(30000));
        REQUIRE_MESSAGE(p.exitCode() == 0, p.readAllStandardError().toStdString());
    };
    // A source-code repository: two branches, no Summit data.
    git({QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("work")});
    git({QStringLiteral("-C"), QStringLiteral("work"), QStringLiteral("-c"), QStringLiteral("user.name=t"),
         QStringLiteral("-c"), QStringLiteral("user.email=t@example.com"), QStringLiteral("commit"),
         QStringLiteral("-q"), QStringLiteral("--allow-empty"), QStringLiteral("-m"),
         QStringLiteral("code")});
    git({QStringLiteral("-C"), QStringLiteral("work"), QStringLiteral("push"), QStringLiteral("-q"), remote,
         QStringLiteral("HEAD:refs/heads/main"), QStringLiteral("HEAD:refs/heads/dev")});

    Device a(dir.filePath(QStringLiteral("a.db")));
    QSignalSpy tested(a.controller.get(), &ui::SyncController::connectionTested);
    a.controller->testConnection(remote, {});
    REQUIRE(tested.wait(30000));
    CHECK(tested.at(0).at(0).toBool());
    CHECK(tested.at(0).at(1).toString().contains(QStringLiteral("no Summit data, but 2 other branches")));

    // A branch of a later format of Summit's data: this version cannot read it.
    git({QStringLiteral("-C"), QStringLiteral("work"), QStringLiteral("push"), QStringLiteral("-q"), remote,
         QStringLiteral("HEAD:refs/heads/summit/e2/0123456789abcdef")});
    tested.clear();
    a.controller->testConnection(remote, {});
    REQUIRE(tested.wait(30000));
    CHECK_FALSE(tested.at(0).at(0).toBool());
    CHECK(tested.at(0).at(1).toString().contains(QStringLiteral("newer or unknown format")));
}
