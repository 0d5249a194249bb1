#pragma once
// "Who are you?": asked when a database has no "I am" yet. Pick yourself among
// the team's members, or add yourself (on an empty database you are its
// first member and its admin). Summit then writes your changes under your
// name and shows your tasks on Today; the choice is kept in this database on
// this computer and can be changed in Settings.

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace summit::ui {

class Workspace;

class WhoAreYouDialog : public QDialog
{
    Q_OBJECT
public:
    explicit WhoAreYouDialog(Workspace& workspace, QWidget* parent = nullptr);

    QComboBox* memberBox() const { return m_member; }
    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* emailEdit() const { return m_email; }
    QComboBox* roleBox() const { return m_role; }
    QString errorText() const;

    // Sets "I am" (adding the member first if new); true when done, and the dialog is accepted.
    bool save();

private:
    void updateNewFields();

    Workspace& m_workspace;
    QComboBox* m_member = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_email = nullptr;
    QComboBox* m_role = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace summit::ui
