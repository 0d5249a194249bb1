#pragma once
// The Team page: the team's members with their role, whether they are still
// on the team, and what they hold (accounts as AM, SA or DE, open tasks, open
// deals). New member, Edit, Mark as left — which hands everything they hold to
// a successor in one undoable change — and Rejoin. Deleting the last admin,
// or giving work to someone who left, is refused with the reason. Further tabs
// hold the team's custom fields, its tier and health model, its rules, playbooks
// and stage gates.

#include <QStringList>
#include <QWidget>
#include <functional>
#include <optional>

class QAction;
class QLabel;
class QTabWidget;
class QTableWidget;

namespace summit {
struct ChangeSet;
}

namespace summit::ui {
namespace forms {
class RecordActions;
}

class AccountModelView;
class CustomFieldsView;
class PlaybooksView;
class RulesView;
class Workspace;

class TeamPage : public QWidget
{
    Q_OBJECT
public:
    explicit TeamPage(Workspace& workspace, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    QTabWidget* tabs() const { return m_tabs; }
    CustomFieldsView* customFields() const { return m_customFields; }
    AccountModelView* accountModel() const { return m_accountModel; }
    RulesView* rules() const { return m_rules; }
    PlaybooksView* playbooks() const { return m_playbooks; }
    forms::RecordActions* actions() const { return m_actions; }
    QAction* leaveAction() const { return m_leave; }
    QAction* rejoinAction() const { return m_rejoin; }
    QString errorText() const;
    QString currentMember() const;
    bool selectMember(const QString& id);

    // Picks who takes over from `name` among (id, name) choices, showing what
    // they hand over; nullopt cancels; an empty id is allowed only when
    // nothing is handed over. Tests replace it.
    using ChooseSuccessor =
        std::function<std::optional<QString>(QWidget* parent, const QString& name, const QString& holdings,
                                             const std::vector<std::pair<QString, QString>>& choices)>;
    static ChooseSuccessor chooseSuccessor;

public slots:
    void reload();
    // Marks the current member as left after asking for a successor.
    bool leaveCurrent();
    bool rejoinCurrent();

private:
    void onStoreChanged(const ChangeSet& change);
    void showError(const QString& message);

    Workspace& m_workspace;
    QTableWidget* m_table = nullptr;
    QTabWidget* m_tabs = nullptr;
    CustomFieldsView* m_customFields = nullptr;
    AccountModelView* m_accountModel = nullptr;
    RulesView* m_rules = nullptr;
    PlaybooksView* m_playbooks = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_summary = nullptr;
    forms::RecordActions* m_actions = nullptr;
    QAction* m_edit = nullptr;
    QAction* m_leave = nullptr;
    QAction* m_rejoin = nullptr;
};

} // namespace summit::ui
