#include "ui/map/MapEditor.h"
#include "ui/UiText.h"

#include "ui/Workspace.h"

namespace summit::ui {

MapEditor::MapEditor(Workspace& workspace) : m_workspace(workspace) {}

Status MapEditor::refuse(const QString& what, const Status& why) const
{
    if (why)
        return why;
    // The change as the user would name it, then the store's reason.
    return Status::fail(UiText::tr("Refused: %1. %2").arg(what, why.message()), why.error().field);
}

Status MapEditor::reportTo(const QString& contactId, const QString& managerId)
{
    const QString label =
        UiText::tr("Move %1 under %2").arg(m_workspace.titleOf(contactId), m_workspace.titleOf(managerId));
    return refuse(label, m_workspace.commands().reportTo(contactId, managerId));
}

Status MapEditor::moveToUnit(const QString& contactId, const QString& unitId)
{
    const QString label =
        UiText::tr("Move %1 to %2").arg(m_workspace.titleOf(contactId), m_workspace.titleOf(unitId));
    return refuse(label, m_workspace.commands().moveContactToUnit(contactId, unitId));
}

Status MapEditor::moveUnit(const QString& unitId, const QString& parentId)
{
    const QString label =
        UiText::tr("Move %1 under %2").arg(m_workspace.titleOf(unitId), m_workspace.titleOf(parentId));
    return refuse(label, m_workspace.commands().moveOrgUnit(unitId, parentId));
}

Status MapEditor::setContactField(const QString& contactId, const QString& field, const QVariant& value)
{
    const QString label =
        Workspace::editLabel(QStringLiteral("contact"), field, m_workspace.titleOf(contactId));
    return refuse(label, m_workspace.commands().editRecord(contactId, {{field, value}}));
}

Status MapEditor::setLeft(const QString& contactId, bool left)
{
    const QString name = m_workspace.titleOf(contactId);
    const QString label = left ? UiText::tr("Mark %1 as having left the company").arg(name)
                               : UiText::tr("Mark %1 as active again").arg(name);
    return refuse(label, m_workspace.commands().setContactLeft(contactId, left, m_workspace.today()));
}

Result<QString> MapEditor::addInfluenceLink(const QString& fromId, const QString& toId)
{
    const QString label =
        UiText::tr("Add influence link %1 → %2").arg(m_workspace.titleOf(fromId), m_workspace.titleOf(toId));
    auto id = m_workspace.commands().addInfluenceLink(fromId, toId);
    if (!id)
        return refuse(label, id.status());
    return id;
}

} // namespace summit::ui
