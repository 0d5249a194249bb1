// The desktop's background rule runs (ui/rules/RuleRunner.h): a run at the
// start writes the tasks the rules call for, in chunks, through the store; an
// edit of one account runs the rules for that account only; a second run makes
// nothing new; a run's own tasks do not start another; a playbook step marked
// done starts the next step.
#include "QtDoctest.h"
#include "StoreFixture.h"

#include "analysis/AccountScores.h"
#include "commands/Commands.h"
#include "rules/Playbooks.h"
#include "rules/RuleEngine.h"
#include "ui/Workspace.h"
#include "ui/common/SearchIndexTidier.h"
#include "ui/rules/RuleRunner.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace summit;
using summit::ui::RuleRunner;

namespace {
QString s(const char* text)
{
    return QString::fromUtf8(text);
}
int count(Store& store, const QString& sql)
{
    return store.reader().scalar(sql).toInt();
}
// Switches every playbook off but `keep`.
void onlyPlaybook(commands::Commands& cmd, Store& store, const QString& keep)
{
    auto all = rules::loadPlaybooks(store.reader());
    REQUIRE(all.isOk());
    for (const rules::Playbook& p : all.value())
        if (p.enabled != (p.id == keep))
            REQUIRE(cmd.editPlaybook(p.id, {{QStringLiteral("enabled"), p.id == keep ? 1 : 0}}));
}
} // namespace

TEST_CASE("the runner writes the rules' tasks in the background, once, and again only for what changed")
{
    test::StoreFixture f;
    const QString am =
        f.add(QStringLiteral("member"),
              {{QStringLiteral("name"), s("王敏")}, {QStringLiteral("role"), QStringLiteral("team_lead")}});
    // 60 key accounts never followed up: 60 tasks for the AM (who is also the lead: one each),
    // written in chunks of rules::kTasksPerWrite (10): one change each.
    for (int i = 0; i < 60; ++i)
        f.add(QStringLiteral("account"), {{QStringLiteral("name"), s("客户%1").arg(i)},
                                          {QStringLiteral("tier"), QStringLiteral("A")},
                                          {QStringLiteral("am_id"), am}});
    // Only the quiet rule, so the figures are the test's own.
    commands::Commands cmd(*f.store);
    auto all = rules::loadRules(f.store->reader());
    REQUIRE(all.isOk());
    for (const rules::Rule& r : all.value())
        if (r.id != QStringLiteral("00000000-0000-7000-8001-000000000001"))
            REQUIRE(cmd.editRule(r.id, {{QStringLiteral("enabled"), 0}}));
    onlyPlaybook(cmd, *f.store, {});

    RuleRunner runner(*f.store);
    QSignalSpy ran(&runner, &RuleRunner::ran);
    QSignalSpy changed(f.store.get(), &Store::changed);
    runner.schedule(0);
    REQUIRE(ran.wait(30000));
    CHECK(ran.front()[0].toInt() == 60);
    CHECK(count(*f.store, QStringLiteral("SELECT count(*) FROM tasks WHERE source = 'rule'")) == 60);
    CHECK(changed.count() == int((60 + rules::kTasksPerWrite - 1) / rules::kTasksPerWrite));
    // Its own tasks start no run.
    CHECK_FALSE(ran.wait(2500));
    CHECK(runner.runs() == 1);

    // A new account: the change names it, and only it is evaluated.
    const QString fresh =
        cmd.createRecord(QStringLiteral("account"), {{QStringLiteral("name"), s("新客户")},
                                                     {QStringLiteral("tier"), QStringLiteral("S")},
                                                     {QStringLiteral("am_id"), am}})
            .value();
    REQUIRE(ran.wait(30000));
    CHECK(ran.back()[0].toInt() == 1);
    CHECK(count(*f.store, QStringLiteral("SELECT count(*) FROM tasks WHERE source = 'rule'")) == 61);
    CHECK(f.store->reader()
              .scalar(QStringLiteral("SELECT count(*) FROM tasks WHERE account_id = ?"), {fresh})
              .toInt() == 1);

    // A change of the rules runs everything again: nothing new to make.
    REQUIRE(cmd.editRule(QStringLiteral("00000000-0000-7000-8001-000000000001"),
                         {{QStringLiteral("due_in"), 1}}));
    REQUIRE(ran.wait(30000));
    CHECK(ran.back()[0].toInt() == 0);
    CHECK(count(*f.store, QStringLiteral("SELECT count(*) FROM tasks WHERE source = 'rule'")) == 61);
}

TEST_CASE("a large change (an import) is one full run, not a lookup of every record on the GUI thread")
{
    test::StoreFixture f;
    const QString am =
        f.add(QStringLiteral("member"),
              {{QStringLiteral("name"), s("王敏")}, {QStringLiteral("role"), QStringLiteral("team_lead")}});
    commands::Commands cmd(*f.store);
    auto all = rules::loadRules(f.store->reader());
    REQUIRE(all.isOk());
    for (const rules::Rule& r : all.value())
        if (r.id != QStringLiteral("00000000-0000-7000-8001-000000000001"))
            REQUIRE(cmd.editRule(r.id, {{QStringLiteral("enabled"), 0}}));
    onlyPlaybook(cmd, *f.store, {});
    RuleRunner runner(*f.store);
    QSignalSpy ran(&runner, &RuleRunner::ran);
    Change import{QStringLiteral("Import"), {}};
    for (int i = 0; i < 250; ++i)
        import.ops.push_back(Operation::set(QStringLiteral("account"), ids::newId(),
                                            {{QStringLiteral("name"), s("导入客户%1").arg(i)},
                                             {QStringLiteral("tier"), QStringLiteral("A")},
                                             { QStringLiteral("am_id"),
                                               am }}));
    REQUIRE(f.store->apply(import));
    REQUIRE(ran.wait(30000));
    CHECK(ran.front()[0].toInt() == 250);
    CHECK(runner.runs() == 1);
}

TEST_CASE("a playbook's step marked done starts the next one in the background")
{
    test::StoreFixture f;
    const QString lead =
        f.add(QStringLiteral("member"),
              {{QStringLiteral("name"), s("赵总")}, {QStringLiteral("role"), QStringLiteral("team_lead")}});
    const QString am =
        f.add(QStringLiteral("member"), {{QStringLiteral("name"), s("王敏")},
                                         {QStringLiteral("role"), QStringLiteral("account_manager")}});
    const QString acc = f.add(QStringLiteral("account"), {{QStringLiteral("name"), s("华东电力")},
                                                          {QStringLiteral("tier"), QStringLiteral("A")},
                                                          {QStringLiteral("am_id"), am}});
    commands::Commands cmd(*f.store);
    auto all = rules::loadRules(f.store->reader());
    REQUIRE(all.isOk());
    for (const rules::Rule& r : all.value())
        REQUIRE(cmd.editRule(r.id, {{QStringLiteral("enabled"), 0}}));
    const QString monthly = QStringLiteral("00000000-0000-7000-8003-000000000003");
    onlyPlaybook(cmd, *f.store, monthly);

    RuleRunner runner(*f.store);
    QSignalSpy ran(&runner, &RuleRunner::ran);
    runner.schedule(0);
    REQUIRE(ran.wait(30000));
    // This month's assessment, for the account manager (the month's first workday has passed
    // unless today is before it; then nothing yet, and the test has nothing to follow).
    const QString assess =
        f.store->reader()
            .scalar(QStringLiteral("SELECT id FROM tasks WHERE playbook_id = ? AND step = 'assess'"),
                    {monthly})
            .toString();
    if (assess.isEmpty()) {
        CHECK(ran.front()[0].toInt() == 0);
        return;
    }
    CHECK(ran.front()[0].toInt() == 1);
    REQUIRE(cmd.completeTask(assess, QDateTime::currentDateTimeUtc()));
    REQUIRE(ran.wait(30000));
    CHECK(ran.back()[0].toInt() == 1);
    CHECK(
        f.store->reader()
            .scalar(QStringLiteral("SELECT assignee_id FROM tasks WHERE playbook_id = ? AND step = 'review'"),
                    {monthly})
            .toString() == lead);
    Q_UNUSED(acc)
}

TEST_CASE("the workspace merges the search index between writes, once the store is quiet, and says nothing")
{
    test::StoreFixture f;
    ui::Workspace ws(*f.store);
    auto* tidier = ws.searchIndexTidier();
    REQUIRE(tidier);
    QTRY_VERIFY_WITH_TIMEOUT(tidier->isIdle(), 5000); // the look at the start (an empty index)
    const int atStart = tidier->steps();
    const QString a = f.account(s("恒通物流集团"));
    QSignalSpy heard(f.store.get(), &Store::changed);
    // Writes close together: the tidier waits for the last of them.
    for (int i = 0; i < 12; ++i) {
        commands::TaskDraft task;
        task.accountId = a;
        task.title = QStringLiteral("quietword%1").arg(i);
        REQUIRE(ws.commands().addTask(task));
    }
    CHECK(tidier->steps() == atStart);
    QTRY_VERIFY_WITH_TIMEOUT(tidier->steps() > atStart && tidier->isIdle(), 5000);
    CHECK(heard.count() == 12); // the merge steps are not changes: no view reloads for them
    CHECK(f.store->tidySearchIndex().value() == false); // it stopped because nothing was left
    CHECK(ws.undoStack()->count() == 12);
}

TEST_CASE("a run keeps the health scores it computed, for the drop rule a month later")
{
    test::StoreFixture f;
    const QString acc = f.add(QStringLiteral("account"), {{QStringLiteral("name"), s("恒通物流")},
                                                          {QStringLiteral("tier"), QStringLiteral("A")}});
    commands::Commands cmd(*f.store);
    auto all = rules::loadRules(f.store->reader());
    REQUIRE(all.isOk());
    for (const rules::Rule& r : all.value()) { // only "churn risk", which scores health
        const bool on = r.id == QStringLiteral("00000000-0000-7000-8001-000000000004");
        if (r.enabled != on) {
            const Status edited = cmd.editRule(r.id, {{QStringLiteral("enabled"), on ? 1 : 0}});
            REQUIRE_MESSAGE(edited.isOk(), edited.message().toStdString());
        }
    }
    onlyPlaybook(cmd, *f.store, {});
    RuleRunner runner(*f.store);
    QSignalSpy ran(&runner, &RuleRunner::ran);
    runner.schedule(0);
    REQUIRE(ran.wait(30000));
    auto kept = f.store->reader().rows(QStringLiteral("SELECT account_id, day, score FROM health_scores"));
    REQUIRE(kept.isOk());
    REQUIRE(kept.value().size() == 1);
    CHECK(kept.value().front()[0].toString() == acc);
    CHECK(kept.value().front()[1].toString() == QDate::currentDate().toString(Qt::ISODate));
    CHECK(kept.value().front()[2].toInt() ==
          analysis::assessHealth(f.store->reader(), acc, QDate::currentDate()).value().score);
}
