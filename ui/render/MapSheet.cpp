// The sheet around the map: title, legend, gaps and page layout.
#include "render/MapDrawing.h"
#include "render/MapPainter.h"
#include "render/RenderText.h"

#include "model/Schema.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>
#include <algorithm>
#include <cmath>

namespace summit::ui {

using map::MapNode;
namespace metrics = map::metrics;
using namespace drawing;

// ---- title, legend, gaps ---------------------------------------------------

double MapPainter::titleHeight() const
{
    return 52;
}

void MapPainter::paintTitle(QPainter& p, const QRectF& area) const
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const QFont big = font(20, true);
    setMapFont(p, big);
    p.setPen(kInk);
    drawText(p, area.left(), area.top() + 22, elided(big, m_map.accountName, area.width()));

    const QString what = RenderText::tr("Decision-chain map");
    const QString date = m_map.today.toString(Qt::ISODate);
    const int units = m_map.unitCount();
    const int contacts = m_map.contactCount();
    const QString counts = RenderText::tr("%1 org units, %2 contacts").arg(units).arg(contacts);
    QStringList parts = {what, date, counts};
    if (!m_map.opportunityName.isEmpty())
        parts << RenderText::tr("Buying center of %1").arg(m_map.opportunityName);
    if (!m_map.memberName.isEmpty())
        parts << RenderText::tr("Coverage of %1").arg(m_map.memberName);
    const QFont small = font(11);
    setMapFont(p, small);
    p.setPen(kMuted);
    drawText(p, area.left(), area.top() + 42,
             elided(small, parts.join(QStringLiteral("  ·  ")), area.width()));
    p.restore();
}

namespace {

std::vector<LegendItem> legendItems(const map::DecisionChainMap& chart)
{
    using K = LegendItem::Kind;
    std::vector<LegendItem> items;
    for (const char* s : {"champion", "supporter", "neutral", "skeptic", "opponent", "unknown"}) {
        const QString key = QString::fromLatin1(s);
        items.push_back({K::Stance, model::enumLabel(u"stance", key), key});
    }
    items.push_back({K::Influence, model::fieldLabel(u"contact", u"influence") + QStringLiteral(" 1–5"), {}});
    items.push_back({K::Role, model::fieldLabel(u"contact", u"decision_role"), {}});
    const QString trusted = model::enumLabel(u"level", u"trusted");
    const QString working = model::enumLabel(u"level", u"working");
    const QString brief = model::enumLabel(u"level", u"brief");
    items.push_back({K::Coverage,
                     RenderText::tr("Team member who knows them: %1, %2, %3").arg(trusted, working, brief),
                     {}});
    items.push_back(
        {K::NoCoverage, RenderText::tr("Nobody on the team knows them (filled: a key person)"), {}});
    items.push_back({K::Freshness, RenderText::tr("Days since the last follow-up"), {}});
    const int stale = chart.staleDays;
    items.push_back(
        {K::Stale, RenderText::tr("Key person not contacted for over %n day(s)", nullptr, stale), {}});
    items.push_back({K::Left, model::enumLabel(u"status", u"left"), {}});
    items.push_back({K::Gap, RenderText::tr("Gap found by the analysis"), {}});
    items.push_back({K::ReportsTo, model::fieldLabel(u"contact", u"reports_to"), {}});
    items.push_back({K::Link, model::entityLabel(u"influence_link"), {}});
    if (!chart.opportunityName.isEmpty())
        items.push_back(
            {K::Highlight, RenderText::tr("In the buying center of %1").arg(chart.opportunityName), {}});
    if (!chart.memberName.isEmpty())
        items.push_back({K::Highlight, RenderText::tr("Known to %1").arg(chart.memberName), {}});
    if (std::any_of(chart.nodes.begin(), chart.nodes.end(), [](const MapNode& n) { return n.context; }))
        items.push_back({K::Context, RenderText::tr("Shown for the reporting line only"), {}});
    if (std::any_of(chart.nodes.begin(), chart.nodes.end(), [](const MapNode& n) { return n.health >= 0; }))
        items.push_back(
            {K::UnitHealth, RenderText::tr("Health of the unit and those below it: green, amber, red"), {}});
    return items;
}

constexpr double kLegendRow = 20;
constexpr double kLegendHeader = 18;
constexpr double kSwatch = 34;

double swatchWidth(const LegendItem& item)
{
    switch (item.kind) {
    case LegendItem::Coverage:
        return 44;
    case LegendItem::NoCoverage: // for key people and for the others
        return 2 * (textWidth(MapPainter::font(metrics::smallFont, true), RenderText::tr("No coverage")) +
                    8) +
               4;
    default:
        return kSwatch;
    }
}

} // namespace

QSizeF MapPainter::legendSize(double width) const
{
    const QFont f = font(9.5);
    double x = 0, rows = 1;
    for (const LegendItem& item : legendItems(m_map)) {
        const double w = swatchWidth(item) + 5 + textWidth(f, item.text) + 16;
        if (x > 0 && x + w > width) {
            rows += 1;
            x = 0;
        }
        x += w;
    }
    return {width, kLegendHeader + rows * kLegendRow + 4};
}

void MapPainter::paintLegend(QPainter& p, const QRectF& area) const
{
    using K = LegendItem::Kind;
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(QColor(0xCF, 0xD8, 0xDC), 0.8));
    p.setBrush(QColor(0xFA, 0xFB, 0xFC));
    p.drawRoundedRect(area.adjusted(-6, -4, 6, 0), 4, 4);
    const QFont head = font(10, true);
    setMapFont(p, head);
    p.setPen(kInk);
    drawText(p, area.left(), area.top() + 12, RenderText::tr("Legend"));

    const QFont f = font(9.5);
    double x = area.left(), y = area.top() + kLegendHeader;
    for (const LegendItem& item : legendItems(m_map)) {
        const double sw = swatchWidth(item);
        const double w = sw + 5 + textWidth(f, item.text) + 16;
        if (x > area.left() && x + w > area.right()) {
            x = area.left();
            y += kLegendRow;
        }
        const double cy = y + kLegendRow / 2;
        const QRectF sample(x, cy - 6, sw, 12);
        switch (item.kind) {
        case K::Stance:
            p.setPen(QPen(stanceColor(item.key), 1.3));
            p.setBrush(stanceFill(item.key));
            p.drawRoundedRect(sample, 3, 3);
            break;
        case K::Influence:
            influenceDots(p, x + sw, cy, 3, QColor(0x45, 0x5A, 0x64));
            break;
        case K::Role: {
            p.setPen(Qt::NoPen);
            p.setBrush(roleColor(QStringLiteral("economic_buyer")));
            p.drawRoundedRect(sample, 3, 3);
            break;
        }
        case K::Coverage: {
            const double d = metrics::smallFont + 5;
            coverageDot(p, QPointF(x + d / 2, cy), QStringLiteral("A"),
                        levelColor(QStringLiteral("trusted")));
            coverageDot(p, QPointF(x + d * 1.5 + 2, cy), QStringLiteral("B"),
                        levelColor(QStringLiteral("working")));
            coverageDot(p, QPointF(x + d * 2.5 + 4, cy), QStringLiteral("C"),
                        levelColor(QStringLiteral("brief")));
            break;
        }
        case K::NoCoverage: {
            const double half = noCoverageMarker(p, x, cy, true);
            noCoverageMarker(p, x + half + 4, cy, false);
            break;
        }
        case K::Freshness: {
            const QFont ff = font(metrics::smallFont + 0.5);
            setMapFont(p, ff);
            p.setPen(kMuted);
            p.drawText(sample, Qt::AlignCenter, freshnessText(42));
            break;
        }
        case K::Stale:
            p.setPen(QPen(kStale, 2.2));
            p.setBrush(stanceFill(QStringLiteral("neutral")));
            p.drawRoundedRect(sample.adjusted(1, 0, -1, 0), 3, 3);
            break;
        case K::Left:
            p.setPen(QPen(kLeftInk, 1.1));
            p.setBrush(kLeftFill);
            p.drawRoundedRect(sample, 3, 3);
            p.drawLine(QPointF(sample.left() + 5, cy), QPointF(sample.right() - 5, cy));
            break;
        case K::Gap:
            gapMarker(p, QPointF(x + sw / 2, cy));
            break;
        case K::ReportsTo: {
            QPen pen(kLine, 1.3);
            p.setPen(pen);
            p.setBrush(Qt::NoBrush);
            p.drawPolyline(QPolygonF({QPointF(x + 4, cy - 6), QPointF(x + 4, cy), QPointF(x + sw - 4, cy),
                                      QPointF(x + sw - 4, cy + 6)}));
            break;
        }
        case K::Link: {
            QPen pen(kLink, 1.6);
            pen.setStyle(Qt::DashLine);
            p.setPen(pen);
            p.setBrush(Qt::NoBrush);
            QPainterPath path(QPointF(x, cy + 4));
            path.quadTo(QPointF(x + sw / 2, cy - 8), QPointF(x + sw - 3, cy + 3));
            p.drawPath(path);
            arrowHead(p, QPointF(x + sw - 1, cy + 4), QPointF(x + sw - 6, cy), 6, kLink);
            break;
        }
        case K::Highlight:
            p.setPen(QPen(kHighlight, 2.4));
            p.setBrush(Qt::NoBrush);
            p.drawRoundedRect(sample.adjusted(1, -1, -1, 1), 4, 4);
            break;
        case K::Context:
            p.setPen(QPen(QColor(0xC8, 0xC8, 0xC8), 1.1));
            p.setBrush(QColor(0xF7, 0xF7, 0xF7));
            p.drawRoundedRect(sample, 3, 3);
            break;
        case K::UnitHealth: {
            p.setPen(Qt::NoPen);
            const double third = sample.width() / 3;
            int i = 0;
            for (const char* band : {"green", "amber", "red"}) {
                p.setBrush(healthBandInk(QString::fromLatin1(band)));
                p.drawRect(QRectF(sample.left() + third * i++, cy - 1.5, third, 3));
            }
            break;
        }
        }
        setMapFont(p, f);
        p.setPen(kInk);
        drawText(p, x + sw + 5, cy + 3.5, item.text);
        x += w;
    }
    p.restore();
}

namespace {
constexpr int kMaxGapLines = 12;
} // namespace

QSizeF MapPainter::gapsSize(double width) const
{
    if (m_map.gaps.empty())
        return {width, 0};
    const int lines =
        std::min<int>(int(m_map.gaps.size()), kMaxGapLines) + (m_map.gaps.size() > kMaxGapLines ? 1 : 0);
    return {width, 20 + lines * 15.0 + 4};
}

void MapPainter::paintGaps(QPainter& p, const QRectF& area) const
{
    if (m_map.gaps.empty())
        return;
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(QColor(0xEF, 0x9A, 0x9A), 0.8));
    p.setBrush(QColor(0xFF, 0xF6, 0xF6));
    p.drawRoundedRect(area.adjusted(-6, -4, 6, 0), 4, 4);
    const QFont head = font(10, true);
    setMapFont(p, head);
    p.setPen(kAlarm);
    const int count = int(m_map.gaps.size());
    drawText(p, area.left(), area.top() + 12, RenderText::tr("Gaps (%1)").arg(count));
    const QFont f = font(9.5);
    setMapFont(p, f);
    double y = area.top() + 20;
    int shown = 0;
    for (const analysis::Gap& g : m_map.gaps) {
        if (shown == kMaxGapLines)
            break;
        const QColor c = g.severity == analysis::Severity::High ? kAlarm : kStale;
        p.setPen(Qt::NoPen);
        p.setBrush(c);
        p.drawEllipse(QPointF(area.left() + 4, y + 7.5), 3, 3);
        p.setPen(kInk);
        drawText(p, area.left() + 12, y + 11, elided(f, g.message, area.width() - 12));
        y += 15;
        ++shown;
    }
    if (count > shown) {
        const int more = count - shown;
        p.setPen(kMuted);
        drawText(p, area.left() + 12, y + 11, RenderText::tr("… and %n more", nullptr, more));
    }
    p.restore();
}

// ---- the whole sheet -------------------------------------------------------

namespace {
constexpr double kMargin = 24;
constexpr double kMinSheetWidth = 900;
constexpr double kMaxPanelWidth = 1500; // legend and gaps stay a readable block on a wide sheet
} // namespace

QSizeF MapPainter::sheetSize() const
{
    const double inner = std::max(m_extent.width(), kMinSheetWidth);
    const double panel = std::min(inner, kMaxPanelWidth);
    double h = kMargin + titleHeight() + 8 + legendSize(panel).height() + 12;
    const double gaps = gapsSize(panel).height();
    if (gaps > 0)
        h += gaps + 12;
    h += 10 + m_extent.height() + kMargin;
    return {inner + 2 * kMargin, h};
}

void MapPainter::paintSheet(QPainter& p, double scale) const
{
    const double inner = std::max(m_extent.width(), kMinSheetWidth);
    double y = kMargin;
    paintTitle(p, QRectF(kMargin, y, inner, titleHeight()));
    y += titleHeight() + 8;
    const double panel = std::min(inner, kMaxPanelWidth);
    const QSizeF legend = legendSize(panel);
    paintLegend(p, QRectF(QPointF(kMargin, y), legend));
    y += legend.height() + 12;
    const QSizeF gaps = gapsSize(panel);
    if (gaps.height() > 0) {
        paintGaps(p, QRectF(QPointF(kMargin, y), gaps));
        y += gaps.height() + 12;
    }
    y += 10;
    p.save();
    p.translate(kMargin + (inner - m_extent.width()) / 2 - m_extent.left(), y - m_extent.top());
    paintMap(p, m_extent, scale);
    p.restore();
}

void MapPainter::paint(QPainter& p, const QRectF& target) const
{
    const QSizeF size = sheetSize();
    if (size.isEmpty() || target.isEmpty())
        return;
    const double s = std::min(target.width() / size.width(), target.height() / size.height());
    p.save();
    p.translate(target.left() + (target.width() - size.width() * s) / 2,
                target.top() + (target.height() - size.height() * s) / 2);
    p.scale(s, s);
    paintSheet(p, s);
    p.restore();
}

} // namespace summit::ui
