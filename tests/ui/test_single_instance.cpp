// One Summit per user and display: a second launch hands its database and
// record to the running instance, which opens them in its window (after an
// open dialog is closed), and exits with 0. A socket file left by a crashed
// instance does not block the next start; one that is held but silent is
// reported, not taken over. The last case starts the real program twice.
#include "QtDoctest.h"

#include "ForwardedOpen.h"
#include "SingleInstance.h"
#include "demo/DemoData.h"
#include "store/Queries.h"
#include "store/Store.h"
#include "ui/MainWindow.h"
#include "ui/Workspace.h"
#include "ui/shell/AccountTabs.h"
#include "ui/shell/DatabaseProblem.h"

#include <QDeadlineTimer>
#include <QDialog>
#include <QDir>
#include <QElapsedTimer>
#include <QLocalServer>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <sys/socket.h>
#include <sys/un.h>
#include <thread>
#include <unistd.h>

using namespace summit;
using summit::app::OpenRequest;
using summit::app::SingleInstance;

namespace {

// Runs `start` in a thread of its own (it blocks until answered) while this
// thread keeps serving events, as the running instance's event loop would.
SingleInstance::Role launchFromThread(const QString& socket, const OpenRequest& request, int timeoutMs = 5000)
{
    std::atomic<int> role{-1};
    std::thread launch([&] {
        SingleInstance second(socket);
        role = int(second.start(request, timeoutMs));
        CHECK_FALSE(second.isListening());
    });
    QDeadlineTimer deadline(timeoutMs + 10000);
    while (role < 0 && !deadline.hasExpired())
        QTest::qWait(10);
    launch.join();
    return SingleInstance::Role(role.load());
}

// A socket file with nobody listening on it: what a killed instance leaves.
void leaveStaleSocket(const QString& path)
{
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    REQUIRE(fd >= 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    const QByteArray name = QFile::encodeName(path);
    REQUIRE(size_t(name.size()) < sizeof(address.sun_path));
    std::copy(name.begin(), name.end(), address.sun_path);
    REQUIRE(::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof(address)) == 0);
    ::close(fd);
}

// A database with one demo account and its user set, so that no "who are you?" waits.
QString makeDatabase(const QString& path)
{
    auto store = Store::open(path);
    REQUIRE(store.isOk());
    demo::Options options;
    options.accounts = 1;
    options.seed = 7;
    auto made = demo::generate(*store.value(), options);
    REQUIRE(made.isOk());
    REQUIRE(store.value()->setLocalValue(QStringLiteral("author"), made.value().meId));
    auto rows = listRecords(store.value()->reader(), QStringLiteral("account"));
    REQUIRE(rows.isOk());
    REQUIRE_FALSE(rows.value().empty());
    return rows.value().front().value(QStringLiteral("id")).toString();
}

} // namespace

TEST_CASE("a launch's request travels as one line and comes back the same")
{
    const OpenRequest request{QStringLiteral("/home/张伟/客户 2027.db"), false,
                              QStringLiteral("018c0000-0000-7000-8000-000000000001")};
    const QByteArray line = request.toLine();
    CHECK(line.endsWith('\n'));
    CHECK(line.count('\n') == 1);
    CHECK(OpenRequest::fromLine(line) == request);
    CHECK(OpenRequest::fromLine(OpenRequest{{}, true, {}}.toLine())->demo);
    CHECK_FALSE(OpenRequest::fromLine("GET / HTTP/1.0\n"));
}

TEST_CASE("the first launch listens; a second hands its request over and is acknowledged")
{
    QTemporaryDir dir;
    const QString socket = dir.filePath(QStringLiteral("summit.socket"));
    SingleInstance first(socket);
    REQUIRE(first.start({}) == SingleInstance::Role::Primary);
    CHECK(first.isListening());
    QSignalSpy requested(&first, &SingleInstance::requested);

    const OpenRequest request{dir.filePath(QStringLiteral("团队.db")), false, QStringLiteral("abc")};
    CHECK(launchFromThread(socket, request) == SingleInstance::Role::HandedOver);
    REQUIRE((requested.count() == 1 || requested.wait(5000)));
    CHECK(requested.at(0).at(0).value<OpenRequest>() == request);

    // Stopped (the window closed): the next launch listens itself.
    first.stop();
    SingleInstance next(socket);
    CHECK(next.start({}) == SingleInstance::Role::Primary);
}

TEST_CASE("a socket file left by a crashed instance does not block the next start")
{
    QTemporaryDir dir;
    const QString socket = dir.filePath(QStringLiteral("summit.socket"));
    leaveStaleSocket(socket);
    REQUIRE(QFileInfo::exists(socket));
    SingleInstance fresh(socket);
    CHECK(fresh.start({}) == SingleInstance::Role::Primary);
    CHECK(fresh.isListening());
    QSignalSpy requested(&fresh, &SingleInstance::requested);
    CHECK(launchFromThread(socket, {}) == SingleInstance::Role::HandedOver);
    CHECK((requested.count() == 1 || requested.wait(5000)));
}

TEST_CASE("an instance that holds the socket but does not answer is reported, not taken over")
{
    QTemporaryDir dir;
    const QString socket = dir.filePath(QStringLiteral("summit.socket"));
    QLocalServer silent; // accepts connections (the kernel does) but never reads them
    REQUIRE(silent.listen(socket));
    std::atomic<int> role{-1};
    QString why;
    std::thread launch([&] {
        SingleInstance second(socket);
        role = int(second.start({}, 1000));
        why = second.errorString();
    });
    launch.join(); // this thread serves no events meanwhile: nobody answers
    CHECK(SingleInstance::Role(role.load()) == SingleInstance::Role::NoAnswer);
    CHECK(why.contains(QStringLiteral("did not answer")));
    CHECK(silent.isListening());
    CHECK(QFileInfo::exists(socket));
}

TEST_CASE("a handed-over launch opens its database and record in the window, after an open dialog is closed")
{
    QTemporaryDir dir;
    const QString one = dir.filePath(QStringLiteral("one.db")), two = dir.filePath(QStringLiteral("two.db"));
    makeDatabase(one);
    const QString account = makeDatabase(two);
    auto store = Store::open(one);
    REQUIRE(store.isOk());
    ui::MainWindow window(std::move(store.value()));
    window.show();

    // A form is open: the switch waits for it, and the status bar says so.
    QDialog form(&window);
    form.setModal(true);
    form.open();
    REQUIRE(QApplication::activeModalWidget() == &form);
    app::openInWindow(window, {two, false, account});
    QTest::qWait(400);
    CHECK(window.workspace().store().path() == one);
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("once the open dialog is closed")));
    form.close();
    QTRY_COMPARE_WITH_TIMEOUT(window.workspace().store().path(), two, 5000);
    CHECK(window.accountTabs()->currentAccountId() == account);
    CHECK(window.statusBar()->currentMessage().isEmpty());

    // The same database again with a record: only the record opens.
    app::openInWindow(window, {two, false, QString()});
    CHECK(window.workspace().store().path() == two);

    // A file that is not there: explained, and the window keeps its database.
    auto previous = ui::databases::askAboutProblem;
    int asked = 0;
    ui::databases::askAboutProblem = [&](QWidget*, const ui::databases::ProblemReport& report) {
        ++asked;
        CHECK(report.problem == dbfile::Problem::Missing);
        return ui::databases::Answer::GiveUp;
    };
    app::openInWindow(window, {dir.filePath(QStringLiteral("gone.db")), false, QString()});
    ui::databases::askAboutProblem = previous;
    CHECK(asked == 1);
    CHECK(window.workspace().store().path() == two);
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("gone.db"))));
}

TEST_CASE("two real processes: the second hands over and exits with 0; after a crash the next one starts")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString run = dir.filePath(QStringLiteral("run"));
    REQUIRE(QDir().mkpath(run));
    QFile::setPermissions(run, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QString one = dir.filePath(QStringLiteral("one.db")), two = dir.filePath(QStringLiteral("two.db"));
    makeDatabase(one);
    const QString account = makeDatabase(two);

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), run);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    const QString socket = run + QStringLiteral("/summit-offscreen.socket");
    const QString settingsFile = dir.filePath(QStringLiteral("config/Summit/summit.conf"));
    auto launch = [&](QProcess& p, const QStringList& args) {
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p.start(QStringLiteral(SUMMIT_GUI_PATH), args);
        REQUIRE(p.waitForStarted(10000));
    };
    auto lastDatabase = [&] {
        return QSettings(settingsFile, QSettings::IniFormat)
            .value(QStringLiteral("database/last"))
            .toString();
    };

    QProcess first;
    launch(first, {QStringLiteral("--db"), one});
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(socket), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(lastDatabase(), one, 10000);

    QProcess second;
    QElapsedTimer timer;
    timer.start();
    launch(second, {QStringLiteral("--db"), two, QStringLiteral("--open"), account});
    REQUIRE(second.waitForFinished(30000));
    CHECK(second.exitStatus() == QProcess::NormalExit);
    CHECK(second.exitCode() == 0);
    MESSAGE("the second launch handed over and exited in " << timer.elapsed() << " ms");
    CHECK(first.state() == QProcess::Running);
    QTRY_COMPARE_WITH_TIMEOUT(lastDatabase(), two, 10000); // the first one opened it

    // The first one crashes: its socket file stays behind, and must not block the next start.
    first.kill();
    REQUIRE(first.waitForFinished(10000));
    CHECK(QFileInfo::exists(socket));
    QProcess third;
    launch(third, {QStringLiteral("--db"), one});
    QTRY_COMPARE_WITH_TIMEOUT(lastDatabase(), one, 30000); // it started and opened its database
    CHECK(third.state() == QProcess::Running);
    QProcess fourth;
    launch(fourth, {two});
    REQUIRE(fourth.waitForFinished(30000));
    CHECK(fourth.exitCode() == 0);
    QTRY_COMPARE_WITH_TIMEOUT(lastDatabase(), two, 10000);
    CHECK(third.state() == QProcess::Running);
    third.kill();
    third.waitForFinished(10000);
}
