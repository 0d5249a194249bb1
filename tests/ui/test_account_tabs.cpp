// The opportunity, follow-up, task and history tabs of the account view,
// driven through their widgets and actions on a small demo book with a fixed
// "now": the timeline reads newest first and its filters narrow it; Space
// completes a task with a readable undo label; an edit shows in the history
// old → new; the stage of a deal changes through its combo box.
#include "QtDoctest.h"
#include "StoreFixture.h"

#include "demo/DemoData.h"
#include "model/Schema.h"
#include "store/Queries.h"
#include "ui/Workspace.h"
#include "ui/account/AccountFollowUpsTab.h"
#include "ui/account/AccountHistoryTab.h"
#include "ui/account/AccountOpportunitiesTab.h"
#include "ui/account/AccountTasksTab.h"
#include "ui/account/FollowUpTimelineModel.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace summit;
using namespace summit::ui;

namespace {

const QDate kToday(2026, 5, 20);

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

// A two-account demo book, the user being the first account manager.
struct Book
{
    test::StoreFixture fixture;
    std::unique_ptr<Workspace> workspace;
    QString huawei, me;

    Book()
    {
        demo::Options options;
        options.accounts = 2;
        options.seed = 1;
        options.today = kToday;
        auto r = demo::generate(*fixture.store, options);
        REQUIRE_MESSAGE(r.isOk(), r.message().toStdString());
        me = r.value().meId;
        fixture.store->setAuthor(me);
        workspace = std::make_unique<Workspace>(*fixture.store);
        workspace->setNow(QDateTime(kToday, QTime(10, 30)));
        huawei = scalar("SELECT id FROM accounts WHERE name = ?", {s("华为技术有限公司")}).toString();
        REQUIRE_FALSE(huawei.isEmpty());
    }
    Store& store() { return *fixture.store; }
    QVariant scalar(const char* sql, const QVariantList& binds = {})
    {
        return store().reader().scalar(QString::fromLatin1(sql), binds);
    }
    QVariant field(const QString& entity, const QString& id, const char* name)
    {
        auto r = store().record(entity, id);
        REQUIRE(r.isOk());
        return r.value().value(QString::fromLatin1(name));
    }
};

void pick(QComboBox* combo, const QString& data)
{
    const int at = combo->findData(data);
    REQUIRE(at >= 0);
    combo->setCurrentIndex(at);
}

// Shown and focused, so that widget shortcuts (Space) reach it as they would a user's keys.
void focus(QWidget* window, QWidget* target)
{
    window->show();
    QApplication::setActiveWindow(window);
    REQUIRE(QTest::qWaitForWindowActive(window));
    target->setFocus();
    REQUIRE(target->hasFocus());
}

} // namespace

TEST_CASE("the follow-up timeline reads newest first, pages, and its filters narrow it")
{
    Book b;
    AccountFollowUpsTab tab(*b.workspace, b.huawei);
    FollowUpTimelineModel* model = tab.model();
    const int total =
        b.scalar("SELECT count(*) FROM followups WHERE account_id = ? AND deleted = 0", {b.huawei}).toInt();
    REQUIRE(total > FollowUpTimelineModel::kPageSize); // the anchor account has enough to page
    CHECK(model->totalCount() == total);
    CHECK(model->rowCount() == FollowUpTimelineModel::kPageSize);
    CHECK(model->canFetchMore({}));

    // Newest first: each card's stored time is no later than the one above it.
    QString previous = QStringLiteral("9999");
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString id = model->index(row).data(FollowUpTimelineModel::IdRole).toString();
        const QString at = b.field(QStringLiteral("followup"), id, "at").toString();
        CHECK(at <= previous);
        previous = at;
    }
    const QString newest =
        b.scalar("SELECT id FROM followups WHERE account_id = ? ORDER BY at DESC LIMIT 1", {b.huawei})
            .toString();
    CHECK(model->index(0).data(FollowUpTimelineModel::IdRole).toString() == newest);
    CHECK_FALSE(model->index(0).data(FollowUpTimelineModel::ContactsRole).toString().isEmpty());

    model->fetchMore({});
    CHECK(model->rowCount() == std::min(total, 2 * FollowUpTimelineModel::kPageSize));

    // By type: only visits, fewer than all.
    pick(tab.typeFilter(), QStringLiteral("visit"));
    const int visits = model->totalCount();
    CHECK(visits > 0);
    CHECK(visits < total);
    for (int row = 0; row < model->rowCount(); ++row)
        CHECK(model->index(row).data(FollowUpTimelineModel::TypeRole).toString() == QStringLiteral("visit"));

    // By person as well: 王建国's visits only.
    const QString wang =
        b.scalar("SELECT id FROM contacts WHERE account_id = ? AND name = ?", {b.huawei, s("王建国")})
            .toString();
    pick(tab.contactFilter(), wang);
    CHECK(model->totalCount() > 0);
    CHECK(model->totalCount() < visits);
    for (int row = 0; row < model->rowCount(); ++row) {
        CHECK(model->index(row).data(FollowUpTimelineModel::ContactIdsRole).toStringList().contains(wang));
        CHECK(model->index(row).data(FollowUpTimelineModel::ContactsRole).toString().contains(s("王建国")));
    }

    // "Log follow-up" asks the main window for the dialog, for this account.
    QSignalSpy spy(b.workspace.get(), &Workspace::logFollowUpRequested);
    tab.logFollowUpAction()->trigger();
    REQUIRE(spy.count() == 1);
    CHECK(spy.at(0).at(0).toString() == b.huawei);

    // A new follow-up logged elsewhere shows up on top without reopening the tab.
    pick(tab.typeFilter(), QString());
    pick(tab.contactFilter(), QString());
    const QString id = QStringLiteral("01900000-0000-7000-8000-00000000f001");
    REQUIRE(
        b.workspace
            ->apply({QStringLiteral("Log"),
                     {Operation::set(QStringLiteral("followup"), id,
                                     {{QStringLiteral("account_id"), b.huawei},
                                      {QStringLiteral("type"), QStringLiteral("call")},
                                      {QStringLiteral("at"), QStringLiteral("2026-05-20T02:00:00.000Z")},
                                      {QStringLiteral("author_id"), b.me},
                                      {QStringLiteral("contact_ids"), QStringLiteral("[\"%1\"]").arg(wang)},
                                      {QStringLiteral("summary"), s("电话确认方案评审时间")}})}})
            .isOk());
    CHECK(model->totalCount() == total + 1);
    CHECK(model->index(0).data(FollowUpTimelineModel::IdRole).toString() == id);
}

TEST_CASE("Space completes the current task with a readable undo label, and undo reopens it")
{
    Book b;
    AccountTasksTab tab(*b.workspace, b.huawei);
    QTreeView* view = tab.view();
    REQUIRE(view->model()->rowCount() > 0);
    // Open tasks come first, soonest due first.
    const QModelIndex first = view->model()->index(0, AccountTasksTab::TitleColumn);
    const QString id = first.data(AccountTasksTab::IdRole).toString();
    CHECK(b.field(QStringLiteral("task"), id, "status").toString() == QStringLiteral("open"));
    const QString title = first.data().toString();
    const QString due = b.field(QStringLiteral("task"), id, "due").toString();
    CHECK(b.scalar("SELECT count(*) FROM tasks WHERE account_id = ? AND status = 'open' AND due < ?",
                   {b.huawei, due})
              .toInt() == 0);
    // Overdue tasks are marked bold, and only open ones past their due date.
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QModelIndex index = view->model()->index(row, AccountTasksTab::DueColumn);
        const QString taskId = index.data(AccountTasksTab::IdRole).toString();
        const bool overdue =
            b.field(QStringLiteral("task"), taskId, "status").toString() == QStringLiteral("open") &&
            b.field(QStringLiteral("task"), taskId, "due").toString() < kToday.toString(Qt::ISODate);
        CHECK(index.data(AccountTasksTab::OverdueRole).toBool() == overdue);
        CHECK(index.data(Qt::FontRole).value<QFont>().bold() == overdue);
    }

    tab.selectTask(id);
    focus(&tab, view);
    QTest::keyClick(view, Qt::Key_Space);
    CHECK(b.field(QStringLiteral("task"), id, "status").toString() == QStringLiteral("done"));
    CHECK(b.field(QStringLiteral("task"), id, "done_at").toString() ==
          b.workspace->now().toUTC().toString(Qt::ISODateWithMs));
    CHECK(b.workspace->undoStack()->undoText() == QStringLiteral("Complete task %1").arg(title));
    CHECK(tab.currentTaskId() == id);
    CHECK(tab.markDoneAction()->text() == QStringLiteral("&Reopen"));

    b.workspace->undoStack()->undo();
    CHECK(b.field(QStringLiteral("task"), id, "status").toString() == QStringLiteral("open"));
}

TEST_CASE("a new task needs a title and is assigned to me by default")
{
    Book b;
    AccountTasksTab tab(*b.workspace, b.huawei);
    const int before = b.scalar("SELECT count(*) FROM tasks WHERE account_id = ?", {b.huawei}).toInt();
    tab.newTaskAction()->trigger();
    REQUIRE(tab.newTaskForm()->isVisibleTo(&tab));
    CHECK(tab.newTaskAssignee()->currentData().toString() == b.me);

    tab.newTaskTitle()->setText(QStringLiteral("   "));
    tab.addTaskButton()->click();
    CHECK(tab.newTaskError()->isVisibleTo(&tab));
    CHECK(tab.newTaskError()->text().contains(QStringLiteral("required")));
    CHECK(b.scalar("SELECT count(*) FROM tasks WHERE account_id = ?", {b.huawei}).toInt() == before);

    tab.newTaskTitle()->setText(s("拜访王建国"));
    tab.addTaskButton()->click();
    CHECK_FALSE(tab.newTaskForm()->isVisibleTo(&tab));
    const QString id = tab.currentTaskId();
    CHECK(b.field(QStringLiteral("task"), id, "title").toString() == s("拜访王建国"));
    CHECK(b.field(QStringLiteral("task"), id, "assignee_id").toString() == b.me);
    CHECK(b.field(QStringLiteral("task"), id, "due").toString() == kToday.toString(Qt::ISODate));
    CHECK(b.workspace->undoStack()->undoText() == s("Add task 拜访王建国"));
}

TEST_CASE("the history tab shows an edit made through the workspace, old → new, on top")
{
    Book b;
    AccountHistoryTab tab(*b.workspace, b.huawei);
    QAbstractItemModel* model = tab.model();
    REQUIRE(model->rowCount() > 0);
    const QString wang =
        b.scalar("SELECT id FROM contacts WHERE account_id = ? AND name = ?", {b.huawei, s("王建国")})
            .toString();
    const QString before = b.field(QStringLiteral("contact"), wang, "stance").toString();
    const QString after =
        before == QStringLiteral("opponent") ? QStringLiteral("champion") : QStringLiteral("opponent");
    REQUIRE(
        b.workspace
            ->apply({Workspace::editLabel(QStringLiteral("contact"), QStringLiteral("stance"), s("王建国")),
                     {Operation::set(QStringLiteral("contact"), wang, {{QStringLiteral("stance"), after}})}})
            .isOk());

    auto cell = [&](int column) {
        return model->index(0, column).data().toString();
    };
    CHECK(model->index(0, 0).data(AccountHistoryTab::RecordIdRole).toString() == wang);
    CHECK(cell(AccountHistoryTab::RecordColumn) == s("Contact: 王建国"));
    CHECK(cell(AccountHistoryTab::FieldColumn) == model::fieldLabel(u"contact", u"stance"));
    CHECK(cell(AccountHistoryTab::OldColumn) == model::enumLabel(u"stance", before));
    CHECK(cell(AccountHistoryTab::NewColumn) == model::enumLabel(u"stance", after));
    CHECK(cell(AccountHistoryTab::WhoColumn) == b.workspace->titleOf(b.me));

    // Deleting a follow-up shows as a delete; more history loads on demand.
    const QString followUp =
        b.scalar("SELECT id FROM followups WHERE account_id = ? ORDER BY at LIMIT 1", {b.huawei}).toString();
    REQUIRE(b.workspace
                ->apply({QStringLiteral("Delete"), {Operation::remove(QStringLiteral("followup"), followUp)}})
                .isOk());
    CHECK(model->index(0, 0).data(AccountHistoryTab::KindRole).toString() == QStringLiteral("delete"));
    CHECK(cell(AccountHistoryTab::FieldColumn) == QStringLiteral("Deleted"));
    REQUIRE(model->canFetchMore({}));
    const int rows = model->rowCount();
    model->fetchMore({});
    CHECK(model->rowCount() > rows);
}

TEST_CASE("the stage of an opportunity changes in place through its combo box")
{
    Book b;
    AccountOpportunitiesTab tab(*b.workspace, b.huawei);
    QTableView* view = tab.view();
    QAbstractItemModel* model = view->model();
    REQUIRE(model->rowCount() > 0);

    // Open deals first by stage, then won, then lost.
    const QStringList order = {QStringLiteral("qualify"), QStringLiteral("develop"),
                               QStringLiteral("propose"), QStringLiteral("negotiate"),
                               QStringLiteral("commit"),  QStringLiteral("won"),
                               QStringLiteral("lost")};
    int last = 0;
    int openRow = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString choice =
            model->index(row, AccountOpportunitiesTab::StageColumn).data(Qt::EditRole).toString();
        CHECK(order.indexOf(choice) >= last);
        last = std::max(last, int(order.indexOf(choice)));
        if (openRow < 0 && order.indexOf(choice) < 4)
            openRow = row;
    }
    REQUIRE(openRow >= 0);
    const QModelIndex stage = model->index(openRow, AccountOpportunitiesTab::StageColumn);
    const QString id = stage.data(AccountOpportunitiesTab::IdRole).toString();
    const QString name = model->index(openRow, AccountOpportunitiesTab::NameColumn).data().toString();
    view->setCurrentIndex(stage);
    CHECK(tab.currentOpportunityId() == id);

    // The buying center of the selected deal: its contacts with their roles.
    const int roles =
        b.scalar("SELECT count(*) FROM buying_roles WHERE opportunity_id = ? AND deleted = 0", {id}).toInt();
    CHECK(tab.buyingCenterView()->model()->rowCount() == roles);

    QSignalSpy spy(b.workspace.get(), &Workspace::logFollowUpRequested);
    tab.logFollowUpAction()->trigger();
    REQUIRE(spy.count() == 1);
    CHECK(spy.at(0).at(0).toString() == b.huawei);
    CHECK(spy.at(0).at(2).toString() == id);

    // F2 opens the combo box; picking "Commit" writes it through the workspace.
    focus(&tab, view);
    QTest::keyClick(view, Qt::Key_F2);
    auto* combo = view->findChild<QComboBox*>();
    REQUIRE(combo != nullptr);
    const int commit = combo->findData(QStringLiteral("commit"));
    REQUIRE(commit >= 0);
    combo->setCurrentIndex(commit);
    emit combo->activated(commit);
    QApplication::processEvents();
    CHECK(b.field(QStringLiteral("opportunity"), id, "stage").toString() == QStringLiteral("commit"));
    CHECK(b.workspace->undoStack()->undoText() ==
          Workspace::editLabel(QStringLiteral("opportunity"), QStringLiteral("stage"), name));
    CHECK(tab.currentOpportunityId() == id);
    const int row = view->currentIndex().row();
    CHECK(model->index(row, AccountOpportunitiesTab::StageColumn).data().toString() ==
          model::enumLabel(u"stage", u"commit"));

    // Marking it won settles the probability.
    CHECK(model->setData(model->index(row, AccountOpportunitiesTab::StageColumn), QStringLiteral("won")));
    CHECK(b.field(QStringLiteral("opportunity"), id, "status").toString() == QStringLiteral("won"));
    CHECK(b.field(QStringLiteral("opportunity"), id, "probability").toInt() == 100);
}
