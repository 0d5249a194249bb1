// summit-cli report … --out FILE.xlsx: the account plan and the team review as
// workbooks, read back with openpyxl (tests/support/OpenpyxlReader.h), an
// independent reader, for the sheets, the typed cells, the frozen header rows
// and the native charts.

#include "CliRunner.h"
#include "OpenpyxlReader.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

using summit::test::Cli;
using summit::test::Run;

namespace {

QString k(const char* text)
{
    return QString::fromUtf8(text);
}

const char* kToday = "2026-11-20";

struct Demo : Cli
{
    QJsonObject account; // the first demo account
    explicit Demo() : Cli(false)
    {
        const Run made = demoCopy({k("--accounts"), k("6"), k("--today"), k(kToday)});
        REQUIRE_MESSAGE(made.code == 0, made.err.toStdString());
        const QJsonArray accounts = json({k("account"), k("list")}).array();
        REQUIRE(!accounts.isEmpty());
        account = accounts.first().toObject();
    }
    QString accountId() const { return account.value(k("id")).toString(); }
};

QJsonObject sheetNamed(const QJsonArray& book, const char* title)
{
    for (const QJsonValue& s : book)
        if (s.toObject().value(k("title")).toString() == k(title))
            return s.toObject();
    FAIL_CHECK("no sheet " << title);
    return {};
}

QStringList titles(const QJsonArray& book)
{
    QStringList out;
    for (const QJsonValue& s : book)
        out << s.toObject().value(k("title")).toString();
    return out;
}

QJsonArray rows(const QJsonObject& sheet)
{
    return sheet.value(k("rows")).toArray();
}

QJsonObject cell(const QJsonObject& sheet, int row, int column)
{
    return rows(sheet).at(row).toArray().at(column).toObject();
}

QStringList headerOf(const QJsonObject& sheet)
{
    QStringList out;
    for (const QJsonValue& c : rows(sheet).at(0).toArray())
        out << c.toObject().value(k("value")).toString();
    return out;
}

// The row of a label/value sheet whose first cell is `label`.
QJsonObject valueOf(const QJsonObject& sheet, const char* label)
{
    for (const QJsonValue& r : rows(sheet))
        if (r.toArray().at(0).toObject().value(k("value")).toString() == k(label))
            return r.toArray().at(1).toObject();
    FAIL_CHECK("no row " << label << " in " << sheet.value(k("title")).toString().toStdString());
    return {};
}

bool isMoney(const QJsonObject& c)
{
    return c.value(k("type")).toString() == k("n") && c.value(k("format")).toString().contains(QChar(0x00A5));
}

// Every sheet: a bold header row, frozen below it, with an autofilter from A1.
void checkSheetsFramed(const QJsonArray& book)
{
    for (const QJsonValue& v : book) {
        const QJsonObject s = v.toObject();
        const std::string title = s.value(k("title")).toString().toStdString();
        CHECK_MESSAGE(s.value(k("freeze")).toString() == k("A2"), title);
        CHECK_MESSAGE(s.value(k("filter")).toString().startsWith(k("A1:")), title);
        CHECK_MESSAGE(cell(s, 0, 0).value(k("bold")).toBool(), title);
    }
}

// The number of charts on each sheet, as openpyxl loads them.
QJsonObject chartsPerSheet(const QString& path)
{
    QProcess p;
    p.start(summit::test::openpyxlPython(),
            {k("-c"),
             k("import json, sys, openpyxl\n"
               "wb = openpyxl.load_workbook(sys.argv[1])\n"
               "json.dump({ws.title: len(ws._charts) for ws in wb.worksheets}, sys.stdout)\n"),
             path});
    REQUIRE(p.waitForFinished(120000));
    REQUIRE_MESSAGE(p.exitCode() == 0, p.readAllStandardError().toStdString());
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

} // namespace

TEST_CASE("report team --out .xlsx: a sheet per section, typed cells, frozen headers and native charts")
{
    if (summit::test::openpyxlPython().isEmpty()) {
        MESSAGE("python3-openpyxl is not installed: skipped");
        return;
    }
    const Demo cli;
    const QString out = cli.dir.filePath(k("review.xlsx"));
    const Run r =
        cli({k("report"), k("team"), k("--period"), k("2026-11"), k("--out"), out, k("--today"), k(kToday)});
    REQUIRE_MESSAGE(r.code == 0, r.err.toStdString());
    const QJsonArray book = summit::test::readWithOpenpyxl(out);
    CHECK(titles(book) == QStringList{k("Summary"), k("Funnel"), k("Forecast"), k("Activity ranking"),
                                      k("At risk"), k("Health"), k("Renewals"), k("Receivables"),
                                      k("Gone quiet")});
    checkSheetsFramed(book);

    const QJsonObject summary = sheetNamed(book, "Summary");
    CHECK(headerOf(summary) == QStringList{k("Figure"), k("Value")});
    CHECK(valueOf(summary, "Period").value(k("value")).toString() == k("2026-11"));
    const QJsonObject from = valueOf(summary, "From");
    CHECK(from.value(k("type")).toString() == k("d"));
    CHECK(from.value(k("value")).toString().startsWith(k("2026-11-01")));
    const QJsonObject pipeline = valueOf(summary, "Open pipeline");
    CHECK(isMoney(pipeline));
    CHECK(pipeline.value(k("value")).toDouble() > 0);
    CHECK(isMoney(valueOf(summary, "Weighted forecast")));
    CHECK(valueOf(summary, "Open deals").value(k("type")).toString() == k("n"));

    // The funnel's amounts are yuan with the ¥ format and add up to the open pipeline.
    const QJsonObject funnel = sheetNamed(book, "Funnel");
    CHECK(headerOf(funnel) == QStringList{k("Stage"), k("Deals"), k("Amount")});
    REQUIRE(rows(funnel).size() > 1);
    double sum = 0;
    for (int i = 1; i < rows(funnel).size(); ++i) {
        CHECK(cell(funnel, i, 0).value(k("type")).toString() == k("s"));
        CHECK(isMoney(cell(funnel, i, 2)));
        sum += cell(funnel, i, 2).value(k("value")).toDouble();
    }
    CHECK(sum == doctest::Approx(pipeline.value(k("value")).toDouble()));

    // Forecast months are dates shown as yyyy-mm, on their first day.
    const QJsonObject forecast = sheetNamed(book, "Forecast");
    REQUIRE(rows(forecast).size() > 1);
    const QJsonObject month = cell(forecast, 1, 0);
    CHECK(month.value(k("type")).toString() == k("d"));
    CHECK(month.value(k("format")).toString() == k("yyyy-mm"));
    CHECK(month.value(k("value")).toString().mid(8, 2) == k("01"));
    CHECK(isMoney(cell(forecast, 1, 2)));
    CHECK(isMoney(cell(forecast, 1, 3)));
    CHECK(cell(forecast, 1, 3).value(k("value")).toDouble() <=
          cell(forecast, 1, 2).value(k("value")).toDouble());

    // Health: the weakest accounts, the score a number, what costs most in words; the summary
    // counts the accounts in each band.
    const QJsonObject health = sheetNamed(book, "Health");
    CHECK(headerOf(health) == QStringList{k("Account"), k("Tier"), k("Health"), k("What costs most")});
    for (int i = 1; i < rows(health).size(); ++i) {
        CHECK(cell(health, i, 2).value(k("type")).toString() == k("n"));
        CHECK(cell(health, i, 2).value(k("value")).toDouble() < 70);
        CHECK_FALSE(cell(health, i, 3).value(k("value")).toString().isEmpty());
    }
    CHECK(valueOf(summary, "Accounts healthy").value(k("type")).toString() == k("n"));
    const double weak = valueOf(summary, "Accounts needing attention").value(k("value")).toDouble() +
                        valueOf(summary, "Accounts at risk by health").value(k("value")).toDouble();
    CHECK(double(rows(health).size() - 1) == doctest::Approx(std::min(10.0, weak))); // at most ten listed

    // The ranking: one column per follow-up type, adding up to each member's follow-ups.
    const QJsonObject ranking = sheetNamed(book, "Activity ranking");
    const QStringList rankingHeader = headerOf(ranking);
    REQUIRE(rankingHeader.size() > 2);
    CHECK(rankingHeader.mid(0, 2) == QStringList{k("Member"), k("Follow-ups")});
    REQUIRE(rows(ranking).size() > 1);
    for (int i = 1; i < rows(ranking).size(); ++i) {
        double types = 0;
        for (int c = 2; c < rankingHeader.size(); ++c)
            types += cell(ranking, i, c).value(k("value")).toDouble();
        CHECK(types == doctest::Approx(cell(ranking, i, 1).value(k("value")).toDouble()));
    }

    CHECK(headerOf(sheetNamed(book, "Renewals")) ==
          QStringList{k("Account"), k("Contract"), k("End date"), k("Amount")});
    CHECK(headerOf(sheetNamed(book, "Receivables")) ==
          QStringList{k("Account"), k("Contract"), k("Due date"), k("Outstanding"), k("Days overdue")});

    // A native chart on the funnel, forecast and ranking sheets, none elsewhere.
    const QJsonObject charts = chartsPerSheet(out);
    CHECK(charts.value(k("Funnel")).toInt() == 1);
    CHECK(charts.value(k("Forecast")).toInt() == 1);
    CHECK(charts.value(k("Activity ranking")).toInt() == 1);
    CHECK(charts.value(k("Summary")).toInt() == 0);
    CHECK(charts.value(k("Gone quiet")).toInt() == 0);
    // Nothing but the workbook is left in the folder.
    CHECK(QDir(cli.dir.path()).entryList({k("*.part")}, QDir::Files | QDir::Hidden).isEmpty());
}

TEST_CASE(
    "report account-plan --out .xlsx: its people, deals as money, follow-ups as dates, text never a formula")
{
    if (summit::test::openpyxlPython().isEmpty()) {
        MESSAGE("python3-openpyxl is not installed: skipped");
        return;
    }
    const Demo cli;
    // A summary that looks like a formula stays text.
    const Run added = cli(
        {k("followup"), k("add"), cli.accountId(), k("call"), k("=1+1 回访"), k("at=2026-11-19T02:00:00Z")});
    REQUIRE_MESSAGE(added.code == 0, added.err.toStdString());
    const QString out = cli.dir.filePath(k("计划.xlsx"));
    const Run r =
        cli({k("report"), k("account-plan"), cli.accountId(), k("--out"), out, k("--today"), k(kToday)});
    REQUIRE_MESSAGE(r.code == 0, r.err.toStdString());
    const QJsonArray book = summit::test::readWithOpenpyxl(out);
    CHECK(titles(book) == QStringList{k("Overview"), k("Key people"), k("Gaps"), k("Opportunities"),
                                      k("Follow-ups"), k("Tasks"), k("Next steps")});
    checkSheetsFramed(book);

    const QJsonObject overview = sheetNamed(book, "Overview");
    const QString name = cli.account.value(k("name")).toString();
    CHECK(valueOf(overview, "Account").value(k("value")).toString() == name);
    CHECK(valueOf(overview, "Date").value(k("type")).toString() == k("d"));
    CHECK(isMoney(valueOf(overview, "Open pipeline")));
    CHECK(valueOf(overview, "Active contacts").value(k("type")).toString() == k("n"));
    // Column B is wide enough for the Chinese account name, a CJK character counting two.
    CHECK(overview.value(k("widths")).toObject().value(k("B")).toDouble() >= 2 * name.size());

    // Key people: the contacts with a decision role, their role as its label.
    const QJsonObject people = sheetNamed(book, "Key people");
    CHECK(headerOf(people).mid(0, 7) == QStringList{k("Name"), k("Title"), k("Unit"), k("Decision role"),
                                                    k("Stance"), k("Influence"), k("Coverage")});
    const QJsonArray contacts = cli.json({k("contact"), k("list"), k("--account"), cli.accountId()}).array();
    QStringList withRole;
    for (const QJsonValue& c : contacts)
        if (!c.toObject().value(k("decision_role")).toString().isEmpty() &&
            c.toObject().value(k("status")).toString() != k("left"))
            withRole << c.toObject().value(k("name")).toString();
    REQUIRE(!withRole.isEmpty());
    QStringList listed;
    for (int i = 1; i < rows(people).size(); ++i)
        listed << cell(people, i, 0).value(k("value")).toString();
    CHECK_MESSAGE(listed.contains(withRole.first()), withRole.first().toStdString());
    CHECK_FALSE(
        cell(people, 1, 3).value(k("value")).toString().contains(QLatin1Char('_'))); // a label, not a key

    const QJsonObject deals = sheetNamed(book, "Opportunities");
    REQUIRE(rows(deals).size() > 1);
    CHECK(isMoney(cell(deals, 1, 2)));
    CHECK(cell(deals, 1, 4).value(k("type")).toString() == k("d"));

    const QJsonObject follow = sheetNamed(book, "Follow-ups");
    REQUIRE(rows(follow).size() > 1);
    CHECK(cell(follow, 1, 0).value(k("type")).toString() == k("d"));
    bool formulaText = false;
    for (int i = 1; i < rows(follow).size(); ++i)
        if (cell(follow, i, 3).value(k("value")).toString() == k("=1+1 回访")) {
            formulaText = true;
            CHECK(cell(follow, i, 3).value(k("type")).toString() == k("s"));
        }
    CHECK(formulaText);
}

TEST_CASE("report --out: another extension or a missing folder is refused and leaves no file")
{
    const Demo cli;
    const QString docx = cli.dir.filePath(k("plan.docx"));
    const Run wrongType = cli({k("report"), k("team"), k("--period"), k("2026-11"), k("--out"), docx});
    CHECK(wrongType.code == 2);
    CHECK_MESSAGE(wrongType.err.contains(k(".pdf or .xlsx")), wrongType.err.toStdString());
    CHECK_FALSE(QFileInfo::exists(docx));

    const QString nowhere = cli.dir.filePath(k("missing-folder/plan.xlsx"));
    const Run unwritable = cli({k("report"), k("account-plan"), cli.accountId(), k("--out"), nowhere});
    CHECK(unwritable.code == 1);
    CHECK_MESSAGE(unwritable.err.contains(nowhere), unwritable.err.toStdString());
    CHECK_FALSE(QFileInfo::exists(nowhere));

    // A bad period with an .xlsx name: refused before anything is written.
    const QString bad = cli.dir.filePath(k("bad.xlsx"));
    const Run badPeriod = cli({k("report"), k("team"), k("--period"), k("2026-13"), k("--out"), bad});
    CHECK(badPeriod.code == 2);
    CHECK_FALSE(QFileInfo::exists(bad));
    CHECK(QDir(cli.dir.path())
              .entryList({k("*.xlsx"), k("*.docx"), k("*.part")}, QDir::Files | QDir::Hidden)
              .isEmpty());
}
