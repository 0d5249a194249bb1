// Domain commands: each intent builds one change through the one write path,
// with its own label, and errors keyed to its own fields.
#include "QtDoctest.h"
#include "StoreFixture.h"
#include "commands/Commands.h"
#include "query/Trash.h"
#include "store/Queries.h"

#include <QTimeZone>

using namespace summit;
using summit::test::StoreFixture;

namespace {

const QString kTask = QStringLiteral("task");
const QString kFollowup = QStringLiteral("followup");
const QString kContact = QStringLiteral("contact");
const QString kUnit = QStringLiteral("org_unit");

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

// Records every change a command applies, then applies it.
struct Recorder
{
    StoreFixture& f;
    std::vector<Change> changes;
    commands::Commands commands;
    explicit Recorder(StoreFixture& fixture)
        : f(fixture), commands(*fixture.store, [this](const Change& c) {
              changes.push_back(c);
              return f.store->apply(c);
          })
    {}
};

commands::FollowUpDraft draftFor(const QString& account)
{
    commands::FollowUpDraft d;
    d.accountId = account;
    d.type = QStringLiteral("visit");
    d.at = QDateTime(QDate(2026, 5, 20), QTime(10, 30), QTimeZone(8 * 3600));
    d.summary = s("  谈了二期扩容  ");
    return d;
}

} // namespace

TEST_CASE("logging a follow-up with a next action writes the follow-up and its task as one undo step")
{
    StoreFixture f;
    const QString acc = f.account();
    const QString me = f.add(QStringLiteral("member"), {{QStringLiteral("name"), s("李娜")}});
    const QString wang = f.contact(acc, s("王建国"));
    Recorder r(f);
    commands::FollowUpDraft d = draftFor(acc);
    d.authorId = me;
    d.contactIds = {wang};
    d.nextAction = s(" 发报价单 ");
    d.due = QDate(2026, 5, 25);

    auto logged = r.commands.logFollowUp(d);
    REQUIRE_MESSAGE(logged.isOk(), logged.message().toStdString());
    CHECK(logged->label == s("Log follow-up with 王建国"));
    REQUIRE(r.changes.size() == 1);
    CHECK(r.changes.front().ops.size() == 2);

    CHECK(f.get(kFollowup, logged->followUpId, QStringLiteral("summary")) == s("谈了二期扩容"));
    CHECK(f.get(kFollowup, logged->followUpId, QStringLiteral("at")) ==
          QStringLiteral("2026-05-20T02:30:00.000Z"));
    CHECK(f.get(kFollowup, logged->followUpId, QStringLiteral("next_due")) == QStringLiteral("2026-05-25"));
    REQUIRE_FALSE(logged->taskId.isEmpty());
    CHECK(f.get(kTask, logged->taskId, QStringLiteral("title")) == s("发报价单"));
    CHECK(f.get(kTask, logged->taskId, QStringLiteral("due")) == QStringLiteral("2026-05-25"));
    CHECK(f.get(kTask, logged->taskId, QStringLiteral("assignee_id")) == me);
    CHECK(f.get(kTask, logged->taskId, QStringLiteral("status")) == QStringLiteral("open"));
    CHECK(f.get(kTask, logged->taskId, QStringLiteral("source")) == kFollowup);
    CHECK(f.get(kTask, logged->taskId, QStringLiteral("followup_id")) == logged->followUpId);

    REQUIRE(f.store->undo()); // one step takes both back
    CHECK(f.store->entityOf(logged->taskId) == kTask);
    CHECK(f.get(kTask, logged->taskId, QStringLiteral("deleted")) == 1);
    CHECK(f.get(kFollowup, logged->followUpId, QStringLiteral("deleted")) == 1);
}

TEST_CASE("a follow-up without a next action makes no task and is labelled by its account")
{
    StoreFixture f;
    const QString acc = f.account(s("中国移动"));
    Recorder r(f);
    auto logged = r.commands.logFollowUp(draftFor(acc));
    REQUIRE(logged.isOk());
    CHECK(logged->taskId.isEmpty());
    CHECK(logged->label == s("Log follow-up at 中国移动"));
    REQUIRE(r.changes.size() == 1);
    CHECK(r.changes.front().ops.size() == 1);
    CHECK(commands::Commands::followUpLabel(s("中国移动"), {s("王建国"), s("李强"), s("张伟")}) ==
          s("Log follow-up with 王建国 and 2 other(s)")); // the English plural comes from summit_en.ts
}

TEST_CASE("a refused follow-up writes nothing and names its own fields")
{
    StoreFixture f;
    const QString acc = f.account();
    commands::Commands commands(*f.store);
    const quint64 before = f.store->operationCount();

    commands::FollowUpDraft empty = draftFor(acc);
    empty.summary = QStringLiteral("   ");
    empty.nextAction = s("回访");
    auto refused = commands.logFollowUp(empty);
    REQUIRE_FALSE(refused.isOk());
    CHECK(refused.error().field == QStringLiteral("summary"));
    CHECK(f.store->operationCount() == before);

    // The task's title and due date are the follow-up's next action and its due date.
    for (const auto& [taskField, formField] :
         {std::pair{"title", "next_action"}, std::pair{"due", "next_due"}, std::pair{"summary", "summary"}}) {
        commands::Commands failing(*f.store, [&](const Change&) {
            return Status::fail(QStringLiteral("bad"), QString::fromLatin1(taskField));
        });
        commands::FollowUpDraft d = draftFor(acc);
        d.nextAction = s("回访");
        auto r = failing.logFollowUp(d);
        REQUIRE_FALSE(r.isOk());
        CHECK(r.error().field == QString::fromLatin1(formField));
        CHECK(r.message() == QStringLiteral("bad"));
    }
}

TEST_CASE("tasks are added open, completed with a time and reopened, each under its own label")
{
    StoreFixture f;
    const QString acc = f.account();
    Recorder r(f);
    commands::TaskDraft d;
    d.accountId = acc;
    d.title = s(" 准备方案 ");
    d.due = QDate(2026, 6, 1);
    auto id = r.commands.addTask(d);
    REQUIRE(id.isOk());
    CHECK(r.changes.back().label == s("Add task 准备方案"));
    CHECK(f.get(kTask, id.value(), QStringLiteral("status")) == QStringLiteral("open"));
    CHECK(f.get(kTask, id.value(), QStringLiteral("source")) == QStringLiteral("manual"));
    CHECK(f.get(kTask, id.value(), QStringLiteral("due")) == QStringLiteral("2026-06-01"));
    CHECK(f.get(kTask, id.value(), QStringLiteral("assignee_id")).isNull());

    const QDateTime at(QDate(2026, 6, 2), QTime(9, 0), QTimeZone(8 * 3600));
    REQUIRE(r.commands.completeTask(id.value(), at));
    CHECK(r.changes.back().label == s("Complete task 准备方案"));
    CHECK(f.get(kTask, id.value(), QStringLiteral("status")) == QStringLiteral("done"));
    CHECK(f.get(kTask, id.value(), QStringLiteral("done_at")) == QStringLiteral("2026-06-02T01:00:00.000Z"));

    REQUIRE(r.commands.reopenTask(id.value()));
    CHECK(r.changes.back().label == s("Reopen task 准备方案"));
    CHECK(f.get(kTask, id.value(), QStringLiteral("status")) == QStringLiteral("open"));
    CHECK(f.get(kTask, id.value(), QStringLiteral("done_at")).isNull());

    // Only tasks can be completed; nothing is written for anything else.
    const size_t applied = r.changes.size();
    CHECK_FALSE(r.commands.completeTask(acc, at).isOk());
    CHECK_FALSE(r.commands.reopenTask(QStringLiteral("missing")).isOk());
    CHECK(r.changes.size() == applied);

    commands::TaskDraft blank;
    blank.title = QStringLiteral("  ");
    auto refused = r.commands.addTask(blank);
    REQUIRE_FALSE(refused.isOk());
    CHECK(refused.error().field == QStringLiteral("title"));
}

TEST_CASE("org units and people move through commands; cycles and self-references are refused")
{
    StoreFixture f;
    const QString acc = f.account();
    const QString hq = f.unit(acc, s("集团总部"));
    const QString it = f.unit(acc, s("信息技术部"), hq);
    const QString boss = f.contact(acc, s("李强"));
    const QString wang = f.contact(acc, s("王建国"));
    Recorder r(f);

    REQUIRE(r.commands.moveOrgUnit(it, QString()));
    CHECK(r.changes.back().label == s("Move 信息技术部 to the top level"));
    CHECK(f.get(kUnit, it, QStringLiteral("parent_id")).isNull());
    REQUIRE(r.commands.moveOrgUnit(hq, it));
    CHECK(r.changes.back().label == s("Move 集团总部 under 信息技术部"));
    CHECK_FALSE(r.commands.moveOrgUnit(it, hq).isOk()); // would close a cycle
    auto self = r.commands.moveOrgUnit(it, it);
    CHECK(self.error().field == QStringLiteral("parent_id"));

    REQUIRE(r.commands.reportTo(wang, boss));
    CHECK(f.get(kContact, wang, QStringLiteral("reports_to")) == boss);
    CHECK_FALSE(r.commands.reportTo(boss, wang).isOk());
    CHECK_FALSE(r.commands.reportTo(wang, wang).isOk());

    REQUIRE(r.commands.moveContactToUnit(wang, it));
    CHECK(f.get(kContact, wang, QStringLiteral("org_unit_id")) == it);

    REQUIRE(r.commands.setContactLeft(wang, true, QDate(2026, 4, 30)));
    CHECK(f.get(kContact, wang, QStringLiteral("status")) == QStringLiteral("left"));
    CHECK(f.get(kContact, wang, QStringLiteral("left_on")) == QStringLiteral("2026-04-30"));
    REQUIRE(r.commands.setContactLeft(wang, false, {}));
    CHECK(f.get(kContact, wang, QStringLiteral("left_on")).isNull());

    auto link = r.commands.addInfluenceLink(boss, wang, QStringLiteral("mentors"));
    REQUIRE(link.isOk());
    CHECK(f.get(QStringLiteral("influence_link"), link.value(), QStringLiteral("account_id")) == acc);
    CHECK(f.get(QStringLiteral("influence_link"), link.value(), QStringLiteral("kind")) ==
          QStringLiteral("mentors"));
    CHECK_FALSE(r.commands.addInfluenceLink(boss, boss).isOk());
    CHECK_FALSE(r.commands.addInfluenceLink(boss, hq).isOk()); // a unit is not a person
}

TEST_CASE("generic create and edit: labels name the record, tree fields become moves, no-ops write nothing")
{
    StoreFixture f;
    const QString acc = f.account();
    const QString hq = f.unit(acc, s("集团总部"));
    Recorder r(f);

    auto id = r.commands.createRecord(
        kContact, {{QStringLiteral("account_id"), acc}, {QStringLiteral("name"), s("王建国")}});
    REQUIRE(id.isOk());
    CHECK(r.changes.back().label == s("Add contact 王建国"));
    CHECK_FALSE(r.commands.createRecord(kContact, {{QStringLiteral("name"), s("重复")}}, id.value()).isOk());
    CHECK_FALSE(r.commands.createRecord(QStringLiteral("planet"), {}).isOk());

    REQUIRE(r.commands.editRecord(id.value(), {{QStringLiteral("stance"), QStringLiteral("supporter")}}));
    CHECK(r.changes.back().label == s("Edit stance of 王建国"));
    REQUIRE(r.commands.editRecord(
        id.value(), {{QStringLiteral("title"), QStringLiteral("CIO")}, {QStringLiteral("influence"), 4}}));
    CHECK(r.changes.back().label == s("Edit 王建国"));

    const QString sub = f.unit(acc, s("华为云"));
    REQUIRE(r.commands.editRecord(sub, {{QStringLiteral("parent_id"), hq}}));
    REQUIRE(r.changes.back().ops.size() == 1);
    CHECK(r.changes.back().ops.front().kind == OpKind::Move);
    CHECK(f.get(kUnit, sub, QStringLiteral("parent_id")) == hq);

    const size_t applied = r.changes.size();
    REQUIRE(r.commands.editRecord(sub, {}));
    CHECK(r.changes.size() == applied);
    CHECK_FALSE(
        r.commands.editRecord(QStringLiteral("missing"), {{QStringLiteral("name"), QStringLiteral("x")}})
            .isOk());
}

TEST_CASE("delete and restore several records as one change each, undoable")
{
    StoreFixture f;
    const QString acc = f.account();
    const QString a = f.contact(acc, s("王建国"));
    const QString b = f.contact(acc, s("李强"));
    Recorder r(f);

    REQUIRE(r.commands.deleteRecords({a}));
    CHECK(r.changes.back().label == s("Delete contact 王建国"));
    REQUIRE(r.commands.deleteRecords({b}));
    REQUIRE(r.commands.restoreFromTrash({b}));
    CHECK(r.changes.back().label == s("Restore contact 李强"));
    REQUIRE(r.commands.deleteRecords({b}));
    CHECK(listTrash(f.store->reader()).value().size() == 2);

    REQUIRE(r.commands.restoreFromTrash({a, b}));
    CHECK(r.changes.back().label == s("Restore 2 records"));
    CHECK(r.changes.back().ops.size() == 2);
    CHECK(listTrash(f.store->reader()).value().empty());
    REQUIRE(f.store->undo());
    CHECK(listTrash(f.store->reader()).value().size() == 2);

    const size_t applied = r.changes.size();
    CHECK_FALSE(r.commands.deleteRecords({a, QStringLiteral("missing")}).isOk()); // all or nothing
    CHECK(r.changes.size() == applied);
}
