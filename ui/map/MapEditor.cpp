#include "ui/map/MapEditor.h"

#include "store/Ids.h"
#include "ui/Workspace.h"

namespace summit::ui {

namespace {
const QString kContact = QStringLiteral("contact");
const QString kUnit = QStringLiteral("org_unit");
} // namespace

MapEditor::MapEditor(Workspace& workspace, QString accountId)
    : m_workspace(workspace), m_accountId(std::move(accountId))
{}

Status MapEditor::refuse(const QString& what, const Status& why) const
{
    if (why)
        return why;
    // The change as the user would name it, then the store's reason.
    return Status::fail(tr("Refused: %1. %2").arg(what, why.message()), why.error().field);
}

Status MapEditor::reportTo(const QString& contactId, const QString& managerId)
{
    const QString name = m_workspace.titleOf(contactId);
    const QString manager = m_workspace.titleOf(managerId);
    if (contactId == managerId)
        return Status::fail(tr("%1 cannot report to themselves.").arg(name));
    const QString label = tr("Move %1 under %2").arg(name, manager);
    const Status s = m_workspace.apply(
        {label, {Operation::move(kContact, contactId, QStringLiteral("reports_to"), managerId)}});
    return refuse(label, s);
}

Status MapEditor::moveToUnit(const QString& contactId, const QString& unitId)
{
    const QString name = m_workspace.titleOf(contactId);
    const QString unit = m_workspace.titleOf(unitId);
    const QString label = tr("Move %1 to %2").arg(name, unit);
    const Status s = m_workspace.apply(
        {label, {Operation::set(kContact, contactId, {{QStringLiteral("org_unit_id"), unitId}})}});
    return refuse(label, s);
}

Status MapEditor::moveUnit(const QString& unitId, const QString& parentId)
{
    const QString name = m_workspace.titleOf(unitId);
    const QString parent = m_workspace.titleOf(parentId);
    if (unitId == parentId)
        return Status::fail(tr("%1 cannot be moved under itself.").arg(name));
    const QString label = tr("Move %1 under %2").arg(name, parent);
    const Status s =
        m_workspace.apply({label, {Operation::move(kUnit, unitId, QStringLiteral("parent_id"), parentId)}});
    return refuse(label, s);
}

Status MapEditor::setContactField(const QString& contactId, const QString& field, const QVariant& value)
{
    const QString name = m_workspace.titleOf(contactId);
    const QString label = Workspace::editLabel(kContact, field, name);
    const Status s = m_workspace.apply({label, {Operation::set(kContact, contactId, {{field, value}})}});
    return refuse(label, s);
}

Status MapEditor::setLeft(const QString& contactId, bool left)
{
    const QString name = m_workspace.titleOf(contactId);
    const QString label =
        left ? tr("Mark %1 as having left the company").arg(name) : tr("Mark %1 as active again").arg(name);
    FieldValues fields = {
        {QStringLiteral("status"), left ? QStringLiteral("left") : QStringLiteral("active")}};
    fields.emplace_back(QStringLiteral("left_on"),
                        left ? QVariant(m_workspace.today().toString(Qt::ISODate)) : QVariant());
    const Status s = m_workspace.apply({label, {Operation::set(kContact, contactId, fields)}});
    return refuse(label, s);
}

Status MapEditor::addInfluenceLink(const QString& fromId, const QString& toId)
{
    const QString from = m_workspace.titleOf(fromId);
    const QString to = m_workspace.titleOf(toId);
    if (fromId == toId)
        return Status::fail(tr("%1 cannot be linked to themselves.").arg(from));
    const QString label = tr("Add influence link %1 → %2").arg(from, to);
    const Status s =
        m_workspace.apply({label,
                           {Operation::set(QStringLiteral("influence_link"), ids::newId(),
                                           {{QStringLiteral("account_id"), m_accountId},
                                            {QStringLiteral("from_id"), fromId},
                                            {QStringLiteral("to_id"), toId},
                                            {QStringLiteral("kind"), QStringLiteral("influences")}})}});
    return refuse(label, s);
}

} // namespace summit::ui
