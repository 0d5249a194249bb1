#pragma once
// The graphics items of the interactive decision-chain map: one per node (a
// unit box or a person card, drawn by MapPainter exactly as in the export, with
// a +/− toggle, the selection and a change badge on top), one per reporting
// line and one per influence link. Items live at the scene origin and use map
// units as scene coordinates, so a node's rect on the map is its rect here.
//
// Level of detail follows the view's scale: full cards from
// MapPainter::detailScale up, stance-coloured boxes with names below it, and below
// kBlockScale only the units, each as a block over its subtree.

#include <QCoreApplication>
#include <QGraphicsItem>
#include <QPainterPath>
#include <QPolygonF>

namespace summit::ui {

class MapScene;

enum class MapDetail
{
    Full,   // names, titles, badges, coverage, freshness
    Boxes,  // stance-coloured boxes with names (as large as fits), unit names
    Blocks, // units as blocks over their subtrees, nothing else
};

inline constexpr double kBlockScale = 0.15;
MapDetail detailFor(double scale);
// The screen font size (pixels) a person's name is drawn at in a box `width`
// by `height` screen pixels when zoomed out: 11 down to 8, the largest at which
// it fits (elided at 8 when even that is too wide); 0 when nothing legible fits.
int contactLabelPixels(const QString& name, double width, double height);

class MapNodeItem : public QGraphicsItem
{
public:
    enum
    {
        Type = UserType + 1
    };
    MapNodeItem(const MapScene& scene, int index);

    int type() const override { return Type; }
    int index() const { return m_index; }
    QString id() const;
    bool isContact() const;
    // The +/− button under the node (scene coordinates); null when it has nothing below it.
    QRectF toggleRect() const;
    // The level of detail of the last paint, for tests and measurements.
    MapDetail lastDetail() const { return m_lastDetail; }
    // The scene's change marks changed: room for a badge, and a repaint.
    void updateMark();

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    void paintBox(QPainter& p, double scale) const;
    void paintBlock(QPainter& p, double scale) const;
    void paintDecorations(QPainter& p, const QStyleOptionGraphicsItem& option) const;

    const MapScene& m_scene;
    int m_index;
    QRectF m_bounds, m_baseBounds;
    MapDetail m_lastDetail = MapDetail::Full;
};

class MapEdgeItem : public QGraphicsItem
{
public:
    enum
    {
        Type = UserType + 2
    };
    MapEdgeItem(const MapScene& scene, int child);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    QPolygonF m_line;
    QRectF m_bounds;
};

class MapLinkItem : public QGraphicsItem
{
public:
    enum
    {
        Type = UserType + 3
    };
    MapLinkItem(const MapScene& scene, int link);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    QPainterPath m_path;
    QPointF m_end, m_beforeEnd;
    QString m_label; // the link kind, unless it is the plain "influences"
    double m_width = 1;
    QRectF m_bounds;
};

} // namespace summit::ui
