#include "ui/map/MapSubset.h"

namespace summit::ui::mapsubset {

map::DecisionChainMap keepNodes(const map::DecisionChainMap& full, const std::vector<char>& keep)
{
    map::DecisionChainMap part = full;
    part.nodes.clear();
    part.links.clear();
    std::vector<int> newIndex(full.nodes.size(), -1);
    for (size_t i = 0; i < full.nodes.size(); ++i) {
        if (i >= keep.size() || !keep[i])
            continue;
        map::MapNode n = full.nodes[i];
        // Parents come before children, so a kept ancestor already has its new index.
        int a = n.parent;
        while (a >= 0 && newIndex[size_t(a)] < 0)
            a = full.nodes[size_t(a)].parent;
        n.parent = a >= 0 ? newIndex[size_t(a)] : -1;
        newIndex[i] = int(part.nodes.size());
        part.nodes.push_back(std::move(n));
    }
    for (const map::MapLink& l : full.links) {
        const int from = newIndex[size_t(l.from)], to = newIndex[size_t(l.to)];
        if (from >= 0 && to >= 0)
            part.links.push_back({from, to, l.kind, l.strength});
    }
    return part;
}

std::vector<int> descendantCounts(const map::DecisionChainMap& map)
{
    std::vector<int> below(map.nodes.size(), 0);
    for (size_t i = map.nodes.size(); i-- > 0;)
        if (map.nodes[i].parent >= 0)
            below[size_t(map.nodes[i].parent)] += below[i] + 1;
    return below;
}

map::DecisionChainMap shownPart(const map::DecisionChainMap& full, const QSet<QString>& collapsed,
                                const QString& focusId)
{
    const size_t n = full.nodes.size();
    std::vector<char> keep(n, 1);
    const int focus = focusId.isEmpty() ? -1 : full.indexOf(focusId);
    if (focus >= 0) {
        // The chain up, the focused node, and everything below it.
        std::fill(keep.begin(), keep.end(), 0);
        for (int a = focus; a >= 0; a = full.nodes[size_t(a)].parent)
            keep[size_t(a)] = 1;
        std::vector<char> under(n, 0);
        under[size_t(focus)] = 1;
        for (size_t i = size_t(focus) + 1; i < n; ++i) {
            const int p = full.nodes[i].parent;
            if (p >= 0 && under[size_t(p)])
                under[i] = keep[i] = 1;
        }
    }
    if (!collapsed.isEmpty()) {
        // Pre-order: a node is hidden when its parent is collapsed or hidden.
        std::vector<char> hidden(n, 0);
        for (size_t i = 0; i < n; ++i) {
            const int p = full.nodes[i].parent;
            if (p >= 0 && (hidden[size_t(p)] || collapsed.contains(full.nodes[size_t(p)].id)))
                hidden[i] = 1;
            if (hidden[i])
                keep[i] = 0;
        }
    }
    map::DecisionChainMap part = keepNodes(full, keep);
    map::layoutMap(part);
    return part;
}

map::DecisionChainMap visiblePart(const map::DecisionChainMap& map, const QRectF& area)
{
    std::vector<char> keep(map.nodes.size(), 0);
    bool any = false;
    for (size_t i = 0; i < map.nodes.size(); ++i) {
        keep[i] = map.nodes[i].rect.intersects(area);
        any = any || keep[i];
    }
    map::DecisionChainMap part = keepNodes(map, keep);
    if (!any) {
        part.bounds = QRectF();
        return part;
    }
    QRectF bounds;
    for (const map::MapNode& node : part.nodes)
        bounds = bounds.united(node.rect);
    // Stacked cards keep the room for their bus line on the left.
    bounds.adjust(-map::metrics::stackSpine, 0, 0, 0);
    for (map::MapNode& node : part.nodes)
        node.rect.translate(-bounds.topLeft());
    part.bounds = QRectF(QPointF(0, 0), bounds.size());
    return part;
}

} // namespace summit::ui::mapsubset
