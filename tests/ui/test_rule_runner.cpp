// The desktop's background rule runs (ui/rules/RuleRunner.h): a run at the
// start writes the tasks the rules call for, in chunks, through the store; an
// edit of one account runs the rules for that account only; a second run makes
// nothing new; a run's own tasks do not start another.
#include "QtDoctest.h"
#include "StoreFixture.h"

#include "commands/Commands.h"
#include "ui/rules/RuleRunner.h"

#include <QSignalSpy>
#include <QTest>

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
} // namespace

TEST_CASE("the runner writes the rules' tasks in the background, once, and again only for what changed")
{
    test::StoreFixture f;
    const QString am =
        f.add(QStringLiteral("member"),
              {{QStringLiteral("name"), s("王敏")}, {QStringLiteral("role"), QStringLiteral("team_lead")}});
    // 60 key accounts never followed up: 60 tasks for the AM (who is also the lead: one each),
    // written in chunks of 25.
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

    RuleRunner runner(*f.store);
    QSignalSpy ran(&runner, &RuleRunner::ran);
    QSignalSpy changed(f.store.get(), &Store::changed);
    runner.schedule(0);
    REQUIRE(ran.wait(30000));
    CHECK(ran.front()[0].toInt() == 60);
    CHECK(count(*f.store, QStringLiteral("SELECT count(*) FROM tasks WHERE source = 'rule'")) == 60);
    CHECK(changed.count() == 3); // three chunks: 25, 25, 10
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
