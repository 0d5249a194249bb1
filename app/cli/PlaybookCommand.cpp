// summit-cli playbook list|show|add|set|remove|start|status: the team's playbooks
// (core/rules/Playbooks.h), a start by hand, and an account's progress through
// its runs (PlaybookEngine.h). `rule run` makes the playbooks' tasks with the rules'.
#include "Cli.h"

#include "commands/Commands.h"
#include "rules/PlaybookEngine.h"
#include "rules/Playbooks.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace summit::cli {

namespace {

struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

const QString kList = QStringLiteral("playbook list");
const QString kShow = QStringLiteral("playbook show");
const QString kAdd = QStringLiteral("playbook add");
const QString kSet = QStringLiteral("playbook set");
const QString kRemove = QStringLiteral("playbook remove");
const QString kStart = QStringLiteral("playbook start");
const QString kStatus = QStringLiteral("playbook status");

void printJson(Context& ctx, const QJsonValue& v)
{
    const QJsonDocument doc = v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject());
    ctx.out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

QJsonObject playbookJson(const rules::Playbook& p)
{
    QJsonArray steps;
    for (const rules::PlaybookStep& s : p.steps)
        steps << QJsonObject{{QStringLiteral("key"), s.key},
                             {QStringLiteral("title"), s.title},
                             {QStringLiteral("due_in"), s.dueIn},
                             {QStringLiteral("due_unit"), s.dueUnit},
                             {QStringLiteral("roles"), QJsonArray::fromStringList(s.roles)},
                             {QStringLiteral("after"), QJsonArray::fromStringList(s.after)}};
    return {{QStringLiteral("id"), p.id},
            {QStringLiteral("name"), p.name},
            {QStringLiteral("trigger"), p.trigger},
            {QStringLiteral("stage"), p.stage},
            {QStringLiteral("tiers"), QJsonArray::fromStringList(p.tiers)},
            {QStringLiteral("steps"), steps},
            {QStringLiteral("enabled"), p.enabled},
            {QStringLiteral("shipped"), p.builtIn},
            {QStringLiteral("problem"), p.problem},
            {QStringLiteral("sentence"), rules::describeTrigger(p)}};
}

// The record values the options give: --name, --trigger, --stage, --tiers, --enabled, and the
// steps (every --step, or --steps-json) replacing the playbook's steps.
bool fieldsOf(Context& ctx, const Args& args, const QString& command, FieldValues* out, int* exit)
{
    for (const char* option : {"name", "trigger", "stage", "tiers", "enabled"}) {
        const QString name = QStringLiteral("--") + QLatin1String(option);
        if (args.has(name))
            out->emplace_back(QString::fromLatin1(option), args.value(name));
    }
    if (args.has(QStringLiteral("--steps-json")))
        out->emplace_back(QStringLiteral("steps"), args.value(QStringLiteral("--steps-json")));
    const QStringList given = args.values(QStringLiteral("--step"));
    if (!given.isEmpty()) {
        std::vector<rules::PlaybookStep> steps;
        for (const QString& text : given) {
            auto step = rules::parseStepText(text);
            if (!step) {
                *exit = ctx.usage(step.message(), command);
                return false;
            }
            steps.push_back(step.value());
        }
        out->emplace_back(QStringLiteral("steps"), rules::stepsJson(steps));
    }
    return true;
}

int playbookList(Context& ctx, const Args& args)
{
    if (!args.positional.isEmpty())
        return ctx.usage(CliText::tr("unexpected argument \"%1\".").arg(args.positional.first()), kList);
    Store* store = ctx.store();
    if (!store)
        return ctx.fail(ctx.openError().message());
    auto all = rules::loadPlaybooks(store->reader());
    if (!all)
        return ctx.fail(all.message());
    if (args.has(QStringLiteral("--json"))) {
        QJsonArray rows;
        for (const rules::Playbook& p : all.value())
            rows << playbookJson(p);
        printJson(ctx, rows);
        return Ok;
    }
    for (const rules::Playbook& p : all.value()) {
        const QString state = !p.problem.isEmpty() ? CliText::tr("broken")
                              : p.enabled          ? CliText::tr("on")
                                                   : CliText::tr("off");
        ctx.out
            << QStringLiteral("%1  [%2]  %3\n    %4\n").arg(p.id, state, p.name, rules::describeTrigger(p));
        if (!p.problem.isEmpty())
            ctx.out << "    " << p.problem << "\n";
        int n = 0;
        for (const rules::PlaybookStep& s : p.steps) {
            QStringList roles;
            for (const QString& r : s.roles)
                roles << rules::roleLabel(r);
            ctx.out << "    " << ++n << ". " << s.title << " — "
                    << CliText::tr("within %1, for %2")
                           .arg(rules::describeDue(s), roles.join(QStringLiteral(", ")));
            if (!s.after.isEmpty())
                ctx.out << " " << CliText::tr("(after %1)").arg(s.after.join(QStringLiteral(", ")));
            ctx.out << "\n";
        }
    }
    return Ok;
}

int playbookShow(Context& ctx, const Args& args)
{
    if (args.positional.size() != 1)
        return ctx.usage(CliText::tr("expected one playbook id."), kShow);
    Store* store = ctx.store();
    if (!store)
        return ctx.fail(ctx.openError().message());
    auto p = rules::loadPlaybook(store->reader(), args.positional.first());
    if (!p)
        return ctx.fail(p.message());
    printJson(ctx, playbookJson(p.value()));
    return Ok;
}

int playbookAdd(Context& ctx, const Args& args)
{
    if (!args.positional.isEmpty())
        return ctx.usage(CliText::tr("unexpected argument \"%1\".").arg(args.positional.first()), kAdd);
    FieldValues fields;
    int exit = Ok;
    if (!fieldsOf(ctx, args, kAdd, &fields, &exit))
        return exit;
    Store* store = ctx.store();
    if (!store)
        return ctx.fail(ctx.openError().message());
    auto id = commands::Commands(*store).addPlaybook(fields);
    if (!id)
        return ctx.fail(id.message());
    ctx.out << id.value() << "\n";
    return Ok;
}

int playbookSet(Context& ctx, const Args& args)
{
    if (args.positional.size() != 1)
        return ctx.usage(CliText::tr("expected one playbook id."), kSet);
    FieldValues fields;
    int exit = Ok;
    if (!fieldsOf(ctx, args, kSet, &fields, &exit))
        return exit;
    if (fields.empty())
        return ctx.usage(CliText::tr("nothing to change: give --name, --enabled, --step and so on."), kSet);
    Store* store = ctx.store();
    if (!store)
        return ctx.fail(ctx.openError().message());
    const Status s = commands::Commands(*store).editPlaybook(args.positional.first(), fields);
    return s ? Ok : ctx.fail(s.message());
}

int playbookRemove(Context& ctx, const Args& args)
{
    if (args.positional.size() != 1)
        return ctx.usage(CliText::tr("expected one playbook id."), kRemove);
    Store* store = ctx.store();
    if (!store)
        return ctx.fail(ctx.openError().message());
    const Status s = commands::Commands(*store).removePlaybook(args.positional.first());
    return s ? Ok : ctx.fail(s.message());
}

int playbookStart(Context& ctx, const Args& args)
{
    if (args.positional.size() != 1 || !args.has(QStringLiteral("--account")))
        return ctx.usage(CliText::tr("expected one playbook id and --account ID."), kStart);
    QDate today;
    int exit = Ok;
    if (!todayOf(ctx, args, kStart, &today, &exit))
        return exit;
    Store* store = ctx.store();
    if (!store)
        return ctx.fail(ctx.openError().message());
    auto made = commands::Commands(*store).startPlaybook(args.positional.first(),
                                                         args.value(QStringLiteral("--account")), today);
    if (!made)
        return ctx.fail(made.message());
    ctx.out << CliText::tr("Started: %n task(s) made.", "", made.value()) << "\n";
    return Ok;
}

QString stateLabel(const rules::StepProgress& s)
{
    const QString& st = s.state;
    if (st == QLatin1String("done"))
        return CliText::tr("done");
    if (st == QLatin1String("cancelled"))
        return CliText::tr("cancelled");
    if (st == QLatin1String("late"))
        return CliText::tr("late, due %1").arg(s.due.toString(Qt::ISODate));
    if (st == QLatin1String("open"))
        return CliText::tr("due %1").arg(s.due.toString(Qt::ISODate));
    if (st == QLatin1String("missing"))
        return CliText::tr("in the trash");
    return s.waitingFor.isEmpty() ? CliText::tr("starts at the next run")
                                  : CliText::tr("waits for %1").arg(s.waitingFor.join(QStringLiteral(", ")));
}

int playbookStatus(Context& ctx, const Args& args)
{
    if (!args.positional.isEmpty() || !args.has(QStringLiteral("--account")))
        return ctx.usage(CliText::tr("expected --account ID."), kStatus);
    QDate today;
    int exit = Ok;
    if (!todayOf(ctx, args, kStatus, &today, &exit))
        return exit;
    Store* store = ctx.store();
    if (!store)
        return ctx.fail(ctx.openError().message());
    auto runs = rules::playbookProgress(store->reader(), args.value(QStringLiteral("--account")), today);
    if (!runs)
        return ctx.fail(runs.message());
    if (args.has(QStringLiteral("--json"))) {
        QJsonArray rows;
        for (const rules::PlaybookRun& r : runs.value()) {
            QJsonArray steps;
            for (const rules::StepProgress& s : r.steps)
                steps << QJsonObject{
                    {QStringLiteral("key"), s.key},
                    {QStringLiteral("title"), s.title},
                    {QStringLiteral("state"), s.state},
                    {QStringLiteral("due"), s.due.toString(Qt::ISODate)},
                    {QStringLiteral("assignees"), QJsonArray::fromStringList(s.assignees)},
                    {QStringLiteral("waiting_for"), QJsonArray::fromStringList(s.waitingFor)},
                    {QStringLiteral("task_ids"), QJsonArray::fromStringList(s.taskIds)}};
            rows << QJsonObject{{QStringLiteral("playbook_id"), r.playbookId},
                                {QStringLiteral("playbook"), r.playbookName},
                                {QStringLiteral("run"), r.run},
                                {QStringLiteral("started"), r.started},
                                {QStringLiteral("done"), r.done},
                                {QStringLiteral("complete"), r.complete},
                                {QStringLiteral("steps"), steps}};
        }
        printJson(ctx, rows);
        return Ok;
    }
    if (runs.value().empty())
        ctx.out << CliText::tr("No playbook has run on this account.") << "\n";
    for (const rules::PlaybookRun& r : runs.value()) {
        ctx.out << CliText::tr("%1 (%2): %3 of %4 steps finished")
                       .arg(r.playbookName, r.started)
                       .arg(r.done)
                       .arg(r.steps.size())
                << "\n";
        for (const rules::StepProgress& s : r.steps) {
            ctx.out << "    " << s.title << ": " << stateLabel(s);
            if (!s.assignees.isEmpty())
                ctx.out << " (" << s.assignees.join(QStringLiteral(", ")) << ")";
            ctx.out << "\n";
        }
    }
    return Ok;
}

} // namespace

void addPlaybookCommands(std::vector<Command>& list)
{
    const QStringList fields = {QStringLiteral("--name"),   QStringLiteral("--trigger"),
                                QStringLiteral("--stage"),  QStringLiteral("--tiers"),
                                QStringLiteral("--step"),   QStringLiteral("--steps-json"),
                                QStringLiteral("--enabled")};
    list.push_back(
        {kList,
         CliText::tr("playbook list [--json]"),
         CliText::tr("Lists the team's playbooks with their trigger and steps, switched on or off; a "
                     "broken playbook says what is wrong with it."),
         {},
         playbookList});
    list.push_back({kShow,
                    CliText::tr("playbook show ID"),
                    CliText::tr("Prints one playbook as JSON."),
                    {},
                    playbookShow});
    list.push_back(
        {kAdd,
         CliText::tr(
             "playbook add --name NAME --trigger TRIGGER [--stage STAGE] [--tiers S,A] --step STEP... "
             "[--enabled 0|1]"),
         CliText::tr("Adds a playbook and prints its id. Triggers: new_key_account, account_stage and "
                     "opportunity_stage (with --stage), visit, month_start (the first workday of each "
                     "month), manual (started by hand). Each --step is \"KEY: TITLE | DUE | ROLES [| after "
                     "KEY,KEY]\", DUE as 72h or 5wd (workdays), ROLES from am, sa, de, team_lead; or give "
                     "every step at once as a JSON array with --steps-json."),
         fields, playbookAdd});
    list.push_back(
        {kSet, CliText::tr("playbook set ID [--name NAME] [--enabled 0|1] [--tiers S,A] [--step STEP...]"),
         CliText::tr("Changes a playbook, shipped or the team's own; --step replaces every step."), fields,
         playbookSet});
    list.push_back(
        {kRemove,
         CliText::tr("playbook remove ID"),
         CliText::tr("Moves a team's own playbook to the trash; a shipped one can only be switched off."),
         {},
         playbookRemove});
    list.push_back(
        {kStart,
         CliText::tr("playbook start ID --account ID [--today YYYY-MM-DD]"),
         CliText::tr("Starts a playbook on an account by hand: its first steps become tasks now, the "
                     "others when the steps they wait for are done."),
         {QStringLiteral("--account"), QStringLiteral("--today")},
         playbookStart});
    list.push_back({kStatus,
                    CliText::tr("playbook status --account ID [--today YYYY-MM-DD] [--json]"),
                    CliText::tr("Shows the account's playbook runs: each step done, open, late or waiting."),
                    {QStringLiteral("--account"), QStringLiteral("--today")},
                    playbookStatus});
}

} // namespace summit::cli
