#pragma once
// How the dashboard's charts look: every colour comes from the application
// palette (light or dark), series colours are spread around the hue of the
// palette's highlight, and money axes count in a unit that fits the largest
// amount (万 or 亿 in Chinese, thousands or millions elsewhere).

#include <QColor>
#include <QDate>
#include <QList>
#include <QLocale>
#include <QString>

class QChart;
class QPalette;

namespace summit::ui::chart {

// `n` distinct colours, the first one the palette's highlight.
QList<QColor> seriesColors(const QPalette& palette, int n);
// `base` mixed toward `accent` by `share` (0..1).
QColor mix(const QColor& base, const QColor& accent, double share);
// Background, title, legend and axes in the palette's colours.
void style(QChart* chart, const QPalette& palette);

struct MoneyScale
{
    qint64 divisor = 1; // minor units per axis unit
    QString unit;       // the axis title: "万元", "¥ thousand"
};
MoneyScale moneyScale(qint64 largestMinor, const QLocale& locale = QLocale());
// A month on an axis and in a drill-down's caption ("2026-05"; "No close date" when invalid).
QString monthLabel(const QDate& month);

} // namespace summit::ui::chart
