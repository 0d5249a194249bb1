#pragma once
// The follow-ups of one account as a list, newest first, loaded a page at a
// time: the view asks for more (canFetchMore/fetchMore) as it scrolls, so an
// account with a thousand follow-ups opens as fast as one with ten.

#include "query/Timeline.h"

#include <QAbstractListModel>
#include <vector>

namespace summit {
class Store;
}

namespace summit::ui {

class FollowUpTimelineModel : public QAbstractListModel
{
    Q_OBJECT
public:
    static constexpr int kPageSize = 100;

    enum Role
    {
        IdRole = Qt::UserRole + 1,
        WhenRole,        // local date and time, formatted
        TypeRole,        // type key ("visit")
        TypeLabelRole,   // translated type
        ContactsRole,    // contact names, joined
        ContactIdsRole,  // QStringList
        OpportunityRole, // opportunity name
        AuthorRole,      // author name
        SummaryRole,     //
        OutcomeRole,     //
        NextActionRole,  // next action with its due date, formatted
    };

    explicit FollowUpTimelineModel(Store& store, QObject* parent = nullptr);

    // Shows the follow-ups matching `filter` from the newest; loads the first page.
    void setFilter(const query::TimelineFilter& filter);
    const query::TimelineFilter& filter() const { return m_filter; }
    // Reads again after a change, keeping as many rows loaded as before.
    void reload();
    // All matching follow-ups, loaded or not.
    int totalCount() const { return m_total; }
    // The last error from the store, empty when reading worked.
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    std::vector<query::TimelineEntry> read(int offset, int limit);

    Store& m_store;
    query::TimelineFilter m_filter;
    std::vector<query::TimelineEntry> m_rows;
    int m_total = 0;
    QString m_error;
};

} // namespace summit::ui
