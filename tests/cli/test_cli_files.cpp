// summit-cli and the database file: two processes writing to one file at once
// (both land, nobody sees "database is locked"); a write while the desktop's
// store holds the file; and every bad file refused with one line that names it
// and says what to do, the file left as it was.
#include "CliRunner.h"
#include "QtDoctest.h"
#include "ReadOnlyFile.h"
#include "StoreFixture.h"
#include "store/DatabaseFile.h"
#include "store/Migrations.h"
#include "store/Queries.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QThread>

using namespace summit;
using summit::test::Cli;
using summit::test::Run;

namespace {

QByteArray digest(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// One line on stderr, exit 1, naming the file.
void checkRefused(const Run& r, const QString& path, const QString& words)
{
    CAPTURE(r.err);
    CHECK(r.code == 1);
    CHECK(r.out.isEmpty());
    CHECK(r.err.count(QLatin1Char('\n')) == 1);
    CHECK(r.err.startsWith(QStringLiteral("summit-cli: ")));
    CHECK(r.err.contains(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())));
    CHECK(r.err.contains(words));
}

QStringList taskTitles(const Cli& cli)
{
    QStringList titles;
    for (const QJsonValue& v : cli.json({QStringLiteral("task"), QStringLiteral("list")}).array())
        titles << v.toObject().value(QStringLiteral("title")).toString();
    return titles;
}

} // namespace

TEST_CASE("two summit-cli processes adding tasks to one file at once: every write lands, nothing is locked")
{
    Cli cli;
    const int perWriter = 40;
    QStringList errors;
    for (int i = 0; i < perWriter; ++i) {
        // Both writers start together, every round.
        QProcess a, b;
        for (auto [p, who] : {std::pair{&a, 'A'}, std::pair{&b, 'B'}})
            p->start(QStringLiteral(SUMMIT_CLI_PATH),
                     {QStringLiteral("--db"), cli.db, QStringLiteral("task"), QStringLiteral("add"),
                      QStringLiteral("任务%1-%2").arg(QLatin1Char(who)).arg(i)});
        for (QProcess* p : {&a, &b}) {
            REQUIRE(p->waitForFinished(60000));
            const QString err = QString::fromUtf8(p->readAllStandardError());
            if (p->exitCode() != 0 || !err.isEmpty())
                errors << err;
        }
    }
    CHECK_MESSAGE(errors.isEmpty(), errors.join(QLatin1Char('\n')).toStdString());
    CHECK_FALSE(errors.join(QString()).contains(QStringLiteral("locked")));
    const QStringList titles = taskTitles(cli);
    CHECK(titles.size() == 2 * perWriter);
    QSet<QString> expected;
    for (int i = 0; i < perWriter; ++i)
        expected << QStringLiteral("任务A-%1").arg(i) << QStringLiteral("任务B-%1").arg(i);
    CHECK(QSet<QString>(titles.begin(), titles.end()) == expected);
    // One operation per task, each with a number of its own.
    const QJsonObject stats = cli.json({QStringLiteral("stats")}).object();
    CHECK(stats.value(QStringLiteral("operations")).toInteger() == 2 * perWriter);
}

TEST_CASE("summit-cli writes while the desktop's store holds the file open, and waits for its write lock")
{
    Cli cli;
    auto opened = Store::open(cli.db);
    REQUIRE(opened.isOk());
    Store& store = *opened.value();
    REQUIRE(store.apply({QStringLiteral("add"),
                         {Operation::set(QStringLiteral("account"), ids::newId(),
                                         {{QStringLiteral("name"), QStringLiteral("桌面客户")}})}}));

    // Open but idle: the command goes through, and the store's own next write still does.
    const QString fromCli =
        cli.add({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("命令行客户")});
    CHECK(countLive(store.reader(), QStringLiteral("account")).value() == 2);
    REQUIRE(store.apply({QStringLiteral("add"),
                         {Operation::set(QStringLiteral("account"), ids::newId(),
                                         {{QStringLiteral("name"), QStringLiteral("桌面客户二")}})}}));
    CHECK(countLive(store.reader(), QStringLiteral("account")).value() == 3);
    CHECK(store.record(QStringLiteral("account"), fromCli).isOk());

    // The store in the middle of a write: the command waits for it instead of failing.
    QProcess p;
    QElapsedTimer timer;
    {
        StoreTransaction holding(store);
        REQUIRE(holding.status());
        timer.start();
        p.start(QStringLiteral(SUMMIT_CLI_PATH), {QStringLiteral("--db"), cli.db, QStringLiteral("task"),
                                                  QStringLiteral("add"), QStringLiteral("等锁的任务")});
        REQUIRE(p.waitForStarted());
        QThread::msleep(1500);
        CHECK(p.state() == QProcess::Running); // still waiting
        REQUIRE(holding.commit());
    }
    REQUIRE(p.waitForFinished(60000));
    CHECK_MESSAGE(p.exitCode() == 0, p.readAllStandardError().toStdString());
    CHECK(timer.elapsed() >= 1500);
    CHECK(taskTitles(cli) == QStringList{QStringLiteral("等锁的任务")});
}

TEST_CASE("a missing file or folder: one line naming it and how to create it; nothing is created")
{
    Cli cli(false);
    const QString missing = cli.dir.filePath(QStringLiteral("typo.db"));
    const Run listed = cli({QStringLiteral("account"), QStringLiteral("list")}, missing);
    checkRefused(listed, missing, QStringLiteral("does not exist"));
    CHECK(listed.err.contains(QStringLiteral("init")));
    checkRefused(cli({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("新客户")}, missing),
                 missing, QStringLiteral("does not exist"));
    CHECK_FALSE(QFile::exists(missing));

    const QString inMissingFolder = cli.dir.filePath(QStringLiteral("nowhere/team.db"));
    checkRefused(cli({QStringLiteral("stats")}, inMissingFolder), cli.dir.filePath(QStringLiteral("nowhere")),
                 QStringLiteral("does not exist"));
    CHECK_FALSE(QFileInfo::exists(cli.dir.filePath(QStringLiteral("nowhere"))));

    // init, demo and join make the database: asked for by name.
    CHECK(cli({QStringLiteral("init")}, inMissingFolder).code == 0);
    CHECK(QFile::exists(inMissingFolder));
    CHECK(cli({QStringLiteral("demo"), QStringLiteral("--accounts"), QStringLiteral("1")}, missing).code ==
          0);
}

TEST_CASE("a file that is not a database, a damaged one and one from a newer Summit are refused unchanged")
{
    Cli cli;
    const QString text = cli.dir.filePath(QStringLiteral("notes.db"));
    {
        QFile f(text);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("名单\n");
    }
    checkRefused(cli({QStringLiteral("account"), QStringLiteral("list")}, text), text,
                 QStringLiteral("not a Summit database"));
    checkRefused(cli({QStringLiteral("init")}, text), text, QStringLiteral("not a Summit database"));
    CHECK(QFileInfo(text).size() == 7);

    // Newer: refused for reading and for writing.
    cli.add({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("华为技术有限公司")});
    const QString newer = cli.dir.filePath(QStringLiteral("newer.db"));
    REQUIRE(QFile::copy(cli.db, newer));
    REQUIRE(test::writeBehindStore(
        newer, QStringLiteral("PRAGMA user_version = %1").arg(migrations::latestVersion() + 1)));
    const QByteArray before = digest(newer);
    const Run read = cli({QStringLiteral("account"), QStringLiteral("list")}, newer);
    checkRefused(read, newer, QStringLiteral("newer version of Summit"));
    CHECK(read.err.contains(QStringLiteral("Update Summit")));
    checkRefused(cli({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("新")}, newer), newer,
                 QStringLiteral("newer version of Summit"));
    CHECK(digest(newer) == before);

    // Damaged: refused, and `check` says so; a sound file passes `check`.
    const QString damaged = cli.dir.filePath(QStringLiteral("damaged.db"));
    REQUIRE(QFile::copy(cli.db, damaged));
    {
        QFile f(damaged);
        REQUIRE(f.open(QIODevice::ReadWrite));
        f.seek(16);
        f.write(QByteArray(84, '\xff'));
    }
    const Run refused = cli({QStringLiteral("account"), QStringLiteral("list")}, damaged);
    checkRefused(refused, damaged, QStringLiteral("damaged"));
    CHECK(refused.err.contains(QStringLiteral("backup")));
    CHECK(cli({QStringLiteral("check")}, damaged).code == 1);
    const Run sound = cli({QStringLiteral("check"), QStringLiteral("--full")});
    CHECK(sound.code == 0);
    CHECK(sound.out.contains(QStringLiteral("no damage found")));
}

TEST_CASE("a read-only file: lists work, every write is refused with a message naming the file")
{
    Cli cli;
    cli.add({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("只读集团")});
    const QByteArray before = digest(cli.db);
    test::ReadOnlyFile readOnly(cli.db);
    if (!readOnly.ok()) {
        MESSAGE("cannot make a file read-only here (root without chattr): not checked");
        return;
    }
    CHECK(cli.json({QStringLiteral("account"), QStringLiteral("list")}).array().size() == 1);
    const Run added = cli({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("新客户")});
    checkRefused(added, cli.db, QStringLiteral("read-only"));
    readOnly.restore();
    CHECK(digest(cli.db) == before);
    CHECK(cli.json({QStringLiteral("account"), QStringLiteral("list")}).array().size() == 1);
}
