#pragma once
// Edits made on the decision-chain map, each one change through the
// workspace's write path (so undo, history and replication work) under a
// readable label: "Move 王建国 under 李强", "Edit stance of 王建国". Errors come
// back as values, worded for the inline message bar.

#include "Result.h"

#include <QCoreApplication>
#include <QString>
#include <QVariant>

namespace summit::ui {

class Workspace;

class MapEditor
{
public:
    explicit MapEditor(Workspace& workspace);

    // A person now reports to `managerId`; refused when it would close a cycle.
    Status reportTo(const QString& contactId, const QString& managerId);
    // A person now sits in `unitId`.
    Status moveToUnit(const QString& contactId, const QString& unitId);
    // A unit now hangs under `parentId`; refused when it would close a cycle.
    Status moveUnit(const QString& unitId, const QString& parentId);
    // One field of a person ("decision_role", "stance", "influence"); a null value clears it.
    Status setContactField(const QString& contactId, const QString& field, const QVariant& value);
    // Marks a person as having left the company (with today's date), or back as active.
    Status setLeft(const QString& contactId, bool left);
    // A new "influences" link from one person to another; returns its id.
    Result<QString> addInfluenceLink(const QString& fromId, const QString& toId);

private:
    Status refuse(const QString& what, const Status& why) const;

    Workspace& m_workspace;
};

} // namespace summit::ui
