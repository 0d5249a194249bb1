// summit-cli rule list|show|add|set|test|run and calendar workdays|set|list:
// the team's rules (core/rules/Rules.h), their runs (RuleEngine.h), and the
// working calendar their deadlines count on (WorkCalendar.h).
#include "Cli.h"

#include "commands/Commands.h"
#include "model/Schema.h"
#include "rules/PlaybookEngine.h"
#include "rules/RuleEngine.h"
#include "rules/Rules.h"
#include "rules/StageGates.h"
#include "rules/WorkCalendar.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace summit::cli {

namespace {

struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

const QString kList = QStringLiteral("rule list");
const QString kShow = QStringLiteral("rule show");
const QString kAdd = QStringLiteral("rule add");
const QString kSet = QStringLiteral("rule set");
const QString kTest = QStringLiteral("rule test");
const QString kRun = QStringLiteral("rule run");
const QString kWorkdays = QStringLiteral("calendar workdays");
const QString kDaySet = QStringLiteral("calendar set");
const QString kDayList = QStringLiteral("calendar list");

void printJson(Context& ctx, const QJsonValue& v)
{
    const QJsonDocument doc = v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject());
    ctx.out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

QJsonObject ruleJson(const rules::Rule& r)
{
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("name"), r.name},
            {QStringLiteral("condition"), r.condition},
            {QStringLiteral("threshold"), r.threshold},
            {QStringLiteral("tiers"), QJsonArray::fromStringList(r.tiers)},
            {QStringLiteral("region"), r.region},
            {QStringLiteral("industry"), r.industry},
            {QStringLiteral("tag"), r.tag},
            {QStringLiteral("member_id"), r.memberId},
            {QStringLiteral("roles"), QJsonArray::fromStringList(r.roles)},
            {QStringLiteral("due_in"), r.dueIn},
            {QStringLiteral("due_unit"), r.dueUnit},
            {QStringLiteral("escalate_days"), r.escalateDays},
            {QStringLiteral("enabled"), r.enabled},
            {QStringLiteral("shipped"), r.builtIn},
            {QStringLiteral("problem"), r.problem},
            {QStringLiteral("sentence"), rules::describeRule(r)}};
}

QJsonObject taskJson(const rules::RuleTask& t)
{
    return {{QStringLiteral("id"), t.id},
            {QStringLiteral("rule_id"), t.ruleId},
            {QStringLiteral("playbook_id"), t.playbookId},
            {QStringLiteral("step"), t.step},
            {QStringLiteral("rule"), t.ruleName},
            {QStringLiteral("account_id"), t.accountId},
            {QStringLiteral("account"), t.accountName},
            {QStringLiteral("role"), t.role},
            {QStringLiteral("assignee_id"), t.assigneeId},
            {QStringLiteral("assignee"), t.assigneeName},
            {QStringLiteral("trigger"), t.trigger},
            {QStringLiteral("title"), t.title},
            {QStringLiteral("reason"), t.reason},
            {QStringLiteral("due"), t.due.toString(Qt::ISODate)}};
}

bool fieldPairs(Context& ctx, const QStringList& pairs, FieldValues* out, QString* error)
{
    const model::EntityDef* def = model::entity(u"rule");
    for (const QString& pair : pairs) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        const QString name = eq > 0 ? pair.left(eq).replace(QLatin1Char('-'), QLatin1Char('_')) : QString();
        if (eq <= 0 || !def->field(name) || name == QLatin1String("position")) {
            *error = eq > 0 ? CliText::tr("%1 has no field \"%2\".").arg(model::entityLabel(def->name), name)
                            : CliText::tr("expected FIELD=VALUE, got \"%1\".").arg(pair);
            return false;
        }
        out->emplace_back(name, pair.mid(eq + 1));
    }
    (void)ctx;
    return true;
}

void printTasks(Context& ctx, const rules::RuleEvaluation& e)
{
    for (const rules::RuleTask& t : e.tasks)
        ctx.out << CliText::tr("%1  %2  for %3  (%4; %5)")
                       .arg(t.due.toString(Qt::ISODate), t.title,
                            t.assigneeName.isEmpty() ? CliText::tr("nobody") : t.assigneeName, t.ruleName,
                            t.reason)
                << "\n";
    for (const rules::RuleSkip& s : e.skipped)
        ctx.out << CliText::tr("Skipped \"%1\": %2").arg(s.ruleName, s.problem) << "\n";
    for (const QString& n : e.notes)
        ctx.out << n << "\n";
}

int ruleList(Context& ctx, const Args& args)
{
    if (!args.positional.isEmpty())
        return ctx.usage(CliText::tr("unexpected argument \"%1\".").arg(args.positional.first()), kList);
    Store* store = ctx.store();
    if (!store)
        return ctx.fail(ctx.openError().message());
    auto all = rules::loadRules(store->reader());
    if (!all)
        return ctx.fail(all.message());
    if (args.has(QStringLiteral("--json"))) {
        QJsonArray rows;
        for (const rules::Rule& r : all.value())
            rows << ruleJson(r);
        printJson(ctx, rows);
        return Ok;
    }
    for (const rules::Rule& r : all.value()) {
        const QString state = !r.problem.isEmpty() ? CliText::tr("broken")
                              : r.enabled          ? CliText::tr("on")
                                                   : CliText::tr("off");
        ctx.out << QStringLiteral("%1  [%2]  %3\n    %4\n").arg(r.id, state, r.name, rules::describeRule(r));
        if (!r.problem.isEmpty())
            ctx.out << "    " << r.problem << "\n";
    }
    return Ok;
}

int ruleShow(Context& ctx, const Args& args)
{
    if (args.positional.size() != 1)
        return ctx.usage(CliText::tr("expected one rule id."), kShow);
    Store* store = ctx.store();
    if (!store)
        return ctx.fail(ctx.openError().message());
    auto r = rules::loadRule(store->reader(), args.positional.first());
    if (!r)
        return ctx.fail(r.message());
    printJson(ctx, ruleJson(r.value()));
    return Ok;
}

int ruleAdd(Context& ctx, const Args& args)
{
    if (args.positional.isEmpty())
        return ctx.usage(CliText::tr("expected FIELD=VALUE pairs."), kAdd);
    FieldValues fields;
    QString error;
    if (!fieldPairs(ctx, args.positional, &fields, &error))
        return ctx.usage(error, kAdd);
    Store* store = ctx.store();
    if (!store)
        return ctx.fail(ctx.openError().message());
    auto id = commands::Commands(*store).addRule(fields);
    if (!id)
        return ctx.fail(id.message());
    ctx.out << id.value() << "\n";
    return Ok;
}

int ruleSet(Context& ctx, const Args& args)
{
    if (args.positional.size() < 2)
        return ctx.usage(CliText::tr("expected a rule id and FIELD=VALUE pairs."), kSet);
    FieldValues fields;
    QString error;
    if (!fieldPairs(ctx, args.positional.mid(1), &fields, &error))
        return ctx.usage(error, kSet);
    Store* store = ctx.store();
    if (!store)
        return ctx.fail(ctx.openError().message());
    const Status s = commands::Commands(*store).editRule(args.positional.first(), fields);
    return s ? Ok : ctx.fail(s.message());
}

int evaluate(Context& ctx, const Args& args, const QString& command, bool test)
{
    if (test ? args.positional.size() != 1 : !args.positional.isEmpty())
        return ctx.usage(test ? CliText::tr("expected one rule id.")
                              : CliText::tr("unexpected argument \"%1\".").arg(args.positional.value(0)),
                         command);
    rules::EvaluateOptions options;
    int exit = Ok;
    if (!todayOf(ctx, args, command, &options.today, &exit))
        return exit;
    if (test)
        options.ruleId = args.positional.first();
    Store* store = ctx.store();
    if (!store)
        return ctx.fail(ctx.openError().message());
    auto e = rules::evaluateRules(store->reader(), options);
    if (!e)
        return ctx.fail(e.message());
    if (!test) { // a run makes the playbooks' tasks too, as the desktop's background runs do
        auto playbooks = rules::evaluatePlaybooks(store->reader(), options);
        if (!playbooks)
            return ctx.fail(playbooks.message());
        for (rules::RuleTask& t : playbooks.value().tasks)
            e.value().tasks.push_back(std::move(t));
        e.value().existing += playbooks.value().existing;
        for (rules::RuleSkip& skip : playbooks.value().skipped)
            e.value().skipped.push_back(std::move(skip));
    }
    const bool write = !test && !args.has(QStringLiteral("--dry-run"));
    int made = 0;
    if (write) {
        auto n = commands::Commands(*store).addRuleTasks(e.value().tasks);
        if (!n)
            return ctx.fail(n.message());
        made = n.value();
        // Kept for "health down by N in 30 days" a month from now, as the desktop keeps them.
        for (const rules::RuleEvaluation::ScoredDay& d : e.value().healthScores)
            if (Status s = store->recordHealthScores(d.day, d.scores); !s)
                return ctx.fail(s.message());
    }
    if (args.has(QStringLiteral("--json"))) {
        QJsonArray tasks;
        for (const rules::RuleTask& t : e.value().tasks)
            tasks << taskJson(t);
        QJsonArray skipped;
        for (const rules::RuleSkip& s : e.value().skipped)
            skipped << QJsonObject{{QStringLiteral("rule_id"), s.ruleId},
                                   {QStringLiteral("rule"), s.ruleName},
                                   {QStringLiteral("problem"), s.problem}};
        printJson(ctx, QJsonObject{{QStringLiteral("tasks"), tasks},
                                   {QStringLiteral("made"), made},
                                   {QStringLiteral("existing"), e.value().existing},
                                   {QStringLiteral("skipped"), skipped},
                                   {QStringLiteral("notes"), QJsonArray::fromStringList(e.value().notes)}});
        return Ok;
    }
    printTasks(ctx, e.value());
    if (write)
        ctx.out << CliText::tr("Made %n task(s); %1 were there already.", "", made).arg(e.value().existing)
                << "\n";
    else
        ctx.out << CliText::tr("Would make %n task(s); %1 are there already. Nothing was written.", "",
                               int(e.value().tasks.size()))
                       .arg(e.value().existing)
                << "\n";
    return Ok;
}

int ruleTest(Context& ctx, const Args& args)
{
    return evaluate(ctx, args, kTest, true);
}

int ruleRun(Context& ctx, const Args& args)
{
    return evaluate(ctx, args, kRun, false);
}

// The shipped calendar with the team's days when a database is at hand, else the shipped one;
// --file reads another TSV instead (checked as it would be added).
Result<rules::WorkCalendar> calendarOf(Context& ctx, const Args& args)
{
    if (args.has(QStringLiteral("--file"))) {
        const QString path = args.value(QStringLiteral("--file"));
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return Result<rules::WorkCalendar>::fail(
                CliText::tr("cannot read %1: %2").arg(path, f.errorString()));
        return rules::WorkCalendar::parse(QString::fromUtf8(f.readAll()), path);
    }
    if (QFile::exists(ctx.dbPath)) {
        Store* store = ctx.store();
        if (!store)
            return ctx.openError().error();
        return rules::WorkCalendar::forTeam(store->reader());
    }
    return rules::WorkCalendar::builtIn();
}

int workdays(Context& ctx, const Args& args)
{
    if (args.positional.size() != 2)
        return ctx.usage(CliText::tr("expected a date and a number of workdays."), kWorkdays);
    const QDate from = QDate::fromString(args.positional[0], Qt::ISODate);
    if (!from.isValid())
        return ctx.usage(CliText::tr("\"%1\" is not a date (YYYY-MM-DD).").arg(args.positional[0]),
                         kWorkdays);
    bool ok = false;
    const int n = args.positional[1].toInt(&ok);
    if (!ok)
        return ctx.usage(CliText::tr("\"%1\" is not a whole number.").arg(args.positional[1]), kWorkdays);
    auto calendar = calendarOf(ctx, args);
    if (!calendar)
        return ctx.fail(calendar.message());
    const QDate due = calendar.value().addWorkdays(from, n);
    QStringList notes;
    for (int y = std::min(from.year(), due.year()); y <= std::max(from.year(), due.year()); ++y)
        if (!calendar.value().coversYear(y))
            notes << CliText::tr("The calendar has no holidays for %1: its workdays are Monday to Friday.")
                         .arg(y);
    if (args.has(QStringLiteral("--json"))) {
        printJson(ctx, QJsonObject{{QStringLiteral("from"), from.toString(Qt::ISODate)},
                                   {QStringLiteral("workdays"), n},
                                   {QStringLiteral("due"), due.toString(Qt::ISODate)},
                                   {QStringLiteral("notes"), QJsonArray::fromStringList(notes)}});
        return Ok;
    }
    ctx.out << due.toString(Qt::ISODate) << "\n";
    for (const QString& note : notes)
        ctx.err << note << "\n";
    return Ok;
}

int daySet(Context& ctx, const Args& args)
{
    if (args.positional.size() < 2 || args.positional.size() > 3)
        return ctx.usage(CliText::tr("expected a date, holiday or workday, and a name."), kDaySet);
    const QDate date = QDate::fromString(args.positional[0], Qt::ISODate);
    if (!date.isValid())
        return ctx.usage(CliText::tr("\"%1\" is not a date (YYYY-MM-DD).").arg(args.positional[0]), kDaySet);
    const QString kind = args.positional[1];
    if (kind != QLatin1String("holiday") && kind != QLatin1String("workday"))
        return ctx.usage(CliText::tr("\"%1\" is neither holiday nor workday.").arg(kind), kDaySet);
    Store* store = ctx.store();
    if (!store)
        return ctx.fail(ctx.openError().message());
    const Status s = commands::Commands(*store).setCalendarDay(date, kind == QLatin1String("workday"),
                                                               args.positional.value(2));
    return s ? Ok : ctx.fail(s.message());
}

int dayList(Context& ctx, const Args& args)
{
    auto calendar = calendarOf(ctx, args);
    if (!calendar)
        return ctx.fail(calendar.message());
    bool ok = true;
    const int year =
        args.value(QStringLiteral("--year"), QString::number(QDate::currentDate().year())).toInt(&ok);
    if (!ok)
        return ctx.usage(
            CliText::tr("--year \"%1\" is not a year.").arg(args.value(QStringLiteral("--year"))), kDayList);
    QJsonArray rows;
    for (QDate d(year, 1, 1); d.year() == year; d = d.addDays(1)) {
        const QString name = calendar.value().dayName(d);
        const bool weekend = d.dayOfWeek() >= 6;
        const bool work = calendar.value().isWorkday(d);
        if (name.isEmpty() && weekend != work)
            continue; // an ordinary weekday or weekend
        rows << QJsonObject{
            {QStringLiteral("date"), d.toString(Qt::ISODate)},
            {QStringLiteral("kind"), work ? QStringLiteral("workday") : QStringLiteral("holiday")},
            {QStringLiteral("name"), name}};
        if (!args.has(QStringLiteral("--json")))
            ctx.out << QStringLiteral("%1\t%2\t%3\n")
                           .arg(d.toString(Qt::ISODate),
                                work ? CliText::tr("working day") : CliText::tr("day off"), name);
    }
    if (!calendar.value().coversYear(year))
        ctx.err << CliText::tr("The calendar has no holidays for %1: its workdays are Monday to Friday.")
                       .arg(year)
                << "\n";
    if (args.has(QStringLiteral("--json")))
        printJson(ctx, rows);
    return Ok;
}

int gateList(Context& ctx, const Args& args)
{
    Store* store = ctx.store();
    if (!store)
        return ctx.fail(ctx.openError().message());
    auto gates = rules::loadGates(store->reader());
    if (!gates)
        return ctx.fail(gates.message());
    QJsonArray rows;
    for (const rules::StageGate& g : gates.value()) {
        QStringList labels;
        for (const QString& item : g.needs)
            labels << rules::requirementLabel(g.appliesTo, item);
        rows << QJsonObject{{QStringLiteral("id"), g.id},
                            {QStringLiteral("applies_to"), g.appliesTo},
                            {QStringLiteral("stage"), g.stage},
                            {QStringLiteral("requires"), QJsonArray::fromStringList(g.needs)},
                            {QStringLiteral("enabled"), g.enabled}};
        if (!args.has(QStringLiteral("--json")))
            ctx.out << CliText::tr("%1  [%2]  %3 entering %4 needs: %5")
                           .arg(g.id, g.enabled ? CliText::tr("on") : CliText::tr("off"),
                                model::entityLabel(g.appliesTo), model::enumLabel(u"stage", g.stage),
                                labels.isEmpty() ? CliText::tr("nothing") : labels.join(QStringLiteral(", ")))
                    << "\n";
    }
    if (args.has(QStringLiteral("--json")))
        printJson(ctx, rows);
    return Ok;
}

int gateSet(Context& ctx, const Args& args, bool add)
{
    const QStringList pairs = add ? args.positional : args.positional.mid(1);
    if (pairs.isEmpty() || (!add && args.positional.size() < 2))
        return ctx.usage(CliText::tr("expected FIELD=VALUE pairs."),
                         add ? QStringLiteral("gate add") : QStringLiteral("gate set"));
    FieldValues fields;
    for (const QString& pair : pairs) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return ctx.usage(CliText::tr("expected FIELD=VALUE, got \"%1\".").arg(pair),
                             add ? QStringLiteral("gate add") : QStringLiteral("gate set"));
        fields.emplace_back(pair.left(eq), pair.mid(eq + 1));
    }
    Store* store = ctx.store();
    if (!store)
        return ctx.fail(ctx.openError().message());
    auto id = commands::Commands(*store).setStageGate(add ? QString() : args.positional.first(), fields);
    if (!id)
        return ctx.fail(id.message());
    if (add)
        ctx.out << id.value() << "\n";
    return Ok;
}

} // namespace

void addRuleCommands(std::vector<Command>& list)
{
    list.push_back(
        {kList,
         CliText::tr("rule list [--json]"),
         CliText::tr("Lists the team's rules, shipped and own, each as a sentence, switched on or off; "
                     "a broken rule says what is wrong with it."),
         {},
         ruleList});
    list.push_back(
        {kShow, CliText::tr("rule show ID"), CliText::tr("Prints one rule as JSON."), {}, ruleShow});
    list.push_back(
        {kAdd,
         CliText::tr(
             "rule add name=NAME condition=COND [threshold=N] [tiers=S,A] [region=R] [industry=I] "
             "[member_id=ID] roles=am,team_lead [due_in=N] [due_unit=hours|workdays] [escalate_days=N] "
             "[enabled=0|1]"),
         CliText::tr(
             "Adds a rule and prints its id. Conditions: quiet (days without a follow-up), health_below, "
             "health_drop (points in 30 days), contract_ending (days), receivable_overdue (days), "
             "key_person_left, opportunity_stalled (days), severe_request (hours), detractor (NPS answer "
             "at most N). Roles: am, sa, de, team_lead."),
         {},
         ruleAdd});
    list.push_back(
        {kSet,
         CliText::tr("rule set ID FIELD=VALUE..."),
         CliText::tr("Changes fields of a rule, shipped or the team's own (enabled=0 switches it off)."),
         {},
         ruleSet});
    list.push_back(
        {kTest,
         CliText::tr("rule test ID [--today YYYY-MM-DD] [--json]"),
         CliText::tr("Lists the tasks the rule would make today, switched on or not; writes nothing."),
         {QStringLiteral("--today")},
         ruleTest});
    list.push_back(
        {kRun,
         CliText::tr("rule run [--today YYYY-MM-DD] [--dry-run] [--json]"),
         CliText::tr("Runs every rule and playbook that is switched on and makes the tasks they call "
                     "for; a task made before, on this laptop or another, is not made again."),
         {QStringLiteral("--today")},
         ruleRun,
         {QStringLiteral("--dry-run")}});
    list.push_back(
        {kWorkdays,
         CliText::tr("calendar workdays FROM N [--file TSV] [--json]"),
         CliText::tr("Prints the date N workdays after FROM on the team's working calendar (China's "
                     "public holidays and adjusted working days), or on the calendar of a TSV file."),
         {QStringLiteral("--file")},
         workdays});
    list.push_back({kDaySet,
                    CliText::tr("calendar set DATE holiday|workday [NAME]"),
                    CliText::tr("Marks a day as a day off or as a working day for the team (synced)."),
                    {},
                    daySet});
    list.push_back({kDayList,
                    CliText::tr("calendar list [--year YYYY] [--file TSV] [--json]"),
                    CliText::tr("Lists the year's days off and worked weekend days."),
                    {QStringLiteral("--year"), QStringLiteral("--file")},
                    dayList});
    list.push_back(
        {QStringLiteral("gate list"),
         CliText::tr("gate list [--json]"),
         CliText::tr("Lists the stage gates: what an opportunity or account needs before it enters a "
                     "stage (an edit that moves it without them is refused, naming what is missing)."),
         {},
         gateList});
    list.push_back(
        {QStringLiteral("gate set"),
         CliText::tr("gate set ID FIELD=VALUE..."),
         CliText::tr("Changes a stage gate: requires=amount,expected_close,competitors,buying_roles "
                     "(buying_roles: someone in the buying center; - for nothing), enabled=0|1."),
         {},
         [](Context& ctx, const Args& args) {
             return gateSet(ctx, args, false);
         }});
    list.push_back({QStringLiteral("gate add"),
                    CliText::tr("gate add applies_to=opportunity|account stage=STAGE requires=FIELDS"),
                    CliText::tr("Adds a stage gate and prints its id."),
                    {},
                    [](Context& ctx, const Args& args) {
                        return gateSet(ctx, args, true);
                    }});
    list.push_back(
        {QStringLiteral("gate remove"),
         CliText::tr("gate remove ID"),
         CliText::tr("Deletes a stage gate the team added (a shipped one can only be switched off)."),
         {},
         [](Context& ctx, const Args& args) {
             if (args.positional.size() != 1)
                 return ctx.usage(CliText::tr("expected the id of a stage gate."),
                                  QStringLiteral("gate remove"));
             Store* store = ctx.store();
             if (!store)
                 return ctx.fail(ctx.openError().message());
             const Status s = commands::Commands(*store).removeStageGate(args.positional.first());
             return s ? Ok : ctx.fail(s.message());
         }});
}

} // namespace summit::cli
