#include "ui/sync/ConflictsView.h"
#include "ui/UiText.h"

#include "query/ConflictResolution.h"
#include "ui/Workspace.h"
#include "ui/shell/RefreshWhenShown.h"
#include "ui/sync/ConflictModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace summit::ui {

ConflictsView::ConflictsView(Workspace& workspace, QWidget* parent) : QWidget(parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("conflictsView"));
    m_model = new ConflictModel(workspace, this);
    auto* intro =
        new QLabel(UiText::tr("Values that lost to a change made at the same time on another device. Keep "
                              "the current value or bring back the other one."),
                   this);
    intro->setWordWrap(true);
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("conflicts"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->header()->setStretchLastSection(true);
    m_empty = new QLabel(UiText::tr("No conflicts: every device agrees."), this);
    m_empty->setObjectName(QStringLiteral("noConflicts"));
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->hide();
    m_keepMine = new QPushButton(UiText::tr("Keep &current value"), this);
    m_keepMine->setObjectName(QStringLiteral("keepMine"));
    m_keepTheirs = new QPushButton(UiText::tr("Keep &other value"), this);
    m_keepTheirs->setObjectName(QStringLiteral("keepTheirs"));
    m_open = new QPushButton(UiText::tr("Open &record"), this);
    m_open->setObjectName(QStringLiteral("openRecord"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_keepMine);
    buttons->addWidget(m_keepTheirs);
    buttons->addStretch(1);
    buttons->addWidget(m_open);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    connect(m_keepMine, &QPushButton::clicked, this, &ConflictsView::keepCurrent);
    connect(m_keepTheirs, &QPushButton::clicked, this, &ConflictsView::keepOther);
    connect(m_open, &QPushButton::clicked, this, &ConflictsView::openRecord);
    connect(m_view, &QTreeView::activated, this, &ConflictsView::openRecord);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ConflictsView::updateButtons);
    // Any change may open or settle a conflict; reading them is cheap, but only
    // worth doing while the view is on screen.
    auto* refresher = new RefreshWhenShown(this, workspace.store(), [this] { reload(); });
    reload();
    refresher->markFresh();
}

void ConflictsView::reload()
{
    const int row = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : 0;
    const QString error = m_model->reload();
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    const int count = m_model->rowCount();
    m_empty->setVisible(count == 0);
    m_view->setVisible(count > 0);
    if (count > 0) // stay near where the user was, so the next click keeps the next one
        m_view->setCurrentIndex(m_model->index(std::min(row, count - 1), 0));
    for (int c = 0; c + 1 < m_model->columnCount(); ++c) // a few rows: fitting them is cheap
        m_view->resizeColumnToContents(c);
    updateButtons();
}

void ConflictsView::updateButtons()
{
    const bool any = m_view->currentIndex().isValid();
    m_keepMine->setEnabled(any);
    m_keepTheirs->setEnabled(any);
    // An edit that beat a delete: the choice is the record or its deletion.
    const bool deleted =
        any && m_model->conflict(m_view->currentIndex().row()).kind == QLatin1String("deleted");
    m_keepMine->setText(deleted ? UiText::tr("&Keep the record") : UiText::tr("Keep &current value"));
    m_keepTheirs->setText(deleted ? UiText::tr("&Delete it after all") : UiText::tr("Keep &other value"));
    m_open->setEnabled(any);
}

void ConflictsView::keepCurrent()
{
    keep(false);
}

void ConflictsView::keepOther()
{
    keep(true);
}

void ConflictsView::keep(bool other)
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    if (Status s = m_workspace.commands().resolveConflict(m_model->conflict(current.row()),
                                                          other ? KeepValue::Theirs : KeepValue::Mine);
        !s) {
        m_error->setText(s.message());
        m_error->setVisible(true);
        return;
    }
    reload(); // the store's notification may come first; reading twice is harmless
}

void ConflictsView::openRecord()
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid())
        emit m_workspace.openRecordRequested(m_model->conflict(current.row()).entityId);
}

} // namespace summit::ui
