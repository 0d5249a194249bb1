#pragma once
// The team's playbooks (Team page, "Playbooks" tab): each with its trigger in
// words and its steps (deadline, who, what it waits for), switched on or off;
// a broken one (a teammate's edit Summit cannot run) marked with its problem.
// Team leads and administrators switch them (one undoable change each); the
// steps of a team's own playbook are written with summit-cli playbook add|set.

#include <QWidget>

class QLabel;
class QTableWidget;

namespace summit {
struct ChangeSet;
}

namespace summit::ui {

class Workspace;

class PlaybooksView : public QWidget
{
    Q_OBJECT
public:
    enum Column
    {
        OnColumn,
        NameColumn,
        StepsColumn,
        ColumnCount
    };

    explicit PlaybooksView(Workspace& workspace, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    QString errorText() const;
    // Switches the playbook in `row` on or off; false (with the message shown) when refused.
    bool toggle(int row);

public slots:
    void reload();

private:
    void onStoreChanged(const ChangeSet& change);
    void showError(const QString& message);

    Workspace& m_workspace;
    QTableWidget* m_table = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_readOnly = nullptr;
    bool m_mayEdit = true;
};

} // namespace summit::ui
