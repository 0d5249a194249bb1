#pragma once
// The filter the cockpit's panels (Dashboard.h) and the key figures (Kpi.h) share.

#include <QDate>
#include <QString>

namespace summit::query {

struct DashboardFilter
{
    // The period, local calendar dates, both included; an invalid date leaves
    // that end open. It narrows what happened in time: deals closed (win rate,
    // cycle) and follow-ups (activity). The funnel, the forecast, tiers and
    // coverage are the state of today (a forecast of a past period would be
    // empty, and a deal whose expected close has passed is still to be seen).
    QDate from, to;
    QString member;                 // a team member's id; empty = the whole team
    QString region, industry, tier; // the account's; empty = any
    QDate today; // the local date of "the state of today" figures (renewals, receivables); invalid: now

    bool operator==(const DashboardFilter&) const = default;
};

} // namespace summit::query
