#pragma once
// Drawing primitives shared by the map painter and the sheet around it
// (title, legend, gaps): colours, text helpers, badges and markers.

#include <QColor>
#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPointF>
#include <QRectF>
#include <QString>

namespace summit::ui::drawing {

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
        UnitHealth,
    };
    Kind kind;
    QString text;
    QString key; // stance key for Stance
};
extern const QColor kInk;
extern const QColor kMuted;
extern const QColor kLine;
extern const QColor kLink;
extern const QColor kHighlight;
extern const QColor kStale;
extern const QColor kAlarm;
extern const QColor kLeftFill;
extern const QColor kLeftInk;
const QPaintDevice* measureDevice();
QFontMetricsF metricsOf(const QFont& f);
double textWidth(const QFont& f, const QString& text);
QString elided(const QFont& f, const QString& text, double width);
void setMapFont(QPainter& p, QFont f);
void drawText(QPainter& p, double x, double baseline, const QString& text);
QColor roleColor(const QString& role);
QColor levelColor(const QString& level);
QColor unitAccent(const QString& kind);
// The band of a unit's health: "green", "amber" or "red" (analysis::healthBandKey), print colours.
QColor healthBandInk(const QString& band);
double badge(QPainter& p, double x, double top, const QString& text, const QColor& fill, const QColor& ink,
             const QColor& border, double maxWidth);
QString initialOf(const QString& name);
void coverageDot(QPainter& p, const QPointF& centre, const QString& initial, const QColor& color);
double noCoverageMarker(QPainter& p, double x, double centreY, bool key);
void gapMarker(QPainter& p, const QPointF& centre);
void influenceDots(QPainter& p, double right, double centreY, int influence, const QColor& color);
QPointF borderPoint(const QRectF& r, const QPointF& towards);
void arrowHead(QPainter& p, const QPointF& tip, const QPointF& from, double size, const QColor& color);
QString freshnessText(int days);

} // namespace summit::ui::drawing
