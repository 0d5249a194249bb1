#pragma once
// The conflicts table: writes that lost to a concurrent one, derived from the
// operation log so that every replica, whatever order operations arrived in,
// flags the same ones. Two kinds: a field two people set concurrently (the
// loser is kept so someone can choose), and an edit concurrent with a delete
// (the edit wins, the record stays out of the trash, the delete is flagged).

#include "Result.h"

#include <QHash>
#include <QString>

namespace summit {

class Database;
class Materialiser;
class OperationLog;

class Conflicts
{
public:
    Conflicts(Database& db, OperationLog& log, Materialiser& tables) : m_db(db), m_log(log), m_tables(tables)
    {}

    // Re-derives the conflicts of one field of a record from its writes.
    Status recompute(const QString& id, const QString& field);
    // Re-derives whether an edit concurrent with the record's delete keeps it
    // out of the trash; `flipped` receives the record (id -> type) when its
    // trash state changed.
    Status recomputeDelete(const QString& id, QHash<QString, QString>* flipped);
    // A local write has seen every value integrated so far: it settles `field`
    // (and, for `deleted`, every edit concurrent with an older delete).
    Status settle(const QString& id, const QString& field);
    Status clear();
    // The cached answer to "are there any conflicts at all" is stale (a
    // transaction rolled back, another connection wrote).
    void forget() { m_any = -1; }

private:
    Database& m_db;
    OperationLog& m_log;
    Materialiser& m_tables;
    int m_any = -1; // is the conflicts table non-empty; -1 = ask
};

} // namespace summit
