#pragma once
// One account's 360° view: a header (name, tier, stage, the iron triangle of
// account manager, solution architect and delivery expert, the health score)
// over tabs. The view owns Overview, Organisation and Contacts; the main
// window adds the others (Opportunities, Follow-ups, Tasks, History) with
// addTab(). Several views may be open at once. The view refreshes itself when
// a change touches this account, and says so plainly when the account is in
// the trash or gone.
//
// Tab keys: "overview", "organisation", "contacts", plus whatever addTab() adds
// ("opportunities", "followups", "tasks", "history" by convention). A tab added
// with addTab() may declare `Q_INVOKABLE bool selectRecord(const QString& id)`;
// selectRecord() calls it for records of that tab's type.

#include <QHash>
#include <QWidget>

class QLabel;
class QStackedWidget;
class QTabWidget;

namespace summit {
struct ChangeSet;
}

namespace summit::ui {

class AccountContactsTab;
class AccountOrgTab;
class AccountOverviewTab;
class Workspace;

class AccountView : public QWidget
{
    Q_OBJECT
public:
    static const QString kOverview, kOrganisation, kContacts;

    AccountView(Workspace& workspace, const QString& accountId, QWidget* parent = nullptr);

    QString accountId() const { return m_accountId; }
    // The account's name, for the main window's tab title.
    QString title() const { return m_title; }
    // False while the account is in the trash or unknown.
    bool isAvailable() const { return m_available; }

    // Adds a tab under `key` (replacing none: a second tab with a key already
    // used is refused, returning without adding).
    void addTab(const QString& key, QWidget* tab, const QString& title);
    // Brings the tab of `key` to the front; false if there is no such tab.
    bool showTab(const QString& key);
    QString currentTab() const;
    QWidget* tab(const QString& key) const { return m_tabs.value(key); }
    // Shows the tab listing record `id` (a contact, an org unit, or a record
    // of an added tab) and selects it there. False if the record is not this
    // account's or no tab shows its type.
    bool selectRecord(const QString& id);

    AccountOverviewTab* overviewTab() const { return m_overview; }
    AccountOrgTab* organisationTab() const { return m_org; }
    AccountContactsTab* contactsTab() const { return m_contacts; }

public slots:
    // Re-reads the header and this view's own tabs.
    void refresh();

signals:
    // The conflict badge in the header was clicked.
    void conflictsRequested(const QString& recordId);
    // The record form is wanted for (entity, id); from any of this view's tabs.
    void editRequested(const QString& entity, const QString& id);
    void titleChanged(const QString& title);

private:
    void onStoreChanged(const summit::ChangeSet& change);
    void refreshHeader();
    static QString tabKeyOf(const QString& entity);

    Workspace& m_workspace;
    QString m_accountId;
    QString m_title;
    bool m_available = false;
    QLabel* m_name = nullptr;
    QLabel* m_tier = nullptr;
    QLabel* m_stage = nullptr;
    QLabel* m_triangle = nullptr;
    QLabel* m_health = nullptr;
    QLabel* m_gone = nullptr;
    QStackedWidget* m_pages = nullptr;
    QTabWidget* m_tabWidget = nullptr;
    QHash<QString, QWidget*> m_tabs;
    AccountOverviewTab* m_overview = nullptr;
    AccountOrgTab* m_org = nullptr;
    AccountContactsTab* m_contacts = nullptr;
};

} // namespace summit::ui
