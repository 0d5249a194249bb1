#pragma once
// The history tab of the account 360° view: every change to the account and
// to its records (contacts, units, coverage, opportunities, follow-ups, tasks,
// …), newest first — who, when, which record, which field, old → new — read a
// page at a time as the list scrolls.

#include <QWidget>

class QAbstractItemModel;
class QAction;
class QLabel;
class QTreeView;

namespace summit {
struct ChangeSet;
}

namespace summit::ui {

class Workspace;

class AccountHistoryTab : public QWidget
{
    Q_OBJECT
public:
    enum Column
    {
        WhenColumn,
        WhoColumn,
        RecordColumn,
        FieldColumn,
        OldColumn,
        NewColumn,
        ColumnCount
    };
    static constexpr int RecordIdRole = Qt::UserRole + 1;
    static constexpr int KindRole = Qt::UserRole + 2; // create, set, move, delete, restore
    static constexpr int PageSize = 100;              // operations read per page

    AccountHistoryTab(Workspace& workspace, const QString& accountId, QWidget* parent = nullptr);
    ~AccountHistoryTab() override;

    QTreeView* view() const { return m_view; }
    QAbstractItemModel* model() const;
    // Opens the record of the current row (workspace.openRecordRequested); Return or a double click.
    QAction* openAction() const { return m_openAction; }

private:
    class Model;
    void onStoreChanged(const ChangeSet& change);

    Workspace& m_workspace;
    QString m_accountId;
    Model* m_model = nullptr;
    QTreeView* m_view = nullptr;
    QLabel* m_status = nullptr;
    QAction* m_openAction = nullptr;
};

} // namespace summit::ui
