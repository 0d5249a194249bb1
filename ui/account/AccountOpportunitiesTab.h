#pragma once
// The opportunities tab of the account 360° view: the account's deals by stage
// (qualify … commit, then won and lost) with amount, probability, expected
// close and owner; below, the buying center of the selected deal (the contacts
// and their role in it). The stage is edited in place (F2 on the stage column
// opens a combo box); "Log follow-up about this opportunity" asks the main
// window for the quick follow-up dialog, prefilled with the deal.

#include <QWidget>

class QAction;
class QLabel;
class QStandardItemModel;
class QTableView;
class QTreeView;

namespace summit {
struct ChangeSet;
}

namespace summit::ui {
namespace forms {
class RecordActions;
}

class Workspace;

class AccountOpportunitiesTab : public QWidget
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        StageColumn,
        AmountColumn,
        ProbabilityColumn,
        CloseColumn,
        OwnerColumn,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 1;
    // Buying center columns.
    enum CenterColumn
    {
        ContactColumn,
        RoleColumn,
        JobTitleColumn,
        StanceColumn,
        CenterColumnCount
    };

    AccountOpportunitiesTab(Workspace& workspace, const QString& accountId, QWidget* parent = nullptr);
    ~AccountOpportunitiesTab() override;

    QTableView* view() const { return m_view; }
    QTreeView* buyingCenterView() const { return m_centerView; }
    // Emits workspace.logFollowUpRequested(accountId, {}, current opportunity).
    QAction* logFollowUpAction() const { return m_logAction; }
    // Opens the current opportunity (workspace.openRecordRequested); Return or a double click.
    QAction* openAction() const { return m_openAction; }

    // New opportunity (Ctrl+N), Delete; add and remove people of the buying center.
    forms::RecordActions* actions() const { return m_actions; }
    QAction* addBuyingRoleAction() const { return m_addRole; }
    QAction* removeBuyingRoleAction() const { return m_removeRole; }

    QString currentOpportunityId() const;
    void selectOpportunity(const QString& id);

private:
    class Model;
    class StageDelegate;
    void onStoreChanged(const ChangeSet& change);
    void reload();
    void showBuyingCenter();

    Workspace& m_workspace;
    forms::RecordActions* m_actions = nullptr;
    QAction* m_addRole = nullptr;
    QAction* m_removeRole = nullptr;
    QString m_accountId;
    Model* m_model = nullptr;
    QTableView* m_view = nullptr;
    QStandardItemModel* m_center = nullptr;
    QTreeView* m_centerView = nullptr;
    QLabel* m_centerTitle = nullptr;
    QAction* m_logAction = nullptr;
    QAction* m_openAction = nullptr;
    bool m_reloadPending = false;
};

} // namespace summit::ui
