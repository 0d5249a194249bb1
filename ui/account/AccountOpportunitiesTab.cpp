#include "ui/account/AccountOpportunitiesTab.h"
#include "ui/UiText.h"

#include "model/Display.h"
#include "model/Schema.h"
#include "query/AccountWork.h"
#include "store/Queries.h"
#include "ui/Workspace.h"
#include "ui/forms/RecordActions.h"

#include <QAbstractTableModel>
#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>
#include <algorithm>

namespace summit::ui {

namespace {

const QString kOpportunity = QStringLiteral("opportunity");
const QString kOpen = QStringLiteral("open");

const QStringList& stages()
{
    static const QStringList all = model::entity(u"opportunity")->field(u"stage")->enumValues;
    return all;
}

// What the stage column shows and edits: the stage of an open deal, else won or lost.
const QStringList& stageChoices()
{
    return query::opportunityChoices();
}

QString choiceLabel(const QString& key)
{
    return stages().contains(key) ? model::enumLabel(u"stage", key) : model::enumLabel(u"status", key);
}

} // namespace

// The account's opportunities, open ones by stage, then won, then lost.
class AccountOpportunitiesTab::Model : public QAbstractTableModel
{
public:
    using Row = query::OpportunityRow;

    Model(Workspace& workspace, QString accountId, QObject* parent)
        : QAbstractTableModel(parent), m_workspace(workspace), m_accountId(std::move(accountId))
    {}

    void reload()
    {
        std::vector<Row> rows;
        if (auto deals = query::accountOpportunities(m_workspace.store().reader(), m_accountId))
            rows = std::move(deals.value());
        else
            emit m_workspace.message(deals.message());
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }

    const Row* row(int r) const { return r >= 0 && r < int(m_rows.size()) ? &m_rows[size_t(r)] : nullptr; }
    int rowOf(const QString& id) const
    {
        for (size_t i = 0; i < m_rows.size(); ++i)
            if (m_rows[i].id == id)
                return int(i);
        return -1;
    }

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : ColumnCount;
    }

    Qt::ItemFlags flags(const QModelIndex& index) const override
    {
        Qt::ItemFlags f = QAbstractTableModel::flags(index);
        if (index.column() == StageColumn)
            f |= Qt::ItemIsEditable;
        return f;
    }

    QVariant data(const QModelIndex& index, int role) const override
    {
        const Row* r = row(index.row());
        if (!r)
            return {};
        if (role == IdRole)
            return r->id;
        if (role == Qt::EditRole && index.column() == StageColumn)
            return r->choice();
        if (role == Qt::TextAlignmentRole &&
            (index.column() == AmountColumn || index.column() == ProbabilityColumn))
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        if (role != Qt::DisplayRole)
            return {};
        switch (index.column()) {
        case NameColumn:
            return r->name;
        case StageColumn:
            return choiceLabel(r->choice());
        case AmountColumn:
            return r->amount.isNull()
                       ? QString()
                       : model::formatMoney(r->amount.toLongLong(),
                                            r->currency.isEmpty() ? QStringLiteral("CNY") : r->currency);
        case ProbabilityColumn:
            return r->probability.isNull() ? QString() : QStringLiteral("%1 %").arg(r->probability.toInt());
        case CloseColumn:
            return model::formatDate(r->expectedClose);
        case OwnerColumn:
            return r->ownerName;
        default:
            return {};
        }
    }

    bool setData(const QModelIndex& index, const QVariant& value, int role) override
    {
        const Row* r = row(index.row());
        if (!r || role != Qt::EditRole || index.column() != StageColumn)
            return false;
        const QString key = value.toString();
        if (key == r->choice() || !stageChoices().contains(key))
            return false;
        FieldValues fields;
        QString field;
        if (stages().contains(key)) {
            field = QStringLiteral("stage");
            fields.emplace_back(field, key);
            if (r->status != kOpen)
                fields.emplace_back(QStringLiteral("status"), kOpen); // a deal back in play
        } else {
            // Won or lost settles the chance of the deal.
            field = QStringLiteral("status");
            fields.emplace_back(field, key);
            fields.emplace_back(QStringLiteral("probability"), key == QLatin1String("won") ? 100 : 0);
        }
        const Status s = m_workspace.commands().editRecord(r->id, fields);
        if (!s) {
            emit m_workspace.message(s.message());
            return false;
        }
        return true; // the store's change notification reloads the rows
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return {};
        static const char* const fields[] = {"name",        "stage",          "amount",
                                             "probability", "expected_close", "owner_id"};
        return section >= 0 && section < ColumnCount
                   ? model::fieldLabel(kOpportunity, QString::fromLatin1(fields[section]))
                   : QVariant();
    }

private:
    Workspace& m_workspace;
    QString m_accountId;
    std::vector<Row> m_rows;
};

// A combo box of stages, won and lost for the stage column.
class AccountOpportunitiesTab::StageDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const override
    {
        auto* combo = new QComboBox(parent);
        for (const QString& key : stageChoices())
            combo->addItem(choiceLabel(key), key);
        // Picking a value commits it at once: one keystroke or click, as in a spreadsheet.
        connect(combo, &QComboBox::activated, this, [this, combo] {
            emit const_cast<StageDelegate*>(this)->commitData(combo);
            emit const_cast<StageDelegate*>(this)->closeEditor(combo);
        });
        return combo;
    }
    void setEditorData(QWidget* editor, const QModelIndex& index) const override
    {
        auto* combo = static_cast<QComboBox*>(editor);
        combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole))));
    }
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override
    {
        model->setData(index, static_cast<QComboBox*>(editor)->currentData(), Qt::EditRole);
    }
};

AccountOpportunitiesTab::AccountOpportunitiesTab(Workspace& workspace, const QString& accountId,
                                                 QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_accountId(accountId),
      m_model(new Model(workspace, accountId, this))
{
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(StageColumn, new StageDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_view->verticalHeader()->hide();
    // A handful of deals: columns fit their contents, the name takes the rest.
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_view->setAccessibleName(UiText::tr("Opportunities"));

    m_logAction = new QAction(UiText::tr("&Log follow-up about this opportunity…"), this);
    connect(m_logAction, &QAction::triggered, this, [this] {
        const QString id = currentOpportunityId();
        if (!id.isEmpty())
            emit m_workspace.logFollowUpRequested(m_accountId, QString(), id);
    });
    m_openAction = new QAction(UiText::tr("&Open opportunity"), this);
    m_openAction->setShortcut(QKeySequence(Qt::Key_Return));
    m_openAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_openAction, &QAction::triggered, this, [this] {
        const QString id = currentOpportunityId();
        if (!id.isEmpty())
            emit m_workspace.openRecordRequested(id);
    });
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (index.column() != StageColumn)
            m_openAction->trigger();
    });
    m_view->addAction(m_openAction);
    m_view->addAction(m_logAction);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_actions = new forms::RecordActions(workspace, m_view, QStringLiteral("opportunity"), IdRole, [this] {
        QVariantMap presets{{QStringLiteral("account_id"), m_accountId}};
        if (!m_workspace.me().isEmpty())
            presets.insert(QStringLiteral("owner_id"), m_workspace.me());
        return presets;
    });
    auto* newDeal = new QPushButton(m_actions->newAction()->text(), this);
    newDeal->setObjectName(QStringLiteral("newOpportunityButton"));
    connect(newDeal, &QPushButton::clicked, m_actions->newAction(), &QAction::trigger);
    auto* log = new QPushButton(m_logAction->text(), this);
    connect(log, &QPushButton::clicked, m_logAction, &QAction::trigger);
    connect(m_logAction, &QAction::changed, log, [this, log] { log->setEnabled(m_logAction->isEnabled()); });
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(newDeal);
    buttons->addWidget(log);

    m_center = new QStandardItemModel(0, CenterColumnCount, this);
    m_center->setHorizontalHeaderLabels(
        {model::fieldLabel(u"buying_role", u"contact_id"), UiText::tr("Role in the deal"),
         model::fieldLabel(u"contact", u"title"), model::fieldLabel(u"contact", u"stance")});
    m_centerView = new QTreeView(this);
    m_centerView->setModel(m_center);
    m_centerView->setRootIsDecorated(false);
    m_centerView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_centerView->setAccessibleName(UiText::tr("Buying center"));
    connect(m_centerView, &QTreeView::activated, this, [this](const QModelIndex& index) {
        const QString contact = m_center->index(index.row(), ContactColumn).data(IdRole).toString();
        if (!contact.isEmpty())
            emit m_workspace.openRecordRequested(contact);
    });
    // The buying center: add a person with a role (a second role for the same
    // person changes it), change a role, take someone off.
    m_addRole = new QAction(UiText::tr("Add to buying center…"), this);
    m_addRole->setObjectName(QStringLiteral("addBuyingRole"));
    connect(m_addRole, &QAction::triggered, this, [this] {
        const QString deal = currentOpportunityId();
        if (deal.isEmpty())
            return;
        forms::RecordActions::openNew(
            m_workspace, this, QStringLiteral("buying_role"),
            {{QStringLiteral("account_id"), m_accountId}, {QStringLiteral("opportunity_id"), deal}});
    });
    m_removeRole = new QAction(UiText::tr("Remove from buying center"), this);
    m_removeRole->setObjectName(QStringLiteral("removeBuyingRole"));
    m_removeRole->setShortcut(QKeySequence::Delete);
    m_removeRole->setShortcutContext(Qt::WidgetShortcut);
    connect(m_removeRole, &QAction::triggered, this, [this] {
        const QString contact =
            m_center->index(m_centerView->currentIndex().row(), ContactColumn).data(IdRole).toString();
        if (contact.isEmpty() || currentOpportunityId().isEmpty())
            return;
        if (Status s = m_workspace.commands().removeBuyingRole(currentOpportunityId(), contact); !s)
            emit m_workspace.message(s.message());
    });
    m_centerView->addAction(m_addRole);
    m_centerView->addAction(m_removeRole);
    m_centerView->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto* addRole = new QPushButton(m_addRole->text(), this);
    connect(addRole, &QPushButton::clicked, m_addRole, &QAction::trigger);
    m_centerTitle = new QLabel(this);
    m_centerTitle->setBuddy(m_centerView);

    auto* lower = new QWidget(this);
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    auto* centerHead = new QHBoxLayout;
    centerHead->addWidget(m_centerTitle, 1);
    centerHead->addWidget(addRole);
    lowerLayout->addLayout(centerHead);
    lowerLayout->addWidget(m_centerView, 1);
    auto* upper = new QWidget(this);
    auto* upperLayout = new QVBoxLayout(upper);
    upperLayout->setContentsMargins(0, 0, 0, 0);
    upperLayout->addLayout(buttons);
    upperLayout->addWidget(m_view, 1);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(upper);
    split->addWidget(lower);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(&workspace.store(), &Store::changed, this, &AccountOpportunitiesTab::onStoreChanged);
    reload();
}

AccountOpportunitiesTab::~AccountOpportunitiesTab() = default;

QString AccountOpportunitiesTab::currentOpportunityId() const
{
    return m_view->currentIndex().data(IdRole).toString();
}

void AccountOpportunitiesTab::selectOpportunity(const QString& id)
{
    const int r = m_model->rowOf(id);
    if (r >= 0)
        m_view->setCurrentIndex(m_model->index(r, NameColumn));
}

void AccountOpportunitiesTab::reload()
{
    const QString current = currentOpportunityId();
    const int column = std::max(0, m_view->currentIndex().column());
    m_model->reload();
    // A fresh model has a fresh selection model only once; reconnect is harmless through UniqueConnection.
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AccountOpportunitiesTab::showBuyingCenter, Qt::UniqueConnection);
    const int r = m_model->rowOf(current);
    if (r >= 0)
        m_view->setCurrentIndex(m_model->index(r, column));
    else if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, NameColumn));
    showBuyingCenter();
}

void AccountOpportunitiesTab::showBuyingCenter()
{
    const QString id = currentOpportunityId();
    m_logAction->setEnabled(!id.isEmpty());
    m_center->removeRows(0, m_center->rowCount());
    if (id.isEmpty()) {
        m_centerTitle->setText(UiText::tr("Buying center"));
        return;
    }
    const Model::Row* deal = m_model->row(m_model->rowOf(id));
    m_centerTitle->setText(UiText::tr("Buying center of %1").arg(deal ? deal->name : id));
    auto roles = query::buyingCenter(m_workspace.store().reader(), id);
    if (!roles) {
        m_centerTitle->setText(roles.message());
        return;
    }
    for (const query::BuyingRoleRow& role : roles.value()) {
        QList<QStandardItem*> items;
        auto* name = new QStandardItem(role.contactName.isEmpty() ? role.contactId : role.contactName);
        name->setData(role.contactId, IdRole);
        items << name << new QStandardItem(model::enumLabel(u"role", role.role))
              << new QStandardItem(role.title) << new QStandardItem(model::enumLabel(u"stance", role.stance));
        m_center->appendRow(items);
    }
    for (int c = 0; c < CenterColumnCount; ++c)
        m_centerView->resizeColumnToContents(c);
}

void AccountOpportunitiesTab::onStoreChanged(const ChangeSet& change)
{
    bool touched = false;
    for (const char* entity : {"opportunity", "buying_role", "contact", "member"})
        touched = touched || change.entities.contains(QString::fromLatin1(entity));
    if (!touched || m_reloadPending)
        return;
    // Read again once control is back in the event loop: the change may come
    // from the stage editor itself, which must finish committing before the
    // model resets under it; several changes in a row also cost one reload.
    m_reloadPending = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_reloadPending = false;
            reload();
        },
        Qt::QueuedConnection);
}

} // namespace summit::ui
