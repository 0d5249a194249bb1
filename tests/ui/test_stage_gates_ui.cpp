// Stage gates in the desktop app, used as a team lead would: the Team page's
// Stage gates tab lists the shipped gates with what each needs; one click
// switches one off (undoably) and an opportunity then moves; a lead adds a gate
// for accounts in the dialog by ticking a field and the account is held back
// with the field named; a shipped gate cannot be deleted, the team's own can;
// an account manager reads and cannot change them.
#include "QtDoctest.h"
#include "StoreFixture.h"

#include "commands/Commands.h"
#include "rules/StageGates.h"
#include "ui/Workspace.h"
#include "ui/team/StageGatesView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace summit;
using summit::ui::StageGateDialog;
using summit::ui::StageGatesView;
using summit::ui::Workspace;

namespace {

const QString kDevelop = QStringLiteral("00000000-0000-7000-8002-000000000001");

struct Team
{
    test::StoreFixture fixture;
    Workspace workspace{*fixture.store};
    QString lead, am, account, opportunity;
    Team()
    {
        lead = fixture.add(QStringLiteral("member"), {{QStringLiteral("name"), QString::fromUtf8("赵总")},
                                                      {QStringLiteral("role"), QStringLiteral("team_lead")}});
        am = fixture.add(QStringLiteral("member"),
                         {{QStringLiteral("name"), QString::fromUtf8("王敏")},
                          {QStringLiteral("role"), QStringLiteral("account_manager")}});
        fixture.store->setAuthor(lead);
        account =
            fixture.add(QStringLiteral("account"), {{QStringLiteral("name"), QString::fromUtf8("华东电力")},
                                                    {QStringLiteral("am_id"), am}});
        opportunity = fixture.add(QStringLiteral("opportunity"),
                                  {{QStringLiteral("account_id"), account},
                                   {QStringLiteral("name"), QString::fromUtf8("智能电网二期")},
                                   {QStringLiteral("stage"), QStringLiteral("qualify")}});
    }
    Status move(const QString& id, const QString& stage)
    {
        return workspace.commands().editRecord(id, {{QStringLiteral("stage"), stage}});
    }
};

int rowOf(QTableWidget* table, const QString& id)
{
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, StageGatesView::StageColumn)->data(Qt::UserRole).toString() == id)
            return row;
    return -1;
}

QListWidgetItem* need(QListWidget* list, const QString& key)
{
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->data(Qt::UserRole).toString() == key)
            return list->item(i);
    return nullptr;
}

} // namespace

TEST_CASE(
    "the Stage gates tab lists the shipped gates; switching one off lets the opportunity move, undoably")
{
    Team t;
    StageGatesView view(t.workspace);
    view.resize(1100, 600);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    QTableWidget* table = view.table();
    REQUIRE(table->rowCount() == 6);
    const int row = rowOf(table, kDevelop);
    REQUIRE(row >= 0);
    CHECK(table->item(row, StageGatesView::StageColumn)->text() ==
          QStringLiteral("Opportunity entering Develop"));
    CHECK(table->item(row, StageGatesView::NeedsColumn)->text() == QStringLiteral("Amount, Expected close"));
    CHECK(table->item(row, StageGatesView::OnColumn)->checkState() == Qt::Checked);

    // The gate holds: the opportunity has no amount or close date.
    const Status held = t.move(t.opportunity, QStringLiteral("develop"));
    REQUIRE_FALSE(held.isOk());
    CHECK(held.message().contains(QStringLiteral("Amount")));

    const QRect cell = table->visualItemRect(table->item(row, StageGatesView::OnColumn));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    CHECK(table->item(rowOf(table, kDevelop), StageGatesView::OnColumn)->checkState() == Qt::Unchecked);
    CHECK(view.errorText().isEmpty());
    REQUIRE(t.move(t.opportunity, QStringLiteral("develop")).isOk());
    REQUIRE(t.move(t.opportunity, QStringLiteral("qualify")).isOk());
    t.workspace.undoStack()->undo(); // back to develop
    t.workspace.undoStack()->undo(); // back to qualify
    t.workspace.undoStack()->undo(); // the gate on again
    CHECK(table->item(rowOf(table, kDevelop), StageGatesView::OnColumn)->checkState() == Qt::Checked);
    CHECK_FALSE(t.move(t.opportunity, QStringLiteral("develop")).isOk());

    // A shipped gate cannot be deleted: the action is off, and the command refuses it in words.
    table->setCurrentCell(rowOf(table, kDevelop), StageGatesView::StageColumn);
    CHECK_FALSE(view.deleteAction()->isEnabled());
    const Status removed = t.workspace.commands().removeStageGate(kDevelop);
    REQUIRE_FALSE(removed.isOk());
    CHECK(removed.message().contains(QStringLiteral("switched off")));

    // An account manager reads them and cannot switch them.
    t.fixture.store->setAuthor(t.am);
    view.reload();
    CHECK(view.findChild<QLabel*>(QStringLiteral("stageGatesReadOnly"))->isVisible());
    CHECK_FALSE(view.newAction()->isEnabled());
    CHECK_FALSE(view.toggle(rowOf(table, kDevelop)));
    CHECK(table->item(rowOf(table, kDevelop), StageGatesView::OnColumn)->checkState() == Qt::Checked);
}

TEST_CASE(
    "a lead adds a gate in the dialog by ticking fields; the account is held back until they are filled")
{
    Team t;
    StageGatesView view(t.workspace);
    {
        rules::StageGate blank;
        blank.appliesTo = QStringLiteral("opportunity");
        blank.stage = QStringLiteral("qualify");
        StageGateDialog dialog(t.workspace, blank);
        // The opportunity's fields, and the buying center, are offered; not its stage.
        CHECK(need(dialog.needs(), QStringLiteral("amount")));
        CHECK(need(dialog.needs(), rules::kBuyingCenter));
        CHECK_FALSE(need(dialog.needs(), QStringLiteral("stage")));
        // Switched to accounts: the account's fields, ticks kept where the field exists.
        dialog.setNeeds({QStringLiteral("currency")});
        dialog.appliesTo()->setCurrentIndex(dialog.appliesTo()->findData(QStringLiteral("account")));
        CHECK_FALSE(need(dialog.needs(), rules::kBuyingCenter));
        CHECK(dialog.checkedNeeds() == QStringList{QStringLiteral("currency")});
        dialog.stage()->setCurrentIndex(dialog.stage()->findData(QStringLiteral("onboarding")));
        dialog.setNeeds({QStringLiteral("de_id")});
        REQUIRE_MESSAGE(dialog.save(), dialog.errorText().toStdString());
    }
    REQUIRE(view.table()->rowCount() == 7);
    const int added = view.table()->rowCount() - 1;
    CHECK(view.table()->item(added, StageGatesView::StageColumn)->text() ==
          QStringLiteral("Account entering Onboarding"));
    CHECK(view.table()->item(added, StageGatesView::NeedsColumn)->text() ==
          QStringLiteral("Delivery expert"));

    const Status held = t.move(t.account, QStringLiteral("onboarding"));
    REQUIRE_FALSE(held.isOk());
    CHECK(held.message().contains(QStringLiteral("Delivery expert")));
    CHECK(held.message().contains(QString::fromUtf8("华东电力")));
    REQUIRE(t.workspace.commands().editRecord(t.account, {{QStringLiteral("de_id"), t.am}}));
    REQUIRE(t.move(t.account, QStringLiteral("onboarding")).isOk());

    // Edited: only what changed is written; ticking nothing leaves a gate that requires nothing.
    auto gates = rules::loadGates(t.fixture.store->reader());
    REQUIRE(gates.isOk());
    const rules::StageGate own = gates.value().back();
    {
        StageGateDialog dialog(t.workspace, own);
        CHECK_FALSE(dialog.appliesTo()->isEnabled());
        CHECK(dialog.checkedNeeds() == QStringList{QStringLiteral("de_id")});
        dialog.setNeeds({});
        REQUIRE(dialog.save());
    }
    CHECK(view.table()->item(added, StageGatesView::NeedsColumn)->text() ==
          QStringLiteral("Nothing required"));

    // The team's own gate can be deleted, undoably.
    view.table()->setCurrentCell(added, StageGatesView::StageColumn);
    REQUIRE(view.deleteAction()->isEnabled());
    view.deleteAction()->trigger();
    CHECK(view.errorText().isEmpty());
    CHECK(view.table()->rowCount() == 6);
    t.workspace.undoStack()->undo();
    CHECK(view.table()->rowCount() == 7);
}

TEST_CASE("a gate a teammate broke is shown as broken, and the dialog refuses a bad save without writing")
{
    Team t;
    // A teammate's newer Summit wrote a field this version does not know.
    REQUIRE(t.fixture.set(QStringLiteral("stage_gate"), kDevelop,
                          {{QStringLiteral("requires"), QStringLiteral("amount,budget_owner")}}));
    StageGatesView view(t.workspace);
    const int row = rowOf(view.table(), kDevelop);
    REQUIRE(row >= 0);
    CHECK(view.table()
              ->item(row, StageGatesView::NeedsColumn)
              ->text()
              .startsWith(QStringLiteral("Broken, not applied:")));
    CHECK(view.table()
              ->item(row, StageGatesView::NeedsColumn)
              ->text()
              .contains(QStringLiteral("budget_owner")));
    // Not applied: the opportunity moves without an amount.
    REQUIRE(t.move(t.opportunity, QStringLiteral("develop")).isOk());

    auto gates = rules::loadGates(t.fixture.store->reader());
    REQUIRE(gates.isOk());
    rules::StageGate broken;
    for (const rules::StageGate& g : gates.value())
        if (g.id == kDevelop)
            broken = g;
    StageGateDialog dialog(t.workspace, broken);
    // The unknown field has no line to tick; saving with only amount ticked mends the gate.
    CHECK(dialog.checkedNeeds() == QStringList{QStringLiteral("amount")});
    dialog.enabled()->setChecked(false);
    REQUIRE(dialog.save());
    auto mended = rules::loadGates(t.fixture.store->reader());
    REQUIRE(mended.isOk());
    for (const rules::StageGate& g : mended.value())
        if (g.id == kDevelop) {
            CHECK(g.needs == QStringList{QStringLiteral("amount")});
            CHECK_FALSE(g.enabled);
        }
}
