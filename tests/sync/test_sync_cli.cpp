// Replication end to end: several summit-cli processes syncing at once through
// git daemon on 127.0.0.1, and a sync killed at each step of a round.
#include "GitDaemon.h"
#include "QtDoctest.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace {

struct Run
{
    int code = -1;
    int status = 0; // QProcess::ExitStatus
    QString out, err;
};

Run cli(const QString& db, const QStringList& args, const QString& crashAt = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!crashAt.isEmpty())
        env.insert(QStringLiteral("SUMMIT_CRASH_AT"), crashAt);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(SUMMIT_CLI_PATH), QStringList{QStringLiteral("--db"), db} + args);
    REQUIRE(p.waitForFinished(120000));
    return {p.exitCode(), int(p.exitStatus()), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QString add(const QString& db, const QStringList& args)
{
    const Run r = cli(db, args);
    REQUIRE_MESSAGE(r.code == 0, r.err.toStdString());
    return r.out.trimmed();
}

// A new database made explicitly, as every command but init, demo and join refuses a missing file.
void init(const QStringList& dbs)
{
    for (const QString& db : dbs)
        REQUIRE(cli(db, {QStringLiteral("init")}).code == 0);
}

QByteArray exportOf(const QString& db)
{
    const QString out = db + QStringLiteral(".json");
    const Run r = cli(db, {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"),
                           QStringLiteral("--out"), out});
    REQUIRE_MESSAGE(r.code == 0, r.err.toStdString());
    QFile f(out);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

qint64 operations(const QString& db)
{
    const Run r = cli(db, {QStringLiteral("stats"), QStringLiteral("--json")});
    REQUIRE(r.code == 0);
    return QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("operations")).toInteger();
}

void initBare(const QString& path)
{
    QProcess git;
    git.start(QStringLiteral("git"),
              {QStringLiteral("init"), QStringLiteral("--bare"), QStringLiteral("--quiet"), path});
    REQUIRE(git.waitForFinished(30000));
    REQUIRE(git.exitCode() == 0);
}

} // namespace

TEST_CASE("several summit-cli processes sync at once through git daemon on 127.0.0.1")
{
    QTemporaryDir dir;
    initBare(dir.filePath(QStringLiteral("team.git")));
    summit::test::GitDaemon daemon(dir.path());
    REQUIRE_MESSAGE(daemon.isRunning(), daemon.errorString().toStdString());
    const QString url = daemon.url(QStringLiteral("team.git"));
    CHECK(url.startsWith(QStringLiteral("git://127.0.0.1:")));

    QStringList dbs;
    for (int i = 0; i < 3; ++i)
        dbs << dir.filePath(QStringLiteral("member%1.db").arg(i));
    init(dbs);
    // Each member starts with their own accounts.
    for (int i = 0; i < 3; ++i)
        for (int k = 0; k < 3; ++k)
            add(dbs[i], {QStringLiteral("account"), QStringLiteral("add"),
                         QStringLiteral("成员%1的客户%2").arg(i).arg(k)});

    // All three sync at the same time, twice (the second round brings what others pushed meanwhile).
    for (int round = 0; round < 2; ++round) {
        std::vector<std::unique_ptr<QProcess>> running;
        for (const QString& db : dbs) {
            auto p = std::make_unique<QProcess>();
            p->start(QStringLiteral(SUMMIT_CLI_PATH),
                     {QStringLiteral("--db"), db, QStringLiteral("sync"), QStringLiteral("--remote"), url});
            running.push_back(std::move(p));
        }
        for (auto& p : running) {
            REQUIRE(p->waitForFinished(120000));
            CHECK_MESSAGE(p->exitCode() == 0, QString::fromUtf8(p->readAllStandardError()).toStdString());
        }
    }
    const Run last = cli(dbs[0], {QStringLiteral("sync")}); // the remote was remembered
    CHECK(last.code == 0);
    const QByteArray expected = exportOf(dbs[0]);
    CHECK(expected.count("成员") == 9);
    for (const QString& db : dbs)
        CHECK(exportOf(db) == expected);

    const Run status =
        cli(dbs[1], {QStringLiteral("sync"), QStringLiteral("status"), QStringLiteral("--json")});
    REQUIRE(status.code == 0);
    const QJsonObject s = QJsonDocument::fromJson(status.out.toUtf8()).object();
    CHECK(s.value(QStringLiteral("remote")).toString() == url);
    CHECK(s.value(QStringLiteral("pending")).toInteger() == 0);
    CHECK(s.value(QStringLiteral("replicas")).toInt() == 2);
    // Both other devices signed what they sent; this one signs with a key of its own.
    CHECK(s.value(QStringLiteral("signing_replicas")).toInt() == 2);
    const QString fingerprint = s.value(QStringLiteral("device_key")).toString();
    CHECK(QRegularExpression(QStringLiteral("^[0-9a-f]{4}( [0-9a-f]{4}){3}$")).match(fingerprint).hasMatch());
    const Run other =
        cli(dbs[2], {QStringLiteral("sync"), QStringLiteral("status"), QStringLiteral("--json")});
    CHECK(
        QJsonDocument::fromJson(other.out.toUtf8()).object().value(QStringLiteral("device_key")).toString() !=
        fingerprint);
    const Run words = cli(dbs[1], {QStringLiteral("sync"), QStringLiteral("status")});
    CHECK(words.out.contains(QStringLiteral("This device's signing key: ") + fingerprint));
    CHECK(words.out.contains(QStringLiteral("Other devices that sign their changes: 2 of 2")));

    // A newcomer joins into a new database and gets everything.
    const QString newcomer = dir.filePath(QStringLiteral("newcomer.db"));
    const Run joined = cli(newcomer, {QStringLiteral("join"), QStringLiteral("--remote"), url});
    REQUIRE_MESSAGE(joined.code == 0, joined.err.toStdString());
    CHECK(exportOf(newcomer) == expected);
    CHECK(cli(newcomer, {QStringLiteral("join"), QStringLiteral("--remote"), url}).code ==
          1); // not into an existing database
}

TEST_CASE("a sync killed at any step loses no operation and applies none twice")
{
    const QStringList steps = {QStringLiteral("after-seal-commit"), QStringLiteral("before-push"),
                               QStringLiteral("after-push"), QStringLiteral("after-fetch"),
                               QStringLiteral("mid-integrate")};
    for (const QString& step : steps) {
        CAPTURE(step);
        QTemporaryDir dir;
        const QString remote = dir.filePath(QStringLiteral("team.git"));
        initBare(remote);
        const QString a = dir.filePath(QStringLiteral("a.db")), b = dir.filePath(QStringLiteral("b.db"));
        init({a, b});
        const QString acc =
            add(a, {QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("崩溃测试集团")});
        REQUIRE(cli(a, {QStringLiteral("sync"), QStringLiteral("--remote"), remote}).code == 0);
        REQUIRE(cli(b, {QStringLiteral("sync"), QStringLiteral("--remote"), remote}).code == 0);
        add(b, {QStringLiteral("contact"), QStringLiteral("add"), acc, QStringLiteral("王芳")});
        // S: a strategic mark needs no reason.
        REQUIRE(cli(a, {QStringLiteral("account"), QStringLiteral("set"), acc, QStringLiteral("tier"),
                        QStringLiteral("S")})
                    .code == 0);
        REQUIRE(cli(b, {QStringLiteral("sync")}).code == 0);

        const qint64 opsBefore = operations(a);
        const Run crashed = cli(a, {QStringLiteral("sync")}, step);
        CHECK(crashed.code == 137); // stopped dead at that step
        const Run good = cli(a, {QStringLiteral("sync")});
        REQUIRE_MESSAGE(good.code == 0, good.err.toStdString());
        REQUIRE(cli(b, {QStringLiteral("sync")}).code == 0);
        REQUIRE(cli(a, {QStringLiteral("sync")}).code == 0);
        // a has its own 2 operations and b's contact: 3, each exactly once.
        CHECK(opsBefore == 2);
        CHECK(operations(a) == 3);
        CHECK(operations(b) == 3);
        CHECK(exportOf(a) == exportOf(b));
    }
}

TEST_CASE("sync errors are clear and change nothing")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("a.db"));
    init({db});
    add(db, {QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("离线集团")});
    const QByteArray before = exportOf(db);

    const Run none = cli(db, {QStringLiteral("sync")});
    CHECK(none.code == 2);
    CHECK(none.err.contains(QStringLiteral("--remote")));

    const Run notRepo = cli(
        db, {QStringLiteral("sync"), QStringLiteral("--remote"), dir.filePath(QStringLiteral("nowhere"))});
    CHECK(notRepo.code == 1);
    CHECK(notRepo.err.count(QLatin1Char('\n')) == 1);

    const Run closed = cli(db, {QStringLiteral("sync"), QStringLiteral("--remote"),
                                QStringLiteral("git://127.0.0.1:9/team.git")});
    CHECK(closed.code == 1);
    CHECK(closed.err.contains(QStringLiteral("127.0.0.1")));
    CHECK(exportOf(db) == before);
    // Local work goes on, and the operation is still waiting to be sent.
    add(db, {QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("离线集团二")});
    const Run status = cli(db, {QStringLiteral("sync"), QStringLiteral("status"), QStringLiteral("--json")});
    const QJsonObject s = QJsonDocument::fromJson(status.out.toUtf8()).object();
    CHECK(s.value(QStringLiteral("pending")).toInteger() == 2);
    CHECK_FALSE(s.value(QStringLiteral("last_error")).toString().isEmpty());

    // A token in --remote: the user is told it is not kept; no output or status repeats it.
    const Run token = cli(db, {QStringLiteral("sync"), QStringLiteral("--remote"),
                               QStringLiteral("git://bob:tok-7f3a9@127.0.0.1:9/team.git")});
    CHECK(token.code == 1);
    CHECK(token.err.contains(QStringLiteral("SUMMIT_GIT_TOKEN")));
    CHECK_FALSE(token.err.contains(QStringLiteral("tok-7f3a9")));
    CHECK_FALSE(token.out.contains(QStringLiteral("tok-7f3a9")));
    const Run after = cli(db, {QStringLiteral("sync"), QStringLiteral("status")});
    CHECK(after.out.contains(QStringLiteral("git://127.0.0.1:9/team.git")));
    CHECK_FALSE(after.out.contains(QStringLiteral("tok-7f3a9")));
}

TEST_CASE("conflicts, trash and restore from the command line")
{
    QTemporaryDir dir;
    const QString remote = dir.filePath(QStringLiteral("team.git"));
    initBare(remote);
    const QString a = dir.filePath(QStringLiteral("a.db")), b = dir.filePath(QStringLiteral("b.db"));
    init({a, b});
    const QString acc =
        add(a, {QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("冲突集团")});
    REQUIRE(cli(a, {QStringLiteral("sync"), QStringLiteral("--remote"), remote}).code == 0);
    REQUIRE(cli(b, {QStringLiteral("sync"), QStringLiteral("--remote"), remote}).code == 0);
    REQUIRE(cli(a, {QStringLiteral("account"), QStringLiteral("set"), acc, QStringLiteral("tier"),
                    QStringLiteral("S")})
                .code == 0);
    REQUIRE(cli(b, {QStringLiteral("account"), QStringLiteral("set"), acc, QStringLiteral("tier"),
                    QStringLiteral("C")})
                .code == 0);
    for (const QString& db : {a, b, a})
        REQUIRE(cli(db, {QStringLiteral("sync")}).code == 0);

    const Run listed = cli(a, {QStringLiteral("conflicts"), QStringLiteral("--json")});
    const QJsonArray conflicts = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    REQUIRE(conflicts.size() == 1);
    const QJsonObject c = conflicts.first().toObject();
    CHECK(c.value(QStringLiteral("title")).toString() == QStringLiteral("冲突集团"));
    const QString theirs = c.value(QStringLiteral("theirs")).toString();
    CHECK(QStringList{QStringLiteral("S"), QStringLiteral("C")}.contains(theirs));
    CHECK(c.value(QStringLiteral("mine")).toString() != theirs);

    CHECK(cli(a, {QStringLiteral("conflicts"), QStringLiteral("resolve"),
                  c.value(QStringLiteral("id")).toString(), QStringLiteral("--keep"),
                  QStringLiteral("sideways")})
              .code == 2);
    REQUIRE(
        cli(a, {QStringLiteral("conflicts"), QStringLiteral("resolve"),
                c.value(QStringLiteral("id")).toString(), QStringLiteral("--keep"), QStringLiteral("theirs")})
            .code == 0);
    CHECK(
        QJsonDocument::fromJson(cli(a, {QStringLiteral("conflicts"), QStringLiteral("--json")}).out.toUtf8())
            .array()
            .isEmpty());
    CHECK(QJsonDocument::fromJson(
              cli(a, {QStringLiteral("account"), QStringLiteral("show"), acc, QStringLiteral("--json")})
                  .out.toUtf8())
              .object()
              .value(QStringLiteral("tier"))
              .toString() == theirs);
    // The decision travels: b's conflict is settled too.
    for (const QString& db : {a, b})
        REQUIRE(cli(db, {QStringLiteral("sync")}).code == 0);
    CHECK(
        QJsonDocument::fromJson(cli(b, {QStringLiteral("conflicts"), QStringLiteral("--json")}).out.toUtf8())
            .array()
            .isEmpty());

    REQUIRE(cli(b, {QStringLiteral("delete"), acc}).code == 0);
    const QJsonArray trash =
        QJsonDocument::fromJson(cli(b, {QStringLiteral("trash"), QStringLiteral("--json")}).out.toUtf8())
            .array();
    REQUIRE(trash.size() == 1);
    CHECK(trash.first().toObject().value(QStringLiteral("id")).toString() == acc);
    REQUIRE(cli(b, {QStringLiteral("restore"), acc}).code == 0);
    CHECK(QJsonDocument::fromJson(cli(b, {QStringLiteral("trash"), QStringLiteral("--json")}).out.toUtf8())
              .array()
              .isEmpty());
}
