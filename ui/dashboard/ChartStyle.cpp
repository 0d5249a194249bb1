#include "ui/dashboard/ChartStyle.h"
#include "ui/UiText.h"

#include <QAbstractAxis>
#include <QChart>
#include <QCoreApplication>
#include <QLegend>
#include <QPalette>

namespace summit::ui::chart {

QList<QColor> seriesColors(const QPalette& palette, int n)
{
    const QColor accent = palette.color(QPalette::Highlight).toHsv();
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    const int hue = accent.hsvHue() < 0 ? 210 : accent.hsvHue();
    // Saturated enough to tell apart, light enough on a dark base, dark enough on a light one.
    const int saturation = qBound(110, accent.hsvSaturation(), 200);
    const int value = dark ? 230 : 190;
    QList<QColor> colors;
    for (int i = 0; i < n; ++i) {
        if (i == 0) {
            colors << palette.color(QPalette::Highlight);
            continue;
        }
        // The golden angle keeps neighbours apart however many there are.
        colors << QColor::fromHsv((hue + i * 137) % 360, saturation, value - (i % 2) * 30);
    }
    return colors;
}

QColor mix(const QColor& base, const QColor& accent, double share)
{
    share = qBound(0.0, share, 1.0);
    return QColor::fromRgbF(float(base.redF() + (accent.redF() - base.redF()) * share),
                            float(base.greenF() + (accent.greenF() - base.greenF()) * share),
                            float(base.blueF() + (accent.blueF() - base.blueF()) * share));
}

void style(QChart* chart, const QPalette& palette)
{
    const QColor text = palette.color(QPalette::Text);
    const QColor grid = mix(palette.color(QPalette::Base), text, 0.15);
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setBackgroundRoundness(0);
    chart->setTitleBrush(text);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setLabelColor(text);
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setLinePenColor(grid);
        axis->setGridLineColor(grid);
    }
}

MoneyScale moneyScale(qint64 largestMinor, const QLocale& locale)
{
    // Axis labels are plain numbers; the unit goes in the axis title.
    if (locale.language() == QLocale::Chinese)
        return largestMinor >= 10'000'000'000 ? MoneyScale{10'000'000'000, QStringLiteral("亿元")}
                                              : MoneyScale{1'000'000, QStringLiteral("万元")};
    return largestMinor >= 100'000'000 ? MoneyScale{100'000'000, UiText::tr("¥ million")}
                                       : MoneyScale{100'000, UiText::tr("¥ thousand")};
}

QString monthLabel(const QDate& month)
{
    return month.isValid() ? month.toString(QStringLiteral("yyyy-MM")) : UiText::tr("No close date");
}

} // namespace summit::ui::chart
