#pragma once
// The scene of the interactive decision-chain map: the part of the map that is
// shown (collapsed subtrees and everything outside a focus already left out),
// one item per node, reporting line and influence link, and what the items
// need to draw themselves: the painter, what each node hides, change marks.

#include "map/DecisionChainMap.h"
#include "render/MapPainter.h"

#include <QGraphicsScene>
#include <QHash>
#include <QString>
#include <memory>
#include <vector>

namespace summit::ui {

class MapNodeItem;

class MapScene : public QGraphicsScene
{
public:
    explicit MapScene(QObject* parent = nullptr);
    ~MapScene() override;

    // Replaces every item. `hiddenBelow`: per node of `shown`, how many nodes
    // of the full map a collapse hides under it; `expandable`: per node, whether
    // it has anything below it in the full map (so it gets a +/− toggle).
    void setMap(map::DecisionChainMap shown, std::vector<int> hiddenBelow, std::vector<char> expandable);

    const map::DecisionChainMap& map() const { return m_map; }
    const MapPainter& mapPainter() const { return *m_painter; }
    int indexOf(const QString& id) const { return m_index.value(id, -1); }
    MapNodeItem* nodeItem(int index) const;
    MapNodeItem* nodeItem(const QString& id) const { return nodeItem(indexOf(id)); }
    // The node under a scene point, -1 if none.
    int nodeAt(const QPointF& scenePos) const;

    int hiddenBelow(int index) const { return m_hidden[size_t(index)]; }
    bool expandable(int index) const { return m_expandable[size_t(index)] != 0; }
    // The box of a node and everything shown under it.
    QRectF subtreeRect(int index) const { return m_subtree[size_t(index)]; }

    // Small labelled badges on nodes: id -> short translated text.
    void setChangeMarks(const QHash<QString, QString>& marks);
    QString markOf(const QString& id) const { return m_marks.value(id); }

private:
    map::DecisionChainMap m_map;
    std::unique_ptr<MapPainter> m_painter; // refers to m_map
    QHash<QString, int> m_index;
    std::vector<MapNodeItem*> m_items;
    std::vector<int> m_hidden;
    std::vector<char> m_expandable;
    std::vector<QRectF> m_subtree;
    QHash<QString, QString> m_marks;
};

} // namespace summit::ui
