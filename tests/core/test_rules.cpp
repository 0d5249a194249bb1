// Rules (rules/Rules.h, RuleEngine.h) and the working calendar (WorkCalendar.h):
// the calendar against the State Council's notices, each condition firing and
// not firing, the tasks' people, due dates and ids, a second run making nothing,
// closed and trashed tasks not made again, escalation, scope, and bad rules
// refused with a message naming the field (or, from a teammate, skipped).
#include "StoreFixture.h"

#include "analysis/AccountScores.h"
#include "analysis/HealthTrend.h"
#include "commands/Commands.h"
#include "rules/RuleEngine.h"
#include "rules/Rules.h"
#include "rules/StageGates.h"
#include "rules/WorkCalendar.h"

#include <QTimeZone>

using namespace summit;
using rules::RuleTask;
using rules::WorkCalendar;
using test::StoreFixture;

namespace {

const QDate kToday(2026, 12, 7); // a Monday
// The shipped rules' ids.
const QString kQuietA = QStringLiteral("00000000-0000-7000-8001-000000000001");
const QString kQuietB = QStringLiteral("00000000-0000-7000-8001-000000000002");
const QString kChurn = QStringLiteral("00000000-0000-7000-8001-000000000004");
const QString kRenewal = QStringLiteral("00000000-0000-7000-8001-000000000006");
const QString kOverdue = QStringLiteral("00000000-0000-7000-8001-000000000007");
const QString kLeft = QStringLiteral("00000000-0000-7000-8001-000000000008");
const QString kStalled = QStringLiteral("00000000-0000-7000-8001-000000000009");
const QString kSevere = QStringLiteral("00000000-0000-7000-8001-00000000000a");
const QString kDetractor = QStringLiteral("00000000-0000-7000-8001-00000000000b");

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

struct Team : StoreFixture
{
    QString lead, am, sa;
    commands::Commands cmd{*store};
    explicit Team(const QString& name = QStringLiteral("test.db")) : StoreFixture(name)
    {
        lead = add(QStringLiteral("member"), {{QStringLiteral("name"), s("赵总")},
                                              {QStringLiteral("role"), QStringLiteral("team_lead")}});
        am = add(QStringLiteral("member"), {{QStringLiteral("name"), s("王敏")},
                                            {QStringLiteral("role"), QStringLiteral("account_manager")}});
        sa = add(QStringLiteral("member"), {{QStringLiteral("name"), s("李强")},
                                            {QStringLiteral("role"), QStringLiteral("solution_architect")}});
    }
    QString company(const char* name, const char* tier, FieldValues more = {})
    {
        FieldValues f = {
            {QStringLiteral("name"), s(name)}, {QStringLiteral("am_id"), am}, {QStringLiteral("sa_id"), sa}};
        if (*tier)
            f.emplace_back(QStringLiteral("tier"), QString::fromLatin1(tier));
        f.insert(f.end(), more.begin(), more.end());
        return add(QStringLiteral("account"), f);
    }
    void followUp(const QString& acc, const QDate& on)
    {
        add(QStringLiteral("followup"), {{QStringLiteral("account_id"), acc},
                                         {QStringLiteral("type"), QStringLiteral("visit")},
                                         {QStringLiteral("at"), at(on, 10)},
                                         {QStringLiteral("summary"), s("拜访")}});
    }
    std::vector<RuleTask> test(const QString& ruleId, const QDate& today = kToday)
    {
        rules::EvaluateOptions o;
        o.today = today;
        o.ruleId = ruleId;
        auto e = rules::evaluateRules(store->reader(), o);
        REQUIRE_MESSAGE(e.isOk(), e.message().toStdString());
        return e.value().tasks;
    }
    rules::RuleEvaluation run(const QDate& today = kToday)
    {
        rules::EvaluateOptions o;
        o.today = today;
        auto e = rules::evaluateRules(store->reader(), o);
        REQUIRE_MESSAGE(e.isOk(), e.message().toStdString());
        auto made = cmd.addRuleTasks(e.value().tasks);
        REQUIRE_MESSAGE(made.isOk(), made.message().toStdString());
        return e.value();
    }
    int count(const QString& sql, const QVariantList& binds = {})
    {
        return store->reader().scalar(sql, binds).toInt();
    }
};

std::vector<RuleTask> forAccount(const std::vector<RuleTask>& tasks, const QString& acc)
{
    std::vector<RuleTask> out;
    for (const RuleTask& t : tasks)
        if (t.accountId == acc)
            out.push_back(t);
    return out;
}

} // namespace

TEST_CASE("the working calendar follows the State Council's notices for 2025 and 2026")
{
    const WorkCalendar& c = WorkCalendar::builtIn();
    CHECK(c.coversYear(2025));
    CHECK(c.coversYear(2026));
    CHECK_FALSE(c.coversYear(2027));
    // 国庆 2026: 1–7 October off, Sunday 20 September and Saturday 10 October worked.
    CHECK_FALSE(c.isWorkday(QDate(2026, 10, 1)));
    CHECK_FALSE(c.isWorkday(QDate(2026, 10, 7)));
    CHECK(c.isWorkday(QDate(2026, 9, 20)));
    CHECK(c.isWorkday(QDate(2026, 10, 10)));
    CHECK(c.dayName(QDate(2026, 10, 3)) == s("国庆节"));
    // 春节 2026: Saturday 14 February worked, 15–23 February off.
    CHECK(c.isWorkday(QDate(2026, 2, 14)));
    CHECK_FALSE(c.isWorkday(QDate(2026, 2, 16)));
    // An ordinary week: Saturday off, Monday on.
    CHECK_FALSE(c.isWorkday(QDate(2026, 12, 5)));
    CHECK(c.isWorkday(QDate(2026, 12, 7)));

    // "Within 5 workdays" from Friday 26 September 2025, before 国庆 (1–8 October off, 28 September
    // and 11 October worked): 28, 29, 30 September, then 9 and 10 October.
    CHECK(c.addWorkdays(QDate(2025, 9, 26), 5) == QDate(2025, 10, 10));
    // From Wednesday 30 September 2026: 8, 9, 10 (a Saturday worked), 12, 13 October.
    CHECK(c.addWorkdays(QDate(2026, 9, 30), 5) == QDate(2026, 10, 13));
    // From Friday 18 September 2026 the worked Sunday counts.
    CHECK(c.addWorkdays(QDate(2026, 9, 18), 1) == QDate(2026, 9, 20));
    // 0: the day itself when it is a workday, else the next one; negative counts back.
    CHECK(c.addWorkdays(QDate(2026, 12, 7), 0) == QDate(2026, 12, 7));
    CHECK(c.addWorkdays(QDate(2026, 10, 1), 0) == QDate(2026, 10, 8));
    CHECK(c.addWorkdays(QDate(2026, 10, 8), -1) == QDate(2026, 9, 30));
    CHECK(c.workdaysBetween(QDate(2026, 9, 30), QDate(2026, 10, 13)) == 5);
    // A year without a notice: weekends only (1 January 2027 is a Friday, counted as a workday).
    CHECK(c.isWorkday(QDate(2027, 1, 1)));
    CHECK(c.addWorkdays(QDate(2026, 12, 31), 2) == QDate(2027, 1, 4));
}

TEST_CASE("a calendar file with a malformed line is refused whole, naming the file and the line")
{
    auto bad = WorkCalendar::parse(s("date\tkind\tname\n2027-01-01\tholiday\t元旦\n2027-13-01\tholiday\t?\n"),
                                   QStringLiteral("team.tsv"));
    REQUIRE_FALSE(bad.isOk());
    CHECK(bad.message().contains(QStringLiteral("team.tsv, line 3")));
    CHECK(bad.message().contains(QStringLiteral("2027-13-01")));
    auto kind = WorkCalendar::parse(s("2027-01-01\tvacation\t元旦\n"), QStringLiteral("x.tsv"));
    REQUIRE_FALSE(kind.isOk());
    CHECK(kind.message().contains(QStringLiteral("vacation")));
    auto columns = WorkCalendar::parse(s("2027-01-01\n"), QStringLiteral("x.tsv"));
    CHECK_FALSE(columns.isOk());
    auto good = WorkCalendar::parse(s("# 2027\n2027-01-01\tholiday\t元旦\n2027-02-06\tworkday\t春节\n"),
                                    QStringLiteral("x.tsv"));
    REQUIRE(good.isOk());
    CHECK(good.value().coversYear(2027));
    CHECK_FALSE(good.value().isWorkday(QDate(2027, 1, 1)));
    CHECK(good.value().isWorkday(QDate(2027, 2, 6)));
}

TEST_CASE("the team's own days lie over the shipped calendar, one record per date")
{
    Team t;
    REQUIRE(t.cmd.setCalendarDay(QDate(2026, 12, 8), false, s("公司年会")));
    REQUIRE(t.cmd.setCalendarDay(QDate(2026, 12, 8), false, s("公司年会（全天）")));
    CHECK(t.count(QStringLiteral("SELECT count(*) FROM calendar_days")) == 1);
    auto c = WorkCalendar::forTeam(t.store->reader());
    REQUIRE(c.isOk());
    CHECK_FALSE(c.value().isWorkday(QDate(2026, 12, 8)));
    CHECK(c.value().dayName(QDate(2026, 12, 8)) == s("公司年会（全天）"));
    CHECK(c.value().addWorkdays(QDate(2026, 12, 7), 1) == QDate(2026, 12, 9));
    CHECK_FALSE(c.value().isWorkday(QDate(2026, 10, 1))); // the notices still hold
    // The same date gives the same record id on every laptop.
    CHECK(commands::Commands::calendarDayId(QDate(2026, 12, 8)) ==
          commands::Commands::calendarDayId(QDate(2026, 12, 8)));
    CHECK(commands::Commands::calendarDayId(QDate(2026, 12, 8)) !=
          commands::Commands::calendarDayId(QDate(2026, 12, 9)));
}

TEST_CASE("the shipped rules are on, read as sentences, and a team lead's edit writes only what changed")
{
    Team t;
    auto all = rules::loadRules(t.store->reader());
    REQUIRE(all.isOk());
    REQUIRE(all.value().size() == 11);
    for (const rules::Rule& r : all.value()) {
        CHECK(r.enabled);
        CHECK(r.builtIn);
        CHECK_MESSAGE(r.problem.isEmpty(), r.problem.toStdString());
    }
    const rules::Rule& quiet = all.value().front();
    CHECK(quiet.id == kQuietA);
    // English plural forms come from the translation file, which this test does not load.
    const QString sentence = rules::describeRule(quiet);
    CHECK(sentence.startsWith(
        QStringLiteral("When a tier S or A account has had no follow-up for more than 7 day")));
    CHECK(sentence.contains(
        QStringLiteral(": a task each for its account manager and the team lead, due the same day; ")));
    CHECK(sentence.contains(QStringLiteral("still open 3 day")));

    REQUIRE(t.cmd.editRule(kQuietA, {{QStringLiteral("enabled"), 0}, {QStringLiteral("threshold"), 10}}));
    auto rec = t.store->record(QStringLiteral("rule"), kQuietA);
    REQUIRE(rec.isOk());
    CHECK(rec.value().value(QStringLiteral("enabled")).toInt() == 0);
    CHECK(rec.value().value(QStringLiteral("threshold")).toInt() == 10);
    CHECK(rec.value().value(QStringLiteral("name")).isNull()); // the shipped name stays the shipped one
    CHECK(rec.value().value(QStringLiteral("roles")).isNull());
    auto edited = rules::loadRule(t.store->reader(), kQuietA);
    REQUIRE(edited.isOk());
    CHECK_FALSE(edited.value().enabled);
    CHECK(edited.value().threshold == 10);
    CHECK(edited.value().tiers == QStringList({QStringLiteral("S"), QStringLiteral("A")}));
    // Every tier: a list emptied on purpose is not taken for "not set".
    REQUIRE(t.cmd.editRule(kQuietA, {{QStringLiteral("tiers"), QString()}}));
    CHECK(rules::loadRule(t.store->reader(), kQuietA).value().tiers.isEmpty());

    // A shipped rule is switched off, not deleted; a team's own rule is deleted.
    const Status shippedDelete = t.cmd.removeRule(kQuietB);
    REQUIRE_FALSE(shippedDelete.isOk());
    CHECK(shippedDelete.message().contains(QStringLiteral("switched off")));
    auto own = t.cmd.addRule({{QStringLiteral("name"), s("自定义")},
                              {QStringLiteral("condition"), QStringLiteral("detractor")},
                              {QStringLiteral("threshold"), 4},
                              {QStringLiteral("roles"), QStringLiteral("am")}});
    REQUIRE(own.isOk());
    CHECK(rules::loadRules(t.store->reader()).value().back().id == own.value()); // after the shipped ones
    REQUIRE(t.cmd.removeRule(own.value()));
    CHECK(rules::loadRules(t.store->reader()).value().size() == 11);
    CHECK_FALSE(rules::loadRule(t.store->reader(), own.value()).isOk());
    // The first edit of a shipped rule undone (its record in the trash): the shipped values again.
    REQUIRE(t.cmd.deleteRecords({kQuietA}));
    CHECK(rules::loadRule(t.store->reader(), kQuietA).value().enabled);
    CHECK(rules::loadRule(t.store->reader(), kQuietA).value().threshold == 7);
}

TEST_CASE("a bad rule is refused with a message naming the field, and nothing is written")
{
    Team t;
    const int before = t.count(QStringLiteral("SELECT count(*) FROM ops"));
    auto add = [&](FieldValues f) {
        return t.cmd.addRule(f);
    };
    const FieldValues base = {{QStringLiteral("name"), s("测试")},
                              {QStringLiteral("condition"), QStringLiteral("quiet")},
                              {QStringLiteral("roles"), QStringLiteral("am")}};
    auto with = [&](const QString& field, const QVariant& v) {
        FieldValues f = base;
        f.emplace_back(field, v);
        return f;
    };
    auto negative = add(with(QStringLiteral("threshold"), -3));
    REQUIRE_FALSE(negative.isOk());
    CHECK(negative.message().contains(QStringLiteral("-3")));
    CHECK(negative.message().startsWith(QStringLiteral("N:")));
    auto role = add(with(QStringLiteral("roles"), QStringLiteral("cfo")));
    REQUIRE_FALSE(role.isOk());
    CHECK(role.message().contains(QStringLiteral("\"cfo\"")));
    auto condition = add(with(QStringLiteral("condition"), QStringLiteral("moon_phase")));
    REQUIRE_FALSE(condition.isOk());
    CHECK(condition.message().contains(QStringLiteral("moon_phase")));
    auto unknown = add(with(QStringLiteral("colour"), QStringLiteral("red")));
    REQUIRE_FALSE(unknown.isOk());
    CHECK(unknown.message().contains(QStringLiteral("colour")));
    auto tier = add(with(QStringLiteral("tiers"), QStringLiteral("A,D")));
    REQUIRE_FALSE(tier.isOk());
    CHECK(tier.message().contains(QStringLiteral("\"D\"")));
    auto health = add({{QStringLiteral("name"), s("健康")},
                       {QStringLiteral("condition"), QStringLiteral("health_below")},
                       {QStringLiteral("threshold"), 140},
                       {QStringLiteral("roles"), QStringLiteral("am")}});
    REQUIRE_FALSE(health.isOk());
    CHECK(health.message().contains(QStringLiteral("140")));
    auto noName = add({{QStringLiteral("condition"), QStringLiteral("quiet")},
                       {QStringLiteral("roles"), QStringLiteral("am")}});
    CHECK_FALSE(noName.isOk());
    auto noRole =
        add({{QStringLiteral("name"), s("x")}, {QStringLiteral("condition"), QStringLiteral("quiet")}});
    REQUIRE_FALSE(noRole.isOk());
    CHECK(noRole.message().contains(QStringLiteral("role")));
    CHECK(t.count(QStringLiteral("SELECT count(*) FROM ops")) == before);

    // A role nobody holds: with the team lead gone, a rule for the team lead is refused.
    StoreFixture alone(QStringLiteral("alone.db"));
    commands::Commands c(*alone.store);
    auto lead = c.addRule({{QStringLiteral("name"), s("x")},
                           {QStringLiteral("condition"), QStringLiteral("quiet")},
                           {QStringLiteral("roles"), QStringLiteral("am,team_lead")}});
    REQUIRE_FALSE(lead.isOk());
    CHECK(lead.message().contains(QStringLiteral("team lead")));

    // A good one goes in and runs.
    auto good = add(with(QStringLiteral("threshold"), 14));
    REQUIRE_MESSAGE(good.isOk(), good.message().toStdString());
    CHECK(rules::loadRule(t.store->reader(), good.value()).value().threshold == 14);
}

TEST_CASE("a broken rule from a teammate is shown as broken and skipped; the others still run")
{
    Team t;
    // Written past the commands, as another replica's edit could arrive.
    const QString bad = t.add(QStringLiteral("rule"), {{QStringLiteral("name"), s("坏规则")},
                                                       {QStringLiteral("condition"), QStringLiteral("quiet")},
                                                       {QStringLiteral("roles"), QStringLiteral("cfo")},
                                                       {QStringLiteral("enabled"), 1}});
    const QString acc = t.company("中国石化", "A");
    t.followUp(acc, kToday.addDays(-20));
    auto r = rules::loadRule(t.store->reader(), bad);
    REQUIRE(r.isOk());
    CHECK(r.value().problem.contains(QStringLiteral("cfo")));
    rules::EvaluateOptions o;
    o.today = kToday;
    auto e = rules::evaluateRules(t.store->reader(), o);
    REQUIRE(e.isOk());
    REQUIRE(e.value().skipped.size() == 1);
    CHECK(e.value().skipped.front().ruleId == bad);
    int quiet = 0;
    for (const RuleTask& task : forAccount(e.value().tasks, acc))
        quiet += task.ruleId == kQuietA ? 1 : 0;
    CHECK(quiet == 2); // the shipped quiet rule still fired
    // A lead switches it off without mending it; any other edit must mend it first.
    CHECK_FALSE(t.cmd.editRule(bad, {{QStringLiteral("threshold"), 3}}).isOk());
    REQUIRE(t.cmd.editRule(bad, {{QStringLiteral("enabled"), 0}}).isOk());
    auto again = rules::evaluateRules(t.store->reader(), o);
    REQUIRE(again.isOk());
    CHECK(again.value().skipped.empty());
}

TEST_CASE("an account gone quiet gets one task per person of the rule, due on a workday, once")
{
    Team t;
    const QString quiet = t.company("中国石化", "A");
    t.followUp(quiet, kToday.addDays(-10));
    const QString fresh = t.company("中国移动", "A");
    t.followUp(fresh, kToday.addDays(-3));
    const QString never = t.company("国家电网", "S");
    const QString b = t.company("万科", "B");
    t.followUp(b, kToday.addDays(-10));

    const auto tasks = t.test(kQuietA);
    const auto mine = forAccount(tasks, quiet);
    REQUIRE(mine.size() == 2);
    QSet<QString> people;
    for (const RuleTask& task : mine) {
        people.insert(task.assigneeId);
        CHECK(task.due == kToday); // due the same day
        CHECK(task.trigger == QStringLiteral("quiet:") + day(kToday.addDays(-10)));
        CHECK(task.title.contains(s("中国石化")));
        CHECK(task.reason.contains(day(kToday.addDays(-10))));
        CHECK(task.id == rules::ruleTaskId(kQuietA, quiet, task.trigger, task.role));
    }
    CHECK(people == QSet<QString>({t.am, t.lead}));
    CHECK(forAccount(tasks, fresh).empty());
    CHECK(forAccount(tasks, b).empty()); // not in the rule's tiers
    REQUIRE(forAccount(tasks, never).size() == 2);
    CHECK(forAccount(tasks, never).front().trigger == QStringLiteral("quiet:never"));

    // On a Saturday "the same day" is the next workday.
    const auto saturday = forAccount(t.test(kQuietA, QDate(2026, 12, 12)), quiet);
    REQUIRE_FALSE(saturday.empty());
    CHECK(saturday.front().due == QDate(2026, 12, 14));

    // Run: the tasks are made without a status (open), from the rule; a second run makes none.
    const auto first = t.run();
    CHECK(first.tasks.size() >= 4);
    CHECK(t.count(QStringLiteral("SELECT count(*) FROM tasks WHERE source = 'rule' AND status IS NULL")) ==
          int(first.tasks.size()));
    CHECK(t.count(QStringLiteral("SELECT count(*) FROM tasks WHERE rule_id = ? AND account_id = ?"),
                  {kQuietA, quiet}) == 2);
    const auto second = t.run();
    CHECK(second.tasks.empty());
    // Health rules do not propose again while their task is open; the others find theirs.
    int byTrigger = 0;
    for (const RuleTask& task : first.tasks)
        byTrigger += task.trigger.startsWith(QStringLiteral("health")) ? 0 : 1;
    CHECK(second.existing == byTrigger);

    // Closed or trashed, a task is not made again by a later run.
    const QString closed = rules::ruleTaskId(kQuietA, quiet, mine.front().trigger, mine.front().role);
    REQUIRE(t.cmd.completeTask(closed, QDateTime::currentDateTimeUtc()));
    const QString trashed = rules::ruleTaskId(kQuietA, quiet, mine.back().trigger, mine.back().role);
    REQUIRE(t.cmd.deleteRecords({trashed}));
    const auto third = t.run(kToday.addDays(1));
    for (const RuleTask& task : third.tasks)
        CHECK(task.id != closed);
    CHECK(t.count(QStringLiteral("SELECT count(*) FROM tasks WHERE id IN (?, ?)"), {closed, trashed}) == 2);
    CHECK(t.get(QStringLiteral("task"), closed, QStringLiteral("status")).toString() ==
          QStringLiteral("done"));
    CHECK(t.get(QStringLiteral("task"), trashed, QStringLiteral("deleted")).toInt() == 1);

    // A new follow-up and a new silence: a new trigger, new tasks.
    t.followUp(quiet, kToday.addDays(1));
    const auto later = forAccount(t.test(kQuietA, kToday.addDays(12)), quiet);
    REQUIRE(later.size() == 2);
    CHECK(later.front().trigger == QStringLiteral("quiet:") + day(kToday.addDays(1)));
}

TEST_CASE("a task still open past its due date is escalated to the team lead")
{
    Team t;
    const QString acc = t.company("中国石化", "A");
    t.followUp(acc, kToday.addDays(-10));
    REQUIRE(t.cmd.editRule(kQuietA, {{QStringLiteral("roles"), QStringLiteral("am")}}));
    t.run();
    REQUIRE(t.count(QStringLiteral("SELECT count(*) FROM tasks WHERE rule_id = ?"), {kQuietA}) == 1);
    // Three days after it was due: nothing yet; four: one task for the lead.
    CHECK(forAccount(t.test(kQuietA, kToday.addDays(3)), acc).empty());
    const auto esc = forAccount(t.test(kQuietA, kToday.addDays(4)), acc);
    REQUIRE(esc.size() == 1);
    CHECK(esc.front().assigneeId == t.lead);
    CHECK(esc.front().trigger.startsWith(QStringLiteral("escalate:")));
    CHECK(esc.front().title.startsWith(QStringLiteral("Escalated: ")));
    t.run(kToday.addDays(4));
    // An escalation is not escalated again, and a done task is not escalated at all.
    CHECK(t.test(kQuietA, kToday.addDays(20)).empty());
}

TEST_CASE("each condition fires when its facts hold and not otherwise")
{
    Team t;
    const QString acc = t.company("中国石化", "A");
    t.followUp(acc, kToday.addDays(-1));

    SUBCASE("a contract ending with nothing to renew it")
    {
        const QString c =
            t.add(QStringLiteral("contract"), {{QStringLiteral("account_id"), acc},
                                               {QStringLiteral("title"), s("年度维保")},
                                               {QStringLiteral("status"), QStringLiteral("active")},
                                               {QStringLiteral("end_on"), day(kToday.addDays(30))}});
        auto tasks = t.test(kRenewal);
        REQUIRE(tasks.size() == 1);
        CHECK(tasks.front().trigger == QStringLiteral("contract:") + c);
        CHECK(tasks.front().assigneeId == t.am);
        CHECK(tasks.front().due == WorkCalendar::builtIn().addWorkdays(kToday, 5));
        // An open opportunity, or a contract renewing it, keeps the rule quiet.
        const QString o = t.add(QStringLiteral("opportunity"),
                                {{QStringLiteral("account_id"), acc}, {QStringLiteral("name"), s("续约")}});
        CHECK(t.test(kRenewal).empty());
        REQUIRE(
            t.set(QStringLiteral("opportunity"), o, {{QStringLiteral("status"), QStringLiteral("lost")}}));
        CHECK(t.test(kRenewal).size() == 1);
        t.add(QStringLiteral("contract"), {{QStringLiteral("account_id"), acc},
                                           {QStringLiteral("title"), s("续约")},
                                           {QStringLiteral("status"), QStringLiteral("signed")},
                                           {QStringLiteral("renews_id"), c}});
        CHECK(t.test(kRenewal).empty());
    }
    SUBCASE("a payment overdue by more than the rule's days")
    {
        const QString c = t.add(QStringLiteral("contract"),
                                {{QStringLiteral("account_id"), acc}, {QStringLiteral("title"), s("合同")}});
        const QString late =
            t.add(QStringLiteral("receivable"), {{QStringLiteral("account_id"), acc},
                                                 {QStringLiteral("contract_id"), c},
                                                 {QStringLiteral("due_on"), day(kToday.addDays(-40))},
                                                 {QStringLiteral("amount_due"), 500'000'00}});
        t.add(QStringLiteral("receivable"), {{QStringLiteral("account_id"), acc},
                                             {QStringLiteral("contract_id"), c},
                                             {QStringLiteral("due_on"), day(kToday.addDays(-10))},
                                             {QStringLiteral("amount_due"), 100'000'00}});
        auto tasks = t.test(kOverdue);
        REQUIRE(tasks.size() == 1);
        CHECK(tasks.front().trigger == QStringLiteral("receivable:") + late);
        REQUIRE(t.set(
            QStringLiteral("receivable"), late,
            {{QStringLiteral("amount_received"), 500'000'00}, {QStringLiteral("received_on"), day(kToday)}}));
        CHECK(t.test(kOverdue).empty());
    }
    SUBCASE("an economic buyer or champion who left")
    {
        const QString who =
            t.contact(acc, s("张总"), {{QStringLiteral("decision_role"), QStringLiteral("economic_buyer")}});
        t.contact(acc, s("刘工"),
                  {{QStringLiteral("decision_role"), QStringLiteral("user_buyer")},
                   {QStringLiteral("status"), QStringLiteral("left")}});
        CHECK(t.test(kLeft).empty());
        REQUIRE(t.set(QStringLiteral("contact"), who,
                      {{QStringLiteral("status"), QStringLiteral("left")},
                       {QStringLiteral("left_on"), day(kToday.addDays(-2))}}));
        auto tasks = t.test(kLeft);
        REQUIRE(tasks.size() == 2); // account manager and solution architect
        CHECK(tasks.front().title.contains(s("张总")));
        // Someone who left long ago does not come up when a rule is switched on today.
        REQUIRE(
            t.set(QStringLiteral("contact"), who, {{QStringLiteral("left_on"), day(kToday.addDays(-400))}}));
        CHECK(t.test(kLeft).empty());
    }
    SUBCASE("an opportunity in one stage for too long")
    {
        // The fixture's clock is in May 2026: the stage was written more than 45 days before today.
        const QString o =
            t.add(QStringLiteral("opportunity"), {{QStringLiteral("account_id"), acc},
                                                  {QStringLiteral("name"), s("二期")},
                                                  {QStringLiteral("stage"), QStringLiteral("propose")}});
        auto tasks = t.test(kStalled);
        REQUIRE(tasks.size() == 1);
        CHECK(tasks.front().trigger.startsWith(QStringLiteral("stalled:") + o + QStringLiteral(":propose:")));
        const QDate entered =
            QDate::fromString(tasks.front().trigger.section(QLatin1Char(':'), 3), Qt::ISODate);
        REQUIRE(entered.isValid());
        CHECK(t.test(kStalled, entered.addDays(45)).empty());
        CHECK(t.test(kStalled, entered.addDays(46)).size() == 1);
        REQUIRE(t.set(QStringLiteral("opportunity"), o, {{QStringLiteral("status"), QStringLiteral("won")}}));
        CHECK(t.test(kStalled).empty());
    }
    SUBCASE("a severe request open too long")
    {
        const QString r = t.add(QStringLiteral("service_request"),
                                {{QStringLiteral("account_id"), acc},
                                 {QStringLiteral("title"), s("系统宕机")},
                                 {QStringLiteral("severity"), QStringLiteral("critical")},
                                 {QStringLiteral("opened_at"), at(kToday.addDays(-2), 9)}});
        t.add(QStringLiteral("service_request"), {{QStringLiteral("account_id"), acc},
                                                  {QStringLiteral("title"), s("咨询")},
                                                  {QStringLiteral("severity"), QStringLiteral("low")},
                                                  {QStringLiteral("opened_at"), at(kToday.addDays(-9), 9)}});
        auto tasks = t.test(kSevere);
        REQUIRE(tasks.size() == 2); // account manager and team lead
        CHECK(tasks.front().trigger == QStringLiteral("request:") + r);
        REQUIRE(
            t.set(QStringLiteral("service_request"), r, {{QStringLiteral("resolved_at"), at(kToday, 8)}}));
        CHECK(t.test(kSevere).empty());
    }
    SUBCASE("a detractor's answer")
    {
        const QString c = t.contact(acc, s("周经理"));
        const QString low =
            t.add(QStringLiteral("satisfaction"), {{QStringLiteral("account_id"), acc},
                                                   {QStringLiteral("contact_id"), c},
                                                   {QStringLiteral("surveyed_on"), day(kToday.addDays(-5))},
                                                   {QStringLiteral("nps"), 4}});
        t.add(QStringLiteral("satisfaction"), {{QStringLiteral("account_id"), acc},
                                               {QStringLiteral("surveyed_on"), day(kToday.addDays(-5))},
                                               {QStringLiteral("nps"), 9}});
        auto tasks = t.test(kDetractor);
        REQUIRE(tasks.size() == 1);
        CHECK(tasks.front().trigger == QStringLiteral("nps:") + low);
        CHECK(tasks.front().title.contains(s("周经理")));
        REQUIRE(t.cmd.editRule(kDetractor, {{QStringLiteral("threshold"), 3}}));
        CHECK(t.test(kDetractor).empty());
    }
    SUBCASE("a health score below the rule's line, and only then")
    {
        auto h = analysis::assessHealth(t.store->reader(), acc, kToday);
        REQUIRE(h.isOk());
        const int score = h.value().score;
        REQUIRE(t.cmd.editRule(kChurn, {{QStringLiteral("threshold"), score}}));
        CHECK(t.test(kChurn).empty());
        REQUIRE(t.cmd.editRule(kChurn, {{QStringLiteral("threshold"), score + 1}}));
        auto tasks = t.test(kChurn);
        REQUIRE(tasks.size() == 2);
        CHECK(tasks.front().trigger == QStringLiteral("health:2026-12"));
        CHECK(tasks.front().due == kToday.addDays(1)); // within 24 hours
        t.run();
        // While its task is open the account is not told again next month; the open task is escalated.
        const auto next = t.test(kChurn, QDate(2027, 1, 4));
        REQUIRE(next.size() == 2);
        for (const RuleTask& task : next) {
            CHECK(task.trigger.startsWith(QStringLiteral("escalate:")));
            CHECK(task.assigneeId == t.lead);
        }
    }
}

TEST_CASE("a rule's scope: region, industry, one member's accounts, a tag, and the accounts of an edit")
{
    Team t;
    const QString north = t.company(
        "北方公司", "A", {{QStringLiteral("region"), s("华北")}, {QStringLiteral("industry"), s("能源")}});
    const QString south = t.company(
        "南方公司", "A", {{QStringLiteral("region"), s("华南")}, {QStringLiteral("industry"), s("金融")}});
    const QString other = t.add(QStringLiteral("account"), {{QStringLiteral("name"), s("他人公司")},
                                                            {QStringLiteral("tier"), QStringLiteral("A")},
                                                            {QStringLiteral("am_id"), t.lead}});
    auto accounts = [&](const std::vector<RuleTask>& tasks) {
        QSet<QString> out;
        for (const RuleTask& x : tasks)
            out.insert(x.accountId);
        return out;
    };
    CHECK(accounts(t.test(kQuietA)) == QSet<QString>({north, south, other}));
    REQUIRE(t.cmd.editRule(kQuietA, {{QStringLiteral("region"), s("华北")}}));
    CHECK(accounts(t.test(kQuietA)) == QSet<QString>({north}));
    REQUIRE(t.cmd.editRule(kQuietA,
                           {{QStringLiteral("region"), QString()}, {QStringLiteral("industry"), s("金融")}}));
    CHECK(accounts(t.test(kQuietA)) == QSet<QString>({south}));
    REQUIRE(t.cmd.editRule(kQuietA,
                           {{QStringLiteral("industry"), QString()}, {QStringLiteral("member_id"), t.am}}));
    CHECK(accounts(t.test(kQuietA)) == QSet<QString>({north, south}));
    // Tags: the account's list as the team types it (commas half- or full-width, 、, spaces); a
    // tag matches whole, never as part of another ("央企" is not in "非央企").
    REQUIRE(t.cmd.editRule(kQuietA,
                           {{QStringLiteral("member_id"), QString()}, {QStringLiteral("tag"), s("央企")}}));
    CHECK(accounts(t.test(kQuietA)).isEmpty());
    REQUIRE(t.set(QStringLiteral("account"), north, {{QStringLiteral("tags"), s("重点保障，央企")}}));
    REQUIRE(t.set(QStringLiteral("account"), south, {{QStringLiteral("tags"), s("非央企、金融")}}));
    REQUIRE(t.set(QStringLiteral("account"), other, {{QStringLiteral("tags"), s("央企 国资")}}));
    CHECK(accounts(t.test(kQuietA)) == QSet<QString>({north, other}));
    CHECK(
        rules::describeRule(rules::loadRule(t.store->reader(), kQuietA).value()).contains(s("tagged 央企")));
    const Status twoTags = t.cmd.editRule(kQuietA, {{QStringLiteral("tag"), s("央企,国资")}});
    CHECK_FALSE(twoTags.isOk());
    CHECK(twoTags.message().contains(QStringLiteral("not one tag")));
    REQUIRE(
        t.cmd.editRule(kQuietA, {{QStringLiteral("tag"), QString()}, {QStringLiteral("member_id"), t.am}}));
    // After an edit only the accounts it touched are evaluated.
    rules::EvaluateOptions o;
    o.today = kToday;
    o.accounts = {south};
    auto e = rules::evaluateRules(t.store->reader(), o);
    REQUIRE(e.isOk());
    CHECK(accounts(e.value().tasks) == QSet<QString>({south}));
}

TEST_CASE("a member who left gets no new task; with nobody in the role the task is the account's")
{
    Team t;
    const QString acc = t.company("中国石化", "A");
    REQUIRE(t.cmd.editRule(kQuietA, {{QStringLiteral("roles"), QStringLiteral("am")}}));
    REQUIRE(forAccount(t.test(kQuietA), acc).front().assigneeId == t.am);
    // Marked as left past the handover (as a teammate's edit could arrive).
    REQUIRE(t.set(QStringLiteral("member"), t.am, {{QStringLiteral("status"), QStringLiteral("left")}}));
    REQUIRE(forAccount(t.test(kQuietA), acc).size() == 1);
    CHECK(forAccount(t.test(kQuietA), acc).front().assigneeId.isEmpty());
    REQUIRE(t.cmd.editRule(kQuietA, {{QStringLiteral("roles"), QStringLiteral("de")}}));
    auto tasks = forAccount(t.test(kQuietA), acc);
    REQUIRE(tasks.size() == 1);
    CHECK(tasks.front().assigneeId.isEmpty());
    CHECK(tasks.front().role.isEmpty());
    t.run();
    CHECK(t.count(QStringLiteral("SELECT count(*) FROM tasks WHERE account_id = ? AND assignee_id IS NULL"),
                  {acc}) == 1);
}

TEST_CASE("a stage gate refuses a move into a stage while something is missing, naming every item")
{
    Team t;
    const QString acc = t.company("中国石化", "A");
    const QString opp =
        t.add(QStringLiteral("opportunity"), {{QStringLiteral("account_id"), acc},
                                              {QStringLiteral("name"), s("二期扩容")},
                                              {QStringLiteral("stage"), QStringLiteral("qualify")}});
    const int before = t.count(QStringLiteral("SELECT count(*) FROM ops"));
    const Status refused = t.cmd.editRecord(opp, {{QStringLiteral("stage"), QStringLiteral("propose")}});
    REQUIRE_FALSE(refused.isOk());
    CHECK(refused.error().field == QStringLiteral("stage"));
    for (const char* item : {"Amount", "Expected close", "Competitors", "people in the buying center"})
        CHECK_MESSAGE(refused.message().contains(QString::fromLatin1(item)), refused.message().toStdString());
    CHECK(refused.message().contains(s("二期扩容")));
    CHECK(t.count(QStringLiteral("SELECT count(*) FROM ops")) == before);
    // The bulk edit holds to the same gate.
    const QString other = t.add(QStringLiteral("opportunity"),
                                {{QStringLiteral("account_id"), acc}, {QStringLiteral("name"), s("三期")}});
    CHECK_FALSE(t.cmd.bulkEdit({opp, other}, {{QStringLiteral("stage"), QStringLiteral("develop")}}).isOk());

    // Amount and date given in the same edit are enough for "develop".
    REQUIRE(t.cmd.editRecord(opp, {{QStringLiteral("stage"), QStringLiteral("develop")},
                                   {QStringLiteral("amount"), 800'000'00},
                                   {QStringLiteral("expected_close"), QStringLiteral("2027-03-31")}}));
    // Propose also needs competitors and someone in the buying center.
    REQUIRE(t.set(QStringLiteral("opportunity"), opp, {{QStringLiteral("competitors"), s("华为, 浪潮")}}));
    const Status still = t.cmd.editRecord(opp, {{QStringLiteral("stage"), QStringLiteral("propose")}});
    REQUIRE_FALSE(still.isOk());
    CHECK(still.message().contains(QStringLiteral("buying center")));
    CHECK_FALSE(still.message().contains(QStringLiteral("Competitors")));
    const QString who = t.contact(acc, s("张总"));
    REQUIRE(t.cmd.setBuyingRole(opp, who, QStringLiteral("economic_buyer")).isOk());
    REQUIRE(t.cmd.editRecord(opp, {{QStringLiteral("stage"), QStringLiteral("propose")}}));
    // An edit of a record already in the stage is not held back.
    REQUIRE(t.cmd.editRecord(opp, {{QStringLiteral("stage"), QStringLiteral("propose")},
                                   {QStringLiteral("next_step"), s("报价")}}));

    // Accounts: about to sign needs the credit code and the invoice title.
    const Status closing = t.cmd.editRecord(acc, {{QStringLiteral("stage"), QStringLiteral("closing")}});
    REQUIRE_FALSE(closing.isOk());
    CHECK(closing.message().contains(QStringLiteral("Unified social credit code")));
}

TEST_CASE("the team changes a stage gate or adds one; a gate naming an unknown field is refused")
{
    Team t;
    const QString acc = t.company("中国石化", "A");
    const QString opp = t.add(QStringLiteral("opportunity"),
                              {{QStringLiteral("account_id"), acc}, {QStringLiteral("name"), s("二期")}});
    const QString develop = QStringLiteral("00000000-0000-7000-8002-000000000001");
    REQUIRE(t.cmd.setStageGate(develop, {{QStringLiteral("requires"), QStringLiteral("amount")}}).isOk());
    auto gates = rules::loadGates(t.store->reader());
    REQUIRE(gates.isOk());
    CHECK(gates.value().front().needs == QStringList{QStringLiteral("amount")});
    const Status s1 = t.cmd.editRecord(opp, {{QStringLiteral("stage"), QStringLiteral("develop")}});
    REQUIRE_FALSE(s1.isOk());
    CHECK_FALSE(s1.message().contains(QStringLiteral("Expected close")));
    REQUIRE(t.cmd.setStageGate(develop, {{QStringLiteral("enabled"), QStringLiteral("0")}}).isOk());
    REQUIRE(t.cmd.editRecord(opp, {{QStringLiteral("stage"), QStringLiteral("develop")}}));

    auto bad = t.cmd.setStageGate({}, {{QStringLiteral("applies_to"), QStringLiteral("opportunity")},
                                       {QStringLiteral("stage"), QStringLiteral("negotiate")},
                                       {QStringLiteral("requires"), QStringLiteral("amount,budget_owner")}});
    REQUIRE_FALSE(bad.isOk());
    CHECK(bad.message().contains(QStringLiteral("budget_owner")));
    auto stage = t.cmd.setStageGate({}, {{QStringLiteral("applies_to"), QStringLiteral("opportunity")},
                                         {QStringLiteral("stage"), QStringLiteral("signed")},
                                         {QStringLiteral("requires"), QStringLiteral("amount")}});
    REQUIRE_FALSE(stage.isOk());
    CHECK(stage.message().contains(QStringLiteral("\"signed\"")));
    auto added = t.cmd.setStageGate({}, {{QStringLiteral("applies_to"), QStringLiteral("account")},
                                         {QStringLiteral("stage"), QStringLiteral("onboarding")},
                                         {QStringLiteral("requires"), QStringLiteral("de_id")}});
    REQUIRE_MESSAGE(added.isOk(), added.message().toStdString());
    const Status onboarding =
        t.cmd.editRecord(acc, {{QStringLiteral("stage"), QStringLiteral("onboarding")}});
    REQUIRE_FALSE(onboarding.isOk());
    CHECK(onboarding.message().contains(QStringLiteral("Delivery")));
}

TEST_CASE("a health score that fell in 30 days fires the drop rule, by at least the rule's points")
{
    Team t;
    // Written at the fixture's clock: the account and a visit that day, then nothing more.
    const QDate written = QDateTime::fromMSecsSinceEpoch(t.now).date();
    const QString acc = t.company("中国石化", "A");
    t.followUp(acc, written);
    const QDate today = written.addDays(33); // 30 days back the visit was 3 days old
    auto now = analysis::assessHealth(t.store->reader(), acc, today);
    auto then = analysis::healthOn(t.store->reader(), acc, today.addDays(-30));
    REQUIRE(now.isOk());
    REQUIRE(then.isOk());
    REQUIRE(then.value().has_value());
    const int fall = then.value()->score - now.value().score;
    REQUIRE(fall > 0); // the visit ages: engagement falls
    const QString drop = QStringLiteral("00000000-0000-7000-8001-000000000005");
    REQUIRE(t.cmd.editRule(drop, {{QStringLiteral("threshold"), fall + 1}}));
    CHECK(t.test(drop, today).empty());
    REQUIRE(t.cmd.editRule(drop, {{QStringLiteral("threshold"), fall}}));
    const auto tasks = t.test(drop, today);
    REQUIRE(tasks.size() == 1);
    CHECK(tasks.front().trigger ==
          QStringLiteral("health_drop:") + today.toString(QStringLiteral("yyyy-MM")));
    CHECK(tasks.front().reason.contains(QString::number(then.value()->score)));
    // An account that did not exist 30 days ago has nothing to fall from.
    CHECK(forAccount(t.test(drop, written.addDays(10)), acc).empty());
}

TEST_CASE("the drop rule reads the score kept for 30 days back, rebuilds it only when none was kept, and "
          "hands back what it computed to keep")
{
    Team t;
    const QDate written = QDateTime::fromMSecsSinceEpoch(t.now).date();
    const QString acc = t.company("中国石化", "A");
    t.followUp(acc, written);
    const QDate today = written.addDays(33);
    const QDate back = today.addDays(-30);
    const int now = analysis::assessHealth(t.store->reader(), acc, today).value().score;
    const int then = analysis::healthOn(t.store->reader(), acc, back).value()->score;
    const int fall = then - now;
    REQUIRE(fall > 0);
    const QString drop = QStringLiteral("00000000-0000-7000-8001-000000000005");
    REQUIRE(t.cmd.editRule(drop, {{QStringLiteral("threshold"), fall + 1}}));
    auto evaluate = [&] {
        rules::EvaluateOptions o;
        o.today = today;
        o.ruleId = drop;
        auto e = rules::evaluateRules(t.store->reader(), o);
        REQUIRE_MESSAGE(e.isOk(), e.message().toStdString());
        return e.value();
    };
    auto kept = [&](const rules::RuleEvaluation& e, const QDate& day) {
        for (const rules::RuleEvaluation::ScoredDay& d : e.healthScores)
            if (d.day == day)
                return d.scores;
        return QHash<QString, int>();
    };

    // Nothing kept: the past is rebuilt from the log (a fall one short of the rule), and both
    // scores come back to be kept.
    rules::RuleEvaluation first = evaluate();
    CHECK(forAccount(first.tasks, acc).empty());
    CHECK(kept(first, today).value(acc, -1) == now);
    CHECK(kept(first, back).value(acc, -1) == then);

    const qint64 opsBefore =
        t.store->reader().scalar(QStringLiteral("SELECT count(*) FROM ops")).toLongLong();
    const QString undoBefore = t.store->undoLabel();
    // A score kept before the window (37 days back) is not used.
    const int higher = now + fall + 1;
    REQUIRE(higher <= 100);
    REQUIRE(
        t.store->recordHealthScores(today.addDays(-30 - rules::kHealthDropSlackDays - 1), {{acc, higher}}));
    CHECK(forAccount(evaluate().tasks, acc).empty());

    // One kept 32 days back is: the fall from it is the rule's, the task says from which day, and
    // nothing is rebuilt.
    const QDate keptOn = today.addDays(-32);
    REQUIRE(t.store->recordHealthScores(keptOn, {{acc, higher}}));
    rules::RuleEvaluation second = evaluate();
    const auto tasks = forAccount(second.tasks, acc);
    REQUIRE(tasks.size() == 1);
    CHECK(tasks.front().reason.contains(QString::number(higher)));
    CHECK(tasks.front().reason.contains(keptOn.toString(Qt::ISODate)));
    CHECK(kept(second, back).isEmpty());
    // Of two days kept in the window, the later counts: a score like today's on day 31 wins.
    REQUIRE(t.store->recordHealthScores(today.addDays(-31), {{acc, now}}));
    CHECK(forAccount(evaluate().tasks, acc).empty());

    // The days kept are bounded: a day's scores forget those 90 days older and more.
    CHECK(t.store->reader()
              .scalar(QStringLiteral("SELECT count(*) FROM health_scores WHERE day = ?"),
                      {today.addDays(-37).toString(Qt::ISODate)})
              .toInt() == 1);
    REQUIRE(t.store->recordHealthScores(today.addDays(54), {{acc, now}}));
    CHECK(t.store->reader()
              .scalar(QStringLiteral("SELECT count(*) FROM health_scores WHERE day = ?"),
                      {today.addDays(-37).toString(Qt::ISODate)})
              .toInt() == 0);
    CHECK(t.store->reader()
              .scalar(QStringLiteral("SELECT count(*) FROM health_scores WHERE day = ?"),
                      {keptOn.toString(Qt::ISODate)})
              .toInt() == 1);
    // Kept scores are not the team's data: nothing in the log, nothing to undo.
    CHECK(t.store->reader().scalar(QStringLiteral("SELECT count(*) FROM ops")).toLongLong() == opsBefore);
    CHECK(t.store->undoLabel() == undoBefore);
}
