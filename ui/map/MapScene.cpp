#include "ui/map/MapScene.h"

#include "ui/map/MapItems.h"

namespace summit::ui {

MapScene::MapScene(QObject* parent) : QGraphicsScene(parent)
{
    m_painter = std::make_unique<MapPainter>(m_map);
}

MapScene::~MapScene()
{
    clear(); // the items refer to the painter and the map
}

void MapScene::setMap(map::DecisionChainMap shown, std::vector<int> hiddenBelow, std::vector<char> expandable)
{
    clear();
    m_items.clear();
    m_painter.reset();
    m_map = std::move(shown);
    m_painter = std::make_unique<MapPainter>(m_map);
    const size_t n = m_map.nodes.size();
    m_hidden = std::move(hiddenBelow);
    m_hidden.resize(n, 0);
    m_expandable = std::move(expandable);
    m_expandable.resize(n, 0);
    m_index.clear();
    m_index.reserve(qsizetype(n));
    m_subtree.assign(n, QRectF());
    for (size_t i = 0; i < n; ++i) {
        m_index.insert(m_map.nodes[i].id, int(i));
        m_subtree[i] = m_map.nodes[i].rect;
    }
    for (size_t i = n; i-- > 0;) // children come after their parents
        if (m_map.nodes[i].parent >= 0)
            m_subtree[size_t(m_map.nodes[i].parent)] |= m_subtree[i];

    // Lines under boxes, links over them.
    for (size_t i = 0; i < n; ++i) {
        if (m_map.nodes[i].parent < 0)
            continue;
        auto* edge = new MapEdgeItem(*this, int(i));
        edge->setZValue(0);
        addItem(edge);
    }
    m_items.reserve(n);
    for (size_t i = 0; i < n; ++i) {
        auto* item = new MapNodeItem(*this, int(i));
        item->setZValue(m_map.nodes[i].isContact() ? 2 : 1);
        addItem(item);
        m_items.push_back(item);
    }
    for (size_t li = 0; li < m_map.links.size(); ++li) {
        auto* link = new MapLinkItem(*this, int(li));
        link->setZValue(3);
        addItem(link);
    }
    const double margin = 60;
    setSceneRect(m_painter->extent().adjusted(-margin, -margin, margin, margin));
}

MapNodeItem* MapScene::nodeItem(int index) const
{
    return index >= 0 && size_t(index) < m_items.size() ? m_items[size_t(index)] : nullptr;
}

int MapScene::nodeAt(const QPointF& scenePos) const
{
    // The topmost node whose own box holds the point (a unit's block does not count).
    for (QGraphicsItem* item : items(scenePos)) {
        if (item->type() != MapNodeItem::Type)
            continue;
        const int i = static_cast<MapNodeItem*>(item)->index();
        if (m_map.nodes[size_t(i)].rect.adjusted(-3, -3, 3, 3).contains(scenePos))
            return i;
    }
    return -1;
}

void MapScene::setChangeMarks(const QHash<QString, QString>& marks)
{
    m_marks = marks;
    for (MapNodeItem* item : m_items)
        item->updateMark();
}

} // namespace summit::ui
