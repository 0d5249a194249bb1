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

namespace summit::ui::drawing {

using map::MapNode;
namespace metrics = map::metrics;

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

QColor healthBandInk(const QString& band)
{
    if (band == QLatin1String("green"))
        return QColor(0x2E, 0x7D, 0x32);
    if (band == QLatin1String("amber"))
        return QColor(0xF9, 0xA8, 0x25);
    return QColor(0xC6, 0x28, 0x28);
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
    const QString text = RenderText::tr("No coverage");
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
        return RenderText::tr("never");
    return RenderText::tr("%1 d").arg(days);
}

} // namespace summit::ui::drawing
