// Playbooks in the desktop app, used as a team lead and an account manager
// would: the Team page's Playbooks tab lists the shipped playbooks with their
// steps, one click switches one on (undoably), a member who is not a lead
// cannot; an account's Playbooks tab starts one by hand, shows its steps done,
// open, late and waiting, follows a task marked done, refuses a second start
// the same day in words, and opens a step's task on the Tasks tab. A lead writes
// a new playbook in the dialog (a step that waits for itself refused, nothing
// written) and edits a shipped one (only the steps written).
#include "QtDoctest.h"
#include "StoreFixture.h"

#include "commands/Commands.h"
#include "rules/Playbooks.h"
#include "ui/Workspace.h"
#include "ui/account/AccountPlaybooksTab.h"
#include "ui/team/PlaybooksView.h"
#include "ui/today/TodaySection.h"
#include "ui/today/TodayView.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

using namespace summit;
using summit::ui::AccountPlaybooksTab;
using summit::ui::PlaybooksView;
using summit::ui::Workspace;

namespace {

const QString kNewKey = QStringLiteral("00000000-0000-7000-8003-000000000001");
const QString kVisit = QStringLiteral("00000000-0000-7000-8003-000000000002");

struct Team
{
    test::StoreFixture fixture;
    Workspace workspace{*fixture.store};
    QString lead, am, account;
    Team()
    {
        workspace.setNow(QDateTime(QDate(2026, 12, 7), QTime(10, 0)));
        lead = fixture.add(QStringLiteral("member"), {{QStringLiteral("name"), QString::fromUtf8("赵总")},
                                                      {QStringLiteral("role"), QStringLiteral("team_lead")}});
        am = fixture.add(QStringLiteral("member"),
                         {{QStringLiteral("name"), QString::fromUtf8("王敏")},
                          {QStringLiteral("role"), QStringLiteral("account_manager")}});
        account =
            fixture.add(QStringLiteral("account"), {{QStringLiteral("name"), QString::fromUtf8("华东电力")},
                                                    {QStringLiteral("tier"), QStringLiteral("A")},
                                                    {QStringLiteral("am_id"), am}});
    }
};

QTreeWidgetItem* step(QTreeWidget* tree, int run, int index)
{
    QTreeWidgetItem* top = tree->topLevelItem(run);
    REQUIRE(top);
    REQUIRE(index < top->childCount());
    return top->child(index);
}

} // namespace

TEST_CASE("the Playbooks tab lists the shipped playbooks; a lead switches one on, undoably")
{
    Team t;
    PlaybooksView view(t.workspace);
    view.resize(1200, 700);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    QTableWidget* table = view.table();
    REQUIRE(table->rowCount() == 5);
    CHECK(table->item(0, PlaybooksView::NameColumn)->text().startsWith(QStringLiteral("New key account\n")));
    CHECK(table->item(0, PlaybooksView::StepsColumn)
              ->text()
              .contains(QStringLiteral("(after: Survey the customer's needs)")));
    CHECK(table->item(0, PlaybooksView::OnColumn)->checkState() == Qt::Unchecked);
    CHECK(table->item(2, PlaybooksView::OnColumn)->checkState() == Qt::Checked); // the monthly health check
    const QRect cell = table->visualItemRect(table->item(0, PlaybooksView::OnColumn));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    CHECK(table->item(0, PlaybooksView::OnColumn)->checkState() == Qt::Checked);
    CHECK(rules::loadPlaybook(t.fixture.store->reader(), kNewKey).value().enabled);
    t.workspace.undoStack()->undo();
    CHECK_FALSE(rules::loadPlaybook(t.fixture.store->reader(), kNewKey).value().enabled);
    CHECK(table->item(0, PlaybooksView::OnColumn)->checkState() == Qt::Unchecked);

    // An account manager reads them and cannot switch them.
    t.fixture.store->setAuthor(t.am);
    view.reload();
    CHECK(view.findChild<QLabel*>(QStringLiteral("playbooksReadOnly"))->isVisible());
    CHECK_FALSE(view.toggle(0));
    CHECK_FALSE(rules::loadPlaybook(t.fixture.store->reader(), kNewKey).value().enabled);
}

TEST_CASE(
    "an account's Playbooks tab: started by hand, its steps' states, a task done, a second start refused")
{
    Team t;
    AccountPlaybooksTab tab(t.workspace, t.account);
    tab.resize(1000, 600);
    tab.show();
    REQUIRE(QTest::qWaitForWindowExposed(&tab));
    CHECK(tab.view()->topLevelItemCount() == 0);
    CHECK(tab.summary()->text().startsWith(QStringLiteral("No playbook has run on this account yet")));

    // The menu lists the playbooks that are switched on.
    tab.startButton()->menu()->popup(QPoint(0, 0));
    QStringList offered;
    for (QAction* a : tab.startButton()->menu()->actions())
        offered << a->text();
    tab.startButton()->menu()->hide();
    CHECK(offered == QStringList{QStringLiteral("Monthly health check")});
    REQUIRE(commands::Commands(*t.fixture.store).editPlaybook(kVisit, {{QStringLiteral("enabled"), 1}}));

    REQUIRE(tab.start(kVisit));
    REQUIRE(tab.view()->topLevelItemCount() == 1);
    QTreeWidgetItem* run = tab.view()->topLevelItem(0);
    CHECK(run->text(0) == QStringLiteral("After a visit — started by hand on 2026-12-07"));
    CHECK(run->text(1) == QStringLiteral("0 of 2 steps finished"));
    CHECK(step(tab.view(), 0, 0)->text(1) == QStringLiteral("Open"));
    CHECK(step(tab.view(), 0, 0)->text(3) == QString::fromUtf8("王敏"));
    CHECK(tab.summary()->text() == QStringLiteral("1 playbook(s) running"));

    // A second start the same day is refused, in words, with nothing written.
    const int tasks = t.fixture.store->reader().scalar(QStringLiteral("SELECT count(*) FROM tasks")).toInt();
    CHECK_FALSE(tab.start(kVisit));
    CHECK(tab.findChildren<QLabel*>().size() >= 2);
    bool said = false;
    for (QLabel* l : tab.findChildren<QLabel*>())
        said = said || (l->isVisible() && l->text().contains(QStringLiteral("already started")));
    CHECK(said);
    CHECK(t.fixture.store->reader().scalar(QStringLiteral("SELECT count(*) FROM tasks")).toInt() == tasks);

    // The summary, marked done, follows; the other step, once late, says so.
    const QString summaryTask = step(tab.view(), 0, 0)->data(0, AccountPlaybooksTab::TaskRole).toString();
    REQUIRE(commands::Commands(*t.fixture.store)
                .completeTask(summaryTask, QDateTime(QDate(2026, 12, 7), QTime(12, 0))));
    CHECK(step(tab.view(), 0, 0)->text(1) == QStringLiteral("Done"));
    CHECK(tab.view()->topLevelItem(0)->text(1) == QStringLiteral("1 of 2 steps finished"));
    t.workspace.setNow(QDateTime(QDate(2026, 12, 14), QTime(10, 0)));
    tab.reload();
    QTreeWidgetItem* late = step(tab.view(), 0, 1);
    CHECK(late->text(1) == QStringLiteral("Late"));
    CHECK(late->font(1).bold());
    CHECK(late->toolTip(1).startsWith(QStringLiteral("Late: was due")));
    CHECK(tab.summary()->text().contains(QStringLiteral("1 step(s) late")));

    // Activating a step asks for its task.
    QSignalSpy activated(&tab, &AccountPlaybooksTab::taskActivated);
    emit tab.view()->itemActivated(late, 0);
    REQUIRE(activated.count() == 1);
    CHECK(activated.first().first().toString() == late->data(0, AccountPlaybooksTab::TaskRole).toString());
}

TEST_CASE("a step waiting for another says which")
{
    Team t;
    REQUIRE(commands::Commands(*t.fixture.store).editPlaybook(kNewKey, {{QStringLiteral("enabled"), 1}}));
    AccountPlaybooksTab tab(t.workspace, t.account);
    REQUIRE(tab.start(kNewKey));
    REQUIRE(tab.view()->topLevelItemCount() == 1);
    REQUIRE(tab.view()->topLevelItem(0)->childCount() == 3);
    CHECK(step(tab.view(), 0, 1)->text(1) == QStringLiteral("Waits for Survey the customer's needs"));
    CHECK(step(tab.view(), 0, 1)->data(0, AccountPlaybooksTab::StateRole).toString() ==
          QStringLiteral("waiting"));
}

TEST_CASE("the Today page gives a playbook task's playbook and step as its reason")
{
    Team t;
    t.fixture.store->setAuthor(t.am);
    auto id = commands::Commands(*t.fixture.store)
                  .addPlaybook(
                      {{QStringLiteral("name"), QString::fromUtf8("当天回访")},
                       {QStringLiteral("trigger"), QStringLiteral("manual")},
                       {QStringLiteral("steps"),
                        rules::stepsJson(
                            {rules::parseStepText(QStringLiteral("call: Call back | 0h | am")).value(),
                             rules::parseStepText(QStringLiteral("note: Write it up | 1wd | am | after call"))
                                 .value()})}});
    REQUIRE_MESSAGE(id.isOk(), id.message().toStdString());
    AccountPlaybooksTab tab(t.workspace, t.account);
    REQUIRE(tab.start(id.value()));
    ui::TodayView today(t.workspace, nullptr);
    today.refresh();
    REQUIRE(today.dueTodaySection()->count() == 1);
    QTreeWidgetItem* row = today.dueTodaySection()->list()->topLevelItem(0);
    CHECK(row->text(0) == QStringLiteral("Call back"));
    CHECK(row->text(2) == QString::fromUtf8("Playbook: 当天回访, step 1 of 2"));
    CHECK(row->toolTip(2) == QStringLiteral("When started by hand"));
}

TEST_CASE("a lead writes a playbook in the dialog; a bad step is refused with nothing written")
{
    Team t;
    PlaybooksView view(t.workspace);
    CHECK(view.newAction()->isEnabled());
    rules::Playbook blank;
    blank.name = QStringLiteral("New playbook");
    blank.trigger = QStringLiteral("manual");
    ui::PlaybookDialog dialog(t.workspace, blank);
    dialog.nameEdit()->setText(QString::fromUtf8("大客户回访"));
    dialog.triggerBox()->setCurrentIndex(dialog.triggerBox()->findData(QStringLiteral("opportunity_stage")));
    REQUIRE(dialog.stageBox()->isEnabled());
    dialog.stageBox()->setCurrentIndex(dialog.stageBox()->findData(QStringLiteral("propose")));
    dialog.tiersEdit()->setText(QStringLiteral("s, a"));
    QTableWidget* steps = dialog.steps();
    const int first = dialog.addStep();
    steps->item(first, ui::PlaybookDialog::KeyColumn)->setText(QStringLiteral("call"));
    steps->item(first, ui::PlaybookDialog::TitleColumn)->setText(QString::fromUtf8("电话确认方案反馈"));
    steps->item(first, ui::PlaybookDialog::DueColumn)->setText(QStringLiteral("24"));
    auto* unit = qobject_cast<QComboBox*>(steps->cellWidget(first, ui::PlaybookDialog::UnitColumn));
    unit->setCurrentIndex(unit->findData(QStringLiteral("hours")));
    steps->item(first, ui::PlaybookDialog::AfterColumn)->setText(QStringLiteral("call"));
    const int before =
        t.fixture.store->reader().scalar(QStringLiteral("SELECT count(*) FROM playbooks")).toInt();
    CHECK_FALSE(dialog.save());
    CHECK(dialog.errorText() == QStringLiteral("Step call waits for itself."));
    CHECK(t.fixture.store->reader().scalar(QStringLiteral("SELECT count(*) FROM playbooks")).toInt() ==
          before);
    steps->item(first, ui::PlaybookDialog::AfterColumn)->setText(QString());
    const int second = dialog.addStep();
    steps->item(second, ui::PlaybookDialog::KeyColumn)->setText(QStringLiteral("visit"));
    steps->item(second, ui::PlaybookDialog::TitleColumn)->setText(QString::fromUtf8("上门拜访"));
    steps->item(second, ui::PlaybookDialog::RolesColumn)->setText(QStringLiteral("am, sa"));
    steps->item(second, ui::PlaybookDialog::AfterColumn)->setText(QStringLiteral("call"));
    REQUIRE_MESSAGE(dialog.save(), dialog.errorText().toStdString());
    REQUIRE(view.table()->rowCount() == 6);
    auto all = rules::loadPlaybooks(t.fixture.store->reader());
    REQUIRE(all.isOk());
    const rules::Playbook& mine = all.value().back();
    CHECK(mine.name == QString::fromUtf8("大客户回访"));
    CHECK(mine.trigger == QStringLiteral("opportunity_stage"));
    CHECK(mine.stage == QStringLiteral("propose"));
    CHECK(mine.tiers == QStringList{QStringLiteral("S"), QStringLiteral("A")});
    REQUIRE(mine.steps.size() == 2);
    CHECK((mine.steps[0].dueIn == 24 && mine.steps[0].dueUnit == QStringLiteral("hours")));
    CHECK(mine.steps[1].roles == QStringList{QStringLiteral("am"), QStringLiteral("sa")});
    CHECK(mine.steps[1].after == QStringList{QStringLiteral("call")});
    CHECK(mine.problem.isEmpty());
    // Undo takes it away again.
    t.workspace.undoStack()->undo();
    CHECK(view.table()->rowCount() == 5);
}

TEST_CASE("editing a shipped playbook in the dialog writes only the steps changed")
{
    Team t;
    auto shipped = rules::loadPlaybook(t.fixture.store->reader(), kVisit);
    REQUIRE(shipped.isOk());
    ui::PlaybookDialog dialog(t.workspace, shipped.value());
    REQUIRE(dialog.steps()->rowCount() == 2);
    CHECK(dialog.steps()->item(0, ui::PlaybookDialog::DueColumn)->text() == QStringLiteral("24"));
    dialog.steps()->item(0, ui::PlaybookDialog::DueColumn)->setText(QStringLiteral("48"));
    REQUIRE_MESSAGE(dialog.save(), dialog.errorText().toStdString());
    auto rec = t.fixture.store->record(QStringLiteral("playbook"), kVisit);
    REQUIRE(rec.isOk());
    CHECK(rec.value().value(QStringLiteral("name")).isNull());
    CHECK(rec.value().value(QStringLiteral("enabled")).isNull());
    CHECK(rec.value().value(QStringLiteral("steps")).toString().contains(QStringLiteral("\"due_in\":48")));
    CHECK(rules::loadPlaybook(t.fixture.store->reader(), kVisit).value().steps[0].dueIn == 48);
    // A shipped playbook cannot be deleted from the list.
    PlaybooksView view(t.workspace);
    view.table()->setCurrentCell(1, PlaybooksView::NameColumn);
    CHECK(view.currentPlaybook() == kVisit);
    CHECK(view.editAction()->isEnabled());
    CHECK_FALSE(view.deleteAction()->isEnabled());
}
