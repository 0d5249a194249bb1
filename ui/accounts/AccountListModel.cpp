#include "ui/accounts/AccountListModel.h"
#include "ui/UiText.h"

#include "model/Display.h"
#include "model/Schema.h"
#include "ui/Workspace.h"

#include <QColor>
#include <QLocale>
#include <algorithm>

namespace summit::ui {

using query::AccountColumn;
using query::AccountRow;

namespace {

AccountColumn columnOf(int column)
{
    return static_cast<AccountColumn>(column);
}

// Record types whose changes can alter a row or a computed column.
bool touchesList(const ChangeSet& change)
{
    static const QStringList relevant = {QStringLiteral("account"),     QStringLiteral("member"),
                                         QStringLiteral("followup"),    QStringLiteral("task"),
                                         QStringLiteral("opportunity"), QStringLiteral("contact"),
                                         QStringLiteral("field_def")};
    for (const QString& entity : relevant)
        if (change.entities.contains(entity))
            return true;
    return false;
}

} // namespace

AccountListModel::AccountListModel(Workspace& workspace, QObject* parent)
    : QAbstractTableModel(parent), m_workspace(workspace)
{
    connect(&workspace.store(), &Store::changed, this, &AccountListModel::onStoreChanged);
    loadCustomColumns();
    recount();
}

AccountListModel::~AccountListModel() = default;

int AccountListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int AccountListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : query::kAccountColumnCount + int(m_custom.size());
}

const custom::Definition* AccountListModel::customAt(int column) const
{
    const int i = column - query::kAccountColumnCount;
    return i >= 0 && i < int(m_custom.size()) ? &m_custom[size_t(i)] : nullptr;
}

bool AccountListModel::loadCustomColumns()
{
    std::vector<custom::Definition> now =
        custom::listColumns(m_workspace.store().reader(), QStringLiteral("account"));
    const bool same = now.size() == m_custom.size() &&
                      std::equal(now.begin(), now.end(), m_custom.begin(), [](const auto& a, const auto& b) {
                          return a.id == b.id && a.key == b.key && a.label == b.label &&
                                 a.labelZh == b.labelZh && a.valueType == b.valueType &&
                                 a.choices == b.choices;
                      });
    if (same)
        return false;
    m_custom = std::move(now);
    return true;
}

QVariant AccountListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (const custom::Definition* d = customAt(section))
        return d->field().label;
    const QString account = QStringLiteral("account");
    switch (columnOf(section)) {
    case AccountColumn::Name:
        return model::fieldLabel(account, u"name");
    case AccountColumn::Tier:
        return model::fieldLabel(account, u"tier");
    case AccountColumn::Stage:
        return model::fieldLabel(account, u"stage");
    case AccountColumn::Owner:
        return model::fieldLabel(account, u"am_id");
    case AccountColumn::Region:
        return model::fieldLabel(account, u"region");
    case AccountColumn::Industry:
        return model::fieldLabel(account, u"industry");
    case AccountColumn::LastFollowUp:
        return UiText::tr("Last follow-up");
    case AccountColumn::NextActionDue:
        return UiText::tr("Next action due");
    case AccountColumn::OpenPipeline:
        return UiText::tr("Open pipeline");
    case AccountColumn::Contacts:
        return UiText::tr("Contacts");
    }
    return {};
}

QVariant AccountListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_count)
        return {};
    const int column = index.column();
    const AccountColumn c = columnOf(column);
    const custom::Definition* customField = customAt(column);
    if (role == Qt::TextAlignmentRole) {
        const bool number = customField ? customField->valueType == QLatin1String("number") ||
                                              customField->valueType == QLatin1String("money")
                                        : c == AccountColumn::OpenPipeline || c == AccountColumn::Contacts;
        return QVariant::fromValue(Qt::AlignVCenter | (number ? Qt::AlignRight : Qt::AlignLeft));
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != RawRole && role != IdRole &&
        role != Qt::ForegroundRole)
        return {};
    const AccountRow* row = rowAt(index.row());
    if (!row)
        return {};
    switch (role) {
    case IdRole:
        return row->id;
    case RawRole:
        return raw(*row, column);
    case Qt::ToolTipRole:
        return c == AccountColumn::Name && !row->shortName.isEmpty() ? QVariant(row->shortName) : QVariant();
    case Qt::ForegroundRole:
        // A semantic colour, readable on light and dark palettes: the next action is overdue.
        if (c == AccountColumn::NextActionDue && row->nextActionDue.isValid() &&
            row->nextActionDue < m_workspace.today())
            return QColor(0xd9, 0x48, 0x3b);
        return {};
    default:
        return display(*row, column);
    }
}

QVariant AccountListModel::display(const AccountRow& row, int column) const
{
    if (const custom::Definition* d = customAt(column))
        return custom::displayText(m_workspace.store().reader(), *d, row.custom.value(d->key));
    const QLocale locale;
    switch (columnOf(column)) {
    case AccountColumn::Name:
        return row.name;
    case AccountColumn::Tier:
        return row.tier.isEmpty() ? QString() : model::enumLabel(u"tier", row.tier);
    case AccountColumn::Stage:
        return row.stage.isEmpty() ? QString() : model::enumLabel(u"stage", row.stage);
    case AccountColumn::Owner:
        return row.ownerName;
    case AccountColumn::Region:
        return row.region;
    case AccountColumn::Industry:
        return row.industry;
    case AccountColumn::LastFollowUp:
        // The day it happened where the user is; the time is in the account's history.
        return row.lastFollowUp.isValid()
                   ? locale.toString(row.lastFollowUp.toLocalTime().date(), QLocale::ShortFormat)
                   : QString();
    case AccountColumn::NextActionDue:
        return row.nextActionDue.isValid() ? locale.toString(row.nextActionDue, QLocale::ShortFormat)
                                           : QString();
    case AccountColumn::OpenPipeline:
        return model::formatMoney(row.openPipeline, QStringLiteral("CNY"), locale);
    case AccountColumn::Contacts:
        return locale.toString(row.contacts);
    }
    return {};
}

QVariant AccountListModel::raw(const AccountRow& row, int column) const
{
    if (const custom::Definition* d = customAt(column))
        return row.custom.value(d->key);
    auto orNull = [](const QString& s) {
        return s.isEmpty() ? QVariant() : QVariant(s);
    };
    switch (columnOf(column)) {
    case AccountColumn::Name:
        return row.name;
    case AccountColumn::Tier:
        return orNull(row.tier);
    case AccountColumn::Stage:
        return orNull(row.stage);
    case AccountColumn::Owner:
        return orNull(row.ownerId);
    case AccountColumn::Region:
        return orNull(row.region);
    case AccountColumn::Industry:
        return orNull(row.industry);
    case AccountColumn::LastFollowUp:
        return row.lastFollowUp.isValid() ? QVariant(row.lastFollowUp) : QVariant();
    case AccountColumn::NextActionDue:
        return row.nextActionDue.isValid() ? QVariant(row.nextActionDue) : QVariant();
    case AccountColumn::OpenPipeline:
        return row.openPipeline;
    case AccountColumn::Contacts:
        return row.contacts;
    }
    return {};
}

void AccountListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= query::kAccountColumnCount)
        return;
    const query::AccountSort next{columnOf(column), order == Qt::DescendingOrder};
    if (next.column == m_sort.column && next.descending == m_sort.descending)
        return;
    // A reset, not a layout change: the model cannot map old rows to new ones
    // without loading every row, and a selection kept by row number would
    // point at other accounts.
    beginResetModel();
    m_sort = next;
    dropPages();
    endResetModel();
}

void AccountListModel::setFilter(const query::AccountFilter& filter)
{
    if (filter == m_filter)
        return;
    beginResetModel();
    m_filter = filter;
    dropPages();
    m_error.clear();
    auto count = query::countAccounts(m_workspace.store().reader(), queryFilter());
    if (!count)
        report(count.message());
    m_count = count ? count.value() : 0;
    endResetModel();
    emit countChanged(m_count);
}

QString AccountListModel::accountId(int row) const
{
    const AccountRow* r = rowAt(row);
    return r ? r->id : QString();
}

void AccountListModel::refresh()
{
    if (loadCustomColumns()) {
        // Columns came or went: a reset, which also recounts.
        beginResetModel();
        dropPages();
        recount();
        endResetModel();
        emit countChanged(m_count);
        return;
    }
    auto count = query::countAccounts(m_workspace.store().reader(), queryFilter());
    if (!count) {
        report(count.message());
        return;
    }
    if (count.value() != m_count) {
        beginResetModel();
        m_count = count.value();
        dropPages();
        endResetModel();
    } else {
        dropPages();
        if (m_count > 0)
            emit dataChanged(index(0, 0), index(m_count - 1, columnCount() - 1));
    }
    emit countChanged(m_count);
}

void AccountListModel::setPageSize(int rows)
{
    beginResetModel();
    m_pageSize = std::max(1, rows);
    dropPages();
    endResetModel();
}

void AccountListModel::setMaxCachedPages(int pages)
{
    m_maxPages = std::max(1, pages);
    while (static_cast<int>(m_recent.size()) > m_maxPages) {
        m_pages.remove(m_recent.front());
        m_recent.pop_front();
    }
}

void AccountListModel::onStoreChanged(const ChangeSet& change)
{
    if (touchesList(change))
        refresh();
}

void AccountListModel::recount()
{
    auto count = query::countAccounts(m_workspace.store().reader(), queryFilter());
    if (!count)
        report(count.message());
    m_count = count ? count.value() : 0;
}

void AccountListModel::dropPages()
{
    m_pages.clear();
    m_recent.clear();
}

const AccountRow* AccountListModel::rowAt(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    const int page = row / m_pageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        auto rows = query::fetchAccounts(m_workspace.store().reader(), queryFilter(), m_sort,
                                         page * m_pageSize, m_pageSize);
        if (!rows) {
            report(rows.message());
            return nullptr;
        }
        ++m_pagesLoaded;
        while (static_cast<int>(m_recent.size()) >= m_maxPages) {
            m_pages.remove(m_recent.front());
            m_recent.pop_front();
        }
        it = m_pages.insert(page, std::move(rows).value());
        m_recent.push_back(page);
    } else if (m_recent.back() != page) {
        m_recent.erase(std::find(m_recent.begin(), m_recent.end(), page));
        m_recent.push_back(page);
    }
    const size_t offset = static_cast<size_t>(row - page * m_pageSize);
    // The store may have lost rows since the count (a remote delete not yet
    // signalled): the row is then empty until the refresh that follows.
    return offset < it->size() ? &(*it)[offset] : nullptr;
}

query::AccountFilter AccountListModel::queryFilter() const
{
    query::AccountFilter f = m_filter;
    f.me = m_workspace.me();
    f.today = m_workspace.today();
    return f;
}

void AccountListModel::report(const QString& error) const
{
    // Once per distinct error: a failing query would otherwise repeat for every cell.
    if (error == m_error)
        return;
    m_error = error;
    emit m_workspace.message(error);
}

} // namespace summit::ui
