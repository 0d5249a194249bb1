// The replication GUI driven headless: the settings page and the status
// indicator over a fake SyncController (no git here), and the Conflicts and
// Trash views over a real store, settling a real conflict made by two stores
// exchanging concurrent writes, and restoring a deleted record (with undo).
#include "QtDoctest.h"

#include "model/Schema.h"
#include "query/ConflictResolution.h"
#include "store/Ids.h"
#include "store/OperationLog.h"
#include "store/Store.h"
#include "ui/Workspace.h"
#include "ui/shell/FilePrompts.h"
#include "ui/sync/ConflictBadge.h"
#include "ui/sync/ConflictModel.h"
#include "ui/sync/ConflictsView.h"
#include "ui/sync/SyncController.h"
#include "ui/sync/SyncSettingsPage.h"
#include "ui/sync/SyncStatusIndicator.h"
#include "ui/sync/TrashModel.h"
#include "ui/sync/TrashView.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace summit;
using namespace summit::ui;

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

// Records what the UI asks for; the test answers through the signals.
class FakeSyncController : public SyncController
{
public:
    QString remote() const override { return m_state.remote; }
    void setRemote(const QString& url) override
    {
        m_state.remote = url;
        emit statusChanged();
    }
    SyncCredentials credentials() const override { return m_credentials; }
    void setCredentials(const SyncCredentials& c) override
    {
        m_credentials = c;
        emit credentialsChanged();
    }
    bool keepsCredentials() const override { return false; }
    void testConnection(const QString& url, const SyncCredentials& c) override
    {
        testedUrl = url;
        testedCredentials = c;
        ++tests;
    }
    void syncNow() override { ++rounds; }
    SyncState status() const override { return m_state; }
    void setState(const SyncState& state)
    {
        m_state = state;
        emit statusChanged();
    }

    QString testedUrl;
    SyncCredentials testedCredentials;
    int tests = 0, rounds = 0;

private:
    SyncState m_state;
    SyncCredentials m_credentials;
};

template <typename T> T* child(QWidget& parent, const char* name)
{
    T* w = parent.findChild<T*>(QString::fromLatin1(name));
    REQUIRE_MESSAGE(w, name);
    return w;
}

// Two databases of one team that have exchanged operations by hand, as sync would.
struct TwoDevices
{
    QTemporaryDir dir;
    std::unique_ptr<Store> mine, theirs;
    std::unique_ptr<Workspace> workspace; // over `mine`
    QString me, mate;

    TwoDevices()
    {
        REQUIRE(dir.isValid());
        mine = open(QStringLiteral("mine.db"));
        theirs = open(QStringLiteral("theirs.db"));
        me = add(*mine, QStringLiteral("member"), {{QStringLiteral("name"), s("李明")}});
        mate = add(*mine, QStringLiteral("member"), {{QStringLiteral("name"), s("张伟")}});
        mine->setAuthor(me);
        theirs->setAuthor(mate);
        workspace = std::make_unique<Workspace>(*mine);
    }
    std::unique_ptr<Store> open(const QString& name)
    {
        auto r = Store::open(dir.filePath(name));
        REQUIRE(r);
        return std::move(r.value());
    }
    static QString add(Store& store, const QString& entity, FieldValues fields)
    {
        const QString id = ids::newId();
        REQUIRE(store.apply({QStringLiteral("add"), {Operation::set(entity, id, std::move(fields))}}));
        return id;
    }
    // Everything `from` wrote that `to` has not seen.
    static void send(Store& from, Store& to)
    {
        auto ops = from.ownOperationsAfter(0, 100000);
        REQUIRE(ops);
        REQUIRE(to.integrate(ops.value()));
    }
    void exchange()
    {
        send(*mine, *theirs);
        send(*theirs, *mine);
    }
    QVariant get(const QString& entity, const QString& id, const QString& field)
    {
        auto r = mine->record(entity, id);
        REQUIRE(r);
        return r.value().value(field);
    }
};

} // namespace

TEST_CASE("Test connection sends what was typed and shows why it failed")
{
    FakeSyncController controller;
    SyncSettingsPage page(controller);
    auto* test = child<QPushButton>(page, "testConnection");
    auto* result = child<QLabel>(page, "testResult");

    test->click(); // nothing typed yet
    CHECK(controller.tests == 0);
    CHECK(result->text().contains(QStringLiteral("address")));

    QTest::keyClicks(child<QLineEdit>(page, "remote"), QStringLiteral("https://git.example.com/team.git "));
    QTest::keyClicks(child<QLineEdit>(page, "username"), QStringLiteral("liming"));
    QTest::keyClicks(child<QLineEdit>(page, "token"), QStringLiteral("s3cret"));
    test->click();
    REQUIRE(controller.tests == 1);
    CHECK(controller.testedUrl == QStringLiteral("https://git.example.com/team.git"));
    CHECK(controller.testedCredentials.username == QStringLiteral("liming"));
    CHECK(controller.testedCredentials.token == QStringLiteral("s3cret"));
    CHECK_FALSE(test->isEnabled());       // one test at a time
    CHECK(controller.remote().isEmpty()); // testing saves nothing

    const QString why =
        QStringLiteral("Authentication failed at git.example.com: check the user name and token.");
    emit controller.connectionTested(false, why);
    CHECK(test->isEnabled());
    CHECK(result->text().contains(QStringLiteral("failed")));
    CHECK(result->text().contains(why));
    emit controller.connectionTested(true, QStringLiteral("It holds the changes of 3 devices."));
    CHECK(result->text().contains(QStringLiteral("works")));

    child<QPushButton>(page, "save")->click();
    CHECK(controller.remote() == QStringLiteral("https://git.example.com/team.git"));
    CHECK(controller.credentials().token == QStringLiteral("s3cret"));
    CHECK(child<QLabel>(page, "credentialNote")->text().contains(QStringLiteral("until Summit quits")));
}

TEST_CASE("a token pasted into the address moves to the credentials; the address is saved without it")
{
    FakeSyncController controller;
    SyncSettingsPage page(controller);
    auto* remote = child<QLineEdit>(page, "remote");
    auto* note = child<QLabel>(page, "tokenNote");
    CHECK(note->isHidden());
    QTest::keyClicks(remote, QStringLiteral("https://liming:glpat-x7Y%2Bz@git.example.com/team.git"));
    child<QPushButton>(page, "testConnection")->click();
    REQUIRE(controller.tests == 1);
    CHECK(controller.testedUrl == QStringLiteral("https://git.example.com/team.git"));
    CHECK(controller.testedCredentials.username == QStringLiteral("liming"));
    CHECK(controller.testedCredentials.token == QStringLiteral("glpat-x7Y+z"));
    CHECK(remote->text() == QStringLiteral("https://git.example.com/team.git"));
    CHECK(child<QLineEdit>(page, "token")->text() == QStringLiteral("glpat-x7Y+z"));
    CHECK_FALSE(note->isHidden());
    CHECK(note->text().contains(QStringLiteral("token")));
    // A user name typed already is kept; the token is the address's.
    child<QLineEdit>(page, "username")->setText(QStringLiteral("li.ming"));
    remote->setText(QStringLiteral("https://someone:other-token@git.example.com/team.git"));
    child<QPushButton>(page, "save")->click();
    CHECK(controller.remote() == QStringLiteral("https://git.example.com/team.git"));
    CHECK(controller.credentials().username == QStringLiteral("li.ming"));
    CHECK(controller.credentials().token == QStringLiteral("other-token"));
}

TEST_CASE("a new ssh host is trusted only when the user accepts its fingerprint")
{
    FakeSyncController controller;
    SyncSettingsPage page(controller);
    auto* result = child<QLabel>(page, "testResult");
    QTest::keyClicks(child<QLineEdit>(page, "remote"), QStringLiteral("ssh://git@git.example.com/team.git"));
    QTest::keyClicks(child<QLineEdit>(page, "sshKey"), QStringLiteral("/home/liming/.ssh/id_ed25519"));
    child<QPushButton>(page, "testConnection")->click();
    REQUIRE(controller.tests == 1);
    CHECK(controller.testedCredentials.trustHostKey.isEmpty()); // nothing is trusted unasked

    const QString fingerprint = QStringLiteral("SHA256:Gco4fu2KH1NWkEhoEVmBTiBobJmNgS772wJAyC4ovOM");
    QStringList asked;
    bool answer = false;
    const auto saved = prompts::trustSshHost;
    prompts::trustSshHost = [&](QWidget*, const QString& host, const QString& shown) {
        asked << host + QLatin1Char(' ') + shown;
        return answer;
    };

    emit controller.newSshHost(controller.testedUrl, QStringLiteral("git.example.com"), fingerprint);
    CHECK(asked == QStringList{QStringLiteral("git.example.com ") + fingerprint});
    CHECK(controller.tests == 1); // declined: not tested again
    CHECK(result->text().contains(QStringLiteral("not trusted")));
    CHECK(result->text().contains(fingerprint));

    answer = true;
    emit controller.newSshHost(controller.testedUrl, QStringLiteral("git.example.com"), fingerprint);
    REQUIRE(controller.tests == 2);
    CHECK(controller.testedUrl == QStringLiteral("ssh://git@git.example.com/team.git"));
    CHECK(controller.testedCredentials.trustHostKey == fingerprint);
    CHECK(controller.testedCredentials.sshKeyPath == QStringLiteral("/home/liming/.ssh/id_ed25519"));
    prompts::trustSshHost = saved;

    // The trusted fingerprint is for that one test: it is not kept with the credentials.
    child<QPushButton>(page, "save")->click();
    CHECK(controller.credentials().trustHostKey.isEmpty());
}

TEST_CASE("the settings page shows the status, syncs now and keeps the interval")
{
    FakeSyncController controller;
    controller.setAutoSyncMinutes(10);
    SyncSettingsPage page(controller);
    CHECK(child<QLabel>(page, "lastSync")->text() == QStringLiteral("never"));
    SyncState state;
    state.remote = QStringLiteral("/srv/team.git");
    state.pendingOperations = 3;
    state.lastError = QStringLiteral("The remote /srv/team.git cannot be reached.");
    state.lastSync = QDateTime(QDate(2026, 5, 20), QTime(10, 42));
    controller.setState(state);
    CHECK(child<QLabel>(page, "pending")->text() == QStringLiteral("3 changes"));
    CHECK(child<QLabel>(page, "lastError")->text() == state.lastError);
    CHECK(child<QLabel>(page, "lastSync")->text() != QStringLiteral("never"));
    CHECK(child<QLineEdit>(page, "remote")->text() == state.remote); // follows a remote set elsewhere
    CHECK(child<QLabel>(page, "quarantined")->isHidden());           // nothing refused: no row
    CHECK(child<QLabel>(page, "deviceKey")->text().contains(QStringLiteral("first sends")));
    state.deviceKey = QStringLiteral("3f2a 9c01 77be 4d10");
    controller.setState(state);
    CHECK(child<QLabel>(page, "deviceKey")->text() == state.deviceKey);

    // A refused batch is listed until it passes.
    state.quarantined = {
        QStringLiteral("From device a1b2, since 2026/5/20 10:40: Batch 0123 starts at operation 3")};
    controller.setState(state);
    CHECK_FALSE(child<QLabel>(page, "quarantined")->isHidden());
    CHECK(child<QLabel>(page, "quarantined")->text() == state.quarantined.first());
    state.quarantined.clear();
    controller.setState(state);
    CHECK(child<QLabel>(page, "quarantined")->isHidden());

    child<QPushButton>(page, "syncNow")->click();
    CHECK(controller.rounds == 1);
    emit controller.syncFinished(false, QStringLiteral("The remote cannot be reached."));
    CHECK(child<QLabel>(page, "syncResult")->text().contains(QStringLiteral("cannot be reached")));

    auto* interval = child<QSpinBox>(page, "autoSync");
    CHECK(interval->value() == 10);
    interval->setFocus();
    interval->selectAll();
    QTest::keyClicks(interval, QStringLiteral("30"));
    CHECK(controller.autoSyncMinutes() == 30);
    interval->setValue(0);
    CHECK(controller.autoSyncMinutes() == 0);
    CHECK(interval->text() == QStringLiteral("Off"));
}

TEST_CASE("the status indicator says what replication is doing and syncs on click")
{
    const QDate today(2026, 5, 20);
    SyncState state;
    CHECK(SyncStatusIndicator::describe(state, today) == QStringLiteral("Not shared with a team"));
    state.remote = QStringLiteral("/srv/team.git");
    CHECK(SyncStatusIndicator::describe(state, today) == QStringLiteral("Not synced yet"));
    state.lastSync = QDateTime(today, QTime(10, 42));
    CHECK(SyncStatusIndicator::describe(state, today) == QStringLiteral("Synced 10:42"));
    const QString yesterday = SyncStatusIndicator::describe(state, today.addDays(1));
    CHECK(yesterday.startsWith(QStringLiteral("Synced ")));
    CHECK(yesterday.endsWith(QStringLiteral(" 10:42")));
    CHECK(yesterday.size() > QStringLiteral("Synced 10:42").size()); // with the date
    state.pendingOperations = 3;
    CHECK(SyncStatusIndicator::describe(state, today) == QStringLiteral("3 changes not yet shared"));
    state.lastError = QStringLiteral("The remote cannot be reached.\nDetails: timeout");
    CHECK(SyncStatusIndicator::describe(state, today) ==
          QStringLiteral("Sync failed: The remote cannot be reached."));
    state.running = true;
    CHECK(SyncStatusIndicator::describe(state, today) == QStringLiteral("Syncing…"));

    FakeSyncController controller;
    SyncStatusIndicator indicator(controller);
    QSignalSpy settings(&indicator, &SyncStatusIndicator::settingsRequested);
    indicator.click(); // no remote yet: set one up
    CHECK(settings.count() == 1);
    CHECK(controller.rounds == 0);
    SyncState live;
    live.remote = QStringLiteral("/srv/team.git");
    live.pendingOperations = 2;
    controller.setState(live);
    CHECK(indicator.text() == QStringLiteral("2 changes not yet shared"));
    CHECK(indicator.toolTip().contains(QStringLiteral("/srv/team.git")));
    indicator.click();
    CHECK(controller.rounds == 1);
    indicator.syncNowAction()->trigger();
    CHECK(controller.rounds == 2);
    live.running = true;
    controller.setState(live);
    CHECK(indicator.text() == QStringLiteral("Syncing…"));
    CHECK_FALSE(indicator.syncNowAction()->isEnabled());
    indicator.settingsAction()->trigger();
    CHECK(settings.count() == 2);
}

TEST_CASE("the Conflicts view shows both values with who and when; keep the other value settles it")
{
    TwoDevices t;
    const QString acc =
        TwoDevices::add(*t.mine, QStringLiteral("account"), {{QStringLiteral("name"), s("中国移动")}});
    t.exchange();
    REQUIRE(t.mine->apply(
        {QStringLiteral("edit"),
         {Operation::set(QStringLiteral("account"), acc, {{QStringLiteral("tier"), QStringLiteral("S")}})}}));
    REQUIRE(t.theirs->apply(
        {QStringLiteral("edit"),
         {Operation::set(QStringLiteral("account"), acc, {{QStringLiteral("tier"), QStringLiteral("A")}})}}));

    ConflictsView view(*t.workspace);
    view.show();
    ConflictBadge badge(*t.workspace);
    badge.setRecord(acc);
    CHECK(badge.isHidden());
    CHECK(child<QLabel>(view, "noConflicts")->isVisible());

    t.exchange(); // the integrate emits changed(): the view and the badge refresh by themselves
    ConflictModel* model = view.model();
    REQUIRE(model->rowCount() == 1);
    CHECK_FALSE(badge.isHidden());
    const ConflictRow conflict = model->conflict(0);
    const QString current = model->index(0, ConflictModel::Current).data().toString();
    const QString other = model->index(0, ConflictModel::Other).data().toString();
    CHECK(model->index(0, ConflictModel::Record).data() == s("中国移动"));
    CHECK(model->index(0, ConflictModel::Field).data() ==
          summit::model::fieldLabel(QStringLiteral("account"), QStringLiteral("tier")));
    CHECK(current != other);
    CHECK(QStringList{current, other}.contains(QStringLiteral("S")));
    CHECK(QStringList{current, other}.contains(QStringLiteral("A")));
    // Who wrote each side: one is me, the other my teammate.
    const QString currentBy = model->index(0, ConflictModel::CurrentBy).data().toString();
    const QString otherBy = model->index(0, ConflictModel::OtherBy).data().toString();
    CHECK((currentBy.startsWith(s("李明")) || currentBy.startsWith(s("张伟"))));
    CHECK((otherBy.startsWith(s("李明")) || otherBy.startsWith(s("张伟"))));
    CHECK(currentBy.left(2) != otherBy.left(2));

    bool signalled = false;
    QObject::connect(&badge, &ConflictBadge::conflictsRequested,
                     [&](const QString& id) { signalled = id == acc; });
    badge.click();
    CHECK(signalled);

    child<QPushButton>(view, "keepTheirs")->click();
    CHECK(t.get(QStringLiteral("account"), acc, QStringLiteral("tier")) == conflict.theirs);
    CHECK(model->rowCount() == 0);
    CHECK(child<QLabel>(view, "noConflicts")->isVisible());
    CHECK(badge.isHidden());
    CHECK(t.workspace->undoStack()->count() == 1);
    CHECK(t.workspace->undoStack()->undoText().contains(s("中国移动")));
}

TEST_CASE("an edit made while the record was deleted keeps it; the conflict offers Keep or Delete after all")
{
    TwoDevices t;
    const QString acc =
        TwoDevices::add(*t.mine, QStringLiteral("account"), {{QStringLiteral("name"), s("国家电网")}});
    const QString c =
        TwoDevices::add(*t.mine, QStringLiteral("contact"),
                        {{QStringLiteral("account_id"), acc}, {QStringLiteral("name"), s("王建国")}});
    t.exchange();
    REQUIRE(t.mine->apply({QStringLiteral("delete"), {Operation::remove(QStringLiteral("contact"), c)}}));
    REQUIRE(t.theirs->apply({QStringLiteral("edit"),
                             {Operation::set(QStringLiteral("contact"), c,
                                             {{QStringLiteral("title"), QStringLiteral("CIO")}})}}));
    t.exchange();
    CHECK(t.get(QStringLiteral("contact"), c, QStringLiteral("deleted")) == 0);
    ConflictsView view(*t.workspace);
    REQUIRE(view.model()->rowCount() == 1);
    CHECK(view.model()->index(0, ConflictModel::Current).data() == QStringLiteral("CIO"));
    CHECK(view.model()->index(0, ConflictModel::Other).data().toString().contains(QStringLiteral("deleted")));
    CHECK(view.model()
              ->index(0, ConflictModel::Record)
              .data(Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("deleted")));
    CHECK(child<QPushButton>(view, "keepMine")->text().contains(QStringLiteral("Keep the record")));
    CHECK(child<QPushButton>(view, "keepTheirs")->text().contains(QStringLiteral("Delete it after all")));
    SUBCASE("Keep")
    {
        child<QPushButton>(view, "keepMine")->click();
        CHECK(view.model()->rowCount() == 0);
        CHECK(t.get(QStringLiteral("contact"), c, QStringLiteral("deleted")) == 0);
    }
    SUBCASE("Delete after all")
    {
        child<QPushButton>(view, "keepTheirs")->click();
        CHECK(view.model()->rowCount() == 0);
        CHECK(t.get(QStringLiteral("contact"), c, QStringLiteral("deleted")) == 1);
    }
}

TEST_CASE(
    "the Trash view lists deleted records with who and when; Restore brings one back, undo deletes it again")
{
    TwoDevices t;
    const QString acc =
        TwoDevices::add(*t.mine, QStringLiteral("account"), {{QStringLiteral("name"), s("招商银行")}});
    const QString c =
        TwoDevices::add(*t.mine, QStringLiteral("contact"),
                        {{QStringLiteral("account_id"), acc}, {QStringLiteral("name"), s("李娜")}});
    TrashView view(*t.workspace);
    view.show();
    CHECK(child<QLabel>(view, "trashEmpty")->isVisible());
    CHECK_FALSE(child<QPushButton>(view, "restore")->isEnabled());

    REQUIRE(t.workspace->apply({s("Delete 李娜"), {Operation::remove(QStringLiteral("contact"), c)}}));
    TrashModel* model = view.model();
    REQUIRE(model->rowCount() == 1);
    CHECK(model->index(0, TrashModel::Type).data() == summit::model::entityLabel(QStringLiteral("contact")));
    CHECK(model->index(0, TrashModel::Title).data() == s("李娜"));
    CHECK(model->index(0, TrashModel::DeletedBy).data() == s("李明"));
    CHECK_FALSE(model->index(0, TrashModel::Deleted).data().toString().isEmpty());

    // Keyboard: the first row is current; select it and restore.
    view.view()->setFocus();
    view.view()->selectionModel()->select(model->index(0, 0),
                                          QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    auto* restore = child<QPushButton>(view, "restore");
    REQUIRE(restore->isEnabled());
    restore->click();
    CHECK(t.get(QStringLiteral("contact"), c, QStringLiteral("deleted")) == 0);
    CHECK(model->rowCount() == 0);

    t.workspace->undoStack()->undo();
    CHECK(t.get(QStringLiteral("contact"), c, QStringLiteral("deleted")) == 1);
    CHECK(model->rowCount() == 1); // back in the trash, and the view followed
}
