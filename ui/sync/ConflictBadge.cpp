#include "ui/sync/ConflictBadge.h"
#include "ui/UiText.h"

#include "query/ConflictResolution.h"
#include "ui/Workspace.h"

#include <QStyle>

namespace summit::ui {

ConflictBadge::ConflictBadge(Workspace& workspace, QWidget* parent)
    : QToolButton(parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("conflictBadge"));
    setAutoRaise(true);
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
    setText(UiText::tr("Conflict"));
    setToolTip(
        UiText::tr("A change made at the same time on another device lost to the current value. Click to "
                   "see both and keep either."));
    setVisible(false);
    connect(this, &QToolButton::clicked, this, [this] { emit conflictsRequested(m_id); });
    connect(&workspace.store(), &Store::changed, this, &ConflictBadge::onChanged);
}

void ConflictBadge::setRecord(const QString& id)
{
    m_id = id;
    refresh();
}

void ConflictBadge::refresh()
{
    setVisible(!m_id.isEmpty() && hasConflict(m_workspace.store().reader(), m_id));
}

void ConflictBadge::onChanged(const ChangeSet& change)
{
    // Conflicts arrive with remote operations and are settled by writes to the record itself.
    if (change.remote || change.ids.contains(m_id))
        refresh();
}

} // namespace summit::ui
