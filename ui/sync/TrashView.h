#pragma once
// The Trash view: deleted records (from this device or any other) with type,
// name, when and who; Restore brings the selected ones back through the
// workspace, so it can be undone. Refreshes when the store changes.

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeView;

namespace summit::ui {

class TrashModel;
class Workspace;

class TrashView : public QWidget
{
    Q_OBJECT
public:
    explicit TrashView(Workspace& workspace, QWidget* parent = nullptr);

    QTreeView* view() const { return m_view; }
    TrashModel* model() const { return m_model; }
    void reload();
    // Restores the selected records in one undoable change.
    void restoreSelected();

private:
    void updateButtons();

    Workspace& m_workspace;
    TrashModel* m_model = nullptr;
    QTreeView* m_view = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_restore = nullptr;
};

} // namespace summit::ui
