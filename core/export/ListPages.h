#pragma once
// A list as the user sees it, for a table export (TableOptions::pages): the
// ids of its rows under its filter and in its order, a page at a time, read
// by the same queries the list views use, so the export holds exactly the
// rows of the list, not just the ones scrolled into view.

#include "export/TableExport.h"
#include "query/AccountList.h"
#include "query/RecordList.h"

namespace summit::exports {

// A record list's page sorts every row after its cursor (SQLite plans the keyed paging's OR
// as a multi-index OR and a temporary B-tree), so an export takes the rows in large pages.
inline constexpr int kListPageRows = 5000;

// The account list's rows. `db` must outlive the returned function.
IdPages accountListPages(Database& db, const query::AccountFilter& filter, query::AccountSort sort,
                         int pageRows = kListPageRows);
// A record list's rows (opportunities, tasks, follow-ups, …).
IdPages recordListPages(Database& db, const query::RecordListFilter& filter, int pageRows = kListPageRows);

// The export type of a record type ("task" -> "tasks"); empty when it has none.
QString exportTypeOfEntity(const QString& entity);

} // namespace summit::exports
