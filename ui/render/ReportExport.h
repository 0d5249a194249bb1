#pragma once
// The report packs as pages: the account plan (客户经营计划) and the team review
// (周报/月报), from the data core gathers (core/query/Reports.h).
//
// paint*() draws a pack on any paged device (QPdfWriter, QPrinter for printing
// and print preview) using its current page layout; the device must work in
// points (resolution 72) and no painter may be active on it. write*Pdf() writes
// an A4 portrait PDF all or nothing: a failed write leaves no file and says
// which path and why; fonts are embedded and the text stays searchable.

#include "Result.h"
#include "query/Reports.h"

#include <QPageLayout>
#include <QString>

class QPagedPaintDevice;

namespace summit::ui {

// The page layout the packs are made for: A4 portrait with print margins.
QPageLayout reportPageLayout();

Status paintAccountPlan(QPagedPaintDevice& device, const query::AccountPlanData& data);
Status paintTeamReview(QPagedPaintDevice& device, const query::TeamReviewData& data);

// `path` must end in .pdf.
Status writeAccountPlanPdf(const query::AccountPlanData& data, const QString& path);
Status writeTeamReviewPdf(const query::TeamReviewData& data, const QString& path);

} // namespace summit::ui
