// Rules and the working calendar: a team lead adds, edits or removes a rule,
// marks a day off or a worked weekend day; a rule run makes its tasks.

#include "CoreText.h"
#include "commands/Commands.h"

#include "model/Schema.h"
#include "rules/PlaybookEngine.h"
#include "rules/Playbooks.h"
#include "rules/RuleEngine.h"
#include "rules/Rules.h"
#include "rules/StageGates.h"
#include "store/Ids.h"

namespace summit::commands {

namespace {
const QString kRule = QStringLiteral("rule");
const QString kTask = QStringLiteral("task");
const QString kDay = QStringLiteral("calendar_day");

// The rule with `fields` (record values, as the CLI and the form give them) laid over it.
Status overlay(rules::Rule& r, const FieldValues& fields)
{
    for (const auto& [field, value] : fields) {
        const QString text = value.toString().trimmed();
        const bool empty = value.isNull(); // clang 14 cannot capture a structured binding
        bool ok = true;
        auto number = [&] {
            const int n = empty ? 0 : text.toInt(&ok);
            return n;
        };
        if (field == QLatin1String("name"))
            r.name = text;
        else if (field == QLatin1String("condition"))
            r.condition = text;
        else if (field == QLatin1String("threshold"))
            r.threshold = number();
        else if (field == QLatin1String("tiers"))
            r.tiers = text == QLatin1String("*") ? QStringList() : rules::splitList(text, true);
        else if (field == QLatin1String("region"))
            r.region = text;
        else if (field == QLatin1String("tag"))
            r.tag = text;
        else if (field == QLatin1String("industry"))
            r.industry = text;
        else if (field == QLatin1String("member_id"))
            r.memberId = text;
        else if (field == QLatin1String("roles"))
            r.roles = rules::splitList(text, false);
        else if (field == QLatin1String("due_in"))
            r.dueIn = number();
        else if (field == QLatin1String("due_unit"))
            r.dueUnit = text;
        else if (field == QLatin1String("escalate_days"))
            r.escalateDays = number();
        else if (field == QLatin1String("enabled"))
            r.enabled = number() != 0;
        else if (field == QLatin1String("position"))
            r.position = number();
        else
            return Status::fail(CoreText::tr("A rule has no field \"%1\".").arg(field), field);
        if (!ok)
            return Status::fail(CoreText::tr("%1: \"%2\" is not a whole number.")
                                    .arg(model::fieldLabel(u"rule", field), text),
                                field);
    }
    return {};
}

// The record values of `fields` as the store keeps them ("*" for every tier, lists normalised).
FieldValues stored(const rules::Rule& r, const FieldValues& fields)
{
    const FieldValues all = rules::ruleFields(r);
    FieldValues out;
    for (const auto& [field, value] : fields)
        for (const auto& [name, normal] : all)
            if (name == field)
                out.emplace_back(name, normal);
    return out;
}
// A rule's or playbook step's task as record values. No status: a task without one is open,
// and a laptop that fires late must not reopen a task that someone closed on another (last
// writer wins field by field).
FieldValues taskFields(const rules::RuleTask& t)
{
    FieldValues f = {{QStringLiteral("account_id"), t.accountId},
                     {QStringLiteral("title"), t.title},
                     {QStringLiteral("trigger"), t.trigger}};
    if (t.playbookId.isEmpty()) {
        f.emplace_back(QStringLiteral("source"), QStringLiteral("rule"));
        f.emplace_back(QStringLiteral("rule_id"), t.ruleId);
    } else {
        f.emplace_back(QStringLiteral("source"), QStringLiteral("playbook"));
        f.emplace_back(QStringLiteral("playbook_id"), t.playbookId);
        f.emplace_back(QStringLiteral("step"), t.step);
    }
    if (t.due.isValid())
        f.emplace_back(QStringLiteral("due"), t.due.toString(Qt::ISODate));
    if (!t.assigneeId.isEmpty())
        f.emplace_back(QStringLiteral("assignee_id"), t.assigneeId);
    return f;
}

const QString kPlaybook = QStringLiteral("playbook");

// The playbook with `fields` (record values) laid over it.
Status overlayPlaybook(rules::Playbook& p, const FieldValues& fields)
{
    for (const auto& [field, value] : fields) {
        const QString text = value.toString().trimmed();
        if (field == QLatin1String("name"))
            p.name = text;
        else if (field == QLatin1String("trigger"))
            p.trigger = text;
        else if (field == QLatin1String("stage"))
            p.stage = text;
        else if (field == QLatin1String("tiers"))
            p.tiers = text == QLatin1String("*") ? QStringList() : rules::splitList(text, true);
        else if (field == QLatin1String("steps")) {
            auto steps = rules::parseSteps(text);
            if (!steps)
                return steps.status();
            p.steps = steps.value();
        } else if (field == QLatin1String("enabled") || field == QLatin1String("position")) {
            bool ok = true;
            const int n = value.isNull() ? 0 : text.toInt(&ok);
            if (!ok)
                return Status::fail(CoreText::tr("%1: \"%2\" is not a whole number.")
                                        .arg(model::fieldLabel(u"playbook", field), text),
                                    field);
            if (field == QLatin1String("enabled"))
                p.enabled = n != 0;
            else
                p.position = n;
        } else {
            return Status::fail(CoreText::tr("A playbook has no field \"%1\".").arg(field), field);
        }
    }
    return {};
}
} // namespace

Result<QString> Commands::addPlaybook(const FieldValues& fields, QString id)
{
    rules::Playbook p;
    p.position = 1000; // after the shipped playbooks
    if (Status s = overlayPlaybook(p, fields); !s)
        return s;
    if (const QString problem = rules::checkPlaybook(p); !problem.isEmpty())
        return Result<QString>::fail(problem);
    if (id.isEmpty())
        id = ids::newId();
    if (Status s = run({CoreText::tr("Add playbook %1").arg(p.name),
                        {Operation::set(kPlaybook, id, rules::playbookFields(p))}});
        !s)
        return s;
    return id;
}

Status Commands::editPlaybook(const QString& id, const FieldValues& fields)
{
    auto current = rules::loadPlaybook(m_store.reader(), id);
    if (!current)
        return current.status();
    rules::Playbook p = current.value();
    if (Status s = overlayPlaybook(p, fields); !s)
        return s;
    // Switching a playbook off needs no check: a lead must be able to stop a broken one.
    const bool switchOff =
        fields.size() == 1 && fields.front().first == QLatin1String("enabled") && !p.enabled;
    if (const QString problem = rules::checkPlaybook(p); !problem.isEmpty() && !switchOff)
        return Status::fail(problem);
    const FieldValues all = rules::playbookFields(p);
    FieldValues values;
    for (const auto& [field, value] : fields)
        for (const auto& [name, normal] : all)
            if (name == field)
                values.emplace_back(name, normal);
    if (values.empty())
        return {};
    return run({CoreText::tr("Edit playbook %1").arg(p.name), {Operation::set(kPlaybook, id, values)}});
}

Status Commands::removePlaybook(const QString& id)
{
    auto current = rules::loadPlaybook(m_store.reader(), id);
    if (!current)
        return current.status();
    if (current.value().builtIn)
        return Status::fail(CoreText::tr("\"%1\" is one of the playbooks Summit ships: it cannot be deleted, "
                                         "but it can be switched off.")
                                .arg(current.value().name));
    return run(
        {CoreText::tr("Delete playbook %1").arg(current.value().name), {Operation::remove(kPlaybook, id)}});
}

Result<int> Commands::startPlaybook(const QString& playbookId, const QString& accountId, const QDate& today)
{
    auto tasks = rules::startPlaybookTasks(m_store.reader(), playbookId, accountId,
                                           today.isValid() ? today : QDate::currentDate());
    if (!tasks)
        return tasks.status();
    Change change;
    for (const rules::RuleTask& t : tasks.value()) {
        // The same run started, undone and started again the same day: the same ids, in the trash.
        if (m_store.entityOf(t.id) == kTask)
            change.ops.push_back(Operation::restore(kTask, t.id));
        change.ops.push_back(Operation::set(kTask, t.id, taskFields(t)));
    }
    if (change.ops.empty())
        return 0;
    const QString name = tasks.value().front().ruleName;
    change.label = CoreText::tr("Start playbook %1").arg(name);
    const int made = int(change.ops.size());
    if (Status s = run(std::move(change)); !s)
        return s;
    return made;
}

Result<QString> Commands::addRule(const FieldValues& fields, QString id)
{
    rules::Rule r;
    r.roles.clear();
    r.position = 1000; // after the shipped rules
    if (Status s = overlay(r, fields); !s)
        return s;
    if (const QString problem = rules::checkRule(r, &m_store.reader()); !problem.isEmpty())
        return Result<QString>::fail(problem);
    if (id.isEmpty())
        id = ids::newId();
    if (Status s =
            run({CoreText::tr("Add rule %1").arg(r.name), {Operation::set(kRule, id, rules::ruleFields(r))}});
        !s)
        return s;
    return id;
}

Status Commands::editRule(const QString& id, const FieldValues& fields)
{
    auto current = rules::loadRule(m_store.reader(), id);
    if (!current)
        return current.status();
    rules::Rule r = current.value();
    if (Status s = overlay(r, fields); !s)
        return s;
    // Switching a rule off needs no check: a lead must be able to stop a broken one.
    const bool switchOff =
        fields.size() == 1 && fields.front().first == QLatin1String("enabled") && !r.enabled;
    if (const QString problem = rules::checkRule(r, &m_store.reader()); !problem.isEmpty() && !switchOff)
        return Status::fail(problem);
    FieldValues values = stored(r, fields);
    if (values.empty())
        return {};
    return run({CoreText::tr("Edit rule %1").arg(r.name), {Operation::set(kRule, id, values)}});
}

Status Commands::removeRule(const QString& id)
{
    auto current = rules::loadRule(m_store.reader(), id);
    if (!current)
        return current.status();
    if (current.value().builtIn)
        return Status::fail(
            CoreText::tr(
                "\"%1\" is one of the rules Summit ships: it cannot be deleted, but it can be switched off.")
                .arg(current.value().name));
    return run({CoreText::tr("Delete rule %1").arg(current.value().name), {Operation::remove(kRule, id)}});
}

Result<int> Commands::addRuleTasks(const std::vector<rules::RuleTask>& tasks)
{
    Change change;
    for (const rules::RuleTask& t : tasks) {
        // Made meanwhile (a sync brought it, or an earlier run): left as it is.
        if (!m_store.entityOf(t.id).isEmpty())
            continue;
        // No status: a task without one is open, and a laptop that fires late must not reopen
        // a task that someone closed on another (last writer wins field by field).
        change.ops.push_back(Operation::set(kTask, t.id, taskFields(t)));
    }
    if (change.ops.empty())
        return 0;
    const int made = int(change.ops.size());
    change.label = CoreText::tr("Rules and playbooks made %n task(s)", "", made);
    // Straight into the store, off the undo stack: undoing a rule's tasks would only have the
    // next run make them again.
    ApplyOptions options;
    options.undoable = false;
    if (Status s = m_store.apply(change, options); !s)
        return s;
    return made;
}

Result<QString> Commands::setStageGate(const QString& givenId, const FieldValues& fields)
{
    auto gates = rules::loadGates(m_store.reader());
    if (!gates)
        return gates.status();
    rules::StageGate g;
    const QString id = givenId.isEmpty() ? ids::newId() : givenId;
    bool found = givenId.isEmpty();
    for (const rules::StageGate& each : gates.value())
        if (each.id == givenId) {
            g = each;
            found = true;
        }
    if (!found)
        return Result<QString>::fail(CoreText::tr("No stage gate has the id \"%1\".").arg(givenId));
    FieldValues values;
    for (const auto& [field, value] : fields) {
        const QString text = value.toString().trimmed();
        if (field == QLatin1String("applies_to"))
            g.appliesTo = text;
        else if (field == QLatin1String("stage"))
            g.stage = text;
        else if (field == QLatin1String("requires"))
            g.needs = rules::splitList(text, false);
        else if (field == QLatin1String("enabled"))
            g.enabled = text != QLatin1String("0");
        else
            return Result<QString>::fail(CoreText::tr("A stage gate has no field \"%1\".").arg(field), field);
        if (field == QLatin1String("requires"))
            values.emplace_back(field,
                                g.needs.isEmpty() ? QStringLiteral("-") : g.needs.join(QLatin1Char(',')));
        else if (field == QLatin1String("enabled"))
            values.emplace_back(field, g.enabled ? 1 : 0);
        else
            values.emplace_back(field, text);
    }
    if (const QString problem = rules::checkGate(g); !problem.isEmpty())
        return Result<QString>::fail(problem);
    if (givenId.isEmpty()) // a new gate holds every field
        values = {{QStringLiteral("applies_to"), g.appliesTo},
                  {QStringLiteral("stage"), g.stage},
                  {QStringLiteral("requires"),
                   g.needs.isEmpty() ? QStringLiteral("-") : g.needs.join(QLatin1Char(','))},
                  {QStringLiteral("enabled"), g.enabled ? 1 : 0}};
    if (values.empty())
        return id;
    if (Status s = run({CoreText::tr("Edit the stage gate of %1").arg(model::enumLabel(u"stage", g.stage)),
                        {Operation::set(QStringLiteral("stage_gate"), id, values)}});
        !s)
        return s;
    return id;
}

Status Commands::removeStageGate(const QString& id)
{
    auto gates = rules::loadGates(m_store.reader());
    if (!gates)
        return gates.status();
    for (const rules::StageGate& g : gates.value()) {
        if (g.id != id)
            continue;
        if (g.builtIn)
            return Status::fail(
                CoreText::tr("The stage gate of %1 is one of the gates Summit ships: it cannot be "
                             "deleted, but it can be switched off.")
                    .arg(model::enumLabel(u"stage", g.stage)));
        return run({CoreText::tr("Delete the stage gate of %1").arg(model::enumLabel(u"stage", g.stage)),
                    {Operation::remove(QStringLiteral("stage_gate"), id)}});
    }
    return Status::fail(CoreText::tr("No stage gate has the id \"%1\".").arg(id));
}

QString Commands::calendarDayId(const QDate& date)
{
    return ids::nameId(QStringLiteral("summit calendar day\n") + date.toString(Qt::ISODate));
}

Status Commands::setCalendarDay(const QDate& date, bool workday, const QString& name)
{
    if (!date.isValid())
        return Status::fail(CoreText::tr("A calendar day needs a date (YYYY-MM-DD)."),
                            QStringLiteral("date"));
    const QString id = calendarDayId(date);
    FieldValues f = {
        {QStringLiteral("date"), date.toString(Qt::ISODate)},
        {QStringLiteral("kind"), workday ? QStringLiteral("workday") : QStringLiteral("holiday")},
        {QStringLiteral("name"), name.trimmed()}};
    std::vector<Operation> ops;
    if (m_store.entityOf(id) == kDay) {
        auto rec = m_store.record(kDay, id);
        if (rec && rec.value().value(QStringLiteral("deleted")).toInt() != 0)
            ops.push_back(Operation::restore(kDay, id));
    }
    ops.push_back(Operation::set(kDay, id, f));
    return run({workday ? CoreText::tr("Mark %1 as a working day").arg(date.toString(Qt::ISODate))
                        : CoreText::tr("Mark %1 as a day off").arg(date.toString(Qt::ISODate)),
                std::move(ops)});
}

} // namespace summit::commands
