#include "render/ReportCharts.h"

#include "model/Display.h"
#include "model/Schema.h"
#include "render/RenderText.h"
#include "render/ReportLayout.h"

#include <QPainter>
#include <algorithm>

namespace summit::ui {

namespace {

constexpr double kRow = 15;
const QColor kBar(0x3b, 0x74, 0xa8);
const QColor kBarLight(0xb9, 0xcf, 0xe4);
const QColor kText(0x22, 0x22, 0x22);
const QColor kMuted(0x66, 0x66, 0x66);

void sayEmpty(QPainter& p, const QRectF& area, const QString& text)
{
    p.setFont(ReportLayout::font(8.5));
    p.setPen(kMuted);
    p.drawText(area, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text);
}

QString stageLabel(const QString& stage)
{
    return stage.isEmpty() ? RenderText::tr("No stage") : model::enumLabel(u"stage", stage);
}

} // namespace

void paintFunnel(QPainter& p, const QRectF& area, const std::vector<query::StageFigures>& funnel)
{
    qint64 maxAmount = 0;
    int maxCount = 0;
    for (const query::StageFigures& s : funnel) {
        maxAmount = std::max(maxAmount, s.amount);
        maxCount = std::max(maxCount, s.count);
    }
    if (funnel.empty() || maxCount == 0) {
        sayEmpty(p, area, RenderText::tr("No open opportunities."));
        return;
    }
    const double labelWidth = area.width() * 0.34;
    const QRectF bars(area.left() + labelWidth, area.top(), area.width() - labelWidth, area.height());
    const double h = std::min(22.0, bars.height() / double(funnel.size()));
    for (size_t i = 0; i < funnel.size(); ++i) {
        const query::StageFigures& s = funnel[i];
        const double share =
            maxAmount > 0 ? double(s.amount) / double(maxAmount) : double(s.count) / maxCount;
        const double w = std::max(2.0, share * bars.width());
        const double y = bars.top() + double(i) * h;
        p.setPen(Qt::NoPen);
        p.setBrush(s.count > 0 ? kBar : kBarLight);
        p.drawRect(QRectF(bars.center().x() - w / 2, y + 2, w, h - 4));
        p.setFont(ReportLayout::font(8));
        p.setPen(kText);
        const QString label = RenderText::tr("%1: %2 · %3")
                                  .arg(stageLabel(s.stage))
                                  .arg(s.count)
                                  .arg(model::formatMoneyCompact(s.amount));
        p.drawText(QRectF(area.left(), y, labelWidth - 6, h), Qt::AlignRight | Qt::AlignVCenter, label);
    }
}

void paintForecast(QPainter& p, const QRectF& area, const std::vector<query::ForecastMonth>& forecast)
{
    qint64 maxAmount = 0;
    for (const query::ForecastMonth& m : forecast)
        maxAmount = std::max(maxAmount, m.amount);
    if (forecast.empty() || maxAmount == 0) {
        sayEmpty(p, area, RenderText::tr("No open opportunities with an amount."));
        return;
    }
    const double legend = 14, axis = 16, top = 12;
    const QRectF plot(area.left() + 4, area.top() + legend + top, area.width() - 8,
                      area.height() - legend - axis - top);
    // Legend.
    p.setFont(ReportLayout::font(7.5));
    p.setPen(Qt::NoPen);
    p.setBrush(kBarLight);
    p.drawRect(QRectF(area.left() + 4, area.top() + 3, 9, 8));
    p.setBrush(kBar);
    p.drawRect(QRectF(area.left() + 130, area.top() + 3, 9, 8));
    p.setPen(kText);
    p.drawText(QRectF(area.left() + 17, area.top(), 110, 14), Qt::AlignLeft | Qt::AlignVCenter,
               RenderText::tr("Open amount"));
    p.drawText(QRectF(area.left() + 143, area.top(), 160, 14), Qt::AlignLeft | Qt::AlignVCenter,
               RenderText::tr("Weighted by probability"));
    p.setPen(QPen(QColor(0x99, 0x99, 0x99), 0.6));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());

    const size_t n = std::min<size_t>(forecast.size(), 18);
    const double slot = plot.width() / double(n);
    const double barWidth = std::min(34.0, slot * 0.7);
    for (size_t i = 0; i < n; ++i) {
        const query::ForecastMonth& m = forecast[i];
        const double x = plot.left() + slot * double(i) + (slot - barWidth) / 2;
        const double full = plot.height() * double(m.amount) / double(maxAmount);
        const double weighted = plot.height() * double(m.weighted) / double(maxAmount);
        p.setPen(Qt::NoPen);
        p.setBrush(kBarLight);
        p.drawRect(QRectF(x, plot.bottom() - full, barWidth, full));
        p.setBrush(kBar);
        p.drawRect(QRectF(x + barWidth * 0.2, plot.bottom() - weighted, barWidth * 0.6, weighted));
        p.setPen(kText);
        p.setFont(ReportLayout::font(6.5));
        p.drawText(QRectF(x - 10, plot.bottom() - full - 11, barWidth + 20, 10), Qt::AlignCenter,
                   model::formatMoneyCompact(m.amount));
        p.setFont(ReportLayout::font(7));
        const QString month =
            m.month.isValid() ? m.month.toString(QStringLiteral("yyyy-MM")) : RenderText::tr("No date");
        p.drawText(QRectF(plot.left() + slot * double(i), plot.bottom() + 2, slot, axis - 2), Qt::AlignCenter,
                   month);
    }
}

double rankingHeight(size_t members)
{
    return kRow * double(std::max<size_t>(members, 1)) + 4;
}

void paintRanking(QPainter& p, const QRectF& area, const std::vector<query::MemberActivity>& ranking)
{
    int most = 0;
    for (const query::MemberActivity& m : ranking)
        most = std::max(most, m.followUps);
    if (ranking.empty()) {
        sayEmpty(p, area, RenderText::tr("No team members."));
        return;
    }
    const double labelWidth = std::min(140.0, area.width() * 0.3);
    const double countWidth = 40;
    const double barArea = area.width() - labelWidth - countWidth;
    const size_t rows = std::min(ranking.size(), size_t(std::max(1.0, (area.height() - 4) / kRow)));
    for (size_t i = 0; i < rows; ++i) {
        const query::MemberActivity& m = ranking[i];
        const double y = area.top() + double(i) * kRow;
        p.setFont(ReportLayout::font(8));
        p.setPen(kText);
        const QString name = m.memberName.isEmpty() ? RenderText::tr("(no author)") : m.memberName;
        p.drawText(QRectF(area.left(), y, labelWidth - 6, kRow), Qt::AlignRight | Qt::AlignVCenter, name);
        const double w = most > 0 ? barArea * double(m.followUps) / double(most) : 0;
        p.setPen(Qt::NoPen);
        p.setBrush(kBar);
        p.drawRect(QRectF(area.left() + labelWidth, y + 3, std::max(w, 0.5), kRow - 6));
        p.setPen(kText);
        p.drawText(QRectF(area.left() + labelWidth + w + 4, y, countWidth, kRow),
                   Qt::AlignLeft | Qt::AlignVCenter, QString::number(m.followUps));
    }
}

} // namespace summit::ui
