#include "ui/account/AccountRecordsTab.h"
#include "ui/UiText.h"

#include "model/Display.h"
#include "model/Schema.h"
#include "store/Queries.h"
#include "store/Store.h"
#include "ui/Workspace.h"
#include "ui/forms/RecordActions.h"
#include "ui/forms/RecordDialog.h"

#include <QAction>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace summit::ui {

AccountRecordsTab::AccountRecordsTab(Workspace& workspace, const QString& accountId, const QString& entity,
                                     const QStringList& columns, const QString& emptyText,
                                     std::vector<Computed> computed, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_accountId(accountId), m_entity(entity), m_columns(columns),
      m_computed(std::move(computed))
{
    setObjectName(entity + QStringLiteral("Tab"));
    m_model = new QStandardItemModel(this);
    QStringList headers;
    for (const QString& c : columns)
        headers << model::fieldLabel(entity, c);
    for (const Computed& c : m_computed)
        headers << c.title;
    m_model->setHorizontalHeaderLabels(headers);

    m_view = new QTableView(this);
    m_view->setObjectName(entity + QStringLiteral("Table"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAccessibleName(model::entityLabel(entity));
    connect(m_view, &QTableView::activated, this, [this] { openCurrent(); });

    m_empty = new QLabel(emptyText, this);
    m_empty->setObjectName(QStringLiteral("emptyHint"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);

    m_actions = new forms::RecordActions(workspace, m_view, entity, IdRole, [this] {
        return QVariantMap{{QStringLiteral("account_id"), m_accountId}};
    });
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addAction(m_actions->newAction());
    m_view->addAction(m_actions->deleteAction());

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    layout->addWidget(m_view, 1);
    connect(&workspace.store(), &Store::changed, this, &AccountRecordsTab::onStoreChanged);
    reload();
}

void AccountRecordsTab::onStoreChanged(const ChangeSet& change)
{
    if (m_reloadPending ||
        (!change.entities.contains(m_entity) && !change.entities.contains(QStringLiteral("member")) &&
         !change.entities.contains(QStringLiteral("contact")) &&
         !change.entities.contains(QStringLiteral("contract"))))
        return;
    m_reloadPending = true; // several changes in a row cost one reload
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_reloadPending = false;
            reload();
        },
        Qt::QueuedConnection);
}

void AccountRecordsTab::reload()
{
    const QString current = m_view->currentIndex().isValid()
                                ? m_model->item(m_view->currentIndex().row(), 0)->data(IdRole).toString()
                                : QString();
    ListFilter filter;
    filter.accountId = m_accountId;
    filter.orderBy = m_columns.value(0);
    filter.descending = true; // newest first
    auto rows = listRecords(m_workspace.store().reader(), m_entity, filter);
    if (!rows) {
        emit m_workspace.message(rows.message());
        return;
    }
    const std::vector<QVariantMap>& records = rows.value();
    const model::EntityDef* def = model::entity(m_entity);
    m_model->setRowCount(0);
    for (const QVariantMap& rec : records) {
        QList<QStandardItem*> items;
        for (const QString& c : m_columns) {
            const model::FieldDef* f = def->field(c);
            const QVariant v = rec.value(c);
            QString text;
            if (f && f->type == model::FieldType::Ref)
                text = v.toString().isEmpty() ? QString() : m_workspace.titleOf(v.toString());
            else if (f)
                text = model::displayValue(*f, v);
            auto* item = new QStandardItem(text);
            if (f && (f->type == model::FieldType::Money || f->type == model::FieldType::Int))
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            items << item;
        }
        for (const Computed& c : m_computed)
            items << new QStandardItem(c.text(rec));
        items.first()->setData(rec.value(QStringLiteral("id")), IdRole);
        m_model->appendRow(items);
    }
    m_view->resizeColumnsToContents();
    m_empty->setVisible(records.empty());
    if (!current.isEmpty())
        selectRecord(current);
}

void AccountRecordsTab::openCurrent()
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return;
    const QString id = m_model->item(index.row(), 0)->data(IdRole).toString();
    auto* dialog = new forms::RecordDialog(m_workspace, m_entity, id, {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

bool AccountRecordsTab::selectRecord(const QString& id)
{
    for (int r = 0; r < m_model->rowCount(); ++r)
        if (m_model->item(r, 0)->data(IdRole).toString() == id) {
            m_view->setCurrentIndex(m_model->index(r, 0));
            m_view->scrollTo(m_model->index(r, 0));
            return true;
        }
    return false;
}

} // namespace summit::ui
