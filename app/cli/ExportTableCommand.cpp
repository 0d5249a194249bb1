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
    if (!exports::tableTypes().contains(type))
        return ctx.usage(
            CliText::tr("--type must be one of: %1.").arg(exports::tableTypes().join(QStringLiteral(", "))),
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

int exportSpreadsheet(Context& ctx, const Args& args)
{
    const QString command = QStringLiteral("export");
    if (!args.positional.isEmpty())
        return ctx.usage(CliText::tr("unexpected argument \"%1\".").arg(args.positional.first()), command);
    const QString format = args.value(QStringLiteral("--format"));
    if (format != QLatin1String("xlsx") && format != QLatin1String("csv"))
        return ctx.usage(CliText::tr("--format must be json, xlsx or csv, not \"%1\".").arg(format), command);
    const bool csv = format == QLatin1String("csv");
    const QString path = args.value(QStringLiteral("--out"));
    if (path.isEmpty())
        return ctx.usage(CliText::tr("--out FILE is required."), command);
    if (!path.endsWith(QLatin1Char('.') + format, Qt::CaseInsensitive))
        return ctx.usage(CliText::tr("--out FILE must end in .%1 for --format %1.").arg(format), command);
    const QString type = args.value(QStringLiteral("--type"));
    if (type.isEmpty() && csv)
        return ctx.usage(CliText::tr("a CSV file holds one record type: pick one with --type (%1), or write "
                                     "the whole workbook with --format xlsx.")
                             .arg(exports::tableTypes().join(QStringLiteral(", "))),
                         command);
    if (!type.isEmpty() && !exports::tableTypes().contains(type))
        return ctx.usage(CliText::tr("--type must be one of: %1, not \"%2\".")
                             .arg(exports::tableTypes().join(QStringLiteral(", ")), type),
                         command);
    exports::TableOptions options;
    options.withIds = true;
    options.accountId = args.value(QStringLiteral("--account"));
    if (args.has(QStringLiteral("--encoding"))) {
        if (!csv)
            return ctx.usage(
                CliText::tr("--encoding is for --format csv; an XLSX workbook is always Unicode."), command);
        const auto encoding = exports::csvEncodingNamed(args.value(QStringLiteral("--encoding")));
        if (!encoding)
            return ctx.usage(CliText::tr("--encoding must be utf-8 or gb18030, not \"%1\".")
                                 .arg(args.value(QStringLiteral("--encoding"))),
                             command);
        options.encoding = *encoding;
    }
    auto where = exports::parseTableWhere(type, args.values(QStringLiteral("--where")));
    if (!where)
        return ctx.usage(where.message(), command);
    options.where = where.value();
    Store* store = ctx.store();
    if (!store)
        return ctx.fail(ctx.openError().message());
    auto rows = type.isEmpty() ? exports::exportWorkbook(store->reader(), path, options)
                               : exports::exportTable(store->reader(), type, path, options);
    if (!rows)
        return ctx.fail(rows.message());
    if (args.has(QStringLiteral("--json")))
        ctx.out << QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("file"), path},
                                      {QStringLiteral("type"), type.isEmpty() ? QStringLiteral("all") : type},
                                      {QStringLiteral("rows"), rows.value()}})
                .toJson(QJsonDocument::Indented));
    else
        ctx.out << CliText::tr("Wrote %n rows to %1", nullptr, rows.value()).arg(path) << "\n";
    return Ok;
}

void addExportTableCommand(std::vector<Command>& list)
{
    list.push_back(
        {QStringLiteral("export-table"),
         CliText::tr("export-table --type accounts|orgunits|contacts|followups|opportunities|tasks|contracts|"
                     "receivables|service_requests|surveys --out FILE.xlsx|FILE.csv "
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
             "records only. Tasks are written too, but not imported. (\"export --format xlsx\" writes every "
             "type "
             "in one workbook, with ids; \"export --format json\" the whole database as canonical JSON.)"),
         {QStringLiteral("--type"), QStringLiteral("--out"), QStringLiteral("--account")},
         exportTable});
}

} // namespace summit::cli
