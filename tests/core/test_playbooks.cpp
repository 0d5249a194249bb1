// Playbooks (rules/Playbooks.h, PlaybookEngine.h): the shipped ones, each
// trigger starting a run and not starting one outside its window, steps that
// wait for others and count their deadline from the day those were done, a
// second run making nothing, a start by hand (undoable, once a day), the
// progress an account shows, and bad playbooks refused naming the step (or,
// from a teammate, skipped).
#include "StoreFixture.h"

#include "commands/Commands.h"
#include "rules/PlaybookEngine.h"
#include "rules/Playbooks.h"
#include "rules/WorkCalendar.h"

using namespace summit;
using rules::RuleTask;
using rules::WorkCalendar;
using test::StoreFixture;

namespace {

const QDate kToday(2026, 12, 7); // a Monday
const QString kNewKey = QStringLiteral("00000000-0000-7000-8003-000000000001");
const QString kVisit = QStringLiteral("00000000-0000-7000-8003-000000000002");
const QString kMonthly = QStringLiteral("00000000-0000-7000-8003-000000000003");
const QString kNegotiate = QStringLiteral("00000000-0000-7000-8003-000000000004");

QString s(const char* text)
{
    return QString::fromUtf8(text);
}
QString day(const QDate& d)
{
    return d.toString(Qt::ISODate);
}
QString at(const QDate& d, int hour)
{
    return QDateTime(d, QTime(hour, 0)).toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"));
}
qint64 ms(const QDate& d)
{
    return QDateTime(d, QTime(9, 0)).toMSecsSinceEpoch();
}

struct Team : StoreFixture
{
    QString lead, am, sa;
    commands::Commands cmd{*store};
    Team()
    {
        now = ms(kToday.addDays(-60)); // records made two months ago unless a test says otherwise
        lead = add(QStringLiteral("member"), {{QStringLiteral("name"), s("赵总")},
                                              {QStringLiteral("role"), QStringLiteral("team_lead")}});
        am = add(QStringLiteral("member"), {{QStringLiteral("name"), s("王敏")},
                                            {QStringLiteral("role"), QStringLiteral("account_manager")}});
        sa = add(QStringLiteral("member"), {{QStringLiteral("name"), s("李强")},
                                            {QStringLiteral("role"), QStringLiteral("solution_architect")}});
    }
    QString company(const char* name, const char* tier)
    {
        return add(QStringLiteral("account"), {{QStringLiteral("name"), s(name)},
                                               {QStringLiteral("tier"), QString::fromLatin1(tier)},
                                               {QStringLiteral("am_id"), am},
                                               {QStringLiteral("sa_id"), sa}});
    }
    void visit(const QString& acc, const QDate& on, const char* type = "visit")
    {
        add(QStringLiteral("followup"), {{QStringLiteral("account_id"), acc},
                                         {QStringLiteral("type"), QString::fromLatin1(type)},
                                         {QStringLiteral("at"), at(on, 15)},
                                         {QStringLiteral("summary"), s("拜访")}});
    }
    void only(const QStringList& on)
    {
        auto all = rules::loadPlaybooks(store->reader());
        REQUIRE(all.isOk());
        for (const rules::Playbook& p : all.value()) {
            const bool want = on.contains(p.id);
            if (p.enabled != want)
                REQUIRE(cmd.editPlaybook(p.id, {{QStringLiteral("enabled"), want ? 1 : 0}}).isOk());
        }
    }
    rules::RuleEvaluation evaluate(const QDate& today = kToday, const QString& playbook = {})
    {
        rules::EvaluateOptions o;
        o.today = today;
        o.ruleId = playbook;
        auto e = rules::evaluatePlaybooks(store->reader(), o);
        REQUIRE_MESSAGE(e.isOk(), e.message().toStdString());
        return e.value();
    }
    std::vector<RuleTask> run(const QDate& today = kToday)
    {
        auto e = evaluate(today);
        auto made = cmd.addRuleTasks(e.tasks);
        REQUIRE_MESSAGE(made.isOk(), made.message().toStdString());
        CHECK(made.value() == int(e.tasks.size()));
        return e.tasks;
    }
    void complete(const std::vector<RuleTask>& tasks, const QString& step, const QDate& on)
    {
        for (const RuleTask& t : tasks)
            if (t.step == step)
                REQUIRE(cmd.completeTask(t.id, QDateTime(on, QTime(11, 0))).isOk());
    }
    int count(const QString& sql, const QVariantList& binds = {})
    {
        return store->reader().scalar(sql, binds).toInt();
    }
};

std::vector<RuleTask> ofStep(const std::vector<RuleTask>& tasks, const QString& step)
{
    std::vector<RuleTask> out;
    for (const RuleTask& t : tasks)
        if (t.step == step)
            out.push_back(t);
    return out;
}

} // namespace

TEST_CASE("the shipped playbooks come from the seeds; the monthly health check is on")
{
    Team t;
    auto all = rules::loadPlaybooks(t.store->reader());
    REQUIRE(all.isOk());
    REQUIRE(all.value().size() == 5);
    for (const rules::Playbook& p : all.value()) {
        CAPTURE(p.name.toStdString());
        CHECK(p.builtIn);
        CHECK(p.problem.isEmpty());
        CHECK(p.enabled == (p.id == kMonthly));
    }
    const rules::Playbook& key = all.value().front();
    CHECK(key.id == kNewKey);
    // Seed 002: survey within 72 hours, first proposal 5 workdays, quote 1 workday.
    REQUIRE(key.steps.size() == 3);
    CHECK((key.steps[0].dueIn == 72 && key.steps[0].dueUnit == QStringLiteral("hours")));
    CHECK((key.steps[1].dueIn == 5 && key.steps[1].after == QStringList{QStringLiteral("survey")}));
    CHECK(rules::describeTrigger(key) == QStringLiteral("When an account becomes tier S/A"));
    CHECK(rules::describeDue(key.steps[0]) == QStringLiteral("72 hour(s)"));
    // A team lead's edit writes only what changed; a shipped playbook cannot be deleted.
    REQUIRE(t.cmd.editPlaybook(kNewKey, {{QStringLiteral("enabled"), 1}}).isOk());
    auto rec = t.store->record(QStringLiteral("playbook"), kNewKey);
    REQUIRE(rec.isOk());
    CHECK(rec.value().value(QStringLiteral("enabled")).toInt() == 1);
    CHECK(rec.value().value(QStringLiteral("steps")).isNull());
    CHECK(rules::loadPlaybook(t.store->reader(), kNewKey).value().enabled);
    const Status removed = t.cmd.removePlaybook(kNewKey);
    CHECK_FALSE(removed.isOk());
    CHECK(removed.message().contains(QStringLiteral("switched off")));
}

TEST_CASE("steps round-trip through JSON and the CLI's one-line form")
{
    auto step = rules::parseStepText(
        QStringLiteral("proposal: Send the first proposal | 5wd | am, sa | after survey"));
    REQUIRE_MESSAGE(step.isOk(), step.message().toStdString());
    CHECK(step.value().key == QStringLiteral("proposal"));
    CHECK(step.value().title == QStringLiteral("Send the first proposal"));
    CHECK(step.value().dueIn == 5);
    CHECK(step.value().dueUnit == QStringLiteral("workdays"));
    CHECK(step.value().roles == QStringList{QStringLiteral("am"), QStringLiteral("sa")});
    CHECK(step.value().after == QStringList{QStringLiteral("survey")});
    auto hours = rules::parseStepText(s("survey: 需求调研 | 72h | am"));
    REQUIRE(hours.isOk());
    CHECK(hours.value().dueUnit == QStringLiteral("hours"));
    CHECK(hours.value().title == s("需求调研"));

    const auto json = rules::stepsJson({hours.value(), step.value()});
    auto back = rules::parseSteps(json);
    REQUIRE(back.isOk());
    REQUIRE(back.value().size() == 2);
    CHECK(back.value()[1].after == QStringList{QStringLiteral("survey")});
    CHECK(back.value()[0].title == s("需求调研"));

    CHECK(rules::parseStepText(QStringLiteral("survey: Survey | soon | am"))
              .message()
              .contains(QStringLiteral("soon")));
    CHECK_FALSE(rules::parseStepText(QStringLiteral("no key here")).isOk());
    CHECK(rules::parseStepText(QStringLiteral("a: A | 1wd | am | before b"))
              .message()
              .contains(QStringLiteral("after")));
    CHECK(rules::parseSteps(QStringLiteral("{\"key\": 1}")).message().contains(QStringLiteral("JSON array")));
    CHECK_FALSE(rules::parseSteps(QStringLiteral("[1, 2")).isOk());
}

TEST_CASE("a bad playbook is refused naming the step and the problem, and nothing is written")
{
    Team t;
    const int before = t.count(QStringLiteral("SELECT count(*) FROM playbooks"));
    auto refuse = [&](const char* steps, const char* expected, const char* trigger = "manual",
                      const char* stage = "") {
        auto r = t.cmd.addPlaybook({{QStringLiteral("name"), s("试点流程")},
                                    {QStringLiteral("trigger"), QString::fromLatin1(trigger)},
                                    {QStringLiteral("stage"), QString::fromLatin1(stage)},
                                    {QStringLiteral("steps"), s(steps)}});
        CAPTURE(steps);
        CHECK_FALSE(r.isOk());
        CHECK_MESSAGE(r.message().contains(s(expected)), r.message().toStdString());
    };
    const char* ok = R"([{"key":"a","title":"A","due_in":1,"due_unit":"workdays","roles":["am"]}])";
    refuse(R"([{"key":"a","title":"A","due_in":1,"due_unit":"workdays","roles":["am"],"after":["a"]}])",
           "Step a waits for itself");
    refuse(R"([{"key":"a","title":"A","due_in":1,"roles":["am"],"after":["c"]},
               {"key":"b","title":"B","due_in":1,"roles":["am"],"after":["a"]},
               {"key":"c","title":"C","due_in":1,"roles":["am"],"after":["b"]}])",
           "a → c → b → a");
    refuse(R"([{"key":"a","title":"A","due_in":1,"roles":["am"],"after":["x"]}])",
           "\"x\", which is not a step");
    refuse(R"([{"key":"a","title":"A","due_in":1,"roles":["boss"]}])", "\"boss\" is not a role");
    refuse(R"([{"key":"a","title":"A","due_in":-2,"roles":["am"]}])", "-2");
    refuse(R"([{"key":"a","title":"A","due_in":1,"due_unit":"weeks","roles":["am"]}])", "weeks");
    refuse(R"([{"key":"a","title":"","due_in":1,"roles":["am"]}])", "title is required");
    refuse(R"([{"key":"A B","title":"A","due_in":1,"roles":["am"]}])", "A B");
    refuse(
        R"([{"key":"a","title":"A","due_in":1,"roles":["am"]},{"key":"a","title":"B","due_in":1,"roles":["am"]}])",
        "two steps have this key");
    refuse("[]", "at least one step");
    refuse(
        R"([{"key":"a","title":"A","due_in":1,"roles":["am"]},{"key":"","title":"B","due_in":1,"roles":["am"]}])",
        "Step 2: a key is required");
    const QByteArray longTitle =
        "[{\"key\":\"a\",\"title\":\"" + QByteArray(201, 'x') + "\",\"due_in\":1,\"roles\":[\"am\"]}]";
    refuse(longTitle.constData(), "the title has 201 characters");
    const QByteArray huge = "[{\"key\":\"a\",\"title\":\"A\",\"due_in\":1,\"roles\":[\"am\"],\"pad\":\"" +
                            QByteArray(70000, ' ') + "\"}]";
    refuse(huge.constData(), "at most 65536");
    refuse("not json", "not a list of steps");
    refuse(ok, "\"someday\" is not a trigger", "someday");
    refuse(ok, "\"won\" is not a stage", "opportunity_stage", "won");
    CHECK(t.count(QStringLiteral("SELECT count(*) FROM playbooks")) == before);
    // Every problem above, made by a teammate's laptop straight into the store: listed, skipped.
    t.only({kVisit});
    const QString broken = t.add(
        QStringLiteral("playbook"),
        {{QStringLiteral("name"), s("坏流程")},
         {QStringLiteral("trigger"), QStringLiteral("visit")},
         {QStringLiteral("steps"),
          s(R"([{"key":"a","title":"A","due_in":1,"roles":["am"],"after":["b"]},{"key":"b","title":"B","due_in":1,"roles":["am"],"after":["a"]}])")},
         {QStringLiteral("enabled"), 1}});
    const QString acc = t.company("华东电力", "A");
    t.visit(acc, kToday.addDays(-1));
    const auto e = t.evaluate();
    REQUIRE(e.skipped.size() == 1);
    CHECK(e.skipped.front().ruleName == s("坏流程"));
    CHECK(e.skipped.front().problem.contains(s("circle")));
    CHECK(ofStep(e.tasks, QStringLiteral("summary")).size() == 1); // the shipped visit playbook still runs
    // A lead can switch the broken one off without mending it; any other edit must mend it.
    CHECK_FALSE(t.cmd.editPlaybook(broken, {{QStringLiteral("name"), s("改名")}}).isOk());
    REQUIRE(t.cmd.editPlaybook(broken, {{QStringLiteral("enabled"), 0}}).isOk());
    CHECK(t.evaluate().skipped.empty());
    // A good one is added, checked as a whole.
    auto added = t.cmd.addPlaybook({{QStringLiteral("name"), s("试点流程")},
                                    {QStringLiteral("trigger"), QStringLiteral("manual")},
                                    {QStringLiteral("steps"), QString::fromLatin1(ok)}});
    REQUIRE_MESSAGE(added.isOk(), added.message().toStdString());
    CHECK(t.cmd.removePlaybook(added.value()).isOk());
}

TEST_CASE("the monthly health check starts on the month's first workday for S and A accounts")
{
    Team t;
    t.only({kMonthly});
    const QString a = t.company("华东电力", "A");
    const QString s1 = t.company("国家电网", "S");
    const QString b = t.company("小商户", "B");
    const QDate first = WorkCalendar::builtIn().addWorkdays(QDate(2026, 12, 1), 0);
    const auto tasks = t.run();
    REQUIRE(tasks.size() == 2); // the review waits for the assessment; B is out of scope
    for (const RuleTask& task : tasks) {
        CHECK(task.step == QStringLiteral("assess"));
        CHECK(task.playbookId == kMonthly);
        CHECK(task.trigger == QStringLiteral("month:2026-12"));
        CHECK(task.assigneeId == t.am);
        CHECK(task.due == WorkCalendar::builtIn().addWorkdays(first, 5));
        CHECK(task.accountId != b);
    }
    CHECK(
        t.count(QStringLiteral("SELECT count(*) FROM tasks WHERE source = 'playbook' AND playbook_id = ? AND "
                               "step = 'assess'"),
                {kMonthly}) == 2);
    CHECK(t.run().empty()); // a second run makes nothing
    CHECK(t.run(kToday.addDays(3)).empty());

    // The review waits for the assessment, and counts 2 workdays from the day it was done.
    t.complete(tasks, QStringLiteral("assess"), QDate(2026, 12, 10)); // a Thursday
    const auto review = t.run(QDate(2026, 12, 10));
    REQUIRE(review.size() == 2);
    for (const RuleTask& task : review) {
        CHECK(task.step == QStringLiteral("review"));
        CHECK(task.assigneeId == t.lead);
        CHECK(task.due == QDate(2026, 12, 14)); // Friday, then Monday
    }
    CHECK(t.run(QDate(2026, 12, 11)).empty());
    // January: a new month, a new run.
    const auto january = t.run(QDate(2027, 1, 5));
    CHECK(ofStep(january, QStringLiteral("assess")).size() == 2);
    CHECK(january.front().trigger == QStringLiteral("month:2027-01"));
    Q_UNUSED(a)
    Q_UNUSED(s1)
}

TEST_CASE("the month's run waits for its first workday: October starts after the National Day holiday")
{
    Team t;
    t.only({kMonthly});
    t.company("华东电力", "A");
    const QDate first = WorkCalendar::builtIn().addWorkdays(QDate(2026, 10, 1), 0);
    REQUIRE(first > QDate(2026, 10, 7));
    CHECK(t.evaluate(QDate(2026, 10, 2)).tasks.empty());
    const auto tasks = t.evaluate(first).tasks;
    REQUIRE(tasks.size() == 1);
    CHECK(tasks.front().due == WorkCalendar::builtIn().addWorkdays(first, 5));
}

TEST_CASE("a visit starts its playbook for 14 days; a call or an old visit does not")
{
    Team t;
    t.only({kVisit});
    const QString acc = t.company("华东电力", "B");
    const QString old = t.company("旧客户", "A");
    const QString called = t.company("电话客户", "A");
    const QDate visited = kToday.addDays(-3); // a Friday
    t.visit(acc, visited);
    t.visit(old, kToday.addDays(-20));
    t.visit(called, kToday.addDays(-1), "call");
    const auto tasks = t.run();
    REQUIRE(tasks.size() == 2);
    for (const RuleTask& task : tasks) {
        CHECK(task.accountId == acc);
        CHECK(task.trigger.startsWith(QStringLiteral("visit:")));
        CHECK(task.assigneeId == t.am);
    }
    const auto summary = ofStep(tasks, QStringLiteral("summary"));
    REQUIRE(summary.size() == 1);
    CHECK(summary.front().due == visited.addDays(1)); // within 24 hours: late already
    CHECK(summary.front().reason.contains(day(visited)));
    CHECK(ofStep(tasks, QStringLiteral("people")).front().due ==
          WorkCalendar::builtIn().addWorkdays(visited, 2));
    // An executive visit counts as a visit.
    t.visit(called, kToday, "executive_visit");
    CHECK(t.run().size() == 2);
}

TEST_CASE("a new key account's steps wait for each other, and every person of a step must finish it")
{
    Team t;
    t.only({kNewKey});
    const QString before = t.company("老客户", "A"); // made two months ago: not new
    t.now = ms(kToday.addDays(-1));
    const QString acc = t.company("华东电力", "A");
    const QString b = t.company("小商户", "B");
    const auto first = t.run();
    REQUIRE(first.size() == 2); // survey for the account manager and the solution architect
    for (const RuleTask& task : first) {
        CHECK(task.accountId == acc);
        CHECK(task.step == QStringLiteral("survey"));
        CHECK(task.due == kToday.addDays(-1 + 3)); // 72 hours after it became A
        CHECK(task.trigger == QStringLiteral("key:") + day(kToday.addDays(-1)));
    }
    CHECK((first[0].assigneeId == t.am) != (first[1].assigneeId == t.am));
    // One person done is not the step done.
    t.complete({first[0]}, QStringLiteral("survey"), kToday);
    CHECK(t.run().empty());
    // Cancelled counts as finished; the proposal counts from the day the survey was done.
    REQUIRE(t.cmd.editRecord(first[1].id, {{QStringLiteral("status"), QStringLiteral("cancelled")}}).isOk());
    const auto second = t.run();
    REQUIRE(second.size() == 2);
    CHECK(second.front().step == QStringLiteral("proposal"));
    CHECK(second.front().due == WorkCalendar::builtIn().addWorkdays(kToday, 5));
    // B becoming A later is a new key account.
    t.now = ms(kToday);
    REQUIRE(t.set(QStringLiteral("account"), b, {{QStringLiteral("tier"), QStringLiteral("A")}}).isOk());
    const auto third = t.run();
    REQUIRE(third.size() == 2);
    CHECK(third.front().accountId == b);
    Q_UNUSED(before)
}

TEST_CASE("an opportunity entering a stage starts its playbook once per entry")
{
    Team t;
    t.only({kNegotiate});
    const QString acc = t.company("华东电力", "A");
    const QString opp =
        t.add(QStringLiteral("opportunity"), {{QStringLiteral("account_id"), acc},
                                              {QStringLiteral("name"), s("二期扩容")},
                                              {QStringLiteral("stage"), QStringLiteral("propose")}});
    CHECK(t.run().empty());
    t.now = ms(kToday.addDays(-2));
    REQUIRE(
        t.set(QStringLiteral("opportunity"), opp, {{QStringLiteral("stage"), QStringLiteral("negotiate")}})
            .isOk());
    const auto tasks = t.run();
    REQUIRE(tasks.size() == 1);
    CHECK(tasks.front().step == QStringLiteral("quote"));
    CHECK(tasks.front().trigger ==
          QStringLiteral("opportunity:%1:negotiate:%2").arg(opp, day(kToday.addDays(-2))));
    CHECK(tasks.front().reason.contains(s("二期扩容")));
    CHECK(t.run().empty());
}

TEST_CASE("a playbook started by hand: its first steps at once, undoable, once a day")
{
    Team t;
    t.only({kNewKey});
    const QString acc = t.company("华东电力", "C");
    auto made = t.cmd.startPlaybook(kNewKey, acc, kToday);
    REQUIRE_MESSAGE(made.isOk(), made.message().toStdString());
    CHECK(made.value() == 2);
    CHECK(t.count(QStringLiteral("SELECT count(*) FROM tasks WHERE \"trigger\" = ?"),
                  {QStringLiteral("manual:") + day(kToday)}) == 2);
    const auto again = t.cmd.startPlaybook(kNewKey, acc, kToday);
    CHECK_FALSE(again.isOk());
    CHECK(again.message().contains(QStringLiteral("already started")));
    REQUIRE(t.store->undo().isOk());
    CHECK(t.count(QStringLiteral("SELECT count(*) FROM tasks WHERE deleted = 0 AND source = 'playbook'")) ==
          0);
    // The run goes on like any other once its first steps are done.
    REQUIRE(t.cmd.startPlaybook(kNewKey, acc, kToday).isOk());
    auto rows =
        t.store->reader().rows(QStringLiteral("SELECT id FROM tasks WHERE deleted = 0 AND step = 'survey'"));
    REQUIRE(rows.isOk());
    for (const QVariantList& r : rows.value())
        REQUIRE(t.cmd.completeTask(r[0].toString(), QDateTime(kToday, QTime(16, 0))).isOk());
    const auto next = t.run(kToday.addDays(1));
    REQUIRE(next.size() == 2);
    CHECK(next.front().step == QStringLiteral("proposal"));

    CHECK(t.cmd.startPlaybook(kNewKey, QStringLiteral("no-such-account"), kToday)
              .message()
              .contains(QStringLiteral("No account")));
    CHECK(t.cmd.startPlaybook(kMonthly, acc, kToday).message().contains(QStringLiteral("switched off")));
    CHECK(t.cmd.startPlaybook(QStringLiteral("nope"), acc, kToday)
              .message()
              .contains(QStringLiteral("No playbook")));
}

TEST_CASE("an account's progress: done, open, late and waiting steps of each run")
{
    Team t;
    t.only({kNewKey, kVisit});
    t.now = ms(kToday.addDays(-5));
    const QString acc = t.company("华东电力", "A");
    const auto first = t.run(kToday.addDays(-5));
    t.complete(first, QStringLiteral("survey"), kToday.addDays(-4));
    t.run(kToday.addDays(-4)); // the proposal, due 5 workdays after
    t.visit(acc, kToday.addDays(-3));
    t.run();
    auto progress = rules::playbookProgress(t.store->reader(), acc, kToday);
    REQUIRE(progress.isOk());
    REQUIRE(progress.value().size() == 2);
    // Both unfinished; the newest first (the visit).
    const rules::PlaybookRun& visit = progress.value()[0];
    CHECK(visit.playbookId == kVisit);
    CHECK(visit.started == QStringLiteral("visit on ") + day(kToday.addDays(-3)));
    REQUIRE(visit.steps.size() == 2);
    CHECK(visit.steps[0].state == QStringLiteral("late")); // within 24 hours of the visit
    CHECK(visit.steps[1].state == QStringLiteral("open"));
    const rules::PlaybookRun& key = progress.value()[1];
    CHECK(key.playbookName == QStringLiteral("New key account"));
    CHECK(key.done == 1);
    CHECK_FALSE(key.complete);
    REQUIRE(key.steps.size() == 3);
    CHECK(key.steps[0].state == QStringLiteral("done"));
    CHECK(key.steps[1].state == QStringLiteral("open"));
    CHECK(key.steps[1].assignees.contains(s("王敏")));
    CHECK(key.steps[2].state == QStringLiteral("waiting"));
    CHECK(key.steps[2].waitingFor == QStringList{QStringLiteral("Send the first proposal")});
    // Trashing a step's tasks drops the step; the run can finish without it.
    for (const QString& id : key.steps[1].taskIds)
        REQUIRE(t.store->apply({QStringLiteral("trash"), {Operation::remove(QStringLiteral("task"), id)}})
                    .isOk());
    progress = rules::playbookProgress(t.store->reader(), acc, kToday);
    REQUIRE(progress.isOk());
    const auto& after = progress.value()[1];
    CHECK(after.steps[1].state == QStringLiteral("missing"));
    // The quote goes ahead: a trashed step does not block the ones after it.
    const auto quote = t.run(kToday.addDays(1));
    CHECK(ofStep(quote, QStringLiteral("quote")).size() == 1);
}

TEST_CASE("ids come from playbook, account, run, step and role; a random-id run duplicates")
{
    Team t;
    t.only({kVisit});
    const QString acc = t.company("华东电力", "A");
    t.visit(acc, kToday.addDays(-1));
    const auto tasks = t.evaluate().tasks;
    REQUIRE(tasks.size() == 2);
    CHECK(tasks.front().id == rules::playbookTaskId(kVisit, acc, tasks.front().trigger, tasks.front().step,
                                                    QStringLiteral("am")));
    CHECK(t.evaluate().tasks.front().id == tasks.front().id);
    rules::EvaluateOptions o;
    o.today = kToday;
    o.randomIds = true;
    auto random = rules::evaluatePlaybooks(t.store->reader(), o);
    REQUIRE(random.isOk());
    CHECK(random.value().tasks.front().id != tasks.front().id);
}
