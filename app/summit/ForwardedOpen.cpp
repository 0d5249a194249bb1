#include "ForwardedOpen.h"
#include "AppText.h"

#include "store/Store.h"
#include "ui/MainWindow.h"
#include "ui/Workspace.h"
#include "ui/shell/Databases.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QPointer>
#include <QStatusBar>
#include <QTimer>

namespace summit::app {

namespace {

bool sameFile(const QString& a, const QString& b)
{
    const QString ca = QFileInfo(a).canonicalFilePath(), cb = QFileInfo(b).canonicalFilePath();
    return !ca.isEmpty() ? ca == cb : QFileInfo(a).absoluteFilePath() == QFileInfo(b).absoluteFilePath();
}

const int kRetryMs = 300;

// Opens what was asked for once no dialog is open; asks again every kRetryMs until then.
void openWhenFree(ui::MainWindow& window, const OpenRequest& request, bool told)
{
    const QString database = request.demo ? ui::databases::demoPath() : request.database;
    const bool otherDatabase = !database.isEmpty() && !sameFile(database, window.workspace().store().path());
    if (!otherDatabase && request.recordId.isEmpty())
        return;
    if (QApplication::activeModalWidget()) {
        // Closing the database now would take the dialog's work with it.
        if (!told)
            window.statusBar()->showMessage(
                otherDatabase ? AppText::tr("%1 opens once the open dialog is closed.")
                                    .arg(QDir::toNativeSeparators(database))
                              : AppText::tr("The record opens once the open dialog is closed."));
        QPointer<ui::MainWindow> alive(&window);
        QTimer::singleShot(kRetryMs, &window, [alive, request] {
            if (alive)
                openWhenFree(*alive, request, true);
        });
        return;
    }
    if (told)
        window.statusBar()->clearMessage(); // the wait is over
    if (otherDatabase &&
        !window.switchTo(database, request.demo ? ui::databases::Intent::Demo : ui::databases::Intent::Open))
        return; // explained, and the open database stays
    if (!request.recordId.isEmpty())
        emit window.workspace().openRecordRequested(request.recordId);
}

} // namespace

void openInWindow(ui::MainWindow& window, const OpenRequest& request)
{
    if (window.isMinimized())
        window.showNormal();
    window.show();
    window.raise();
    window.activateWindow();
    if (QWidget* dialog = QApplication::activeModalWidget()) { // in front of the window, as before
        dialog->raise();
        dialog->activateWindow();
    }
    openWhenFree(window, request, false);
}

} // namespace summit::app
