#pragma once
// A record list as a spreadsheet: the live accounts, org units, contacts,
// follow-ups or opportunities (of every live account, or of one) written as
// an XLSX workbook or a CSV file (TableWriter.h), one row per record, custom
// fields included.
//
// The sheet is made to be imported again (core/import): its headers are the
// import's own target labels (import::exportedTargets), choices are written
// as their labels, members by name, and references the way the import reads
// them back — an account by name, an org unit by name (its path from the top
// when the account has two of that name), a person by name, a deal's buying
// center as "name (role)". Rows come in the order an import needs: units
// after their parent.

#include "Result.h"

#include <QString>

namespace summit {
class Database;
}

namespace summit::exports {

class TableWriter;

// The sheet's name: the record type in the user's language ("Contacts").
QString tableSheetName(const QString& type);

// Writes the rows of `type` (an import type: accounts, orgunits, contacts,
// followups, opportunities) into `out`, without finishing it; `accountId`
// empty for every account. Returns the number of records written.
Result<int> writeTable(Database& db, const QString& type, const QString& accountId, TableWriter& out);

// The same into a file at `path`, XLSX or CSV by its name; nothing is there
// unless the whole table was written.
Result<int> exportTable(Database& db, const QString& type, const QString& path,
                        const QString& accountId = {});

} // namespace summit::exports
