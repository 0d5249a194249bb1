// summit-cli dashboard: the cockpit's figures (core/query/Dashboard.h) for a
// filter, as lines of text or as JSON for scripts and reports made elsewhere.
#include "Cli.h"

#include "model/Display.h"
#include "query/Dashboard.h"
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

const QString kCommand = QStringLiteral("dashboard");

QString isoOrEmpty(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

// -1 (not measured) stays null in JSON rather than a number a script could add up.
QJsonValue measured(double value)
{
    return value < 0 ? QJsonValue() : QJsonValue(value);
}

QJsonObject closedJson(const query::ClosedFigures& c)
{
    return {{QStringLiteral("from"), isoOrEmpty(c.from)},
            {QStringLiteral("to"), isoOrEmpty(c.to)},
            {QStringLiteral("won"), c.won},
            {QStringLiteral("lost"), c.lost},
            {QStringLiteral("won_amount"), double(c.wonAmount)},
            {QStringLiteral("win_rate"), measured(c.winRate)},
            {QStringLiteral("cycle_days"), measured(c.cycleDays)}};
}

QJsonObject figuresJson(const query::DashboardFigures& f)
{
    QJsonObject filter{
        {QStringLiteral("from"), isoOrEmpty(f.filter.from)}, {QStringLiteral("to"), isoOrEmpty(f.filter.to)},
        {QStringLiteral("member"), f.filter.member},         {QStringLiteral("region"), f.filter.region},
        {QStringLiteral("industry"), f.filter.industry},     {QStringLiteral("tier"), f.filter.tier}};
    QJsonArray funnel;
    for (const auto& s : f.funnel)
        funnel.append(QJsonObject{{QStringLiteral("stage"), s.stage},
                                  {QStringLiteral("count"), s.count},
                                  {QStringLiteral("amount"), double(s.amount)},
                                  {QStringLiteral("without_amount"), s.withoutAmount},
                                  {QStringLiteral("other_currency"), s.otherCurrency}});
    QJsonArray forecast;
    for (const auto& m : f.forecast)
        forecast.append(QJsonObject{
            {QStringLiteral("month"), m.month.isValid() ? m.month.toString(u"yyyy-MM") : QString()},
            {QStringLiteral("count"), m.count},
            {QStringLiteral("amount"), double(m.amount)},
            {QStringLiteral("weighted"), double(m.weighted)}});
    QJsonObject wins{{QStringLiteral("current"), closedJson(f.wins.current)}};
    if (f.wins.hasPrevious)
        wins.insert(QStringLiteral("previous"), closedJson(f.wins.previous));
    QJsonArray activity;
    for (const auto& a : f.activity)
        activity.append(QJsonObject{{QStringLiteral("member_id"), a.memberId},
                                    {QStringLiteral("member"), a.memberName},
                                    {QStringLiteral("week"), a.week.toString(Qt::ISODate)},
                                    {QStringLiteral("type"), a.type},
                                    {QStringLiteral("count"), a.count}});
    QJsonArray tiers;
    for (const auto& t : f.tiers)
        tiers.append(QJsonObject{{QStringLiteral("tier"), t.tier}, {QStringLiteral("count"), t.count}});
    QJsonArray coverageRows;
    for (const auto& row : f.coverage.accounts) {
        QJsonObject cells;
        for (size_t i = 0; i < row.cells.size() && i < size_t(f.coverage.roles.size()); ++i)
            cells.insert(f.coverage.roles[qsizetype(i)],
                         QJsonObject{{QStringLiteral("contacts"), row.cells[i].contacts},
                                     {QStringLiteral("covered"), row.cells[i].covered},
                                     {QStringLiteral("best_level"), row.cells[i].bestLevel}});
        coverageRows.append(QJsonObject{{QStringLiteral("account_id"), row.accountId},
                                        {QStringLiteral("name"), row.name},
                                        {QStringLiteral("tier"), row.tier},
                                        {QStringLiteral("roles"), cells}});
    }
    return {{QStringLiteral("filter"), filter},
            {QStringLiteral("currency"), QStringLiteral("CNY")},
            {QStringLiteral("amounts_in"), QStringLiteral("minor units (fen)")},
            {QStringLiteral("funnel"), funnel},
            {QStringLiteral("forecast"), forecast},
            {QStringLiteral("wins"), wins},
            {QStringLiteral("activity"), activity},
            {QStringLiteral("tiers"), tiers},
            {QStringLiteral("coverage"),
             QJsonObject{{QStringLiteral("accounts"), coverageRows},
                         {QStringLiteral("total_accounts"), f.coverage.totalAccounts}}}};
}

QString percent(double rate)
{
    return rate < 0 ? CliText::tr("none closed") : QStringLiteral("%1 %").arg(qRound(rate * 100));
}

void printFigures(QTextStream& out, const query::DashboardFigures& f)
{
    out << CliText::tr("Pipeline (open opportunities by stage):") << "\n";
    for (const auto& s : f.funnel)
        out << "  " << (s.stage.isEmpty() ? CliText::tr("(no stage)") : model::enumLabel(u"stage", s.stage))
            << ": " << CliText::tr("%n deals", nullptr, s.count) << ", " << model::formatMoney(s.amount)
            << "\n";
    out << CliText::tr("Weighted forecast by month of expected close:") << "\n";
    if (f.forecast.empty())
        out << "  " << CliText::tr("(no open opportunities)") << "\n";
    for (const auto& m : f.forecast)
        out << "  " << (m.month.isValid() ? m.month.toString(u"yyyy-MM") : CliText::tr("(no close date)"))
            << ": " << model::formatMoney(m.weighted) << " / " << model::formatMoney(m.amount) << "\n";
    const auto& c = f.wins.current;
    out << CliText::tr("Won %1, lost %2; win rate %3; average cycle %4")
               .arg(c.won)
               .arg(c.lost)
               .arg(percent(c.winRate), c.cycleDays < 0 ? CliText::tr("none closed")
                                                        : CliText::tr("%1 days").arg(qRound(c.cycleDays)))
        << "\n";
    QMap<QString, int> perMember;
    for (const auto& a : f.activity)
        perMember[a.memberName.isEmpty() ? CliText::tr("(no author)") : a.memberName] += a.count;
    out << CliText::tr("Follow-ups per team member:") << "\n";
    if (perMember.isEmpty())
        out << "  " << CliText::tr("(none in the period)") << "\n";
    for (auto it = perMember.cbegin(); it != perMember.cend(); ++it)
        out << "  " << it.key() << ": " << it.value() << "\n";
    out << CliText::tr("Accounts by tier:");
    for (const auto& t : f.tiers)
        out << " " << (t.tier.isEmpty() ? CliText::tr("none") : t.tier) << "=" << t.count;
    out << "\n";
}

Result<QDate> dateOption(const Args& args, const QString& option)
{
    if (!args.has(option))
        return QDate();
    const QDate d = QDate::fromString(args.value(option), Qt::ISODate);
    if (!d.isValid())
        return Error{CliText::tr("%1 \"%2\" is not a date (YYYY-MM-DD).").arg(option, args.value(option)),
                     {}};
    return d;
}

int dashboard(Context& ctx, const Args& args)
{
    if (!args.positional.isEmpty())
        return ctx.usage(CliText::tr("unexpected argument \"%1\".").arg(args.positional.first()), kCommand);
    query::DashboardFilter filter;
    auto from = dateOption(args, QStringLiteral("--from"));
    if (!from)
        return ctx.usage(from.message(), kCommand);
    auto to = dateOption(args, QStringLiteral("--to"));
    if (!to)
        return ctx.usage(to.message(), kCommand);
    filter.from = from.value();
    filter.to = to.value();
    if (filter.from.isValid() && filter.to.isValid() && filter.from > filter.to)
        return ctx.usage(CliText::tr("--from must not be after --to."), kCommand);
    if (const QString wrong = readScopeOptions(args, filter); !wrong.isEmpty())
        return ctx.usage(wrong, kCommand);

    Store* store = ctx.store();
    if (!store)
        return ctx.fail(ctx.openError().message());
    if (!filter.member.isEmpty()) {
        auto member = store->record(QStringLiteral("member"), filter.member);
        if (!member)
            return ctx.fail(CliText::tr("no team member has the id \"%1\".").arg(filter.member));
    }
    auto figures = query::dashboardFigures(store->reader(), filter);
    if (!figures)
        return ctx.fail(figures.message());
    if (args.has(QStringLiteral("--json")))
        ctx.out << QString::fromUtf8(
            QJsonDocument(figuresJson(figures.value())).toJson(QJsonDocument::Indented));
    else
        printFigures(ctx.out, figures.value());
    return Ok;
}

} // namespace

QString readScopeOptions(const Args& args, query::DashboardFilter& filter)
{
    filter.member = args.value(QStringLiteral("--member"));
    filter.region = args.value(QStringLiteral("--region"));
    filter.industry = args.value(QStringLiteral("--industry"));
    filter.tier = args.value(QStringLiteral("--tier"));
    static const QStringList tiers = {QStringLiteral("S"), QStringLiteral("A"), QStringLiteral("B"),
                                      QStringLiteral("C")};
    if (!filter.tier.isEmpty() && !tiers.contains(filter.tier))
        return CliText::tr("--tier must be one of: S, A, B, C.");
    return {};
}

void addDashboardCommand(std::vector<Command>& list)
{
    list.push_back(
        {kCommand,
         CliText::tr("dashboard [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--member ID] [--region R] "
                     "[--industry I] [--tier S|A|B|C] [--json]"),
         CliText::tr("Prints the cockpit's figures, as the Dashboard page computes them: the "
                     "pipeline by stage, the weighted forecast by month, deals won and lost with "
                     "the win rate and average cycle, follow-ups per team member and week, "
                     "accounts by tier and the coverage of decision roles. --from and --to narrow "
                     "what happened in time (deals closed, follow-ups); the others narrow by the "
                     "account or the team member. With --json, amounts are in minor units (fen) of "
                     "CNY."),
         {QStringLiteral("--from"), QStringLiteral("--to"), QStringLiteral("--member"),
          QStringLiteral("--region"), QStringLiteral("--industry"), QStringLiteral("--tier")},
         dashboard});
}

} // namespace summit::cli
