#pragma once
// The Conflicts view: every value that lost to a concurrent change on another
// device, next to the value the record has now, with who wrote each and when;
// one click keeps either (through the workspace, so it can be undone).
// Refreshes when the store changes.

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeView;

namespace summit::ui {

class ConflictModel;
class Workspace;

class ConflictsView : public QWidget
{
    Q_OBJECT
public:
    explicit ConflictsView(Workspace& workspace, QWidget* parent = nullptr);

    QTreeView* view() const { return m_view; }
    ConflictModel* model() const { return m_model; }
    void reload();
    // Settles the selected conflict, keeping the current or the other value.
    void keepCurrent();
    void keepOther();

private:
    void keep(bool other);
    void updateButtons();
    void openRecord();

    Workspace& m_workspace;
    ConflictModel* m_model = nullptr;
    QTreeView* m_view = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_keepMine = nullptr;
    QPushButton* m_keepTheirs = nullptr;
    QPushButton* m_open = nullptr;
};

} // namespace summit::ui
