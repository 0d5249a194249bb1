#pragma once
// Ctrl+C in the list views: the selected rows as tab-separated text, a header
// line first, the columns as the header shows them (moved, hidden). Every cell
// goes through exports::tsvField, so a name such as =HYPERLINK(…) pasted into
// a spreadsheet stays text (the same rule as a CSV export).

#include <QString>

class QTableView;

namespace summit::ui {

QString selectedRowsAsText(const QTableView& table);

} // namespace summit::ui
