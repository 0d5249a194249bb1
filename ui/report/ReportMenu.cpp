#include "ui/report/ReportMenu.h"
#include "ui/UiText.h"
#include "ui/common/PlainMessageBox.h"

#include "render/ReportExport.h"
#include "ui/shell/FilePrompts.h"

#include <QApplication>
#include <QMenu>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QToolButton>

namespace summit::ui {

std::function<void(QWidget*, QPrinter&, const std::function<void(QPrinter*)>&)> showPrintPreview =
    [](QWidget* parent, QPrinter& printer, const std::function<void(QPrinter*)>& paint) {
        QPrintPreviewDialog dialog(&printer, parent);
        QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, paint);
        dialog.exec();
    };

namespace {

// The packs are laid out in points on A4: the printer works at 72 dpi like the PDF writer.
void preparePrinter(QPrinter& printer)
{
    printer.setResolution(72);
    printer.setPageLayout(reportPageLayout());
}

void paintOn(const ReportSource& source, QPrinter* printer, QWidget* parent)
{
    printer->setResolution(72);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status s = source.paint(*printer);
    QApplication::restoreOverrideCursor();
    if (!s)
        showPlainMessage(parent, UiText::tr("Report"), s.message());
}

void printReport(const ReportSource& source, QWidget* parent)
{
    QPrinter printer;
    preparePrinter(printer);
    QPrintDialog dialog(&printer, parent);
    if (dialog.exec() == QDialog::Accepted)
        paintOn(source, &printer, parent);
}

// Writes the pack to `path` (none: cancelled), saying a failure in a message box.
void writeTo(const QString& path, const std::function<Status(const QString&)>& write, QWidget* parent)
{
    if (path.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status s = write(path);
    QApplication::restoreOverrideCursor();
    if (!s)
        showPlainMessage(parent, UiText::tr("Report"), s.message());
}

} // namespace

void saveReportPdf(const ReportSource& source, QWidget* parent)
{
    writeTo(prompts::savePdfFile(parent, source.saveTitle, source.suggestedName()), source.writePdf, parent);
}

void saveReportXlsx(const ReportSource& source, QWidget* parent)
{
    QString suggested = source.suggestedName();
    if (suggested.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        suggested = suggested.chopped(4) + QStringLiteral(".xlsx");
    writeTo(prompts::saveXlsxFile(parent, source.xlsxTitle, suggested), source.writeXlsx, parent);
}

void previewReport(const ReportSource& source, QWidget* parent)
{
    QPrinter printer;
    preparePrinter(printer);
    showPrintPreview(parent, printer, [source, parent](QPrinter* p) { paintOn(source, p, parent); });
}

QToolButton* makeReportButton(const QString& text, ReportSource source, QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setText(text);
    button->setPopupMode(QToolButton::InstantPopup);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* menu = new QMenu(button);
    QAction* save = menu->addAction(source.saveTitle);
    save->setObjectName(QStringLiteral("reportSavePdf"));
    if (source.writeXlsx) {
        QAction* workbook = menu->addAction(source.xlsxTitle);
        workbook->setObjectName(QStringLiteral("reportSaveXlsx"));
        QObject::connect(workbook, &QAction::triggered, button,
                         [source, button] { saveReportXlsx(source, button->window()); });
    }
    QAction* print = menu->addAction(UiText::tr("Print…"));
    print->setObjectName(QStringLiteral("reportPrint"));
    QAction* preview = menu->addAction(UiText::tr("Print preview…"));
    preview->setObjectName(QStringLiteral("reportPreview"));
    QObject::connect(save, &QAction::triggered, button,
                     [source, button] { saveReportPdf(source, button->window()); });
    QObject::connect(print, &QAction::triggered, button,
                     [source, button] { printReport(source, button->window()); });
    QObject::connect(preview, &QAction::triggered, button,
                     [source, button] { previewReport(source, button->window()); });
    button->setMenu(menu);
    return button;
}

} // namespace summit::ui
