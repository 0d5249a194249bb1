// Replication over ssh:// against a real OpenSSH server started on 127.0.0.1 for
// the test (its own host key, authorized key and config in a temporary directory):
// push and fetch with a key file, the host key checked against known_hosts (an
// unknown host and a changed key are refused, naming the fingerprint), and a key
// the server does not know ends in an authentication error.
//
// HOME points into the temporary directory before libgit2 starts, so the test
// reads and writes its own ~/.ssh/known_hosts, never the user's.
#include "GitDaemon.h"
#include "GitSyncController.h"
#include "QtDoctest.h"
#include "store/Ids.h"
#include "store/Store.h"
#include "sync/GitRepo.h"

#include <doctest/doctest.h>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <pwd.h>
#include <unistd.h>

using summit::Status;
using summit::sync::Credentials;
using summit::sync::GitRepo;
using summit::sync::PushOutcome;
using summit::test::GitDaemon;

namespace {

const QString kRef = QStringLiteral("refs/heads/summit/e1/aaaaaaaaaaaaaaaa");
const QString kTracking = QStringLiteral("refs/remotes/team/summit/e1/aaaaaaaaaaaaaaaa");

bool run(const QString& program, const QStringList& args, QString* out = nullptr)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        MESSAGE(program.toStdString() << ": " << p.readAllStandardError().toStdString());
        return false;
    }
    if (out != nullptr)
        *out = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    return true;
}

QString keygen(const QString& path)
{
    REQUIRE(run(QStringLiteral("ssh-keygen"),
                {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"),
                 QString(), QStringLiteral("-f"), path}));
    QFile pub(path + QStringLiteral(".pub"));
    REQUIRE(pub.open(QIODevice::ReadOnly));
    return QString::fromUtf8(pub.readAll()).trimmed();
}

QString userName()
{
    const passwd* pw = ::getpwuid(::getuid());
    return pw != nullptr ? QString::fromLocal8Bit(pw->pw_name) : QString();
}

// sshd on 127.0.0.1, with everything in `dir`.
class SshServer
{
public:
    explicit SshServer(const QString& dir) : m_port(GitDaemon::freePort())
    {
        m_hostKey = keygen(dir + QStringLiteral("/host_key"));
        m_userKey = dir + QStringLiteral("/user_key");
        QFile keys(dir + QStringLiteral("/authorized_keys"));
        REQUIRE(keys.open(QIODevice::WriteOnly));
        keys.write(keygen(m_userKey).toUtf8() + '\n');
        keys.close();
        QFile config(dir + QStringLiteral("/sshd_config"));
        REQUIRE(config.open(QIODevice::WriteOnly));
        config.write(QStringLiteral("Port %1\nListenAddress 127.0.0.1\nHostKey %2/host_key\n"
                                    "AuthorizedKeysFile %2/authorized_keys\nPidFile %2/sshd.pid\n"
                                    "PasswordAuthentication no\nKbdInteractiveAuthentication no\n"
                                    "PubkeyAuthentication yes\nPermitRootLogin prohibit-password\n"
                                    "StrictModes no\nUsePAM no\n")
                         .arg(m_port)
                         .arg(dir)
                         .toUtf8());
        config.close();
        QDir().mkpath(QStringLiteral("/run/sshd")); // privilege separation, when run as root
        m_process.start(QStringLiteral("/usr/sbin/sshd"), {QStringLiteral("-D"), QStringLiteral("-e"),
                                                           QStringLiteral("-f"), config.fileName()});
        REQUIRE_MESSAGE(m_process.waitForStarted(10000), "/usr/sbin/sshd (openssh-server) is needed");
        for (int i = 0; i < 100 && !GitDaemon::portAccepts(m_port); ++i)
            QThread::msleep(50);
        REQUIRE_MESSAGE(GitDaemon::portAccepts(m_port), m_process.readAllStandardError().toStdString());
    }
    ~SshServer()
    {
        m_process.terminate();
        m_process.waitForFinished(5000);
    }
    quint16 port() const { return m_port; }
    QString hostKey() const { return m_hostKey; } // "ssh-ed25519 AAAA... comment"
    QString userKey() const { return m_userKey; }
    QString url(const QString& path) const
    {
        return QStringLiteral("ssh://%1@127.0.0.1:%2%3").arg(userName()).arg(m_port).arg(path);
    }

private:
    quint16 m_port;
    QString m_hostKey, m_userKey;
    QProcess m_process;
};

void writeKnownHosts(const QString& home, const QString& line)
{
    QDir().mkpath(home + QStringLiteral("/.ssh"));
    QFile f(home + QStringLiteral("/.ssh/known_hosts"));
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(line.toUtf8() + '\n');
}

QString keyPart(const QString& publicKeyLine) // "type base64", without the comment
{
    return publicKeyLine.section(QLatin1Char(' '), 0, 1);
}

} // namespace

TEST_CASE("ssh:// with a key file: host key checked, push and fetch, wrong key refused")
{
    QTemporaryDir tmp;
    const QString home = tmp.filePath(QStringLiteral("home"));
    QDir().mkpath(home);
    qputenv("HOME", QFile::encodeName(home)); // libgit2 and Qt read it at each use
    GitRepo::initLibrary();

    SshServer server(tmp.path());
    const QString remote = tmp.filePath(QStringLiteral("team.git"));
    REQUIRE(run(QStringLiteral("git"),
                {QStringLiteral("init"), QStringLiteral("--bare"), QStringLiteral("-q"), remote}));
    const QString url = server.url(remote);
    Credentials key;
    key.sshKeyPath = server.userKey();
    key.useSshAgent = false;

    auto opened = GitRepo::open(tmp.filePath(QStringLiteral("a")));
    REQUIRE(opened.isOk());
    GitRepo& a = *opened.value();
    const auto id = a.appendBatch(kRef, "{\"v\":1}\n", QStringLiteral("batch"), QString());
    REQUIRE_MESSAGE(id.isOk(), id.message().toStdString());

    QString fingerprint;
    REQUIRE(run(QStringLiteral("ssh-keygen"),
                {QStringLiteral("-l"), QStringLiteral("-E"), QStringLiteral("sha256"), QStringLiteral("-f"),
                 tmp.filePath(QStringLiteral("host_key.pub"))},
                &fingerprint));
    fingerprint = fingerprint.section(QLatin1Char(' '), 1, 1); // "SHA256:..."
    const QString knownHosts = home + QStringLiteral("/.ssh/known_hosts");

    SUBCASE("a new host is refused, naming its fingerprint, until the user trusts that fingerprint")
    {
        const auto pushed = a.push(url, kRef, key);
        REQUIRE_FALSE(pushed.isOk());
        CHECK(pushed.message().contains(fingerprint));
        CHECK(pushed.message().contains(QStringLiteral("new to this computer")));
        CHECK(a.lastUntrustedHost().host == QStringLiteral("127.0.0.1"));
        CHECK(a.lastUntrustedHost().fingerprint == fingerprint);
        CHECK_FALSE(a.lastUntrustedHost().changed);
        CHECK_FALSE(QFile::exists(remote + QStringLiteral("/refs/heads/summit/e1")));

        Credentials wrongTrust = key; // another fingerprint than the one shown
        wrongTrust.trustHostKey = QStringLiteral("SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        REQUIRE_FALSE(a.testConnection(url, wrongTrust).isOk());
        CHECK_FALSE(QFile::exists(knownHosts));

        Credentials trusting = key;
        trusting.trustHostKey = fingerprint;
        const Status trusted = a.testConnection(url, trusting);
        REQUIRE_MESSAGE(trusted.isOk(), trusted.message().toStdString());
        CHECK(a.lastUntrustedHost().isNull());
        QFile f(knownHosts);
        REQUIRE(f.open(QIODevice::ReadOnly));
        CHECK(QString::fromUtf8(f.readAll()).trimmed() ==
              QStringLiteral("[127.0.0.1]:%1 %2").arg(server.port()).arg(keyPart(server.hostKey())));
        // From now on libgit2 finds the host in known_hosts by itself.
        const auto later = a.push(url, kRef, key);
        REQUIRE_MESSAGE(later.isOk(), later.message().toStdString());
        CHECK(later.value() == PushOutcome::Pushed);
    }

    SUBCASE("a host whose key changed is refused, even with its new fingerprint trusted")
    {
        const QString other = keygen(tmp.filePath(QStringLiteral("other_key")));
        const QString line = QStringLiteral("[127.0.0.1]:%1 %2").arg(server.port()).arg(keyPart(other));
        writeKnownHosts(home, line);
        Credentials trusting = key;
        trusting.trustHostKey = fingerprint;
        const auto pushed = a.push(url, kRef, trusting);
        REQUIRE_FALSE(pushed.isOk());
        CHECK(pushed.message().contains(QStringLiteral("has changed")));
        CHECK(pushed.message().contains(fingerprint));
        CHECK(a.lastUntrustedHost().changed);
        QFile f(knownHosts);
        REQUIRE(f.open(QIODevice::ReadOnly));
        CHECK(QString::fromUtf8(f.readAll()).trimmed() == line); // left as it was
    }

    SUBCASE("a changed key is recognised under a hashed host name too")
    {
        // As `ssh-keygen -H` writes it: |1|base64(salt)|base64(HMAC-SHA1(salt, "[host]:port")).
        const QString other = keygen(tmp.filePath(QStringLiteral("other_key")));
        writeKnownHosts(home, QStringLiteral("[127.0.0.1]:%1 %2").arg(server.port()).arg(keyPart(other)));
        REQUIRE(run(QStringLiteral("ssh-keygen"),
                    {QStringLiteral("-q"), QStringLiteral("-H"), QStringLiteral("-f"), knownHosts}));
        QFile f(knownHosts);
        REQUIRE(f.open(QIODevice::ReadOnly));
        REQUIRE(f.readAll().startsWith("|1|"));
        const auto pushed = a.push(url, kRef, key);
        REQUIRE_FALSE(pushed.isOk());
        CHECK(a.lastUntrustedHost().changed);
    }

    SUBCASE("a known host: push and fetch; a key the server does not know is an authentication error")
    {
        writeKnownHosts(
            home, QStringLiteral("[127.0.0.1]:%1 %2").arg(server.port()).arg(keyPart(server.hostKey())));
        CHECK_MESSAGE(a.testConnection(url, key).isOk(), a.testConnection(url, key).message().toStdString());
        const auto pushed = a.push(url, kRef, key);
        REQUIRE_MESSAGE(pushed.isOk(), pushed.message().toStdString());
        CHECK(pushed.value() == PushOutcome::Pushed);
        QString tip;
        REQUIRE(run(QStringLiteral("git"), {QStringLiteral("-C"), remote, QStringLiteral("rev-parse"), kRef},
                    &tip));
        CHECK(tip == id.value());

        auto b = GitRepo::open(tmp.filePath(QStringLiteral("b")));
        REQUIRE(b.isOk());
        const auto fetched = b.value()->fetch(url, key);
        REQUIRE_MESSAGE(fetched.isOk(), fetched.message().toStdString());
        CHECK(b.value()->tip(kTracking).value() == id.value());
        const auto refs = b.value()->listRemoteRefs(url, key);
        REQUIRE(refs.isOk());
        CHECK(refs.value() == QStringList{kRef});

        Credentials stranger;
        stranger.sshKeyPath = tmp.filePath(QStringLiteral("stranger_key"));
        keygen(stranger.sshKeyPath);
        stranger.useSshAgent = false;
        const auto refused = b.value()->fetch(url, stranger);
        REQUIRE_FALSE(refused.isOk());
        CHECK(refused.message().contains(QStringLiteral("uthentication")));
    }
}

TEST_CASE("the Sync page's controller asks about a new ssh host, then trusts it and syncs")
{
    QTemporaryDir tmp;
    const QString home = tmp.filePath(QStringLiteral("home"));
    QDir().mkpath(home);
    qputenv("HOME", QFile::encodeName(home));
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SummitTest"));
    QCoreApplication::setApplicationName(QStringLiteral("summit-ssh-test"));
    SshServer server(tmp.path());
    const QString remote = tmp.filePath(QStringLiteral("team.git"));
    REQUIRE(run(QStringLiteral("git"),
                {QStringLiteral("init"), QStringLiteral("--bare"), QStringLiteral("-q"), remote}));
    const QString url = server.url(remote);

    auto store = summit::Store::open(tmp.filePath(QStringLiteral("a.db")));
    REQUIRE(store.isOk());
    summit::GitSyncController::Options options;
    options.useKeychain = false;
    summit::GitSyncController controller(*store.value(), options);
    summit::ui::SyncCredentials credentials;
    credentials.sshKeyPath = server.userKey();

    QSignalSpy asked(&controller, &summit::ui::SyncController::newSshHost);
    QSignalSpy tested(&controller, &summit::ui::SyncController::connectionTested);
    controller.testConnection(url, credentials);
    REQUIRE(asked.wait(30000));
    CHECK(tested.isEmpty());
    CHECK(asked.at(0).at(0).toString() == url);
    CHECK(asked.at(0).at(1).toString() == QStringLiteral("127.0.0.1"));
    const QString fingerprint = asked.at(0).at(2).toString();
    CHECK(fingerprint.startsWith(QStringLiteral("SHA256:")));

    credentials.trustHostKey = fingerprint; // what the page sends once the user accepts
    controller.testConnection(url, credentials);
    REQUIRE(tested.wait(30000));
    CHECK_MESSAGE(tested.at(0).at(0).toBool(), tested.at(0).at(1).toString().toStdString());
    CHECK(tested.at(0).at(1).toString().contains(QStringLiteral("no Summit data yet")));

    // Rounds use the remembered key; nothing else was needed.
    credentials.trustHostKey.clear();
    controller.setRemote(url);
    controller.setCredentials(credentials);
    const QString id = summit::ids::newId();
    REQUIRE(store.value()->apply(
        {QStringLiteral("add"),
         {summit::Operation::set(QStringLiteral("account"), id,
                                 {{QStringLiteral("name"), QStringLiteral("华为技术有限公司")}})}}));
    QSignalSpy finished(&controller, &summit::ui::SyncController::syncFinished);
    controller.syncNow();
    REQUIRE(finished.wait(30000));
    CHECK_MESSAGE(finished.at(0).at(0).toBool(), finished.at(0).at(1).toString().toStdString());
    CHECK(controller.status().pendingOperations == 0);
}
