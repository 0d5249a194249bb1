// summit-cli account figures: one account's commercial figures
// (core/query/AccountCommerce.h), as text or JSON.
#include "Cli.h"

#include "model/Display.h"
#include "query/AccountCommerce.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace summit::cli {

namespace {

struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

const QString kCommand = QStringLiteral("account figures");

QJsonValue optional(const std::optional<int>& v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

int accountFigures(Context& ctx, const Args& args)
{
    if (args.positional.size() != 1)
        return ctx.usage(CliText::tr("expected one account id."), kCommand);
    QDate today;
    if (args.has(QStringLiteral("--today"))) {
        today = QDate::fromString(args.value(QStringLiteral("--today")), Qt::ISODate);
        if (!today.isValid())
            return ctx.usage(CliText::tr("--today \"%1\" is not a date (YYYY-MM-DD).")
                                 .arg(args.value(QStringLiteral("--today"))),
                             kCommand);
    }
    Store* store = ctx.store();
    if (!store)
        return ctx.fail(ctx.openError().message());
    auto r = query::accountCommerce(store->reader(), args.positional.first(), today);
    if (!r)
        return ctx.fail(r.message());
    const query::CommerceFigures& f = r.value();
    if (args.has(QStringLiteral("--json"))) {
        const QJsonObject o{{QStringLiteral("signed_12m"), double(f.signed12m)},
                            {QStringLiteral("contracts_12m"), f.contracts12m},
                            {QStringLiteral("received_12m"), double(f.received12m)},
                            {QStringLiteral("due"), double(f.due)},
                            {QStringLiteral("received"), double(f.received)},
                            {QStringLiteral("overdue"), f.overdue},
                            {QStringLiteral("overdue_amount"), double(f.overdueAmount)},
                            {QStringLiteral("longest_overdue_days"), f.longestOverdueDays},
                            {QStringLiteral("renewals_due_90d"), f.renewalsDue},
                            {QStringLiteral("renewals_due_amount"), double(f.renewalsDueAmount)},
                            {QStringLiteral("open_requests"), f.openRequests},
                            {QStringLiteral("open_severe_requests"), f.openSevere},
                            {QStringLiteral("last_csat"), optional(f.lastCsat)},
                            {QStringLiteral("last_nps"), optional(f.lastNps)},
                            {QStringLiteral("other_currency"), f.otherCurrency}};
        ctx.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        return Ok;
    }
    ctx.out
        << CliText::tr("Signed in the last 12 months: %1 (%n contract(s))", nullptr, f.contracts12m)
               .arg(model::formatMoney(f.signed12m))
        << "\n"
        << CliText::tr("Received in the last 12 months: %1").arg(model::formatMoney(f.received12m)) << "\n"
        << CliText::tr("Receivables: %1 received of %2 due")
               .arg(model::formatMoney(f.received), model::formatMoney(f.due))
        << "\n"
        << CliText::tr("Overdue: %n receivable(s), %1 missing, the oldest %2 days late", nullptr, f.overdue)
               .arg(model::formatMoney(f.overdueAmount))
               .arg(f.longestOverdueDays)
        << "\n"
        << CliText::tr("Renewals due in 90 days: %n contract(s), %1", nullptr, f.renewalsDue)
               .arg(model::formatMoney(f.renewalsDueAmount))
        << "\n"
        << CliText::tr("Open service requests: %1, of them severe: %2").arg(f.openRequests).arg(f.openSevere)
        << "\n"
        << CliText::tr("Last CSAT: %1; last NPS answer: %2")
               .arg(f.lastCsat ? QString::number(*f.lastCsat) : CliText::tr("none"),
                    f.lastNps ? QString::number(*f.lastNps) : CliText::tr("none"))
        << "\n";
    return Ok;
}

} // namespace

void addCommerceCommand(std::vector<Command>& list)
{
    list.push_back(
        {kCommand,
         CliText::tr("account figures ID [--today YYYY-MM-DD] [--json]"),
         CliText::tr("Prints an account's commercial figures, computed from its contracts, receivables, "
                     "service requests and satisfaction surveys: contracts signed and payments received "
                     "in the last 12 months, received against due, overdue receivables, renewals due in "
                     "90 days, open (and severe) service requests, the last CSAT and NPS answers. With "
                     "--json, amounts are in minor units (fen) of CNY."),
         {QStringLiteral("--today")},
         accountFigures});
}

} // namespace summit::cli
