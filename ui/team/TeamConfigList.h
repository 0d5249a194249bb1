#pragma once
// The frame of a Team page list of team configuration (playbooks, stage gates):
// a toolbar with New, Edit and Delete, a note on what the list is for, a line
// for those who may only read it, an error line, and the table. Each row has
// an On column (column 0, one click switches it) and a key column (column 1)
// whose item holds the record's id (Qt::UserRole) and whether it ships with
// Summit (Qt::UserRole + 1: shipped ones cannot be deleted). Team leads and
// administrators change the list; others read it. A subclass fills the rows,
// opens its dialogs and says how a row is switched.

#include "Result.h"

#include <QStringList>
#include <QWidget>

class QAction;
class QLabel;
class QTableWidget;

namespace summit {
struct ChangeSet;
}

namespace summit::ui {

class Workspace;

class TeamConfigList : public QWidget
{
    Q_OBJECT
public:
    enum : int
    {
        OnColumn = 0,
        KeyColumn = 1,
    };

    QTableWidget* table() const { return m_table; }
    QAction* newAction() const { return m_new; }
    QAction* editAction() const { return m_edit; }
    QAction* deleteAction() const { return m_delete; }
    // The id of the current row's record; empty when there is none.
    QString currentId() const;
    QString errorText() const;
    // Switches the record in `row` on or off; false (with the message shown) when refused.
    bool toggle(int row);

public slots:
    virtual void reload() = 0;

protected:
    struct Texts
    {
        QString objectPrefix; // "playbooks": playbooksTable, playbooksError, playbooksReadOnly
        QString entity;       // the record type whose changes reload the list
        QStringList headers;
        QString newText, note, readOnly;
    };
    TeamConfigList(Workspace& workspace, const Texts& texts, QWidget* parent);

    // Writes the record's switch; the refusal's message is shown.
    virtual Status setSwitchedOn(const QString& id, bool on) = 0;
    void showError(const QString& message);
    // Before filling the rows: whether the user may change the list.
    void beginReload();
    // Empties the table for `count` rows; returns the row that was current.
    int resetRows(int count);
    // One row: the switch, the key cell (`name`, holding the id and whether it ships), the
    // details. A broken record's details are in the error red, a switched-off one's greyed.
    void setRow(int row, const QString& id, bool builtIn, bool enabled, const QString& name,
                const QString& details, bool broken);
    // After: the current row kept (or the first), the read-only line and the actions updated.
    void endReload(int previousRow);

    Workspace& m_workspace;
    bool m_mayEdit = true;

private:
    void onStoreChanged(const ChangeSet& change);
    void updateActions();

    QString m_entity;
    QTableWidget* m_table = nullptr;
    QAction* m_new = nullptr;
    QAction* m_edit = nullptr;
    QAction* m_delete = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_readOnly = nullptr;
};

} // namespace summit::ui
