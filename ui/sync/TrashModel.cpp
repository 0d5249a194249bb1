#include "ui/sync/TrashModel.h"
#include "ui/UiText.h"

#include "model/Schema.h"
#include "store/Hlc.h"
#include "ui/Workspace.h"

#include <QHash>
#include <QLocale>

namespace summit::ui {

TrashModel::TrashModel(Workspace& workspace, QObject* parent)
    : QAbstractTableModel(parent), m_workspace(workspace)
{}

QString TrashModel::reload()
{
    auto rows = listTrashRows(m_workspace.store().reader());
    beginResetModel();
    m_rows = rows ? std::move(rows.value()) : std::vector<TrashRow>();
    m_who.clear();
    QHash<QString, QString> names; // a handful of team members delete most things
    for (const TrashRow& r : m_rows) {
        if (r.author.isEmpty()) {
            m_who.push_back(UiText::tr("unknown"));
            continue;
        }
        auto it = names.find(r.author);
        if (it == names.end())
            it = names.insert(r.author, m_workspace.titleOf(r.author));
        m_who.push_back(it.value());
    }
    endResetModel();
    return rows ? QString() : rows.message();
}

int TrashModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TrashModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TrashModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()) || role != Qt::DisplayRole)
        return {};
    const TrashRow& r = m_rows[size_t(index.row())];
    switch (index.column()) {
    case Type:
        return model::entityLabel(r.entity);
    case Title:
        return r.title.isEmpty() ? r.id : r.title;
    case Deleted: {
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(HybridClock::millis(r.deletedHlc)).toLocalTime();
        return QLocale().toString(at, QLocale::ShortFormat);
    }
    case DeletedBy:
        return m_who[size_t(index.row())];
    default:
        return {};
    }
}

QVariant TrashModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Type:
        return UiText::tr("Type");
    case Title:
        return UiText::tr("Name");
    case Deleted:
        return UiText::tr("Deleted", "trash column: when it was deleted");
    case DeletedBy:
        return UiText::tr("Deleted by");
    default:
        return {};
    }
}

} // namespace summit::ui
