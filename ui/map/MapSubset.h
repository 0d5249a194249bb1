#pragma once
// Parts of a decision-chain map for the interactive view: the map with
// collapsed subtrees or everything outside a focus hidden (laid out afresh, so
// that what is left closes up), and the part inside a rectangle (kept where it
// was, for "export the visible part"). Pure functions over the map data.

#include "map/DecisionChainMap.h"

#include <QRectF>
#include <QSet>
#include <QString>
#include <vector>

namespace summit::ui::mapsubset {

// The nodes with `keep` set, in their order, each hanging under its nearest
// kept ancestor; links between kept nodes. Rects and bounds are not changed.
map::DecisionChainMap keepNodes(const map::DecisionChainMap& full, const std::vector<char>& keep);

// Hides the descendants of every id in `collapsed` and, when `focusId` is on
// the map, everything but its chain of managers and units up and its team
// down; lays the rest out again. Unknown ids are ignored.
map::DecisionChainMap shownPart(const map::DecisionChainMap& full, const QSet<QString>& collapsed,
                                const QString& focusId);

// Number of nodes below each node (all descendants), same indexing as `map.nodes`.
std::vector<int> descendantCounts(const map::DecisionChainMap& map);

// The nodes whose box meets `area` (map units), moved so that the part starts at (0, 0).
map::DecisionChainMap visiblePart(const map::DecisionChainMap& map, const QRectF& area);

} // namespace summit::ui::mapsubset
