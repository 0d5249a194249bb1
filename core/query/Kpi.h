#pragma once
// The team's key figures (KPIs) for a period and a scope: satisfaction, NPS,
// repurchase, renewal and churn, first response time, customer lifetime
// value, win rate, sales cycle and weighted pipeline. Each is a function of
// the records, computed the same way for the cockpit's tiles, the reports and
// `summit-cli kpi`, with the figure of the period just before beside it.
//
// The scope is a DashboardFilter: its period (both ends included; a KPI that
// needs a period is not measured without one), its member and the account's
// region, industry and tier. Whose a record is: an account, survey, or
// customer's the account manager's; a contract's its owner's, else the
// account manager's; a service request's its owner's, else the account
// manager's; a deal's its owner's. Records in the trash, and records of an
// account in the trash, never count.
//
// The formulas (each tested against figures worked out by hand):
// - CSAT: the mean of the CSAT answers (1–5) of surveys dated in the period.
// - NPS: of the NPS answers (0–10) dated in the period, the percentage of
//   promoters (9–10) minus the percentage of detractors (0–6), −100..100.
// - Repurchase rate: of the accounts that signed a contract in the period,
//   the share whose first contract was signed on an earlier day than their
//   last one in the period (a renewal is a purchase too).
// - Renewal rate: of the contracts whose service ends in the period, the
//   share that a signed contract renews (`renews_id`), whenever it was signed.
// - Churn rate: of the accounts that were customers on the period's first
//   day, the share that are not on its last (or today, when that is
//   earlier). A customer on a day has a signed, active or expired contract
//   whose service (start, else signing date, to end; no end: open) covers
//   that day; a terminated contract covers days up to its termination (the
//   day its status was set to terminated).
// - First response: the mean hours from opening to first response of the
//   service requests opened in the period that have a response.
// - CLV: the mean 12-month revenue (as the tier counts it: contracts signed,
//   or payments received, per the account model) of the accounts with any,
//   up to the period's end (or today), × the model's gross margin × the
//   years a customer is expected to stay. Minor units (分) of CNY.
// - Win rate and average cycle: deals won or lost in the period (Dashboard.h).
// - Weighted pipeline: open deals expected to close in the period, amount ×
//   probability (the deal's own, else its stage's default); a state of today,
//   so it has no previous figure.
// Contracts, receivables and deals in another currency than CNY are not added.

#include "Result.h"
#include "query/DashboardFilter.h"

#include <QStringList>

#include <QDate>
#include <QString>
#include <optional>
#include <vector>

namespace summit {
class Database;
}

namespace summit::query {

struct KpiFigure
{
    QString key;                    // csat, nps, repurchase_rate, renewal_rate, churn_rate,
                                    // response_hours, clv, win_rate, cycle_days, weighted_pipeline
    std::optional<double> value;    // none: nothing to measure in the period (never a made-up 0)
    int basis = 0;                  // how many answers, accounts, contracts, requests or deals it rests on
    std::optional<double> previous; // the same figure for the period just before; none: not measured
    int previousBasis = 0;
    // The records behind the current figure, for the cockpit's drill-down: their type
    // (satisfaction, service_request, contract, account, opportunity) and ids, sorted. They are
    // the basis, except for churn: the customers lost in the period, whom a team lead would call.
    QString recordType;
    QStringList records;
};

struct KpiReport
{
    DashboardFilter filter; // what the figures are for; filter.today is the date they were computed on
    DashboardFilter before; // the period just before (from and to invalid when the period is open)
    std::vector<KpiFigure> figures; // in the order of kpiKeys()
    const KpiFigure* find(const QString& key) const;
};

// The keys in the order the figures are shown.
const QStringList& kpiKeys();
QString kpiLabel(const QString& key); // translated: "Customer satisfaction (CSAT)", …
// The value as people read it, translated where it has words: "4.2", "+35", "62 %", "18.5 h", "¥12.3万", "41
// days".
QString formatKpi(const QString& key, double value);

struct WinFigures;
// Every KPI for the filter; `filter.today` invalid means the current date.
// `wins`: winRate() of the same filter when the caller has it already.
Result<KpiReport> keyFigures(Database& db, const DashboardFilter& filter, const WinFigures* wins = nullptr);

} // namespace summit::query
