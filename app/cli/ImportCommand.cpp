// summit-cli import: a spreadsheet or CSV file into accounts (with their org
// trees), org units, contacts, follow-ups or opportunities. The same plan the
// desktop wizard previews: every row created, updated, skipped or refused,
// every problem with row, column and reason; then one change (one undo).

#include "Cli.h"

#include "import/Import.h"
#include "import/LoadTable.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace summit::cli {

namespace {

struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QString actionName(import::RowAction a)
{
    switch (a) {
    case import::RowAction::Create:
        return QStringLiteral("create");
    case import::RowAction::Update:
        return QStringLiteral("update");
    case import::RowAction::Skip:
        return QStringLiteral("skip");
    case import::RowAction::Error:
        return QStringLiteral("error");
    }
    return {};
}

int importFile(Context& ctx, const Args& args)
{
    const QString command = QStringLiteral("import");
    if (args.positional.size() != 1)
        return ctx.usage(CliText::tr("expected one FILE."), command);
    const QString type = args.value(QStringLiteral("--type"));
    if (!import::importTypes().contains(type))
        return ctx.usage(
            CliText::tr("--type must be one of: %1.").arg(import::importTypes().join(QStringLiteral(", "))),
            command);
    import::Options options;
    const QString onDuplicate = args.value(QStringLiteral("--on-duplicate"), QStringLiteral("skip"));
    if (onDuplicate == QLatin1String("fill"))
        options.onDuplicate = import::OnDuplicate::Fill;
    else if (onDuplicate == QLatin1String("overwrite"))
        options.onDuplicate = import::OnDuplicate::Overwrite;
    else if (onDuplicate != QLatin1String("skip"))
        return ctx.usage(CliText::tr("--on-duplicate must be skip, fill or overwrite."), command);
    options.refuseAllOnError = args.has(QStringLiteral("--all-or-nothing"));

    import::LoadOptions load;
    load.sheet = args.value(QStringLiteral("--sheet"));
    load.read.encoding = args.value(QStringLiteral("--encoding")).toLower();
    const QString delimiter = args.value(QStringLiteral("--delimiter"));
    if (delimiter == QLatin1String("tab") || delimiter == QLatin1String("\\t"))
        load.read.delimiter = QLatin1Char('\t');
    else if (delimiter.size() == 1)
        load.read.delimiter = delimiter.front();
    else if (!delimiter.isEmpty())
        return ctx.usage(CliText::tr("--delimiter is one character, or \"tab\"."), command);

    Store* store = ctx.store();
    if (!store)
        return ctx.fail(ctx.openError().message());
    auto loaded = import::loadTable(args.positional[0], load);
    if (!loaded)
        return ctx.fail(loaded.message());
    import::Table& table = loaded.value().table;

    import::Mapping mapping;
    if (args.has(QStringLiteral("--mapping"))) {
        QFile file(args.value(QStringLiteral("--mapping")));
        if (!file.open(QIODevice::ReadOnly))
            return ctx.fail(CliText::tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
        if (!doc.isObject())
            return ctx.fail(
                CliText::tr("%1 is not a mapping (JSON): %2").arg(file.fileName(), error.errorString()));
        auto m = import::Mapping::fromJson(doc.object(), table.headers);
        if (!m)
            return ctx.fail(m.message());
        mapping = m.value();
        if (mapping.type != type)
            return ctx.fail(CliText::tr("%1 maps %2, not %3.").arg(file.fileName(), mapping.type, type));
    } else {
        mapping = import::autoMap(store->reader(), type, table.headers);
    }
    if (args.has(QStringLiteral("--save-mapping"))) {
        QFile file(args.value(QStringLiteral("--save-mapping")));
        if (!file.open(QIODevice::WriteOnly) ||
            file.write(QJsonDocument(mapping.toJson(table.headers)).toJson()) < 0)
            return ctx.fail(CliText::tr("Cannot write %1: %2").arg(file.fileName(), file.errorString()));
    }

    // Related sheets of the same file, each planned after the ones before it.
    struct Sheet
    {
        import::Table table;
        import::Mapping mapping;
        QString sheet;
        QStringList notes;
        int rows = 0;
    };
    std::vector<Sheet> sheets;
    sheets.push_back({std::move(table), mapping, loaded.value().sheet, loaded.value().notes, 0});
    for (const QString& extra : args.values(QStringLiteral("--with-sheet"))) {
        const qsizetype eq = extra.lastIndexOf(QLatin1Char('='));
        const QString name = eq > 0 ? extra.left(eq) : QString();
        const QString extraType = eq > 0 ? extra.mid(eq + 1) : QString();
        if (name.isEmpty() || !import::importTypes().contains(extraType))
            return ctx.usage(CliText::tr("--with-sheet takes SHEET=TYPE, TYPE one of: %1.")
                                 .arg(import::importTypes().join(QStringLiteral(", "))),
                             command);
        import::LoadOptions more = load;
        more.sheet = name;
        auto other = import::loadTable(args.positional[0], more);
        if (!other)
            return ctx.fail(other.message());
        import::Mapping m = import::autoMap(store->reader(), extraType, other.value().table.headers);
        sheets.push_back({std::move(other.value().table), m, other.value().sheet, other.value().notes, 0});
    }

    std::vector<import::Plan> plans;
    for (Sheet& sheet : sheets) {
        auto planned = import::planAfter(*store, plans, sheet.table, sheet.mapping, options);
        if (!planned)
            return ctx.fail(planned.message());
        plans.push_back(std::move(planned).value());
    }
    const bool dryRun = args.has(QStringLiteral("--dry-run"));
    if (args.has(QStringLiteral("--errors"))) {
        // One errors file: the first sheet with errors (the others are named in the report).
        for (size_t i = 0; i < sheets.size(); ++i)
            if (plans[i].failed > 0) {
                if (Status s = import::writeErrors(args.value(QStringLiteral("--errors")), sheets[i].table,
                                                   plans[i]);
                    !s)
                    return ctx.fail(s.message());
                break;
            }
    }
    // The rows are in the plans now: their cells go before the change is applied.
    for (Sheet& sheet : sheets) {
        sheet.rows = int(sheet.table.rows.size());
        std::vector<import::SourceRow>().swap(sheet.table.rows);
    }
    const QString fileName = QFileInfo(args.positional[0]).fileName();
    QStringList types;
    for (const import::Plan& p : plans)
        types << p.type;
    Status committed;
    if (!dryRun) {
        if (plans.size() == 1) {
            plans[0].change.label = CliText::tr("Import %1 from %2").arg(type, fileName);
            committed = import::commit(*store, plans[0]);
        } else {
            committed = import::commitTogether(
                *store, plans,
                CliText::tr("Import %1 from %2").arg(types.join(QStringLiteral(", ")), fileName));
        }
    }
    const bool refused =
        std::any_of(plans.begin(), plans.end(), [](const import::Plan& p) { return p.refused; });

    auto jsonOf = [&](const Sheet& sheet, const import::Plan& plan) {
        QJsonArray rows, problems, columns;
        for (const import::RowPlan& r : plan.rows)
            rows.append(QJsonObject{{QStringLiteral("row"), r.line},
                                    {QStringLiteral("action"), actionName(r.action)},
                                    {QStringLiteral("type"), r.entity},
                                    {QStringLiteral("id"), r.id},
                                    {QStringLiteral("title"), r.title},
                                    {QStringLiteral("note"), r.note}});
        for (const import::Problem& p : plan.problems)
            problems.append(QJsonObject{{QStringLiteral("row"), p.line},
                                        {QStringLiteral("column"), p.column},
                                        {QStringLiteral("header"), p.header},
                                        {QStringLiteral("message"), p.message}});
        for (int c = 0; c < sheet.table.headers.size(); ++c)
            columns.append(QJsonObject{{QStringLiteral("header"), sheet.table.headers[c]},
                                       {QStringLiteral("field"), sheet.mapping.columns.value(c)}});
        return QJsonObject{{QStringLiteral("file"), args.positional[0]},
                           {QStringLiteral("sheet"), sheet.sheet},
                           {QStringLiteral("type"), plan.type},
                           {QStringLiteral("dry_run"), dryRun},
                           {QStringLiteral("imported"), !dryRun && committed.isOk() && !refused},
                           {QStringLiteral("created"), plan.created},
                           {QStringLiteral("updated"), plan.updated},
                           {QStringLiteral("skipped"), plan.skipped},
                           {QStringLiteral("errors"), plan.failed},
                           {QStringLiteral("implied"), plan.extraCreated},
                           {QStringLiteral("columns"), columns},
                           {QStringLiteral("rows"), rows},
                           {QStringLiteral("problems"), problems},
                           {QStringLiteral("notes"), QJsonArray::fromStringList(sheet.notes)}};
    };

    if (args.has(QStringLiteral("--json"))) {
        QJsonObject out = jsonOf(sheets[0], plans[0]);
        if (sheets.size() > 1) {
            QJsonArray more;
            for (size_t i = 1; i < sheets.size(); ++i)
                more.append(jsonOf(sheets[i], plans[i]));
            out.insert(QStringLiteral("with_sheets"), more);
        }
        ctx.out << QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented));
    } else {
        for (size_t i = 0; i < sheets.size(); ++i) {
            const Sheet& sheet = sheets[i];
            const import::Plan& plan = plans[i];
            ctx.out << CliText::tr("%1: %n rows", nullptr, sheet.rows).arg(sheet.table.name) << "\n";
            QStringList unmapped;
            for (int c = 0; c < sheet.table.headers.size(); ++c)
                if (sheet.mapping.columns.value(c).isEmpty() && !sheet.table.headers[c].isEmpty())
                    unmapped << sheet.table.headers[c];
            if (!unmapped.isEmpty())
                ctx.out << CliText::tr("Not imported (no matching field): %1")
                               .arg(unmapped.join(QStringLiteral(", ")))
                        << "\n";
            for (const QString& note : sheet.notes)
                ctx.out << note << "\n";
            for (const import::Problem& p : plan.problems)
                ctx.out << (p.header.isEmpty()
                                ? CliText::tr("row %1: %2").arg(p.line).arg(p.message)
                                : CliText::tr("row %1, %2: %3").arg(p.line).arg(p.header, p.message))
                        << "\n";
            ctx.out << (dryRun    ? CliText::tr("Dry run, nothing written: %1").arg(plan.summary())
                        : refused ? CliText::tr("Nothing imported: %1").arg(plan.summary())
                                  : CliText::tr("Imported: %1").arg(plan.summary(true)))
                    << "\n";
        }
    }
    ctx.out.flush();
    if (!committed)
        return ctx.fail(committed.message());
    return Ok;
}

} // namespace

void addImportCommand(std::vector<Command>& list)
{
    list.push_back(
        {QStringLiteral("import"),
         CliText::tr(
             "import FILE --type accounts|orgunits|contacts|followups|opportunities [--sheet NAME] "
             "[--mapping FILE.json] [--save-mapping FILE.json] [--encoding utf-8|gb18030|gbk|utf-16le|"
             "utf-16be] [--delimiter C|tab] [--on-duplicate skip|fill|overwrite] [--all-or-nothing] "
             "[--with-sheet SHEET=TYPE]... [--errors FILE.csv|FILE.xlsx] [--dry-run] [--json]"),
         CliText::tr(
             "Imports an XLSX or CSV file. Columns are matched to fields from their headers (Chinese or "
             "English) unless --mapping gives a saved template. Every row is checked first: rows with "
             "errors are left out (--all-or-nothing refuses the whole file instead) and can be written to "
             "--errors (CSV, or XLSX for a name ending in .xlsx) with the reason beside each; a record "
             "already there (same credit code or name, "
             "mobile or email) is skipped, filled where empty, or overwritten. On an accounts sheet a "
             "parent-company column puts subsidiaries into their group's org tree. The import is one "
             "change: one undo removes it. --with-sheet imports another sheet of the same workbook in the "
             "same "
             "change, planned after the sheets before it (an accounts sheet, then the contacts naming those "
             "accounts). --dry-run prints the same report and writes nothing."),
         {QStringLiteral("--type"), QStringLiteral("--sheet"), QStringLiteral("--mapping"),
          QStringLiteral("--save-mapping"), QStringLiteral("--encoding"), QStringLiteral("--delimiter"),
          QStringLiteral("--on-duplicate"), QStringLiteral("--errors"), QStringLiteral("--with-sheet")},
         importFile,
         {QStringLiteral("--dry-run"), QStringLiteral("--all-or-nothing")}});
}

} // namespace summit::cli
