#pragma once
// The account list as a table model that never holds the whole list: the row
// count comes from one count query, rows are fetched a page at a time when the
// view asks for them, and only a few pages stay cached. Sorting and filtering
// re-query the store (query/AccountList.h) instead of sorting rows in memory,
// which is what lets the list scroll 100,000 accounts.

#include "query/AccountList.h"
#include "store/CustomFields.h"

#include <QAbstractTableModel>
#include <QHash>
#include <deque>
#include <vector>

namespace summit {
struct ChangeSet;
}

namespace summit::ui {

class Workspace;

class AccountListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role
    {
        // The stored value behind a cell (enum key, member id, UTC QDateTime,
        // QDate, qint64 minor units, int), for tests and copying.
        RawRole = Qt::UserRole,
        // The account's id, in every column.
        IdRole,
    };

    explicit AccountListModel(Workspace& workspace, QObject* parent = nullptr);
    ~AccountListModel() override;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // The user's filter; "me" and "today" are filled in from the workspace.
    void setFilter(const query::AccountFilter& filter);
    query::AccountFilter filter() const { return m_filter; }
    query::AccountSort sortOrder() const { return m_sort; }
    QString accountId(int row) const;

    // Counts again and drops the cached pages, keeping filter and sort. The
    // model is reset only when the number of rows changed.
    void refresh();

    void setPageSize(int rows);
    int pageSize() const { return m_pageSize; }
    void setMaxCachedPages(int pages);
    // Pages fetched from the store since the model was made (a seam for tests
    // and benchmarks: proves that scrolling loads only what is shown).
    int pagesLoaded() const { return m_pagesLoaded; }
    QString lastError() const { return m_error; }

signals:
    // The number of accounts matching the filter changed (or was recounted).
    void countChanged(int count);

private:
    void onStoreChanged(const summit::ChangeSet& change);
    void recount();
    void dropPages();
    const query::AccountRow* rowAt(int row) const;
    query::AccountFilter queryFilter() const;
    void report(const QString& error) const;
    QVariant display(const query::AccountRow& row, int column) const;
    QVariant raw(const query::AccountRow& row, int column) const;
    // The custom field of a column after the built-in ones, or null.
    const custom::Definition* customAt(int column) const;
    // Reads the custom fields shown as columns; true when they changed.
    bool loadCustomColumns();

    Workspace& m_workspace;
    query::AccountFilter m_filter;
    query::AccountSort m_sort;
    int m_count = 0;
    std::vector<custom::Definition> m_custom; // custom fields shown as columns, after the built-in ones
    int m_pageSize = 200;
    int m_maxPages = 8;
    // Cached pages by number, and their use order (most recent at the back).
    mutable QHash<int, std::vector<query::AccountRow>> m_pages;
    mutable std::deque<int> m_recent;
    mutable int m_pagesLoaded = 0;
    mutable QString m_error;
};

} // namespace summit::ui
