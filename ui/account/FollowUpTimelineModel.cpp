#include "ui/account/FollowUpTimelineModel.h"
#include "ui/UiText.h"

#include "model/Display.h"
#include "model/Schema.h"
#include "store/Store.h"

#include <algorithm>

namespace summit::ui {

FollowUpTimelineModel::FollowUpTimelineModel(Store& store, QObject* parent)
    : QAbstractListModel(parent), m_store(store)
{}

std::vector<query::TimelineEntry> FollowUpTimelineModel::read(int offset, int limit)
{
    auto r = query::accountFollowUps(m_store.reader(), m_filter, offset, limit);
    if (!r) {
        m_error = r.message();
        return {};
    }
    m_error.clear();
    return std::move(r).value();
}

void FollowUpTimelineModel::setFilter(const query::TimelineFilter& filter)
{
    m_filter = filter;
    beginResetModel();
    m_rows.clear();
    auto count = query::countAccountFollowUps(m_store.reader(), m_filter);
    m_total = count ? count.value() : 0;
    m_rows = read(0, kPageSize);
    endResetModel();
}

void FollowUpTimelineModel::reload()
{
    // Whole pages, so that the next fetchMore continues at a page boundary.
    const int loaded = std::max<int>(kPageSize, int(m_rows.size()));
    beginResetModel();
    auto count = query::countAccountFollowUps(m_store.reader(), m_filter);
    m_total = count ? count.value() : 0;
    m_rows = read(0, loaded);
    endResetModel();
}

int FollowUpTimelineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

bool FollowUpTimelineModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && int(m_rows.size()) < m_total;
}

void FollowUpTimelineModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    std::vector<query::TimelineEntry> more = read(int(m_rows.size()), kPageSize);
    if (more.empty()) {
        m_total = int(m_rows.size()); // the book shrank under us: stop asking
        return;
    }
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(more.size()) - 1);
    std::move(more.begin(), more.end(), std::back_inserter(m_rows));
    endInsertRows();
}

QVariant FollowUpTimelineModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const query::TimelineEntry& e = m_rows[size_t(index.row())];
    auto contacts = [&] {
        QStringList names;
        for (int i = 0; i < e.contactIds.size(); ++i)
            names << (e.contactNames.value(i).isEmpty() ? UiText::tr("(unknown contact)")
                                                        : e.contactNames.value(i));
        return names.join(QStringLiteral(", "));
    };
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: {
        // One readable line: what screen readers say and what copy gives.
        const QString when = model::formatDateTime(e.at);
        const QString type = model::enumLabel(u"type", e.type);
        const QString who = contacts();
        return UiText::tr("%1 · %2 · %3: %4").arg(when, type, who, e.summary);
    }
    case Qt::ToolTipRole:
        return e.summary;
    case IdRole:
        return e.id;
    case WhenRole:
        return model::formatDateTime(e.at);
    case TypeRole:
        return e.type;
    case TypeLabelRole:
        return model::enumLabel(u"type", e.type);
    case ContactsRole:
        return contacts();
    case ContactIdsRole:
        return e.contactIds;
    case OpportunityRole:
        return e.opportunityName;
    case AuthorRole:
        return e.authorName;
    case SummaryRole:
        return e.summary;
    case OutcomeRole:
        return e.outcome;
    case NextActionRole: {
        if (e.nextAction.isEmpty())
            return QString();
        if (e.nextDue.isEmpty())
            return e.nextAction;
        const QString due = model::formatDate(e.nextDue);
        return UiText::tr("%1 (due %2)").arg(e.nextAction, due);
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> FollowUpTimelineModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "followUpId");
    names.insert(WhenRole, "when");
    names.insert(TypeRole, "type");
    names.insert(TypeLabelRole, "typeLabel");
    names.insert(ContactsRole, "contacts");
    names.insert(ContactIdsRole, "contactIds");
    names.insert(OpportunityRole, "opportunity");
    names.insert(AuthorRole, "author");
    names.insert(SummaryRole, "summary");
    names.insert(OutcomeRole, "outcome");
    names.insert(NextActionRole, "nextAction");
    return names;
}

} // namespace summit::ui
