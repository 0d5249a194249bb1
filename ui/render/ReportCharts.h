#pragma once
// The team review's charts, drawn as vector shapes and text with QPainter (no
// bitmaps, no Qt Charts): the pipeline funnel, the weighted forecast by month
// and the activity ranking. Each fills the rectangle it is given (points) and
// says so in words when it has nothing to show.

#include "query/Dashboard.h"
#include "query/Reports.h"

#include <QRectF>
#include <vector>

class QPainter;

namespace summit::ui {

// One bar per stage, centred and narrowing like a funnel: width by amount (by
// count when nothing has an amount), labelled with the stage, count and amount.
void paintFunnel(QPainter& p, const QRectF& area, const std::vector<query::StageFigures>& funnel);
// Columns per month of expected close: the open amount and, inside it, the weighted amount.
void paintForecast(QPainter& p, const QRectF& area, const std::vector<query::ForecastMonth>& forecast);
// Horizontal bars of follow-ups per member, most first; at most as many rows as fit.
void paintRanking(QPainter& p, const QRectF& area, const std::vector<query::MemberActivity>& ranking);
// The height paintRanking needs for `members` rows.
double rankingHeight(size_t members);

} // namespace summit::ui
