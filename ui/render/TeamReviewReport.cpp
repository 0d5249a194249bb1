#include "model/Display.h"
#include "model/Schema.h"
#include "query/Kpi.h"
#include "render/RenderText.h"
#include "render/ReportCharts.h"
#include "render/ReportPages.h"

#include <QPainter>
#include <algorithm>

namespace summit::ui {

namespace {

QString orDash(const QString& s)
{
    return s.isEmpty() ? QStringLiteral("—") : s;
}

QString percent(double rate)
{
    return rate < 0 ? QStringLiteral("—") : QStringLiteral("%1%").arg(qRound(rate * 100));
}

void kpis(ReportLayout& l, const query::TeamReviewData& d)
{
    l.heading(RenderText::tr("Key figures"));
    const query::ClosedFigures& c = d.figures.wins.current;
    l.tiles({{RenderText::tr("Open pipeline"), model::formatMoneyCompact(d.openPipeline)},
             {RenderText::tr("Open deals"), QString::number(d.openDeals)},
             {RenderText::tr("Weighted forecast"), model::formatMoneyCompact(d.weightedForecast)},
             {RenderText::tr("Won in the period"), model::formatMoneyCompact(c.wonAmount)},
             {RenderText::tr("Win rate (won / lost)"),
              RenderText::tr("%1 (%2 / %3)").arg(percent(c.winRate)).arg(c.won).arg(c.lost)},
             {RenderText::tr("Follow-ups in the period"), QString::number(d.followUps)},
             {RenderText::tr("Accounts at risk"), QString::number(d.atRisk.size())},
             {RenderText::tr("Quiet for %n day(s) or more", nullptr, d.quietDays),
              QString::number(d.quiet.size())}});
    l.paragraph(
        RenderText::tr("The pipeline, the funnel and the forecast are the state on %1; won deals, the win "
                       "rate and the follow-ups count the period %2 to %3. Amounts add up deals in CNY.")
            .arg(d.today.toString(Qt::ISODate), d.period.from.toString(Qt::ISODate),
                 d.period.to.toString(Qt::ISODate)),
        QColor(0x66, 0x66, 0x66));
    // The customer figures of the period (query/Kpi.h), with the period before.
    std::vector<std::pair<QString, QString>> customers;
    for (const query::KpiFigure& f : d.figures.kpis.figures) {
        if (f.key == QLatin1String("win_rate") || f.key == QLatin1String("cycle_days") ||
            f.key == QLatin1String("weighted_pipeline"))
            continue; // in the tiles above
        const QString now = f.value ? query::formatKpi(f.key, *f.value) : QStringLiteral("—");
        customers.emplace_back(
            query::kpiLabel(f.key),
            f.previous ? RenderText::tr("%1 (before: %2)").arg(now, query::formatKpi(f.key, *f.previous))
                       : now);
    }
    l.tiles(customers);
}

void charts(ReportLayout& l, const query::TeamReviewData& d)
{
    l.heading(RenderText::tr("Pipeline funnel"));
    const double funnelHeight = std::min(22.0 * double(std::max<size_t>(d.figures.funnel.size(), 1)), 160.0);
    l.block(funnelHeight,
            [&funnel = d.figures.funnel](QPainter& p, const QRectF& r) { paintFunnel(p, r, funnel); });
    l.heading(RenderText::tr("Weighted forecast by expected close"));
    l.block(170, [&forecast = d.figures.forecast](QPainter& p, const QRectF& r) {
        paintForecast(p, r, forecast);
    });
}

void activity(ReportLayout& l, const query::TeamReviewData& d)
{
    l.heading(RenderText::tr("Activity ranking"));
    const size_t shown = std::min<size_t>(d.ranking.size(), 25);
    l.block(rankingHeight(shown),
            [&ranking = d.ranking](QPainter& p, const QRectF& r) { paintRanking(p, r, ranking); });
    ReportTable t;
    t.headers = {RenderText::tr("#"), RenderText::tr("Member"), RenderText::tr("Follow-ups"),
                 RenderText::tr("By type")};
    t.widths = {0.4, 1.6, 0.9, 4};
    t.empty = RenderText::tr("No team members.");
    int rank = 0;
    for (const query::MemberActivity& m : d.ranking) {
        QStringList types;
        for (auto it = m.byType.begin(); it != m.byType.end(); ++it)
            types << RenderText::tr("%1 %2").arg(model::enumLabel(u"type", it.key())).arg(it.value());
        t.rows.push_back({QString::number(++rank),
                          m.memberName.isEmpty() ? RenderText::tr("(no author)") : m.memberName,
                          QString::number(m.followUps), orDash(types.join(QStringLiteral(", ")))});
    }
    l.table(t);
}

void risks(ReportLayout& l, const query::TeamReviewData& d)
{
    l.heading(RenderText::tr("Accounts at risk"));
    ReportTable t;
    t.headers = {RenderText::tr("Account"), RenderText::tr("Tier"), RenderText::tr("Account manager"),
                 RenderText::tr("Why")};
    t.widths = {1.8, 0.5, 1.1, 4};
    t.empty = RenderText::tr("No account with an open deal is at risk.");
    for (const query::RiskAccount& a : d.atRisk)
        t.rows.push_back({a.name, orDash(a.tier), orDash(a.ownerName), a.reasons.join(QLatin1Char('\n'))});
    l.table(t);
}

QString money(qint64 minor, const QString& currency)
{
    return model::formatMoney(minor, currency.isEmpty() ? QStringLiteral("CNY") : currency);
}

void renewalsAndReceivables(ReportLayout& l, const query::TeamReviewData& d)
{
    l.heading(RenderText::tr("Renewals due in the next 90 days"));
    if (!d.hasContracts) {
        l.paragraph(
            RenderText::tr("No contracts are recorded yet, so there are no renewals to list. Contracts "
                           "are entered on the Contracts tab of each account."));
    } else {
        ReportTable t;
        t.headers = {RenderText::tr("Account"), RenderText::tr("Contract"), RenderText::tr("Service ends"),
                     RenderText::tr("Amount"), RenderText::tr("Owner")};
        t.widths = {2, 2, 1, 1.2, 1};
        t.empty = RenderText::tr("No contract ends in the next 90 days without a renewal.");
        for (const query::RenewalDue& r : d.renewals)
            t.rows.push_back({r.accountName, r.title, r.endOn.toString(Qt::ISODate),
                              money(r.amount, r.currency), orDash(r.ownerName)});
        l.table(t);
    }
    l.heading(RenderText::tr("Receivables overdue or due in the next 90 days"));
    if (!d.hasReceivables) {
        l.paragraph(RenderText::tr("No payments are planned in Summit yet, so there are no receivables due. "
                                   "Payments are planned on the Receivables tab of each account."));
    } else {
        ReportTable t;
        t.headers = {RenderText::tr("Account"), RenderText::tr("Contract"), RenderText::tr("Due on"),
                     RenderText::tr("Outstanding"), RenderText::tr("State")};
        t.widths = {2, 2, 1, 1.2, 1.1};
        t.empty = RenderText::tr("Nothing is overdue and nothing falls due in the next 90 days.");
        for (const query::ReceivableDue& r : d.receivables)
            t.rows.push_back({r.accountName, r.contractTitle, r.dueOn.toString(Qt::ISODate),
                              money(r.outstanding, r.currency),
                              r.overdue ? RenderText::tr("%n day(s) overdue", nullptr, r.daysLate)
                                        : RenderText::tr("due")});
        l.table(t);
    }
    const query::HealthFigures& h = d.figures.health;
    l.heading(RenderText::tr("Account health"));
    l.paragraph(
        RenderText::tr("Healthy (70 and above): %1 · needs attention (40–69): %2 · at risk (below 40): %3.")
            .arg(h.green)
            .arg(h.amber)
            .arg(h.red));
    ReportTable t;
    t.headers = {RenderText::tr("Account"), RenderText::tr("Tier"), RenderText::tr("Health"),
                 RenderText::tr("What costs most")};
    t.widths = {2, 0.6, 0.7, 4};
    t.empty = RenderText::tr("Every account is healthy.");
    for (const query::HealthAccount& a : h.weakest)
        t.rows.push_back(
            {a.name, a.tier.isEmpty() ? QStringLiteral("—") : a.tier, QString::number(a.score), a.weakest});
    l.table(t);
}

void quiet(ReportLayout& l, const query::TeamReviewData& d)
{
    l.heading(RenderText::tr("Accounts gone quiet (no follow-up in %n day(s))", nullptr, d.quietDays));
    ReportTable t;
    t.headers = {RenderText::tr("Account"), RenderText::tr("Tier"), RenderText::tr("Account manager"),
                 RenderText::tr("Last follow-up"), RenderText::tr("Days quiet")};
    t.widths = {2.6, 0.5, 1.2, 1.1, 0.8};
    t.empty = RenderText::tr("Every account had a follow-up in the last %n day(s).", nullptr, d.quietDays);
    for (const query::QuietAccountRow& q : d.quiet)
        t.rows.push_back(
            {q.name, orDash(q.tier), orDash(q.ownerName),
             q.lastFollowUp.isValid() ? q.lastFollowUp.toString(Qt::ISODate) : RenderText::tr("never"),
             q.daysSince < 0 ? QStringLiteral("—") : QString::number(q.daysSince)});
    l.table(t);
}

} // namespace

ReportLayout layoutTeamReview(const QPaintDevice* device, const QSizeF& page, const query::TeamReviewData& d)
{
    ReportHeader h;
    switch (d.period.kind) {
    case query::ReportPeriod::Kind::Week:
        h.title = RenderText::tr("Weekly team review");
        break;
    case query::ReportPeriod::Kind::Month:
        h.title = RenderText::tr("Monthly team review");
        break;
    case query::ReportPeriod::Kind::Quarter:
        h.title = RenderText::tr("Quarterly team review");
        break;
    case query::ReportPeriod::Kind::Year:
        h.title = RenderText::tr("Annual team review");
        break;
    }
    h.subject = d.memberId.isEmpty() ? RenderText::tr("The whole team") : d.memberName;
    h.period = RenderText::tr("%1: %2 to %3")
                   .arg(d.period.key, d.period.from.toString(Qt::ISODate), d.period.to.toString(Qt::ISODate));
    h.generated = RenderText::tr("Made on %1").arg(d.today.toString(Qt::ISODate));
    ReportLayout l(device, page, h);
    kpis(l, d);
    charts(l, d);
    activity(l, d);
    risks(l, d);
    renewalsAndReceivables(l, d);
    quiet(l, d);
    return l;
}

} // namespace summit::ui
