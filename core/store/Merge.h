#pragma once
// The merge rules of replication, in one place: every replica, the store's
// write path and the map's history ("the map as of a date") decide with
// these, so they cannot drift apart.
//
// - Fields: last writer wins, by (hybrid clock, replica id), a total order.
// - Trees (org unit parents, reports-to): every move of one tree is replayed
//   in that order, and a move that would make a node its own ancestor, or
//   names a parent that is not in the tree, is skipped (Kleppmann et al. 2021,
//   "A highly-available move operation for replicated trees"). Concurrent
//   moves thus never make a cycle, whatever order they arrived in.

#include <QHash>
#include <QString>
#include <vector>

namespace summit::merge {

// Whether write A comes after write B in the team's total order.
inline bool newerThan(quint64 hlcA, const QString& replicaA, quint64 hlcB, const QString& replicaB)
{
    return hlcA != hlcB ? hlcA > hlcB : replicaA > replicaB;
}

struct TreeMove
{
    quint64 hlc = 0;
    QString replica;
    QString node;   // the record moved
    QString target; // its new parent; empty: the top
};

// The parent of every node of one tree after replaying `moves` (sorted here
// by (hlc, replica)) over `nodes`, which start at the top. Nodes not in
// `nodes` are ignored as movers and refused as parents.
QHash<QString, QString> replayTree(const QList<QString>& nodes, std::vector<TreeMove> moves);

} // namespace summit::merge
