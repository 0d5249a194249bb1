#include "ui/lists/RecordListModel.h"
#include "ui/UiText.h"

#include "model/Display.h"
#include "model/Schema.h"
#include "store/Store.h"

namespace summit::ui {

namespace {
const QString kCustomPrefix = QStringLiteral("custom:");
}

RecordListModel::RecordListModel(Store& store, const QString& entity, QObject* parent)
    : QAbstractTableModel(parent), m_store(store)
{
    m_filter.entity = entity;
    defineColumns();
    m_builtInColumns = m_columns.size();
    reload();
}

void RecordListModel::defineColumns()
{
    const QString& e = m_filter.entity;
    auto field = [&](const char* name, bool sortable) {
        const QString key = QString::fromLatin1(name);
        m_columns.push_back({key, model::fieldLabel(e, key), sortable});
    };
    auto account = [&] {
        m_columns.push_back({query::kAccountNameKey, UiText::tr("Account"), true});
    };
    auto member = [&] {
        m_columns.push_back({query::kMemberNameKey, model::fieldLabel(e, query::memberField(e)), false});
    };
    // A few columns per type, and sorting only where an index or a small
    // table keeps it fast; the defaults put what needs attention first.
    if (e == QLatin1String("opportunity")) {
        field("name", true);
        account();
        field("stage", false);
        field("status", false);
        field("amount", true);
        field("expected_close", true);
        member();
        m_filter.sortKey = QStringLiteral("expected_close");
    } else if (e == QLatin1String("task")) {
        field("title", true);
        account();
        field("due", true);
        field("status", false);
        member();
        m_filter.sortKey = QStringLiteral("due");
    } else if (e == QLatin1String("followup")) {
        field("at", true);
        field("type", false);
        field("summary", false);
        account();
        member();
        field("next_action", false);
        field("next_due", true);
        m_filter.sortKey = QStringLiteral("at");
        m_filter.descending = true; // newest first
    } else if (e == QLatin1String("contract")) {
        // Contracts and what is owed on them: the ends first, where renewals are decided.
        field("title", true);
        account();
        field("status", false);
        field("amount", true);
        field("signed_on", true);
        field("end_on", true);
        member();
        m_filter.sortKey = QStringLiteral("end_on");
    } else if (e == QLatin1String("receivable")) {
        account();
        field("due_on", true);
        field("amount_due", true);
        field("amount_received", false);
        field("received_on", true);
        m_filter.sortKey = QStringLiteral("due_on");
    } else if (e == QLatin1String("service_request")) {
        field("opened_at", true);
        field("title", true);
        account();
        field("category", false);
        field("severity", false);
        field("first_response_at", false);
        field("resolved_at", false);
        member();
        m_filter.sortKey = QStringLiteral("opened_at");
        m_filter.descending = true; // newest first
    } else if (e == QLatin1String("satisfaction")) {
        field("surveyed_on", true);
        account();
        field("csat", true);
        field("nps", true);
        field("comment", false);
        m_filter.sortKey = QStringLiteral("surveyed_on");
        m_filter.descending = true;
    } else if (const model::EntityDef* def = model::entity(e)) {
        // Any other type: its title and account.
        if (!def->titleField.isEmpty())
            m_columns.push_back({def->titleField, model::fieldLabel(e, def->titleField), true});
        if (!def->accountField.isEmpty())
            account();
    }
}

void RecordListModel::defineCustomColumns()
{
    m_columns.resize(m_builtInColumns);
    m_custom = custom::listColumns(m_store.reader(), m_filter.entity);
    for (size_t i = 0; i < m_custom.size(); ++i)
        m_columns.push_back({m_custom[i].key, m_custom[i].field().label, false, int(i)});
}

void RecordListModel::setFilter(const QVariantMap& equals, const QString& member)
{
    if (m_filter.equals == equals && m_filter.member == member)
        return;
    m_filter.equals = equals;
    m_filter.member = member;
    beginResetModel();
    m_rows.clear();
    m_rows = load({}, kPageSize);
    endResetModel();
}

void RecordListModel::setOnly(const std::optional<QStringList>& ids)
{
    if (m_filter.only == ids)
        return;
    m_filter.only = ids;
    beginResetModel();
    m_rows.clear();
    m_rows = load({}, kPageSize);
    endResetModel();
}

void RecordListModel::reload()
{
    const int wanted = std::max(kPageSize, int(m_rows.size()));
    beginResetModel();
    defineCustomColumns(); // a definition may have come, gone or changed
    m_rows = load({}, wanted);
    endResetModel();
}

std::vector<QVariantMap> RecordListModel::load(const query::PageCursor& after, int limit)
{
    auto page = query::recordPage(m_store.reader(), m_filter, after, limit);
    if (!page) {
        m_error = page.message();
        m_more = false;
        emit failed(m_error);
        return {};
    }
    m_error.clear();
    m_more = int(page.value().size()) == limit;
    std::vector<QVariantMap> rows = std::move(page).value();
    if (!m_custom.empty()) {
        // The page's custom values, under a prefix no built-in key has.
        QStringList ids;
        for (const QVariantMap& r : rows)
            ids << r.value(QStringLiteral("id")).toString();
        const QHash<QString, QVariantMap> values =
            custom::valuesOfRecords(m_store.reader(), m_filter.entity, ids);
        for (QVariantMap& r : rows) {
            const QVariantMap v = values.value(r.value(QStringLiteral("id")).toString());
            for (auto it = v.begin(); it != v.end(); ++it)
                r.insert(kCustomPrefix + it.key(), it.value());
        }
    }
    return rows;
}

QString RecordListModel::idAt(int row) const
{
    if (row < 0 || row >= int(m_rows.size()))
        return {};
    return m_rows[size_t(row)].value(QStringLiteral("id")).toString();
}

bool RecordListModel::isSortable(int column) const
{
    return column >= 0 && column < int(m_columns.size()) && m_columns[size_t(column)].sortable;
}

int RecordListModel::mainColumn() const
{
    const QString main = m_filter.entity == QLatin1String("followup")       ? QStringLiteral("summary")
                         : m_filter.entity == QLatin1String("satisfaction") ? QStringLiteral("comment")
                         : model::entity(m_filter.entity) ? model::entity(m_filter.entity)->titleField
                                                          : QString();
    for (size_t i = 0; i < m_columns.size(); ++i)
        if (m_columns[i].key == main)
            return int(i);
    return -1;
}

int RecordListModel::sortColumn() const
{
    for (size_t i = 0; i < m_columns.size(); ++i)
        if (m_columns[i].key == m_filter.sortKey)
            return int(i);
    return -1;
}

int RecordListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RecordListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QString RecordListModel::display(const Column& column, const QVariantMap& row) const
{
    if (column.custom >= 0)
        return custom::displayText(m_store.reader(), m_custom[size_t(column.custom)],
                                   row.value(kCustomPrefix + column.key));
    const QVariant value = row.value(column.key);
    if (value.isNull())
        return {};
    const model::EntityDef* def = model::entity(m_filter.entity);
    const model::FieldDef* field = def ? def->field(column.key) : nullptr;
    if (!field)
        return value.toString(); // the joined names
    if (field->type == model::FieldType::Money)
        return model::formatMoney(value.toLongLong(),
                                  row.value(QStringLiteral("currency"), QStringLiteral("CNY")).toString());
    return model::displayValue(*field, value);
}

QVariant RecordListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()) || index.column() >= int(m_columns.size()))
        return {};
    const QVariantMap& row = m_rows[size_t(index.row())];
    const Column& column = m_columns[size_t(index.column())];
    switch (role) {
    case Qt::DisplayRole:
        return display(column, row);
    case Qt::ToolTipRole:
        // Long summaries and next actions are cut by the column; the tip has all.
        return column.key == QLatin1String("summary") || column.key == QLatin1String("next_action")
                   ? row.value(column.key)
                   : QVariant();
    case Qt::TextAlignmentRole: {
        // Amounts and scores line up on the right.
        const model::EntityDef* def = model::entity(m_filter.entity);
        const model::FieldDef* field = def && column.custom < 0 ? def->field(column.key) : nullptr;
        if (field && (field->type == model::FieldType::Money || field->type == model::FieldType::Int))
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    case kIdRole:
        return row.value(QStringLiteral("id"));
    default:
        return {};
    }
}

QVariant RecordListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= int(m_columns.size()))
        return QAbstractTableModel::headerData(section, orientation, role);
    return m_columns[size_t(section)].header;
}

bool RecordListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_more;
}

void RecordListModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || !m_more || m_rows.empty())
        return;
    std::vector<QVariantMap> more = load(query::cursorAfter(m_filter, m_rows.back()), kPageSize);
    if (more.empty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(more.size()) - 1);
    for (QVariantMap& r : more)
        m_rows.push_back(std::move(r));
    endInsertRows();
}

void RecordListModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column))
        return;
    const QString key = m_columns[size_t(column)].key;
    const bool descending = order == Qt::DescendingOrder;
    if (key == m_filter.sortKey && descending == m_filter.descending && !m_rows.empty())
        return;
    m_filter.sortKey = key;
    m_filter.descending = descending;
    beginResetModel();
    m_rows = load({}, kPageSize);
    endResetModel();
}

} // namespace summit::ui
