#include "ui/team/TeamConfigList.h"
#include "ui/UiText.h"

#include "rules/Rules.h"
#include "store/Store.h"
#include "ui/Workspace.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace summit::ui {

TeamConfigList::TeamConfigList(Workspace& workspace, const Texts& texts, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_entity(texts.entity)
{
    m_table = new QTableWidget(0, int(texts.headers.size()), this);
    m_table->setObjectName(texts.objectPrefix + QStringLiteral("Table"));
    m_table->setHorizontalHeaderLabels(texts.headers);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(OnColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(KeyColumn, QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setAlternatingRowColors(true);

    m_new = new QAction(texts.newText, this);
    m_edit = new QAction(UiText::tr("Edit…"), this);
    m_delete = new QAction(UiText::tr("Delete"), this);
    connect(m_table, &QTableWidget::activated, this, [this] {
        if (m_mayEdit)
            m_edit->trigger();
    });
    for (QAction* a : {m_edit, m_delete})
        m_table->addAction(a);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto* toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (QAction* a : {m_new, m_edit, m_delete})
        toolbar->addAction(a);

    auto* note = new QLabel(texts.note, this);
    note->setWordWrap(true);
    m_readOnly = new QLabel(texts.readOnly, this);
    m_readOnly->setObjectName(texts.objectPrefix + QStringLiteral("ReadOnly"));
    m_readOnly->setWordWrap(true);
    m_readOnly->hide();
    m_error = new QLabel(this);
    m_error->setObjectName(texts.objectPrefix + QStringLiteral("Error"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(toolbar);
    layout->addWidget(note);
    layout->addWidget(m_readOnly);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);

    connect(m_table, &QTableWidget::cellClicked, this, [this](int row, int column) {
        if (column == OnColumn)
            toggle(row);
    });
    connect(m_table, &QTableWidget::currentCellChanged, this, &TeamConfigList::updateActions);
    connect(&workspace.store(), &Store::changed, this, &TeamConfigList::onStoreChanged);
}

QString TeamConfigList::currentId() const
{
    const int row = m_table->currentRow();
    return row < 0 || !m_table->item(row, KeyColumn)
               ? QString()
               : m_table->item(row, KeyColumn)->data(Qt::UserRole).toString();
}

void TeamConfigList::updateActions()
{
    const bool any = !currentId().isEmpty();
    const bool builtIn =
        any && m_table->item(m_table->currentRow(), KeyColumn)->data(Qt::UserRole + 1).toBool();
    m_new->setEnabled(m_mayEdit);
    m_edit->setEnabled(any && m_mayEdit);
    m_delete->setEnabled(any && m_mayEdit && !builtIn);
}

QString TeamConfigList::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void TeamConfigList::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void TeamConfigList::onStoreChanged(const ChangeSet& change)
{
    if (change.everything || change.entities.contains(m_entity) ||
        change.entities.contains(QStringLiteral("member")))
        reload();
}

void TeamConfigList::beginReload()
{
    m_mayEdit = rules::mayEditRules(m_workspace.store().reader(), m_workspace.me()) &&
                !m_workspace.store().isReadOnly();
}

int TeamConfigList::resetRows(int count)
{
    const int current = m_table->currentRow();
    m_table->setRowCount(0);
    m_table->setRowCount(count);
    return current;
}

void TeamConfigList::setRow(int row, const QString& id, bool builtIn, bool enabled, const QString& name,
                            const QString& details, bool broken)
{
    auto* on = new QTableWidgetItem;
    on->setCheckState(enabled ? Qt::Checked : Qt::Unchecked);
    on->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    auto* key = new QTableWidgetItem(name);
    key->setData(Qt::UserRole, id);
    key->setData(Qt::UserRole + 1, builtIn);
    auto* text = new QTableWidgetItem(details);
    text->setToolTip(details);
    if (broken)
        text->setForeground(QColor(0xc6, 0x28, 0x28)); // the error red of the other pages
    else if (!enabled)
        for (QTableWidgetItem* item : {key, text})
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
    m_table->setItem(row, OnColumn, on);
    m_table->setItem(row, KeyColumn, key);
    m_table->setItem(row, KeyColumn + 1, text);
}

void TeamConfigList::endReload(int previousRow)
{
    if (previousRow >= 0 && previousRow < m_table->rowCount())
        m_table->setCurrentCell(previousRow, KeyColumn);
    else if (m_table->rowCount() > 0)
        m_table->setCurrentCell(0, KeyColumn);
    m_readOnly->setVisible(!m_mayEdit);
    updateActions();
}

bool TeamConfigList::toggle(int row)
{
    if (!m_mayEdit || row < 0 || row >= m_table->rowCount())
        return false;
    const QString id = m_table->item(row, KeyColumn)->data(Qt::UserRole).toString();
    const bool on = m_table->item(row, OnColumn)->checkState() == Qt::Checked;
    const Status s = setSwitchedOn(id, !on);
    showError(s ? QString() : s.message());
    return s.isOk();
}

} // namespace summit::ui
