#pragma once
// The team's custom fields (Team page, second tab): every definition with the
// record type it is for, its key, labels, type and whether it is required.
// New (Ctrl+N) and Edit open the record form of a definition; Delete removes
// it, which hides its values without destroying them (restoring it from the
// Trash shows them again). Definitions replicate like every record.

#include <QWidget>

class QTableWidget;

namespace summit {
struct ChangeSet;
}

namespace summit::ui {
namespace forms {
class RecordActions;
}

class Workspace;

class CustomFieldsView : public QWidget
{
    Q_OBJECT
public:
    explicit CustomFieldsView(Workspace& workspace, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    forms::RecordActions* actions() const { return m_actions; }

public slots:
    void reload();

private:
    Workspace& m_workspace;
    QTableWidget* m_table = nullptr;
    forms::RecordActions* m_actions = nullptr;
};

} // namespace summit::ui
