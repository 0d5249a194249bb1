#include <doctest/doctest.h>

#include "QtDoctest.h"

#include "layout/TreeLayout.h"

#include <QString>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>
#include <vector>

using namespace summit::layout;

namespace {

constexpr double eps = 1e-6;

QRectF transposed(const QRectF& r)
{
    return QRectF(r.y(), r.x(), r.height(), r.width());
}

// Depths, children and a pre-order (children in index order, roots in index order), computed independently of
// the layout. The input must be a valid forest.
struct Shape
{
    std::vector<std::vector<int>> kids;
    std::vector<int> roots;
    std::vector<int> depth;
    std::vector<int> preorder;
};

Shape shapeOf(const std::vector<Node>& nodes)
{
    Shape s;
    s.kids.resize(nodes.size());
    s.depth.assign(nodes.size(), 0);
    for (int i = 0; i < static_cast<int>(nodes.size()); ++i)
        (nodes[i].parent < 0 ? s.roots : s.kids[nodes[i].parent]).push_back(i);
    std::vector<int> stack(s.roots.rbegin(), s.roots.rend());
    while (!stack.empty()) {
        const int v = stack.back();
        stack.pop_back();
        s.preorder.push_back(v);
        for (auto k = s.kids[v].rbegin(); k != s.kids[v].rend(); ++k) {
            s.depth[*k] = s.depth[v] + 1;
            stack.push_back(*k);
        }
    }
    return s;
}

QString at(int node)
{
    return QStringLiteral(" (node %1)").arg(node);
}

// Returns the first broken invariant, or an empty string. Horizontal layouts are checked transposed, so the
// checks below read "x" as the sibling axis and "y" as the depth axis. Linear time: the pre-order bucketed by
// level lets one pass over neighbours prove no overlap and no interleaving, so 3,000 nodes need no n^2 check.
QString checkLayout(std::vector<Node> nodes, std::vector<QRectF> rects, const Options& o)
{
    if (rects.size() != nodes.size())
        return QStringLiteral("one rect per node");
    if (o.horizontal) {
        for (std::size_t i = 0; i < nodes.size(); ++i) {
            std::swap(nodes[i].width, nodes[i].height);
            rects[i] = transposed(rects[i]);
        }
    }
    const Shape s = shapeOf(nodes);
    if (s.preorder.size() != nodes.size())
        return QStringLiteral("test bug: input is not a forest");

    std::vector<std::vector<int>> levels;
    for (int v : s.preorder) {
        const auto d = static_cast<std::size_t>(s.depth[v]);
        if (levels.size() <= d)
            levels.resize(d + 1);
        levels[d].push_back(v);
        if (std::abs(rects[v].width() - nodes[v].width) > eps ||
            std::abs(rects[v].height() - nodes[v].height) > eps)
            return QStringLiteral("rect size differs from node size") + at(v);
    }
    const QRectF bounds = boundingRect(rects);
    if (std::abs(bounds.left()) > eps || std::abs(bounds.top()) > eps)
        return QStringLiteral("layout does not start at (0, 0)");

    // Levels are bands: same top on a level, the next one levelGap below the tallest node.
    double top = 0;
    for (const std::vector<int>& level : levels) {
        double tallest = 0;
        for (int v : level) {
            if (std::abs(rects[v].top() - top) > eps)
                return QStringLiteral("node not at the top of its level") + at(v);
            tallest = std::max(tallest, rects[v].height());
        }
        top += tallest + o.levelGap;
    }

    // Neighbours in pre-order on one level are left to right with their gap: this proves that boxes do not
    // overlap, that children keep their order and that sibling subtrees (and forest roots) never interleave.
    for (const std::vector<int>& level : levels) {
        for (std::size_t i = 1; i < level.size(); ++i) {
            const int a = level[i - 1], b = level[i];
            const bool siblings = nodes[a].parent == nodes[b].parent && nodes[a].parent >= 0;
            const double gap = siblings ? o.siblingGap : o.subtreeGap;
            if (rects[b].left() - rects[a].right() < gap - eps)
                return QStringLiteral("gap too small or order broken between %1 and %2").arg(a).arg(b);
        }
    }

    for (std::size_t v = 0; v < nodes.size(); ++v) {
        const std::vector<int>& kids = s.kids[v];
        if (kids.empty())
            continue;
        const double mid = (rects[kids.front()].center().x() + rects[kids.back()].center().x()) / 2;
        if (std::abs(rects[v].center().x() - mid) > eps)
            return QStringLiteral("parent not centred over its children") + at(static_cast<int>(v));
        for (int k : kids)
            if (rects[k].top() - rects[v].bottom() < o.levelGap - eps)
                return QStringLiteral("child less than levelGap below its parent") + at(k);
    }
    return {};
}

// A structure-blind check for layouts whose tree the test does not know: rows by top, then left to right.
bool overlapFree(const std::vector<QRectF>& rects)
{
    std::vector<QRectF> sorted = rects;
    std::sort(sorted.begin(), sorted.end(), [](const QRectF& a, const QRectF& b) {
        return a.top() != b.top() ? a.top() < b.top() : a.left() < b.left();
    });
    double rowBottom = -1;
    for (std::size_t i = 1; i < sorted.size(); ++i) {
        const QRectF &a = sorted[i - 1], &b = sorted[i];
        rowBottom = std::max(rowBottom, a.bottom());
        if (a.top() == b.top() ? a.right() > b.left() : rowBottom > b.top())
            return false;
    }
    return true;
}

// Random forests of several shapes, with node indices optionally shuffled so parents may come after children.
std::vector<Node> randomTree(std::mt19937& rng, int n)
{
    auto uniform = [&](int lo, int hi) {
        return std::uniform_int_distribution<int>(lo, hi)(rng);
    };
    auto chance = [&](double p) {
        return std::bernoulli_distribution(p)(rng);
    };
    const int kind = uniform(0, 4);
    const double rootChance = chance(0.3) ? 0.01 : 0.0;
    const int fanRoots = uniform(1, 4);
    std::vector<Node> nodes(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i) {
        Node& node = nodes[i];
        node.width = uniform(40, 200);
        node.height = uniform(20, 80);
        if (i == 0 || chance(rootChance))
            continue;
        switch (kind) {
        case 0: // random recursive tree: shallow and bushy
            node.parent = uniform(0, i - 1);
            break;
        case 1: // deep chains with occasional branches
            node.parent = chance(0.95) ? i - 1 : uniform(0, i - 1);
            break;
        case 2: // very wide fans under a few nodes
            node.parent = uniform(0, std::min(i - 1, fanRoots - 1));
            break;
        case 3: // recent nodes: long, ragged subtrees
            node.parent = std::max(0, i - uniform(1, 12));
            break;
        default: // mixed: chains hanging off a wide fan
            node.parent = chance(0.5) ? uniform(0, std::min(i - 1, 3)) : i - 1;
            break;
        }
    }
    if (chance(0.5)) {
        std::vector<int> perm(nodes.size());
        std::iota(perm.begin(), perm.end(), 0);
        std::shuffle(perm.begin(), perm.end(), rng);
        std::vector<Node> shuffled(nodes.size());
        for (std::size_t i = 0; i < nodes.size(); ++i) {
            Node node = nodes[i];
            if (node.parent >= 0)
                node.parent = perm[node.parent];
            shuffled[perm[i]] = node;
        }
        nodes = shuffled;
    }
    return nodes;
}

Options randomOptions(std::mt19937& rng)
{
    auto real = [&](double lo, double hi) {
        return std::uniform_real_distribution<double>(lo, hi)(rng);
    };
    Options o;
    if (std::bernoulli_distribution(0.5)(rng))
        return o;
    o.levelGap = real(0, 80);
    o.siblingGap = real(0, 40);
    o.subtreeGap = real(0, 60);
    o.horizontal = std::bernoulli_distribution(0.5)(rng);
    return o;
}

std::vector<Node> chain(int n)
{
    std::vector<Node> nodes(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i)
        nodes[i] = Node{i - 1, 40.0 + i % 7 * 20, 30};
    return nodes;
}

} // namespace

TEST_CASE("empty input gives no rects")
{
    CHECK(layoutTree({}).empty());
    CHECK(boundingRect({}).isNull());
}

TEST_CASE("a small tree has the expected geometry")
{
    // Root 100 wide over children 40 and 60 wide: children 16 apart, the root centred over their centres.
    const std::vector<Node> nodes{{-1, 100, 30}, {0, 40, 20}, {0, 60, 40}};
    const std::vector<QRectF> r = layoutTree(nodes);
    REQUIRE(r.size() == 3);
    CHECK(r[1] == QRectF(0, 78, 40, 20));
    CHECK(r[2] == QRectF(56, 78, 60, 40));
    CHECK(r[0] == QRectF(3, 0, 100, 30));
    CHECK(boundingRect(r) == QRectF(0, 0, 116, 118));

    const std::vector<QRectF> h = layoutTree(nodes, Options{10, 4, 8, true});
    CHECK(h[1] == QRectF(110, 0, 40, 20));
    CHECK(h[2] == QRectF(110, 24, 60, 40));
    CHECK(h[0] == QRectF(0, 12, 100, 30));
}

TEST_CASE("small subtrees between two pushed-apart subtrees are spread evenly")
{
    // Root over A, x, y, B; the children of A and B push B right, and x and y share that shift evenly.
    std::vector<Node> nodes{{-1, 60, 30}, {0, 60, 30}, {0, 60, 30}, {0, 60, 30}, {0, 60, 30}};
    for (int parent : {1, 4})
        for (int k = 0; k < 3; ++k)
            nodes.push_back(Node{parent, 100, 30});
    const std::vector<QRectF> r = layoutTree(nodes);
    const double step = r[2].center().x() - r[1].center().x();
    CHECK(r[3].center().x() - r[2].center().x() == doctest::Approx(step));
    CHECK(r[4].center().x() - r[3].center().x() == doctest::Approx(step));
    CHECK(r[5 + 3].left() - r[5 + 2].right() == doctest::Approx(Options{}.subtreeGap));
}

TEST_CASE("random trees keep every invariant")
{
    for (unsigned seed = 1; seed <= 300; ++seed) {
        std::mt19937 rng(seed);
        const int n = seed <= 3 ? static_cast<int>(seed) : std::uniform_int_distribution<int>(1, 3000)(rng);
        const std::vector<Node> nodes = randomTree(rng, n);
        const Options o = randomOptions(rng);
        INFO("seed ", seed, ", ", n, " nodes");
        CHECK(checkLayout(nodes, layoutTree(nodes, o), o) == QString());
    }
}

TEST_CASE("the horizontal layout is the vertical one transposed")
{
    std::mt19937 rng(7);
    std::vector<Node> nodes = randomTree(rng, 500);
    Options o;
    const std::vector<QRectF> vertical = layoutTree(nodes, o);
    for (Node& node : nodes)
        std::swap(node.width, node.height);
    o.horizontal = true;
    const std::vector<QRectF> horizontal = layoutTree(nodes, o);
    REQUIRE(horizontal.size() == vertical.size());
    for (std::size_t i = 0; i < nodes.size(); ++i)
        CHECK(transposed(horizontal[i]) == vertical[i]);
}

TEST_CASE("forest roots are laid out side by side")
{
    // Three trees; the middle one is tall and narrow, the others wide.
    std::vector<Node> nodes{{-1, 80, 30}, {-1, 60, 30}, {-1, 120, 30}};
    for (int root : {0, 2})
        for (int k = 0; k < 5; ++k)
            nodes.push_back(Node{root, 100, 30});
    for (int depth = 0, parent = 1; depth < 6; ++depth) {
        nodes.push_back(Node{parent, 50, 30});
        parent = static_cast<int>(nodes.size()) - 1;
    }
    const Options o;
    const std::vector<QRectF> r = layoutTree(nodes, o);
    CHECK(checkLayout(nodes, r, o) == QString());
    for (int root : {0, 1, 2})
        CHECK(r[root].top() == 0);
    CHECK(r[1].left() - r[0].right() >= o.subtreeGap - eps);
    CHECK(r[2].left() - r[1].right() >= o.subtreeGap - eps);
}

TEST_CASE("a 20,000-deep chain is laid out without recursion")
{
    const std::vector<Node> nodes = chain(20000);
    const Options o;
    const std::vector<QRectF> r = layoutTree(nodes, o);
    REQUIRE(r.size() == nodes.size());
    CHECK(checkLayout(nodes, r, o) == QString());
    double drift = 0;
    for (const QRectF& rect : r)
        drift = std::max(drift, std::abs(rect.center().x() - r[0].center().x()));
    CHECK(drift < eps);
    CHECK(r.back().top() == doctest::Approx(19999 * (30 + o.levelGap)));
}

TEST_CASE("bad parent indices and cycles become roots")
{
    SUBCASE("out of range and self parents")
    {
        const std::vector<Node> bad{{-1, 50, 20}, {7, 50, 20}, {-5, 50, 20}, {3, 50, 20}, {0, 50, 20}};
        std::vector<Node> fixed = bad;
        fixed[1].parent = -1;
        fixed[2].parent = -1;
        fixed[3].parent = -1;
        CHECK(layoutTree(bad) == layoutTree(fixed));
    }
    SUBCASE("a cycle is cut at its lowest index, tails hang on")
    {
        // 1 -> 2 -> 3 -> 1 is a cycle, 4 and 0 lead into it.
        const std::vector<Node> bad{{4, 50, 20}, {2, 60, 20}, {3, 70, 20}, {1, 80, 20}, {2, 90, 20}};
        std::vector<Node> fixed = bad;
        fixed[1].parent = -1;
        const Options o;
        CHECK(checkLayout(fixed, layoutTree(fixed, o), o) == QString());
        CHECK(layoutTree(bad, o) == layoutTree(fixed, o));
    }
    SUBCASE("a 20,000-node ring does not hang")
    {
        std::vector<Node> ring = chain(20000);
        ring[0].parent = 19999;
        CHECK(layoutTree(ring) == layoutTree(chain(20000)));
    }
    SUBCASE("several cycles at once")
    {
        std::vector<Node> nodes(3000);
        std::mt19937 rng(3);
        for (Node& node : nodes)
            node = Node{std::uniform_int_distribution<int>(0, 2999)(rng), 60, 20}; // a functional graph
        const std::vector<QRectF> r = layoutTree(nodes);
        CHECK(r.size() == nodes.size());
        CHECK(overlapFree(r));
    }
    SUBCASE("negative and NaN sizes count as zero")
    {
        const std::vector<Node> nodes{{-1, -10, std::nan("")}, {0, 40, 20}};
        const std::vector<QRectF> r = layoutTree(nodes);
        CHECK(r[0].width() == 0);
        CHECK(r[0].height() == 0);
    }
}

TEST_CASE("work grows linearly with the tree")
{
    // Shapes that make naive contour walks or naive shifting quadratic: chains, caterpillars, random trees,
    // and fans of chains where every subtree is pushed against all of its left siblings.
    auto work = [](auto build, int n) {
        layoutTree(build(n));
        return static_cast<double>(detail::lastLayoutWork());
    };
    const auto random = [](int n) {
        std::mt19937 rng(11);
        std::vector<Node> nodes(static_cast<std::size_t>(n));
        for (int i = 1; i < n; ++i)
            nodes[i] = Node{std::uniform_int_distribution<int>(0, i - 1)(rng), 40.0 + i % 5 * 30, 30};
        return nodes;
    };
    const auto caterpillar = [](int n) {
        std::vector<Node> nodes(static_cast<std::size_t>(n));
        for (int i = 1; i < n; ++i)
            nodes[i] = Node{i % 2 ? i - 1 : i - 2, 60, 30};
        return nodes;
    };
    const auto fanOfChains = [](int n) { // sqrt(n) chains of growing length under one root
        std::vector<Node> nodes{{-1, 60, 30}};
        for (int length = 1; static_cast<int>(nodes.size()) < n; ++length)
            for (int k = 0, parent = 0; k < length && static_cast<int>(nodes.size()) < n; ++k) {
                nodes.push_back(Node{parent, 60, 30});
                parent = static_cast<int>(nodes.size()) - 1;
            }
        return nodes;
    };
    const auto smallBetweenBig = [](int n) { // many leaves between two deep subtrees get spread by shifts
        std::vector<Node> nodes{{-1, 60, 30}, {0, 60, 30}};
        for (int i = 2; i < n / 2; ++i)
            nodes.push_back(Node{0, 60, 30});
        nodes.push_back(Node{0, 60, 30});
        const int last = static_cast<int>(nodes.size()) - 1;
        for (int p1 = 1, p2 = last; static_cast<int>(nodes.size()) + 2 <= n;) {
            nodes.push_back(Node{p1, 60, 30});
            p1 = static_cast<int>(nodes.size()) - 1;
            nodes.push_back(Node{p2, 60, 30});
            p2 = static_cast<int>(nodes.size()) - 1;
        }
        return nodes;
    };
    CHECK(work(chain, 20000) / work(chain, 2000) < 15);
    CHECK(work(random, 20000) / work(random, 2000) < 15);
    CHECK(work(caterpillar, 20000) / work(caterpillar, 2000) < 15);
    CHECK(work(fanOfChains, 20000) / work(fanOfChains, 2000) < 15);
    CHECK(work(smallBetweenBig, 20000) / work(smallBetweenBig, 2000) < 15);
}

TEST_CASE("boundingRect includes rects of zero size")
{
    CHECK(boundingRect({QRectF(10, 10, 0, 0), QRectF(20, 5, 5, 5)}) == QRectF(10, 5, 15, 5));
}
