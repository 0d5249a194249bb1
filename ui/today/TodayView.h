#pragma once
// The Today page: what needs me today. My overdue tasks and tasks due today,
// next actions from follow-ups coming due with no task behind them, accounts
// quiet for longer than their tier allows, and what teammates changed in the
// last week. Enter or a double-click opens a row's record; a task can be
// marked done from here (undoable, through the workspace).

#include <QWidget>

class QAction;
class QCheckBox;
class QLabel;
class QTimer;

namespace summit::ui {

class TodaySection;
class Workspace;

class TodayView : public QWidget
{
    Q_OBJECT
public:
    TodayView(Workspace& workspace, QWidget* parent = nullptr);

    // Marks the current task of the Overdue or Due today list done (Ctrl+Return).
    QAction* markDoneAction() const { return m_markDone; }
    // Shows only accounts where I am in the team among the quiet accounts.
    QCheckBox* onlyMineBox() const { return m_onlyMine; }

    TodaySection* overdueSection() const { return m_overdue; }
    TodaySection* dueTodaySection() const { return m_dueToday; }
    TodaySection* nextActionsSection() const { return m_nextActions; }
    TodaySection* quietSection() const { return m_quiet; }
    TodaySection* recentSection() const { return m_recent; }

signals:
    // Every section has been read again.
    void refreshed();

public slots:
    // Reads every section again (the store's changes arrive here, coalesced).
    void refresh();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void open(const QString& id, const QString& kind);
    void markCurrentTaskDone();
    TodaySection* currentTaskSection() const;
    void fillTasks();
    void fillNextActions();
    void fillQuiet();
    void fillRecent();

    Workspace& m_workspace;
    QLabel* m_heading = nullptr;
    QLabel* m_error = nullptr;
    TodaySection* m_overdue = nullptr;
    TodaySection* m_dueToday = nullptr;
    TodaySection* m_nextActions = nullptr;
    TodaySection* m_quiet = nullptr;
    TodaySection* m_recent = nullptr;
    QCheckBox* m_onlyMine = nullptr;
    QAction* m_markDone = nullptr;
    QTimer* m_refreshTimer = nullptr;
    TodaySection* m_lastTaskSection = nullptr;
    bool m_stale = true;
};

} // namespace summit::ui
