#pragma once
// The Contacts tab of the account view: every contact of the account with
// role, stance, influence, coverage and when they were last met; edit in place
// (combo boxes for role and stance, a 1–5 spin box for influence, line edits
// for title, phone, mobile and email). A refused edit is shown in a message
// bar above the table with the text typed, and the editor is offered again
// with that text, so nothing typed is lost.
//
// Actions (shortcuts active while the tab has focus):
//   Log follow-up  Ctrl+L  -> Workspace::logFollowUpRequested(account, contact)
//   Open form…     Ctrl+E  -> editRequested("contact", id)
//   Filter         Ctrl+F  (QKeySequence::Find) focuses the filter field
//   Export…                 the people listed, to XLSX or CSV (ListExport.h)

#include "ui/lists/ListExport.h"

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace summit::ui {
namespace forms {
class RecordActions;
}

class ContactTableModel;
class CoverageDialog;
class MessageBar;
class Workspace;

class AccountContactsTab : public QWidget
{
    Q_OBJECT
public:
    AccountContactsTab(Workspace& workspace, const QString& accountId, QWidget* parent = nullptr);

    ContactTableModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    QTableView* view() const { return m_view; }
    MessageBar* messageBar() const { return m_messages; }
    QAction* logFollowUpAction() const { return m_logAction; }
    QAction* openFormAction() const { return m_formAction; }
    // New contact (Ctrl+N), Delete; who on the team knows the current contact.
    forms::RecordActions* actions() const { return m_actions; }
    QAction* coverageAction() const { return m_coverageAction; }
    // Export… of the people the table shows, in its order (ListExport.h).
    QAction* exportAction() const { return m_exportAction; }
    ListExportJob exportJob() const;
    CoverageDialog* editCoverage();

    QString currentContact() const;
    // Selects and reveals a contact (clearing a filter that hides it); false if unknown.
    bool selectContact(const QString& id);

public slots:
    void reload();

signals:
    void editRequested(const QString& entity, const QString& id);

private:
    void offerAgain(const QString& contactId, int column, const QString& typed);
    void updateCount();

    Workspace& m_workspace;
    QString m_accountId;
    ContactTableModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTableView* m_view = nullptr;
    QLineEdit* m_filter = nullptr;
    QLabel* m_count = nullptr;
    MessageBar* m_messages = nullptr;
    QAction* m_logAction = nullptr;
    QAction* m_formAction = nullptr;
    QAction* m_coverageAction = nullptr;
    QAction* m_exportAction = nullptr;
    forms::RecordActions* m_actions = nullptr;
    QString m_refusedId; // the contact and column of the message shown, if any
    int m_refusedColumn = -1;
};

} // namespace summit::ui
