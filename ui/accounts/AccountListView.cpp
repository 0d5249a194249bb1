#include "ui/accounts/AccountListView.h"
#include "ui/UiText.h"
#include "ui/accounts/TierReviewDialog.h"

#include "ui/Workspace.h"
#include "ui/accounts/AccountFilterBar.h"
#include "ui/accounts/AccountListModel.h"
#include "ui/accounts/SavedAccountFilters.h"
#include "ui/forms/BulkEditDialog.h"
#include "ui/forms/RecordActions.h"
#include "ui/lists/DrillDownBar.h"
#include "ui/lists/ListCopy.h"
#include "ui/lists/ListExport.h"

#include "export/ListPages.h"
#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalBlocker>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace summit::ui {

namespace {

const QString kHeaderKey = QStringLiteral("accounts/header");

} // namespace

AccountListView::AccountListView(Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_model(new AccountListModel(workspace, this))
{
    auto* layout = new QVBoxLayout(this);

    m_bar = new AccountFilterBar(this);
    connect(m_bar, &AccountFilterBar::filterChanged, this, &AccountListView::applyFilter);
    layout->addWidget(m_bar);

    auto* savedRow = new QHBoxLayout;
    auto* savedLabel = new QLabel(UiText::tr("&Saved filters:"), this);
    m_saved = new QComboBox(this);
    m_saved->setObjectName(QStringLiteral("savedFilters"));
    m_saved->setPlaceholderText(UiText::tr("None"));
    m_saved->setMinimumContentsLength(16);
    savedLabel->setBuddy(m_saved);
    connect(m_saved, &QComboBox::activated, this, [this](int index) {
        if (index >= 0)
            applySavedFilter(m_saved->itemText(index));
    });
    m_saveButton = new QToolButton(this);
    m_saveButton->setObjectName(QStringLiteral("saveFilter"));
    m_saveButton->setText(UiText::tr("Save filter…"));
    m_saveButton->setFocusPolicy(Qt::StrongFocus);
    connect(m_saveButton, &QToolButton::clicked, this, [this] {
        const QString name = m_prompt(m_saved->currentText()).trimmed();
        if (!name.isEmpty())
            saveFilterAs(name);
    });
    m_deleteButton = new QToolButton(this);
    m_deleteButton->setObjectName(QStringLiteral("deleteFilter"));
    m_deleteButton->setText(UiText::tr("Delete filter"));
    m_deleteButton->setFocusPolicy(Qt::StrongFocus);
    connect(m_deleteButton, &QToolButton::clicked, this, [this] {
        if (m_saved->currentIndex() >= 0)
            deleteSavedFilter(m_saved->currentText());
    });
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("accountCount"));
    savedRow->addWidget(savedLabel);
    savedRow->addWidget(m_saved);
    savedRow->addWidget(m_saveButton);
    savedRow->addWidget(m_deleteButton);
    savedRow->addStretch(1);
    savedRow->addWidget(m_count);
    layout->addLayout(savedRow);

    m_onlyBar = new DrillDownBar(this);
    connect(m_onlyBar, &DrillDownBar::showAllClicked, this, &AccountListView::showAll);
    layout->addWidget(m_onlyBar);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("accountTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    // Fixed row heights: nothing asks a row outside the viewport for its size.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    if (!header->restoreState(QSettings().value(kHeaderKey).toByteArray())) {
        // First run: room for a full group name, a stage label and a pipeline in the hundred millions.
        const int em = m_table->fontMetrics().horizontalAdvance(QLatin1Char('M'));
        const int widths[query::kAccountColumnCount] = {26, 3, 13, 6, 5, 7, 8, 8, 14, 5};
        for (int c = 0; c < query::kAccountColumnCount; ++c)
            m_table->setColumnWidth(c, std::max(widths[c] * em, header->sectionSizeHint(c)));
        header->setSortIndicator(static_cast<int>(query::AccountColumn::Name), Qt::AscendingOrder);
    }
    m_table->setSortingEnabled(true); // sorts the model by the header's indicator: a query, not a proxy
    connect(header, &QHeaderView::sectionMoved, this, &AccountListView::saveHeader);
    connect(header, &QHeaderView::sectionResized, this, &AccountListView::saveHeader);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &AccountListView::saveHeader);
    layout->addWidget(m_table, 1);

    m_copy = new QAction(UiText::tr("&Copy"), this);
    m_copy->setObjectName(QStringLiteral("copyAccounts"));
    m_copy->setShortcut(QKeySequence::Copy);
    m_copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_copy, &QAction::triggered, this, &AccountListView::copySelection);
    m_open = new QAction(UiText::tr("&Open account"), this);
    m_open->setObjectName(QStringLiteral("openAccount"));
    connect(m_open, &QAction::triggered, this, &AccountListView::openCurrent);
    m_table->addAction(m_open);
    m_table->addAction(m_copy);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    // Enter, and a double-click (or a single click where the platform says so).
    connect(m_table, &QTableView::activated, this, &AccountListView::openCurrent);
    // New account (Ctrl+N), Delete, and a bulk edit of the selected accounts.
    m_actions = new forms::RecordActions(workspace, m_table, QStringLiteral("account"),
                                         AccountListModel::IdRole, [this] {
                                             QVariantMap presets;
                                             if (!m_workspace.me().isEmpty())
                                                 presets.insert(QStringLiteral("am_id"), m_workspace.me());
                                             return presets;
                                         });
    m_bulk = new QAction(UiText::tr("Change selected accounts…"), this);
    m_bulk->setObjectName(QStringLiteral("bulkEditAccounts"));
    connect(m_bulk, &QAction::triggered, this, [this] { bulkEdit(); });
    m_table->addAction(m_bulk);
    auto* newButton = new QToolButton(this);
    newButton->setObjectName(QStringLiteral("newAccountButton"));
    newButton->setDefaultAction(m_actions->newAction());
    newButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* bulkButton = new QToolButton(this);
    bulkButton->setDefaultAction(m_bulk);
    // Spreadsheets of accounts, contacts, …: the import wizard (also File ▸ Import, or a drop).
    auto* import = new QAction(UiText::tr("Import…"), this);
    import->setObjectName(QStringLiteral("importAccounts"));
    connect(import, &QAction::triggered, &m_workspace, &Workspace::importRequested);
    auto* importButton = new QToolButton(this);
    importButton->setDefaultAction(import);
    // Export… (Ctrl+E): the accounts the filter keeps, in the order of the list.
    m_export = makeExportAction(this, m_workspace, [this] { return exportJob(); });
    m_table->addAction(m_export);
    auto* exportButton = new QToolButton(this);
    exportButton->setObjectName(QStringLiteral("exportAccountsButton"));
    exportButton->setDefaultAction(m_export);
    savedRow->insertWidget(0, exportButton);
    // The quarterly review of tiers: accounts whose tier is not the computed one.
    auto* review = new QAction(UiText::tr("Tier review…"), this);
    review->setObjectName(QStringLiteral("tierReviewAction"));
    connect(review, &QAction::triggered, this, [this] {
        auto* dialog = new TierReviewDialog(m_workspace, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    auto* reviewButton = new QToolButton(this);
    reviewButton->setObjectName(QStringLiteral("tierReviewButton"));
    reviewButton->setDefaultAction(review);
    savedRow->insertWidget(0, reviewButton);
    savedRow->insertWidget(0, importButton);
    savedRow->insertWidget(0, bulkButton);
    savedRow->insertWidget(0, newButton);

    auto* find = new QAction(UiText::tr("Find account"), this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, [this] {
        m_bar->textEdit()->setFocus(Qt::ShortcutFocusReason);
        m_bar->textEdit()->selectAll();
    });
    addAction(find);

    m_prompt = [this](const QString& suggestion) {
        return QInputDialog::getText(this, UiText::tr("Save filter"), UiText::tr("Name of the filter:"),
                                     QLineEdit::Normal, suggestion);
    };

    connect(m_model, &AccountListModel::countChanged, this, &AccountListView::updateCount);
    connect(&workspace.store(), &Store::changed, this, [this](const ChangeSet& change) {
        if (change.entities.contains(QStringLiteral("account")) ||
            change.entities.contains(QStringLiteral("member")))
            reloadFacets();
    });
    reloadFacets();
    reloadSavedFilters();
    updateCount(m_model->rowCount());
    setFocusProxy(m_table);
}

AccountListView::~AccountListView() = default;

void AccountListView::setFilter(const query::AccountFilter& filter)
{
    m_only.reset();
    m_onlyBar->clear();
    m_bar->setFilter(filter);
    applyFilter(m_bar->filter());
}

void AccountListView::showOnly(const QStringList& ids, const QString& caption)
{
    // The figure already says which accounts: the bar's own filters would only hide some of them.
    m_only = ids;
    m_onlyBar->showFor(caption, int(ids.size()));
    m_bar->setFilter({});
    applyFilter(m_bar->filter());
}

void AccountListView::showAll()
{
    m_only.reset();
    m_onlyBar->clear();
    applyFilter(m_bar->filter());
}

QString AccountListView::onlyCaption() const
{
    return m_onlyBar->text();
}

query::AccountFilter AccountListView::filter() const
{
    return m_bar->filter();
}

void AccountListView::applyFilter(const query::AccountFilter& filter)
{
    query::AccountFilter shown = filter;
    shown.only = m_only;
    m_model->setFilter(shown);
    // The combo names the saved filter on screen only while it still matches.
    if (m_saved->currentIndex() >= 0) {
        const auto saved = SavedAccountFilters::load(m_saved->currentText());
        if (!saved || !(*saved == filter))
            m_saved->setCurrentIndex(-1);
    }
    m_deleteButton->setEnabled(m_saved->currentIndex() >= 0);
}

void AccountListView::reloadFacets()
{
    auto facets = query::accountFacets(m_workspace.store().reader());
    if (!facets) {
        emit m_workspace.message(facets.message());
        return;
    }
    m_bar->setFacets(facets.value());
}

void AccountListView::reloadSavedFilters(const QString& current)
{
    const QSignalBlocker blocker(m_saved);
    m_saved->clear();
    m_saved->addItems(SavedAccountFilters::names());
    m_saved->setCurrentIndex(current.isEmpty() ? -1 : m_saved->findText(current));
    m_deleteButton->setEnabled(m_saved->currentIndex() >= 0);
}

void AccountListView::saveFilterAs(const QString& name)
{
    SavedAccountFilters::save(name, filter());
    reloadSavedFilters(name);
    emit m_workspace.message(UiText::tr("Saved the filter \"%1\".").arg(name));
}

bool AccountListView::applySavedFilter(const QString& name)
{
    const auto saved = SavedAccountFilters::load(name);
    if (!saved)
        return false;
    setFilter(*saved);
    const QSignalBlocker blocker(m_saved);
    m_saved->setCurrentIndex(m_saved->findText(name));
    m_deleteButton->setEnabled(m_saved->currentIndex() >= 0);
    return true;
}

void AccountListView::deleteSavedFilter(const QString& name)
{
    SavedAccountFilters::remove(name);
    reloadSavedFilters();
}

void AccountListView::setNamePrompt(std::function<QString(const QString&)> prompt)
{
    m_prompt = std::move(prompt);
}

QString AccountListView::selectionAsText() const
{
    return selectedRowsAsText(*m_table);
}

void AccountListView::copySelection()
{
    if (!m_table->selectionModel()->hasSelection())
        return;
    QGuiApplication::clipboard()->setText(selectionAsText());
}

void AccountListView::openCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const QString id = m_model->accountId(current.row());
    if (!id.isEmpty())
        emit m_workspace.openAccountRequested(id);
}

void AccountListView::updateCount(int count)
{
    m_count->setText(UiText::tr("%n accounts", nullptr, count));
}

void AccountListView::saveHeader()
{
    QSettings().setValue(kHeaderKey, m_table->horizontalHeader()->saveState());
}

ListExportJob AccountListView::exportJob() const
{
    ListExportJob job;
    job.type = QStringLiteral("accounts");
    job.title = UiText::tr("Accounts");
    const query::AccountFilter filter = m_model->filter();
    const query::AccountSort sort = m_model->sortOrder();
    job.pages = [filter, sort](Database& db) {
        return exports::accountListPages(db, filter, sort);
    };
    job.count = [filter](Database& db) {
        return query::countAccounts(db, filter);
    };
    return job;
}

forms::BulkEditDialog* AccountListView::bulkEdit()
{
    const QStringList ids = m_actions->selectedIds();
    if (ids.isEmpty()) {
        emit m_workspace.message(UiText::tr("Select the accounts to change first."));
        return nullptr;
    }
    auto* dialog =
        new forms::BulkEditDialog(m_workspace, QStringLiteral("account"), ids,
                                  forms::BulkEditDialog::fieldsFor(QStringLiteral("account")), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

} // namespace summit::ui
