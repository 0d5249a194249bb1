#include "ui/account/AccountContactsTab.h"
#include "ui/UiText.h"

#include "model/Schema.h"
#include "ui/Workspace.h"
#include "ui/account/ContactTableModel.h"
#include "ui/account/CoverageDialog.h"
#include "ui/account/MessageBar.h"
#include "ui/forms/RecordActions.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>
#include <memory>

namespace summit::ui {

namespace {

// Editors by field type: a combo box of translated labels for enumerations
// (the first entry clears the value), a 1–5 spin box for influence, the
// default line edit for text. Values are handed to the model as stored keys.
class ContactFieldDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override
    {
        const model::FieldDef* f = fieldAt(index);
        if (f && f->type == model::FieldType::Enum) {
            auto* combo = new QComboBox(parent);
            combo->addItem(QStringLiteral("—"), QString());
            for (const QString& key : f->enumValues)
                combo->addItem(model::enumLabel(f->name, key), key);
            return combo;
        }
        if (f && f->type == model::FieldType::Int) {
            auto* spin = new QSpinBox(parent);
            spin->setRange(int(f->min), int(f->max));
            return spin;
        }
        return QStyledItemDelegate::createEditor(parent, option, index);
    }

    void setEditorData(QWidget* editor, const QModelIndex& index) const override
    {
        const QVariant value = index.data(Qt::EditRole);
        if (auto* combo = qobject_cast<QComboBox*>(editor)) {
            combo->setCurrentIndex(std::max(0, combo->findData(value.toString())));
            return;
        }
        if (auto* spin = qobject_cast<QSpinBox*>(editor)) {
            spin->setValue(value.isNull() ? 3 : value.toInt()); // unknown influence starts in the middle
            return;
        }
        QStyledItemDelegate::setEditorData(editor, index);
    }

    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override
    {
        if (auto* combo = qobject_cast<QComboBox*>(editor)) {
            model->setData(index, combo->currentData(), Qt::EditRole);
            return;
        }
        if (auto* spin = qobject_cast<QSpinBox*>(editor)) {
            spin->interpretText();
            model->setData(index, spin->value(), Qt::EditRole);
            return;
        }
        QStyledItemDelegate::setModelData(editor, model, index);
    }

private:
    static const model::FieldDef* fieldAt(const QModelIndex& index)
    {
        const QString field = index.data(ContactTableModel::FieldRole).toString();
        const model::EntityDef* def = model::entity(u"contact");
        return field.isEmpty() || !def ? nullptr : def->field(field);
    }
};

} // namespace

AccountContactsTab::AccountContactsTab(Workspace& workspace, const QString& accountId, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_accountId(accountId)
{
    m_model = new ContactTableModel(workspace, accountId, this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ContactTableModel::SortRole);
    m_proxy->setSortLocaleAware(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1); // any column: name, title, unit, phone…

    m_messages = new MessageBar(this);
    connect(m_messages, &MessageBar::dismissed, this, [this] {
        m_refusedId.clear();
        m_refusedColumn = -1;
    });

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("contactTable"));
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new ContactFieldDelegate(m_view));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ContactTableModel::NameColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::SelectedClicked);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(UiText::tr("Filter contacts"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterFixedString(text);
        updateCount();
    });
    auto* find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, m_filter, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
    addAction(find);
    m_count = new QLabel(this);

    m_logAction = new QAction(UiText::tr("Log follow-up…"), this);
    m_logAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_logAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_logAction, &QAction::triggered, this,
            [this] { emit m_workspace.logFollowUpRequested(m_accountId, currentContact()); });
    m_formAction = new QAction(UiText::tr("Open form…"), this);
    m_formAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_formAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_formAction, &QAction::triggered, this, [this] {
        if (const QString id = currentContact(); !id.isEmpty())
            emit editRequested(QStringLiteral("contact"), id);
    });
    for (QAction* a : {m_logAction, m_formAction}) {
        addAction(a);
        m_view->addAction(a);
    }

    m_actions = new forms::RecordActions(workspace, m_view, QStringLiteral("contact"),
                                         ContactTableModel::IdRole, [this] {
                                             return QVariantMap{{QStringLiteral("account_id"), m_accountId}};
                                         });
    m_coverageAction = new QAction(UiText::tr("Who knows them…"), this);
    m_coverageAction->setObjectName(QStringLiteral("coverageAction"));
    connect(m_coverageAction, &QAction::triggered, this, [this] { editCoverage(); });
    m_view->insertAction(m_actions->newAction(), m_coverageAction);

    // Export… writes the people the table shows (its filter, its order) with every field; no
    // shortcut here, where Ctrl+E opens the form.
    m_exportAction = new QAction(UiText::tr("Export…"), this);
    m_exportAction->setObjectName(QStringLiteral("exportContacts"));
    m_exportAction->setToolTip(UiText::tr("Export the people listed to Excel or CSV"));
    connect(m_exportAction, &QAction::triggered, this,
            [this] { exportListInteractively(this, m_workspace, exportJob()); });

    auto* toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(m_actions->newAction());
    toolbar->addAction(m_logAction);
    toolbar->addAction(m_formAction);
    toolbar->addAction(m_coverageAction);
    toolbar->addAction(m_exportAction);
    auto* top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_count);
    top->addWidget(toolbar);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    setFocusProxy(m_view);

    connect(m_model, &ContactTableModel::editRefused, this,
            [this](const QString& id, int column, const QString& typed, const QString& message) {
                m_refusedId = id;
                m_refusedColumn = column;
                m_messages->showMessage(message);
                // After the delegate has closed its editor: open it again with the text.
                QTimer::singleShot(0, this, [this, id, column, typed] { offerAgain(id, column, typed); });
            });
    connect(m_model, &ContactTableModel::editSaved, this, [this](const QString& id, int column) {
        if (id == m_refusedId && column == m_refusedColumn)
            m_messages->dismiss();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &AccountContactsTab::updateCount);
    reload();
}

CoverageDialog* AccountContactsTab::editCoverage()
{
    const QString id = currentContact();
    if (id.isEmpty())
        return nullptr;
    auto* dialog = new CoverageDialog(m_workspace, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

ListExportJob AccountContactsTab::exportJob() const
{
    QStringList ids;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        ids << m_proxy->index(row, 0).data(ContactTableModel::IdRole).toString();
    ListExportJob job;
    job.type = QStringLiteral("contacts");
    job.title = UiText::tr("Contacts");
    // The rows on screen, as one page: an account's people fit in memory (the table holds them).
    job.pages = [ids](Database&) -> exports::IdPages {
        auto done = std::make_shared<bool>(false);
        return [ids, done]() -> Result<QStringList> {
            if (*done)
                return QStringList();
            *done = true;
            return ids;
        };
    };
    job.count = [n = int(ids.size())](Database&) -> Result<int> {
        return n;
    };
    return job;
}

QString AccountContactsTab::currentContact() const
{
    return m_view->currentIndex().data(ContactTableModel::IdRole).toString();
}

bool AccountContactsTab::selectContact(const QString& id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, ContactTableModel::NameColumn));
    if (!index.isValid()) {
        m_filter->clear();
        index = m_proxy->mapFromSource(m_model->index(row, ContactTableModel::NameColumn));
    }
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

void AccountContactsTab::reload()
{
    if (Status s = m_model->reload(); !s)
        m_messages->showMessage(s.message());
    updateCount();
}

void AccountContactsTab::updateCount()
{
    const int shown = m_proxy->rowCount(), all = m_model->rowCount();
    m_count->setText(shown == all ? UiText::tr("%n contacts", nullptr, all)
                                  : UiText::tr("%1 of %n contacts", nullptr, all).arg(shown));
}

void AccountContactsTab::offerAgain(const QString& contactId, int column, const QString& typed)
{
    const int row = m_model->rowOf(contactId);
    if (row < 0 || !isVisible())
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, column));
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    m_view->edit(index);
    if (auto* line = qobject_cast<QLineEdit*>(m_view->indexWidget(index)))
        line->setText(typed);
}

} // namespace summit::ui
