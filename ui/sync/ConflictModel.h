#pragma once
// Open conflicts as a table: the record, the field, the value it has now and
// the value that lost, each with who wrote it and when. Read from the store by
// reload(); the view decides when (on changes, while visible).

#include "store/Queries.h"

#include <QAbstractTableModel>

namespace summit::ui {

class Workspace;

class ConflictModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Record,
        Field,
        Current,
        CurrentBy,
        Other,
        OtherBy,
        ColumnCount
    };

    explicit ConflictModel(Workspace& workspace, QObject* parent = nullptr);

    // Re-reads the conflicts; returns an error message, empty on success.
    QString reload();
    const ConflictRow& conflict(int row) const { return m_rows[size_t(row)].conflict; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        ConflictRow conflict;
        QString record, field, current, currentBy, other, otherBy, explanation;
    };
    QString whoAndWhen(const QString& author, quint64 hlc, const QString& fallback);

    Workspace& m_workspace;
    std::vector<Row> m_rows;
};

} // namespace summit::ui
