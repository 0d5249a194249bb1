#include "ui/sync/TrashView.h"
#include "ui/UiText.h"

#include "query/ConflictResolution.h"
#include "ui/Workspace.h"
#include "ui/shell/RefreshWhenShown.h"
#include "ui/sync/TrashModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace summit::ui {

TrashView::TrashView(Workspace& workspace, QWidget* parent) : QWidget(parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("trashView"));
    m_model = new TrashModel(workspace, this);
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("trash"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->header()->setStretchLastSection(true);
    m_empty = new QLabel(UiText::tr("The trash is empty."), this);
    m_empty->setObjectName(QStringLiteral("trashEmpty"));
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->hide();
    m_restore = new QPushButton(UiText::tr("&Restore"), this);
    m_restore->setObjectName(QStringLiteral("restore"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_restore);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    connect(m_restore, &QPushButton::clicked, this, &TrashView::restoreSelected);
    connect(m_view, &QTreeView::activated, this, &TrashView::restoreSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TrashView::updateButtons);
    auto* refresher = new RefreshWhenShown(this, workspace.store(), [this] { reload(); });
    reload();
    refresher->markFresh();
}

void TrashView::reload()
{
    const QString error = m_model->reload();
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    const int count = m_model->rowCount();
    m_empty->setVisible(count == 0);
    m_view->setVisible(count > 0);
    if (count > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
    updateButtons();
}

void TrashView::updateButtons()
{
    m_restore->setEnabled(m_view->selectionModel()->hasSelection());
}

void TrashView::restoreSelected()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    QStringList ids;
    for (const QModelIndex& index : rows)
        ids << m_model->record(index.row()).id;
    if (Status s = m_workspace.commands().restoreFromTrash(ids); !s) {
        m_error->setText(s.message());
        m_error->setVisible(true);
        return;
    }
    emit m_workspace.message(m_workspace.undoStack()->undoText());
    reload();
}

} // namespace summit::ui
