// summit-cli export-table: one kind of record as an XLSX workbook or a CSV
// file, written so that summit-cli import reads it back (core/export/TableExport.h).
// Apart from "export", which writes the canonical JSON dump of the whole database.

#include "Cli.h"

#include "export/TableExport.h"
#include "export/TableWriter.h"
#include "import/Import.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace summit::cli {

namespace {

struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

int exportTable(Context& ctx, const Args& args)
{
    const QString command = QStringLiteral("export-table");
    if (!args.positional.isEmpty())
        return ctx.usage(CliText::tr("unexpected argument \"%1\".").arg(args.positional.first()), command);
    const QString type = args.value(QStringLiteral("--type"));
    if (!import::importTypes().contains(type))
        return ctx.usage(
            CliText::tr("--type must be one of: %1.").arg(import::importTypes().join(QStringLiteral(", "))),
            command);
    const QString path = args.value(QStringLiteral("--out"));
    if (!path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive) &&
        !path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        return ctx.usage(CliText::tr("--out FILE must end in .xlsx or .csv."), command);
    Store* store = ctx.store();
    if (!store)
        return ctx.fail(ctx.openError().message());
    auto rows = exports::exportTable(store->reader(), type, path, args.value(QStringLiteral("--account")));
    if (!rows)
        return ctx.fail(rows.message());
    if (args.has(QStringLiteral("--json")))
        ctx.out << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("file"), path},
                                                               {QStringLiteral("type"), type},
                                                               {QStringLiteral("rows"), rows.value()}})
                                         .toJson(QJsonDocument::Indented));
    else
        ctx.out << CliText::tr("Wrote %n rows to %1", nullptr, rows.value()).arg(path) << "\n";
    return Ok;
}

} // namespace

void addExportTableCommand(std::vector<Command>& list)
{
    list.push_back(
        {QStringLiteral("export-table"),
         CliText::tr("export-table --type accounts|orgunits|contacts|followups|opportunities --out "
                     "FILE.xlsx|FILE.csv "
                     "[--account ID] [--json]"),
         CliText::tr(
             "Writes one kind of record as a spreadsheet: an XLSX workbook, or a CSV file (UTF-8 with a "
             "byte-order "
             "mark, which Excel opens), by the name given to --out. One row per record not in the trash, "
             "custom "
             "fields included, headers in the language of the program. Choices are written as their labels, "
             "members and people by name, org units by name (by their path when a name is not unique), so "
             "that "
             "\"summit-cli import FILE --type TYPE\" reads the file back, into this database or another; "
             "import "
             "accounts, orgunits, contacts, opportunities and then followups. --account ID writes one "
             "account's "
             "records only. (\"export\" writes the whole database as canonical JSON instead.)"),
         {QStringLiteral("--type"), QStringLiteral("--out"), QStringLiteral("--account")},
         exportTable});
}

} // namespace summit::cli
