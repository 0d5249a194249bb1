#include "store/Merge.h"

#include <algorithm>

namespace summit::merge {

QHash<QString, QString> replayTree(const QList<QString>& nodes, std::vector<TreeMove> moves)
{
    std::stable_sort(moves.begin(), moves.end(), [](const TreeMove& a, const TreeMove& b) {
        return newerThan(b.hlc, b.replica, a.hlc, a.replica);
    });
    QHash<QString, QString> parent;
    parent.reserve(nodes.size());
    for (const QString& n : nodes)
        parent.insert(n, QString());
    for (const TreeMove& m : moves) {
        if (!parent.contains(m.node))
            continue;
        if (!m.target.isEmpty() && !parent.contains(m.target))
            continue;
        bool cycle = false;
        for (QString up = m.target; !up.isEmpty() && !cycle; up = parent.value(up))
            cycle = up == m.node;
        if (!cycle)
            parent[m.node] = m.target;
    }
    return parent;
}

} // namespace summit::merge
