// summit-cli commands for a team's own data: members joining and leaving (with
// the handover of their work), who on the team knows whom (coverage), roles
// on a deal, influence links, bulk edits and the gap analysis of an account.
// Each one calls a domain command of core/commands, so the CLI keeps the
// rules the GUI keeps (the last admin stays, nothing goes to someone who left).

#include "Cli.h"

#include "analysis/GapAnalysis.h"
#include "commands/Commands.h"
#include "model/Schema.h"
#include "query/RecordList.h"
#include "query/Team.h"
#include "store/CustomFields.h"
#include "store/Database.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace summit::cli {

namespace {

// The translation context of this file (lupdate and the runtime agree on it).
struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

#define SUMMIT_STORE(ctx)                                                                                    \
    Store* store = (ctx).store();                                                                            \
    if (!store)                                                                                              \
        return (ctx).fail((ctx).openError().message());

void printJson(Context& ctx, const QJsonArray& array)
{
    ctx.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
}

QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

// A value typed on the command line for `field` of `entity`, converted and
// checked against the field's definition (a choice against its list). On a
// bad value, *error names the field and the value is null.
QVariant fieldValue(const QString& entity, const QString& field, const QString& text, bool required,
                    QString* error)
{
    const model::EntityDef* def = model::entity(entity);
    const model::FieldDef* f = def ? def->field(field) : nullptr;
    Q_ASSERT(f);
    if (!f)
        return {};
    QString why;
    const QVariant v = model::valueFromText(*f, text, &why);
    if (!why.isEmpty()) {
        *error = QStringLiteral("%1: %2").arg(model::fieldLabel(entity, field), why);
        return {};
    }
    if (v.isNull()) {
        if (required)
            *error = CliText::tr("%1 is required.").arg(model::fieldLabel(entity, field));
        return {};
    }
    *error = model::checkValue(*def, *f, v);
    return error->isEmpty() ? v : QVariant();
}

// FIELD=VALUE split at the first "=", the field's dashes read as underscores.
bool splitPair(const QString& pair, QString* field, QString* value)
{
    const int eq = pair.indexOf(QLatin1Char('='));
    if (eq <= 0)
        return false;
    *field = pair.left(eq).replace(QLatin1Char('-'), QLatin1Char('_'));
    *value = pair.mid(eq + 1);
    return true;
}

// Replaces the command of the same name where it stands, or adds it after the
// last command of its group ("member leave" after "member set"), so the
// overview lists a group together; a new group goes at the end.
void put(std::vector<Command>& list, Command command)
{
    const QString group = command.name.section(QLatin1Char(' '), 0, 0);
    auto after = list.end();
    for (auto it = list.begin(); it != list.end(); ++it) {
        if (it->name == command.name) {
            *it = std::move(command);
            return;
        }
        if (it->name.section(QLatin1Char(' '), 0, 0) == group)
            after = it + 1;
    }
    list.insert(after, std::move(command));
}

// ---- member

int memberList(Context& ctx, const Args& args)
{
    const QString command = QStringLiteral("member list");
    if (!args.positional.isEmpty())
        return ctx.usage(CliText::tr("expected no arguments."), command);
    // --where on what a member row has: name, email, role, status.
    QMap<QString, QString> where;
    for (const QString& w : args.values(QStringLiteral("--where"))) {
        QString field, value;
        if (!splitPair(w, &field, &value))
            return ctx.usage(CliText::tr("--where takes FIELD=VALUE."), command);
        if (field != QLatin1String("name") && field != QLatin1String("email") &&
            field != QLatin1String("role") && field != QLatin1String("status"))
            return ctx.usage(
                CliText::tr("--where takes name, email, role or status here, got \"%1\".").arg(field),
                command);
        where.insert(field, value);
    }
    bool ok = true;
    const int limit = args.value(QStringLiteral("--limit"), QStringLiteral("0")).toInt(&ok);
    if (!ok || limit < 0)
        return ctx.usage(CliText::tr("--limit takes a number."), command);
    SUMMIT_STORE(ctx);
    auto rows = query::members(store->reader());
    if (!rows)
        return ctx.fail(rows.message());
    std::vector<query::MemberRow> shown;
    for (const query::MemberRow& m : rows.value()) {
        const QMap<QString, QString> fields = {{QStringLiteral("name"), m.name},
                                               {QStringLiteral("email"), m.email},
                                               {QStringLiteral("role"), m.role},
                                               {QStringLiteral("status"), m.status}};
        bool match = true;
        for (auto it = where.begin(); it != where.end(); ++it)
            match = match && fields.value(it.key()) == it.value();
        if (match && (limit == 0 || int(shown.size()) < limit))
            shown.push_back(m);
    }
    if (args.has(QStringLiteral("--json"))) {
        QJsonArray arr;
        for (const query::MemberRow& m : shown)
            arr.append(QJsonObject{{QStringLiteral("entity"), QStringLiteral("member")},
                                   {QStringLiteral("id"), m.id},
                                   {QStringLiteral("name"), m.name},
                                   {QStringLiteral("email"), textOrNull(m.email)},
                                   {QStringLiteral("role"), textOrNull(m.role)},
                                   {QStringLiteral("status"), m.status},
                                   {QStringLiteral("accounts"), m.accounts},
                                   {QStringLiteral("open_tasks"), m.openTasks},
                                   {QStringLiteral("open_opportunities"), m.openOpportunities}});
        printJson(ctx, arr);
        return Ok;
    }
    for (const query::MemberRow& m : shown)
        ctx.out << QStringList{m.id,
                               m.name,
                               m.role,
                               m.status,
                               QString::number(m.accounts),
                               QString::number(m.openTasks),
                               QString::number(m.openOpportunities)}
                       .join(QLatin1Char('\t'))
                << "\n";
    return Ok;
}

int memberLeave(Context& ctx, const Args& args)
{
    const QString command = QStringLiteral("member leave");
    if (args.positional.size() != 1)
        return ctx.usage(CliText::tr("expected one member id."), command);
    const bool named = args.has(QStringLiteral("--to"));
    const QString successor = args.value(QStringLiteral("--to")).trimmed();
    if (named && successor.isEmpty())
        return ctx.usage(CliText::tr("--to takes the id of the member who takes over."), command);
    SUMMIT_STORE(ctx);
    commands::Commands commands(*store);
    const QString id = args.positional[0];
    auto handed = commands.memberLeaves(id, successor);
    if (!handed) {
        QString message = handed.message();
        if (!named && handed.error().field == QLatin1String("successor"))
            message += QLatin1Char(' ') + CliText::tr("(--to SUCCESSOR-ID)");
        return ctx.fail(message);
    }
    const commands::HandoverResult& h = handed.value();
    if (!named) {
        ctx.out
            << CliText::tr("%1 has left the team; there was nothing to hand over.").arg(commands.titleOf(id))
            << "\n";
        return Ok;
    }
    ctx.out << CliText::tr("Handed over %1, %2 and %3 to %4.")
                   .arg(CliText::tr("%n accounts", nullptr, h.accounts),
                        CliText::tr("%n tasks", nullptr, h.tasks),
                        CliText::tr("%n opportunities", nullptr, h.opportunities),
                        commands.titleOf(successor))
            << "\n";
    return Ok;
}

int memberReturn(Context& ctx, const Args& args)
{
    if (args.positional.size() != 1)
        return ctx.usage(CliText::tr("expected one member id."), QStringLiteral("member return"));
    SUMMIT_STORE(ctx);
    if (Status s = commands::Commands(*store).memberReturns(args.positional[0]); !s)
        return ctx.fail(s.message());
    return Ok;
}

// ---- coverage

int coverageSet(Context& ctx, const Args& args)
{
    const QString command = QStringLiteral("coverage set");
    if (args.positional.size() != 3 && args.positional.size() != 4)
        return ctx.usage(CliText::tr("expected CONTACT-ID MEMBER-ID LEVEL [desired=LEVEL]."), command);
    const QString entity = QStringLiteral("coverage");
    QString error;
    const QVariant level = fieldValue(entity, QStringLiteral("level"), args.positional[2], true, &error);
    if (!error.isEmpty())
        return ctx.fail(error);
    QVariant desired;
    if (args.positional.size() == 4) {
        QString field, text;
        if (!splitPair(args.positional[3], &field, &text) ||
            (field != QLatin1String("desired") && field != QLatin1String("desired_level")))
            return ctx.usage(CliText::tr("expected desired=LEVEL, got \"%1\".").arg(args.positional[3]),
                             command);
        desired = fieldValue(entity, QStringLiteral("desired_level"), text, true, &error);
        if (!error.isEmpty())
            return ctx.fail(error);
    }
    SUMMIT_STORE(ctx);
    auto id = commands::Commands(*store).setCoverage(args.positional[0], args.positional[1], level.toString(),
                                                     desired.toString());
    if (!id)
        return ctx.fail(id.message());
    ctx.out << id.value() << "\n";
    return Ok;
}

int coverageRemove(Context& ctx, const Args& args)
{
    if (args.positional.size() != 2)
        return ctx.usage(CliText::tr("expected CONTACT-ID MEMBER-ID."), QStringLiteral("coverage remove"));
    SUMMIT_STORE(ctx);
    if (Status s = commands::Commands(*store).removeCoverage(args.positional[0], args.positional[1]); !s)
        return ctx.fail(s.message());
    return Ok;
}

int coverageList(Context& ctx, const Args& args)
{
    if (args.positional.size() != 1)
        return ctx.usage(CliText::tr("expected one contact id."), QStringLiteral("coverage list"));
    SUMMIT_STORE(ctx);
    const QString contact = args.positional[0];
    if (store->entityOf(contact) != QLatin1String("contact"))
        return ctx.fail(CliText::tr("No %1 with id %2.").arg(model::entityLabel(u"contact"), contact));
    auto rows = query::coverageOf(store->reader(), contact);
    if (!rows)
        return ctx.fail(rows.message());
    if (args.has(QStringLiteral("--json"))) {
        QJsonArray arr;
        for (const query::CoverageRow& r : rows.value())
            arr.append(QJsonObject{{QStringLiteral("entity"), QStringLiteral("coverage")},
                                   {QStringLiteral("id"), r.id},
                                   {QStringLiteral("member_id"), r.memberId},
                                   {QStringLiteral("member_name"), r.memberName},
                                   {QStringLiteral("member_left"), r.memberLeft},
                                   {QStringLiteral("level"), textOrNull(r.level)},
                                   {QStringLiteral("desired_level"), textOrNull(r.desiredLevel)}});
        printJson(ctx, arr);
        return Ok;
    }
    for (const query::CoverageRow& r : rows.value()) {
        QStringList cells = {r.memberId, r.memberName, r.level, r.desiredLevel};
        if (r.memberLeft)
            cells << CliText::tr("(has left the team)");
        ctx.out << cells.join(QLatin1Char('\t')) << "\n";
    }
    return Ok;
}

// ---- buying roles and influence links

int buyingRoleAdd(Context& ctx, const Args& args)
{
    if (args.positional.size() != 3)
        return ctx.usage(CliText::tr("expected OPPORTUNITY-ID CONTACT-ID ROLE."),
                         QStringLiteral("buying-role add"));
    QString error;
    const QVariant role =
        fieldValue(QStringLiteral("buying_role"), QStringLiteral("role"), args.positional[2], true, &error);
    if (!error.isEmpty())
        return ctx.fail(error);
    SUMMIT_STORE(ctx);
    auto id =
        commands::Commands(*store).setBuyingRole(args.positional[0], args.positional[1], role.toString());
    if (!id)
        return ctx.fail(id.message());
    ctx.out << id.value() << "\n";
    return Ok;
}

int buyingRoleRemove(Context& ctx, const Args& args)
{
    if (args.positional.size() != 2)
        return ctx.usage(CliText::tr("expected OPPORTUNITY-ID CONTACT-ID."),
                         QStringLiteral("buying-role remove"));
    SUMMIT_STORE(ctx);
    if (Status s = commands::Commands(*store).removeBuyingRole(args.positional[0], args.positional[1]); !s)
        return ctx.fail(s.message());
    return Ok;
}

int linkSet(Context& ctx, const Args& args)
{
    const QString command = QStringLiteral("link set");
    if (args.positional.size() < 2)
        return ctx.usage(CliText::tr("expected FROM-ID TO-ID."), command);
    const QString entity = QStringLiteral("influence_link");
    QString kind;
    int strength = 0;
    for (const QString& pair : args.positional.mid(2)) {
        QString field, text, error;
        if (!splitPair(pair, &field, &text) ||
            (field != QLatin1String("kind") && field != QLatin1String("strength")))
            return ctx.usage(CliText::tr("expected kind=KIND or strength=1..5, got \"%1\".").arg(pair),
                             command);
        const QVariant v = fieldValue(entity, field, text, true, &error);
        if (!error.isEmpty())
            return ctx.fail(error);
        if (field == QLatin1String("kind"))
            kind = v.toString();
        else
            strength = v.toInt();
    }
    SUMMIT_STORE(ctx);
    auto id =
        commands::Commands(*store).setInfluenceLink(args.positional[0], args.positional[1], kind, strength);
    if (!id)
        return ctx.fail(id.message());
    ctx.out << id.value() << "\n";
    return Ok;
}

// ---- bulk set

// The record type given to --type: "account", "org_unit" (or "orgunit", as the commands spell it).
const model::EntityDef* entityNamed(QString name)
{
    name.replace(QLatin1Char('-'), QLatin1Char('_'));
    if (name == QLatin1String("orgunit"))
        name = QStringLiteral("org_unit");
    return model::entity(name);
}

// Ids of the live records that match every equality, however many there are.
Result<QStringList> matchingIds(Database& db, const query::RecordListFilter& filter)
{
    QStringList ids;
    query::PageCursor after;
    constexpr int kPage = 1000;
    for (;;) {
        auto page = query::recordPage(db, filter, after, kPage);
        if (!page)
            return page.error();
        for (const QVariantMap& row : page.value())
            ids << row.value(QStringLiteral("id")).toString();
        if (int(page.value().size()) < kPage)
            return ids;
        after = query::cursorAfter(filter, page.value().back());
    }
}

int bulkSet(Context& ctx, const Args& args)
{
    const QString command = QStringLiteral("bulk set");
    if (args.positional.size() != 2)
        return ctx.usage(CliText::tr("expected FIELD VALUE."), command);
    if (!args.has(QStringLiteral("--type")))
        return ctx.usage(CliText::tr("--type ENTITY is required."), command);
    const model::EntityDef* def = entityNamed(args.value(QStringLiteral("--type")));
    if (!def)
        return ctx.usage(
            CliText::tr("--type takes a record type such as account, contact or task, got \"%1\".")
                .arg(args.value(QStringLiteral("--type"))),
            command);
    const QString entity = def->name;
    const QStringList wheres = args.values(QStringLiteral("--where"));
    if (wheres.isEmpty())
        return ctx.usage(
            CliText::tr("give at least one --where FIELD=VALUE; bulk set does not change every record "
                        "of a type."),
            command);

    query::RecordListFilter filter;
    filter.entity = entity;
    filter.sortKey = QStringLiteral("id");
    for (const QString& w : wheres) {
        QString field, text, error;
        if (!splitPair(w, &field, &text))
            return ctx.usage(CliText::tr("--where takes FIELD=VALUE."), command);
        if (!def->field(field))
            return ctx.usage(CliText::tr("%1 has no field \"%2\".").arg(model::entityLabel(entity), field),
                             command);
        if (filter.equals.contains(field))
            return ctx.usage(CliText::tr("--where names %1 twice.").arg(field), command);
        const QVariant v = fieldValue(entity, field, text, true, &error);
        if (!error.isEmpty())
            return ctx.fail(error);
        filter.equals.insert(field, v);
    }

    QString field = args.positional[0];
    field.replace(QLatin1Char('-'), QLatin1Char('_'));
    const model::FieldDef* f = def->field(field);
    if (!f)
        return ctx.usage(CliText::tr("%1 has no field \"%2\".").arg(model::entityLabel(entity), field),
                         command);
    QString why;
    const QVariant value = model::valueFromText(*f, args.positional[1], &why);
    if (!why.isEmpty())
        return ctx.fail(QStringLiteral("%1: %2").arg(model::fieldLabel(entity, field), why));
    if (entity == QLatin1String("member") && field == QLatin1String("status"))
        return ctx.fail(
            CliText::tr("%1: use \"member leave\" and \"member return\"; a member who leaves hands "
                        "their work over.")
                .arg(model::fieldLabel(entity, field)));

    SUMMIT_STORE(ctx);
    Database& db = store->reader();
    auto ids = matchingIds(db, filter);
    if (!ids)
        return ctx.fail(ids.message());
    const QStringList& matched = ids.value();
    if (entity == QLatin1String("member") && field == QLatin1String("role") &&
        value.toString() != QLatin1String("admin")) {
        // The rule editRecord keeps for one member, kept for all of them at once.
        int demoted = 0;
        for (const QString& id : matched) {
            auto rec = store->record(entity, id);
            if (rec && rec.value().value(QStringLiteral("role")).toString() == QLatin1String("admin") &&
                rec.value().value(QStringLiteral("status")).toString() != QLatin1String("left"))
                ++demoted;
        }
        if (demoted > 0 && demoted >= query::activeAdmins(db))
            return ctx.fail(
                CliText::tr("%1: this would leave the team without an admin; make someone else an "
                            "admin first.")
                    .arg(model::fieldLabel(entity, field)));
    }
    if (args.has(QStringLiteral("--dry-run"))) {
        ctx.out << CliText::tr("Would change %n records.", nullptr, int(matched.size())) << "\n";
        return Ok;
    }
    if (Status s = commands::Commands(*store).bulkEdit(matched, {{field, value}}); !s)
        return ctx.fail(s.message());
    ctx.out << CliText::tr("Changed %n records.", nullptr, int(matched.size())) << "\n";
    return Ok;
}

// ---- gaps

QString severityKey(analysis::Severity s)
{
    return s == analysis::Severity::High ? QStringLiteral("high") : QStringLiteral("medium");
}

QString severityLabel(analysis::Severity s)
{
    return s == analysis::Severity::High ? CliText::tr("High") : CliText::tr("Medium");
}

int gaps(Context& ctx, const Args& args)
{
    const QString command = QStringLiteral("gaps");
    if (args.positional.size() != 1)
        return ctx.usage(CliText::tr("expected one account id."), command);
    analysis::GapOptions options;
    if (args.has(QStringLiteral("--today"))) {
        options.today = QDate::fromString(args.value(QStringLiteral("--today")), Qt::ISODate);
        if (!options.today.isValid())
            return ctx.usage(CliText::tr("--today takes a date YYYY-MM-DD."), command);
    }
    SUMMIT_STORE(ctx);
    const QString account = args.positional[0];
    if (store->entityOf(account) != QLatin1String("account"))
        return ctx.fail(CliText::tr("No %1 with id %2.").arg(model::entityLabel(u"account"), account));
    auto found = analysis::findGaps(store->reader(), account, options);
    if (!found)
        return ctx.fail(found.message());
    if (args.has(QStringLiteral("--json"))) {
        QJsonArray arr;
        for (const analysis::Gap& g : found.value())
            arr.append(QJsonObject{{QStringLiteral("kind"), analysis::gapKindKey(g.kind)},
                                   {QStringLiteral("severity"), severityKey(g.severity)},
                                   {QStringLiteral("message"), g.message},
                                   {QStringLiteral("entity"), g.entity},
                                   {QStringLiteral("id"), g.id}});
        printJson(ctx, arr);
        return Ok;
    }
    if (found.value().empty())
        ctx.out << CliText::tr("No gaps found.") << "\n";
    for (const analysis::Gap& g : found.value())
        ctx.out << CliText::tr("%1: %2").arg(severityLabel(g.severity), g.message) << "\n";
    return Ok;
}

// field add ENTITY KEY LABEL TYPE [label_zh=…] [choices=a|b|c] [required=1] [position=N] [show_in=form|lists]
int fieldAdd(Context& ctx, const Args& args)
{
    const QString command = QStringLiteral("field add");
    if (args.positional.size() < 4)
        return ctx.usage(CliText::tr("expected ENTITY KEY LABEL TYPE."), command);
    SUMMIT_STORE(ctx);
    FieldValues fields = {{QStringLiteral("applies_to"), args.positional[0]},
                          {QStringLiteral("key"), args.positional[1]},
                          {QStringLiteral("label"), args.positional[2]},
                          {QStringLiteral("value_type"), args.positional[3]}};
    const QString def = QStringLiteral("field_def");
    for (const QString& pair : args.positional.mid(4)) {
        QString field, text;
        if (!splitPair(pair, &field, &text) || !model::entity(def)->field(field) ||
            field == QLatin1String("applies_to") || field == QLatin1String("key") ||
            field == QLatin1String("label") || field == QLatin1String("value_type"))
            return ctx.usage(
                CliText::tr("expected label_zh=, choices=, required=, position= or show_in=, got \"%1\".")
                    .arg(pair),
                command);
        if (field == QLatin1String("choices"))
            text.replace(QLatin1Char('|'), QLatin1Char('\n')); // one choice per line, | on a command line
        QString error;
        const QVariant v = fieldValue(def, field, text, false, &error);
        if (!error.isEmpty())
            return ctx.fail(error);
        fields.emplace_back(field, v);
    }
    auto id = commands::Commands(*store).createRecord(def, fields, args.value(QStringLiteral("--id")));
    if (!id)
        return ctx.fail(id.message());
    ctx.out << id.value() << "\n";
    return Ok;
}

int fieldList(Context& ctx, const Args& args)
{
    if (args.positional.size() > 1)
        return ctx.usage(CliText::tr("expected at most one record type."), QStringLiteral("field list"));
    SUMMIT_STORE(ctx);
    const QString entity = args.positional.value(0);
    if (!entity.isEmpty() && !model::customizableEntities().contains(entity))
        return ctx.fail(CliText::tr("%1 records have no custom fields; these do: %2.")
                            .arg(entity, model::customizableEntities().join(QStringLiteral(", "))));
    const auto defs = custom::definitions(store->reader(), entity);
    if (args.has(QStringLiteral("--json"))) {
        QJsonArray out;
        for (const custom::Definition& d : defs) {
            QJsonArray choices;
            for (const QString& c : d.field().enumValues)
                choices.append(c);
            out.append(QJsonObject{
                {QStringLiteral("id"), d.id},
                {QStringLiteral("applies_to"), d.appliesTo},
                {QStringLiteral("key"), d.key},
                {QStringLiteral("label"), d.label},
                {QStringLiteral("label_zh"), textOrNull(d.labelZh)},
                {QStringLiteral("value_type"), d.valueType},
                {QStringLiteral("choices"), choices},
                {QStringLiteral("required"), d.required},
                {QStringLiteral("show_in"), d.inLists() ? QStringLiteral("lists") : QStringLiteral("form")}});
        }
        printJson(ctx, out);
        return Ok;
    }
    for (const custom::Definition& d : defs)
        ctx.out << d.id << '\t' << d.appliesTo << '\t' << d.key << '\t' << d.label << '\t' << d.valueType
                << (d.required ? QStringLiteral("\trequired") : QString()) << "\n";
    return Ok;
}

} // namespace

void addTeamCommands(std::vector<Command>& list)
{
    put(list,
        {QStringLiteral("field add"),
         CliText::tr(
             "field add ENTITY KEY LABEL TYPE [label_zh=TEXT] [choices=A|B|C] [required=1] [position=N] "
             "[show_in=form|lists] [--id ID]"),
         CliText::tr(
             "Defines a custom field for accounts, contacts, opportunities or follow-ups (ENTITY: "
             "account, contact, opportunity, followup). KEY: a-z first, then a-z, 0-9 or _. TYPE: text, "
             "number, money, date, choice, yes_no, member, multiline. Values are then set like any "
             "field (\"contact set ID KEY VALUE\", \"contact add … KEY=VALUE\"). show_in=form keeps it out "
             "of the lists' columns (it shows in the form and the card). Prints the id."),
         {QStringLiteral("--id")},
         fieldAdd});
    put(list, {QStringLiteral("field list"),
               CliText::tr("field list [ENTITY] [--json]"),
               CliText::tr(
                   "Lists the custom fields (of one record type, if given): id, type of record, key, label, "
                   "type of value and whether it is required, tab-separated or as JSON."),
               {},
               fieldList});
    put(list,
        {QStringLiteral("field remove"),
         CliText::tr("field remove ID"),
         CliText::tr(
             "Removes a custom field: its values are hidden, not destroyed; restoring it from the trash "
             "(undo, or the app's Trash) shows them again."),
         {},
         [](Context& ctx, const Args& args) {
             if (args.positional.size() != 1)
                 return ctx.usage(CliText::tr("expected one custom field id."),
                                  QStringLiteral("field remove"));
             SUMMIT_STORE(ctx);
             if (store->entityOf(args.positional[0]) != QLatin1String("field_def"))
                 return ctx.fail(CliText::tr("No custom field with id %1.").arg(args.positional[0]));
             if (Status s = commands::Commands(*store).deleteRecords({args.positional[0]}); !s)
                 return ctx.fail(s.message());
             return int(Ok);
         }});

    // Replaces the generic "member list": a member's status and what they hold.
    put(list,
        {QStringLiteral("member list"),
         CliText::tr("member list [--where FIELD=VALUE...] [--limit N] [--json]"),
         CliText::tr("Lists the team's members that are not in the trash, active ones first, then by name: "
                     "id, name, role, status (active or left) and what each holds — accounts (as AM, SA "
                     "or DE), open tasks and open opportunities — tab-separated or as JSON. --where "
                     "(name, email, role or status; may be repeated) keeps the members that match all."),
         {QStringLiteral("--where"), QStringLiteral("--limit")},
         memberList});
    put(list,
        {QStringLiteral("member leave"),
         CliText::tr("member leave ID [--to SUCCESSOR-ID]"),
         CliText::tr("Marks a member as having left and hands their accounts (as AM, SA or DE), open "
                     "tasks and open opportunities to the successor, as one change that undo takes back. "
                     "A member who holds something needs a successor; the team's last admin cannot leave; "
                     "a successor must not have left."),
         {QStringLiteral("--to")},
         memberLeave});
    put(list, {QStringLiteral("member return"),
               CliText::tr("member return ID"),
               CliText::tr("Makes a member who left active again (nothing is handed back)."),
               {},
               memberReturn});

    put(list,
        {QStringLiteral("coverage set"),
         CliText::tr("coverage set CONTACT-ID MEMBER-ID LEVEL [desired=LEVEL]"),
         CliText::tr("Records how well a team member knows a person — none, brief, working or trusted — "
                     "and, if given, the level the team wants. There is one such row per person and "
                     "member: setting it again changes it. Prints the row's id."),
         {},
         coverageSet});
    put(list, {QStringLiteral("coverage remove"),
               CliText::tr("coverage remove CONTACT-ID MEMBER-ID"),
               CliText::tr("Removes what is recorded about how well a team member knows a person."),
               {},
               coverageRemove});
    put(list, {QStringLiteral("coverage list"),
               CliText::tr("coverage list CONTACT-ID [--json]"),
               CliText::tr("Lists who on the team knows a person: member id, member name, level and desired "
                           "level, tab-separated or as JSON."),
               {},
               coverageList});

    put(list, {QStringLiteral("buying-role add"),
               CliText::tr("buying-role add OPPORTUNITY-ID CONTACT-ID ROLE"),
               CliText::tr("Gives a person a role on a deal (economic_buyer, technical_buyer, "
                           "financial_approver, user_buyer, influencer, champion, gatekeeper or blocker), or "
                           "changes the role they have. Prints the row's id."),
               {},
               buyingRoleAdd});
    put(list, {QStringLiteral("buying-role remove"),
               CliText::tr("buying-role remove OPPORTUNITY-ID CONTACT-ID"),
               CliText::tr("Takes a person off the buying center of a deal."),
               {},
               buyingRoleRemove});
    put(list,
        {QStringLiteral("link set"),
         CliText::tr("link set FROM-ID TO-ID [kind=KIND] [strength=1..5]"),
         CliText::tr("Sets the link from one contact to another (kind: influences, trusts, mentors or "
                     "rivals; strength 1 to 5): creates it, kind influences unless given, or changes the "
                     "one that exists. Prints the link's id."),
         {},
         linkSet});

    put(list,
        {QStringLiteral("bulk set"),
         CliText::tr("bulk set --type ENTITY --where FIELD=VALUE [--where FIELD=VALUE...] FIELD VALUE "
                     "[--dry-run]"),
         CliText::tr("Sets one field on every record of a type (not in the trash) that matches all the "
                     "--where equalities, as one change that undo takes back in one step, e.g. \"bulk set "
                     "--type account --where am_id=ID1 am_id ID2\". An empty VALUE clears the field. "
                     "--dry-run only counts the records that would change."),
         {QStringLiteral("--type"), QStringLiteral("--where")},
         bulkSet,
         {QStringLiteral("--dry-run")}});

    put(list,
        {QStringLiteral("gaps"),
         CliText::tr("gaps ACCOUNT-ID [--today YYYY-MM-DD] [--json]"),
         CliText::tr("The gap analysis of an account's decision chain, as the map prints it: no economic "
                     "buyer, one nobody covers or has seen lately, a hostile key person, a relationship "
                     "that hangs on one contact, a subsidiary without a known person, a deal without a "
                     "champion, coverage below the level wanted. One gap a line with its severity, or as "
                     "JSON (kind, severity, message, entity, id). --today sets the date follow-ups are "
                     "counted to."),
         {QStringLiteral("--today")},
         gaps});
}

} // namespace summit::cli
