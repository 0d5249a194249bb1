#pragma once
// Tidy tree layout for decision-chain maps (org charts of a customer group).
//
// Buchheim, Jünger & Leipert 2002, "Improving Walker's algorithm to run in linear time", extended to nodes of
// different widths. The layout is O(n) in time and memory and fully iterative, so degenerate inputs such as a
// 20,000-deep reporting chain cannot overflow the stack.

#include <QRectF>

#include <cstdint>
#include <vector>

namespace summit::layout {

struct Node
{
    int parent = -1; // index of the parent, -1 for a root; siblings are ordered by their own index
    double width = 0;
    double height = 0;
};

struct Options
{
    double levelGap = 48;    // between the bands of two depth levels
    double siblingGap = 16;  // between neighbours on a level that share a parent
    double subtreeGap = 32;  // between neighbours that do not (cousins, and the roots of a forest)
    bool horizontal = false; // false: roots on top, levels go down; true: roots on the left, levels go right
};

// Returns one rect per node, same indexing; the bounding rect of the result starts at (0, 0).
//
// Every node is centred over its children (midpoint of the first and last child), children keep their index
// order, and subtrees never interleave. Each depth level is a band as deep as its tallest node (widest, when
// horizontal); nodes are aligned to the start of their band. Several roots are laid out side by side, in
// index order, as one forest.
//
// Bad input never crashes or loops: a node whose parent index is out of range or itself is a root, and a
// cycle of parents is cut at its lowest-index node, which becomes a root. Negative or NaN sizes and gaps
// count as 0.
std::vector<QRectF> layoutTree(const std::vector<Node>& nodes, const Options& options = {});

// Bounding rect of all rects; an empty rect for an empty list.
QRectF boundingRect(const std::vector<QRectF>& rects);

namespace detail {
// Steps taken by the last layoutTree() call on this thread (node visits, contour steps, shift steps). Lets
// tests check that the work grows linearly without timing anything.
std::uint64_t lastLayoutWork();
} // namespace detail

} // namespace summit::layout
