// summit-cli import end to end: the real binary on files other programs wrote
// (tests/data/import), a real database file.
#include "CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcessEnvironment>

using summit::test::Cli;
using summit::test::Run;

TEST_CASE(
    "import: a dry run writes nothing; a mapping is saved and reused; errors go to a CSV; usage is checked")
{
    Cli cli;
    auto sample = [](const char* name) {
        return QStringLiteral(SUMMIT_IMPORT_SAMPLES "/") + QString::fromLatin1(name);
    };
    cli.add({QStringLiteral("member"), QStringLiteral("add"), QString::fromUtf8("李明")});
    cli.add({QStringLiteral("member"), QStringLiteral("add"), QString::fromUtf8("张伟")});
    const QString accounts = sample("team_accounts.xlsx");

    const QJsonObject dry = cli.json({QStringLiteral("import"), accounts, QStringLiteral("--type"),
                                      QStringLiteral("accounts"), QStringLiteral("--dry-run")})
                                .object();
    CHECK(dry.value(QStringLiteral("created")).toInt() == 4);
    CHECK_FALSE(dry.value(QStringLiteral("imported")).toBool());
    CHECK(dry.value(QStringLiteral("rows")).toArray().size() == 4);
    CHECK(cli.json({QStringLiteral("account"), QStringLiteral("list")}).array().isEmpty());

    const QString mapping = cli.dir.filePath(QStringLiteral("accounts.json"));
    const Run done = cli({QStringLiteral("import"), accounts, QStringLiteral("--type"),
                          QStringLiteral("accounts"), QStringLiteral("--save-mapping"), mapping});
    CHECK(done.code == 0);
    CHECK(done.out.contains(QStringLiteral("4 created")));
    CHECK(done.out.contains(QStringLiteral("and 1 record the rows imply"))); // English plural forms
    CHECK(cli.json({QStringLiteral("account"), QStringLiteral("list")}).array().size() == 2);
    REQUIRE(QFile::exists(mapping));
    // The saved mapping again: everything is there already.
    const QJsonObject again = cli.json({QStringLiteral("import"), accounts, QStringLiteral("--type"),
                                        QStringLiteral("accounts"), QStringLiteral("--mapping"), mapping})
                                  .object();
    CHECK(again.value(QStringLiteral("skipped")).toInt() == 4);
    // A mapping for another kind of records is refused.
    CHECK(cli({QStringLiteral("import"), accounts, QStringLiteral("--type"), QStringLiteral("contacts"),
               QStringLiteral("--mapping"), mapping})
              .code == 1);

    // One bad row: left out, named, written to the errors file; --all-or-nothing writes nothing.
    const QString csv = sample("team_contacts_gb18030.csv");
    const QString errors = cli.dir.filePath(QStringLiteral("errors.csv"));
    const Run strict = cli({QStringLiteral("import"), csv, QStringLiteral("--type"),
                            QStringLiteral("contacts"), QStringLiteral("--all-or-nothing")});
    CHECK(strict.code == 1);
    CHECK(strict.out.contains(QString::fromUtf8("不存在的集团")));
    const Run lenient = cli({QStringLiteral("import"), csv, QStringLiteral("--type"),
                             QStringLiteral("contacts"), QStringLiteral("--errors"), errors});
    CHECK(lenient.code == 0);
    CHECK(lenient.out.contains(QStringLiteral("row 4")));
    QFile file(errors);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(file.readAll()).contains(QString::fromUtf8("陈静")));

    // Killed with the import written but not committed: nothing of it is left, and the
    // database opens as before.
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SUMMIT_CRASH_AT"), QStringLiteral("before-local-commit"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(SUMMIT_CLI_PATH),
                {QStringLiteral("--db"), cli.db, QStringLiteral("import"), sample("team_accounts.xlsx"),
                 QStringLiteral("--type"), QStringLiteral("contacts"), QStringLiteral("--sheet"),
                 QString::fromUtf8("联系人")});
        REQUIRE(p.waitForFinished(120000));
        CHECK(p.exitCode() == 137);
        CHECK(cli.json({QStringLiteral("contact"), QStringLiteral("list")}).array().size() ==
              2); // the CSV's two
    }

    // Usage: a type is required and known; a missing file is one line naming it.
    CHECK(cli({QStringLiteral("import"), csv}).code == 2);
    CHECK(cli({QStringLiteral("import"), csv, QStringLiteral("--type"), QStringLiteral("planets")}).code ==
          2);
    CHECK(cli({QStringLiteral("import"), csv, QStringLiteral("--type"), QStringLiteral("contacts"),
               QStringLiteral("--on-duplicate"), QStringLiteral("merge")})
              .code == 2);
    const Run missing = cli({QStringLiteral("import"), cli.dir.filePath(QStringLiteral("nope.xlsx")),
                             QStringLiteral("--type"), QStringLiteral("accounts")});
    CHECK(missing.code == 1);
    CHECK(missing.err.contains(QStringLiteral("nope.xlsx")));
}

TEST_CASE(
    "import: two sheets of one workbook together, the contacts naming the accounts the first sheet creates")
{
    Cli cli;
    cli.add({QStringLiteral("member"), QStringLiteral("add"), QString::fromUtf8("李明")});
    cli.add({QStringLiteral("member"), QStringLiteral("add"), QString::fromUtf8("张伟")});
    const QString book = QStringLiteral(SUMMIT_IMPORT_SAMPLES "/team_accounts.xlsx");
    const QStringList both = {QStringLiteral("import"),       book,
                              QStringLiteral("--type"),       QStringLiteral("accounts"),
                              QStringLiteral("--sheet"),      QString::fromUtf8("客户"),
                              QStringLiteral("--with-sheet"), QString::fromUtf8("联系人=contacts")};

    // A dry run plans the contacts against the accounts it would create, and writes nothing.
    const QJsonObject dry = cli.json(both + QStringList{QStringLiteral("--dry-run")}).object();
    CHECK(dry.value(QStringLiteral("created")).toInt() == 4);
    const QJsonArray more = dry.value(QStringLiteral("with_sheets")).toArray();
    REQUIRE(more.size() == 1);
    const QJsonObject people = more.at(0).toObject();
    CHECK(people.value(QStringLiteral("sheet")).toString() == QString::fromUtf8("联系人"));
    CHECK(people.value(QStringLiteral("created")).toInt() == 4);
    CHECK(people.value(QStringLiteral("errors")).toInt() == 0);
    CHECK(cli.json({QStringLiteral("account"), QStringLiteral("list")}).array().isEmpty());

    const Run done = cli(both);
    CHECK(done.code == 0);
    CHECK(done.out.count(QStringLiteral("Imported:")) == 2);
    CHECK(cli.json({QStringLiteral("account"), QStringLiteral("list")}).array().size() == 2);
    // One change: one undo takes both sheets away.
    CHECK(cli({QStringLiteral("undo")}).code == 0);
    CHECK(cli.json({QStringLiteral("account"), QStringLiteral("list")}).array().isEmpty());

    // Usage: SHEET=TYPE with a known type; a sheet that is not there is named.
    CHECK(cli({QStringLiteral("import"), book, QStringLiteral("--type"), QStringLiteral("accounts"),
               QStringLiteral("--with-sheet"), QStringLiteral("联系人")})
              .code == 2);
    const Run missing =
        cli({QStringLiteral("import"), book, QStringLiteral("--type"), QStringLiteral("accounts"),
             QStringLiteral("--with-sheet"), QString::fromUtf8("没有=contacts")});
    CHECK(missing.code == 1);
    CHECK(missing.err.contains(QString::fromUtf8("没有")));
}
