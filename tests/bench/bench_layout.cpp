// Benchmark: summit::layout::layoutTree against Graphviz dot on the same org charts.
//   g++ -std=c++20 -O2 -Icore $(pkg-config --cflags Qt6Core) core/layout/TreeLayout.cpp
//       tests/bench/bench_layout.cpp $(pkg-config --libs Qt6Core) -o /tmp/bench_layout
// Exits non-zero if a budget fails: < 50 ms at 5,000 nodes, and at least 20x faster than dot at every size.

#include "layout/TreeLayout.h"

#include <QTemporaryDir>

#include <sys/wait.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <deque>
#include <fstream>
#include <optional>
#include <random>
#include <string>
#include <vector>

using summit::layout::Node;

namespace {

using Clock = std::chrono::steady_clock;
constexpr int dotLimitSeconds = 120;
constexpr double budgetMsAt5000 = 50;
constexpr double minSpeedup = 20;

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// An org chart grown breadth first: HQ, divisions, regions and units always have reports (3-12 each); below
// them about a third of the people lead a team of their own, the rest are individual contributors.
std::vector<Node> orgChart(int n, unsigned seed)
{
    std::mt19937 rng(seed);
    auto uniform = [&](int lo, int hi) {
        return std::uniform_int_distribution<int>(lo, hi)(rng);
    };
    std::vector<Node> nodes{{-1, 180, 60}};
    std::vector<int> depth{0};
    std::deque<int> managers{0};
    while (static_cast<int>(nodes.size()) < n) {
        if (managers.empty()) // cannot happen with these odds, but never stall
            managers.push_back(uniform(0, static_cast<int>(nodes.size()) - 1));
        const int manager = managers.front();
        managers.pop_front();
        const int reports = uniform(3, 12);
        for (int k = 0; k < reports && static_cast<int>(nodes.size()) < n; ++k) {
            const int id = static_cast<int>(nodes.size());
            nodes.push_back(
                Node{manager, static_cast<double>(uniform(90, 200)), uniform(0, 2) ? 44.0 : 60.0});
            depth.push_back(depth[manager] + 1);
            if (depth[id] < 4 || uniform(0, 2) == 0)
                managers.push_back(id);
        }
    }
    return nodes;
}

double bestLayoutMs(const std::vector<Node>& nodes)
{
    double best = 1e300;
    double checksum = 0; // keeps the optimizer from dropping the call
    for (int run = 0; run < 5; ++run) {
        const Clock::time_point start = Clock::now();
        const std::vector<QRectF> rects = summit::layout::layoutTree(nodes);
        best = std::min(best, msSince(start));
        checksum += summit::layout::boundingRect(rects).width();
    }
    if (checksum <= 0)
        std::printf("unexpected empty layout\n");
    return best;
}

// Same tree, same node sizes (points to inches) and gaps, as dot input.
bool writeDot(const std::vector<Node>& nodes, const std::string& path)
{
    const summit::layout::Options o;
    std::ofstream out(path);
    out << "digraph org {\n  graph [nodesep=" << o.siblingGap / 72 << ", ranksep=" << o.levelGap / 72
        << "];\n"
        << "  node [shape=box, fixedsize=true, label=\"\"];\n";
    for (std::size_t i = 0; i < nodes.size(); ++i)
        out << "  n" << i << " [width=" << nodes[i].width / 72 << ", height=" << nodes[i].height / 72
            << "];\n";
    for (std::size_t i = 0; i < nodes.size(); ++i)
        if (nodes[i].parent >= 0)
            out << "  n" << nodes[i].parent << " -> n" << i << ";\n";
    out << "}\n";
    return static_cast<bool>(out);
}

// One timed run of dot (a single run: dot takes seconds, so best-of-5 would add little but waiting);
// nothing if it failed or hit the time limit.
std::optional<double> dotMs(const std::vector<Node>& nodes, const QTemporaryDir& dir, bool& timedOut)
{
    const std::string base = dir.path().toStdString() + "/org" + std::to_string(nodes.size());
    if (!writeDot(nodes, base + ".dot"))
        return std::nullopt;
    const std::string command = "timeout " + std::to_string(dotLimitSeconds) + " dot -Tplain '" + base +
                                ".dot' -o '" + base + ".plain' 2>/dev/null";
    const Clock::time_point start = Clock::now();
    const int status = std::system(command.c_str());
    const double ms = msSince(start);
    timedOut = WIFEXITED(status) && WEXITSTATUS(status) == 124;
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return std::nullopt;
    return ms;
}

const char* verdict(bool pass)
{
    return pass ? "PASS" : "FAIL";
}

} // namespace

int main()
{
    QTemporaryDir dir;
    if (!dir.isValid()) {
        std::printf("cannot create a temporary directory\n");
        return 2;
    }
    bool allPass = true;
    std::printf("%6s | %10s | %10s | %9s | %s\n", "nodes", "layout ms", "dot ms", "ratio", "budget");
    std::printf("-------+------------+------------+-----------+------------------------------\n");
    std::vector<std::string> notes;
    for (int n : {500, 5000, 20000}) {
        const std::vector<Node> nodes = orgChart(n, 20240601u);
        const double layout = bestLayoutMs(nodes);
        bool timedOut = false;
        const std::optional<double> dot = dotMs(nodes, dir, timedOut);

        std::string budget;
        if (n == 5000) {
            const bool pass = layout < budgetMsAt5000;
            allPass = allPass && pass;
            budget += "<50 ms " + std::string(verdict(pass)) + ", ";
        }
        char dotText[32], ratioText[32];
        if (dot) {
            const double ratio = *dot / layout;
            const bool pass = ratio >= minSpeedup;
            allPass = allPass && pass;
            std::snprintf(dotText, sizeof dotText, "%.1f", *dot);
            std::snprintf(ratioText, sizeof ratioText, "%.0fx", ratio);
            budget += ">=20x " + std::string(verdict(pass));
        } else if (timedOut) { // dot needed more than the limit, so the ratio is at least limit / layout
            const double ratio = dotLimitSeconds * 1000.0 / layout;
            const bool pass = ratio >= minSpeedup;
            allPass = allPass && pass;
            std::snprintf(dotText, sizeof dotText, ">%d000", dotLimitSeconds);
            std::snprintf(ratioText, sizeof ratioText, ">%.0fx", ratio);
            budget += ">=20x " + std::string(verdict(pass)) + " (dot skipped)";
            notes.push_back("dot did not finish " + std::to_string(n) + " nodes within " +
                            std::to_string(dotLimitSeconds) + " s; skipped, ratio is a lower bound.");
        } else {
            std::snprintf(dotText, sizeof dotText, "n/a");
            std::snprintf(ratioText, sizeof ratioText, "n/a");
            budget += ">=20x not measured";
            notes.push_back("dot failed or is not installed for " + std::to_string(n) + " nodes.");
        }
        std::printf("%6d | %10.3f | %10s | %9s | %s\n", n, layout, dotText, ratioText, budget.c_str());
    }
    for (const std::string& note : notes)
        std::printf("note: %s\n", note.c_str());
    std::printf("layout: best of 5 runs; dot: one run of `dot -Tplain` incl. process start; steady_clock.\n");
    return allPass ? 0 : 1;
}
