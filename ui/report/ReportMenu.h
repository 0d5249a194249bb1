#pragma once
// The report packs from the desktop: a tool button whose menu saves a pack as
// PDF (through prompts::savePdfFile) or as an Excel workbook (prompts::saveXlsxFile,
// exports/ReportXlsx), prints it or shows the print preview (QPrintPreviewDialog). The pages are the same
// code as summit-cli report's (ui/render/ReportExport): a QPrinter set to 72 dpi is painted like the
// QPdfWriter. The data is gathered when an action is chosen, so the pack shows
// the database as it is then.

#include "Result.h"

#include <QString>
#include <functional>

class QPagedPaintDevice;
class QPrinter;
class QToolButton;
class QWidget;

namespace summit::ui {

struct ReportSource
{
    QString saveTitle;                      // the PDF action's text, "Account plan (PDF)…"
    std::function<QString()> suggestedName; // file name proposed in the save dialog
    std::function<Status(const QString& path)> writePdf;
    QString xlsxTitle; // "Account plan (Excel)…"; empty: no workbook
    std::function<Status(const QString& path)> writeXlsx;
    std::function<Status(QPagedPaintDevice& device)> paint;
};

// Shows the print preview of `paint` on `printer`; replaceable so that tests
// run without a modal dialog.
extern std::function<void(QWidget* parent, QPrinter& printer, const std::function<void(QPrinter*)>& paint)>
    showPrintPreview;

// A "Report" tool button with the menu: save as PDF…, as Excel…, Print…, Print preview….
// Failures are said in a message box naming the file and why.
QToolButton* makeReportButton(const QString& text, ReportSource source, QWidget* parent);

// The actions behind the menu, for tests and for other menus.
void saveReportPdf(const ReportSource& source, QWidget* parent);
void saveReportXlsx(const ReportSource& source, QWidget* parent);
void previewReport(const ReportSource& source, QWidget* parent);

} // namespace summit::ui
