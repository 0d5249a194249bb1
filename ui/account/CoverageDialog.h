#pragma once
// Who on our team knows this person, and how well the team wants them known:
// the person's coverage rows (member, level, desired level), with Set (one
// row per member, changed in place) and Remove. The gap between level and
// desired level shows in the gap analysis.

#include <QDialog>

class QComboBox;
class QLabel;
class QTableWidget;

namespace summit::ui {

class Workspace;

class CoverageDialog : public QDialog
{
    Q_OBJECT
public:
    CoverageDialog(Workspace& workspace, const QString& contactId, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    QComboBox* memberBox() const { return m_member; }
    QComboBox* levelBox() const { return m_level; }
    QComboBox* desiredBox() const { return m_desired; }
    QString errorText() const;

public slots:
    // Sets the coverage of the chosen member; false (with the message shown) when refused.
    bool setCoverage();
    bool removeSelected();
    void reload();

private:
    Workspace& m_workspace;
    QString m_contactId;
    QTableWidget* m_table = nullptr;
    QComboBox* m_member = nullptr;
    QComboBox* m_level = nullptr;
    QComboBox* m_desired = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace summit::ui
