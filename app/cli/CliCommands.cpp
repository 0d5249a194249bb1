// The commands of summit-cli. Record commands are generic over the schema:
// fields are given as field=value pairs and checked by the store.

#include "Cli.h"

#include "commands/Commands.h"
#include "demo/DemoData.h"
#include "export/CanonicalExport.h"
#include "model/Schema.h"
#include "query/Impact.h"
#include "search/Search.h"
#include "store/CustomFields.h"
#include "store/DatabaseFile.h"
#include "store/History.h"
#include "store/Ids.h"
#include "store/Queries.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTimeZone>

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

QJsonValue jsonValue(const model::FieldDef* f, const QVariant& v)
{
    if (v.isNull())
        return QJsonValue::Null;
    if (!f || f->type == model::FieldType::Int || f->type == model::FieldType::Money)
        if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int)
            return QJsonValue(v.toLongLong());
    return QJsonValue(v.toString());
}

QJsonObject jsonRecord(const QString& entity, const QVariantMap& row)
{
    const model::EntityDef* def = model::entity(entity);
    QJsonObject o;
    for (auto it = row.begin(); it != row.end(); ++it) {
        if (it.key() == QLatin1String("created_hlc") || it.key() == QLatin1String("updated_hlc"))
            continue;
        o.insert(it.key(), jsonValue(def ? def->field(it.key()) : nullptr, it.value()));
    }
    o.insert(QStringLiteral("entity"), entity);
    return o;
}

void printJson(Context& ctx, const QJsonValue& v)
{
    const QJsonDocument doc = v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject());
    ctx.out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

// field=value pairs into typed values; false with a message on a bad pair.
bool parseFields(Context& ctx, const model::EntityDef& def, const QStringList& pairs, FieldValues* out,
                 QString* error)
{
    for (const QString& pair : pairs) {
        const int eq = pair.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            *error = CliText::tr("expected FIELD=VALUE, got \"%1\".").arg(pair);
            return false;
        }
        const QString name = pair.left(eq).replace(QLatin1Char('-'), QLatin1Char('_'));
        const model::FieldDef* f = def.field(name);
        model::FieldDef customField; // a custom field, by its key
        if (!f && ctx.store() && custom::fieldOf(ctx.store()->reader(), def.name, name, &customField))
            f = &customField;
        if (!f) {
            *error = CliText::tr("%1 has no field \"%2\".").arg(model::entityLabel(def.name), name);
            return false;
        }
        QString why;
        const QVariant v = model::valueFromText(*f, pair.mid(eq + 1), &why);
        if (!why.isEmpty()) {
            *error = QStringLiteral("%1: %2").arg(
                f->label.isEmpty() ? model::fieldLabel(def.name, name) : f->label, why);
            return false;
        }
        out->emplace_back(name, v);
    }
    return true;
}

QString takeText(FieldValues& fields, const char* name)
{
    for (auto it = fields.begin(); it != fields.end(); ++it)
        if (it->first == QLatin1String(name)) {
            const QString v = it->second.toString();
            fields.erase(it);
            return v;
        }
    return {};
}

// A follow-up from the command line is logged like one from the dialog: its
// next action becomes a task for its author.
Result<QString> logFollowUp(commands::Commands& commands, Store& store, FieldValues fields, const QString& id)
{
    commands::FollowUpDraft d;
    d.accountId = takeText(fields, "account_id");
    d.type = takeText(fields, "type");
    d.summary = takeText(fields, "summary");
    d.outcome = takeText(fields, "outcome");
    d.nextAction = takeText(fields, "next_action");
    d.authorId = takeText(fields, "author_id");
    if (d.authorId.isEmpty())
        d.authorId = store.author();
    const QString due = takeText(fields, "next_due");
    if (!due.isEmpty()) {
        d.due = QDate::fromString(due, Qt::ISODate);
        if (!d.due.isValid())
            return Result<QString>::fail(
                QStringLiteral("%1: %2").arg(
                    model::fieldLabel(u"followup", u"next_due"),
                    CliText::tr("\"%1\" is not a date such as 2026-01-05.").arg(due)),
                QStringLiteral("next_due"));
    }
    d.extra = std::move(fields); // at, contact_ids, opportunity_id: checked by the store as given
    auto logged = commands.logFollowUp(d, id);
    if (!logged)
        return logged.error();
    return logged->followUpId;
}

// A task from the command line is open and made by hand unless said otherwise.
Result<QString> addTask(commands::Commands& commands, FieldValues fields, const QString& id)
{
    bool plain = true;
    for (const auto& [field, value] : fields)
        if (field != QLatin1String("title") && field != QLatin1String("account_id") &&
            field != QLatin1String("due") && field != QLatin1String("assignee_id"))
            plain = false;
    if (!plain) // status, source or followup_id given: the caller knows what it wants
        return commands.createRecord(QStringLiteral("task"), fields, id);
    commands::TaskDraft d;
    d.accountId = takeText(fields, "account_id");
    d.title = takeText(fields, "title");
    const QString due = takeText(fields, "due");
    d.due = QDate::fromString(due, Qt::ISODate);
    if (!due.isEmpty() && !d.due.isValid())
        return Result<QString>::fail(
            QStringLiteral("%1: %2").arg(model::fieldLabel(u"task", u"due"),
                                         CliText::tr("\"%1\" is not a date such as 2026-01-05.").arg(due)),
            QStringLiteral("due"));
    d.assigneeId = takeText(fields, "assignee_id");
    return commands.addTask(d, id);
}

// Generic "<entity> add": leading positionals map to `leading` fields, the rest are FIELD=VALUE.
int addRecord(Context& ctx, const Args& args, const QString& entity, const QStringList& leading,
              const QString& command)
{
    const model::EntityDef* def = model::entity(entity);
    if (args.positional.size() < leading.size())
        return ctx.usage(CliText::tr("missing arguments."), command);
    FieldValues fields;
    for (int i = 0; i < leading.size(); ++i) {
        const model::FieldDef* f = def->field(leading[i]);
        QString why;
        fields.emplace_back(leading[i], model::valueFromText(*f, args.positional[i], &why));
        if (!why.isEmpty())
            return ctx.fail(QStringLiteral("%1: %2").arg(model::fieldLabel(entity, leading[i]), why));
    }
    QString error;
    if (!parseFields(ctx, *def, args.positional.mid(leading.size()), &fields, &error))
        return ctx.usage(error, command);
    SUMMIT_STORE(ctx);
    // --id lets scripts and imports choose the id (so re-running them is idempotent).
    const QString id = args.value(QStringLiteral("--id"), ids::newId());
    if (!ids::looksLikeId(id))
        return ctx.usage(CliText::tr("--id takes an id such as %1.").arg(ids::newId()), command);
    commands::Commands commands(*store);
    Result<QString> created = id;
    if (entity == QLatin1String("followup"))
        created = logFollowUp(commands, *store, fields, id);
    else if (entity == QLatin1String("task"))
        created = addTask(commands, fields, id);
    else if (entity == QLatin1String("member"))
        created = commands.addMember(fields, id); // active unless a status is given
    else
        created = commands.createRecord(entity, fields, id);
    if (!created)
        return ctx.fail(created.message());
    ctx.out << created.value() << "\n";
    return Ok;
}

int listRecordsCommand(Context& ctx, const Args& args, const QString& entity, const QStringList& columns)
{
    SUMMIT_STORE(ctx);
    ListFilter filter;
    filter.accountId = args.value(QStringLiteral("--account"));
    if (args.has(QStringLiteral("--where"))) {
        const QString w = args.value(QStringLiteral("--where"));
        const int eq = w.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return ctx.usage(CliText::tr("--where takes FIELD=VALUE."), entity);
        filter.equals.insert(w.left(eq), w.mid(eq + 1));
    }
    filter.orderBy = args.value(QStringLiteral("--sort"));
    filter.limit = args.value(QStringLiteral("--limit"), QStringLiteral("0")).toInt();
    auto rows = listRecords(store->reader(), entity, filter);
    if (!rows)
        return ctx.fail(rows.message());
    if (args.has(QStringLiteral("--json"))) {
        QJsonArray arr;
        for (const QVariantMap& row : rows.value())
            arr.append(jsonRecord(entity, row));
        printJson(ctx, arr);
        return Ok;
    }
    for (const QVariantMap& row : rows.value()) {
        QStringList cells = {row.value(QStringLiteral("id")).toString()};
        for (const QString& c : columns)
            cells << row.value(c).toString();
        ctx.out << cells.join(QLatin1Char('\t')) << "\n";
    }
    return Ok;
}

int showRecord(Context& ctx, const Args& args, const QString& command)
{
    if (args.positional.size() != 1)
        return ctx.usage(CliText::tr("expected one record id."), command);
    SUMMIT_STORE(ctx);
    auto row = store->find(args.positional[0]);
    if (!row)
        return ctx.fail(row.message());
    const QString entity = row.value().value(QStringLiteral("entity")).toString();
    QVariantMap map = row.value();
    map.remove(QStringLiteral("entity"));
    if (args.has(QStringLiteral("--json"))) {
        printJson(ctx, jsonRecord(entity, map));
        return Ok;
    }
    ctx.out << model::entityLabel(entity) << " " << map.value(QStringLiteral("id")).toString() << "\n";
    const model::EntityDef* def = model::entity(entity);
    for (const model::FieldDef& f : def->fields) {
        const QVariant v = map.value(f.name);
        if (v.isNull())
            continue;
        QString shown = v.toString();
        if (f.type == model::FieldType::Enum)
            shown = model::enumLabel(f.name, shown);
        ctx.out << "  " << model::fieldLabel(entity, f.name) << ": " << shown << "\n";
    }
    if (model::customizableEntities().contains(entity))
        for (const custom::Definition& d : custom::definitions(store->reader(), entity))
            if (const QVariant v = map.value(d.key); !v.isNull())
                ctx.out << "  " << d.field().label << ": " << v.toString() << "\n";
    if (map.value(QStringLiteral("deleted")).toInt())
        ctx.out << "  " << CliText::tr("(in the trash)") << "\n";
    return Ok;
}

int setField(Context& ctx, const Args& args, const QString& expectedEntity, const QString& command)
{
    if (args.positional.size() != 3)
        return ctx.usage(CliText::tr("expected ID FIELD VALUE."), command);
    SUMMIT_STORE(ctx);
    const QString id = args.positional[0];
    const QString entity = store->entityOf(id);
    if (entity.isEmpty() || (!expectedEntity.isEmpty() && entity != expectedEntity))
        return ctx.fail(CliText::tr("No %1 with id %2.").arg(model::entityLabel(expectedEntity), id));
    const model::EntityDef* def = model::entity(entity);
    FieldValues fields;
    QString error;
    if (!parseFields(ctx, *def, {args.positional[1] + QLatin1Char('=') + args.positional[2]}, &fields,
                     &error))
        return ctx.fail(error);
    if (Status s = commands::Commands(*store).editRecord(id, fields); !s)
        return ctx.fail(s.message());
    return Ok;
}

QString timeText(quint64 hlc)
{
    return QDateTime::fromMSecsSinceEpoch(HybridClock::millis(hlc), QTimeZone::utc()).toString(Qt::ISODate);
}

std::vector<Command> buildCommands()
{
    std::vector<Command> c;
    const QStringList listOptions = {QStringLiteral("--account"), QStringLiteral("--where"),
                                     QStringLiteral("--sort"), QStringLiteral("--limit")};

    c.push_back({QStringLiteral("init"),
                 CliText::tr("init"),
                 CliText::tr("Creates an empty database (or upgrades an existing one)."),
                 {},
                 [](Context& ctx, const Args&) {
                     SUMMIT_STORE(ctx);
                     ctx.out << CliText::tr("Database %1 is ready (replica %2).")
                                    .arg(store->path(), store->replicaId())
                             << "\n";
                     return int(Ok);
                 }});

    c.push_back(
        {QStringLiteral("check"),
         CliText::tr("check [--full]"),
         CliText::tr("Checks the database file for damage with SQLite's quick_check (--full: "
                     "integrity_check, slower). Writes nothing. Opening a file checks it when it is at "
                     "most %1 MB; this checks any size.")
             .arg(dbfile::kQuickCheckLimitBytes / (1024 * 1024)),
         {},
         [](Context& ctx, const Args& args) {
             const QString file = QDir::toNativeSeparators(QFileInfo(ctx.dbPath).absoluteFilePath());
             if (!QFileInfo(ctx.dbPath).isFile())
                 return ctx.fail(CliText::tr("%1 does not exist.").arg(file));
             auto found = dbfile::checkIntegrity(ctx.dbPath, args.has(QStringLiteral("--full")));
             if (!found)
                 return ctx.fail(found.message());
             if (!found.value().isEmpty())
                 return ctx.fail(CliText::tr("%1 is damaged: SQLite's check found \"%2\". Restore it "
                                             "from a backup.")
                                     .arg(file, found.value()));
             ctx.out << CliText::tr("%1: no damage found.").arg(file) << "\n";
             return int(Ok);
         },
         {QStringLiteral("--full")}});

    c.push_back(
        {QStringLiteral("demo"),
         CliText::tr("demo [--accounts N] [--seed S] [--today YYYY-MM-DD]"),
         CliText::tr(
             "Fills the database with deterministic, realistic demo data. --accounts 2000 builds the large "
             "benchmark set (about 20,000 org units, 100,000 contacts and 1,000,000 follow-ups)."),
         {QStringLiteral("--accounts"), QStringLiteral("--seed"), QStringLiteral("--today")},
         [](Context& ctx, const Args& args) {
             demo::Options o;
             bool ok = true;
             o.accounts = args.value(QStringLiteral("--accounts"), QStringLiteral("12")).toInt(&ok);
             if (!ok || o.accounts < 1)
                 return ctx.usage(CliText::tr("--accounts takes a positive number."), QStringLiteral("demo"));
             o.seed = args.value(QStringLiteral("--seed"), QStringLiteral("1")).toULongLong(&ok);
             if (!ok)
                 return ctx.usage(CliText::tr("--seed takes a number."), QStringLiteral("demo"));
             if (args.has(QStringLiteral("--today"))) {
                 o.today = QDate::fromString(args.value(QStringLiteral("--today")), Qt::ISODate);
                 if (!o.today.isValid())
                     return ctx.usage(CliText::tr("--today takes a date YYYY-MM-DD."),
                                      QStringLiteral("demo"));
             }
             SUMMIT_STORE(ctx);
             QElapsedTimer timer;
             timer.start();
             o.progress = [&](int done, int total) {
                 if (done % 100 == 0 || done == total)
                     ctx.err << CliText::tr("%1 of %2 accounts…").arg(done).arg(total) << Qt::endl;
             };
             auto r = demo::generate(*store, o);
             if (!r)
                 return ctx.fail(r.message());
             // Every later command writes as the demo's own member (Store::open reads it).
             if (Status saved = store->setLocalValue(QStringLiteral("author"), r.value().meId); !saved)
                 return ctx.fail(saved.message());
             ctx.out
                 << CliText::tr(
                        "%1 accounts, %2 org units, %3 contacts, %4 opportunities, %5 follow-ups, %6 tasks "
                        "in %7 s.")
                        .arg(r.value().accounts)
                        .arg(r.value().orgUnits)
                        .arg(r.value().contacts)
                        .arg(r.value().opportunities)
                        .arg(r.value().followups)
                        .arg(r.value().tasks)
                        .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
                 << "\n";
             return int(Ok);
         }});

    struct EntityCommand
    {
        const char* word;
        const char* entity;
        QStringList leading;
        QStringList columns;
    };
    const std::vector<EntityCommand> entityCommands = {
        {"member", "member", {QStringLiteral("name")}, {QStringLiteral("name"), QStringLiteral("role")}},
        {"account",
         "account",
         {QStringLiteral("name")},
         {QStringLiteral("name"), QStringLiteral("tier"), QStringLiteral("stage"), QStringLiteral("region")}},
        {"orgunit",
         "org_unit",
         {QStringLiteral("account_id"), QStringLiteral("name")},
         {QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("parent_id")}},
        {"contact",
         "contact",
         {QStringLiteral("account_id"), QStringLiteral("name")},
         {QStringLiteral("name"), QStringLiteral("title"), QStringLiteral("decision_role"),
          QStringLiteral("stance")}},
        {"opportunity",
         "opportunity",
         {QStringLiteral("account_id"), QStringLiteral("name")},
         {QStringLiteral("name"), QStringLiteral("stage"), QStringLiteral("amount"),
          QStringLiteral("status")}},
        {"followup",
         "followup",
         {QStringLiteral("account_id"), QStringLiteral("type"), QStringLiteral("summary")},
         {QStringLiteral("at"), QStringLiteral("type"), QStringLiteral("summary")}},
        {"task",
         "task",
         {QStringLiteral("title")},
         {QStringLiteral("due"), QStringLiteral("status"), QStringLiteral("title")}},
        {"contract",
         "contract",
         {QStringLiteral("account_id"), QStringLiteral("title")},
         {QStringLiteral("signed_on"), QStringLiteral("title"), QStringLiteral("amount"),
          QStringLiteral("status")}},
        // The account is the contract's.
        {"receivable",
         "receivable",
         {QStringLiteral("contract_id"), QStringLiteral("due_on"), QStringLiteral("amount_due")},
         {QStringLiteral("due_on"), QStringLiteral("amount_due"), QStringLiteral("amount_received")}},
        {"ticket",
         "service_request",
         {QStringLiteral("account_id"), QStringLiteral("title")},
         {QStringLiteral("opened_at"), QStringLiteral("severity"), QStringLiteral("title")}},
        {"survey",
         "satisfaction",
         {QStringLiteral("account_id"), QStringLiteral("surveyed_on")},
         {QStringLiteral("surveyed_on"), QStringLiteral("csat"), QStringLiteral("nps")}},
    };
    for (const EntityCommand& ec : entityCommands) {
        const QString word = QString::fromLatin1(ec.word);
        const QString entity = QString::fromLatin1(ec.entity);
        QStringList upper;
        for (const QString& l : ec.leading)
            upper << l.toUpper();
        const QString addName = word + QStringLiteral(" add");
        c.push_back(
            {addName,
             CliText::tr("%1 add %2 [FIELD=VALUE...] [--id ID]").arg(word, upper.join(QLatin1Char(' '))),
             CliText::tr("Adds a record and prints its id. Fields: %1.").arg([&] {
                 QStringList names;
                 for (const model::FieldDef& f : model::entity(entity)->fields)
                     names << f.name;
                 return names.join(QStringLiteral(", "));
             }()),
             {QStringLiteral("--id")},
             [=](Context& ctx, const Args& args) {
                 Args a = args;
                 // A follow-up happens and a service request opens now unless told otherwise.
                 const QString nowField = entity == QLatin1String("followup") ? QStringLiteral("at=")
                                          : entity == QLatin1String("service_request")
                                              ? QStringLiteral("opened_at=")
                                              : QString();
                 if (!nowField.isEmpty() &&
                     !std::any_of(a.positional.begin(), a.positional.end(),
                                  [&](const QString& p) { return p.startsWith(nowField); }))
                     a.positional << nowField + QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
                 if (entity == QLatin1String("receivable") && !a.positional.isEmpty()) {
                     SUMMIT_STORE(ctx);
                     auto contract = store->record(QStringLiteral("contract"), a.positional.first());
                     if (!contract)
                         return ctx.fail(contract.message());
                     a.positional << QStringLiteral("account_id=") +
                                         contract.value().value(QStringLiteral("account_id")).toString();
                 }
                 return addRecord(ctx, a, entity, ec.leading, addName);
             }});
        c.push_back(
            {word + QStringLiteral(" list"),
             CliText::tr("%1 list [--account ID] [--where FIELD=VALUE] [--sort FIELD] [--limit N] [--json]")
                 .arg(word),
             CliText::tr("Lists records that are not in the trash, one per line (id and key fields, "
                         "tab-separated) or "
                         "as JSON."),
             listOptions, [=](Context& ctx, const Args& args) {
                 return listRecordsCommand(ctx, args, entity, ec.columns);
             }});
        c.push_back({word + QStringLiteral(" show"),
                     CliText::tr("%1 show ID [--json]").arg(word),
                     CliText::tr("Shows one record."),
                     {},
                     [=](Context& ctx, const Args& args) {
                         return showRecord(ctx, args, word + QStringLiteral(" show"));
                     }});
        c.push_back({word + QStringLiteral(" set"),
                     CliText::tr("%1 set ID FIELD VALUE").arg(word),
                     CliText::tr("Changes one field; an empty VALUE clears it."),
                     {},
                     [=](Context& ctx, const Args& args) {
                         return setField(ctx, args, entity, word + QStringLiteral(" set"));
                     }});
    }

    c.push_back(
        {QStringLiteral("orgunit move"),
         CliText::tr("orgunit move ID PARENT-ID|--root"),
         CliText::tr(
             "Moves an org unit under another unit of the same account (or to the top). Cycles are refused."),
         {},
         [](Context& ctx, const Args& args) {
             const bool root = args.has(QStringLiteral("--root"));
             if (args.positional.size() != (root ? 1 : 2))
                 return ctx.usage(CliText::tr("expected ID PARENT-ID or ID --root."),
                                  QStringLiteral("orgunit move"));
             SUMMIT_STORE(ctx);
             const QString parent = root ? QString() : args.positional[1];
             if (Status s = commands::Commands(*store).moveOrgUnit(args.positional[0], parent); !s)
                 return ctx.fail(s.message());
             return int(Ok);
         },
         {QStringLiteral("--root")}});

    c.push_back(
        {QStringLiteral("link add"),
         CliText::tr("link add FROM-ID TO-ID [kind=influences] [strength=1..5] [note=TEXT]"),
         CliText::tr("Records that one contact influences another (also across org units and subsidiaries)."),
         {},
         [](Context& ctx, const Args& args) {
             if (args.positional.size() < 2)
                 return ctx.usage(CliText::tr("expected FROM-ID TO-ID."), QStringLiteral("link add"));
             SUMMIT_STORE(ctx);
             auto from = store->record(QStringLiteral("contact"), args.positional[0]);
             if (!from)
                 return ctx.fail(from.message());
             Args a = args;
             a.positional = QStringList{from.value().value(QStringLiteral("account_id")).toString(),
                                        args.positional[0], args.positional[1]} +
                            args.positional.mid(2);
             return addRecord(
                 ctx, a, QStringLiteral("influence_link"),
                 {QStringLiteral("account_id"), QStringLiteral("from_id"), QStringLiteral("to_id")},
                 QStringLiteral("link add"));
         }});

    c.push_back({QStringLiteral("task done"),
                 CliText::tr("task done ID"),
                 CliText::tr("Marks a task as done."),
                 {},
                 [](Context& ctx, const Args& args) {
                     if (args.positional.size() != 1)
                         return ctx.usage(CliText::tr("expected one task id."), QStringLiteral("task done"));
                     SUMMIT_STORE(ctx);
                     if (Status s = commands::Commands(*store).completeTask(args.positional[0],
                                                                            QDateTime::currentDateTimeUtc());
                         !s)
                         return ctx.fail(s.message());
                     return int(Ok);
                 }});
    c.push_back({QStringLiteral("task reopen"),
                 CliText::tr("task reopen ID"),
                 CliText::tr("Opens a done task again."),
                 {},
                 [](Context& ctx, const Args& args) {
                     if (args.positional.size() != 1)
                         return ctx.usage(CliText::tr("expected one task id."),
                                          QStringLiteral("task reopen"));
                     SUMMIT_STORE(ctx);
                     if (Status s = commands::Commands(*store).reopenTask(args.positional[0]); !s)
                         return ctx.fail(s.message());
                     return int(Ok);
                 }});

    c.push_back(
        {QStringLiteral("delete"),
         CliText::tr("delete ID [ID...]"),
         CliText::tr(
             "Moves records of any type to the trash as one change (it can be undone, and the records "
             "restored). What belongs to a deleted account is hidden with it; the sub-units and people "
             "of a deleted org unit, and the people who reported to a deleted person, move up to its "
             "parent. The team's last admin cannot be deleted."),
         {},
         [](Context& ctx, const Args& args) {
             if (args.positional.isEmpty())
                 return ctx.usage(CliText::tr("expected one or more record ids."), QStringLiteral("delete"));
             SUMMIT_STORE(ctx);
             QStringList ids = args.positional;
             ids.removeDuplicates();
             // Counted before: afterwards the deleted records and what hangs under them are gone from view.
             auto impact = query::deletionImpact(store->reader(), ids);
             if (!impact)
                 return ctx.fail(impact.message());
             if (Status s = commands::Commands(*store).deleteRecords(ids); !s)
                 return ctx.fail(s.message());
             query::DeletionImpact hidden = impact.value(), moved = impact.value();
             hidden.movedUnits = hidden.movedPeople = hidden.movedReports = 0;
             moved.orgUnits = moved.contacts = moved.opportunities = moved.followUps = moved.tasks = 0;
             if (!hidden.empty())
                 ctx.out << CliText::tr("Hidden until restored: %1")
                                .arg(hidden.describe().join(QStringLiteral(", ")))
                         << "\n";
             for (const QString& line : moved.describe())
                 ctx.out << line << "\n";
             return int(Ok);
         }});

    c.push_back({QStringLiteral("undo"),
                 CliText::tr("undo"),
                 CliText::tr("Undoes the last change made on this device."),
                 {},
                 [](Context& ctx, const Args&) {
                     SUMMIT_STORE(ctx);
                     const QString label = store->undoLabel();
                     if (Status s = store->undo(); !s)
                         return ctx.fail(s.message());
                     ctx.out << CliText::tr("Undone: %1").arg(label) << "\n";
                     return int(Ok);
                 }});
    c.push_back({QStringLiteral("redo"),
                 CliText::tr("redo"),
                 CliText::tr("Redoes the last undone change."),
                 {},
                 [](Context& ctx, const Args&) {
                     SUMMIT_STORE(ctx);
                     const QString label = store->redoLabel();
                     if (Status s = store->redo(); !s)
                         return ctx.fail(s.message());
                     ctx.out << CliText::tr("Redone: %1").arg(label) << "\n";
                     return int(Ok);
                 }});

    c.push_back(
        {QStringLiteral("search"),
         CliText::tr("search TEXT [--type ENTITY] [--account ID] [--limit N] [--json]"),
         CliText::tr(
             "Searches accounts, org units, contacts, opportunities and follow-ups: words, Chinese, pinyin "
             "and pinyin initials (华为, huawei, hw)."),
         {QStringLiteral("--type"), QStringLiteral("--account"), QStringLiteral("--limit")},
         [](Context& ctx, const Args& args) {
             if (args.positional.isEmpty())
                 return ctx.usage(CliText::tr("expected the text to search for."), QStringLiteral("search"));
             SUMMIT_STORE(ctx);
             SearchOptions o;
             o.entity = args.value(QStringLiteral("--type"));
             o.accountId = args.value(QStringLiteral("--account"));
             o.limit = args.value(QStringLiteral("--limit"), QStringLiteral("20")).toInt();
             auto hits = searchRecords(store->reader(), args.positional.join(QLatin1Char(' ')), o);
             if (!hits)
                 return ctx.fail(hits.message());
             if (args.has(QStringLiteral("--json"))) {
                 QJsonArray arr;
                 for (const SearchHit& h : hits.value())
                     arr.append(QJsonObject{{QStringLiteral("entity"), h.entity},
                                            {QStringLiteral("id"), h.id},
                                            {QStringLiteral("account_id"), h.accountId},
                                            {QStringLiteral("title"), h.title},
                                            {QStringLiteral("snippet"), h.snippet}});
                 printJson(ctx, arr);
                 return int(Ok);
             }
             for (const SearchHit& h : hits.value())
                 ctx.out << h.entity << '\t' << h.id << '\t' << h.title << '\t' << h.snippet << "\n";
             return int(Ok);
         }});

    c.push_back(
        {QStringLiteral("history"),
         CliText::tr("history ID [--json]"),
         CliText::tr("Shows who changed which field of a record when, old value → new value, newest first."),
         {},
         [](Context& ctx, const Args& args) {
             if (args.positional.size() != 1)
                 return ctx.usage(CliText::tr("expected one record id."), QStringLiteral("history"));
             SUMMIT_STORE(ctx);
             const QString id = args.positional[0];
             const QString entity = store->entityOf(id);
             if (entity.isEmpty())
                 return ctx.fail(CliText::tr("No record with id %1.").arg(id));
             auto h = recordHistory(*store, id);
             if (!h)
                 return ctx.fail(h.message());
             if (args.has(QStringLiteral("--json"))) {
                 QJsonArray arr;
                 for (const HistoryEntry& e : h.value())
                     arr.append(QJsonObject{{QStringLiteral("time"), timeText(e.hlc)},
                                            {QStringLiteral("author"), e.author},
                                            {QStringLiteral("author_name"), e.authorName},
                                            {QStringLiteral("replica"), e.replica},
                                            {QStringLiteral("kind"), e.kind},
                                            {QStringLiteral("field"), e.field},
                                            {QStringLiteral("old"), QJsonValue::fromVariant(e.oldValue)},
                                            {QStringLiteral("new"), QJsonValue::fromVariant(e.newValue)}});
                 printJson(ctx, arr);
                 return int(Ok);
             }
             for (const HistoryEntry& e : h.value())
                 ctx.out << timeText(e.hlc) << '\t' << (e.authorName.isEmpty() ? e.replica : e.authorName)
                         << '\t' << model::fieldLabel(entity, e.field) << '\t' << e.oldValue.toString()
                         << QStringLiteral(" → ") << e.newValue.toString() << "\n";
             return int(Ok);
         }});

    c.push_back({QStringLiteral("stats"),
                 CliText::tr("stats [--json]"),
                 CliText::tr("Counts records by type and operations in the log."),
                 {},
                 [](Context& ctx, const Args& args) {
                     SUMMIT_STORE(ctx);
                     auto s = storeStats(store->reader());
                     if (!s)
                         return ctx.fail(s.message());
                     if (args.has(QStringLiteral("--json"))) {
                         printJson(ctx, QJsonObject::fromVariantMap(s.value()));
                         return int(Ok);
                     }
                     for (auto it = s.value().begin(); it != s.value().end(); ++it)
                         ctx.out << it.key() << '\t' << it.value().toString() << "\n";
                     return int(Ok);
                 }});

    c.push_back(
        {QStringLiteral("export"),
         CliText::tr("export --format json|xlsx|csv --out FILE [--type TYPE] [--account ID] [--where "
                     "FIELD=VALUE]… [--encoding utf-8|gb18030] [--json]"),
         CliText::tr(
             "--format json writes the canonical JSON export: records sorted by type and id, keys sorted, no "
             "device-local data. Two databases in the same state give byte-identical files.\n"
             "--format xlsx without --type writes a workbook with a sheet per record type (accounts, org "
             "units, contacts, opportunities, follow-ups, tasks); each row has the record's ID and the IDs "
             "of the records it refers to beside their names. --type TYPE writes one type (XLSX or CSV; "
             "CSV needs a type). --account ID keeps one account's records. --where FIELD=VALUE (repeatable, "
             "all must match) keeps the rows whose field has that value: a field of the type (a choice by "
             "its key or label), or owner=MEMBER_ID; without --type it picks accounts, and every sheet "
             "holds their records. CSV is UTF-8 with a byte-order mark, or --encoding gb18030. Text is "
             "never written as a formula; in CSV a cell that starts with = + - @ gets a ' in front."),
         {QStringLiteral("--format"), QStringLiteral("--out"), QStringLiteral("--type"),
          QStringLiteral("--account"), QStringLiteral("--where"), QStringLiteral("--encoding")},
         [](Context& ctx, const Args& args) {
             const QString format = args.value(QStringLiteral("--format"), QStringLiteral("json"));
             if (format != QLatin1String("json"))
                 return exportSpreadsheet(ctx, args);
             for (const char* option : {"--type", "--account", "--where", "--encoding"})
                 if (args.has(QString::fromLatin1(option)))
                     return ctx.usage(
                         CliText::tr("%1 goes with --format xlsx or csv.").arg(QLatin1String(option)),
                         QStringLiteral("export"));
             if (!args.has(QStringLiteral("--out")))
                 return ctx.usage(CliText::tr("--out FILE is required."), QStringLiteral("export"));
             SUMMIT_STORE(ctx);
             const QString path = args.value(QStringLiteral("--out"));
             QSaveFile file(path); // all or nothing: a failed export leaves no half file
             if (!file.open(QIODevice::WriteOnly))
                 return ctx.fail(CliText::tr("Cannot write %1: %2").arg(path, file.errorString()));
             if (Status s = writeCanonicalJson(store->reader(), file); !s)
                 return ctx.fail(QStringLiteral("%1: %2").arg(path, s.message()));
             if (!file.commit())
                 return ctx.fail(CliText::tr("Cannot write %1: %2").arg(path, file.errorString()));
             return int(Ok);
         }});
    addTeamCommands(c); // also replaces the generic "member list" above
    addSyncCommands(c);
    addOrgChartCommand(c);
    addReportCommands(c);
    addImportCommand(c);
    addBackupCommands(c);
    addExportTableCommand(c);
    addDashboardCommand(c);
    addCommerceCommand(c);
    addTierCommands(c);
    addKpiCommand(c);
    addRuleCommands(c);
    addPlaybookCommands(c);
    return c;
}

} // namespace

const std::vector<Command>& commands()
{
    static const std::vector<Command> all = buildCommands();
    return all;
}

} // namespace summit::cli
