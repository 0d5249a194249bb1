#include "ui/account/AccountHistoryTab.h"
#include "ui/UiText.h"

#include "model/Schema.h"
#include "query/AccountHistory.h"
#include "store/CustomFields.h"
#include "ui/Workspace.h"

#include <QAbstractTableModel>
#include <QAction>
#include <QDateTime>
#include <QFontMetrics>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeView>
#include <QVBoxLayout>
#include <algorithm>

namespace summit::ui {

// The account's history as rows: one per field an operation wrote, or one for
// an operation as a whole (created, deleted, restored). Loaded by pages of
// operations as the view scrolls.
class AccountHistoryTab::Model : public QAbstractTableModel
{
public:
    Model(Store& store, QString accountId, QObject* parent)
        : QAbstractTableModel(parent), m_store(store), m_accountId(std::move(accountId))
    {}

    QString error() const { return m_error; }

    // Reads again from the newest, keeping as many operations loaded as before.
    void reload()
    {
        const int keep = std::max(PageSize, int(m_entries.size()));
        beginResetModel();
        m_entries.clear();
        m_rows.clear();
        m_more = false;
        append(read(keep));
        endResetModel();
    }

    bool canFetchMore(const QModelIndex& parent) const override { return !parent.isValid() && m_more; }
    void fetchMore(const QModelIndex& parent) override
    {
        if (!canFetchMore(parent))
            return;
        std::vector<query::AccountHistoryEntry> page = read(PageSize);
        int added = 0;
        for (const query::AccountHistoryEntry& e : page)
            added += rowsOf(e);
        if (added == 0)
            return;
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + added - 1);
        append(std::move(page));
        endInsertRows();
    }

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : ColumnCount;
    }

    QVariant data(const QModelIndex& index, int role) const override
    {
        if (!index.isValid() || index.row() >= int(m_rows.size()))
            return {};
        const Row& row = m_rows[size_t(index.row())];
        const query::AccountHistoryEntry& e = m_entries[size_t(row.entry)];
        const query::HistoryChange* c = row.change >= 0 ? &e.changes[size_t(row.change)] : nullptr;
        switch (role) {
        case RecordIdRole:
            return e.entityId;
        case KindRole:
            return e.kind;
        case Qt::ToolTipRole:
            if (index.column() == RecordColumn && e.recordDeleted)
                return UiText::tr("This record is in the trash now.");
            if (c && (index.column() == OldColumn || index.column() == NewColumn))
                return index.column() == OldColumn ? c->oldText : c->newText;
            return {};
        case Qt::DisplayRole:
            break;
        default:
            return {};
        }
        switch (index.column()) {
        case WhenColumn:
            return QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat);
        case WhoColumn:
            return e.authorName.isEmpty() ? UiText::tr("Unknown") : e.authorName;
        case RecordColumn: {
            const QString type = model::entityLabel(e.entity);
            const QString title = e.title.isEmpty() ? e.entityId : e.title;
            return UiText::tr("%1: %2").arg(type, title);
        }
        case FieldColumn:
            if (c)
                return custom::fieldLabel(m_store.reader(), e.entity, c->field);
            if (e.kind == QLatin1String("create"))
                return UiText::tr("Created");
            if (e.kind == QLatin1String("delete"))
                return UiText::tr("Deleted", "history: what happened to the record");
            if (e.kind == QLatin1String("restore"))
                return UiText::tr("Restored");
            return {};
        case OldColumn:
            return c ? c->oldText : QString();
        case NewColumn:
            return c ? c->newText : QString();
        default:
            return {};
        }
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return {};
        switch (section) {
        case WhenColumn:
            return UiText::tr("When");
        case WhoColumn:
            return UiText::tr("Who", "history column: who made the change");
        case RecordColumn:
            return UiText::tr("Record");
        case FieldColumn:
            return UiText::tr("Field");
        case OldColumn:
            return UiText::tr("Old value");
        case NewColumn:
            return UiText::tr("New value");
        default:
            return {};
        }
    }

private:
    struct Row
    {
        int entry = 0;
        int change = -1; // index into the entry's changes; -1 = the operation as a whole
    };

    // The next `count` operations after those loaded.
    std::vector<query::AccountHistoryEntry> read(int count)
    {
        auto page = query::accountHistory(m_store.reader(), m_accountId, int(m_entries.size()), count);
        if (!page) {
            m_error = page.message();
            m_more = false;
            return {};
        }
        m_error.clear();
        m_more = int(page.value().size()) == count;
        return std::move(page).value();
    }

    // A new record reads as one "Created" row (its values are on the record
    // itself); a delete or restore as one row; an edit as one row per field.
    static int rowsOf(const query::AccountHistoryEntry& e)
    {
        return e.kind == QLatin1String("create") || e.changes.empty() ? 1 : int(e.changes.size());
    }

    void append(std::vector<query::AccountHistoryEntry> page)
    {
        for (query::AccountHistoryEntry& e : page) {
            const int entry = int(m_entries.size());
            if (e.kind == QLatin1String("create") || e.changes.empty())
                m_rows.push_back({entry, -1});
            else
                for (int i = 0; i < int(e.changes.size()); ++i)
                    m_rows.push_back({entry, i});
            m_entries.push_back(std::move(e));
        }
    }

    Store& m_store;
    QString m_accountId;
    std::vector<query::AccountHistoryEntry> m_entries;
    std::vector<Row> m_rows;
    bool m_more = false;
    QString m_error;
};

AccountHistoryTab::AccountHistoryTab(Workspace& workspace, const QString& accountId, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_accountId(accountId),
      m_model(new Model(workspace.store(), accountId, this))
{
    m_view = new QTreeView(this);
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAccessibleName(UiText::tr("History"));
    m_view->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->header()->setStretchLastSection(true);
    // Fixed starting widths from the font (fitting to contents would measure every loaded row).
    const QFontMetrics fm(m_view->font());
    const QString sample =
        QLocale().toString(QDateTime(QDate(2026, 12, 28), QTime(23, 59)), QLocale::ShortFormat);
    m_view->header()->resizeSection(WhenColumn, fm.horizontalAdvance(sample) + fm.averageCharWidth() * 3);
    m_view->header()->resizeSection(WhoColumn, fm.averageCharWidth() * 12);
    m_view->header()->resizeSection(RecordColumn, fm.averageCharWidth() * 36);
    m_view->header()->resizeSection(FieldColumn, fm.averageCharWidth() * 18);
    m_view->header()->resizeSection(OldColumn, fm.averageCharWidth() * 24);

    m_openAction = new QAction(UiText::tr("&Open record"), this);
    m_openAction->setShortcut(QKeySequence(Qt::Key_Return));
    m_openAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_openAction, &QAction::triggered, this, [this] {
        const QModelIndex index = m_view->currentIndex();
        const QString id = index.data(RecordIdRole).toString();
        if (!id.isEmpty())
            emit m_workspace.openRecordRequested(id);
    });
    connect(m_view, &QTreeView::doubleClicked, m_openAction, &QAction::trigger);
    m_view->addAction(m_openAction);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_status = new QLabel(this);
    m_status->setVisible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);

    connect(&workspace.store(), &Store::changed, this, &AccountHistoryTab::onStoreChanged);
    m_model->reload();
    m_status->setText(m_model->error());
    m_status->setVisible(!m_model->error().isEmpty());
}

AccountHistoryTab::~AccountHistoryTab() = default;

QAbstractItemModel* AccountHistoryTab::model() const
{
    return m_model;
}

void AccountHistoryTab::onStoreChanged(const ChangeSet& change)
{
    // Any record type can belong to the account; only members (names) are outside it.
    for (const model::EntityDef& def : model::entities())
        if (change.entities.contains(def.name)) {
            m_model->reload();
            m_status->setText(m_model->error());
            m_status->setVisible(!m_model->error().isEmpty());
            return;
        }
}

} // namespace summit::ui
