#pragma once
// The team's rules (Team page, "Rules" tab): each rule as a sentence in the
// user's language, switched on or off, a broken one (a teammate's edit Summit
// cannot run) marked with its problem. New, Edit and Delete go through the
// domain commands (undoable); "Test against today" lists the tasks a rule
// would make now, computed off the GUI thread, before it is switched on. Team
// leads and administrators edit; others read. Under the rules, the working
// calendar: the years whose holidays are built in, and the team's own days.

#include "rules/RuleEngine.h"

#include <QDialog>
#include <QWidget>
#include <memory>

class QAction;
class QLabel;
class QTableWidget;
class QVBoxLayout;

namespace summit {
struct ChangeSet;
}

namespace summit::ui {

class Workspace;

class RulesView : public QWidget
{
    Q_OBJECT
public:
    explicit RulesView(Workspace& workspace, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    QAction* newAction() const { return m_new; }
    QAction* editAction() const { return m_edit; }
    QAction* testAction() const { return m_test; }
    QAction* deleteAction() const { return m_delete; }
    QString currentRule() const;
    bool selectRule(const QString& id);
    QString errorText() const;
    // The team's own days under the rules (a company holiday, a weekend day worked).
    QTableWidget* calendarDays() const { return m_days; }
    bool addCalendarDay(const QDate& date, bool workday, const QString& name);

public slots:
    void reload();
    // Switches the current rule on or off (one undoable change).
    bool toggleCurrent();
    // Opens the test run of the current rule.
    void testCurrent();

private:
    void onStoreChanged(const ChangeSet& change);
    void showError(const QString& message);
    void updateActions();
    void buildCalendar(QVBoxLayout* layout);
    void reloadCalendar();

    Workspace& m_workspace;
    QTableWidget* m_table = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_readOnly = nullptr;
    QAction* m_new = nullptr;
    QAction* m_edit = nullptr;
    QAction* m_toggle = nullptr;
    QAction* m_test = nullptr;
    QAction* m_delete = nullptr;
    bool m_mayEdit = true;
    QTableWidget* m_days = nullptr;
    QLabel* m_calendarNote = nullptr;
    QAction* m_addDay = nullptr;
    QAction* m_removeDay = nullptr;
};

// A rule's fields in a form, with the sentence it makes under them.
class RuleDialog : public QDialog
{
    Q_OBJECT
public:
    // `rule` empty id: a new rule.
    RuleDialog(Workspace& workspace, const rules::Rule& rule, QWidget* parent = nullptr);
    ~RuleDialog() override;
    rules::Rule rule() const;
    QString sentence() const;
    QString errorText() const;
    // Writes the rule (new: every field; edit: the fields changed); false with the reason shown.
    bool save();

private:
    void update();

    Workspace& m_workspace;
    rules::Rule m_original;
    struct Fields;
    std::unique_ptr<Fields> m_f; // the form's widgets (owned by the dialog; the struct by this)
};

// The tasks a rule would make today, listed; computed on a thread of its own.
class RuleTestDialog : public QDialog
{
    Q_OBJECT
public:
    RuleTestDialog(const QString& databasePath, const rules::Rule& rule, QWidget* parent = nullptr);
    QTableWidget* table() const { return m_table; }
    QString summaryText() const;
    bool isDone() const { return m_done; }

signals:
    void computed();

private:
    void show(const Result<rules::RuleEvaluation>& result);

    QTableWidget* m_table = nullptr;
    QLabel* m_summary = nullptr;
    bool m_done = false;
};

} // namespace summit::ui
