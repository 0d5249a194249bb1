#pragma once
// A record list as a spreadsheet: the live accounts, org units, contacts,
// follow-ups, opportunities or tasks (of every live account, or of one) written as
// an XLSX workbook or a CSV file (TableWriter.h), one row per record, custom
// fields included.
//
// The sheet is made to be imported again (core/import): its headers are the
// import's own target labels (import::exportedTargets), choices are written
// as their labels, members by name, and references the way the import reads
// them back — an account by name, an org unit by name (its path from the top
// when the account has two of that name), a person by name, a deal's buying
// center as "name (role)". Rows come in the order an import needs: units
// after their parent. (Tasks are not imported; their sheet follows the same rules.)
//
// With ids on, each row also carries the record's id (an "ID" column first)
// and the ids of the records it refers to ("Account ID" beside "Account", …);
// the import leaves those columns out, so the sheet still imports.

#include "Result.h"
#include "export/TableWriter.h"

#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <functional>

namespace summit {
class Database;
}

namespace summit::exports {

// The types a workbook holds, in its order: accounts, orgunits, contacts,
// opportunities, followups, tasks.
const QStringList& exportTypes();
// Every type a table export writes: exportTypes(), then the commercial records
// (contracts, receivables, service_requests, surveys), which a list exports
// but the import does not read; their references are written by name (a
// contract by its title), with ids beside them when ids are on.
const QStringList& tableTypes();
// The record type a table type holds ("contracts" -> "contract"); empty when none.
QString entityOfTableType(const QString& type);

// A few conditions on the rows: field -> stored value, all must match.
// `records` applies to the type's own rows, `accounts` to the account a row
// belongs to (a workbook's --where picks accounts, and each sheet holds
// their records).
struct TableWhere
{
    QVariantMap records;
    QVariantMap accounts;
};
// "FIELD=VALUE" terms for `type` (empty: a workbook, whose terms are the
// account's). FIELD is a field of the record type (text, number, date, choice
// or reference; a choice by its key or its label), or "owner" for the member
// the records belong to (an account's AM, a deal's owner, a task's assignee, a
// follow-up's author). An unknown field or a bad term is an error naming it
// and the fields there are.
Result<TableWhere> parseTableWhere(const QString& type, const QStringList& terms);

// The ids of the records a list shows, in its order, a page per call; an
// empty page ends the list.
using IdPages = std::function<Result<QStringList>()>;

struct TableOptions
{
    QString accountId; // one account's records; empty: every live account
    TableWhere where;  // ignored when `pages` is set
    bool withIds = false;
    // Exactly these records in this order (a list as the user sees it)
    // instead of every record of the type.
    IdPages pages;
    // Called every few hundred rows with the rows written so far; false
    // cancels (the export then fails with a message saying so).
    std::function<bool(int written)> progress;
    CsvEncoding encoding = CsvEncoding::Utf8;
};

// The sheet's name: the record type in the user's language ("Contacts").
QString tableSheetName(const QString& type);

// Writes the rows of `type` (an import type: accounts, orgunits, contacts,
// followups, opportunities) into `out`, without finishing it; `accountId`
// empty for every account. Returns the number of records written.
Result<int> writeTable(Database& db, const QString& type, const QString& accountId, TableWriter& out);
Result<int> writeTable(Database& db, const QString& type, const TableOptions& options, TableWriter& out);

// The same into a file at `path`, XLSX or CSV by its name; nothing is there
// unless the whole table was written.
Result<int> exportTable(Database& db, const QString& type, const QString& path,
                        const QString& accountId = {});
Result<int> exportTable(Database& db, const QString& type, const QString& path, const TableOptions& options);

// Every type (exportTypes) as one XLSX workbook at `path`, a sheet each, with
// ids: the records of every live account, or of `options.accountId`, or of
// the accounts `options.where.accounts` picks. Returns the rows written.
Result<int> exportWorkbook(Database& db, const QString& path, const TableOptions& options);

} // namespace summit::exports
