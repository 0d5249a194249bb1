// summit-cli kpi: the team's key figures (core/query/Kpi.h) for a period and a
// scope, each beside the period before, as lines of text or as JSON.
#include "Cli.h"

#include "query/Kpi.h"
#include "query/Reports.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace summit::cli {

namespace {

struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

const QString kCommand = QStringLiteral("kpi");

QJsonValue orNull(const std::optional<double>& v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

QString isoOrEmpty(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QJsonObject reportJson(const query::KpiReport& r, const query::ReportPeriod& period)
{
    QJsonArray figures;
    for (const query::KpiFigure& f : r.figures)
        figures.append(QJsonObject{{QStringLiteral("key"), f.key},
                                   {QStringLiteral("label"), query::kpiLabel(f.key)},
                                   {QStringLiteral("value"), orNull(f.value)},
                                   {QStringLiteral("basis"), f.basis},
                                   {QStringLiteral("previous"), orNull(f.previous)},
                                   {QStringLiteral("previous_basis"), f.previousBasis}});
    return {{QStringLiteral("period"), period.key},
            {QStringLiteral("from"), isoOrEmpty(r.filter.from)},
            {QStringLiteral("to"), isoOrEmpty(r.filter.to)},
            {QStringLiteral("previous_from"), isoOrEmpty(r.before.from)},
            {QStringLiteral("previous_to"), isoOrEmpty(r.before.to)},
            {QStringLiteral("today"), isoOrEmpty(r.filter.today)},
            {QStringLiteral("member"), r.filter.member},
            {QStringLiteral("region"), r.filter.region},
            {QStringLiteral("industry"), r.filter.industry},
            {QStringLiteral("tier"), r.filter.tier},
            {QStringLiteral("figures"), figures}};
}

void printReport(QTextStream& out, const query::KpiReport& r, const query::ReportPeriod& period,
                 const QString& whose)
{
    out << CliText::tr("Key figures for %1 (%2 to %3), %4; compared with %5 to %6.")
               .arg(period.key, r.filter.from.toString(Qt::ISODate), r.filter.to.toString(Qt::ISODate), whose,
                    r.before.from.toString(Qt::ISODate), r.before.to.toString(Qt::ISODate))
        << "\n";
    const QString none = CliText::tr("not measured");
    for (const query::KpiFigure& f : r.figures) {
        QString line = CliText::tr("%1: %2 (n = %3)")
                           .arg(query::kpiLabel(f.key), f.value ? query::formatKpi(f.key, *f.value) : none)
                           .arg(f.basis);
        if (f.key != QLatin1String("weighted_pipeline")) // a state of today: no period before
            line = CliText::tr("%1; before: %2")
                       .arg(line, f.previous ? query::formatKpi(f.key, *f.previous) : none);
        out << "  " << line << "\n";
    }
}

int kpi(Context& ctx, const Args& args)
{
    if (!args.positional.isEmpty())
        return ctx.usage(CliText::tr("unexpected argument \"%1\".").arg(args.positional.first()), kCommand);
    query::DashboardFilter filter;
    filter.today = QDate::currentDate();
    if (args.has(QStringLiteral("--today"))) {
        filter.today = QDate::fromString(args.value(QStringLiteral("--today")), Qt::ISODate);
        if (!filter.today.isValid())
            return ctx.usage(CliText::tr("--today \"%1\" is not a date (YYYY-MM-DD).")
                                 .arg(args.value(QStringLiteral("--today"))),
                             kCommand);
    }
    // The quarter of today unless a period is given.
    const QString periodText =
        args.value(QStringLiteral("--period"),
                   QStringLiteral("%1Q%2").arg(filter.today.year()).arg((filter.today.month() + 2) / 3));
    auto period = query::parseReportPeriod(periodText);
    if (!period)
        return ctx.usage(period.message(), kCommand);
    filter.from = period.value().from;
    filter.to = period.value().to;
    if (const QString wrong = readScopeOptions(args, filter); !wrong.isEmpty())
        return ctx.usage(wrong, kCommand);

    Store* store = ctx.store();
    if (!store)
        return ctx.fail(ctx.openError().message());
    QString whose = CliText::tr("the whole team");
    if (!filter.member.isEmpty()) {
        auto member = store->record(QStringLiteral("member"), filter.member);
        if (!member)
            return ctx.fail(CliText::tr("no team member has the id \"%1\".").arg(filter.member));
        whose = member.value().value(QStringLiteral("name")).toString();
    }
    auto report = query::keyFigures(store->reader(), filter);
    if (!report)
        return ctx.fail(report.message());
    if (args.has(QStringLiteral("--json")))
        ctx.out << QString::fromUtf8(
            QJsonDocument(reportJson(report.value(), period.value())).toJson(QJsonDocument::Indented));
    else
        printReport(ctx.out, report.value(), period.value(), whose);
    return Ok;
}

} // namespace

void addKpiCommand(std::vector<Command>& list)
{
    list.push_back(
        {kCommand,
         CliText::tr("kpi [--period YYYYQn|YYYY-MM|YYYY-Www|YYYY] [--member ID] [--region R] [--industry I] "
                     "[--tier S|A|B|C] [--today YYYY-MM-DD] [--json]"),
         CliText::tr("Prints the team's key figures for a period (this quarter unless given), each with "
                     "how many records it rests on and its value in the period before: customer "
                     "satisfaction, NPS, repurchase, renewal and churn rates, average first response, "
                     "customer lifetime value, win rate, average sales cycle and weighted pipeline. A "
                     "figure with nothing to measure says so. With --json, rates are fractions and money "
                     "is in minor units (fen) of CNY."),
         {QStringLiteral("--period"), QStringLiteral("--member"), QStringLiteral("--region"),
          QStringLiteral("--industry"), QStringLiteral("--tier"), QStringLiteral("--today")},
         kpi});
}

} // namespace summit::cli
