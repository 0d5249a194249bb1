#pragma once
// Log a visit, call or meeting in a few seconds, keyboard only: account
// (type-ahead, pinyin too) → type → with whom → summary → outcome → next
// action → due → Save (Ctrl+Enter or Ctrl+S). The follow-up and the task for
// its next action are written as one change, one undo step. Missing or wrong
// input is reported next to the field and nothing typed is lost.
//
// The main window opens it for Workspace::logFollowUpRequested; createAction()
// makes the Ctrl+Shift+L action that asks for it from anywhere.

#include <QDialog>
#include <QHash>

class QAction;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace summit::ui {
class Workspace;
namespace forms {
class DateInput;
}
} // namespace summit::ui

namespace summit::ui::followup {

class SearchPicker;

class QuickFollowUpDialog : public QDialog
{
    Q_OBJECT
public:
    // Any of the ids may be empty; a contact or opportunity also tells the account.
    explicit QuickFollowUpDialog(Workspace& workspace, const QString& accountId = QString(),
                                 const QString& contactId = QString(),
                                 const QString& opportunityId = QString(), QWidget* parent = nullptr);
    ~QuickFollowUpDialog() override;

    // Ctrl+Shift+L.
    static QKeySequence shortcut();
    // An application-wide action with that shortcut that emits
    // workspace.logFollowUpRequested() with nothing prefilled.
    static QAction* createAction(Workspace& workspace, QObject* parent);

    // Ids of what save() wrote (the task id only when a next action was given).
    QString followUpId() const { return m_followUpId; }
    QString taskId() const { return m_taskWritten ? m_taskId : QString(); }
    // Anything typed that closing would lose.
    bool hasInput() const;

public slots:
    bool save();
    void reject() override;

private:
    void buildWidgets();
    void buildLayout();
    void setAccount(const QString& id, const QString& title);
    void loadOpportunities(const QString& selectId);
    void onNextActionEdited(const QString& text);
    bool validate();
    void showError(const QString& field, const QString& message);
    bool errorShowing(const QString& field) const;

    Workspace& m_workspace;
    QString m_accountId;
    QString m_followUpId, m_taskId;
    bool m_taskWritten = false;
    bool m_dueAuto = false; // the due date was filled in for the user, not typed
    int m_prefilledContacts = 0;

    SearchPicker* m_account = nullptr;
    QComboBox* m_type = nullptr;
    QDateTimeEdit* m_when = nullptr;
    SearchPicker* m_contacts = nullptr;
    QComboBox* m_opportunity = nullptr;
    QPlainTextEdit* m_summary = nullptr;
    QLineEdit* m_outcome = nullptr;
    QLineEdit* m_nextAction = nullptr;
    forms::DateInput* m_due = nullptr;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QLabel* m_generalError = nullptr;
    // field name → its message label and the widget whose frame is marked
    QHash<QString, std::pair<QLabel*, QWidget*>> m_errors;
};

} // namespace summit::ui::followup
