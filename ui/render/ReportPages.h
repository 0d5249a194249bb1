#pragma once
// Private to summit_render: the two packs laid out on pages (ReportLayout),
// one file each, used by ReportExport.

#include "query/Reports.h"
#include "render/ReportLayout.h"

namespace summit::ui {

ReportLayout layoutAccountPlan(const QPaintDevice* device, const QSizeF& page,
                               const query::AccountPlanData& d);
ReportLayout layoutTeamReview(const QPaintDevice* device, const QSizeF& page, const query::TeamReviewData& d);

} // namespace summit::ui
