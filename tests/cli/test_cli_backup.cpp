// summit-cli backup and restore: the real binary on a database file, with its
// data and settings folders in a temporary directory.
#include "QtDoctest.h"

#include "CliRunner.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <random>

using summit::test::Cli;
using summit::test::Run;

namespace {

// A runner whose backups folder and settings are its own.
struct BackupCli : Cli
{
    BackupCli()
    {
        env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    }
    QString folder() const { return dir.filePath(QStringLiteral("data/Summit/summit/backups/cli")); }
    qsizetype accounts() const
    {
        return json({QStringLiteral("account"), QStringLiteral("list")}).array().size();
    }
    QJsonArray backups() const { return json({QStringLiteral("backup"), QStringLiteral("--list")}).array(); }
};

} // namespace

TEST_CASE("backup --out, then restore: what came after the backup is gone, the database as it was is kept")
{
    BackupCli cli;
    cli.add({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("华为技术有限公司")});
    const QString file = cli.dir.filePath(QStringLiteral("copy.db"));
    const Run made = cli({QStringLiteral("backup"), QStringLiteral("--out"), file});
    REQUIRE_MESSAGE(made.code == 0, made.err.toStdString());
    CHECK(made.out.contains(file));
    CHECK(made.out.contains(QStringLiteral("accounts: 1,")));
    CHECK(QFileInfo(file).size() > 0);
    CHECK(cli({QStringLiteral("backup"), QStringLiteral("--out"), cli.db}).code == 1); // not over itself

    cli.add({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("中兴通讯股份有限公司")});
    REQUIRE(cli.accounts() == 2);
    const Run restored = cli({QStringLiteral("restore"), file});
    REQUIRE_MESSAGE(restored.code == 0, restored.err.toStdString());
    CHECK(restored.out.contains(QStringLiteral("kept at")));
    CHECK(cli.accounts() == 1);
    // The database as it was: in the backups folder, with both accounts.
    const QJsonArray listed = cli.backups();
    REQUIRE(listed.size() == 1);
    const QJsonObject kept = listed[0].toObject();
    CHECK(kept.value(QStringLiteral("accounts")).toInt() == 2);
    CHECK(QFileInfo(kept.value(QStringLiteral("path")).toString()).absolutePath() ==
          QFileInfo(cli.folder() + QStringLiteral("/x")).absolutePath());
    CHECK(restored.out.contains(kept.value(QStringLiteral("path")).toString()));
}

TEST_CASE("backup without --out goes to the backups folder; the retention keeps the newest of the day")
{
    BackupCli cli;
    cli.add({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("华为技术有限公司")});
    const Run none = cli({QStringLiteral("backup"), QStringLiteral("--list")});
    CHECK(none.code == 0);
    CHECK(none.out.contains(QStringLiteral("No backups")));
    const Run first = cli({QStringLiteral("backup")});
    REQUIRE_MESSAGE(first.code == 0, first.err.toStdString());
    CHECK(first.out.contains(QDir(cli.folder()).absolutePath()));
    cli.add({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("中兴通讯股份有限公司")});
    const Run second = cli({QStringLiteral("backup")});
    REQUIRE(second.code == 0);
    // Both made today: the older one goes.
    CHECK(second.out.contains(QStringLiteral("Removed the older backup")));
    const QJsonArray listed = cli.backups();
    REQUIRE(listed.size() == 1);
    CHECK(listed[0].toObject().value(QStringLiteral("accounts")).toInt() == 2);
    const Run text = cli({QStringLiteral("backup"), QStringLiteral("--list")});
    CHECK(text.out.contains(QStringLiteral("accounts: 2,")));
}

TEST_CASE("restore refuses a bad file: exit 1, one line naming it, and the database is unchanged")
{
    BackupCli cli;
    cli.add({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("华为技术有限公司")});
    const QString noise = cli.dir.filePath(QStringLiteral("noise.db"));
    {
        QFile f(noise);
        REQUIRE(f.open(QIODevice::WriteOnly));
        std::mt19937 random(3);
        QByteArray bytes(20000, '\0');
        for (char& b : bytes)
            b = char(random() & 0xff);
        f.write(bytes);
    }
    const Run r = cli({QStringLiteral("restore"), noise});
    CHECK(r.code == 1);
    CHECK(r.err.startsWith(QStringLiteral("summit-cli: Nothing was restored")));
    CHECK(r.err.contains(noise));
    CHECK(r.err.count(QLatin1Char('\n')) == 1);
    CHECK(r.out.isEmpty());
    CHECK(cli.accounts() == 1);
    CHECK_FALSE(QFileInfo::exists(cli.folder())); // not even the current file was kept: nothing began

    CHECK(cli({QStringLiteral("restore")}).code == 2);
    CHECK(cli({QStringLiteral("restore"), noise, noise}).code == 2);
    const Run missing = cli({QStringLiteral("backup")}, cli.dir.filePath(QStringLiteral("missing.db")));
    CHECK(missing.code == 1);
    CHECK(missing.err.contains(QStringLiteral("no database")));
    CHECK_FALSE(QFileInfo::exists(cli.dir.filePath(QStringLiteral("missing.db"))));
}

TEST_CASE("--help lists backup and restore; restore ID still takes a record out of the trash")
{
    BackupCli cli;
    const Run help = cli({QStringLiteral("--help")});
    CHECK(help.out.contains(QStringLiteral("backup [--out FILE]")));
    CHECK(help.out.contains(QStringLiteral("restore ID|FILE")));
    const Run detail = cli({QStringLiteral("restore"), QStringLiteral("--help")});
    CHECK(detail.out.contains(QStringLiteral("trash")));
    CHECK(detail.out.contains(QStringLiteral("kept as a backup")));

    const QString acc =
        cli.add({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("华为技术有限公司")});
    REQUIRE(cli({QStringLiteral("delete"), acc}).code == 0);
    CHECK(cli.accounts() == 0);
    const Run back = cli({QStringLiteral("restore"), acc});
    CHECK_MESSAGE(back.code == 0, back.err.toStdString());
    CHECK(cli.accounts() == 1);
    CHECK_FALSE(QFileInfo::exists(cli.folder())); // no backup was involved
}
