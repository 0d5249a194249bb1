#include "ui/map/MapPainter.h"

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

namespace {

// Colours of the chart. Stances: green for us, amber and red against, grey unknown.
const QColor kInk(0x26, 0x32, 0x38);
const QColor kMuted(0x60, 0x6B, 0x73);
const QColor kLine(0x8A, 0x9B, 0xA8);
const QColor kLink(0x8E, 0x24, 0xAA);      // influence links
const QColor kHighlight(0x1E, 0x88, 0xE5); // overlay halo and deal role
const QColor kStale(0xF5, 0x7C, 0x00);     // key person not seen lately
const QColor kAlarm(0xD3, 0x2F, 0x2F);     // no coverage, gaps
const QColor kLeftFill(0xF3, 0xF3, 0xF3);
const QColor kLeftInk(0x9E, 0x9E, 0x9E);

// A 72 dpi device for measuring text the way it is drawn (sizes in points).
const QPaintDevice* measureDevice()
{
    static const QImage image = [] {
        QImage i(1, 1, QImage::Format_RGB32);
        i.setDotsPerMeterX(2835); // 72 dpi
        i.setDotsPerMeterY(2835);
        return i;
    }();
    return &image;
}

QFontMetricsF metricsOf(const QFont& f)
{
    return QFontMetricsF(f, measureDevice());
}

double textWidth(const QFont& f, const QString& text)
{
    return metricsOf(f).horizontalAdvance(text);
}

QString elided(const QFont& f, const QString& text, double width)
{
    return metricsOf(f).elidedText(text, Qt::ElideRight, std::max(0.0, width));
}

// Font sizes are points on a 72 dpi device, where a point is a map unit. On
// a device of another resolution (a widget) the size is scaled, so text keeps
// its size relative to the boxes.
void setMapFont(QPainter& p, QFont f)
{
    const int dpi = p.device() ? p.device()->logicalDpiY() : 72;
    if (dpi > 0 && dpi != 72)
        f.setPointSizeF(f.pointSizeF() * 72.0 / dpi);
    p.setFont(f);
}

// Draws `text` with its baseline at `baseline`, from `x`.
void drawText(QPainter& p, double x, double baseline, const QString& text)
{
    p.drawText(QPointF(x, baseline), text);
}

QColor roleColor(const QString& role)
{
    if (role == QLatin1String("economic_buyer"))
        return QColor(0x6A, 0x1B, 0x9A);
    if (role == QLatin1String("technical_buyer"))
        return QColor(0x15, 0x65, 0xC0);
    if (role == QLatin1String("financial_approver"))
        return QColor(0x00, 0x69, 0x5C);
    if (role == QLatin1String("user_buyer"))
        return QColor(0x5D, 0x40, 0x37);
    if (role == QLatin1String("champion"))
        return QColor(0x2E, 0x7D, 0x32);
    if (role == QLatin1String("blocker"))
        return QColor(0xC6, 0x28, 0x28);
    return QColor(0x54, 0x6E, 0x7A); // influencer, gatekeeper
}

QColor levelColor(const QString& level)
{
    if (level == QLatin1String("trusted"))
        return QColor(0x2E, 0x7D, 0x32);
    if (level == QLatin1String("working"))
        return QColor(0x19, 0x76, 0xD2);
    return QColor(0x78, 0x90, 0x9C); // brief
}

QColor unitAccent(const QString& kind)
{
    if (kind == QLatin1String("group_hq"))
        return QColor(0x1F, 0x3A, 0x5F);
    if (kind == QLatin1String("division"))
        return QColor(0x3B, 0x6E, 0xA5);
    if (kind == QLatin1String("region"))
        return QColor(0x4F, 0x8F, 0xBF);
    if (kind == QLatin1String("subsidiary"))
        return QColor(0x7B, 0x5E, 0xA7);
    if (kind == QLatin1String("plant"))
        return QColor(0x8D, 0x6E, 0x63);
    return QColor(0x78, 0x90, 0x9C);
}

// A rounded badge with `text`; returns its width.
double badge(QPainter& p, double x, double top, const QString& text, const QColor& fill, const QColor& ink,
             const QColor& border, double maxWidth)
{
    const QFont f = MapPainter::font(metrics::textFont - 1);
    const QString shown = elided(f, text, maxWidth - 10);
    const double w = textWidth(f, shown) + 10;
    const QRectF r(x, top, w, 14);
    p.setPen(border.isValid() ? QPen(border, 0.9) : Qt::NoPen);
    p.setBrush(fill.isValid() ? QBrush(fill) : Qt::NoBrush);
    p.drawRoundedRect(r, 3, 3);
    p.setPen(ink);
    setMapFont(p, f);
    p.drawText(r, Qt::AlignCenter, shown);
    return w;
}

// The initial of a team member: the surname of a Chinese name, else the first letter.
QString initialOf(const QString& name)
{
    const QString t = name.trimmed();
    if (t.isEmpty())
        return QStringLiteral("?");
    return t.at(0).isHighSurrogate() && t.size() > 1 ? t.left(2) : t.left(1).toUpper();
}

void coverageDot(QPainter& p, const QPointF& centre, const QString& initial, const QColor& color)
{
    const double d = metrics::smallFont + 5;
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawEllipse(centre, d / 2, d / 2);
    p.setPen(Qt::white);
    setMapFont(p, MapPainter::font(metrics::smallFont - 1, true));
    p.drawText(QRectF(centre.x() - d / 2, centre.y() - d / 2, d, d), Qt::AlignCenter, initial);
}

// Red "no coverage" marker: filled for key people, outlined for the others.
double noCoverageMarker(QPainter& p, double x, double centreY, bool key)
{
    const QFont f = MapPainter::font(metrics::smallFont, true);
    const QString text = QCoreApplication::translate("Map", "No coverage");
    const double w = textWidth(f, text) + 8;
    const QRectF r(x, centreY - 6.5, w, 13);
    p.setPen(key ? QPen(Qt::NoPen) : QPen(kAlarm, 0.9));
    p.setBrush(key ? QBrush(kAlarm) : QBrush(Qt::white));
    p.drawRoundedRect(r, 2.5, 2.5);
    p.setPen(key ? QColor(Qt::white) : kAlarm);
    setMapFont(p, f);
    p.drawText(r, Qt::AlignCenter, text);
    return w;
}

void gapMarker(QPainter& p, const QPointF& centre)
{
    p.setPen(QPen(Qt::white, 1));
    p.setBrush(kAlarm);
    p.drawEllipse(centre, 6.5, 6.5);
    p.setPen(Qt::white);
    setMapFont(p, MapPainter::font(8, true));
    p.drawText(QRectF(centre.x() - 6.5, centre.y() - 6.5, 13, 13), Qt::AlignCenter, QStringLiteral("!"));
}

void influenceDots(QPainter& p, double right, double centreY, int influence, const QColor& color)
{
    const double step = 7.4, r = 2.7;
    for (int i = 0; i < 5; ++i) {
        const QPointF c(right - (4 - i) * step - r, centreY);
        if (i < influence) {
            p.setPen(Qt::NoPen);
            p.setBrush(color);
        } else {
            p.setPen(QPen(QColor(0xB0, 0xBE, 0xC5), 0.8));
            p.setBrush(Qt::white);
        }
        p.drawEllipse(c, r, r);
    }
}

// Where the segment from the centre of `r` towards `towards` leaves `r`.
QPointF borderPoint(const QRectF& r, const QPointF& towards)
{
    const QPointF c = r.center();
    const double dx = towards.x() - c.x(), dy = towards.y() - c.y();
    if (std::abs(dx) < 1e-9 && std::abs(dy) < 1e-9)
        return c;
    const double sx = std::abs(dx) > 1e-9 ? (r.width() / 2) / std::abs(dx) : 1e18;
    const double sy = std::abs(dy) > 1e-9 ? (r.height() / 2) / std::abs(dy) : 1e18;
    const double s = std::min(sx, sy);
    return {c.x() + dx * s, c.y() + dy * s};
}

void arrowHead(QPainter& p, const QPointF& tip, const QPointF& from, double size, const QColor& color)
{
    const double angle = std::atan2(tip.y() - from.y(), tip.x() - from.x());
    const QPointF a(tip.x() - size * std::cos(angle - 0.45), tip.y() - size * std::sin(angle - 0.45));
    const QPointF b(tip.x() - size * std::cos(angle + 0.45), tip.y() - size * std::sin(angle + 0.45));
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawPolygon(QPolygonF({tip, a, b}));
}

QString freshnessText(int days)
{
    if (days < 0)
        return QCoreApplication::translate("Map", "never");
    return QCoreApplication::translate("Map", "%1 d").arg(days);
}

struct LegendItem
{
    enum Kind
    {
        Stance,
        Influence,
        Role,
        Coverage,
        NoCoverage,
        Freshness,
        Stale,
        Left,
        Gap,
        ReportsTo,
        Link,
        Highlight,
        Context,
    };
    Kind kind;
    QString text;
    QString key; // stance key for Stance
};

} // namespace

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
    drawText(p, x, r.top() + 20, elided(nameFont, n.name, w));
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

    const QString what = QCoreApplication::translate("Map", "Decision-chain map");
    const QString date = m_map.today.toString(Qt::ISODate);
    const int units = m_map.unitCount();
    const int contacts = m_map.contactCount();
    const QString counts =
        QCoreApplication::translate("Map", "%1 org units, %2 contacts").arg(units).arg(contacts);
    QStringList parts = {what, date, counts};
    if (!m_map.opportunityName.isEmpty())
        parts << QCoreApplication::translate("Map", "Buying center of %1").arg(m_map.opportunityName);
    if (!m_map.memberName.isEmpty())
        parts << QCoreApplication::translate("Map", "Coverage of %1").arg(m_map.memberName);
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
                     QCoreApplication::translate("Map", "Team member who knows them: %1, %2, %3")
                         .arg(trusted, working, brief),
                     {}});
    items.push_back(
        {K::NoCoverage,
         QCoreApplication::translate("Map", "Nobody on the team knows them (filled: a key person)"),
         {}});
    items.push_back({K::Freshness, QCoreApplication::translate("Map", "Days since the last follow-up"), {}});
    const int stale = chart.staleDays;
    items.push_back(
        {K::Stale,
         QCoreApplication::translate("Map", "Key person not contacted for over %n day(s)", nullptr, stale),
         {}});
    items.push_back({K::Left, model::enumLabel(u"status", u"left"), {}});
    items.push_back({K::Gap, QCoreApplication::translate("Map", "Gap found by the analysis"), {}});
    items.push_back({K::ReportsTo, model::fieldLabel(u"contact", u"reports_to"), {}});
    items.push_back({K::Link, model::entityLabel(u"influence_link"), {}});
    if (!chart.opportunityName.isEmpty())
        items.push_back(
            {K::Highlight,
             QCoreApplication::translate("Map", "In the buying center of %1").arg(chart.opportunityName),
             {}});
    if (!chart.memberName.isEmpty())
        items.push_back(
            {K::Highlight, QCoreApplication::translate("Map", "Known to %1").arg(chart.memberName), {}});
    if (std::any_of(chart.nodes.begin(), chart.nodes.end(), [](const MapNode& n) { return n.context; }))
        items.push_back(
            {K::Context, QCoreApplication::translate("Map", "Shown for the reporting line only"), {}});
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
        return 2 * (textWidth(MapPainter::font(metrics::smallFont, true),
                              QCoreApplication::translate("Map", "No coverage")) +
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
    drawText(p, area.left(), area.top() + 12, QCoreApplication::translate("Map", "Legend"));

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
    drawText(p, area.left(), area.top() + 12, QCoreApplication::translate("Map", "Gaps (%1)").arg(count));
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
        drawText(p, area.left() + 12, y + 11,
                 QCoreApplication::translate("Map", "… and %n more", nullptr, more));
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
