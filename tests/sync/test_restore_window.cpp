// The window restoring a team database while its real sync controller runs:
// the worker's connection is closed before the file is swapped, no last round
// sends what the restore undoes, and the first round after reopening rejoins
// the team through git daemon on 127.0.0.1.
#include "GitDaemon.h"
#include "GitSyncController.h"
#include "SyncFixture.h"

#include "backup/Backup.h"
#include "backup/Retention.h"
#include "store/Queries.h"
#include "ui/MainWindow.h"
#include "ui/Workspace.h"
#include "ui/sync/SyncController.h"

#include <QBuffer>
#include <QDir>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTest>

using namespace summit;

namespace {

const QString kAccount = QStringLiteral("account");

QString addAccount(Store& store, const QString& name, FieldValues more = {})
{
    const QString id = ids::newId();
    more.emplace_back(QStringLiteral("name"), name);
    const Status s = store.apply({QStringLiteral("add"), {Operation::set(kAccount, id, std::move(more))}});
    REQUIRE_MESSAGE(s.isOk(), s.message().toStdString());
    return id;
}

QByteArray exportOf(Store& store)
{
    QBuffer b;
    b.open(QIODevice::WriteOnly);
    REQUIRE(writeCanonicalJson(store.reader(), b));
    return b.data();
}

bool syncAndWait(ui::SyncController& controller)
{
    QSignalSpy finished(&controller, &ui::SyncController::syncFinished);
    if (!controller.status().running)
        controller.syncNow();
    REQUIRE(finished.wait(30000));
    return finished.at(0).at(0).toBool();
}

} // namespace

TEST_CASE("a team database restored in the window rejoins on its first round; the teammate converges")
{
    QTemporaryDir dir;
    test::makeBareRemote(dir.filePath(QStringLiteral("team.git")));
    test::GitDaemon daemon(dir.path());
    REQUIRE_MESSAGE(daemon.isRunning(), daemon.errorString().toStdString());
    const QString url = daemon.url(QStringLiteral("team.git"));
    const QString db = dir.filePath(QStringLiteral("a-%1.db").arg(ids::newId()));
    const QString folder = backup::folderFor(db);
    struct Cleanup
    {
        QString folder;
        ~Cleanup() { QDir(folder).removeRecursively(); }
    } cleanup{folder};

    auto opened = Store::open(db);
    REQUIRE(opened.isOk());
    const QString acc = addAccount(*opened.value(), QStringLiteral("华为技术有限公司"));
    ui::MainWindow window(std::move(opened.value()));
    window.setSyncControllerFactory([](Store& s) -> std::unique_ptr<ui::SyncController> {
        GitSyncController::Options options;
        options.useKeychain = false;
        return std::make_unique<GitSyncController>(s, options);
    });
    REQUIRE(window.syncController());
    window.syncController()->setRemote(url);
    REQUIRE(syncAndWait(*window.syncController()));

    test::Replica b(dir.filePath(QStringLiteral("b.db")));
    b.sync(url);
    auto made = backup::backUpInto(db, folder, backup::Retention{});
    REQUIRE(made.isOk());
    // After the backup: one edit sent, one never sent.
    Store& before = window.workspace().store();
    REQUIRE(before.apply({QStringLiteral("edit"),
                          {Operation::set(kAccount, acc, {{QStringLiteral("tier"), QStringLiteral("S")}})}}));
    REQUIRE(syncAndWait(*window.syncController()));
    REQUIRE(before.apply(
        {QStringLiteral("edit"),
         {Operation::set(kAccount, acc, {{QStringLiteral("region"), QStringLiteral("华南")}})}}));
    const QString oldReplica = before.replicaId();

    CHECK(window.restoreBackup(made.value().summary.path));
    Store& after = window.workspace().store();
    CHECK(after.replicaId() != oldReplica);
    // The backup's state is what came back: no tier. (Read from the backup file: the restored
    // window's first round starts at once and may already have brought the tier back.)
    {
        auto copy = Store::open(made.value().summary.path, OpenMode::ReadOnly);
        REQUIRE(copy.isOk());
        CHECK(copy.value()->record(kAccount, acc).value().value(QStringLiteral("tier")).isNull());
    }
    // The new controller's first round brings back what the team has, its own sent tier included.
    REQUIRE(window.syncController());
    REQUIRE(syncAndWait(*window.syncController()));
    CHECK(after.record(kAccount, acc).value().value(QStringLiteral("tier")) == QStringLiteral("S"));
    // The unsent region went with the replaced file (it is in the kept copy), not to the team.
    CHECK(after.record(kAccount, acc).value().value(QStringLiteral("region")).isNull());
    addAccount(after, QStringLiteral("恢复后集团"));
    REQUIRE(syncAndWait(*window.syncController()));
    b.sync(url);
    CHECK(b.get(kAccount, acc, QStringLiteral("region")).isNull());
    CHECK(exportOf(after) == b.exportJson());
    CHECK(after.operationCount() == b.store->operationCount());
    CHECK(listConflicts(after.reader()).value().empty());
    for (QMessageBox* box : window.findChildren<QMessageBox*>())
        box->close();
}
