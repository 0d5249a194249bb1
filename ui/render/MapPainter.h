#pragma once
// Draws a decision-chain map (决策链图谱) with QPainter: org unit boxes, person
// cards coloured by stance with decision role, influence, coverage and
// freshness, reporting lines, influence links, a title block, the gaps and a
// legend. Works on any paint device (widget, QImage, QSvgGenerator,
// QPdfWriter).
//
// Coordinates: everything is drawn in map units (one unit = one point at
// 100 %) under the painter's current transform; scale with that transform.
// Text is sized for a 72 dpi device (QImage dots per meter, QPdfWriter and
// QSvgGenerator resolution 72, as the exports use) and scaled to the device's
// resolution otherwise, so it keeps its size relative to the boxes.

#include "map/DecisionChainMap.h"

#include <QColor>
#include <QFont>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <vector>

class QPainter;

namespace summit::ui {

class MapPainter
{
public:
    explicit MapPainter(const map::DecisionChainMap& map);

    // Below this many output points per map unit only boxes and names are drawn.
    static constexpr double detailScale = 0.5;
    // The font family for Chinese text: Noto Sans CJK SC when installed, else
    // another CJK family, else the system font.
    static QString fontFamily();
    static QFont font(double pointSize, bool bold = false);
    static QColor stanceColor(const QString& stance); // border and accent
    static QColor stanceFill(const QString& stance);

    // The nodes, reporting lines and influence links that meet `visible` (map
    // units). `scale` is output points per map unit and picks the level of detail.
    void paintMap(QPainter& p, const QRectF& visible, double scale) const;

    // Title block: account name, what the map shows, date, counts.
    double titleHeight() const;
    void paintTitle(QPainter& p, const QRectF& area) const;
    // Legend, wrapped to `width`.
    QSizeF legendSize(double width) const;
    void paintLegend(QPainter& p, const QRectF& area) const;
    // The gaps of the analysis, one line each (empty size when there are none).
    QSizeF gapsSize(double width) const;
    void paintGaps(QPainter& p, const QRectF& area) const;

    // The part of the map plane that is drawn on: the node boxes and the
    // influence links that bend outside them.
    QRectF extent() const;

    // One sheet with the title block, legend, gaps and the whole map, in map units.
    QSizeF sheetSize() const;
    // Draws the sheet at `scale` output points per map unit from the painter's origin.
    void paintSheet(QPainter& p, double scale) const;
    // Draws the sheet fitted into `target` (device coordinates), keeping its aspect ratio.
    void paint(QPainter& p, const QRectF& target) const;

    // For the interactive view, which draws each node and line as an item of
    // its own: one node as paintMap draws it, the y of the line from a node to
    // its children, and the control point of an influence link's curve.
    void paintNode(QPainter& p, const map::MapNode& n, bool detailed) const;
    double busY(int node) const { return m_busY[size_t(node)]; }
    QPointF linkControl(size_t link) const { return m_linkControl[link]; }

private:
    void paintUnit(QPainter& p, const map::MapNode& n, bool detailed) const;
    void paintContact(QPainter& p, const map::MapNode& n, bool detailed) const;
    void paintReportingLines(QPainter& p, const QRectF& visible) const;
    void paintLinks(QPainter& p, const QRectF& visible, bool detailed) const;
    bool isStale(const map::MapNode& n) const;

    const map::DecisionChainMap& m_map;
    std::vector<double> m_busY;         // per parent node: y of the horizontal line to its children
    std::vector<QPointF> m_linkControl; // per influence link: control point of its curve
    QRectF m_extent;
};

} // namespace summit::ui
