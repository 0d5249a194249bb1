#include "ui/account/AccountOrgTab.h"
#include "ui/UiText.h"

#include "model/Schema.h"
#include "query/ContactList.h"
#include "ui/Workspace.h"
#include "ui/account/MessageBar.h"
#include "ui/forms/RecordActions.h"

#include <QAction>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace summit::ui {

namespace {

const QString kContact = QStringLiteral("contact");

std::optional<QString> askForParent(QWidget* parent, const QString& unitName,
                                    const std::vector<OrgTreeModel::Choice>& choices)
{
    QStringList labels;
    for (const OrgTreeModel::Choice& c : choices)
        labels << c.label;
    bool ok = false;
    const QString title = UiText::tr("Move to");
    const QString prompt = UiText::tr("New parent of %1:").arg(unitName);
    const QString picked = QInputDialog::getItem(parent, title, prompt, labels, 0, false, &ok);
    const qsizetype i = labels.indexOf(picked);
    if (!ok || i < 0)
        return std::nullopt;
    return choices[size_t(i)].id;
}

} // namespace

AccountOrgTab::AccountOrgTab(Workspace& workspace, const QString& accountId, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_accountId(accountId), m_chooser(askForParent)
{
    m_model = new OrgTreeModel(workspace, accountId, this);
    m_messages = new MessageBar(this);
    connect(m_model, &OrgTreeModel::moveRefused, m_messages,
            [this](const QString& message) { m_messages->showMessage(message); });

    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("orgTree"));
    m_tree->setModel(m_model);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setDragDropMode(QAbstractItemView::InternalMove);
    m_tree->setDefaultDropAction(Qt::MoveAction);
    m_tree->setDropIndicatorShown(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(OrgTreeModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_moveAction = new QAction(UiText::tr("Move to…"), this);
    m_moveAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    m_moveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_moveAction->setToolTip(UiText::tr("Move the selected unit under another unit (Ctrl+M)"));
    connect(m_moveAction, &QAction::triggered, this, &AccountOrgTab::moveCurrentUnit);
    m_editAction = new QAction(UiText::tr("Open form…"), this);
    m_editAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_editAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_editAction, &QAction::triggered, this, [this] {
        if (const QString id = currentUnit(); !id.isEmpty())
            emit editRequested(QStringLiteral("org_unit"), id);
    });
    addAction(m_moveAction);
    addAction(m_editAction);
    m_tree->addAction(m_moveAction);
    m_tree->addAction(m_editAction);

    // New unit: a child of the selected unit (a top unit when none is selected);
    // New sibling: beside it, under the same parent.
    m_unitActions =
        new forms::RecordActions(workspace, m_tree, QStringLiteral("org_unit"), OrgTreeModel::IdRole, [this] {
            QVariantMap presets{{QStringLiteral("account_id"), m_accountId}};
            if (const QString unit = currentUnit(); !unit.isEmpty())
                presets.insert(QStringLiteral("parent_id"), unit);
            return presets;
        });
    m_unitActions->newAction()->setText(UiText::tr("New sub-unit…"));
    m_siblingAction = new QAction(UiText::tr("New sibling unit…"), this);
    connect(m_siblingAction, &QAction::triggered, this, [this] {
        QVariantMap presets{{QStringLiteral("account_id"), m_accountId}};
        if (const QString unit = currentUnit(); !unit.isEmpty())
            if (auto rec = m_workspace.store().record(QStringLiteral("org_unit"), unit))
                if (const QString up = rec.value().value(QStringLiteral("parent_id")).toString();
                    !up.isEmpty())
                    presets.insert(QStringLiteral("parent_id"), up);
        forms::RecordActions::openNew(m_workspace, this, QStringLiteral("org_unit"), presets);
    });
    m_tree->insertAction(m_unitActions->deleteAction(), m_siblingAction);

    auto* toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(m_unitActions->newAction());
    toolbar->addAction(m_siblingAction);
    toolbar->addAction(m_moveAction);
    toolbar->addAction(m_editAction);
    toolbar->addAction(m_unitActions->deleteAction());

    m_contacts = new QStandardItemModel(this);
    m_contactView = new QTableView(this);
    m_contactView->setObjectName(QStringLiteral("unitContacts"));
    m_contactView->setModel(m_contacts);
    m_contactView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_contactView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_contactView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_contactView->verticalHeader()->hide();
    m_contactView->horizontalHeader()->setStretchLastSection(true);
    connect(m_contactView, &QTableView::activated, this, [this](const QModelIndex& index) {
        emit contactActivated(index.siblingAtColumn(0).data(Qt::UserRole).toString());
    });
    m_contactActions =
        new forms::RecordActions(workspace, m_contactView, QStringLiteral("contact"), Qt::UserRole, [this] {
            QVariantMap presets{{QStringLiteral("account_id"), m_accountId}};
            if (const QString unit = currentUnit(); !unit.isEmpty())
                presets.insert(QStringLiteral("org_unit_id"), unit);
            return presets;
        });
    m_contactActions->newAction()->setText(UiText::tr("New person in this unit…"));
    // Ctrl+N in this tab makes a unit; a person is made from this list's menu.
    m_contactActions->newAction()->setObjectName(QStringLiteral("newPersonInUnitAction"));
    m_contactsTitle = new QLabel(this);
    m_contactsTitle->setBuddy(m_contactView);

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_contactsTitle);
    rightLayout->addWidget(m_contactView);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_tree);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3); // the tree's figures need the room
    splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    layout->addWidget(toolbar);
    layout->addWidget(splitter, 1);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) { showContactsOf(m_model->idAt(current)); });
    setFocusProxy(m_tree);
    reload();
}

QString AccountOrgTab::currentUnit() const
{
    return m_model->idAt(m_tree->currentIndex());
}

bool AccountOrgTab::selectUnit(const QString& id)
{
    const QModelIndex index = m_model->indexOf(id);
    if (!index.isValid())
        return false;
    for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
        m_tree->expand(p);
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    return true;
}

void AccountOrgTab::collectExpanded(const QModelIndex& parent, QStringList& out) const
{
    for (int r = 0; r < m_model->rowCount(parent); ++r) {
        const QModelIndex i = m_model->index(r, 0, parent);
        if (m_tree->isExpanded(i)) {
            out << m_model->idAt(i);
            collectExpanded(i, out);
        }
    }
}

void AccountOrgTab::reload()
{
    const QString current = currentUnit();
    QStringList expanded;
    collectExpanded({}, expanded);
    if (Status s = m_model->reload(); !s)
        m_messages->showMessage(s.message());
    if (!m_loaded) {
        // First look: the group and its first level, the rest on demand.
        m_tree->expandToDepth(0);
        m_loaded = true;
    } else {
        for (const QString& id : expanded)
            m_tree->expand(m_model->indexOf(id));
    }
    if (!current.isEmpty() && selectUnit(current))
        showContactsOf(current);
    else
        showContactsOf(QString());
}

void AccountOrgTab::moveCurrentUnit()
{
    const QString id = currentUnit();
    if (id.isEmpty()) {
        m_messages->showMessage(UiText::tr("Select a unit to move first."), MessageBar::Kind::Information);
        return;
    }
    const std::optional<QString> target = m_chooser(this, m_model->nameOf(id), m_model->parentChoices(id));
    if (!target || *target == m_model->parentOf(id))
        return;
    if (m_model->moveUnit(id, *target))
        m_messages->dismiss();
    selectUnit(id);
}

void AccountOrgTab::showContactsOf(const QString& unitId)
{
    m_contacts->clear();
    m_contacts->setHorizontalHeaderLabels(
        {model::fieldLabel(kContact, u"name"), model::fieldLabel(kContact, u"title"),
         model::fieldLabel(kContact, u"decision_role"), model::fieldLabel(kContact, u"stance")});
    if (unitId.isEmpty()) {
        m_contactsTitle->setText(UiText::tr("Select a unit to see its contacts."));
        return;
    }
    query::ContactListOptions options;
    options.today = m_workspace.today();
    options.orgUnitId = unitId;
    auto rows = query::listContacts(m_workspace.store().reader(), m_accountId, options);
    if (!rows) {
        m_contactsTitle->setText(rows.message());
        return;
    }
    const QString unitName = m_model->nameOf(unitId);
    const int count = int(rows.value().size());
    m_contactsTitle->setText(UiText::tr("Contacts of %1 (%n)", nullptr, count).arg(unitName));
    for (const query::ContactRow& c : rows.value()) {
        auto* name = new QStandardItem(c.name);
        name->setData(c.id, Qt::UserRole);
        if (c.left)
            name->setToolTip(model::enumLabel(u"status", u"left"));
        m_contacts->appendRow({name, new QStandardItem(c.title),
                               new QStandardItem(model::enumLabel(u"decision_role", c.decisionRole)),
                               new QStandardItem(model::enumLabel(u"stance", c.stance))});
    }
    m_contactView->resizeColumnsToContents();
}

} // namespace summit::ui
