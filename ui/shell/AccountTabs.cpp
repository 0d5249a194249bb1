#include "ui/shell/AccountTabs.h"
#include "ui/UiText.h"

#include "model/Schema.h"
#include "query/AccountCommerce.h"
#include "store/Store.h"
#include "ui/Workspace.h"
#include "ui/account/AccountFollowUpsTab.h"
#include "ui/account/AccountHistoryTab.h"
#include "ui/account/AccountOpportunitiesTab.h"
#include "ui/account/AccountPlaybooksTab.h"
#include "ui/account/AccountRecordsTab.h"
#include "ui/account/AccountTasksTab.h"
#include "ui/account/AccountView.h"
#include "ui/accounts/AccountListView.h"
#include "ui/forms/RecordDialog.h"
#include "ui/map/AccountMapPage.h"

#include <QHash>
#include <QTabBar>

namespace summit::ui {

AccountTabs::AccountTabs(Workspace& workspace, QWidget* parent) : QTabWidget(parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("accountTabs"));
    setDocumentMode(true);
    setTabsClosable(true);
    setMovable(true);
    m_list = new AccountListView(workspace, this);
    addTab(m_list, UiText::tr("All accounts"));
    // The list is always there: its tab has no close button.
    tabBar()->setTabButton(0, QTabBar::RightSide, nullptr);
    tabBar()->setTabButton(0, QTabBar::LeftSide, nullptr);
    connect(this, &QTabWidget::tabCloseRequested, this, [this](int index) {
        if (index > 0) {
            QWidget* w = widget(index);
            removeTab(index);
            w->deleteLater();
        }
    });
}

AccountView* AccountTabs::currentAccount() const
{
    return qobject_cast<AccountView*>(currentWidget());
}

QString AccountTabs::currentAccountId() const
{
    const AccountView* v = currentAccount();
    return v ? v->accountId() : QString();
}

AccountView* AccountTabs::findOpen(const QString& accountId) const
{
    for (int i = 1; i < count(); ++i)
        if (auto* v = qobject_cast<AccountView*>(widget(i)); v && v->accountId() == accountId)
            return v;
    return nullptr;
}

AccountView* AccountTabs::openAccount(const QString& accountId, const QString& tab)
{
    AccountView* view = findOpen(accountId);
    if (!view) {
        view = new AccountView(m_workspace, accountId, this);
        view->addTab(QStringLiteral("opportunities"),
                     new AccountOpportunitiesTab(m_workspace, accountId, view), UiText::tr("Opportunities"));
        view->addTab(QStringLiteral("followups"), new AccountFollowUpsTab(m_workspace, accountId, view),
                     UiText::tr("Follow-ups"));
        view->addTab(QStringLiteral("tasks"), new AccountTasksTab(m_workspace, accountId, view),
                     UiText::tr("Tasks"));
        auto* playbooks = new AccountPlaybooksTab(m_workspace, accountId, view);
        connect(playbooks, &AccountPlaybooksTab::taskActivated, view,
                [view](const QString& taskId) { view->selectRecord(taskId); });
        view->addTab(QStringLiteral("playbooks"), playbooks, UiText::tr("Playbooks"));
        addCommercialTabs(view, accountId);
        view->addTab(QStringLiteral("history"), new AccountHistoryTab(m_workspace, accountId, view),
                     UiText::tr("History"));
        view->addTab(QStringLiteral("map"), new AccountMapPage(m_workspace, accountId, view),
                     UiText::tr("Decision-chain map"));
        connect(view, &AccountView::conflictsRequested, this, &AccountTabs::conflictsRequested);
        connect(view, &AccountView::editRequested, this, &AccountTabs::editRecord);
        QString title = m_workspace.titleOf(accountId);
        const int index = addTab(view, title);
        setTabToolTip(index, title);
    }
    setCurrentWidget(view);
    if (!tab.isEmpty())
        view->showTab(tab);
    return view;
}

// Contracts, receivables, service requests and surveys: a table each, keyed by the record type.
void AccountTabs::addCommercialTabs(AccountView* view, const QString& accountId)
{
    struct Tab
    {
        const char* entity;
        QStringList columns;
        QString title;
        QString empty;
        std::vector<AccountRecordsTab::Computed> computed = {};
    };
    Workspace& ws = m_workspace;
    // Overdue and days late are worked out from the dates each time (AccountCommerce.h), never stored.
    const AccountRecordsTab::Computed lateness{
        UiText::tr("Payment"), [&ws](const QVariantMap& r) {
            const query::ReceivableState s = query::receivableState(r, ws.today());
            if (s.overdue)
                return UiText::tr("%n day(s) overdue", nullptr, *s.daysLate);
            if (s.paid && s.daysLate && *s.daysLate > 0)
                return UiText::tr("paid %n day(s) late", nullptr, *s.daysLate);
            if (s.paid)
                return UiText::tr("paid on time");
            return UiText::tr("not due yet");
        }};
    const Tab tabs[] = {
        {"contract",
         {QStringLiteral("signed_on"), QStringLiteral("title"), QStringLiteral("number"),
          QStringLiteral("amount"), QStringLiteral("status"), QStringLiteral("end_on"),
          QStringLiteral("owner_id")},
         UiText::tr("Contracts"),
         UiText::tr("No contracts yet. New (Ctrl+N) records one: what was signed, when, for how much and for "
                    "how long.")},
        {"receivable",
         {QStringLiteral("due_on"), QStringLiteral("contract_id"), QStringLiteral("amount_due"),
          QStringLiteral("amount_received"), QStringLiteral("received_on")},
         UiText::tr("Receivables"),
         UiText::tr(
             "No payments planned yet. New (Ctrl+N) adds one to a contract: when it is due, how much, and "
             "what came in."),
         {lateness}},
        {"service_request",
         {QStringLiteral("opened_at"), QStringLiteral("title"), QStringLiteral("category"),
          QStringLiteral("severity"), QStringLiteral("first_response_at"), QStringLiteral("resolved_at"),
          QStringLiteral("owner_id")},
         UiText::tr("Service"),
         UiText::tr("No service requests or complaints yet.")},
        {"satisfaction",
         {QStringLiteral("surveyed_on"), QStringLiteral("contact_id"), QStringLiteral("csat"),
          QStringLiteral("nps"), QStringLiteral("comment")},
         UiText::tr("Satisfaction"),
         UiText::tr(
             "No satisfaction surveys yet. New (Ctrl+N) records a CSAT score, an NPS answer or both.")},
    };
    for (const Tab& t : tabs) {
        const QString entity = QString::fromLatin1(t.entity);
        view->addTab(
            entity,
            new AccountRecordsTab(m_workspace, accountId, entity, t.columns, t.empty, t.computed, view),
            t.title);
    }
}

bool AccountTabs::openRecord(const QString& id)
{
    auto rec = m_workspace.store().find(id);
    if (!rec)
        return false;
    const QString entity = rec.value().value(QStringLiteral("entity")).toString();
    if (entity == QLatin1String("account")) {
        openAccount(id);
        return true;
    }
    const QString accountId = rec.value().value(QStringLiteral("account_id")).toString();
    if (accountId.isEmpty())
        return false;
    // Records with a tab of their own open there; people and units are selected in place.
    static const QHash<QString, QString> tabOf = {
        {QStringLiteral("opportunity"), QStringLiteral("opportunities")},
        {QStringLiteral("buying_role"), QStringLiteral("opportunities")},
        {QStringLiteral("followup"), QStringLiteral("followups")},
        {QStringLiteral("task"), QStringLiteral("tasks")}};
    AccountView* view = openAccount(accountId, tabOf.value(entity));
    if (!tabOf.contains(entity))
        view->selectRecord(id);
    return true;
}

void AccountTabs::closeCurrent()
{
    if (currentIndex() > 0)
        emit tabCloseRequested(currentIndex());
}

void AccountTabs::editRecord(const QString& entity, const QString& id)
{
    auto* dialog = new forms::RecordDialog(m_workspace, entity, id, {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace summit::ui
