#pragma once
// The Accounts page: the account list as its first tab, then one tab per open
// account (its 360° view). Opening an account that is already open brings its
// tab to the front; opening any record opens its account at the right tab.

#include <QTabWidget>

namespace summit::ui {

class AccountListView;
class AccountView;
class Workspace;

class AccountTabs : public QTabWidget
{
    Q_OBJECT
public:
    explicit AccountTabs(Workspace& workspace, QWidget* parent = nullptr);

    AccountListView* list() const { return m_list; }
    // The account view in front, or null when the list is.
    AccountView* currentAccount() const;
    QString currentAccountId() const;
    AccountView* openAccount(const QString& accountId, const QString& tab = QString());
    // Opens the account the record belongs to, at the tab that shows it.
    bool openRecord(const QString& id);
    void closeCurrent();

signals:
    // An account view's conflict badge was clicked.
    void conflictsRequested(const QString& recordId);

private:
    AccountView* findOpen(const QString& accountId) const;
    void editRecord(const QString& entity, const QString& id);
    void addCommercialTabs(AccountView* view, const QString& accountId);
    Workspace& m_workspace;
    AccountListView* m_list = nullptr;
};

} // namespace summit::ui
