// summit-cli report: the account plan and the team review as PDF, read back
// with poppler-utils (pdftotext, pdfinfo, pdffonts) as a person's viewer would.

#include "CliRunner.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>

using summit::test::Cli;
using summit::test::Run;

namespace {

QString k(const char* text)
{
    return QString::fromUtf8(text);
}

const char* kToday = "2026-11-20";

bool havePoppler()
{
    for (const char* tool : {"pdftotext", "pdfinfo", "pdffonts"})
        if (QStandardPaths::findExecutable(k(tool)).isEmpty())
            return false;
    return true;
}

QString tool(const char* program, const QStringList& args)
{
    QProcess p;
    p.start(k(program), args);
    REQUIRE(p.waitForFinished(60000));
    REQUIRE_MESSAGE(p.exitCode() == 0, QString::fromUtf8(p.readAllStandardError()).toStdString());
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The text of one page (1-based), or of every page when `page` is 0.
QString pdfText(const QString& pdf, int page = 0)
{
    QStringList args;
    if (page > 0)
        args << k("-f") << QString::number(page) << k("-l") << QString::number(page);
    return tool("pdftotext", args << pdf << k("-"));
}

int pageCount(const QString& pdf)
{
    const QRegularExpression pages(k("^Pages:\\s+(\\d+)"), QRegularExpression::MultilineOption);
    return pages.match(tool("pdfinfo", {pdf})).captured(1).toInt();
}

// Each font row of pdffonts with its "emb" column.
void checkFontsEmbedded(const QString& pdf)
{
    const QStringList lines = tool("pdffonts", {pdf}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() > 2); // header, rule, at least one font
    const QString header = lines[0];
    const qsizetype emb = header.indexOf(k("emb"));
    REQUIRE(emb > 0);
    for (qsizetype i = 2; i < lines.size(); ++i)
        CHECK_MESSAGE(lines[i].mid(emb, 3) == k("yes"), lines[i].toStdString());
}

// Search and copy must give the ideographs, not look-alike Kangxi radicals or compatibility forms.
void checkNoRadicals(const QString& text)
{
    QString found;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= 0x2E80 && u <= 0x2FDF) || (u >= 0xF900 && u <= 0xFAFF))
            found += c;
    }
    CHECK_MESSAGE(found.isEmpty(), found.toStdString());
}

// summit-cli with LANG set and the runner's English pin (LANGUAGE) removed.
Run inLanguage(const Cli& cli, const char* lang, const QStringList& args)
{
    Cli& mutableCli = const_cast<Cli&>(cli);
    const QProcessEnvironment saved = cli.env;
    mutableCli.env.insert(k("LANG"), k(lang));
    mutableCli.env.remove(k("LC_ALL"));
    mutableCli.env.remove(k("LC_MESSAGES"));
    mutableCli.env.remove(k("LANGUAGE"));
    const Run r = cli(args);
    mutableCli.env = saved;
    return r;
}

struct Demo : Cli
{
    QJsonObject account; // the demo account with the most contacts
    QString contactName; // one of its key people (decision role), in Chinese
    explicit Demo(int accounts = 6) : Cli(false)
    {
        const Run made = demoCopy({k("--accounts"), QString::number(accounts), k("--today"), k(kToday)});
        REQUIRE_MESSAGE(made.code == 0, made.err.toStdString());
        const QJsonArray accountsList = json({k("account"), k("list")}).array();
        REQUIRE(!accountsList.isEmpty());
        account = accountsList.first().toObject();
        const QJsonArray contacts =
            json({k("contact"), k("list"), k("--account"), account.value(k("id")).toString()}).array();
        for (const QJsonValue& c : contacts)
            if (!c.toObject().value(k("decision_role")).toString().isEmpty()) {
                contactName = c.toObject().value(k("name")).toString();
                break;
            }
        REQUIRE(!contactName.isEmpty());
    }
    QString accountId() const { return account.value(k("id")).toString(); }
};

} // namespace

TEST_CASE(
    "report account-plan: the account's pages with every section, its people, the footer, fonts embedded")
{
    if (!havePoppler()) {
        MESSAGE("poppler-utils (pdftotext, pdfinfo, pdffonts) are not installed: skipped");
        return;
    }
    const Demo cli;
    const QString out = cli.dir.filePath(k("plan.pdf"));
    const Run r =
        cli({k("report"), k("account-plan"), cli.accountId(), k("--out"), out, k("--today"), k(kToday)});
    REQUIRE_MESSAGE(r.code == 0, r.err.toStdString());
    const int pages = pageCount(out);
    CHECK(pages >= 2); // the map has a page of its own
    const QString text = pdfText(out);
    CHECK(text.contains(cli.account.value(k("name")).toString()));
    CHECK(text.contains(cli.contactName));
    for (const char* section : {"Account plan", "Overview and key figures", "Decision-chain map",
                                "Key people", "Gaps", "Open opportunities and their buying centers",
                                "Follow-ups of the last 90 day", "Open tasks", "Next steps", "Legend"})
        CHECK_MESSAGE(text.contains(k(section)), std::string(section));
    CHECK(pdfText(out, 1).contains(k("Page 1 of %1").arg(pages)));
    CHECK(pdfText(out, pages).contains(k("Page %1 of %1").arg(pages)));
    checkNoRadicals(text);
    checkFontsEmbedded(out);
}

TEST_CASE("report account-plan in Chinese: the account, the map's title and the footer 第 1 页，共 N 页")
{
    if (!havePoppler()) {
        MESSAGE("poppler-utils are not installed: skipped");
        return;
    }
    const Demo cli;
    const QString out = cli.dir.filePath(k("计划.pdf"));
    const Run r = inLanguage(
        cli, "zh_CN.UTF-8",
        {k("report"), k("account-plan"), cli.accountId(), k("--out"), out, k("--today"), k(kToday)});
    REQUIRE_MESSAGE(r.code == 0, r.err.toStdString());
    const int pages = pageCount(out);
    const QString text = pdfText(out);
    CHECK(text.contains(cli.account.value(k("name")).toString()));
    CHECK(text.contains(k("决策链图谱")));
    CHECK(pdfText(out, 1).contains(k("第 1 页，共 %1 页").arg(pages)));
    checkNoRadicals(text);
    checkFontsEmbedded(out);
}

TEST_CASE(
    "report team: several pages, the quiet accounts' header row on each page, missing data said in words")
{
    if (!havePoppler()) {
        MESSAGE("poppler-utils are not installed: skipped");
        return;
    }
    const Demo cli(40);
    const QString out = cli.dir.filePath(k("review.pdf"));
    // Half a year after the demo's last follow-up every account is quiet: the last table runs over pages.
    const Run r = cli({k("report"), k("team"), k("--period"), k("2027-05"), k("--out"), out, k("--today"),
                       k("2027-06-01")});
    REQUIRE_MESSAGE(r.code == 0, r.err.toStdString());
    const int pages = pageCount(out);
    CHECK(pages > 1);
    const QString text = pdfText(out);
    for (const char* section :
         {"Monthly team review", "The whole team", "2027-05: 2027-05-01 to 2027-05-31", "Key figures",
          "Pipeline funnel", "Weighted forecast by expected close", "Activity ranking", "Accounts at risk",
          "Renewals due in the next 90 days", "Receivables overdue or due in the next 90 days",
          "Account health", "needs attention (40", "What costs most",
          "Accounts gone quiet (no follow-up in 30 day"})
        CHECK_MESSAGE(text.contains(k(section)), std::string(section));
    // The quiet accounts' table starts on one page and goes on over the next: its header row on both.
    int withHeader = 0;
    for (int page = 1; page <= pages; ++page) {
        const QString t = pdfText(out, page);
        CHECK(t.contains(k("Page %1 of %2").arg(page).arg(pages)));
        if (t.contains(k("Days quiet")))
            ++withHeader;
    }
    CHECK(withHeader >= 2);
    checkNoRadicals(text);
    checkFontsEmbedded(out);
}

TEST_CASE("report team for one member and for an ISO week")
{
    if (!havePoppler()) {
        MESSAGE("poppler-utils are not installed: skipped");
        return;
    }
    const Demo cli;
    const QJsonArray members = cli.json({k("member"), k("list")}).array();
    REQUIRE(!members.isEmpty());
    const QJsonObject member = members.first().toObject();
    const QString out = cli.dir.filePath(k("week.pdf"));
    const Run r = cli({k("report"), k("team"), k("--period"), k("2026-W47"), k("--member"),
                       member.value(k("id")).toString(), k("--out"), out, k("--today"), k(kToday)});
    REQUIRE_MESSAGE(r.code == 0, r.err.toStdString());
    const QString text = pdfText(out);
    CHECK(text.contains(k("Weekly team review")));
    CHECK(text.contains(member.value(k("name")).toString()));
    CHECK(text.contains(k("2026-W47: 2026-11-16 to 2026-11-22")));
    CHECK_FALSE(text.contains(k("The whole team")));
}

TEST_CASE("report: bad input is said plainly, exits non-zero and leaves no file")
{
    const Demo cli;
    const QString out = cli.dir.filePath(k("bad.pdf"));
    const auto refused = [&](const QStringList& args, const char* says, int code) {
        const Run r = cli(args);
        CHECK_MESSAGE(r.code == code, r.err.toStdString());
        CHECK_MESSAGE(r.err.contains(k(says)), r.err.toStdString());
        CHECK_FALSE(QFileInfo::exists(out));
    };
    refused({k("report"), k("team"), k("--period"), k("2026-13"), k("--out"), out}, "2026-13", 2);
    refused({k("report"), k("team"), k("--period"), k("2026-W54"), k("--out"), out}, "YYYY-MM", 2);
    refused({k("report"), k("team"), k("--out"), out}, "--period", 2);
    refused(
        {k("report"), k("team"), k("--period"), k("2026-11"), k("--member"), k("nobody"), k("--out"), out},
        "nobody", 1);
    refused({k("report"), k("account-plan"), k("no-such-account"), k("--out"), out}, "no-such-account", 1);
    refused({k("report"), k("account-plan"), cli.accountId()}, "--out", 2);
    refused({k("report"), k("account-plan"), cli.accountId(), k("--today"), k("2026-02-30"), k("--out"), out},
            "--today", 2);
    const QString docx = cli.dir.filePath(k("plan.docx"));
    const Run wrongType = cli({k("report"), k("account-plan"), cli.accountId(), k("--out"), docx});
    CHECK(wrongType.code == 2);
    CHECK(wrongType.err.contains(k(".pdf")));
    CHECK_FALSE(QFileInfo::exists(docx));
    const QString nowhere = cli.dir.filePath(k("missing-folder/plan.pdf"));
    const Run unwritable = cli({k("report"), k("account-plan"), cli.accountId(), k("--out"), nowhere});
    CHECK(unwritable.code == 1);
    CHECK(unwritable.err.contains(nowhere));
    CHECK_FALSE(QFileInfo::exists(nowhere));
    CHECK(QDir(cli.dir.path()).entryList({k("*.pdf"), k("*.docx")}, QDir::Files).isEmpty());
}
