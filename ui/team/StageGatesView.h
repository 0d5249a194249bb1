#pragma once
// The team's stage gates (Team page, "Stage gates" tab): for each, the record
// type and the stage it guards and what must be filled in before a record may
// enter it (rules/StageGates.h), switched on or off. Team leads and
// administrators switch them, add their own and edit them in a dialog that
// lists the fields to tick; a gate the team added can be deleted, a shipped one
// only switched off. Every change is one undoable step; others read.

#include "rules/StageGates.h"
#include "ui/team/TeamConfigList.h"

#include <QDialog>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;

namespace summit::ui {

class Workspace;

class StageGatesView : public TeamConfigList
{
    Q_OBJECT
public:
    enum Column
    {
        OnColumn = TeamConfigList::OnColumn,
        StageColumn = TeamConfigList::KeyColumn,
        NeedsColumn,
        ColumnCount
    };

    explicit StageGatesView(Workspace& workspace, QWidget* parent = nullptr);

    QString currentGate() const { return currentId(); }

public slots:
    void reload() override;

private:
    Status setSwitchedOn(const QString& id, bool on) override;
    void openDialog(const rules::StageGate& gate);
};

// One gate: the record type, the stage, and the items to require, each a
// checkable line (the record's fields by their labels; for an opportunity also
// "people in the buying center"). Save writes only what changed; a refusal is
// shown in the dialog and nothing is written.
class StageGateDialog : public QDialog
{
    Q_OBJECT
public:
    StageGateDialog(Workspace& workspace, const rules::StageGate& gate, QWidget* parent = nullptr);

    QComboBox* appliesTo() const { return m_appliesTo; }
    QComboBox* stage() const { return m_stage; }
    QListWidget* needs() const { return m_needs; }
    QCheckBox* enabled() const { return m_enabled; }
    QString errorText() const;
    // Ticks exactly the items in `items` (field names or rules::kBuyingCenter).
    void setNeeds(const QStringList& items);
    QStringList checkedNeeds() const;
    // Writes the gate; false, with the reason shown, when it is refused.
    bool save();

private:
    void fillChoices();

    Workspace& m_workspace;
    rules::StageGate m_original;
    QComboBox* m_appliesTo = nullptr;
    QComboBox* m_stage = nullptr;
    QListWidget* m_needs = nullptr;
    QCheckBox* m_enabled = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace summit::ui
