// summit-cli export-table end to end: the real binary writes record lists as XLSX
// and CSV, and summit-cli import reads them back into another database, in English
// and in Chinese; the import's errors file as a workbook.
#include "CliRunner.h"
#include "OpenpyxlReader.h"
#include "import/LoadTable.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcessEnvironment>

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

// summit-cli in a language of its own (LANG), as a person in China runs it.
Run inLanguage(const char* lang, const QString& db, const QStringList& args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(k("LANG"), k(lang));
    env.remove(k("LC_ALL"));
    env.remove(k("LC_MESSAGES"));
    env.remove(k("LANGUAGE")); // the test runner pins English there
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(SUMMIT_CLI_PATH), QStringList{k("--db"), db} + args);
    REQUIRE(p.waitForFinished(120000));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

// The team of `from` added to `to` by name and e-mail: members are named in the sheets, not created.
void copyTeam(const Cli& cli, const QString& from, const QString& to)
{
    const Run list = cli({k("member"), k("list"), k("--json")}, from);
    REQUIRE(list.code == 0);
    for (const QJsonValue& m : QJsonDocument::fromJson(list.out.toUtf8()).array()) {
        const QJsonObject o = m.toObject();
        const Run added =
            cli({k("member"), k("add"), o.value(k("name")).toString(),
                 k("email=") + o.value(k("email")).toString(), k("role=") + o.value(k("role")).toString()},
                to);
        REQUIRE_MESSAGE(added.code == 0, added.err);
    }
}

} // namespace

TEST_CASE("export-table: usage is checked and documented; one kind of record per file, one account or all")
{
    Cli cli;
    const Run overview = cli({k("--help")});
    CHECK(overview.out.contains(k("export-table --type")));
    const Run help = cli({k("export-table"), k("--help")});
    CHECK(help.code == 0);
    CHECK(help.out.contains(k("summit-cli import FILE --type TYPE")));

    const QString out = cli.dir.filePath(k("out.xlsx"));
    CHECK(cli({k("export-table"), k("--out"), out}).code == 2);
    CHECK(cli({k("export-table"), k("--type"), k("planets"), k("--out"), out}).code == 2);
    CHECK(cli({k("export-table"), k("--type"), k("contacts")}).code == 2);
    const Run txt =
        cli({k("export-table"), k("--type"), k("contacts"), k("--out"), cli.dir.filePath(k("x.txt"))});
    CHECK(txt.code == 2);
    CHECK(txt.err.contains(k(".xlsx or .csv")));
    CHECK(cli({k("export-table"), k("stray"), k("--type"), k("contacts"), k("--out"), out}).code == 2);

    REQUIRE(cli({k("demo"), k("--accounts"), k("2"), k("--today"), k("2025-06-18")}).code == 0);
    const Run missing = cli(
        {k("export-table"), k("--type"), k("contacts"), k("--out"), out, k("--account"), k("no-such-id")});
    CHECK(missing.code == 1);
    CHECK(missing.err.contains(k("no-such-id")));
    CHECK_FALSE(QFile::exists(out));

    const Run all = cli({k("export-table"), k("--type"), k("contacts"), k("--out"), out});
    REQUIRE(all.code == 0);
    CHECK(all.out.contains(k("rows to ")));
    const QJsonArray accounts = cli.json({k("account"), k("list")}).array();
    REQUIRE(accounts.size() == 2);
    const QString first = accounts.at(0).toObject().value(k("id")).toString();
    const QJsonObject one = cli.json({k("export-table"), k("--type"), k("contacts"), k("--out"),
                                      cli.dir.filePath(k("one.csv")), k("--account"), first})
                                .object();
    const int inFirst =
        cli.json({k("contact"), k("list"), k("--account"), first, k("--limit"), k("100000")}).array().size();
    CHECK(one.value(k("rows")).toInt() == inFirst);
    auto loaded = summit::import::loadTable(out);
    REQUIRE(loaded.isOk());
    CHECK(int(loaded.value().table.rows.size()) > inFirst); // both accounts' people
}

TEST_CASE(
    "export-table then import, type by type, in English and in Chinese and from one to the other: every "
    "row back, nothing refused")
{
    // A sheet written by a colleague whose Summit speaks Chinese reads back in an English Summit, and
    // the other way round: headers and choices are read in either language.
    const std::pair<const char*, const char*> languages[] = {{"C.UTF-8", "C.UTF-8"},
                                                             {"zh_CN.UTF-8", "zh_CN.UTF-8"},
                                                             {"zh_CN.UTF-8", "C.UTF-8"},
                                                             {"C.UTF-8", "zh_CN.UTF-8"}};
    for (const auto& [lang, readLang] : languages) {
        const std::string language = std::string(lang) + " -> " + readLang;
        CAPTURE(language);
        Cli cli;
        const QString source = cli.db, target = cli.dir.filePath(k("target.db"));
        REQUIRE(inLanguage(lang, source, {k("demo"), k("--accounts"), k("1"), k("--today"), k("2025-06-18")})
                    .code == 0);
        REQUIRE(cli({k("init")}, target).code == 0); // only init makes a new database
        copyTeam(cli, source, target);
        for (const char* type : {"accounts", "orgunits", "contacts", "opportunities", "followups"}) {
            const std::string kind = type;
            CAPTURE(kind);
            const QString file =
                cli.dir.filePath(k(type) + (QByteArray(type) == "contacts" ? k(".csv") : k(".xlsx")));
            const Run exported = inLanguage(
                lang, source, {k("export-table"), k("--type"), k(type), k("--out"), file, k("--json")});
            REQUIRE_MESSAGE(exported.code == 0, exported.err);
            const int rows = QJsonDocument::fromJson(exported.out.toUtf8()).object().value(k("rows")).toInt();
            CHECK(rows > 0);
            const Run imported =
                inLanguage(readLang, target, {k("import"), file, k("--type"), k(type), k("--json")});
            REQUIRE_MESSAGE(imported.code == 0, imported.err);
            const QJsonObject report = QJsonDocument::fromJson(imported.out.toUtf8()).object();
            CHECK(report.value(k("created")).toInt() == rows);
            CHECK(report.value(k("errors")).toInt() == 0);
            CHECK(report.value(k("problems")).toArray().isEmpty());
            for (const QJsonValue& c : report.value(k("columns")).toArray())
                CHECK_MESSAGE(!c.toObject().value(k("field")).toString().isEmpty(),
                              c.toObject().value(k("header")).toString()); // every header maps back
            if (QByteArray(lang) == "zh_CN.UTF-8" && QByteArray(type) == "contacts") {
                QFile f(file);
                REQUIRE(f.open(QIODevice::ReadOnly));
                const QString header = QString::fromUtf8(f.readLine());
                CHECK_MESSAGE(header.contains(s("姓名")), header); // headers in the program's language
            }
        }
    }
}

TEST_CASE("import --errors FILE.xlsx writes the rows with errors as a workbook, ready to fix")
{
    Cli cli;
    QFile csv(cli.dir.filePath(k("in.csv")));
    REQUIRE(csv.open(QIODevice::WriteOnly));
    csv.write(s("客户名称,客户分级,备注\r\n好客户有限公司,A,ok\r\n坏分级有限公司,Z级,'=1+1\r\n").toUtf8());
    csv.close();
    const QString errors = cli.dir.filePath(k("errors.xlsx"));
    const Run r = cli({k("import"), csv.fileName(), k("--type"), k("accounts"), k("--errors"), errors});
    REQUIRE(r.code == 0);
    auto loaded = summit::import::loadTable(errors);
    REQUIRE_MESSAGE(loaded.isOk(), loaded.message());
    const summit::import::Table& t = loaded.value().table;
    CHECK(t.headers == QStringList{s("客户名称"), s("客户分级"), s("备注"), k("Problem")});
    REQUIRE(t.rows.size() == 1);
    CHECK(t.rows[0].cells[0] == s("坏分级有限公司"));
    CHECK(t.rows[0].cells[2] == k("=1+1")); // text, as it was meant before the CSV made it inert
    CHECK(t.rows[0].cells[3].toString().contains(s("Z级")));
    if (summit::test::openpyxlPython().isEmpty()) {
        MESSAGE(
            "python3-openpyxl is not installed: the errors workbook is not read by an independent reader");
        return;
    }
    const QJsonObject sheet = summit::test::readWithOpenpyxl(errors).at(0).toObject();
    const QJsonArray formula = sheet.value(k("rows")).toArray().at(1).toArray();
    CHECK(formula.at(2).toObject().value(k("type")).toString() == k("s"));
    CHECK(formula.at(2).toObject().value(k("value")).toString() == k("=1+1"));
}
