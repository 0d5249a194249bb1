#pragma once
// A lazy table over one record type (opportunities, tasks, follow-ups,
// contracts, receivables, service requests, surveys): rows
// arrive 200 at a time as the view scrolls (fetchMore), with the account's
// name and the responsible member's name beside each record. Sorting and
// filtering are done by the query in core, so a million follow-ups are never
// all in memory.

#include "query/RecordList.h"
#include "store/CustomFields.h"

#include <QAbstractTableModel>
#include <QVariantMap>
#include <vector>

namespace summit {
class Store;
}

namespace summit::ui {

class RecordListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int kPageSize = 200;
    static constexpr int kIdRole = Qt::UserRole; // the record id of a row

    RecordListModel(Store& store, const QString& entity, QObject* parent = nullptr);

    QString entity() const { return m_filter.entity; }
    // Filters: field -> value (all must match) and "only records of this member".
    void setFilter(const QVariantMap& equals, const QString& member);
    // Only these records (a drill-down from the dashboard); nullopt lists all.
    void setOnly(const std::optional<QStringList>& ids);
    const query::RecordListFilter& filter() const { return m_filter; }

    // Reads again from the start, as many rows as were loaded (at least a page).
    void reload();
    QString errorText() const { return m_error; }

    QString idAt(int row) const;
    const QVariantMap& recordAt(int row) const { return m_rows.at(size_t(row)); }
    bool isSortable(int column) const;
    // The column of the record's main text (summary, title, name), or -1.
    int mainColumn() const;
    int sortColumn() const;
    Qt::SortOrder sortOrder() const { return m_filter.descending ? Qt::DescendingOrder : Qt::AscendingOrder; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    // The query failed; the text says why (shown by the view).
    void failed(const QString& message);

private:
    struct Column
    {
        QString key; // a field, query::kAccountNameKey or query::kMemberNameKey
        QString header;
        bool sortable = false;
        int custom = -1; // the index in m_custom of a custom field's column
    };
    void defineColumns();
    // The custom fields shown as columns, after the built-in ones.
    void defineCustomColumns();
    std::vector<QVariantMap> load(const query::PageCursor& after, int limit);
    QString display(const Column& column, const QVariantMap& row) const;

    Store& m_store;
    query::RecordListFilter m_filter;
    std::vector<Column> m_columns;
    size_t m_builtInColumns = 0;
    std::vector<custom::Definition> m_custom;
    std::vector<QVariantMap> m_rows;
    bool m_more = false;
    QString m_error;
};

} // namespace summit::ui
