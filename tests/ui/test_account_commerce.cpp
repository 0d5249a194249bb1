// The commercial tabs of the account 360° view (contracts, receivables, service,
// satisfaction) and the overview's commercial figures, on a fresh database as a
// new user starts: empty tabs say what to do; records entered through the store
// appear in their tab newest first, with references by name and the payment state
// worked out from the dates; New opens a form for this account; opening a record
// from elsewhere selects its row.
#include "QtDoctest.h"
#include "StoreFixture.h"

#include "ui/Workspace.h"
#include "ui/account/AccountRecordsTab.h"
#include "ui/account/AccountView.h"
#include "ui/forms/RecordActions.h"
#include "ui/forms/RecordDialog.h"
#include "ui/forms/RecordForm.h"
#include "ui/shell/AccountTabs.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace summit;
using namespace summit::ui;

namespace {

const QDate kToday(2026, 12, 6);

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

struct Book
{
    test::StoreFixture fixture;
    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<AccountTabs> tabs;
    QString acc;
    Book()
    {
        workspace = std::make_unique<Workspace>(*fixture.store);
        workspace->setNow(QDateTime(kToday, QTime(10, 30)));
        acc = fixture.account();
        tabs = std::make_unique<AccountTabs>(*workspace);
        tabs->resize(1200, 700);
        tabs->show();
        REQUIRE(QTest::qWaitForWindowExposed(tabs.get()));
    }
    AccountView* view() { return tabs->openAccount(acc); }
    AccountRecordsTab* tab(const char* entity)
    {
        auto* t = view()->findChild<AccountRecordsTab*>(QString::fromLatin1(entity) + QStringLiteral("Tab"));
        REQUIRE(t);
        return t;
    }
    QString text(AccountRecordsTab* t, int row, int column) { return t->model()->item(row, column)->text(); }
};

void settle()
{
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
}

} // namespace

TEST_CASE("an account starts with empty commercial tabs that say what to do")
{
    Book b;
    for (const char* entity : {"contract", "receivable", "service_request", "satisfaction"}) {
        AccountRecordsTab* t = b.tab(entity);
        CHECK(t->model()->rowCount() == 0);
        auto* hint = t->findChild<QLabel*>(QStringLiteral("emptyHint"));
        REQUIRE(hint);
        CHECK_FALSE(hint->isHidden());
        CHECK_FALSE(hint->text().isEmpty());
    }
}

TEST_CASE("contracts and receivables appear newest first, with names and the payment state")
{
    Book b;
    const QString older = b.fixture.add(QStringLiteral("contract"),
                                        {{QStringLiteral("account_id"), b.acc},
                                         {QStringLiteral("title"), s("2025年合同")},
                                         {QStringLiteral("signed_on"), QStringLiteral("2025-03-01")},
                                         {QStringLiteral("amount"), qint64(50000000)}});
    const QString newer = b.fixture.add(QStringLiteral("contract"),
                                        {{QStringLiteral("account_id"), b.acc},
                                         {QStringLiteral("title"), s("2026年框架协议")},
                                         {QStringLiteral("signed_on"), QStringLiteral("2026-03-01")},
                                         {QStringLiteral("amount"), qint64(120000000)}});
    b.fixture.add(QStringLiteral("receivable"), {{QStringLiteral("account_id"), b.acc},
                                                 {QStringLiteral("contract_id"), newer},
                                                 {QStringLiteral("due_on"), QStringLiteral("2026-11-26")},
                                                 {QStringLiteral("amount_due"), qint64(60000000)}});
    b.fixture.add(QStringLiteral("receivable"),
                  {{QStringLiteral("account_id"), b.acc},
                   {QStringLiteral("contract_id"), older},
                   {QStringLiteral("due_on"), QStringLiteral("2025-06-30")},
                   {QStringLiteral("amount_due"), qint64(50000000)},
                   {QStringLiteral("amount_received"), qint64(50000000)},
                   {QStringLiteral("received_on"), QStringLiteral("2025-07-05")}});
    settle();
    AccountRecordsTab* contracts = b.tab("contract");
    REQUIRE(contracts->model()->rowCount() == 2);
    CHECK(b.text(contracts, 0, 1) == s("2026年框架协议")); // signed later: first
    CHECK(b.text(contracts, 0, 3).contains(QStringLiteral("1,200,000")));
    CHECK(contracts->findChild<QLabel*>(QStringLiteral("emptyHint"))->isHidden());

    AccountRecordsTab* receivables = b.tab("receivable");
    REQUIRE(receivables->model()->rowCount() == 2);
    CHECK(b.text(receivables, 0, 1) == s("2026年框架协议")); // the contract by its title
    const int state = receivables->model()->columnCount() - 1;
    // (The UI suites run without the English plural forms: "day(s)".)
    CHECK(b.text(receivables, 0, state).startsWith(QStringLiteral("10 day")));
    CHECK(b.text(receivables, 0, state).endsWith(QStringLiteral("overdue")));
    CHECK(b.text(receivables, 1, state).startsWith(QStringLiteral("paid 5 day")));
    CHECK(b.text(receivables, 1, state).endsWith(QStringLiteral("late")));

    // Opening a receivable from elsewhere (search, history) selects its row in its tab.
    const QString id = receivables->model()->item(1, 0)->data(AccountRecordsTab::IdRole).toString();
    REQUIRE(b.tabs->openRecord(id));
    CHECK(b.view()->findChild<QTabWidget*>()->currentWidget() == receivables);
    CHECK(receivables->view()->currentIndex().row() == 1);
}

TEST_CASE("New in a commercial tab opens a form for this account; the overview shows the figures")
{
    Book b;
    AccountRecordsTab* service = b.tab("service_request");
    service->actions()->newAction()->trigger();
    forms::RecordDialog* form = nullptr;
    for (QWidget* w : QApplication::topLevelWidgets())
        if (auto* d = qobject_cast<forms::RecordDialog*>(w); d && d->isVisible())
            form = d;
    REQUIRE(form);
    CHECK(form->form()->entityName() == QStringLiteral("service_request"));
    form->close();

    b.fixture.add(QStringLiteral("service_request"),
                  {{QStringLiteral("account_id"), b.acc},
                   {QStringLiteral("title"), s("系统宕机")},
                   {QStringLiteral("severity"), QStringLiteral("critical")},
                   {QStringLiteral("opened_at"), QStringLiteral("2026-12-05T02:00:00.000Z")}});
    b.fixture.add(QStringLiteral("satisfaction"),
                  {{QStringLiteral("account_id"), b.acc},
                   {QStringLiteral("surveyed_on"), QStringLiteral("2026-11-20")},
                   {QStringLiteral("csat"), 4}});
    settle();
    CHECK(service->model()->rowCount() == 1);
    CHECK(b.text(service, 0, 3) == QStringLiteral("Critical"));
    bool severe = false, survey = false;
    for (QLabel* l : b.view()->findChildren<QLabel*>()) {
        severe |= l->text() == QStringLiteral("1, of them 1 severe");
        survey |= l->text().startsWith(QStringLiteral("CSAT 4 · NPS –"));
    }
    CHECK(severe);
    CHECK(survey);
}
