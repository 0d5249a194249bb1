#pragma once
// summit-cli run as a child process on a database of its own, for the CLI suites.
#include "QtDoctest.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <map>
#include <memory>

namespace summit::test {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

struct Cli
{
    QTemporaryDir dir;
    QString db;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment(); // of every run
    // Makes the database with `init` unless `create` is false: every other
    // command refuses a file that does not exist.
    explicit Cli(bool create = true) : db(dir.filePath(QStringLiteral("cli.db")))
    {
        REQUIRE(dir.isValid());
        if (create)
            REQUIRE((*this)({QStringLiteral("init")}).code == 0);
    }

    Run operator()(QStringList args, const QString& database = {}) const
    {
        QProcess p;
        p.setProcessEnvironment(env);
        args.prepend(database.isEmpty() ? db : database);
        args.prepend(QStringLiteral("--db"));
        p.start(QStringLiteral(SUMMIT_CLI_PATH), args);
        REQUIRE(p.waitForFinished(120000));
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }
    QString add(const QStringList& args) const
    {
        const Run r = (*this)(args);
        REQUIRE_MESSAGE(r.code == 0, r.err.toStdString());
        return r.out.trimmed();
    }
    QJsonDocument json(const QStringList& args) const
    {
        const Run r = (*this)(args + QStringList{QStringLiteral("--json")});
        REQUIRE_MESSAGE(r.code == 0, r.err.toStdString());
        QJsonParseError pe{};
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &pe);
        REQUIRE_MESSAGE(pe.error == QJsonParseError::NoError, r.out.toStdString());
        return doc;
    }
    // Runs `demo` with these arguments once per test program and gives this
    // runner's database a copy of what it made: the demo is the slowest step of
    // the suites, and cases still change their copies without seeing each other.
    Run demoCopy(const QStringList& demoArgs) const
    {
        struct Made
        {
            QTemporaryDir dir;
            Run run;
        };
        static std::map<QStringList, std::unique_ptr<Made>> made;
        auto& slot = made[demoArgs];
        if (!slot) {
            slot = std::make_unique<Made>();
            REQUIRE(slot->dir.isValid());
            slot->run = (*this)(QStringList{QStringLiteral("demo")} + demoArgs,
                                slot->dir.filePath(QStringLiteral("demo.db")));
        }
        if (slot->run.code == 0) {
            QFile::remove(db);
            REQUIRE(QFile::copy(slot->dir.filePath(QStringLiteral("demo.db")), db));
        }
        return slot->run;
    }
    QByteArray exportJson(const QString& database) const
    {
        const QString out = dir.filePath(QStringLiteral("export-%1.json").arg(qHash(database)));
        const Run r = (*this)({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"),
                               QStringLiteral("--out"), out},
                              database);
        REQUIRE_MESSAGE(r.code == 0, r.err.toStdString());
        QFile f(out);
        REQUIRE(f.open(QIODevice::ReadOnly));
        return f.readAll();
    }
};

} // namespace summit::test
