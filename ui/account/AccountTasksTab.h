#pragma once
// The tasks tab of the account 360° view: open tasks first by due date, then
// the done and cancelled ones; overdue tasks stand out (bold, a red text
// colour that suits the palette). "Mark done" (Space) completes or reopens the
// current task; "New task…" (Insert) opens a small inline form.

#include <QWidget>

class QAction;
class QComboBox;
class QDateEdit;
class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeView;

namespace summit {
struct ChangeSet;
}

namespace summit::ui {
namespace forms {
class RecordActions;
}

class Workspace;

class AccountTasksTab : public QWidget
{
    Q_OBJECT
public:
    enum Column
    {
        TitleColumn,
        DueColumn,
        AssigneeColumn,
        StatusColumn,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int OverdueRole = Qt::UserRole + 2;

    AccountTasksTab(Workspace& workspace, const QString& accountId, QWidget* parent = nullptr);
    ~AccountTasksTab() override;

    QTreeView* view() const { return m_view; }
    forms::RecordActions* actions() const { return m_actions; }
    // Completes the current task, or reopens it when it is done (Space).
    QAction* markDoneAction() const { return m_markDone; }
    // Shows the inline form for a new task (Insert).
    QAction* newTaskAction() const { return m_newTask; }

    QString currentTaskId() const;
    void selectTask(const QString& id);
    // AccountView::selectRecord's hook for tasks: false when the task is not in the list.
    Q_INVOKABLE bool selectRecord(const QString& id);

    // The inline form, for keyboard users and tests.
    QFrame* newTaskForm() const { return m_form; }
    QLineEdit* newTaskTitle() const { return m_title; }
    QDateEdit* newTaskDue() const { return m_due; }
    QComboBox* newTaskAssignee() const { return m_assignee; }
    QPushButton* addTaskButton() const { return m_add; }
    QLabel* newTaskError() const { return m_error; }

protected:
    bool event(QEvent* e) override;

private:
    class Model;
    QWidget* buildForm();
    void toggleDone();
    void showForm();
    void hideForm();
    void addTask();
    void onStoreChanged(const ChangeSet& change);
    void updateActions();

    Workspace& m_workspace;
    QString m_accountId;
    Model* m_model = nullptr;
    QTreeView* m_view = nullptr;
    forms::RecordActions* m_actions = nullptr;
    QAction* m_markDone = nullptr;
    QAction* m_newTask = nullptr;
    QFrame* m_form = nullptr;
    QLineEdit* m_title = nullptr;
    QDateEdit* m_due = nullptr;
    QComboBox* m_assignee = nullptr;
    QPushButton* m_add = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace summit::ui
