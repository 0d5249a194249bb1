#pragma once
// The playbooks tab of the account 360° view: each playbook run on the account
// (the trigger in words, how many steps are finished) with its steps: done,
// cancelled, open with the due date, late (bold, in the palette's red, and said
// in words), or waiting for the steps named. "Start playbook" starts one by
// hand; activating a step opens its task on the Tasks tab.

#include <QWidget>

class QLabel;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace summit {
struct ChangeSet;
}

namespace summit::ui {

class Workspace;

class AccountPlaybooksTab : public QWidget
{
    Q_OBJECT
public:
    enum Column
    {
        StepColumn,
        StateColumn,
        DueColumn,
        AssigneeColumn,
        ColumnCount
    };
    static constexpr int TaskRole = Qt::UserRole + 1;  // a step's first task id
    static constexpr int StateRole = Qt::UserRole + 2; // a step's state key: done, late, …

    AccountPlaybooksTab(Workspace& workspace, const QString& accountId, QWidget* parent = nullptr);

    QTreeWidget* view() const { return m_view; }
    QToolButton* startButton() const { return m_start; }
    QLabel* summary() const { return m_summary; }
    // Starts the playbook on the account (the start button's menu calls it); false with a
    // message shown when it cannot start.
    bool start(const QString& playbookId);
    void reload();

signals:
    // A step was activated: its task, to show on the Tasks tab.
    void taskActivated(const QString& taskId);

private:
    void onStoreChanged(const ChangeSet& change);
    void fillMenu();

    Workspace& m_workspace;
    QString m_accountId;
    QLabel* m_summary = nullptr;
    QLabel* m_message = nullptr;
    QToolButton* m_start = nullptr;
    QTreeWidget* m_view = nullptr;
};

} // namespace summit::ui
