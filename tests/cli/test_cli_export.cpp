// summit-cli export --format xlsx|csv end to end: the workbook of every type
// with ids and relation ids checked against the database, tasks, one type as
// CSV in UTF-8 or GB18030, --where, and the usage errors (each names what is
// wrong and leaves no file). A second, independent reader: headless
// LibreOffice converts the workbook to CSV (skipped when soffice is absent).
#include "CliRunner.h"
#include "OpenpyxlReader.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>
#include <QStringDecoder>

using summit::test::Cli;
using summit::test::Run;

namespace {

QString k(const char* text)
{
    return QString::fromLatin1(text);
}
QString s(const char* text)
{
    return QString::fromUtf8(text);
}

QByteArray bytesOf(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

// A small book made through the CLI itself.
struct Data
{
    Cli cli;
    QString lead, account, other, hq, plant, zhang, li, deal, task;
    Data()
    {
        lead = cli.add({k("member"), k("add"), s("李明")});
        account = cli.add({k("account"), k("add"), s("远航集团有限公司"), k("tier=A"), k("am_id=") + lead});
        other = cli.add({k("account"), k("add"), s("华北电力集团"), k("tier=B")});
        hq = cli.add({k("orgunit"), k("add"), account, s("远航集团总部")});
        plant = cli.add({k("orgunit"), k("add"), account, s("苏州工厂"), k("parent_id=") + hq});
        zhang = cli.add({k("contact"), k("add"), account, s("张伟"), k("org_unit_id=") + hq});
        li = cli.add({k("contact"), k("add"), account, s("李娜"), k("org_unit_id=") + plant,
                      k("reports_to=") + zhang});
        cli.add({k("contact"), k("add"), other, s("王强")});
        deal = cli.add({k("opportunity"), k("add"), account, s("数据中心扩容"), k("amount=1200000"),
                        k("owner_id=") + lead});
        task = cli.add({k("task"), k("add"), s("发报价单"), k("account_id=") + account, k("due=2026-07-01"),
                        k("assignee_id=") + lead});
    }
    Run exportWith(const QStringList& args) const { return cli(QStringList{k("export")} + args); }
};

QStringList rowOf(const QJsonArray& sheetRows, const QString& id, QStringList* headers)
{
    headers->clear();
    for (const QJsonValue& c : sheetRows.at(0).toArray())
        *headers << c.toObject().value(k("value")).toString();
    for (const QJsonValue& r : sheetRows) {
        QStringList cells;
        for (const QJsonValue& c : r.toArray())
            cells << c.toObject().value(k("value")).toVariant().toString();
        if (cells.value(0) == id)
            return cells;
    }
    FAIL_CHECK("no row " << id.toStdString());
    return {};
}

} // namespace

TEST_CASE("export --format xlsx: a workbook with a sheet per type, ids and relation ids as in the database")
{
    Data d;
    const QString path = d.cli.dir.filePath(k("all.xlsx"));
    const Run r = d.exportWith({k("--format"), k("xlsx"), k("--out"), path, k("--json")});
    REQUIRE_MESSAGE(r.code == 0, r.err);
    CHECK(QJsonDocument::fromJson(r.out.toUtf8()).object().value(k("rows")).toInt() == 2 + 2 + 3 + 1 + 0 + 1);
    if (summit::test::openpyxlPython().isEmpty()) {
        MESSAGE("python3-openpyxl is not installed: the workbook is not read back");
        return;
    }
    const QJsonArray book = summit::test::readWithOpenpyxl(path);
    REQUIRE(book.size() == 6);
    QStringList headers;
    const QStringList li = rowOf(book[2][k("rows")].toArray(), d.li, &headers);
    CHECK(li.value(headers.indexOf(k("Full name"))) == s("李娜"));
    CHECK(li.value(headers.indexOf(k("Org unit ID"))) == d.plant);
    CHECK(li.value(headers.indexOf(k("Reports to ID"))) == d.zhang);
    CHECK(li.value(headers.indexOf(k("Account ID"))) == d.account);
    const QStringList plant = rowOf(book[1][k("rows")].toArray(), d.plant, &headers);
    CHECK(plant.value(headers.indexOf(k("Parent ID"))) == d.hq);
    const QStringList deal = rowOf(book[3][k("rows")].toArray(), d.deal, &headers);
    CHECK(deal.value(headers.indexOf(k("Owner ID"))) == d.lead);
    CHECK(book[5][k("title")].toString() == k("Tasks"));
    const QStringList task = rowOf(book[5][k("rows")].toArray(), d.task, &headers);
    CHECK(task.value(headers.indexOf(k("Task"))) == s("发报价单"));
    CHECK(task.value(headers.indexOf(k("Assignee ID"))) == d.lead);
    CHECK(task.value(headers.indexOf(k("Account ID"))) == d.account);
}

TEST_CASE("export --type tasks --format csv, and --encoding gb18030 read back by another decoder")
{
    Data d;
    const QString utf8 = d.cli.dir.filePath(k("tasks.csv"));
    REQUIRE(d.exportWith({k("--format"), k("csv"), k("--type"), k("tasks"), k("--out"), utf8}).code == 0);
    const QByteArray bytes = bytesOf(utf8);
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(QString::fromUtf8(bytes).contains(s("发报价单")));
    CHECK(QString::fromUtf8(bytes).contains(d.task));

    const QString gb = d.cli.dir.filePath(k("contacts-gb.csv"));
    const Run r = d.exportWith(
        {k("--format"), k("csv"), k("--type"), k("contacts"), k("--encoding"), k("gb18030"), k("--out"), gb});
    REQUIRE_MESSAGE(r.code == 0, r.err);
    const QByteArray gbBytes = bytesOf(gb);
    CHECK_FALSE(gbBytes.startsWith("\xEF\xBB\xBF"));
    // Python's own GB18030 codec, independent of Qt's.
    QProcess py;
    py.start(k("python3"), {k("-c"),
                            k("import sys; sys.stdout.buffer.write(open(sys.argv[1], 'rb').read()"
                              ".decode('gb18030').encode('utf-8'))"),
                            gb});
    REQUIRE(py.waitForFinished(30000));
    REQUIRE(py.exitCode() == 0);
    const QString decoded = QString::fromUtf8(py.readAllStandardOutput());
    CHECK(decoded.contains(s("张伟")));
    CHECK(decoded.contains(s("远航集团总部")));
    CHECK(decoded.contains(d.li));
}

TEST_CASE("export --where picks rows; without --type it picks accounts and their records")
{
    Data d;
    const QString a = d.cli.dir.filePath(k("a.csv"));
    const Run tierA = d.exportWith({k("--format"), k("csv"), k("--type"), k("accounts"), k("--where"),
                                    k("tier=A"), k("--out"), a, k("--json")});
    REQUIRE_MESSAGE(tierA.code == 0, tierA.err);
    CHECK(QJsonDocument::fromJson(tierA.out.toUtf8()).object().value(k("rows")).toInt() == 1);
    CHECK(QString::fromUtf8(bytesOf(a)).contains(s("远航集团有限公司")));

    const Run mine =
        d.exportWith({k("--format"), k("csv"), k("--type"), k("opportunities"), k("--where"),
                      k("owner=") + d.lead, k("--out"), d.cli.dir.filePath(k("mine.csv")), k("--json")});
    REQUIRE_MESSAGE(mine.code == 0, mine.err);
    CHECK(QJsonDocument::fromJson(mine.out.toUtf8()).object().value(k("rows")).toInt() == 1);

    const Run tierB = d.exportWith({k("--format"), k("xlsx"), k("--where"), k("tier=B"), k("--out"),
                                    d.cli.dir.filePath(k("b.xlsx")), k("--json")});
    REQUIRE_MESSAGE(tierB.code == 0, tierB.err);
    CHECK(QJsonDocument::fromJson(tierB.out.toUtf8()).object().value(k("rows")).toInt() == 2); // 华北, 王强
}

TEST_CASE("export: a bad --format, --type, --where or --encoding is named, and no file is left")
{
    Data d;
    const QString xlsx = d.cli.dir.filePath(k("x.xlsx"));
    const QString csv = d.cli.dir.filePath(k("x.csv"));
    struct Case
    {
        QStringList args;
        QString says;
    };
    const std::vector<Case> cases = {
        {{k("--format"), k("ods"), k("--out"), xlsx}, k("--format must be json, xlsx or csv")},
        {{k("--format"), k("csv"), k("--out"), csv}, k("pick one with --type")},
        {{k("--format"), k("xlsx"), k("--type"), k("planets"), k("--out"), xlsx}, k("\"planets\"")},
        {{k("--format"), k("csv"), k("--type"), k("contacts"), k("--where"), k("colour=red"), k("--out"),
          csv},
         k("\"colour\"")},
        {{k("--format"), k("csv"), k("--type"), k("contacts"), k("--where"), k("colour"), k("--out"), csv},
         k("FIELD=VALUE")},
        {{k("--format"), k("xlsx"), k("--where"), k("tier=Z"), k("--out"), xlsx}, k("\"Z\"")},
        {{k("--format"), k("csv"), k("--type"), k("contacts"), k("--encoding"), k("latin1"), k("--out"), csv},
         k("utf-8 or gb18030")},
        {{k("--format"), k("xlsx"), k("--encoding"), k("gb18030"), k("--out"), xlsx}, k("--encoding is for")},
        {{k("--format"), k("xlsx"), k("--out"), csv}, k("must end in .xlsx")},
        {{k("--format"), k("json"), k("--type"), k("contacts"), k("--out"), xlsx}, k("--type goes with")},
    };
    for (const Case& c : cases) {
        CAPTURE(c.args.join(QLatin1Char(' ')));
        const Run r = d.exportWith(c.args);
        CHECK(r.code == 2);
        CHECK_MESSAGE(r.err.contains(c.says), r.err);
        CHECK_FALSE(QFile::exists(xlsx));
        CHECK_FALSE(QFile::exists(csv));
    }
    const Run missing =
        d.exportWith({k("--format"), k("xlsx"), k("--account"), k("no-such-id"), k("--out"), xlsx});
    CHECK(missing.code == 1);
    CHECK(missing.err.contains(k("no-such-id")));
    CHECK_FALSE(QFile::exists(xlsx));
    // The canonical JSON export is still there, and export-table still writes one type.
    CHECK(d.exportWith({k("--format"), k("json"), k("--out"), d.cli.dir.filePath(k("all.json"))}).code == 0);
    CHECK(d.cli({k("export-table"), k("--type"), k("tasks"), k("--out"), csv}).code == 0);
    const Run help = d.cli({k("export"), k("--help")});
    CHECK(help.out.contains(k("owner=MEMBER_ID")));
}

TEST_CASE("LibreOffice opens the exported workbook: converted headless to CSV, the Chinese names are there")
{
    const QString soffice = QStandardPaths::findExecutable(k("soffice"));
    if (soffice.isEmpty()) {
        MESSAGE("soffice is not installed (scripts/setup installs libreoffice-calc-nogui): not checked");
        return;
    }
    Data d;
    const QString path = d.cli.dir.filePath(k("book.xlsx"));
    REQUIRE(d.exportWith({k("--format"), k("xlsx"), k("--out"), path}).code == 0);
    const QString out = d.cli.dir.filePath(k("lo"));
    REQUIRE(QDir().mkpath(out));
    // A profile of its own, so the user's LibreOffice settings are never touched; one start per run.
    QProcess lo;
    lo.start(soffice,
             {k("-env:UserInstallation=file://") + d.cli.dir.filePath(k("profile")), k("--headless"),
              k("--convert-to"), k("csv:Text - txt - csv (StarCalc):44,34,76"), k("--outdir"), out, path});
    REQUIRE(lo.waitForFinished(240000));
    CHECK_MESSAGE(lo.exitCode() == 0, QString::fromUtf8(lo.readAllStandardError()));
    const QString csv = QDir(out).filePath(k("book.csv"));
    REQUIRE_MESSAGE(QFile::exists(csv), QString::fromUtf8(lo.readAllStandardOutput()));
    const QString text = QString::fromUtf8(bytesOf(csv)); // 76: written as UTF-8
    CHECK(text.contains(s("远航集团有限公司")));          // the first sheet: accounts
    CHECK(text.contains(s("华北电力集团")));
    CHECK(text.contains(d.account));
    CHECK(text.contains(s("李明")));
}
