#include "ui/map/MapItems.h"
#include "ui/UiText.h"

#include "model/Schema.h"
#include "render/MapDrawing.h"
#include "render/MapPainter.h"
#include "ui/map/MapScene.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <algorithm>
#include <cmath>

namespace summit::ui {

using namespace drawing;
namespace metrics = map::metrics;

namespace {

// Room around a node's box for the overlay halo, the selection ring, the
// change badge above it and the toggle below it.
constexpr double kAround = 16;
// A change badge keeps a readable size when zoomed out, up to this factor.
constexpr double kMarkGrowth = 4;
constexpr double kToggleRadius = 7;
// How far past its box, in box widths, a unit's name may run when zoomed out.
constexpr double kLabelStretch = 3;

double scaleOf(const QPainter& p)
{
    return QStyleOptionGraphicsItem::levelOfDetailFromTransform(p.worldTransform());
}

// A font `pixels` high on screen whatever the zoom: map units at `scale`.
QFont screenFont(double pixels, double scale, bool bold)
{
    QFont f = MapPainter::font(pixels / std::max(scale, 1e-3), bold);
    return f;
}

} // namespace

int contactLabelPixels(const QString& name, double width, double height)
{
    for (int px = 11; px >= 8; --px) {
        if (height < px + 2)
            continue;
        const QFont f = MapPainter::font(px, false);
        if (textWidth(f, name) <= width)
            return px;
    }
    // Too long even at 8 pixels: elided, as long as a character and the ellipsis fit.
    const QFont f = MapPainter::font(8, false);
    return height >= 10 && width >= textWidth(f, name.left(1) + QChar(0x2026)) ? 8 : 0;
}

MapDetail detailFor(double scale)
{
    if (scale >= MapPainter::detailScale)
        return MapDetail::Full;
    return scale >= kBlockScale ? MapDetail::Boxes : MapDetail::Blocks;
}

// ---- nodes -----------------------------------------------------------------

MapNodeItem::MapNodeItem(const MapScene& scene, int index) : m_scene(scene), m_index(index)
{
    const map::MapNode& n = scene.map().nodes[size_t(index)];
    m_bounds = n.rect.adjusted(-kAround, -kAround - 6, kAround, kAround + 2 * kToggleRadius);
    if (!n.isContact()) {
        m_bounds |= scene.subtreeRect(index); // the block drawn at the lowest detail
        // Zoomed out, a unit's name may run past its box (see paintBox).
        m_bounds |= n.rect.adjusted(0, 0, kLabelStretch * n.rect.width(), 0);
    }
    m_baseBounds = m_bounds;
    setFlag(ItemIsSelectable);
    setAcceptHoverEvents(false);
    const QString tip = n.detail.isEmpty() ? n.name : n.name + QStringLiteral("\n") + n.detail;
    setToolTip(tip);
}

QString MapNodeItem::id() const
{
    return m_scene.map().nodes[size_t(m_index)].id;
}

bool MapNodeItem::isContact() const
{
    return m_scene.map().nodes[size_t(m_index)].isContact();
}

QRectF MapNodeItem::toggleRect() const
{
    if (!m_scene.expandable(m_index))
        return {};
    const QRectF r = m_scene.map().nodes[size_t(m_index)].rect;
    // Just under the box, on the line down to its children: clear of the card's last row.
    return {r.center().x() - kToggleRadius, r.bottom() + 1, 2 * kToggleRadius, 2 * kToggleRadius};
}

QRectF MapNodeItem::boundingRect() const
{
    return m_bounds;
}

void MapNodeItem::updateMark()
{
    prepareGeometryChange();
    const QRectF r = m_scene.map().nodes[size_t(m_index)].rect;
    m_bounds = m_baseBounds;
    if (!m_scene.markOf(id()).isEmpty())
        m_bounds |=
            QRectF(r.left(), r.top() - 10 - 15 * kMarkGrowth, r.width() + 5 * kMarkGrowth, r.height());
    update();
}

void MapNodeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*)
{
    const double scale = scaleOf(*painter);
    m_lastDetail = detailFor(scale);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    switch (m_lastDetail) {
    case MapDetail::Full:
        m_scene.mapPainter().paintNode(*painter, m_scene.map().nodes[size_t(m_index)], true);
        break;
    case MapDetail::Boxes:
        paintBox(*painter, scale);
        break;
    case MapDetail::Blocks:
        paintBlock(*painter, scale);
        break;
    }
    if (m_lastDetail != MapDetail::Blocks || !isContact())
        paintDecorations(*painter, *option);
    painter->restore();
}

// Zoomed out: the stance colour says enough for people; units keep a name
// sized for the screen, so the structure stays readable.
void MapNodeItem::paintBox(QPainter& p, double scale) const
{
    const map::MapNode& n = m_scene.map().nodes[size_t(m_index)];
    const QRectF r = n.rect;
    if (n.isContact()) {
        const QColor border = n.left ? kLeftInk : MapPainter::stanceColor(n.stance);
        if (n.highlighted) {
            p.setPen(QPen(kHighlight, 6));
            p.setBrush(Qt::NoBrush);
            p.drawRect(r.adjusted(-6, -6, 6, 6));
        }
        p.setPen(Qt::NoPen);
        p.setBrush(n.left ? kLeftFill : MapPainter::stanceFill(n.stance));
        p.drawRect(r);
        p.setBrush(border);
        const double bar = std::max(8.0, r.width() * 0.12);
        p.drawRect(QRectF(r.left(), r.top(), bar, r.height()));
        if (n.isKey() && !n.left) // key people stand out as a bar of their influence
            p.drawRect(QRectF(r.left(), r.bottom() - 10, r.width() * n.influence / 5.0, 10));
        // The name, as large as fits (11 down to 8 pixels on screen), never hidden while it fits.
        const QRectF text = r.adjusted(bar + 3 / scale, 0, -3 / scale, -10);
        if (const int px = contactLabelPixels(n.name, text.width() * scale, text.height() * scale)) {
            const QFont f = screenFont(px, scale, n.isKey());
            p.setPen(n.left ? kLeftInk : kInk);
            setMapFont(p, f);
            p.drawText(text, Qt::AlignVCenter | Qt::AlignLeft | Qt::TextSingleLine,
                       elided(f, n.name, text.width()));
        }
        return;
    }
    const QColor accent = unitAccent(n.unitKind);
    const QFont f = screenFont(11, scale, true);
    // The box grows to the right to hold the name, up to a few box widths.
    const double pad = 5 / std::max(scale, 1e-3);
    const double wanted = textWidth(f, n.name) + 2 * pad;
    const double width = std::clamp(wanted, r.width(), r.width() * (1 + kLabelStretch));
    const QRectF box(r.left(), r.top(), width, r.height());
    p.setPen(QPen(accent, 2));
    p.setBrush(QColor(0xEE, 0xF2, 0xF7));
    p.drawRect(box);
    // The unit's health: a band along the bottom, 3 pixels on screen at any zoom.
    const double band = 3 / std::max(scale, 1e-3);
    if (n.health >= 0) {
        p.setPen(Qt::NoPen);
        p.setBrush(healthBandInk(n.healthBand));
        p.drawRect(QRectF(box.left(), box.bottom() - band, box.width(), band));
    }
    p.setPen(kInk);
    setMapFont(p, f);
    p.drawText(box.adjusted(pad, 0, -pad / 2, n.health >= 0 ? -band : 0),
               Qt::AlignVCenter | Qt::AlignLeft | Qt::TextSingleLine, elided(f, n.name, width - 1.5 * pad));
}

// Far out: each unit a translucent block over its subtree (nested units
// darken), its name on top when the block is wide enough on screen.
void MapNodeItem::paintBlock(QPainter& p, double scale) const
{
    const map::MapNode& n = m_scene.map().nodes[size_t(m_index)];
    if (n.isContact())
        return;
    const QRectF block = m_scene.subtreeRect(m_index).adjusted(-6, -6, 6, 6);
    QColor accent = unitAccent(n.unitKind);
    QColor fill = accent;
    fill.setAlpha(40);
    p.setPen(QPen(accent, 1.5 / std::max(scale, 1e-3)));
    p.setBrush(fill);
    p.drawRect(block);
    if (n.health >= 0) { // the unit's health along the block's top, 4 pixels on screen
        p.setPen(Qt::NoPen);
        p.setBrush(healthBandInk(n.healthBand));
        p.drawRect(QRectF(block.left(), block.top(), block.width(), 4 / std::max(scale, 1e-3)));
    }
    if (block.width() * scale < 40)
        return;
    const QFont f = screenFont(11, scale, true);
    setMapFont(p, f);
    p.setPen(kInk);
    const double line = 15 / std::max(scale, 1e-3);
    p.drawText(QRectF(block.left() + 4 / scale, block.top(), block.width() - 8 / scale, line),
               Qt::AlignVCenter | Qt::AlignLeft | Qt::TextSingleLine,
               elided(f, n.name, block.width() - 8 / scale));
}

// Selection, collapse toggle and change badge: on top at every level of detail.
void MapNodeItem::paintDecorations(QPainter& p, const QStyleOptionGraphicsItem& option) const
{
    const map::MapNode& n = m_scene.map().nodes[size_t(m_index)];
    const QRectF r = n.rect;
    const double scale = std::max(scaleOf(p), 1e-3);
    if (isSelected()) {
        // Outside the overlay's halo, and dashed so that the two never look alike.
        const double w = std::max(2.0, 2.0 / scale);
        QPen pen(option.palette.color(QPalette::Text), w, Qt::DashLine);
        pen.setCapStyle(Qt::FlatCap);
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(r.adjusted(-8.5, -8.5, 8.5, 8.5), 11, 11);
    }
    if (m_lastDetail == MapDetail::Full) {
        const QRectF t = toggleRect();
        if (!t.isNull()) {
            p.setPen(QPen(kLine, 1.2));
            p.setBrush(Qt::white);
            p.drawEllipse(t);
            p.setPen(QPen(kInk, 1.6));
            const QPointF c = t.center();
            p.drawLine(QPointF(c.x() - 3.5, c.y()), QPointF(c.x() + 3.5, c.y()));
            const int hidden = m_scene.hiddenBelow(m_index);
            if (hidden > 0) {
                p.drawLine(QPointF(c.x(), c.y() - 3.5), QPointF(c.x(), c.y() + 3.5));
                const QString count = UiText::tr("%n hidden", nullptr, hidden);
                badge(p, t.right() + 3, t.top() - 0.5, count, QColor(0x54, 0x6E, 0x7A), Qt::white, QColor(),
                      120);
            }
        }
    }
    const QString mark = m_scene.markOf(n.id);
    if (!mark.isEmpty()) {
        // Above the top right corner, readable at any zoom.
        p.save();
        const double k = m_lastDetail == MapDetail::Full ? 1.0 : std::min(kMarkGrowth, 0.6 / scale);
        p.translate(r.right(), r.top());
        p.scale(k, k);
        const QFont f = MapPainter::font(metrics::textFont - 1);
        const double w = textWidth(f, mark) + 10;
        badge(p, -w + 4, -9, mark, QColor(0x00, 0x89, 0x7B), Qt::white, Qt::white, 160);
        p.restore();
    }
}

// ---- reporting lines -------------------------------------------------------

MapEdgeItem::MapEdgeItem(const MapScene& scene, int child)
{
    // The same route as MapPainter's reporting lines: down from the parent to
    // its bus, along it, and down into the child (or into a stacked card from
    // the spine on its left).
    const map::MapNode& n = scene.map().nodes[size_t(child)];
    const QRectF& pr = scene.map().nodes[size_t(n.parent)].rect;
    const double bus = scene.mapPainter().busY(n.parent);
    const QPointF start(pr.center().x(), pr.bottom());
    if (n.stacked) {
        const double spine = n.rect.left() - metrics::stackSpine / 2;
        const double y = n.rect.center().y();
        m_line << start << QPointF(start.x(), bus) << QPointF(spine, bus) << QPointF(spine, y)
               << QPointF(n.rect.left(), y);
    } else {
        const double x = n.rect.center().x();
        m_line << start << QPointF(start.x(), bus) << QPointF(x, bus) << QPointF(x, n.rect.top());
    }
    m_bounds = m_line.boundingRect().adjusted(-2, -2, 2, 2);
}

QRectF MapEdgeItem::boundingRect() const
{
    return m_bounds;
}

void MapEdgeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    const double scale = scaleOf(*painter);
    if (detailFor(scale) == MapDetail::Blocks)
        return;
    QPen pen(kLine, std::max(1.1, 0.8 / std::max(scale, 1e-3)));
    pen.setCapStyle(Qt::FlatCap);
    pen.setJoinStyle(Qt::MiterJoin);
    painter->setRenderHint(QPainter::Antialiasing, scale >= MapPainter::detailScale);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPolyline(m_line);
}

// ---- influence links ---------------------------------------------------------

MapLinkItem::MapLinkItem(const MapScene& scene, int link)
{
    const map::MapLink& l = scene.map().links[size_t(link)];
    const QRectF& a = scene.map().nodes[size_t(l.from)].rect;
    const QRectF& b = scene.map().nodes[size_t(l.to)].rect;
    const QPointF mid = scene.mapPainter().linkControl(size_t(link));
    const QPointF start = borderPoint(a.adjusted(-3, -3, 3, 3), mid);
    m_end = borderPoint(b.adjusted(-4, -4, 4, 4), mid);
    m_path = QPainterPath(start);
    m_path.quadTo(mid, m_end);
    m_beforeEnd = m_path.pointAtPercent(0.94);
    m_width = 0.9 + 0.25 * std::max(1, l.strength);
    if (l.kind != QLatin1String("influences"))
        m_label = model::enumLabel(u"kind", l.kind);
    m_bounds = m_path.boundingRect().adjusted(-30, -12, 30, 12);
}

QRectF MapLinkItem::boundingRect() const
{
    return m_bounds;
}

void MapLinkItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    const double scale = scaleOf(*painter);
    const MapDetail detail = detailFor(scale);
    if (detail == MapDetail::Blocks)
        return;
    QPainter& p = *painter;
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    QColor color = kLink;
    color.setAlpha(190);
    // Dashed and purple, unlike the solid grey reporting lines.
    QPen pen(color, std::max(m_width, 1.0 / std::max(scale, 1e-3)));
    pen.setStyle(Qt::DashLine);
    pen.setCapStyle(Qt::FlatCap);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    p.drawPath(m_path);
    arrowHead(p, m_end, m_beforeEnd, detail == MapDetail::Full ? 7.5 : 7.5 / (2 * scale), color);
    if (detail == MapDetail::Full && !m_label.isEmpty()) {
        const QFont f = MapPainter::font(metrics::smallFont);
        const double w = textWidth(f, m_label) + 6;
        const QPointF at = m_path.pointAtPercent(0.5);
        const QRectF box(at.x() - w / 2, at.y() - 6.5, w, 13);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(255, 255, 255, 230));
        p.drawRoundedRect(box, 3, 3);
        p.setPen(kLink);
        setMapFont(p, f);
        p.drawText(box, Qt::AlignCenter, m_label);
    }
    p.restore();
}

} // namespace summit::ui
