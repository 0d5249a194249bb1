#pragma once
// The team's playbooks (Team page, "Playbooks" tab): each with its trigger in
// words and its steps (deadline, who, what it waits for), switched on or off;
// a broken one (a teammate's edit Summit cannot run) marked with its problem.
// Team leads and administrators switch them, write new ones and edit them in a
// dialog (its steps in a table), each one undoable change; others read.

#include "rules/Playbooks.h"
#include "ui/team/TeamConfigList.h"

#include <QDialog>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace summit::ui {

class Workspace;

class PlaybooksView : public TeamConfigList
{
    Q_OBJECT
public:
    enum Column
    {
        OnColumn = TeamConfigList::OnColumn,
        NameColumn = TeamConfigList::KeyColumn,
        StepsColumn,
        ColumnCount
    };

    explicit PlaybooksView(Workspace& workspace, QWidget* parent = nullptr);

    QString currentPlaybook() const { return currentId(); }

public slots:
    void reload() override;

private:
    Status setSwitchedOn(const QString& id, bool on) override;
};

// A playbook's fields in a form and its steps in a table (key, title, deadline, unit, roles,
// the steps it waits for). Save checks the whole playbook (a step that waits for itself, an
// unknown role) and shows why it was refused, writing nothing.
class PlaybookDialog : public QDialog
{
    Q_OBJECT
public:
    enum StepColumn
    {
        KeyColumn,
        TitleColumn,
        DueColumn,
        UnitColumn,
        RolesColumn,
        AfterColumn,
        StepColumnCount
    };
    // `playbook` with an empty id: a new one.
    PlaybookDialog(Workspace& workspace, const rules::Playbook& playbook, QWidget* parent = nullptr);

    QLineEdit* nameEdit() const { return m_name; }
    QComboBox* triggerBox() const { return m_trigger; }
    QComboBox* stageBox() const { return m_stage; }
    QLineEdit* tiersEdit() const { return m_tiers; }
    QTableWidget* steps() const { return m_steps; }
    // Adds an empty step row and returns its row.
    int addStep();
    QString errorText() const;
    // The playbook as the form has it.
    rules::Playbook playbook() const;
    // Writes it (new: every field; edit: the fields changed); false with the reason shown.
    bool save();

private:
    void fillStages();

    Workspace& m_workspace;
    rules::Playbook m_original;
    QLineEdit* m_name = nullptr;
    QComboBox* m_trigger = nullptr;
    QComboBox* m_stage = nullptr;
    QLineEdit* m_tiers = nullptr;
    QTableWidget* m_steps = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace summit::ui
