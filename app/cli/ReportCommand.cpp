// summit-cli report: the report packs as PDF or XLSX — the account plan of
// one account and the team review of a month or week; --out's extension picks
// the form. Drawing the PDF needs a QGuiApplication; main.cpp creates one
// (offscreen unless a platform is set) for this command as for orgchart.

#include "Cli.h"

#include "export/ReportXlsx.h"
#include "query/Reports.h"
#include "render/ReportExport.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>
#include <QGuiApplication>

namespace summit::cli {

namespace {

// The translation context of this file (lupdate and the runtime agree on it).
struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// Whether --out names a workbook (.xlsx) rather than a PDF.
bool wantsXlsx(const Args& args)
{
    return QFileInfo(args.value(QStringLiteral("--out"))).suffix().toLower() == QLatin1String("xlsx");
}

// Checks what every report needs: --out FILE.pdf or FILE.xlsx, and a graphical
// application for a PDF. Returns the exit code of a failed check, or -1.
int checkOut(Context& ctx, const Args& args, const QString& command)
{
    const QString out = args.value(QStringLiteral("--out"));
    if (out.isEmpty())
        return ctx.usage(CliText::tr("--out FILE.pdf or FILE.xlsx is required."), command);
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (suffix != QLatin1String("pdf") && suffix != QLatin1String("xlsx"))
        return ctx.usage(CliText::tr("--out must end in .pdf or .xlsx, got %1.").arg(out), command);
    if (suffix == QLatin1String("pdf") && !qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return ctx.fail(
            CliText::tr("report needs a graphical application object; run it through summit-cli."));
    return -1;
}

// --today YYYY-MM-DD, or the current date. Invalid: an error message in `error`.
QDate todayOf(const Args& args, QString& error)
{
    if (!args.has(QStringLiteral("--today")))
        return QDate::currentDate();
    const QDate d = QDate::fromString(args.value(QStringLiteral("--today")), Qt::ISODate);
    if (!d.isValid())
        error = CliText::tr("--today takes a date YYYY-MM-DD, got %1.")
                    .arg(args.value(QStringLiteral("--today")));
    return d;
}

int accountPlan(Context& ctx, const Args& args)
{
    const QString command = QStringLiteral("report account-plan");
    if (args.positional.size() != 1)
        return ctx.usage(CliText::tr("expected one account id."), command);
    if (const int code = checkOut(ctx, args, command); code >= 0)
        return code;
    QString error;
    query::AccountPlanOptions o;
    o.today = todayOf(args, error);
    if (!error.isEmpty())
        return ctx.usage(error, command);
    Store* store = ctx.store();
    if (!store)
        return ctx.fail(ctx.openError().message());
    auto data = query::accountPlan(store->reader(), args.positional[0], o);
    if (!data)
        return ctx.fail(data.message());
    const QString out = args.value(QStringLiteral("--out"));
    if (Status s = wantsXlsx(args) ? exports::writeAccountPlanXlsx(data.value(), out)
                                   : ui::writeAccountPlanPdf(data.value(), out);
        !s)
        return ctx.fail(s.message());
    return Ok;
}

int teamReview(Context& ctx, const Args& args)
{
    const QString command = QStringLiteral("report team");
    if (!args.positional.isEmpty())
        return ctx.usage(CliText::tr("unexpected argument %1.").arg(args.positional.front()), command);
    if (!args.has(QStringLiteral("--period")))
        return ctx.usage(CliText::tr("--period YYYY-MM, YYYY-Www, YYYYQn or YYYY is required."), command);
    if (const int code = checkOut(ctx, args, command); code >= 0)
        return code;
    auto period = query::parseReportPeriod(args.value(QStringLiteral("--period")));
    if (!period)
        return ctx.usage(period.message(), command);
    QString error;
    query::TeamReviewOptions o;
    o.period = period.value();
    o.memberId = args.value(QStringLiteral("--member"));
    o.today = todayOf(args, error);
    if (!error.isEmpty())
        return ctx.usage(error, command);
    if (args.has(QStringLiteral("--quiet-days"))) {
        bool ok = false;
        o.quietDays = args.value(QStringLiteral("--quiet-days")).toInt(&ok);
        if (!ok || o.quietDays < 1 || o.quietDays > 3650)
            return ctx.usage(CliText::tr("--quiet-days takes a number of days from 1 to 3650."), command);
    }
    Store* store = ctx.store();
    if (!store)
        return ctx.fail(ctx.openError().message());
    auto data = query::teamReview(store->reader(), o);
    if (!data)
        return ctx.fail(data.message());
    const QString out = args.value(QStringLiteral("--out"));
    if (Status s = wantsXlsx(args) ? exports::writeTeamReviewXlsx(data.value(), out)
                                   : ui::writeTeamReviewPdf(data.value(), out);
        !s)
        return ctx.fail(s.message());
    return Ok;
}

} // namespace

void addReportCommands(std::vector<Command>& commands)
{
    commands.push_back(
        {QStringLiteral("report account-plan"),
         CliText::tr("report account-plan ACCOUNT-ID --out FILE.pdf|FILE.xlsx [--today YYYY-MM-DD]"),
         CliText::tr(
             "Writes the account plan of an account as an A4 PDF: key figures, the decision-chain map "
             "with its legend, key people with role, stance, influence and coverage, the gaps, open "
             "opportunities with their buying centers, the follow-ups of the last 90 days, open tasks "
             "and next steps. With --out FILE.xlsx it is an Excel workbook instead, one sheet per "
             "section. --today sets the date the plan is made for."),
         {QStringLiteral("--out"), QStringLiteral("--today")},
         accountPlan});
    commands.push_back(
        {QStringLiteral("report team"),
         CliText::tr("report team --period YYYY-MM|YYYY-Www|YYYYQn|YYYY --out FILE.pdf|FILE.xlsx [--member "
                     "MEMBER-ID] "
                     "[--quiet-days N] [--today YYYY-MM-DD]"),
         CliText::tr(
             "Writes the team review of a month, an ISO week, a quarter or a year as an A4 PDF, for the "
             "whole team or one "
             "member: key figures, the funnel and the weighted forecast, the activity ranking, accounts "
             "at risk and why, renewals and receivables due in the next 90 days, and the accounts "
             "with no follow-up in --quiet-days days (30 unless given). With --out FILE.xlsx it is an "
             "Excel workbook instead, one sheet per section, the funnel, forecast and ranking with "
             "charts."),
         {QStringLiteral("--out"), QStringLiteral("--period"), QStringLiteral("--member"),
          QStringLiteral("--quiet-days"), QStringLiteral("--today")},
         teamReview});
}

} // namespace summit::cli
