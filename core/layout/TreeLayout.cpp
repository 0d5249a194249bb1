#include "layout/TreeLayout.h"

#include <algorithm>

// Notation follows the paper: prelim is the x relative to the parent's frame, mod is the offset of a node's
// children, threads link a contour across subtrees, and shift/change spread the smaller subtrees that sit
// between two subtrees pushed apart. x always means the node's centre along the sibling axis.

namespace summit::layout {
namespace {

thread_local std::uint64_t t_lastWork = 0;

double nonNegative(double v)
{
    return std::max(0.0, v); // also maps NaN to 0
}

// Parent of each node after repairing bad input: -1 for roots, and no cycles.
std::vector<int> sanitizedParents(const std::vector<Node>& nodes)
{
    const int n = static_cast<int>(nodes.size());
    std::vector<int> parent(nodes.size());
    for (int i = 0; i < n; ++i) {
        const int p = nodes[i].parent;
        parent[i] = p >= 0 && p < n && p != i ? p : -1;
    }
    // Walk up from every node; each node is walked over once, so this is linear.
    enum : unsigned char
    {
        Unseen,
        OnPath,
        Done
    };
    std::vector<unsigned char> state(nodes.size(), Unseen);
    std::vector<int> path;
    for (int i = 0; i < n; ++i) {
        path.clear();
        int v = i;
        while (v >= 0 && state[v] == Unseen) {
            state[v] = OnPath;
            path.push_back(v);
            v = parent[v];
        }
        if (v >= 0 && state[v] == OnPath) { // the walk met itself: v is on a cycle
            int lowest = v;
            for (int u = parent[v]; u != v; u = parent[u])
                lowest = std::min(lowest, u);
            parent[lowest] = -1;
        }
        for (int u : path)
            state[u] = Done;
    }
    return parent;
}

struct Item
{
    int parent = -1;  // the virtual root for the roots of the forest
    int firstKid = 0; // into Tree::kids
    int kidCount = 0;
    int number = 0; // position among its siblings
    int depth = -1;
    int thread = -1;
    int ancestor = 0;
    int defaultAncestor = -1; // of this node's children, during apportion
    double size = 0;          // extent along the sibling axis
    double prelim = 0;
    double mod = 0;
    double shift = 0;
    double change = 0;
    double modSum = 0; // sum of the ancestors' mods, in the second walk
};

class Tree
{
public:
    Tree(const std::vector<Node>& nodes, const Options& options)
        : m_root(static_cast<int>(nodes.size())), m_siblingGap(nonNegative(options.siblingGap)),
          m_subtreeGap(nonNegative(options.subtreeGap))
    {
        // One virtual root above all real roots turns the forest into a single tree.
        m_items.resize(nodes.size() + 1);
        const std::vector<int> parent = sanitizedParents(nodes);
        for (int i = 0; i < m_root; ++i) {
            Item& it = m_items[i];
            it.parent = parent[i] < 0 ? m_root : parent[i];
            it.ancestor = i;
            const Node& node = nodes[i];
            it.size = nonNegative(options.horizontal ? node.height : node.width);
            ++m_items[it.parent].kidCount;
        }
        int offset = 0;
        for (Item& it : m_items) {
            it.firstKid = offset;
            offset += it.kidCount;
        }
        m_kids.assign(nodes.size(), 0); // not resize(): GCC 12 -O3 warns falsely (-Wnull-dereference)
        std::vector<int> filled(m_items.size(), 0);
        for (int i = 0; i < m_root; ++i) { // ascending i keeps siblings in index order
            Item& p = m_items[m_items[i].parent];
            m_items[i].number = filled[m_items[i].parent]++;
            m_kids[p.firstKid + m_items[i].number] = i;
        }
        for (Item& it : m_items)
            if (it.kidCount > 0)
                it.defaultAncestor = m_kids[it.firstKid];
        buildOrder();
    }

    const std::vector<Item>& items() const { return m_items; }
    std::uint64_t work() const { return m_work; }

    void layout()
    {
        for (auto v = m_order.rbegin(); v != m_order.rend(); ++v) // post-order: children before parents
            firstWalk(*v);
        for (int v : m_order) // pre-order: parents before children
            secondWalk(v);
    }

private:
    // m_order becomes a pre-order with siblings reversed, so that read backwards it is a post-order with
    // siblings in order, which is what firstWalk needs. Depths are set on the way.
    void buildOrder()
    {
        m_order.reserve(m_items.size());
        std::vector<int> stack{m_root};
        while (!stack.empty()) {
            const int v = stack.back();
            stack.pop_back();
            m_order.push_back(v);
            const Item& it = m_items[v];
            for (int k = it.firstKid; k < it.firstKid + it.kidCount; ++k) {
                m_items[m_kids[k]].depth = it.depth + 1;
                stack.push_back(m_kids[k]);
            }
        }
    }

    int firstKid(int v) const { return m_kids[m_items[v].firstKid]; }
    int lastKid(int v) const { return m_kids[m_items[v].firstKid + m_items[v].kidCount - 1]; }
    int nextLeft(int v) const { return m_items[v].kidCount > 0 ? firstKid(v) : m_items[v].thread; }
    int nextRight(int v) const { return m_items[v].kidCount > 0 ? lastKid(v) : m_items[v].thread; }

    // Required distance between the centres of two neighbours on one level, l left of r.
    double distance(int l, int r) const
    {
        const int p = m_items[l].parent;
        const double gap = p == m_items[r].parent && p != m_root ? m_siblingGap : m_subtreeGap;
        return (m_items[l].size + m_items[r].size) / 2 + gap;
    }

    void firstWalk(int v)
    {
        ++m_work;
        Item& it = m_items[v];
        double midpoint = 0;
        if (it.kidCount > 0) {
            executeShifts(v);
            midpoint = (m_items[firstKid(v)].prelim + m_items[lastKid(v)].prelim) / 2;
        }
        if (v == m_root) {
            it.prelim = midpoint;
            return;
        }
        Item& p = m_items[it.parent];
        const int left = it.number > 0 ? m_kids[p.firstKid + it.number - 1] : -1;
        if (left < 0) {
            it.prelim = midpoint;
            return;
        }
        it.prelim = m_items[left].prelim + distance(left, v);
        if (it.kidCount > 0)
            it.mod = it.prelim - midpoint; // keeps v centred over its children
        p.defaultAncestor = apportion(v, left, p.defaultAncestor);
    }

    // Pushes v's subtree right until it clears the subtrees of all its left siblings, level by level, walking
    // the facing contours: the right contour of the left forest (vim) and the left contour of v (vip).
    int apportion(int v, int left, int defaultAncestor)
    {
        int vip = v, vop = v, vim = left, vom = firstKid(m_items[v].parent);
        double sip = m_items[vip].mod, sop = m_items[vop].mod, sim = m_items[vim].mod, som = m_items[vom].mod;
        while (true) {
            vim = nextRight(vim);
            vip = nextLeft(vip);
            if (vim < 0 || vip < 0)
                break;
            ++m_work;
            vom = nextLeft(vom);
            vop = nextRight(vop);
            m_items[vop].ancestor = v;
            const double shift = m_items[vim].prelim + sim - m_items[vip].prelim - sip + distance(vim, vip);
            if (shift > 0) {
                moveSubtree(nextAncestor(vim, v, defaultAncestor), v, shift);
                sip += shift;
                sop += shift;
            }
            sim += m_items[vim].mod;
            sip += m_items[vip].mod;
            som += m_items[vom].mod;
            sop += m_items[vop].mod;
        }
        // Thread the shorter side's contour onto the longer one; the mod adjustment makes the offsets summed
        // along a thread come out right.
        if (vim >= 0 && nextRight(vop) < 0) {
            m_items[vop].thread = vim;
            m_items[vop].mod += sim - sop;
        }
        if (vip >= 0 && nextLeft(vom) < 0) {
            m_items[vom].thread = vip;
            m_items[vom].mod += sip - som;
            defaultAncestor = v;
        }
        return defaultAncestor;
    }

    // The sibling of v whose subtree holds vim, if the ancestor pointer is still valid.
    int nextAncestor(int vim, int v, int defaultAncestor) const
    {
        const int a = m_items[vim].ancestor;
        return m_items[a].parent == m_items[v].parent ? a : defaultAncestor;
    }

    // Moves wr's subtree right; the siblings between wl and wr get their share later, in executeShifts.
    void moveSubtree(int wl, int wr, double shift)
    {
        Item& l = m_items[wl];
        Item& r = m_items[wr];
        const double change = shift / (r.number - l.number);
        r.change -= change;
        r.shift += shift;
        l.change += change;
        r.prelim += shift;
        r.mod += shift;
    }

    void executeShifts(int v)
    {
        double shift = 0, change = 0;
        const Item& it = m_items[v];
        for (int k = it.firstKid + it.kidCount - 1; k >= it.firstKid; --k) {
            ++m_work;
            Item& w = m_items[m_kids[k]];
            w.prelim += shift;
            w.mod += shift;
            change += w.change;
            shift += w.shift + change;
        }
    }

    void secondWalk(int v)
    {
        const Item& it = m_items[v];
        for (int k = it.firstKid; k < it.firstKid + it.kidCount; ++k)
            m_items[m_kids[k]].modSum = it.modSum + it.mod;
    }

    std::vector<Item> m_items; // the input nodes, then the virtual root
    std::vector<int> m_kids;   // children of each item, contiguous
    std::vector<int> m_order;
    int m_root;
    double m_siblingGap;
    double m_subtreeGap;
    std::uint64_t m_work = 0;
};

} // namespace

std::vector<QRectF> layoutTree(const std::vector<Node>& nodes, const Options& options)
{
    t_lastWork = 0;
    if (nodes.empty())
        return {};
    Tree tree(nodes, options);
    tree.layout();
    const std::vector<Item>& items = tree.items();
    t_lastWork = tree.work();

    // Each level is a band as deep as its deepest node.
    const auto depthSize = [&](const Node& n) {
        return nonNegative(options.horizontal ? n.width : n.height);
    };
    std::vector<double> band;
    double minLeft = 0;
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        const auto depth = static_cast<std::size_t>(items[i].depth);
        if (band.size() <= depth)
            band.resize(depth + 1, 0.0);
        band[depth] = std::max(band[depth], depthSize(nodes[i]));
        const double left = items[i].prelim + items[i].modSum - items[i].size / 2;
        minLeft = i == 0 ? left : std::min(minLeft, left);
    }
    std::vector<double> bandStart(band.size(), 0.0);
    const double levelGap = nonNegative(options.levelGap);
    for (std::size_t d = 1; d < band.size(); ++d)
        bandStart[d] = bandStart[d - 1] + band[d - 1] + levelGap;

    std::vector<QRectF> rects;
    rects.reserve(nodes.size());
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        const Item& it = items[i];
        const double along = it.prelim + it.modSum - it.size / 2 - minLeft;
        const double across = bandStart[static_cast<std::size_t>(it.depth)];
        const double depthExtent = depthSize(nodes[i]);
        rects.push_back(options.horizontal ? QRectF(across, along, depthExtent, it.size)
                                           : QRectF(along, across, it.size, depthExtent));
    }
    return rects;
}

// Not QRectF::united, which skips rects of zero width or height.
QRectF boundingRect(const std::vector<QRectF>& rects)
{
    if (rects.empty())
        return {};
    double left = rects.front().left(), top = rects.front().top();
    double right = rects.front().right(), bottom = rects.front().bottom();
    for (const QRectF& r : rects) {
        left = std::min(left, r.left());
        top = std::min(top, r.top());
        right = std::max(right, r.right());
        bottom = std::max(bottom, r.bottom());
    }
    return QRectF(QPointF(left, top), QPointF(right, bottom));
}

namespace detail {
std::uint64_t lastLayoutWork()
{
    return t_lastWork;
}
} // namespace detail

} // namespace summit::layout
