// The account 360° view on the demo book, driven the way a user would: the
// header and key figures read what the store holds, a unit dragged onto
// another moves in the store (and a cycle is refused without a change), a
// contact edited in the table is saved as one undoable step, and a bad phone
// number is refused in an inline message that keeps what was typed.
#include "DemoFixture.h"
#include "QtDoctest.h"

#include "analysis/AccountScores.h"
#include "analysis/UnitHealth.h"
#include "demo/DemoData.h"
#include "model/Display.h"
#include "model/Schema.h"
#include "query/OrgRollup.h"
#include "store/Queries.h"
#include "ui/Workspace.h"
#include "ui/account/AccountContactsTab.h"
#include "ui/account/AccountOrgTab.h"
#include "ui/account/AccountOverviewTab.h"
#include "ui/account/AccountScoresBox.h"
#include "ui/account/AccountView.h"
#include "ui/account/ContactTableModel.h"
#include "ui/account/HealthTrendChart.h"
#include "ui/account/MessageBar.h"
#include "ui/account/OrgTreeModel.h"
#include "ui/account/UnitHealthLoader.h"
#include "ui/accounts/TierReviewDialog.h"

#include <QAbstractItemDelegate>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QStyleOptionViewItem>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimeZone>
#include <QTreeView>
#include <QUndoStack>
#include <memory>

using namespace summit;
using namespace summit::ui;

namespace {

const QDate kToday(2026, 5, 20);

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

// A fresh two-account demo book per test case (cases change it), with "me" set
// up and today fixed.
inline demo::Options demoOptions()
{
    demo::Options options;
    options.accounts = 2;
    options.seed = 1;
    options.today = kToday;
    return options;
}

struct Book
{
    test::DemoFixture fixture{demoOptions()};
    std::unique_ptr<Workspace> workspace;
    QString huawei, mobile;

    Book()
    {
        workspace = std::make_unique<Workspace>(*fixture.store);
        workspace->setNow(QDateTime(kToday, QTime(9, 30)));
        huawei = idByName(QStringLiteral("account"), s("华为技术有限公司"));
        mobile = idByName(QStringLiteral("account"), s("中国移动通信集团有限公司"));
        REQUIRE_FALSE(huawei.isEmpty());
        REQUIRE_FALSE(mobile.isEmpty());
    }
    std::vector<QVariantMap> list(const QString& entity, const QString& account, QVariantMap equals = {})
    {
        ListFilter f;
        f.accountId = account;
        f.equals = std::move(equals);
        auto r = listRecords(fixture.store->reader(), entity, f);
        REQUIRE(r.isOk());
        return r.value();
    }
    QString idByName(const QString& entity, const QString& name)
    {
        ListFilter f;
        f.equals = {{QStringLiteral("name"), name}};
        auto r = listRecords(fixture.store->reader(), entity, f);
        REQUIRE(r.isOk());
        return r.value().empty() ? QString() : r.value().front().value(QStringLiteral("id")).toString();
    }
    QVariant get(const QString& entity, const QString& id, const QString& field)
    {
        return fixture.get(entity, id, field);
    }
};

QString labelText(QWidget* root, const char* name)
{
    auto* label = root->findChild<QLabel*>(QString::fromLatin1(name));
    REQUIRE_MESSAGE(label, name);
    return label->text();
}

// A unit at depth >= 2 of the account (it has a parent that has a parent) and the tree's root.
struct TreePick
{
    QString unit, root;
};
TreePick pickUnits(const OrgTreeModel& model)
{
    TreePick pick;
    const QModelIndex root = model.index(0, 0);
    pick.root = model.idAt(root);
    for (int r = 0; r < model.rowCount(root) && pick.unit.isEmpty(); ++r) {
        const QModelIndex child = model.index(r, 0, root);
        if (model.rowCount(child) > 0)
            pick.unit = model.idAt(model.index(0, 0, child));
    }
    return pick;
}

int rowOfContact(ContactTableModel* model, const QString& id)
{
    const int row = model->rowOf(id);
    REQUIRE(row >= 0);
    return row;
}

} // namespace

TEST_CASE(
    "the header names the account, its tier (and the computed one), stage, iron triangle and health score")
{
    Book b;
    AccountView view(*b.workspace, b.huawei);
    CHECK(view.accountId() == b.huawei);
    CHECK(view.isAvailable());
    CHECK(labelText(&view, "accountName") == s("华为技术有限公司"));
    CHECK(view.title() == s("华为技术有限公司"));

    const QString tier = b.get(QStringLiteral("account"), b.huawei, QStringLiteral("tier")).toString();
    REQUIRE_FALSE(tier.isEmpty());
    // The tier as set, and the computed one beside it when they differ.
    auto computed = analysis::assessTier(b.fixture.store->reader(), b.huawei, kToday);
    REQUIRE(computed.isOk());
    CHECK(labelText(&view, "accountTier") ==
          (computed.value().differs()
               ? QStringLiteral("Tier %1 (computed: %2)").arg(tier, computed.value().computed)
               : QStringLiteral("Tier ") + tier));
    const QString stage = b.get(QStringLiteral("account"), b.huawei, QStringLiteral("stage")).toString();
    CHECK(labelText(&view, "accountStage").contains(model::enumLabel(u"stage", stage)));

    const QString am = b.get(QStringLiteral("account"), b.huawei, QStringLiteral("am_id")).toString();
    const QString amName = b.get(QStringLiteral("member"), am, QStringLiteral("name")).toString();
    REQUIRE_FALSE(amName.isEmpty());
    CHECK(labelText(&view, "ironTriangle").startsWith(QStringLiteral("AM: ") + amName));
    auto health = analysis::assessHealth(b.fixture.store->reader(), b.huawei, kToday);
    REQUIRE(health.isOk());
    CHECK(labelText(&view, "healthScore") == QStringLiteral("Health %1 · %2")
                                                 .arg(health.value().score)
                                                 .arg(analysis::healthBandLabel(health.value().band)));
}

TEST_CASE("overview key figures match the records")
{
    Book b;
    AccountView view(*b.workspace, b.huawei);
    AccountOverviewTab* overview = view.overviewTab();

    qint64 pipeline = 0;
    int openOpportunities = 0;
    for (const QVariantMap& o : b.list(QStringLiteral("opportunity"), b.huawei))
        if (o.value(QStringLiteral("status"), QStringLiteral("open")).toString() == QLatin1String("open")) {
            pipeline += o.value(QStringLiteral("amount")).toLongLong();
            ++openOpportunities;
        }
    REQUIRE(openOpportunities > 0);
    const QString pipelineText = overview->valueLabel(QStringLiteral("open_pipeline"))->text();
    CHECK(pipelineText.startsWith(model::formatMoney(pipeline)));
    CHECK(pipelineText.contains(QString::number(openOpportunities)));

    // Follow-ups from local midnight 90 days back to the end of today, counted here in C++.
    const QDateTime from(kToday.addDays(-90), QTime(0, 0)), to(kToday.addDays(1), QTime(0, 0));
    int recent = 0;
    for (const QVariantMap& f : b.list(QStringLiteral("followup"), b.huawei)) {
        QDateTime at = QDateTime::fromString(f.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
        at.setTimeZone(QTimeZone::utc());
        if (at >= from && at < to)
            ++recent;
    }
    REQUIRE(recent > 0);
    CHECK(overview->valueLabel(QStringLiteral("recent_followups"))->text() == QLocale().toString(recent));

    int openTasks = 0;
    for (const QVariantMap& t : b.list(QStringLiteral("task"), b.huawei))
        openTasks +=
            t.value(QStringLiteral("status"), QStringLiteral("open")).toString() == QLatin1String("open");
    CHECK(overview->valueLabel(QStringLiteral("open_tasks"))->text() == QLocale().toString(openTasks));

    int active = 0;
    for (const QVariantMap& c : b.list(QStringLiteral("contact"), b.huawei))
        active += c.value(QStringLiteral("status")).toString() != QLatin1String("left");
    CHECK(overview->valueLabel(QStringLiteral("contacts"))->text().startsWith(QLocale().toString(active)));

    CHECK(overview->valueLabel(QStringLiteral("credit_code"))->text() ==
          QStringLiteral("914403001922038216"));

    QSignalSpy edit(&view, &AccountView::editRequested);
    QTest::mouseClick(overview->editButton(), Qt::LeftButton);
    REQUIRE(edit.count() == 1);
    CHECK(edit.at(0).at(0).toString() == QStringLiteral("account"));
    CHECK(edit.at(0).at(1).toString() == b.huawei);
}

TEST_CASE("dragging a unit onto another moves it in the store; a cycle is refused and changes nothing")
{
    Book b;
    AccountView view(*b.workspace, b.huawei);
    AccountOrgTab* org = view.organisationTab();
    OrgTreeModel* model = org->treeModel();
    CHECK(model->unitCount() == int(b.list(QStringLiteral("org_unit"), b.huawei).size()));
    const TreePick pick = pickUnits(*model);
    REQUIRE_FALSE(pick.unit.isEmpty());
    const QString unitName = model->nameOf(pick.unit), rootName = model->nameOf(pick.root);
    CHECK(b.get(QStringLiteral("org_unit"), pick.unit, QStringLiteral("parent_id")).toString() != pick.root);

    // Drag the unit onto the root.
    std::unique_ptr<QMimeData> drag(model->mimeData({model->indexOf(pick.unit)}));
    CHECK(model->canDropMimeData(drag.get(), Qt::MoveAction, -1, -1, model->indexOf(pick.root)));
    CHECK(model->dropMimeData(drag.get(), Qt::MoveAction, -1, -1, model->indexOf(pick.root)));
    CHECK(b.get(QStringLiteral("org_unit"), pick.unit, QStringLiteral("parent_id")).toString() == pick.root);
    CHECK(b.workspace->undoStack()->undoText() == QStringLiteral("Move %1 under %2").arg(unitName, rootName));
    // The tree follows the store.
    CHECK(model->parent(model->indexOf(pick.unit)) == model->indexOf(pick.root));
    CHECK(org->messageBar()->text().isEmpty());

    // Now drop the root onto the unit, its own descendant: refused.
    const int undoCount = b.workspace->undoStack()->count();
    const quint64 ops = b.fixture.store->operationCount();
    std::unique_ptr<QMimeData> cycle(model->mimeData({model->indexOf(pick.root)}));
    CHECK_FALSE(model->dropMimeData(cycle.get(), Qt::MoveAction, -1, -1, model->indexOf(pick.unit)));
    CHECK(b.get(QStringLiteral("org_unit"), pick.root, QStringLiteral("parent_id")).toString().isEmpty());
    CHECK(b.fixture.store->operationCount() == ops);
    CHECK(b.workspace->undoStack()->count() == undoCount);
    const QString message = org->messageBar()->text();
    CHECK(message.contains(rootName));
    CHECK(message.contains(QStringLiteral("own ancestor"))); // the store's words
    CHECK(org->messageBar()->kind() == MessageBar::Kind::Error);
    org->messageBar()->dismiss();
    CHECK(org->messageBar()->text().isEmpty());

    // Undo puts the unit back where it was.
    b.workspace->undoStack()->undo();
    CHECK(b.get(QStringLiteral("org_unit"), pick.unit, QStringLiteral("parent_id")).toString() != pick.root);
}

TEST_CASE("Move to… (Ctrl+M) moves the current unit under the chosen parent")
{
    Book b;
    AccountView view(*b.workspace, b.huawei);
    AccountOrgTab* org = view.organisationTab();
    view.showTab(AccountView::kOrganisation);
    view.show();
    // Shortcuts only reach an active window.
    QApplication::setActiveWindow(&view);
    REQUIRE(QTest::qWaitForWindowActive(&view));
    const TreePick pick = pickUnits(*org->treeModel());
    REQUIRE(org->selectUnit(pick.unit));

    std::vector<OrgTreeModel::Choice> offered;
    org->setParentChooser(
        [&](QWidget*, const QString& name, const std::vector<OrgTreeModel::Choice>& choices) {
            CHECK(name == org->treeModel()->nameOf(pick.unit));
            offered = choices;
            return std::optional<QString>(pick.root);
        });
    org->treeView()->setFocus();
    QTest::keyClick(org->treeView(), Qt::Key_M, Qt::ControlModifier);
    REQUIRE_FALSE(offered.empty());
    CHECK(offered.front().id.isEmpty()); // the top level first
    for (const OrgTreeModel::Choice& c : offered)
        CHECK(c.id != pick.unit); // never the unit itself
    CHECK(b.get(QStringLiteral("org_unit"), pick.unit, QStringLiteral("parent_id")).toString() == pick.root);
    CHECK(org->currentUnit() == pick.unit);

    // The right-hand list shows the contacts of the selected unit.
    const auto people =
        b.list(QStringLiteral("contact"), b.huawei, {{QStringLiteral("org_unit_id"), pick.unit}});
    CHECK(org->contactsModel()->rowCount() == int(people.size()));
}

TEST_CASE("editing a contact's stance through the delegate is one undoable change")
{
    Book b;
    AccountView view(*b.workspace, b.huawei);
    AccountContactsTab* contacts = view.contactsTab();
    const QString wang = b.idByName(QStringLiteral("contact"), s("王建国"));
    REQUIRE_FALSE(wang.isEmpty());
    CHECK(contacts->model()->rowCount() == int(b.list(QStringLiteral("contact"), b.huawei).size()));
    REQUIRE(view.selectRecord(wang));
    CHECK(view.currentTab() == AccountView::kContacts);
    CHECK(contacts->currentContact() == wang);

    const int row = rowOfContact(contacts->model(), wang);
    const QString before = b.get(QStringLiteral("contact"), wang, QStringLiteral("stance")).toString();
    const QString wanted =
        before == QLatin1String("opponent") ? QStringLiteral("skeptic") : QStringLiteral("opponent");
    const QModelIndex cell =
        contacts->proxy()->mapFromSource(contacts->model()->index(row, ContactTableModel::StanceColumn));
    QAbstractItemDelegate* delegate = contacts->view()->itemDelegateForIndex(cell);
    QStyleOptionViewItem option;
    std::unique_ptr<QWidget> editor(delegate->createEditor(contacts->view()->viewport(), option, cell));
    auto* combo = qobject_cast<QComboBox*>(editor.get());
    REQUIRE(combo);
    delegate->setEditorData(combo, cell);
    CHECK(combo->currentData().toString() == before);
    const int item = combo->findData(wanted);
    REQUIRE(item >= 0);
    CHECK(combo->itemText(item) == model::enumLabel(u"stance", wanted)); // translated label, stored key
    combo->setCurrentIndex(item);
    delegate->setModelData(combo, contacts->proxy(), cell);

    CHECK(b.get(QStringLiteral("contact"), wang, QStringLiteral("stance")).toString() == wanted);
    CHECK(b.workspace->undoStack()->undoText() == s("Edit stance of 王建国"));
    CHECK(cell.data().toString() == model::enumLabel(u"stance", wanted));
    b.workspace->undoStack()->undo();
    CHECK(b.get(QStringLiteral("contact"), wang, QStringLiteral("stance")).toString() == before);
    CHECK(contacts->model()->index(row, ContactTableModel::StanceColumn).data(Qt::EditRole).toString() ==
          before);
}

TEST_CASE("a bad phone number is refused inline, the store unchanged, the typed text kept")
{
    Book b;
    AccountView view(*b.workspace, b.huawei);
    view.showTab(AccountView::kContacts);
    view.show();
    AccountContactsTab* contacts = view.contactsTab();
    const QString wang = b.idByName(QStringLiteral("contact"), s("王建国"));
    const int row = rowOfContact(contacts->model(), wang);
    const QVariant before = b.get(QStringLiteral("contact"), wang, QStringLiteral("phone"));
    const int undoCount = b.workspace->undoStack()->count();
    const quint64 ops = b.fixture.store->operationCount();

    const QModelIndex phone = contacts->model()->index(row, ContactTableModel::PhoneColumn);
    CHECK_FALSE(contacts->model()->setData(phone, QStringLiteral("call me maybe")));
    CHECK(b.get(QStringLiteral("contact"), wang, QStringLiteral("phone")) == before);
    CHECK(b.fixture.store->operationCount() == ops);
    CHECK(b.workspace->undoStack()->count() == undoCount);
    CHECK(phone.data(Qt::EditRole).toString() == before.toString()); // the cell keeps the old value

    const QString message = contacts->messageBar()->text();
    CHECK(message.contains(QStringLiteral("Phone")));
    CHECK(message.contains(s("王建国")));
    CHECK(message.contains(QStringLiteral("call me maybe")));

    // The editor is offered again with the text as typed.
    QApplication::processEvents();
    const QModelIndex cell = contacts->proxy()->mapFromSource(phone);
    auto* line = qobject_cast<QLineEdit*>(contacts->view()->indexWidget(cell));
    REQUIRE(line);
    CHECK(line->text() == QStringLiteral("call me maybe"));

    // A good number saves and clears the message about that cell.
    line->setText(QStringLiteral("0755-28780808"));
    QTest::keyClick(line, Qt::Key_Return);
    QApplication::processEvents(); // the delegate commits on a queued call
    CHECK(b.get(QStringLiteral("contact"), wang, QStringLiteral("phone")).toString() ==
          QStringLiteral("0755-28780808"));
    CHECK(contacts->messageBar()->text().isEmpty());
    CHECK(b.workspace->undoStack()->undoText() == s("Edit phone of 王建国"));
}

TEST_CASE("coverage and follow-up actions on the contacts table")
{
    Book b;
    AccountView view(*b.workspace, b.huawei);
    AccountContactsTab* contacts = view.contactsTab();
    ContactTableModel* model = contacts->model();
    int gaps = 0, covered = 0;
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex cell = model->index(r, ContactTableModel::CoverageColumn);
        if (cell.data(ContactTableModel::GapRole).toBool()) {
            ++gaps;
            CHECK(cell.data().toString() == QStringLiteral("—"));
        } else {
            ++covered;
            CHECK(cell.data().toString().contains(QStringLiteral(" · ")));
        }
    }
    CHECK(covered > 0);

    const QString wang = b.idByName(QStringLiteral("contact"), s("王建国"));
    REQUIRE(contacts->selectContact(wang));
    QSignalSpy log(b.workspace.get(), &Workspace::logFollowUpRequested);
    contacts->logFollowUpAction()->trigger();
    REQUIRE(log.count() == 1);
    CHECK(log.at(0).at(0).toString() == b.huawei);
    CHECK(log.at(0).at(1).toString() == wang);
    QSignalSpy form(&view, &AccountView::editRequested);
    contacts->openFormAction()->trigger();
    REQUIRE(form.count() == 1);
    CHECK(form.at(0).at(0).toString() == QStringLiteral("contact"));
    CHECK(form.at(0).at(1).toString() == wang);
    CHECK(gaps > 0); // the demo leaves some people uncovered, and they are marked
}

TEST_CASE("the view follows changes to its account only, and says when the account is in the trash")
{
    Book b;
    AccountView view(*b.workspace, b.huawei);
    ContactTableModel* model = view.contactsTab()->model();
    QSignalSpy resets(model, &QAbstractItemModel::modelReset);
    QSignalSpy cells(model, &QAbstractItemModel::dataChanged);

    // Another account's contact: this view does not re-read.
    const QString other =
        b.list(QStringLiteral("contact"), b.mobile).front().value(QStringLiteral("id")).toString();
    REQUIRE(b.workspace->apply(
        {QStringLiteral("edit"),
         {Operation::set(QStringLiteral("contact"), other, {{QStringLiteral("title"), s("总经理")}})}}));
    CHECK(resets.count() == 0);
    CHECK(cells.count() == 0);

    // A new contact of this account appears.
    const QString id = ids::newId();
    REQUIRE(b.workspace->apply({QStringLiteral("add"),
                                {Operation::set(QStringLiteral("contact"), id,
                                                {{QStringLiteral("account_id"), b.huawei},
                                                 {QStringLiteral("name"), s("欧阳娜娜")}})}}));
    CHECK(model->rowOf(id) >= 0);

    // A rename shows in the header.
    QSignalSpy title(&view, &AccountView::titleChanged);
    REQUIRE(
        b.workspace->apply({QStringLiteral("rename"),
                            {Operation::set(QStringLiteral("account"), b.huawei,
                                            {{QStringLiteral("name"), s("华为技术有限公司（深圳）")}})}}));
    CHECK(labelText(&view, "accountName") == s("华为技术有限公司（深圳）"));
    CHECK(title.count() == 1);

    REQUIRE(b.workspace->apply(
        {QStringLiteral("delete"), {Operation::remove(QStringLiteral("account"), b.huawei)}}));
    CHECK_FALSE(view.isAvailable());
    CHECK(labelText(&view, "accountGone").contains(QStringLiteral("trash")));
    b.workspace->undoStack()->undo();
    CHECK(view.isAvailable());
}

TEST_CASE("selectRecord opens the tab of the record, and refuses another account's")
{
    Book b;
    AccountView view(*b.workspace, b.huawei);
    const TreePick pick = pickUnits(*view.organisationTab()->treeModel());
    REQUIRE(view.selectRecord(pick.unit));
    CHECK(view.currentTab() == AccountView::kOrganisation);
    CHECK(view.organisationTab()->currentUnit() == pick.unit);

    const QString other =
        b.list(QStringLiteral("contact"), b.mobile).front().value(QStringLiteral("id")).toString();
    CHECK_FALSE(view.selectRecord(other));
    CHECK(view.currentTab() == AccountView::kOrganisation);

    auto* extra = new QWidget;
    view.addTab(QStringLiteral("tasks"), extra, QStringLiteral("Tasks"));
    CHECK(view.showTab(QStringLiteral("tasks")));
    CHECK(view.tab(QStringLiteral("tasks")) == extra);
    CHECK_FALSE(view.showTab(QStringLiteral("nonsense")));
}

TEST_CASE(
    "the overview's tier and health: a tier set by hand shows its reason, Accept takes the computed one")
{
    Book b;
    // 华为 by hand a tier its figures do not give, with a reason.
    auto computed = analysis::assessTier(b.fixture.store->reader(), b.huawei, kToday);
    REQUIRE(computed.isOk());
    const QString other =
        computed.value().figures == QLatin1String("C") ? QStringLiteral("B") : QStringLiteral("C");
    REQUIRE(b.workspace->commands().setTier(b.huawei, other, s("战略合作框架协议"), kToday));
    computed = analysis::assessTier(b.fixture.store->reader(), b.huawei, kToday); // no longer marked S
    REQUIRE(computed.isOk());
    AccountView view(*b.workspace, b.huawei);
    AccountOverviewTab* overview = view.overviewTab();
    CHECK(labelText(overview, "computedTier") == QStringLiteral("Computed tier ") + computed.value().reason);
    CHECK(labelText(overview, "tierOverride").contains(s("战略合作框架协议")));
    CHECK(labelText(&view, "accountTier")
              .contains(QStringLiteral("(computed: %1)").arg(computed.value().figures)));
    auto* accept = overview->findChild<QPushButton*>(QStringLiteral("acceptTier"));
    REQUIRE(accept);
    CHECK_FALSE(accept->isHidden());
    CHECK(accept->text() == QStringLiteral("Accept tier ") + computed.value().figures);
    // Each health component shows its points against its weight (or says it is not scored).
    auto health = analysis::assessHealth(b.fixture.store->reader(), b.huawei, kToday);
    REQUIRE(health.isOk());
    CHECK(labelText(overview, "healthSummary")
              .startsWith(QStringLiteral("Health %1 of 100").arg(health.value().score)));
    for (const auto& c : health.value().components)
        CHECK(labelText(overview, QStringLiteral("health_%1").arg(c.key).toLatin1().constData()) ==
              (c.measured ? QStringLiteral("%1 / %2").arg(QString::number(c.points, 'f', 1),
                                                          QString::number(c.maxPoints, 'f', 1))
                          : QStringLiteral("not scored")));

    accept->click();
    CHECK(b.get(QStringLiteral("account"), b.huawei, QStringLiteral("tier")) == computed.value().figures);
    CHECK(b.get(QStringLiteral("account"), b.huawei, QStringLiteral("tier_reason")).isNull());
    CHECK(accept->isHidden());
    CHECK(labelText(&view, "accountTier") == QStringLiteral("Tier ") + computed.value().figures);
    // One undo brings the tier set by hand back, reason and all.
    b.workspace->undoStack()->undo();
    CHECK(b.get(QStringLiteral("account"), b.huawei, QStringLiteral("tier")) == other);
    CHECK(b.get(QStringLiteral("account"), b.huawei, QStringLiteral("tier_reason")) == s("战略合作框架协议"));
    CHECK_FALSE(accept->isHidden());
}

TEST_CASE("the quarterly tier review lists the accounts whose tier differs and accepts the selected ones")
{
    Book b;
    for (const QString& id : {b.huawei, b.mobile}) {
        auto t = analysis::assessTier(b.fixture.store->reader(), id, kToday);
        REQUIRE(t.isOk());
        if (t.value().differs())
            REQUIRE(b.workspace->commands().acceptComputedTier(id, kToday));
    }
    auto t = analysis::assessTier(b.fixture.store->reader(), b.mobile, kToday);
    REQUIRE(t.isOk());
    const QString other = t.value().figures == QLatin1String("A") ? QStringLiteral("B") : QStringLiteral("A");
    REQUIRE(b.workspace->commands().setTier(b.mobile, other, s("集团重点项目"), kToday));

    TierReviewDialog dialog(*b.workspace);
    REQUIRE(dialog.table()->rowCount() == 1);
    CHECK(dialog.table()->item(0, 0)->text() == s("中国移动通信集团有限公司"));
    CHECK(dialog.table()->item(0, 1)->text() == other);
    CHECK(dialog.table()->item(0, 2)->text() == t.value().figures);
    CHECK(dialog.table()->item(0, 4)->text() == s("集团重点项目"));
    CHECK_FALSE(dialog.acceptButton()->isEnabled());
    dialog.table()->selectRow(0);
    REQUIRE(dialog.acceptButton()->isEnabled());
    dialog.acceptButton()->click();
    CHECK(b.get(QStringLiteral("account"), b.mobile, QStringLiteral("tier")) == t.value().figures);
    CHECK(dialog.table()->rowCount() == 0);
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("tierReviewSummary"))->text() ==
          QStringLiteral("Every account's tier is the computed one."));
}

TEST_CASE("a new account without a tier is offered its computed tier, not told it was set by hand")
{
    Book b;
    auto created = b.workspace->commands().createRecord(
        QStringLiteral("account"), {{QStringLiteral("name"), s("远航数据科技有限公司")}});
    REQUIRE(created.isOk());
    AccountView view(*b.workspace, created.value());
    AccountOverviewTab* overview = view.overviewTab();
    CHECK(labelText(overview, "tierOverride").startsWith(QStringLiteral("The account has no tier yet")));
    CHECK(labelText(&view, "accountTier").startsWith(QStringLiteral("Tier: not set (computed: ")));
    auto* accept = overview->findChild<QPushButton*>(QStringLiteral("acceptTier"));
    REQUIRE(accept);
    accept->click();
    CHECK_FALSE(
        b.get(QStringLiteral("account"), created.value(), QStringLiteral("tier")).toString().isEmpty());
    CHECK(accept->isHidden());
}

TEST_CASE("an open account view follows a change of the team's tier model")
{
    Book b;
    AccountView view(*b.workspace, b.huawei);
    AccountOverviewTab* overview = view.overviewTab();
    // Revenue alone decides: from 1 fen every account with revenue is A; from ¥100亿 none is.
    auto model = [&](qint64 threshold) {
        REQUIRE(b.workspace->commands()
                    .editAccountModel({{QStringLiteral("weight_revenue"), 100},
                                       {QStringLiteral("weight_activity"), 0},
                                       {QStringLiteral("weight_potential"), 0},
                                       {QStringLiteral("tier_a_revenue"), threshold},
                                       {QStringLiteral("tier_b_revenue"), threshold}})
                    .isOk());
        auto t = analysis::assessTier(b.fixture.store->reader(), b.huawei, kToday);
        REQUIRE(t.isOk());
        return t.value();
    };
    const auto low = model(1);
    REQUIRE(low.figures == QStringLiteral("A")); // the demo's 华为 has signed contracts
    CHECK(labelText(overview, "computedTier") == QStringLiteral("Computed tier ") + low.reason);
    const auto high = model(1'000'000'000'000);
    REQUIRE(high.figures == QStringLiteral("C"));
    CHECK(labelText(overview, "computedTier") == QStringLiteral("Computed tier ") + high.reason);
    // The health score follows too (its engagement uses the model's cadence).
    auto health = analysis::assessHealth(b.fixture.store->reader(), b.huawei, kToday);
    REQUIRE(health.isOk());
    CHECK(labelText(overview, "healthSummary")
              .startsWith(QStringLiteral("Health %1 of 100").arg(health.value().score)));
}

TEST_CASE("the overview shows the lifecycle stage and moves the account to the stage its records suggest")
{
    Book b;
    auto created = b.workspace->commands().createRecord(QStringLiteral("account"),
                                                        {{QStringLiteral("name"), s("远航数据科技有限公司")},
                                                         {QStringLiteral("stage"), QStringLiteral("lead")}});
    REQUIRE(created.isOk());
    AccountView view(*b.workspace, created.value());
    AccountOverviewTab* overview = view.overviewTab();
    auto* move = overview->findChild<QPushButton*>(QStringLiteral("moveStage"));
    REQUIRE(move);
    CHECK(labelText(overview, "lifecycleStage").startsWith(QStringLiteral("Lifecycle stage: Lead")));
    CHECK(move->isHidden()); // nothing recorded suggests a move

    REQUIRE(b.workspace->commands()
                .createRecord(QStringLiteral("opportunity"), {{QStringLiteral("account_id"), created.value()},
                                                              {QStringLiteral("name"), s("数据中心")}})
                .isOk());
    REQUIRE(QTest::qWaitFor([&] { return !move->isHidden(); }, 5000));
    CHECK(labelText(overview, "lifecycleStage").contains(s("数据中心")));
    CHECK(move->text() == QStringLiteral("Move to Opportunity"));
    // The stage gate: an account in pursuit has an account manager and a tier first.
    QSignalSpy said(b.workspace.get(), &Workspace::message);
    move->click();
    CHECK(b.get(QStringLiteral("account"), created.value(), QStringLiteral("stage")).toString() ==
          QStringLiteral("lead"));
    REQUIRE(said.count() == 1);
    CHECK(said.front().front().toString().contains(QStringLiteral("Account manager")));
    const QString am =
        b.fixture.store->reader().scalar(QStringLiteral("SELECT id FROM members LIMIT 1")).toString();
    REQUIRE(b.workspace->commands()
                .editRecord(created.value(),
                            {{QStringLiteral("am_id"), am}, {QStringLiteral("tier"), QStringLiteral("S")}})
                .isOk());
    move->click();
    CHECK(b.get(QStringLiteral("account"), created.value(), QStringLiteral("stage")).toString() ==
          QStringLiteral("opportunity"));
    REQUIRE(QTest::qWaitFor([&] { return move->isHidden(); }, 5000));
    // One undo takes it back.
    b.workspace->undoStack()->undo();
    CHECK(b.get(QStringLiteral("account"), created.value(), QStringLiteral("stage")).toString() ==
          QStringLiteral("lead"));
    CHECK_FALSE(
        b.get(QStringLiteral("account"), created.value(), QStringLiteral("am_id")).toString().isEmpty());
}

TEST_CASE("the overview draws the 52-week health trend in the background, ending on today's score")
{
    Book b;
    // The fixture's records were written on its clock's day; two weeks later the log has them all.
    const QDate today = QDateTime::fromMSecsSinceEpoch(b.fixture.now).date().addDays(14);
    b.workspace->setNow(QDateTime(today, QTime(9, 30)));
    AccountView view(*b.workspace, b.huawei);
    auto* box = view.overviewTab()->findChild<AccountScoresBox*>();
    REQUIRE(box);
    HealthTrendChart* trend = box->trendChart();
    REQUIRE(QTest::qWaitFor([&] { return !trend->isLoading() && !trend->points().empty(); }, 20000));
    auto now = analysis::assessHealth(b.fixture.store->reader(), b.huawei, today);
    REQUIRE(now.isOk());
    CHECK(trend->points().size() >= 2); // the weeks since the records were written, and today's
    CHECK(trend->points().back().day == today);
    CHECK(trend->points().back().score == now.value().score);
    CHECK(trend->toolTip().contains(QString::number(now.value().score)));
}

TEST_CASE("the organisation tree shows each unit's revenue, pipeline and people with the units below it")
{
    Book b;
    AccountView view(*b.workspace, b.huawei);
    OrgTreeModel* model = view.organisationTab()->treeModel();
    REQUIRE(model->rowCount() > 0);
    CHECK(model->columnCount() == OrgTreeModel::ColumnCount);
    CHECK(model->headerData(OrgTreeModel::RevenueColumn, Qt::Horizontal).toString() ==
          QStringLiteral("Signed, 12 months"));
    auto rollup = query::orgRollup(b.fixture.store->reader(), b.huawei, kToday);
    REQUIRE(rollup.isOk());
    // Every top-level unit shows what the roll-up computed for it.
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex name = model->index(r, OrgTreeModel::NameColumn);
        const query::UnitFigures f = rollup.value().value(model->idAt(name));
        const QString people = model->index(r, OrgTreeModel::PeopleColumn).data().toString();
        CHECK(people == (f.people == 0 ? QStringLiteral("—")
                                       : QStringLiteral("%1 (%2 known)").arg(f.people).arg(f.known)));
        const QString revenue = model->index(r, OrgTreeModel::RevenueColumn).data().toString();
        CHECK(revenue == (f.revenue == 0 ? QStringLiteral("—") : model::formatMoneyCompact(f.revenue)));
    }
    // The demo's group has people and they are counted at its top.
    const QModelIndex top = model->index(0, OrgTreeModel::NameColumn);
    CHECK(rollup.value().value(model->idAt(top)).people > 0);

    // Health fills in from the background: the group's own, as unitHealth scores it on its subtree.
    REQUIRE(QTest::qWaitFor([&] { return !model->healthLoader()->isLoading(); }, 20000));
    auto health = analysis::unitHealth(b.fixture.store->reader(), b.huawei, b.workspace->today());
    REQUIRE(health.isOk());
    REQUIRE(health.value().contains(model->idAt(top)));
    const analysis::HealthAssessment& h = health.value().value(model->idAt(top));
    CHECK(model->index(0, OrgTreeModel::HealthColumn).data().toString() ==
          QStringLiteral("%1 · %2").arg(h.score).arg(analysis::healthBandLabel(h.band)));
    CHECK(model->index(0, OrgTreeModel::HealthColumn)
              .data(Qt::ToolTipRole)
              .toString()
              .contains(analysis::healthComponentLabel(QStringLiteral("engagement"))));
}
