// The map itself: units, people, reporting lines and influence links.
#include "render/MapPainter.h"
#include "render/MapDrawing.h"

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

MapPainter::MapPainter(const map::DecisionChainMap& map) : m_map(map)
{
    // The horizontal line from a parent to its children runs half a level gap
    // above the band its children start in.
    m_busY.assign(map.nodes.size(), 0);
    std::vector<double> top(map.nodes.size(), 1e300);
    for (const MapNode& n : map.nodes)
        if (n.parent >= 0)
            top[size_t(n.parent)] = std::min(top[size_t(n.parent)], n.rect.top());
    for (size_t i = 0; i < map.nodes.size(); ++i)
        m_busY[i] = top[i] < 1e299 ? top[i] - metrics::levelGap / 2 : map.nodes[i].rect.bottom();

    // Influence links are quadratic curves. The bend grows with the length and
    // goes to whichever side, and as far out, as keeps the curve off other
    // cards (tried in order; the first clear one wins, else the least crossed).
    m_linkControl.reserve(map.links.size());
    std::vector<const QRectF*> near;
    for (const map::MapLink& l : map.links) {
        const QRectF& a = map.nodes[size_t(l.from)].rect;
        const QRectF& b = map.nodes[size_t(l.to)].rect;
        const QPointF ca = a.center(), cb = b.center();
        const double dx = cb.x() - ca.x(), dy = cb.y() - ca.y();
        const double length = std::max(1.0, std::hypot(dx, dy));
        const double base = std::clamp(length * 0.18, 24.0, 140.0);
        QPointF best;
        int bestHits = -1;
        for (const double bend :
             {base, -base, base + 50, -base - 50, base + 110, -base - 110, base + 190, -base - 190}) {
            const QPointF c((ca.x() + cb.x()) / 2 - dy / length * bend,
                            (ca.y() + cb.y()) / 2 + dx / length * bend);
            const QPointF p0 = borderPoint(a.adjusted(-3, -3, 3, 3), c);
            const QPointF p2 = borderPoint(b.adjusted(-4, -4, 4, 4), c);
            const QRectF hull = QRectF(p0, p2).normalized().united(QRectF(c, c));
            near.clear();
            for (size_t i = 0; i < map.nodes.size(); ++i)
                if (int(i) != l.from && int(i) != l.to && map.nodes[i].rect.intersects(hull))
                    near.push_back(&map.nodes[i].rect);
            int hits = 0;
            for (int k = 1; k < 20; ++k) {
                const double t = k / 20.0, u = 1 - t;
                const QPointF at = u * u * p0 + 2 * u * t * c + t * t * p2;
                for (const QRectF* r : near)
                    if (r->adjusted(-2, -2, 2, 2).contains(at)) {
                        ++hits;
                        break;
                    }
            }
            if (bestHits < 0 || hits < bestHits) {
                best = c;
                bestHits = hits;
            }
            if (hits == 0)
                break;
        }
        m_linkControl.push_back(best);
    }

    // What is drawn: the boxes, and the links that bend outside them.
    m_extent = map.bounds;
    for (size_t li = 0; li < map.links.size(); ++li) {
        const map::MapLink& l = map.links[li];
        const QPointF c = m_linkControl[li];
        const QPointF p0 = borderPoint(map.nodes[size_t(l.from)].rect, c);
        const QPointF p2 = borderPoint(map.nodes[size_t(l.to)].rect, c);
        QPainterPath path(p0);
        path.quadTo(c, p2);
        m_extent = m_extent.united(path.boundingRect().adjusted(-24, -10, 24, 10)); // room for a kind label
    }
}

QRectF MapPainter::extent() const
{
    return m_extent;
}

QString MapPainter::fontFamily()
{
    static const QString family = [] {
        const QStringList have = QFontDatabase::families();
        for (const char* wanted :
             {"Noto Sans CJK SC", "Source Han Sans SC", "Noto Sans SC", "Source Han Sans CN",
              "WenQuanYi Zen Hei", "WenQuanYi Micro Hei", "Droid Sans Fallback", "Microsoft YaHei",
              "PingFang SC", "Noto Serif CJK SC"})
            if (have.contains(QString::fromLatin1(wanted)))
                return QString::fromLatin1(wanted);
        return QFontDatabase::systemFont(QFontDatabase::GeneralFont).family();
    }();
    return family;
}

QFont MapPainter::font(double pointSize, bool bold)
{
    QFont f(fontFamily());
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting); // the same advances on screen, in images and in PDF
    // No OpenType shaping: Chinese and Latin need none, and shaping makes Noto
    // Sans CJK swap in digit and ligature glyphs that a PDF's text layer cannot
    // map back to characters (the page number and dates would not copy out).
    f.setKerning(false);
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

QColor MapPainter::stanceColor(const QString& stance)
{
    if (stance == QLatin1String("champion"))
        return QColor(0x2E, 0x7D, 0x32);
    if (stance == QLatin1String("supporter"))
        return QColor(0x7C, 0xB3, 0x42);
    if (stance == QLatin1String("neutral"))
        return QColor(0x5C, 0x7A, 0x99);
    if (stance == QLatin1String("skeptic"))
        return QColor(0xF9, 0xA8, 0x25);
    if (stance == QLatin1String("opponent"))
        return QColor(0xD3, 0x2F, 0x2F);
    return QColor(0x9E, 0x9E, 0x9E);
}

QColor MapPainter::stanceFill(const QString& stance)
{
    if (stance == QLatin1String("champion"))
        return QColor(0xC8, 0xE6, 0xC9);
    if (stance == QLatin1String("supporter"))
        return QColor(0xE8, 0xF5, 0xD9);
    if (stance == QLatin1String("neutral"))
        return QColor(0xE3, 0xEA, 0xF2);
    if (stance == QLatin1String("skeptic"))
        return QColor(0xFF, 0xF0, 0xC8);
    if (stance == QLatin1String("opponent"))
        return QColor(0xFB, 0xD5, 0xD5);
    return QColor(0xF0, 0xF0, 0xF0);
}

bool MapPainter::isStale(const MapNode& n) const
{
    return n.isContact() && !n.left && n.isKey() &&
           (n.daysSinceFollowUp < 0 || n.daysSinceFollowUp > m_map.staleDays);
}

// ---- nodes -----------------------------------------------------------------

void MapPainter::paintUnit(QPainter& p, const MapNode& n, bool detailed) const
{
    const QRectF r = n.rect;
    const QColor accent = unitAccent(n.unitKind);
    p.setPen(QPen(accent, 1.2));
    p.setBrush(QColor(0xEE, 0xF2, 0xF7));
    p.drawRoundedRect(r, 5, 5);
    p.setPen(Qt::NoPen);
    p.setBrush(accent);
    p.drawRoundedRect(QRectF(r.left(), r.top(), 6, r.height()), 3, 3);
    p.drawRect(QRectF(r.left() + 3, r.top(), 3, r.height()));
    // The unit's health: a band along the bottom in its colour, the score at the top right.
    double scoreWidth = 0;
    if (n.health >= 0) {
        const QColor band = healthBandInk(n.healthBand);
        p.setBrush(band);
        p.drawRect(QRectF(r.left() + 6, r.bottom() - 4, r.width() - 8, 3));
        if (detailed) {
            const QFont small = font(metrics::smallFont, true);
            const QString score = QString::number(n.health);
            scoreWidth = textWidth(small, score) + 6;
            setMapFont(p, small);
            p.setPen(band);
            drawText(p, r.right() - metrics::padding - scoreWidth + 6, r.top() + 14, score);
            p.setPen(Qt::NoPen);
        }
    }

    const double x = r.left() + 6 + metrics::padding;
    const double w = r.right() - metrics::padding - x;
    const QFont nameFont = font(metrics::nameFont, true);
    p.setPen(kInk);
    setMapFont(p, nameFont);
    if (!detailed) {
        p.drawText(QRectF(x, r.top(), w, r.height()), Qt::AlignVCenter | Qt::AlignLeft,
                   elided(nameFont, n.name, w));
        return;
    }
    drawText(p, x, r.top() + 20, elided(nameFont, n.name, w - scoreWidth));
    const QFont small = font(metrics::textFont);
    setMapFont(p, small);
    p.setPen(kMuted);
    drawText(p, x, r.top() + 36, elided(small, n.detail, w));
    if (n.hasGap)
        gapMarker(p, QPointF(r.right() - 2, r.top() + 2));
}

void MapPainter::paintContact(QPainter& p, const MapNode& n, bool detailed) const
{
    const QRectF r = n.rect;
    const QColor border = n.left ? kLeftInk : stanceColor(n.stance);
    const QColor fill = n.left ? kLeftFill : stanceFill(n.stance);
    p.save();
    if (n.context)
        p.setOpacity(0.5);

    if (n.highlighted) {
        p.setPen(QPen(kHighlight, 3));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(r.adjusted(-5, -5, 5, 5), 9, 9);
    }
    if (detailed && isStale(n)) {
        p.setPen(QPen(kStale, 2.4));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(r.adjusted(-2.2, -2.2, 2.2, 2.2), 7.5, 7.5);
    }
    p.setPen(QPen(border, 1.3));
    p.setBrush(fill);
    p.drawRoundedRect(r, 6, 6);
    p.setPen(Qt::NoPen);
    p.setBrush(border);
    p.drawRoundedRect(QRectF(r.left(), r.top(), 5, r.height()), 2.5, 2.5);
    p.drawRect(QRectF(r.left() + 2.5, r.top(), 2.5, r.height()));

    const double x = r.left() + 5 + metrics::padding - 2;
    const double right = r.right() - metrics::padding;
    const QColor ink = n.left ? kLeftInk : kInk;
    const QFont nameFont = font(metrics::nameFont, true);
    const double nameWidth = detailed ? right - x - metrics::dotsWidth - 4 : right - x;
    const QString name = elided(nameFont, n.name, nameWidth);
    setMapFont(p, nameFont);
    p.setPen(ink);
    if (!detailed) {
        const QRectF box(x, r.top(), right - x, r.height());
        p.drawText(box, Qt::AlignVCenter | Qt::AlignLeft, name);
        if (n.left) {
            const double y = r.center().y();
            p.setPen(QPen(ink, 1.2));
            p.drawLine(QPointF(x, y), QPointF(x + textWidth(nameFont, name), y));
        }
        p.restore();
        return;
    }

    // Row 1: name, influence dots.
    const double nameBase = r.top() + 19;
    drawText(p, x, nameBase, name);
    if (n.left) {
        const double y = nameBase - metrics::nameFont * 0.33;
        p.setPen(QPen(ink, 1.2));
        p.drawLine(QPointF(x - 1, y), QPointF(x + textWidth(nameFont, name) + 1, y));
    }
    influenceDots(p, right, nameBase - 4.5, n.influence, n.left ? kLeftInk : border.darker(115));

    // Row 2: title.
    const QFont small = font(metrics::textFont);
    setMapFont(p, small);
    p.setPen(n.left ? kLeftInk : kMuted);
    drawText(p, x, r.top() + 35, elided(small, n.detail, right - x));

    // Row 3: decision role, role in the overlay's deal, or "left".
    double bx = x;
    const double badgeTop = r.top() + 41;
    if (n.left) {
        bx += badge(p, bx, badgeTop, model::enumLabel(u"status", u"left"), QColor(0xE0, 0xE0, 0xE0), kMuted,
                    QColor(), right - bx) +
              4;
    }
    if (!n.role.isEmpty() && bx < right - 20)
        bx += badge(p, bx, badgeTop, model::enumLabel(u"decision_role", n.role),
                    n.left ? kLeftInk : roleColor(n.role), Qt::white, QColor(), right - bx) +
              4;
    if (!n.dealRole.isEmpty() && n.dealRole != n.role && bx < right - 20)
        badge(p, bx, badgeTop, model::enumLabel(u"decision_role", n.dealRole), Qt::white, kHighlight,
              kHighlight, right - bx);
    else if (!n.dealRole.isEmpty() && n.dealRole == n.role && bx > x) {
        // Same role in the deal: underline the badge in the overlay colour.
        p.setPen(QPen(kHighlight, 1.6));
        p.drawLine(QPointF(x, badgeTop + 15.5), QPointF(bx - 4, badgeTop + 15.5));
    }

    // Row 4: who knows them, days since the last follow-up.
    const double rowY = r.bottom() - 11;
    const QFont freshFont = font(metrics::smallFont + 0.5, isStale(n));
    const QString fresh = freshnessText(n.daysSinceFollowUp);
    const double freshWidth = textWidth(freshFont, fresh);
    setMapFont(p, freshFont);
    p.setPen(isStale(n) ? kStale : (n.left ? kLeftInk : kMuted));
    drawText(p, right - freshWidth, rowY + 3.5, fresh);
    if (!n.covered()) {
        if (!n.left)
            noCoverageMarker(p, x, rowY, n.isKey());
    } else {
        const double d = metrics::smallFont + 5;
        double cx = x + d / 2;
        for (const map::CoverageEntry& c : n.coverage) {
            if (cx + d / 2 > right - freshWidth - 4)
                break;
            coverageDot(p, QPointF(cx, rowY), initialOf(c.memberName), levelColor(c.level));
            cx += d + 3;
        }
    }
    if (n.hasGap)
        gapMarker(p, QPointF(r.left() + 1, r.top() + 1));
    p.restore();
}

void MapPainter::paintNode(QPainter& p, const MapNode& n, bool detailed) const
{
    if (n.isContact())
        paintContact(p, n, detailed);
    else
        paintUnit(p, n, detailed);
}

// ---- lines -----------------------------------------------------------------

void MapPainter::paintReportingLines(QPainter& p, const QRectF& visible) const
{
    QPen pen(kLine, 1.1);
    pen.setCapStyle(Qt::FlatCap);
    pen.setJoinStyle(Qt::MiterJoin);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    for (const MapNode& n : m_map.nodes) {
        if (n.parent < 0)
            continue;
        const QRectF& pr = m_map.nodes[size_t(n.parent)].rect;
        const double bus = m_busY[size_t(n.parent)];
        const QPointF start(pr.center().x(), pr.bottom());
        QPolygonF line;
        if (n.stacked) {
            const double spine = n.rect.left() - metrics::stackSpine / 2;
            const double y = n.rect.center().y();
            line << start << QPointF(start.x(), bus) << QPointF(spine, bus) << QPointF(spine, y)
                 << QPointF(n.rect.left(), y);
        } else {
            const double x = n.rect.center().x();
            line << start << QPointF(start.x(), bus) << QPointF(x, bus) << QPointF(x, n.rect.top());
        }
        if (!line.boundingRect().adjusted(-2, -2, 2, 2).intersects(visible))
            continue;
        p.drawPolyline(line);
    }
}

void MapPainter::paintLinks(QPainter& p, const QRectF& visible, bool detailed) const
{
    for (size_t li = 0; li < m_map.links.size(); ++li) {
        const map::MapLink& l = m_map.links[li];
        const QRectF& a = m_map.nodes[size_t(l.from)].rect;
        const QRectF& b = m_map.nodes[size_t(l.to)].rect;
        if (a.center() == b.center())
            continue;
        const QPointF mid = m_linkControl[li];
        const QPointF start = borderPoint(a.adjusted(-3, -3, 3, 3), mid);
        const QPointF end = borderPoint(b.adjusted(-4, -4, 4, 4), mid);
        QPainterPath path(start);
        path.quadTo(mid, end);
        if (!path.boundingRect().adjusted(-10, -10, 10, 10).intersects(visible))
            continue;
        QColor color = kLink;
        color.setAlpha(190);
        QPen pen(color, 0.9 + 0.25 * std::max(1, l.strength));
        pen.setStyle(Qt::DashLine);
        pen.setCapStyle(Qt::FlatCap);
        p.setBrush(Qt::NoBrush);
        // Only the stretches that meet the visible area are drawn: paint
        // engines without native dashes (PDF) write every dash of a link that
        // may run across the whole map, on every page it touches.
        const QRectF near = visible.adjusted(-12, -12, 12, 12);
        const QList<QPolygonF> flat = path.toSubpathPolygons();
        if (!flat.isEmpty()) {
            const QPolygonF& poly = flat.first();
            double along = 0, runStart = 0;
            QPolygonF run;
            auto flush = [&] {
                if (run.size() >= 2) {
                    pen.setDashOffset(runStart / pen.widthF()); // the dashes continue where they left off
                    p.setPen(pen);
                    p.drawPolyline(run);
                }
                run.clear();
            };
            for (qsizetype i = 1; i < poly.size(); ++i) {
                const QLineF segment(poly[i - 1], poly[i]);
                if (QRectF(segment.p1(), segment.p2()).normalized().adjusted(-1, -1, 1, 1).intersects(near)) {
                    if (run.isEmpty()) {
                        runStart = along;
                        run << segment.p1();
                    }
                    run << segment.p2();
                } else {
                    flush();
                }
                along += segment.length();
            }
            flush();
        }
        if (near.contains(end))
            arrowHead(p, end, path.pointAtPercent(0.94), 7.5, color);
        if (detailed && l.kind != QLatin1String("influences")) {
            const QFont f = font(metrics::smallFont);
            const QString text = model::enumLabel(u"kind", l.kind);
            const double w = textWidth(f, text) + 6;
            // On the curve, where it does not cover a card if possible.
            QRectF box;
            for (const double t : {0.5, 0.38, 0.62, 0.26, 0.74}) {
                const QPointF at = path.pointAtPercent(t);
                const QRectF candidate(at.x() - w / 2, at.y() - 6.5, w, 13);
                if (box.isNull())
                    box = candidate;
                const bool covers =
                    std::any_of(m_map.nodes.begin(), m_map.nodes.end(),
                                [&](const MapNode& n) { return n.rect.intersects(candidate); });
                if (!covers) {
                    box = candidate;
                    break;
                }
            }
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(255, 255, 255, 230));
            p.drawRoundedRect(box, 3, 3);
            p.setPen(kLink);
            setMapFont(p, f);
            p.drawText(box, Qt::AlignCenter, text);
        }
    }
}

void MapPainter::paintMap(QPainter& p, const QRectF& visible, double scale) const
{
    const bool detailed = scale >= detailScale;
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    paintReportingLines(p, visible);
    const QRectF area = visible.adjusted(-8, -8, 8, 8);
    for (const MapNode& n : m_map.nodes) {
        if (!n.rect.intersects(area))
            continue;
        if (n.isContact())
            paintContact(p, n, detailed);
        else
            paintUnit(p, n, detailed);
    }
    paintLinks(p, visible, detailed);
    p.restore();
}

} // namespace summit::ui
