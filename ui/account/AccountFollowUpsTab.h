#pragma once
// The follow-ups tab of the account 360° view: a timeline of cards, newest
// first, filtered by type, person and opportunity, loaded a page at a time.
// "Log follow-up" asks the main window for the quick follow-up dialog.

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QListView;

namespace summit {
struct ChangeSet;
}

namespace summit::ui {
namespace forms {
class RecordActions;
}

class FollowUpTimelineModel;
class Workspace;

class AccountFollowUpsTab : public QWidget
{
    Q_OBJECT
public:
    AccountFollowUpsTab(Workspace& workspace, const QString& accountId, QWidget* parent = nullptr);
    ~AccountFollowUpsTab() override;

    QString accountId() const { return m_accountId; }
    FollowUpTimelineModel* model() const { return m_model; }
    QListView* view() const { return m_view; }
    forms::RecordActions* actions() const { return m_actions; }
    QComboBox* typeFilter() const { return m_type; }
    QComboBox* contactFilter() const { return m_contact; }
    QComboBox* opportunityFilter() const { return m_opportunity; }
    // Emits workspace.logFollowUpRequested(accountId).
    QAction* logFollowUpAction() const { return m_logAction; }
    // Opens the current follow-up (workspace.openRecordRequested); Return or a double click.
    QAction* openAction() const { return m_openAction; }

    // Shows only follow-ups with this person (empty = everyone), as if picked in the combo.
    void filterByContact(const QString& contactId);

private:
    void fillFilters();
    void applyFilter();
    void onStoreChanged(const ChangeSet& change);
    void updateCount();

    Workspace& m_workspace;
    QString m_accountId;
    FollowUpTimelineModel* m_model = nullptr;
    QListView* m_view = nullptr;
    forms::RecordActions* m_actions = nullptr;
    QComboBox* m_type = nullptr;
    QComboBox* m_contact = nullptr;
    QComboBox* m_opportunity = nullptr;
    QLabel* m_count = nullptr;
    QAction* m_logAction = nullptr;
    QAction* m_openAction = nullptr;
};

} // namespace summit::ui
