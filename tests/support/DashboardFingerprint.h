#pragma once
// Every panel of the cockpit's figures as lines of text, so that two ways of
// computing them (one connection, or the loader's two workers sharing the
// panels out) can be compared whole, and a difference is shown by its line.

#include "query/Dashboard.h"

#include <QStringList>

namespace summit::test {

inline QStringList dashboardFingerprint(const query::DashboardFigures& f)
{
    QStringList out;
    auto add = [&](const char* panel, const QString& line) {
        out << QStringLiteral("%1: %2").arg(QLatin1String(panel), line);
    };
    for (const query::StageFigures& s : f.funnel)
        add("funnel", QStringLiteral("%1 %2 %3").arg(s.stage).arg(s.count).arg(s.amount));
    for (const query::ForecastMonth& m : f.forecast)
        add("forecast", QStringLiteral("%1 %2 %3 %4")
                            .arg(m.month.toString(Qt::ISODate))
                            .arg(m.count)
                            .arg(m.amount)
                            .arg(m.weighted));
    for (const query::ClosedFigures* c : {&f.wins.current, &f.wins.previous})
        add("wins", QStringLiteral("%1 %2 %3 %4")
                        .arg(c->won)
                        .arg(c->lost)
                        .arg(c->wonAmount)
                        .arg(c->records.join(u',')));
    for (const query::ActivityCount& a : f.activity)
        add("activity",
            QStringLiteral("%1 %2 %3 %4").arg(a.memberId, a.week.toString(Qt::ISODate), a.type).arg(a.count));
    for (const query::TierCount& t : f.tiers)
        add("tiers", QStringLiteral("%1 %2").arg(t.tier).arg(t.count));
    for (const query::TierMove& m : f.tierMoves)
        add("tier moves", QStringLiteral("%1 %2 %3").arg(m.accountId, m.from, m.to));
    add("coverage",
        QStringLiteral("%1 accounts of %2").arg(f.coverage.accounts.size()).arg(f.coverage.totalAccounts));
    for (const query::CoverageAccountRow& r : f.coverage.accounts)
        for (size_t i = 0; i < r.cells.size(); ++i)
            add("coverage", QStringLiteral("%1 %2 %3 of %4")
                                .arg(r.accountId, f.coverage.roles.value(qsizetype(i)))
                                .arg(r.cells[i].covered)
                                .arg(r.cells[i].contacts));
    for (const query::RenewalDue& r : f.renewals)
        add("renewals", QStringLiteral("%1 %2").arg(r.contractId).arg(r.amount));
    for (const query::ReceivableDue& r : f.receivables)
        add("receivables", QStringLiteral("%1 %2").arg(r.id).arg(r.outstanding));
    add("due", QStringLiteral("contracts %1 receivables %2").arg(f.hasContracts).arg(f.hasReceivables));
    add("health", QStringLiteral("%1 %2 %3").arg(f.health.green).arg(f.health.amber).arg(f.health.red));
    for (const query::HealthAccount& h : f.health.weakest)
        add("health", QStringLiteral("%1 %2 %3").arg(h.accountId).arg(h.score).arg(h.weakest));
    for (const query::KpiFigure& k : f.kpis.figures)
        add("kpis", QStringLiteral("%1 %2 %3 %4")
                        .arg(k.key, k.value ? QString::number(*k.value) : QStringLiteral("-"),
                             k.previous ? QString::number(*k.previous) : QStringLiteral("-"))
                        .arg(k.basis));
    return out;
}

} // namespace summit::test
