// summit-cli commands for a team's own data: members joining and leaving (with
// the handover of their work).
// Each one calls a domain command of core/commands, so the CLI keeps the
// rules the GUI keeps (the last admin stays, nothing goes to someone who left).

#include "Cli.h"

#include "commands/Commands.h"
#include "query/Team.h"
#include "store/Store.h"

#include <QCoreApplication>
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

} // namespace

void addTeamCommands(std::vector<Command>& list)
{
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
}

} // namespace summit::cli
