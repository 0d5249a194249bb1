// sync::SyncService, the one place a round is assembled for a database: rounds between
// two databases through a bare repository on disk, what they count and integrate, the
// status, the remembered remote, a copied database, a connection test's reading of a
// remote, and failures (unreachable, refused credentials, a missing repository, an
// unusable git directory) reported in words while local work goes on.

#include "GitDaemon.h"
#include "SyncFixture.h"
#include "store/RemoteAddress.h"
#include "sync/SyncService.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>

using namespace summit;
using summit::sync::Credentials;
using summit::sync::SyncService;

namespace {

const QString kAccount = QStringLiteral("account");

struct Member
{
    std::unique_ptr<Store> store;
    std::unique_ptr<SyncService> service;

    explicit Member(const QString& path)
    {
        auto s = Store::open(path);
        REQUIRE_MESSAGE(s.isOk(), s.message().toStdString());
        store = std::move(s.value());
        auto opened = SyncService::open(*store);
        REQUIRE_MESSAGE(opened.isOk(), opened.message().toStdString());
        service = std::move(opened.value());
    }
    QString addAccount(const QString& name)
    {
        const QString id = ids::newId();
        REQUIRE(store->apply(
            {QStringLiteral("add"), {Operation::set(kAccount, id, {{QStringLiteral("name"), name}})}}));
        return id;
    }
    sync::Round round(const QString& url, const Credentials& credentials = {})
    {
        return service->runRound(url, credentials);
    }
};

void git(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral("git"),
            QStringList{QStringLiteral("-c"), QStringLiteral("user.name=t"), QStringLiteral("-c"),
                        QStringLiteral("user.email=t@example.com")} +
                args);
    REQUIRE(p.waitForFinished(30000));
    REQUIRE_MESSAGE(p.exitCode() == 0, p.readAllStandardError().toStdString());
}

// An http server on 127.0.0.1 that answers 401 to every request, as a git host does
// to credentials it refuses.
class RefusingServer
{
public:
    RefusingServer()
    {
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        if (python.isEmpty())
            return;
        const QString script =
            QStringLiteral("import http.server, sys\n"
                           "class H(http.server.BaseHTTPRequestHandler):\n"
                           "    def do_GET(self):\n"
                           "        self.send_response(401)\n"
                           "        self.send_header('WWW-Authenticate', 'Basic realm=\"t\"')\n"
                           "        self.send_header('Content-Length', '0')\n"
                           "        self.end_headers()\n"
                           "    do_POST = do_GET\n"
                           "    def log_message(self, *args):\n"
                           "        pass\n"
                           "s = http.server.HTTPServer(('127.0.0.1', int(sys.argv[1])), H)\n"
                           "print('ready', flush=True)\n"
                           "s.serve_forever()\n");
        m_port = test::GitDaemon::freePort();
        m_server.start(python, {QStringLiteral("-c"), script, QString::number(m_port)});
        m_running = m_server.waitForStarted(10000) && m_server.waitForReadyRead(10000);
    }
    ~RefusingServer()
    {
        m_server.kill();
        m_server.waitForFinished(5000);
    }
    bool isRunning() const { return m_running; }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1/team.git").arg(m_port); }

private:
    QProcess m_server;
    quint16 m_port = 0;
    bool m_running = false;
};

} // namespace

TEST_CASE("a round between two databases through a bare repository: counts, integrated ids, status")
{
    QTemporaryDir dir;
    const QString remote = test::makeBareRemote(dir.filePath(QStringLiteral("team.git")));
    Member a(dir.filePath(QStringLiteral("a.db"))), b(dir.filePath(QStringLiteral("b.db")));
    const QString first = a.addAccount(QStringLiteral("中国石化"));
    const QString second = a.addAccount(QStringLiteral("招商银行"));

    // Before any round: two operations wait, nothing is known of the team.
    sync::SyncStatus before = a.service->status();
    CHECK(before.pendingOperations == 2);
    CHECK(before.remote.isEmpty());
    CHECK_FALSE(before.lastSync.isValid());
    CHECK(before.knownReplicas == 0);

    const sync::Round sent = a.round(remote);
    REQUIRE_MESSAGE(sent.report.isOk(), sent.report.message().toStdString());
    CHECK(sent.ok());
    CHECK(sent.report.value().sealedOperations == 2);
    CHECK(sent.report.value().pushedBatches == 1);
    CHECK(sent.report.value().receivedOperations == 0);
    CHECK_FALSE(sent.report.value().replicaIdChanged);
    // A round that only sends writes nothing a view shows.
    CHECK(sent.integrated.ids.isEmpty());
    CHECK_FALSE(sent.integrated.everything);

    const sync::SyncStatus after = a.service->status();
    CHECK(after.pendingOperations == 0);
    CHECK(after.remote == remote);
    CHECK(after.lastSync.isValid());
    CHECK(after.lastError.isEmpty());
    CHECK(after.replica == a.store->replicaId());
    CHECK(SyncService::rememberedRemote(*a.store) == remote);

    const sync::Round received = b.round(remote);
    REQUIRE_MESSAGE(received.report.isOk(), received.report.message().toStdString());
    CHECK(received.ok());
    CHECK(received.report.value().receivedOperations == 2);
    CHECK(received.report.value().appliedBatches == 1);
    CHECK(received.report.value().sealedOperations == 0);
    // Exactly what came in, for the views: the two accounts, from another replica.
    CHECK(received.integrated.remote);
    CHECK(received.integrated.entities == QSet<QString>{kAccount});
    CHECK(received.integrated.ids.contains(first));
    CHECK(received.integrated.ids.contains(second));
    CHECK_FALSE(received.integrated.everything);
    CHECK(b.store->record(kAccount, first).value().value(QStringLiteral("name")) ==
          QStringLiteral("中国石化"));
    CHECK(b.service->status().knownReplicas == 1);

    // Nothing new: the next round brings nothing and integrates nothing.
    const sync::Round idle = b.round(remote);
    REQUIRE(idle.report.isOk());
    CHECK(idle.report.value().receivedOperations == 0);
    CHECK(idle.integrated.ids.isEmpty());
    CHECK_FALSE(idle.integrated.remote);
}

TEST_CASE("a service that opens the database file itself syncs like one over a caller's store")
{
    QTemporaryDir dir;
    const QString remote = test::makeBareRemote(dir.filePath(QStringLiteral("team.git")));
    Member a(dir.filePath(QStringLiteral("a.db")));
    const QString acc = a.addAccount(QStringLiteral("华为技术有限公司"));
    REQUIRE(a.round(remote).ok());

    const QString path = dir.filePath(QStringLiteral("b.db"));
    { // the file exists, as the desktop's does before its sync thread opens it
        Member created(path);
    }
    auto opened = SyncService::open(path);
    REQUIRE_MESSAGE(opened.isOk(), opened.message().toStdString());
    const sync::Round round = opened.value()->runRound(remote, {});
    REQUIRE_MESSAGE(round.report.isOk(), round.report.message().toStdString());
    CHECK(round.integrated.ids.contains(acc));
    CHECK(QFileInfo(path + QStringLiteral(".sync")).isDir()); // the git directory beside the database
}

TEST_CASE("a copied database takes a new replica id, and the round says everything may have changed")
{
    QTemporaryDir dir;
    const QString remote = test::makeBareRemote(dir.filePath(QStringLiteral("team.git")));
    const QString original = dir.filePath(QStringLiteral("a.db"));
    const QString copy = dir.filePath(QStringLiteral("copy.db"));
    QString oldReplica;
    {
        Member a(original);
        a.addAccount(QStringLiteral("中国移动"));
        REQUIRE(a.round(remote).ok());
        oldReplica = a.store->replicaId();
    }
    REQUIRE(QFile::copy(original, copy)); // without its .sync directory, as a backup would be

    Member c(copy);
    c.addAccount(QStringLiteral("中国联通"));
    const sync::Round round = c.round(remote);
    REQUIRE_MESSAGE(round.report.isOk(), round.report.message().toStdString());
    CHECK(round.report.value().replicaIdChanged);
    CHECK(round.integrated.everything);
    CHECK(c.store->replicaId() != oldReplica);
    CHECK(c.service->status().pendingOperations == 0);
}

TEST_CASE("an unreachable or missing remote is reported in words and local work goes on")
{
    QTemporaryDir dir;
    Member a(dir.filePath(QStringLiteral("a.db")));
    const QString acc = a.addAccount(QStringLiteral("离线集团"));

    // Nothing listens on port 9 of this machine.
    const sync::Round closed = a.round(QStringLiteral("git://127.0.0.1:9/team.git"));
    REQUIRE_FALSE(closed.report.isOk());
    CHECK_FALSE(closed.ok());
    CHECK(closed.report.message().contains(QStringLiteral("127.0.0.1")));
    CHECK(closed.report.message().contains(QStringLiteral("unreachable")));
    CHECK(closed.integrated.ids.isEmpty());
    // The status keeps the error; the operation still waits to go out.
    const sync::SyncStatus status = a.service->status();
    CHECK(status.lastError == closed.report.message());
    CHECK(status.pendingOperations == 1);

    // A path where no repository is: the message names the place.
    const QString nowhere = dir.filePath(QStringLiteral("nowhere/team.git"));
    const sync::Round missing = a.round(nowhere);
    REQUIRE_FALSE(missing.report.isOk());
    CHECK(missing.report.message().contains(QStringLiteral("nowhere")));

    // Local work goes on, and the same database syncs once the remote exists.
    REQUIRE(
        a.store->apply({QStringLiteral("edit"),
                        {Operation::set(kAccount, acc, {{QStringLiteral("tier"), QStringLiteral("S")}})}}));
    CHECK(a.service->status().pendingOperations == 2);
    const QString remote = test::makeBareRemote(dir.filePath(QStringLiteral("team.git")));
    const sync::Round good = a.round(remote);
    REQUIRE_MESSAGE(good.report.isOk(), good.report.message().toStdString());
    // The failed rounds sealed the first operation already; both go out now.
    CHECK(good.report.value().sealedOperations == 1);
    CHECK(good.report.value().pushedBatches == 1);
    CHECK(a.service->status().pendingOperations == 0);
    CHECK(a.service->status().lastError.isEmpty());
}

TEST_CASE("refused credentials end the round with an authentication error that does not show them")
{
    RefusingServer server;
    if (!server.isRunning()) {
        MESSAGE("python3 not available: skipping refused credentials");
        return;
    }
    QTemporaryDir dir;
    Member a(dir.filePath(QStringLiteral("a.db")));
    a.addAccount(QStringLiteral("认证集团"));
    Credentials wrong;
    wrong.username = QStringLiteral("alice");
    wrong.password = QStringLiteral("s3cret-token-value");

    const sync::Round round = a.round(server.url(), wrong);
    REQUIRE_FALSE(round.report.isOk());
    CHECK(round.report.message().contains(QStringLiteral("Authentication failed")));
    CHECK_FALSE(round.report.message().contains(wrong.password));
    CHECK(a.service->status().pendingOperations == 1);

    // The connection test says the same, and names no host key.
    const sync::RemoteSurvey survey = SyncService::surveyRemote(server.url(), wrong);
    REQUIRE_FALSE(survey.reached.isOk());
    CHECK(survey.reached.message().contains(QStringLiteral("Authentication failed")));
    CHECK(survey.untrustedHost.isNull());
    const sync::RemoteSurvey none = SyncService::surveyRemote(server.url(), {});
    REQUIRE_FALSE(none.reached.isOk());
    CHECK(none.reached.message().contains(QStringLiteral("none are configured")));
}

TEST_CASE("a token typed into the address is offered to the server, and never stored, shown or printed")
{
    RefusingServer server;
    if (!server.isRunning()) {
        MESSAGE("python3 not available: skipping a token in the address");
        return;
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.db"));
    Member a(path);
    a.addAccount(QStringLiteral("认证集团"));
    // "s3cret@token" percent-encoded in the address, as a browser copies it.
    const QString secret = QStringLiteral("s3cret@token-value");
    QString typed = server.url();
    typed.replace(QStringLiteral("http://"), QStringLiteral("http://alice:s3cret%40token-value@"));

    const sync::Round round = a.round(typed, {});
    REQUIRE_FALSE(round.report.isOk());
    // Offered: without it the server would have been offered nothing ("none are configured").
    CHECK(round.report.message().contains(QStringLiteral("Authentication failed")));
    CHECK_FALSE(round.report.message().contains(QStringLiteral("s3cret")));
    CHECK(a.service->status().remote == server.url());
    CHECK(SyncService::rememberedRemote(*a.store) == server.url());
    CHECK_FALSE(a.service->status().lastError.contains(QStringLiteral("s3cret")));
    // Nowhere in what the database keeps of this computer's settings.
    CHECK(a.store->reader()
              .scalar(QStringLiteral("SELECT count(*) FROM local WHERE CAST(value AS TEXT) LIKE '%s3cret%'"))
              .toInt() == 0);
    // Remembering an address directly keeps it without the token too.
    REQUIRE(SyncService::rememberRemote(*a.store, typed));
    CHECK(SyncService::rememberedRemote(*a.store) == server.url());

    // The connection test offers it the same way and does not repeat it.
    const sync::RemoteSurvey survey = SyncService::surveyRemote(typed, {});
    REQUIRE_FALSE(survey.reached.isOk());
    CHECK(survey.reached.message().contains(QStringLiteral("Authentication failed")));
    CHECK_FALSE(survey.reached.message().contains(QStringLiteral("s3cret")));
    // A token given apart wins over one in the address.
    Credentials given;
    given.password = QStringLiteral("other-token");
    CHECK(sync::withTokenOf(remote::split(typed), given).password == given.password);
    CHECK(sync::withTokenOf(remote::split(typed), {}).password == secret);
    CHECK(sync::withTokenOf(remote::split(typed), {}).username == QStringLiteral("alice"));
}

TEST_CASE("addresses without a token are kept as typed; messages lose a token however it is written")
{
    for (const char* kept : {"git://127.0.0.1:9418/team.git", "ssh://git@host/team.git", "git@host:team.git",
                             "/srv/share/team.git", "https://alice@host/team.git", "https://host/team.git"}) {
        const remote::Address a = remote::split(QString::fromLatin1(kept) + QStringLiteral("  "));
        CHECK(a.url == QString::fromLatin1(kept));
        CHECK(a.secret.isEmpty());
    }
    const remote::Address a =
        remote::split(QStringLiteral("https://%E5%BC%A0:t%2Fk@git.example.cn/销售/team.git"));
    CHECK(a.username == QStringLiteral("张"));
    CHECK(a.secret == QStringLiteral("t/k"));
    CHECK_FALSE(a.url.contains(QStringLiteral("t%2Fk")));
    CHECK(a.url.startsWith(QStringLiteral("https://git.example.cn/")));
    CHECK(remote::scrub(QStringLiteral("could not reach https://u:t%2Fk@h: t/k refused"), a.secret) ==
          QStringLiteral("could not reach https://u:***@h: *** refused"));
    CHECK(remote::scrub(QStringLiteral("nothing secret"), QString()) == QStringLiteral("nothing secret"));
}

TEST_CASE("surveying a remote counts devices and other branches, and finds another format")
{
    QTemporaryDir dir;
    const QString remote = test::makeBareRemote(dir.filePath(QStringLiteral("team.git")));
    sync::RemoteSurvey empty = SyncService::surveyRemote(remote, {});
    REQUIRE_MESSAGE(empty.reached.isOk(), empty.reached.message().toStdString());
    CHECK(empty.devices == 0);
    CHECK(empty.otherBranches == 0);
    CHECK(empty.unknownFormat.isEmpty());

    Member a(dir.filePath(QStringLiteral("a.db"))), b(dir.filePath(QStringLiteral("b.db")));
    a.addAccount(QStringLiteral("中国平安"));
    b.addAccount(QStringLiteral("中国人寿"));
    REQUIRE(a.round(remote).ok());
    REQUIRE(b.round(remote).ok());
    // Another project's branches beside them, written by plain git.
    git({QStringLiteral("init"), QStringLiteral("-q"), dir.filePath(QStringLiteral("work"))});
    git({QStringLiteral("-C"), dir.filePath(QStringLiteral("work")), QStringLiteral("commit"),
         QStringLiteral("-q"), QStringLiteral("--allow-empty"), QStringLiteral("-m"),
         QStringLiteral("code")});
    git({QStringLiteral("-C"), dir.filePath(QStringLiteral("work")), QStringLiteral("push"),
         QStringLiteral("-q"), remote, QStringLiteral("HEAD:refs/heads/main")});

    const sync::RemoteSurvey two = SyncService::surveyRemote(remote, {});
    REQUIRE(two.reached.isOk());
    CHECK(two.devices == 2);
    CHECK(two.otherBranches == 1);
    CHECK(two.unknownFormat.isEmpty());
    // The survey read the remote only: a's database still knows of no other replica.
    CHECK(a.service->status().knownReplicas == 0);

    // A later format of Summit's data, which this version cannot read.
    const QString newer = QStringLiteral("refs/heads/summit/e2/0123456789abcdef");
    git({QStringLiteral("-C"), dir.filePath(QStringLiteral("work")), QStringLiteral("push"),
         QStringLiteral("-q"), remote, QStringLiteral("HEAD:") + newer});
    CHECK(SyncService::surveyRemote(remote, {}).unknownFormat == newer);

    // Nothing there at all.
    const sync::RemoteSurvey missing = SyncService::surveyRemote(dir.filePath(QStringLiteral("nowhere")), {});
    CHECK_FALSE(missing.reached.isOk());
    CHECK(missing.reached.message().contains(QStringLiteral("nowhere")));
}

TEST_CASE("the remembered remote is the database's, and an unusable git directory is named")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.db"));
    Member a(path);
    CHECK(SyncService::rememberedRemote(*a.store).isEmpty());
    REQUIRE(SyncService::rememberRemote(*a.store, QStringLiteral("git://127.0.0.1/team.git")));
    CHECK(SyncService::rememberedRemote(*a.store) == QStringLiteral("git://127.0.0.1/team.git"));
    CHECK(a.service->status().remote == QStringLiteral("git://127.0.0.1/team.git"));

    // The directory beside another database holds something that is not a git repository.
    const QString other = dir.filePath(QStringLiteral("b.db"));
    REQUIRE(QDir().mkpath(other + QStringLiteral(".sync")));
    QFile stray(other + QStringLiteral(".sync/notes.txt"));
    REQUIRE(stray.open(QIODevice::WriteOnly));
    stray.write("not git");
    stray.close();
    auto store = Store::open(other);
    REQUIRE(store.isOk());
    const auto refused = SyncService::open(*store.value());
    REQUIRE_FALSE(refused.isOk());
    CHECK(refused.message().contains(other + QStringLiteral(".sync")));
    const auto refusedByPath = SyncService::open(other);
    REQUIRE_FALSE(refusedByPath.isOk());
    CHECK(refusedByPath.message().contains(QStringLiteral("not a git repository")));
    CHECK(stray.exists()); // nothing of it was touched
}
