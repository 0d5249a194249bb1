#pragma once
// The Organisation tab of the account view: the org-unit tree on the left
// (drag a unit onto another to re-parent it, or Move to… with Ctrl+M), the
// contacts of the selected unit on the right. Refused moves (a cycle, another
// account) are shown in an inline message bar above the tree.

#include "ui/account/OrgTreeModel.h"

#include <QWidget>
#include <functional>
#include <optional>

class QAction;
class QLabel;
class QStandardItemModel;
class QTableView;
class QTreeView;

namespace summit::ui {
namespace forms {
class RecordActions;
}

class MessageBar;
class Workspace;

class AccountOrgTab : public QWidget
{
    Q_OBJECT
public:
    AccountOrgTab(Workspace& workspace, const QString& accountId, QWidget* parent = nullptr);

    // Seam for Move to…: picks the new parent among `choices` for the unit
    // named `unitName`; nullopt when cancelled, an empty id for the top level.
    using ParentChooser = std::function<std::optional<QString>(
        QWidget* parent, const QString& unitName, const std::vector<OrgTreeModel::Choice>& choices)>;
    void setParentChooser(ParentChooser chooser) { m_chooser = std::move(chooser); }

    OrgTreeModel* treeModel() const { return m_model; }
    QTreeView* treeView() const { return m_tree; }
    QStandardItemModel* contactsModel() const { return m_contacts; }
    MessageBar* messageBar() const { return m_messages; }
    QAction* moveAction() const { return m_moveAction; }
    // New sub-unit (Ctrl+N) and Delete of units; New person and Delete in the unit's people.
    forms::RecordActions* unitActions() const { return m_unitActions; }
    forms::RecordActions* contactActions() const { return m_contactActions; }
    QAction* siblingAction() const { return m_siblingAction; }

    QString currentUnit() const;
    // Selects and reveals a unit; false if the account has no such unit.
    bool selectUnit(const QString& id);

public slots:
    // Re-reads the tree, keeping the current unit and the expanded branches.
    void reload();
    // Asks for a new parent of the current unit and moves it there.
    void moveCurrentUnit();

signals:
    void editRequested(const QString& entity, const QString& id);
    // A contact of the right-hand list was activated (Enter or double-click).
    void contactActivated(const QString& contactId);

private:
    void showContactsOf(const QString& unitId);
    void collectExpanded(const QModelIndex& parent, QStringList& out) const;

    Workspace& m_workspace;
    QString m_accountId;
    OrgTreeModel* m_model = nullptr;
    QTreeView* m_tree = nullptr;
    forms::RecordActions* m_unitActions = nullptr;
    forms::RecordActions* m_contactActions = nullptr;
    QAction* m_siblingAction = nullptr;
    QStandardItemModel* m_contacts = nullptr;
    QTableView* m_contactView = nullptr;
    QLabel* m_contactsTitle = nullptr;
    MessageBar* m_messages = nullptr;
    QAction* m_moveAction = nullptr;
    QAction* m_editAction = nullptr;
    ParentChooser m_chooser;
    bool m_loaded = false;
};

} // namespace summit::ui
