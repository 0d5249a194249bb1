#pragma once
// What the desktop's report buttons print: the account plan of one account
// and the team review of the dashboard's period and member, gathered from the
// workspace's store (core/query/Reports) when the person asks for them.

#include "query/Dashboard.h"
#include "ui/report/ReportMenu.h"

#include <functional>

namespace summit::ui {

class Workspace;

// `accountName` names the proposed file.
ReportSource accountPlanSource(Workspace& workspace, const QString& accountId,
                               std::function<QString()> accountName);
// The review of the period the filter's dates fall in (a week when they are
// exactly one ISO week, else the month; query::reportPeriodCovering) and its member.
ReportSource teamReviewSource(Workspace& workspace, std::function<query::DashboardFilter()> filter);

} // namespace summit::ui
