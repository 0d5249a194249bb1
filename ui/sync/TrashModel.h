#pragma once
// Deleted records as a table: type, title, when and by whom they were deleted.

#include "query/Trash.h"

#include <QAbstractTableModel>

namespace summit::ui {

class Workspace;

class TrashModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Type,
        Title,
        Deleted,
        DeletedBy,
        ColumnCount
    };

    explicit TrashModel(Workspace& workspace, QObject* parent = nullptr);

    // Re-reads the trash; returns an error message, empty on success.
    QString reload();
    const TrashRow& record(int row) const { return m_rows[size_t(row)]; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Workspace& m_workspace;
    std::vector<TrashRow> m_rows;
    std::vector<QString> m_who; // display names of the authors, resolved once per reload
};

} // namespace summit::ui
