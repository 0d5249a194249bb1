#pragma once
// The two report packs (query/Reports.h) as XLSX workbooks, for people who go
// on working with the figures in Excel or WPS: one sheet per section of the
// PDF, each with a bold frozen header row, an autofilter and columns as wide as
// their text (a CJK character counting two). Amounts are numbers of yuan with
// the ¥ format (another currency's code when a deal has one), dates are Excel
// dates, text is always a string cell (never a formula). The team review's
// funnel, forecast and ranking sheets carry a native Excel chart over their
// own cells.
//
// The workbook is written to a temporary file next to `path` and renamed onto
// it at the end: on failure nothing is left behind and an old file stays as it was.

#include "Result.h"

#include <QString>

namespace summit::query {
struct AccountPlanData;
struct TeamReviewData;
} // namespace summit::query

namespace summit::exports {

Status writeAccountPlanXlsx(const query::AccountPlanData& data, const QString& path);
Status writeTeamReviewXlsx(const query::TeamReviewData& data, const QString& path);

} // namespace summit::exports
