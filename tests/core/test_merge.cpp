// The merge rules shared by the store and the map's history.
#include "QtDoctest.h"
#include "store/Merge.h"

#include <algorithm>
#include <random>

using namespace summit;
using merge::TreeMove;

TEST_CASE("the later write by (clock, replica) wins; the replica id breaks a tie of clocks")
{
    CHECK(merge::newerThan(2, QStringLiteral("a"), 1, QStringLiteral("z")));
    CHECK_FALSE(merge::newerThan(1, QStringLiteral("z"), 2, QStringLiteral("a")));
    CHECK(merge::newerThan(5, QStringLiteral("b"), 5, QStringLiteral("a")));
    CHECK_FALSE(merge::newerThan(5, QStringLiteral("a"), 5, QStringLiteral("b")));
    CHECK_FALSE(merge::newerThan(5, QStringLiteral("a"), 5, QStringLiteral("a")));
}

TEST_CASE("replaying moves skips the one that would close a cycle, whatever order they arrive in")
{
    const QList<QString> nodes = {QStringLiteral("hq"), QStringLiteral("it"), QStringLiteral("ops")};
    // Two replicas move concurrently: A puts hq under it, B puts it under hq.
    std::vector<TreeMove> moves = {
        {10, QStringLiteral("A"), QStringLiteral("hq"), QStringLiteral("it")},
        {10, QStringLiteral("B"), QStringLiteral("it"), QStringLiteral("hq")},
        {11, QStringLiteral("A"), QStringLiteral("ops"), QStringLiteral("hq")},
    };
    const QHash<QString, QString> expected = {
        {QStringLiteral("hq"), QStringLiteral("it")}, // A's move comes first (A < B) and stands
        {QStringLiteral("it"), QString()},            // B's would make a cycle: skipped
        {QStringLiteral("ops"), QStringLiteral("hq")},
    };
    std::mt19937 rng(7);
    for (int round = 0; round < 20; ++round) {
        std::shuffle(moves.begin(), moves.end(), rng);
        CHECK(merge::replayTree(nodes, moves) == expected);
    }
}

TEST_CASE("a move to an unknown parent or of an unknown node is skipped; an empty target is the top")
{
    const QList<QString> nodes = {QStringLiteral("a"), QStringLiteral("b")};
    const auto parent =
        merge::replayTree(nodes, {{1, QStringLiteral("r"), QStringLiteral("a"), QStringLiteral("b")},
                                  {2, QStringLiteral("r"), QStringLiteral("b"), QStringLiteral("gone")},
                                  {3, QStringLiteral("r"), QStringLiteral("stranger"), QStringLiteral("a")},
                                  {4, QStringLiteral("r"), QStringLiteral("a"), QString()}});
    CHECK(parent.size() == 2);
    CHECK(parent.value(QStringLiteral("a")).isEmpty());
    CHECK(parent.value(QStringLiteral("b")).isEmpty());
    CHECK_FALSE(parent.contains(QStringLiteral("stranger")));
    CHECK(merge::replayTree({}, {}).isEmpty());
}
