// The Team page's Rules tab, used as a team lead would: the shipped rules as
// sentences, one switched off with a click, a new rule written through the
// dialog's own widgets (a rule with no one to give the task to refused, with
// nothing written), a test run listing what a rule would make today, and a
// member who is not a team lead reading without editing.
#include "QtDoctest.h"
#include "StoreFixture.h"

#include "rules/RuleEngine.h"
#include "rules/WorkCalendar.h"
#include "ui/Workspace.h"
#include "ui/team/RulesView.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace summit;
using summit::ui::RuleDialog;
using summit::ui::RulesView;
using summit::ui::RuleTestDialog;
using summit::ui::Workspace;

namespace {

const QString kQuietA = QStringLiteral("00000000-0000-7000-8001-000000000001");

struct Page
{
    test::StoreFixture fixture;
    Workspace workspace{*fixture.store};
    QString lead;
    std::unique_ptr<RulesView> view;

    Page()
    {
        lead = fixture.add(QStringLiteral("member"), {{QStringLiteral("name"), QString::fromUtf8("赵总")},
                                                      {QStringLiteral("role"), QStringLiteral("team_lead")}});
        view = std::make_unique<RulesView>(workspace);
        view->resize(1200, 700);
        view->show();
        REQUIRE(QTest::qWaitForWindowExposed(view.get()));
    }
    int rows() const { return view->table()->rowCount(); }
};

} // namespace

TEST_CASE("the shipped rules show as sentences and one click switches a rule off, undoably")
{
    Page p;
    REQUIRE(p.rows() == 11);
    CHECK(p.view->table()->item(0, 2)->text().startsWith(QStringLiteral("When a tier S or A account")));
    CHECK(p.view->table()->item(0, 0)->checkState() == Qt::Checked);
    REQUIRE(p.view->selectRule(kQuietA));
    REQUIRE(p.view->toggleCurrent());
    CHECK(p.view->table()->item(0, 0)->checkState() == Qt::Unchecked);
    CHECK_FALSE(rules::loadRule(p.fixture.store->reader(), kQuietA).value().enabled);
    p.workspace.undoStack()->undo();
    auto back = rules::loadRule(p.fixture.store->reader(), kQuietA);
    REQUIRE(back.isOk());
    CHECK(back.value().enabled);
    CHECK(p.view->table()->item(0, 0)->checkState() == Qt::Checked);
}

TEST_CASE("a new rule through the dialog: its sentence follows the form, a bad one is refused")
{
    Page p;
    rules::Rule blank;
    blank.condition = QStringLiteral("quiet");
    blank.roles = {QStringLiteral("am")};
    RuleDialog dialog(p.workspace, blank);
    auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("name"));
    auto* condition = dialog.findChild<QComboBox*>(QStringLiteral("condition"));
    auto* threshold = dialog.findChild<QSpinBox*>(QStringLiteral("threshold"));
    auto* tierB = dialog.findChild<QCheckBox*>(QStringLiteral("tier_B"));
    auto* am = dialog.findChild<QCheckBox*>(QStringLiteral("role_am"));
    auto* lead = dialog.findChild<QCheckBox*>(QStringLiteral("role_team_lead"));
    auto* dueIn = dialog.findChild<QSpinBox*>(QStringLiteral("due_in"));
    REQUIRE((name && condition && threshold && tierB && am && lead && dueIn));
    name->setText(QString::fromUtf8("B类客户两周未跟进"));
    condition->setCurrentIndex(condition->findData(QStringLiteral("quiet")));
    threshold->setValue(14);
    tierB->setChecked(true);
    dueIn->setValue(2);
    CHECK(dialog.sentence().startsWith(
        QStringLiteral("When a tier B account has had no follow-up for more than 14 day")));
    CHECK(dialog.sentence().contains(QStringLiteral("a task for its account manager, due within 2 workday")));
    lead->setChecked(true);
    CHECK(
        dialog.sentence().contains(QStringLiteral("a task each for its account manager and the team lead")));

    // Nobody to give the task to: refused with the reason, nothing written.
    am->setChecked(false);
    lead->setChecked(false);
    const int before = p.fixture.store->reader().scalar(QStringLiteral("SELECT count(*) FROM rules")).toInt();
    CHECK_FALSE(dialog.save());
    CHECK(dialog.errorText().contains(QStringLiteral("role")));
    CHECK(p.fixture.store->reader().scalar(QStringLiteral("SELECT count(*) FROM rules")).toInt() == before);

    am->setChecked(true);
    REQUIRE(dialog.save());
    CHECK(dialog.errorText().isEmpty());
    REQUIRE(p.rows() == 12);
    auto all = rules::loadRules(p.fixture.store->reader());
    REQUIRE(all.isOk());
    const rules::Rule& added = all.value().back();
    CHECK(added.name == QString::fromUtf8("B类客户两周未跟进"));
    CHECK(added.threshold == 14);
    CHECK(added.tiers == QStringList{QStringLiteral("B")});
    CHECK(added.roles == QStringList{QStringLiteral("am")});
    CHECK(added.dueIn == 2);
}

TEST_CASE("editing a shipped rule writes only the fields changed")
{
    Page p;
    auto quiet = rules::loadRule(p.fixture.store->reader(), kQuietA);
    REQUIRE(quiet.isOk());
    RuleDialog dialog(p.workspace, quiet.value());
    dialog.findChild<QSpinBox*>(QStringLiteral("threshold"))->setValue(5);
    REQUIRE(dialog.save());
    auto rec = p.fixture.store->record(QStringLiteral("rule"), kQuietA);
    REQUIRE(rec.isOk());
    CHECK(rec.value().value(QStringLiteral("threshold")).toInt() == 5);
    CHECK(rec.value().value(QStringLiteral("name")).isNull());
    CHECK(rec.value().value(QStringLiteral("roles")).isNull());
}

TEST_CASE("a test run lists the tasks a rule would make today and writes nothing")
{
    Page p;
    const QString acc =
        p.fixture.add(QStringLiteral("account"), {{QStringLiteral("name"), QString::fromUtf8("中国石化")},
                                                  {QStringLiteral("tier"), QStringLiteral("A")},
                                                  {QStringLiteral("am_id"), p.lead}});
    (void)acc;
    auto quiet = rules::loadRule(p.fixture.store->reader(), kQuietA);
    REQUIRE(quiet.isOk());
    RuleTestDialog dialog(p.fixture.store->path(), quiet.value());
    QSignalSpy computed(&dialog, &RuleTestDialog::computed);
    REQUIRE((dialog.isDone() || computed.wait(20000)));
    REQUIRE(dialog.table()->rowCount() == 1); // the lead is the account manager too: one task
    CHECK(dialog.table()->item(0, 0)->text() == QString::fromUtf8("中国石化"));
    CHECK(dialog.table()->item(0, 4)->text().contains(QStringLiteral("No follow-up")));
    CHECK(dialog.summaryText().contains(QStringLiteral("would make")));
    CHECK(p.fixture.store->reader().scalar(QStringLiteral("SELECT count(*) FROM tasks")).toInt() == 0);
}

TEST_CASE("a member who is not a team lead reads the rules but cannot change them")
{
    Page p;
    const QString am = p.fixture.add(QStringLiteral("member"),
                                     {{QStringLiteral("name"), QString::fromUtf8("王敏")},
                                      {QStringLiteral("role"), QStringLiteral("account_manager")}});
    p.fixture.store->setAuthor(am);
    p.view->reload();
    REQUIRE(p.view->selectRule(kQuietA));
    CHECK_FALSE(p.view->newAction()->isEnabled());
    CHECK_FALSE(p.view->editAction()->isEnabled());
    CHECK_FALSE(p.view->deleteAction()->isEnabled());
    CHECK(p.view->testAction()->isEnabled());
}

TEST_CASE("the team's own calendar days are listed under the rules, added and removed")
{
    Page p;
    QTableWidget* days = p.view->calendarDays();
    REQUIRE(days);
    CHECK(days->rowCount() == 0);
    auto* note = p.view->findChild<QLabel*>(QStringLiteral("calendarNote"));
    REQUIRE(note);
    CHECK(note->text().contains(QStringLiteral("2025")));
    CHECK(note->text().contains(QStringLiteral("2026")));
    REQUIRE(p.view->addCalendarDay(QDate(2026, 12, 31), false, QString::fromUtf8("公司年会")));
    REQUIRE(days->rowCount() == 1);
    CHECK(days->item(0, 0)->text() == QStringLiteral("2026-12-31"));
    CHECK(days->item(0, 1)->text() == QStringLiteral("Day off"));
    CHECK(days->item(0, 2)->text() == QString::fromUtf8("公司年会"));
    auto cal = rules::WorkCalendar::forTeam(p.fixture.store->reader());
    REQUIRE(cal.isOk());
    CHECK_FALSE(cal.value().isWorkday(QDate(2026, 12, 31)));
    // Removed: the day is an ordinary Thursday again.
    days->setCurrentCell(0, 0);
    auto* remove = p.view->findChildren<QAction*>().at(0);
    for (QAction* a : p.view->findChildren<QAction*>())
        if (a->text() == QStringLiteral("Remove day"))
            remove = a;
    remove->trigger();
    CHECK(days->rowCount() == 0);
    CHECK(rules::WorkCalendar::forTeam(p.fixture.store->reader()).value().isWorkday(QDate(2026, 12, 31)));
}
