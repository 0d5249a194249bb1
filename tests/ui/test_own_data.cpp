// A team's own data, entered in the desktop app from an empty database with
// the keyboard and the mouse only: who I am, the first account, teammates,
// two custom fields,
// an org tree of HQ and two subsidiaries, eight people with roles, coverage by
// two teammates, an opportunity with its buying center. The gap analysis then
// says nobody is uncovered. Then delete → Trash → restore and Undo for every
// record type, a bulk handover of accounts, a member leaving with a
// successor, and the duplicate warning.
#include "QtDoctest.h"

#include "analysis/GapAnalysis.h"
#include "model/Schema.h"
#include "query/Team.h"
#include "query/Trash.h"
#include "store/Queries.h"
#include "ui/MainWindow.h"
#include "ui/Workspace.h"
#include "ui/account/AccountContactsTab.h"
#include "ui/account/AccountOpportunitiesTab.h"
#include "ui/account/AccountOrgTab.h"
#include "ui/account/AccountOverviewTab.h"
#include "ui/account/AccountView.h"
#include "ui/account/ContactTableModel.h"
#include "ui/account/CoverageDialog.h"
#include "ui/accounts/AccountListView.h"
#include "ui/forms/BulkEditDialog.h"
#include "ui/forms/FieldEditor.h"
#include "ui/forms/RecordActions.h"
#include "ui/forms/RecordDialog.h"
#include "ui/forms/RecordForm.h"
#include "ui/shell/AccountTabs.h"
#include "ui/shell/WhoAreYouDialog.h"
#include "ui/team/CustomFieldsView.h"
#include "ui/team/TeamPage.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace summit;
using summit::ui::MainWindow;
using summit::ui::forms::RecordActions;
using summit::ui::forms::RecordDialog;

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}
QString k(const char* text)
{
    return QString::fromLatin1(text);
}

// The newest visible record dialog (they open window-modal, not blocking).
RecordDialog* openDialog()
{
    RecordDialog* found = nullptr;
    for (QWidget* w : QApplication::topLevelWidgets())
        if (auto* d = qobject_cast<RecordDialog*>(w); d && d->isVisible())
            found = d;
    REQUIRE(found);
    return found;
}

// Types key by key; characters beyond ASCII arrive as a key with that text, as from an IME.
void typeText(QWidget* field, const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() < 128)
            QTest::keyClick(field, char(c.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, field, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

void type(RecordDialog* d, const char* field, const QString& text)
{
    QWidget* editor = d->form()->editor(k(field));
    REQUIRE_MESSAGE(editor, field);
    if (auto* lines = qobject_cast<QPlainTextEdit*>(editor)) {
        lines->setFocus();
        for (const QString& line : text.split(QLatin1Char('\n'))) {
            typeText(lines, line);
            QTest::keyClick(lines, Qt::Key_Return);
        }
        return;
    }
    auto* line = qobject_cast<QLineEdit*>(editor);
    REQUIRE_MESSAGE(line, field);
    line->setFocus();
    line->selectAll();
    typeText(line, text);
}

void choose(RecordDialog* d, const char* field, const QString& key)
{
    auto* box = qobject_cast<QComboBox*>(d->form()->editor(k(field)));
    REQUIRE_MESSAGE(box, field);
    int i = box->findData(key);
    if (i < 0)
        i = box->findText(key);
    REQUIRE_MESSAGE(i >= 0, field << " has no choice " << key.toStdString());
    box->setCurrentIndex(i);
}

// Every message the form shows, for a failed save's report.
std::string formErrors(RecordDialog* d)
{
    QStringList out{d->form()->generalError()};
    if (const model::EntityDef* def = model::entity(d->form()->entityName()))
        for (const model::FieldDef& f : def->fields)
            if (!d->form()->errorText(f.name).isEmpty())
                out << f.name + QStringLiteral(": ") + d->form()->errorText(f.name);
    return out.join(QLatin1Char('\n')).toStdString();
}

// Ctrl+S: the dialog's Save action (the offscreen platform does not always
// make a window-modal dialog the active window, which key shortcuts need).
void pressSave(RecordDialog* d)
{
    auto* action = d->findChild<QAction*>(QStringLiteral("saveAction"));
    REQUIRE(action);
    CHECK(action->shortcut() == QKeySequence(QKeySequence::Save));
    action->trigger();
}

void save(RecordDialog* d)
{
    pressSave(d);
    REQUIRE_MESSAGE(!d->isVisible(), formErrors(d));
}

struct App
{
    QTemporaryDir dir;
    std::unique_ptr<MainWindow> window;
    ui::Workspace* ws = nullptr;

    App()
    {
        REQUIRE(dir.isValid());
        auto store = Store::open(dir.filePath(k("own.db")));
        REQUIRE(store.isOk());
        window = std::make_unique<MainWindow>(std::move(store.value()));
        ws = &window->workspace();
        ws->setNow(QDateTime(QDate(2026, 12, 6), QTime(10, 0)));
        window->show();
        window->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
        RecordActions::askDelete = [](QWidget*, const QString&, const QString&) {
            return true;
        };
        ui::forms::BulkEditDialog::confirm = [](QWidget*, const QString&) {
            return true;
        };
    }
    ~App()
    {
        for (QWidget* w : QApplication::topLevelWidgets())
            if (qobject_cast<QDialog*>(w))
                w->close();
        window.reset();
    }
    Store& store() { return window->workspace().store(); }
    QString get(const QString& entity, const QString& id, const char* field)
    {
        auto r = store().record(entity, id);
        REQUIRE(r.isOk());
        return r.value().value(k(field)).toString();
    }
    QString idOf(const char* entity, const QString& name)
    {
        ListFilter f;
        f.equals.insert(model::entity(QString::fromLatin1(entity))->titleField, name);
        auto rows = listRecords(store().reader(), k(entity), f);
        REQUIRE(rows.isOk());
        REQUIRE_MESSAGE(rows.value().size() == 1, entity << " " << name.toStdString());
        return rows.value().front().value(k("id")).toString();
    }
    // Ctrl+N: the main window's New Record action (triggered directly, see pressSave).
    void ctrlN()
    {
        auto* action = window->findChild<QAction*>(QStringLiteral("newRecord"));
        REQUIRE(action);
        CHECK(action->shortcut() == QKeySequence(QKeySequence::New));
        action->trigger();
    }
};

} // namespace

TEST_CASE("from an empty database, a real account is built in the app and the gap analysis reflects it")
{
    App app;
    // Who are you: the first member of an empty database, an admin; then the first account.
    app.window->setAskWhoYouAre(true, false);
    auto* who = qobject_cast<ui::WhoAreYouDialog*>(app.window->askWhoYouAreIfNeeded());
    REQUIRE(who);
    CHECK(who->roleBox()->currentData().toString() == k("admin"));
    typeText(who->nameEdit(), s("周敏"));
    REQUIRE(who->save());
    const QString me = app.ws->me();
    REQUIRE_FALSE(me.isEmpty());
    CHECK(app.get(k("member"), me, "role") == k("admin"));
    CHECK(app.window->askWhoYouAreIfNeeded() == nullptr); // asked once

    RecordDialog* account = openDialog();
    CHECK(account->form()->entityName() == k("account"));
    type(account, "name", s("远航集团有限公司"));
    type(account, "credit_code", k("914403001922038216"));
    choose(account, "tier", k("A"));
    save(account);
    const QString acc = app.idOf("account", s("远航集团有限公司"));
    CHECK(app.get(k("account"), acc, "am_id") == me);

    // Two teammates from the Team page (Ctrl+N there makes a member).
    app.window->showPage(MainWindow::Page::Team);
    for (const char* name : {"李娜", "张伟"}) {
        app.ctrlN();
        RecordDialog* member = openDialog();
        CHECK(member->form()->entityName() == k("member"));
        type(member, "name", s(name));
        choose(member, "role", k("account_manager"));
        save(member);
    }
    const QString li = app.idOf("member", s("李娜")), zhang = app.idOf("member", s("张伟"));
    CHECK(app.get(k("member"), li, "status") == k("active"));
    auto* team = qobject_cast<ui::TeamPage*>(app.window->findChild<ui::TeamPage*>());
    REQUIRE(team);
    CHECK(team->table()->rowCount() == 3);

    // Two custom fields for people, from the Team page's Custom fields tab (Ctrl+N there too).
    team->tabs()->setCurrentIndex(1);
    struct Custom
    {
        const char* key;
        const char* label;
        const char* type;
        const char* choices;
    };
    for (const Custom& c : {Custom{"wechat_group", "WeChat group", "text", ""},
                            Custom{"budget_owner", "Budget owner", "choice", "IT\n财务\n业务"}}) {
        app.ctrlN();
        RecordDialog* field = openDialog();
        CHECK(field->form()->entityName() == k("field_def"));
        choose(field, "applies_to", k("contact"));
        type(field, "key", k(c.key));
        type(field, "label", k(c.label));
        choose(field, "value_type", k(c.type));
        if (*c.choices)
            type(field, "choices", s(c.choices));
        save(field);
    }
    CHECK(team->customFields()->table()->rowCount() == 2);

    // The org tree: HQ at the top, two subsidiaries under it (Ctrl+N in the Organisation tab).
    app.ws->openAccountRequested(acc, k("organisation"));
    ui::AccountView* view = app.window->accountTabs()->currentAccount();
    REQUIRE(view);
    REQUIRE(view->showTab(ui::AccountView::kOrganisation));
    app.ctrlN();
    RecordDialog* hqForm = openDialog();
    CHECK(hqForm->form()->entityName() == k("org_unit"));
    type(hqForm, "name", s("集团总部"));
    choose(hqForm, "kind", k("group_hq"));
    save(hqForm);
    const QString hq = app.idOf("org_unit", s("集团总部"));
    REQUIRE(view->organisationTab()->selectUnit(hq));
    for (const char* name : {"华南子公司", "华东子公司"}) {
        view->organisationTab()->unitActions()->newAction()->trigger();
        RecordDialog* sub = openDialog();
        type(sub, "name", s(name));
        choose(sub, "kind", k("subsidiary"));
        save(sub);
        REQUIRE(view->organisationTab()->selectUnit(hq));
    }
    const QString south = app.idOf("org_unit", s("华南子公司")), east = app.idOf("org_unit", s("华东子公司"));
    CHECK(app.get(k("org_unit"), south, "parent_id") == hq);
    CHECK(app.get(k("org_unit"), east, "parent_id") == hq);

    // Eight people with roles, from the Contacts tab.
    struct Person
    {
        const char* name;
        QString unit;
        const char* role;
    };
    const Person people[] = {
        {"王建国", hq, "economic_buyer"}, {"刘洋", hq, "technical_buyer"}, {"陈静", hq, "financial_approver"},
        {"赵磊", south, "user_buyer"},    {"孙丽", south, "champion"},     {"周强", east, "influencer"},
        {"吴敏", east, "gatekeeper"},     {"郑浩", south, "blocker"},
    };
    REQUIRE(view->showTab(ui::AccountView::kContacts));
    for (const Person& p : people) {
        app.ctrlN();
        RecordDialog* c = openDialog();
        CHECK(c->form()->entityName() == k("contact"));
        type(c, "name", s(p.name));
        choose(c, "org_unit_id", p.unit);
        choose(c, "decision_role", k(p.role));
        save(c);
    }
    const QString wang = app.idOf("contact", s("王建国")), sun = app.idOf("contact", s("孙丽"));

    // The custom fields are in the person's form, checked and saved like the others.
    auto* edit = new RecordDialog(*app.ws, k("contact"), wang, {}, app.window.get());
    edit->setAttribute(Qt::WA_DeleteOnClose);
    edit->open();
    type(edit, "wechat_group", s("远航数据中心群"));
    choose(edit, "budget_owner", s("财务"));
    save(edit);
    CHECK(app.get(k("contact"), wang, "budget_owner") == s("财务"));
    CHECK(app.get(k("contact"), wang, "wechat_group") == s("远航数据中心群"));
    // ... and in columns of their own in the Contacts tab.
    QTest::qWait(50);
    ui::ContactTableModel* table = view->contactsTab()->model();
    REQUIRE(table->reload().isOk());
    int budgetColumn = -1;
    for (int c = 0; c < table->columnCount(); ++c)
        if (table->headerData(c, Qt::Horizontal).toString() == k("Budget owner"))
            budgetColumn = c;
    REQUIRE(budgetColumn >= ui::ContactTableModel::ColumnCount);
    CHECK(table->index(table->rowOf(wang), budgetColumn).data().toString() == s("财务"));
    CHECK_FALSE(table->flags(table->index(table->rowOf(wang), budgetColumn)).testFlag(Qt::ItemIsEditable));

    // Coverage by two teammates: 李娜 works with the economic buyer (the team wants trust), 张伟 with the
    // champion.
    auto gaps = [&] {
        auto g = analysis::findGaps(app.store().reader(), acc, {QDate(2026, 12, 6)});
        REQUIRE(g.isOk());
        return g.value();
    };
    auto has = [&](analysis::GapKind kind, const QString& id) {
        const auto all = gaps();
        return std::any_of(all.begin(), all.end(),
                           [&](const analysis::Gap& g) { return g.kind == kind && g.id == id; });
    };
    CHECK(has(analysis::GapKind::EconomicBuyerNotCovered, wang));
    auto* contacts = view->contactsTab();
    REQUIRE(contacts->selectContact(wang));
    ui::CoverageDialog* coverage = contacts->editCoverage();
    REQUIRE(coverage);
    coverage->memberBox()->setCurrentIndex(coverage->memberBox()->findData(li));
    coverage->levelBox()->setCurrentIndex(coverage->levelBox()->findData(k("working")));
    coverage->desiredBox()->setCurrentIndex(coverage->desiredBox()->findData(k("trusted")));
    REQUIRE(coverage->setCoverage());
    CHECK(coverage->table()->rowCount() == 1);
    coverage->close();
    REQUIRE(contacts->selectContact(sun));
    coverage = contacts->editCoverage();
    coverage->memberBox()->setCurrentIndex(coverage->memberBox()->findData(zhang));
    REQUIRE(coverage->setCoverage());
    coverage->close();
    CHECK_FALSE(has(analysis::GapKind::EconomicBuyerNotCovered, wang));
    CHECK(has(analysis::GapKind::CoverageBelowDesired, wang));
    // 李娜 is the only member shown as covering the buyer; the gap names the wanted level.
    CHECK(query::coverageOf(app.store().reader(), wang)->front().desiredLevel == k("trusted"));

    // An opportunity with its buying center, from the Opportunities tab.
    REQUIRE(view->showTab(k("opportunities")));
    auto* deals = qobject_cast<ui::AccountOpportunitiesTab*>(view->tab(k("opportunities")));
    REQUIRE(deals);
    app.ctrlN();
    RecordDialog* deal = openDialog();
    CHECK(deal->form()->entityName() == k("opportunity"));
    type(deal, "name", s("数据中心二期"));
    type(deal, "amount", s("120万"));
    save(deal);
    const QString dealId = app.idOf("opportunity", s("数据中心二期"));
    CHECK(app.get(k("opportunity"), dealId, "owner_id") == me);
    QTest::qWait(50); // the tab reloads once control is back in the event loop
    deals->selectOpportunity(dealId);
    REQUIRE(deals->currentOpportunityId() == dealId);
    CHECK(has(analysis::GapKind::OpportunityWithoutChampion, dealId));
    for (const auto& [person, role] : {std::pair{sun, "champion"}, std::pair{wang, "economic_buyer"}}) {
        deals->addBuyingRoleAction()->trigger();
        RecordDialog* r = openDialog();
        choose(r, "contact_id", person);
        choose(r, "role", k(role));
        save(r);
        QTest::qWait(50);
    }
    CHECK(deals->buyingCenterView()->model()->rowCount() == 2);
    CHECK_FALSE(has(analysis::GapKind::OpportunityWithoutChampion, dealId));
    CHECK_FALSE(has(analysis::GapKind::NoEconomicBuyer, acc));
    // Every record above was one undoable change.
    CHECK(app.ws->undoStack()->count() >= 17);
}

TEST_CASE("delete, Trash, restore and Undo round-trip for every record type the app creates")
{
    App app;
    commands::Commands& c = app.ws->commands();
    const QString me = c.addMember({{k("name"), s("周敏")}, {k("role"), k("admin")}}).value();
    app.ws->setMe(me);
    const QString other = c.addMember({{k("name"), s("李娜")}}).value();
    const QString acc = c.createRecord(k("account"), {{k("name"), s("远航集团")}}).value();
    const QString unit =
        c.createRecord(k("org_unit"), {{k("account_id"), acc}, {k("name"), s("总部")}}).value();
    const QString person =
        c.createRecord(k("contact"), {{k("account_id"), acc}, {k("name"), s("王建国")}}).value();
    const QString second =
        c.createRecord(k("contact"), {{k("account_id"), acc}, {k("name"), s("刘洋")}}).value();
    const QString deal =
        c.createRecord(k("opportunity"), {{k("account_id"), acc}, {k("name"), s("二期")}}).value();
    const QString role = c.setBuyingRole(deal, person, k("champion")).value();
    const QString link = c.setInfluenceLink(person, second, k("mentors"), 3).value();
    const QString cover = c.setCoverage(person, other, k("brief")).value();
    const QString task = c.createRecord(k("task"), {{k("account_id"), acc}, {k("title"), s("回访")}}).value();
    const QString note = c.createRecord(k("followup"), {{k("account_id"), acc},
                                                        {k("type"), k("visit")},
                                                        {k("at"), k("2026-12-01T02:00:00.000Z")},
                                                        {k("summary"), s("拜访")}})
                             .value();

    for (const QString& id : {unit, person, deal, role, link, cover, task, note, other, acc}) {
        const QString entity = app.store().entityOf(id);
        CAPTURE(entity.toStdString());
        REQUIRE(RecordActions::deleteAsking(*app.ws, app.window.get(), {id}));
        CHECK(app.get(entity, id, "deleted") == k("1"));
        auto trash = listTrashRows(app.store().reader());
        REQUIRE(trash.isOk());
        CHECK(std::any_of(trash->begin(), trash->end(), [&](const TrashRow& r) { return r.id == id; }));
        // Undo brings it back ...
        app.ws->undoStack()->undo();
        CHECK(app.get(entity, id, "deleted") == k("0"));
        // ... and so does the Trash.
        REQUIRE(RecordActions::deleteAsking(*app.ws, app.window.get(), {id}));
        REQUIRE(c.restoreFromTrash({id}).isOk());
        CHECK(app.get(entity, id, "deleted") == k("0"));
    }
    // The question before an account's deletion says what hangs under it.
    const QString question = RecordActions::deleteQuestion(*app.ws, {acc});
    CHECK(question.contains(s("远航集团")));
    CHECK(question.contains(k("2 people")));
    CHECK(question.contains(k("Trash")));
    // Declining changes nothing.
    RecordActions::askDelete = [](QWidget*, const QString&, const QString&) {
        return false;
    };
    CHECK_FALSE(RecordActions::deleteAsking(*app.ws, app.window.get(), {acc}));
    CHECK(app.get(k("account"), acc, "deleted") == k("0"));
    // The last admin is refused, with the reason in the status bar's message.
    RecordActions::askDelete = [](QWidget*, const QString&, const QString&) {
        return true;
    };
    QString said;
    QObject::connect(app.ws, &ui::Workspace::message, [&](const QString& m) { said = m; });
    CHECK_FALSE(RecordActions::deleteAsking(*app.ws, app.window.get(), {me}));
    CHECK(said.contains(k("last admin")));
}

TEST_CASE(
    "the account list hands many accounts to another manager in one change; a member leaves with a successor")
{
    App app;
    commands::Commands& c = app.ws->commands();
    const QString lead = c.addMember({{k("name"), s("周敏")}, {k("role"), k("admin")}}).value();
    const QString zhang = c.addMember({{k("name"), s("张伟")}}).value();
    const QString li = c.addMember({{k("name"), s("李娜")}}).value();
    app.ws->setMe(lead);
    QStringList accounts;
    for (int i = 0; i < 4; ++i)
        accounts
            << c.createRecord(k("account"), {{k("name"), s("客户%1").arg(i)}, {k("am_id"), zhang}}).value();

    app.window->showPage(MainWindow::Page::Accounts);
    ui::AccountListView* list = app.window->accountTabs()->list();
    QTest::qWait(100); // the list loads after the page is shown
    list->table()->selectAll();
    CHECK(list->actions()->selectedIds().size() == 4);
    ui::forms::BulkEditDialog* bulk = list->bulkEdit();
    REQUIRE(bulk);
    bulk->fieldBox()->setCurrentIndex(bulk->fieldBox()->findData(k("am_id")));
    auto* value = qobject_cast<QComboBox*>(bulk->editor()->widget());
    REQUIRE(value);
    value->setCurrentIndex(value->findData(li));
    REQUIRE(bulk->apply());
    for (const QString& a : accounts)
        CHECK(app.get(k("account"), a, "am_id") == li);
    CHECK(app.ws->undoStack()->undoText().contains(k("4 records")));
    app.ws->undoStack()->undo();
    for (const QString& a : accounts)
        CHECK(app.get(k("account"), a, "am_id") == zhang);

    // 张伟 leaves; the Team page asks who takes over and hands everything over at once.
    app.window->showPage(MainWindow::Page::Team);
    auto* team = app.window->findChild<ui::TeamPage*>();
    REQUIRE(team);
    REQUIRE(team->selectMember(zhang));
    QString shown;
    ui::TeamPage::chooseSuccessor = [&](QWidget*, const QString&, const QString& holdings,
                                        const auto& choices) {
        shown = holdings;
        CHECK(
            std::none_of(choices.begin(), choices.end(), [&](const auto& ch) { return ch.first == zhang; }));
        return std::optional<QString>(li);
    };
    REQUIRE(team->leaveCurrent());
    CHECK(shown.contains(k("4 accounts")));
    CHECK(app.get(k("member"), zhang, "status") == k("left"));
    for (const QString& a : accounts)
        CHECK(app.get(k("account"), a, "am_id") == li);
    // A member who left is not offered for new work.
    RecordActions::openNew(*app.ws, app.window.get(), k("task"));
    auto* assignee = qobject_cast<QComboBox*>(openDialog()->form()->editor(k("assignee_id")));
    REQUIRE(assignee);
    CHECK(assignee->findData(zhang) < 0);
    CHECK(assignee->findData(li) >= 0);
    openDialog()->close();
}

TEST_CASE("a new account whose name matches an existing one offers to open it first")
{
    App app;
    commands::Commands& c = app.ws->commands();
    const QString existing = c.createRecord(k("account"), {{k("name"), s("华为技术有限公司")}}).value();
    QString asked;
    RecordDialog::askDuplicate = [&](QWidget*, const QString& question) {
        asked = question;
        return RecordDialog::DuplicateAnswer::OpenExisting;
    };
    app.window->showPage(MainWindow::Page::Accounts);
    app.ctrlN();
    RecordDialog* d = openDialog();
    CHECK(d->form()->entityName() == k("account"));
    type(d, "name", s("华为技术（中国）股份有限公司"));
    pressSave(d);
    CHECK(asked.contains(s("华为技术有限公司")));
    CHECK_FALSE(d->isVisible());
    CHECK(app.window->accountTabs()->currentAccountId() == existing);
    ListFilter all;
    CHECK(listRecords(app.store().reader(), k("account"), all)->size() == 1);

    // "Keep editing" leaves the form open with what was typed; "Save anyway" creates it.
    RecordDialog::askDuplicate = [](QWidget*, const QString&) {
        return RecordDialog::DuplicateAnswer::KeepEditing;
    };
    app.window->showPage(MainWindow::Page::Accounts);
    app.window->accountTabs()->setCurrentIndex(0);
    app.ctrlN();
    d = openDialog();
    type(d, "name", s("华为技术"));
    pressSave(d);
    CHECK(d->isVisible());
    RecordDialog::askDuplicate = [](QWidget*, const QString&) {
        return RecordDialog::DuplicateAnswer::SaveAnyway;
    };
    save(d);
    CHECK(listRecords(app.store().reader(), k("account"), all)->size() == 2);
}

TEST_CASE("an account's custom fields show on its Overview, by label; none, no box")
{
    App app;
    commands::Commands& c = app.ws->commands();
    const QString acc = c.createRecord(k("account"), {{k("name"), s("远航集团")}}).value();
    app.ws->openAccountRequested(acc, QString());
    ui::AccountView* view = app.window->accountTabs()->currentAccount();
    REQUIRE(view);
    auto* box = view->overviewTab()->findChild<QWidget*>(k("customFields"));
    REQUIRE(box);
    CHECK(box->isHidden());

    REQUIRE(c.createRecord(k("field_def"), {{k("applies_to"), k("account")},
                                            {k("key"), k("erp_code")},
                                            {k("label"), k("ERP code")},
                                            {k("value_type"), k("text")}})
                .isOk());
    REQUIRE(c.editRecord(acc, {{k("erp_code"), k("C-1001")}}).isOk());
    view->refresh();
    CHECK_FALSE(box->isHidden());
    auto* value = view->overviewTab()->findChild<QLabel*>(k("custom_erp_code"));
    REQUIRE(value);
    CHECK(value->text() == k("C-1001"));
}
