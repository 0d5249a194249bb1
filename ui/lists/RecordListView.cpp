#include "ui/lists/RecordListView.h"
#include "ui/UiText.h"
#include "ui/lists/DrillDownBar.h"

#include "export/ListPages.h"
#include "model/Schema.h"
#include "query/RecordList.h"
#include "ui/Workspace.h"
#include "ui/forms/BulkEditDialog.h"
#include "ui/forms/RecordActions.h"
#include "ui/lists/ListCopy.h"
#include "ui/lists/RecordListModel.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace summit::ui {

RecordListView::RecordListView(Workspace& workspace, const QString& entity, QWidget* parent)
    : QWidget(parent), m_workspace(workspace)
{
    m_model = new RecordListModel(workspace.store(), entity, this);

    auto* filters = new QHBoxLayout;
    auto addLabelled = [&](const QString& label, QWidget* w) {
        auto* l = new QLabel(label, this);
        l->setBuddy(w);
        filters->addWidget(l);
        filters->addWidget(w);
    };
    if (entity == QLatin1String("opportunity")) {
        m_stage = enumFilter(QStringLiteral("stage"), UiText::tr("All stages"));
        m_status = enumFilter(QStringLiteral("status"), UiText::tr("All"));
        addLabelled(UiText::tr("&Stage:"), m_stage);
        addLabelled(UiText::tr("S&tatus:"), m_status);
    } else if (entity == QLatin1String("task")) {
        // Open tasks are what the page is for; done ones are a click away.
        m_status = new QComboBox(this);
        m_status->addItem(model::enumLabel(u"status", u"open"), QStringLiteral("open"));
        m_status->addItem(model::enumLabel(u"status", u"done"), QStringLiteral("done"));
        m_status->addItem(UiText::tr("All"), QString());
        addLabelled(UiText::tr("S&tatus:"), m_status);
        m_mine = new QCheckBox(UiText::tr("Only &mine"), this);
        filters->addWidget(m_mine);
    } else if (entity == QLatin1String("followup")) {
        m_type = enumFilter(QStringLiteral("type"), UiText::tr("All types"));
        addLabelled(UiText::tr("T&ype:"), m_type);
        m_mine = new QCheckBox(UiText::tr("Only &mine"), this);
        filters->addWidget(m_mine);
    } else if (entity == QLatin1String("contract")) {
        m_status = enumFilter(QStringLiteral("status"), UiText::tr("All"));
        addLabelled(UiText::tr("S&tatus:"), m_status);
        m_mine = new QCheckBox(UiText::tr("Only &mine"), this);
        filters->addWidget(m_mine);
    } else if (entity == QLatin1String("service_request")) {
        m_mine = new QCheckBox(UiText::tr("Only &mine"), this);
        filters->addWidget(m_mine);
    }
    filters->addStretch(1);
    for (QComboBox* box : {m_stage, m_status, m_type})
        if (box)
            connect(box, &QComboBox::currentIndexChanged, this, &RecordListView::applyFilters);
    if (m_mine)
        connect(m_mine, &QCheckBox::toggled, this, &RecordListView::applyFilters);

    // The drill-down bar: what the dashboard asked for, and the way back to all.
    m_onlyBar = new DrillDownBar(this);
    connect(m_onlyBar, &DrillDownBar::showAllClicked, this, &RecordListView::showAll);

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    connect(m_model, &RecordListModel::failed, this, [this](const QString& message) {
        m_error->setText(message);
        m_error->setVisible(true);
    });

    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    m_table->setSortingEnabled(true);
    m_table->setTabKeyNavigation(false);
    // A click on a column that cannot be sorted leaves the current order shown.
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this](int column) {
        if (!m_model->isSortable(column))
            m_table->horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    });
    connect(m_table, &QTableView::activated, this, &RecordListView::openCurrent);
    m_actions =
        new forms::RecordActions(workspace, m_table, entity, RecordListModel::kIdRole, [this, entity] {
            QVariantMap presets;
            const QString member = query::memberField(entity);
            if (!member.isEmpty() && !m_workspace.me().isEmpty())
                presets.insert(member, m_workspace.me());
            return presets;
        });
    if (entity == QLatin1String("followup"))
        m_actions->setNewHandler([this] { emit m_workspace.logFollowUpRequested(); });
    // Bulk edit of the selected rows: a new owner, stage or due date for many at once.
    auto* bulk = new QAction(UiText::tr("Change selected…"), this);
    bulk->setObjectName(QStringLiteral("bulkEditRecords"));
    connect(bulk, &QAction::triggered, this, [this] { bulkEdit(); });
    m_table->addAction(bulk);
    // Ctrl+C: the selected rows as tab-separated text, cells a spreadsheet would run made inert.
    m_copy = new QAction(UiText::tr("&Copy"), this);
    m_copy->setObjectName(QStringLiteral("copyRecords"));
    m_copy->setShortcut(QKeySequence::Copy);
    m_copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_copy, &QAction::triggered, this, [this] {
        if (m_table->selectionModel()->hasSelection())
            QGuiApplication::clipboard()->setText(selectionAsText());
    });
    m_table->addAction(m_copy);
    // Export… (Ctrl+E): the rows under the current filter (or drill-down), in the list's order.
    m_export = makeExportAction(this, m_workspace, [this] { return exportJob(); });
    m_table->addAction(m_export);
    auto* exportButton = new QPushButton(UiText::tr("&Export…"), this);
    exportButton->setObjectName(QStringLiteral("exportListButton"));
    exportButton->setToolTip(m_export->toolTip());
    exportButton->setEnabled(!exports::exportTypeOfEntity(entity).isEmpty());
    m_export->setEnabled(exportButton->isEnabled());
    connect(exportButton, &QPushButton::clicked, m_export, &QAction::trigger);
    filters->addWidget(exportButton);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_onlyBar);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);

    m_reloadTimer = new QTimer(this);
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(50);
    connect(m_reloadTimer, &QTimer::timeout, this, [this] {
        m_stale = false;
        m_model->reload();
    });
    connect(&workspace.store(), &Store::changed, this, &RecordListView::onStoreChanged);
    applyFilters();
    fitColumns();
    // A list that opened empty (a new database) fits its columns to its first rows when they come;
    // after that the widths are the person's.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_fitted)
            fitColumns();
    });
}

void RecordListView::fitColumns()
{
    // Short columns as wide as the first page needs (within reason); the main
    // text (summary, title, name) takes the rest of the width.
    m_table->resizeColumnsToContents();
    m_fitted = m_model->rowCount() > 0;
    const int cap = m_table->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 22;
    for (int c = 0; c < m_model->columnCount(); ++c)
        if (m_table->columnWidth(c) > cap)
            m_table->setColumnWidth(c, cap);
    const int main = m_model->mainColumn();
    if (main >= 0)
        m_table->horizontalHeader()->setSectionResizeMode(main, QHeaderView::Stretch);
}

QComboBox* RecordListView::enumFilter(const QString& field, const QString& all)
{
    auto* box = new QComboBox(this);
    box->addItem(all, QString());
    if (const model::EntityDef* def = model::entity(m_model->entity()))
        if (const model::FieldDef* f = def->field(field))
            for (const QString& key : f->enumValues)
                box->addItem(model::enumLabel(field, key), key);
    return box;
}

void RecordListView::applyFilters()
{
    QVariantMap equals;
    const std::pair<QComboBox*, const char*> boxes[] = {
        {m_stage, "stage"}, {m_status, "status"}, {m_type, "type"}};
    for (const auto& [box, field] : boxes)
        if (box && !box->currentData().toString().isEmpty())
            equals.insert(QString::fromLatin1(field), box->currentData());
    const QString member = m_mine && m_mine->isChecked() ? m_workspace.me() : QString();
    m_error->setVisible(false);
    m_model->setFilter(equals, member);
}

void RecordListView::showOnly(const QStringList& ids, const QString& caption)
{
    // The dashboard's figure already says which stage, status or type: the
    // list's own filters would only hide some of its records.
    for (QComboBox* box : {m_stage, m_status, m_type}) {
        if (!box)
            continue;
        const QSignalBlocker block(box);
        box->setCurrentIndex(qMax(0, box->findData(QString())));
    }
    if (m_mine) {
        const QSignalBlocker block(m_mine);
        m_mine->setChecked(false);
    }
    m_onlyBar->showFor(caption, int(ids.size()));
    applyFilters();
    m_model->setOnly(ids);
}

void RecordListView::showAll()
{
    m_onlyBar->clear();
    m_model->setOnly(std::nullopt);
}

QString RecordListView::onlyCaption() const
{
    return m_onlyBar->text();
}

void RecordListView::onStoreChanged(const ChangeSet& change)
{
    // Account and member names are shown too, so their changes count.
    if (!change.entities.contains(m_model->entity()) &&
        !change.entities.contains(QStringLiteral("account")) &&
        !change.entities.contains(QStringLiteral("member")) &&
        !change.entities.contains(QStringLiteral("field_def")))
        return;
    m_stale = true;
    if (isVisible())
        m_reloadTimer->start();
}

void RecordListView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        m_reloadTimer->start();
}

void RecordListView::openCurrent()
{
    const QString id = m_model->idAt(m_table->currentIndex().row());
    if (!id.isEmpty())
        emit m_workspace.openRecordRequested(id);
}

QString RecordListView::selectionAsText() const
{
    return selectedRowsAsText(*m_table);
}

ListExportJob RecordListView::exportJob() const
{
    ListExportJob job;
    job.type = exports::exportTypeOfEntity(m_model->entity());
    job.title = exports::tableSheetName(job.type);
    const query::RecordListFilter filter = m_model->filter();
    job.pages = [filter](Database& db) {
        return exports::recordListPages(db, filter);
    };
    job.count = [filter](Database& db) {
        return query::countRecords(db, filter);
    };
    return job;
}

forms::BulkEditDialog* RecordListView::bulkEdit()
{
    const QStringList ids = m_actions->selectedIds();
    if (ids.isEmpty()) {
        emit m_workspace.message(UiText::tr("Select the records to change first."));
        return nullptr;
    }
    auto* dialog = new forms::BulkEditDialog(m_workspace, m_model->entity(), ids,
                                             forms::BulkEditDialog::fieldsFor(m_model->entity()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

} // namespace summit::ui
