#pragma once
// Export… (Ctrl+E) of the list views: the rows the list shows — its filter,
// in its order, all of them, not only those scrolled into view — written as
// an XLSX workbook or a CSV file (by the name the save dialog returns).
//
// Each row carries every field of its record with its id and the ids it
// refers to (exports::exportTable), not only the few columns on screen: the
// list shows what fits the screen, a spreadsheet is where people want the
// rest, and the sheet imports back.
//
// The export runs on a thread of its own with its own read-only connection
// (as DashboardLoader does), behind a progress dialog that can cancel; a
// cancelled or failed export leaves no file.

#include "Result.h"
#include "export/TableExport.h"

#include <QString>
#include <functional>

class QAction;
class QWidget;

namespace summit {
class Database;
}

namespace summit::ui {

class Workspace;

struct ListExportJob
{
    QString type;  // a table type (exports::tableTypes): accounts, contacts, tasks, contracts, …
    QString title; // the list's name, for the suggested file name ("Tasks")
    // The list's rows on the worker's connection, and how many there are (for the progress bar).
    std::function<exports::IdPages(Database&)> pages;
    std::function<Result<int>(Database&)> count;
};

// Writes the job's rows to `path` off the GUI thread, showing a cancellable
// progress dialog over `parent` when it takes longer than a moment; returns
// when it is done. The rows written, or why not (cancelled: a message saying so).
Result<int> exportList(QWidget* parent, const QString& databasePath, const ListExportJob& job,
                       const QString& path, exports::CsvEncoding encoding = exports::CsvEncoding::Utf8);

// Asks for the file (prompts::exportListFile) and exports, saying the outcome
// in the status bar (Workspace::message) or, for a failure, in a message box.
void exportListInteractively(QWidget* parent, Workspace& workspace, const ListExportJob& job);

// The "Export…" action (Ctrl+E while the list has the focus) for a list view
// `view`; `job` says what the list shows at the moment it is triggered.
QAction* makeExportAction(QWidget* view, Workspace& workspace, std::function<ListExportJob()> job);

} // namespace summit::ui
