#pragma once
// Operations: the only way anything changes. A change (one user action, one
// import, one remote batch) is a list of operations applied in one transaction.

#include <QMap>
#include <QString>
#include <QVariant>
#include <utility>
#include <vector>

namespace summit {

enum class OpKind
{
    Set,     // set one or more fields of a record; creates the record if it is new
    Delete,  // move the record to the trash (the `deleted` field becomes 1)
    Restore, // bring it back from the trash
    Move,    // set a tree field (org unit parent, contact reports-to): checked for cycles
};

QString opKindName(OpKind kind);
bool opKindFromName(const QString& name, OpKind* kind);

using FieldValues = std::vector<std::pair<QString, QVariant>>;

struct Operation
{
    OpKind kind = OpKind::Set;
    QString entity; // e.g. "contact"
    QString id;
    FieldValues fields; // for Set and Move

    static Operation set(QString entity, QString id, FieldValues fields)
    {
        return {OpKind::Set, std::move(entity), std::move(id), std::move(fields)};
    }
    static Operation remove(QString entity, QString id)
    {
        return {OpKind::Delete, std::move(entity), std::move(id), {}};
    }
    static Operation restore(QString entity, QString id)
    {
        return {OpKind::Restore, std::move(entity), std::move(id), {}};
    }
    static Operation move(QString entity, QString id, QString field, QVariant parent)
    {
        return {OpKind::Move, std::move(entity), std::move(id), {{std::move(field), std::move(parent)}}};
    }
};

// An operation as stored in the log and shipped to other replicas.
struct StampedOperation
{
    QString opId;    // unique across the team; stays the same when re-sent
    QString replica; // the replica that wrote it
    qint64 seq = 0;  // that replica's sequence number of the operation
    quint64 hlc = 0;
    QString author; // team member id of the person who made it, if known
    Operation op;
    // What the writer had integrated from each other replica when it wrote this
    // operation (replica -> highest sequence number). Filled in by the store for
    // local operations; carried by the batch header for remote ones.
    QMap<QString, qint64> frontier;
};

} // namespace summit
