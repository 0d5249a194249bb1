#include "ui/lists/ListExport.h"
#include "ui/UiText.h"
#include "ui/common/PlainMessageBox.h"

#include "store/Database.h"
#include "store/Store.h"
#include "ui/Workspace.h"
#include "ui/shell/FilePrompts.h"

#include <QAction>
#include <QEventLoop>
#include <QMessageBox>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>
#include <atomic>
#include <memory>

namespace summit::ui {

Result<int> exportList(QWidget* parent, const QString& databasePath, const ListExportJob& job,
                       const QString& path, exports::CsvEncoding encoding)
{
    std::atomic<bool> cancelled{false};
    std::atomic<int> written{0};
    std::atomic<int> total{0};
    Result<int> result = 0;
    std::unique_ptr<QThread> worker(QThread::create([&] {
        // The connection is opened, used and closed on this thread.
        Database db;
        if (Status s = db.open(databasePath, OpenMode::ReadOnly); !s) {
            result = s;
            return;
        }
        if (job.count)
            if (auto n = job.count(db); n)
                total = n.value();
        exports::TableOptions options;
        options.withIds = true;
        options.encoding = encoding;
        options.pages = job.pages(db);
        options.progress = [&](int n) {
            written = n;
            return !cancelled;
        };
        result = exports::exportTable(db, job.type, path, options);
    }));
    worker->setObjectName(QStringLiteral("list export"));

    QProgressDialog progress(UiText::tr("Exporting %1…").arg(job.title), UiText::tr("Cancel"), 0, 0, parent);
    progress.setObjectName(QStringLiteral("exportProgress"));
    progress.setWindowTitle(UiText::tr("Export"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    progress.setMinimumDuration(300);
    QObject::connect(&progress, &QProgressDialog::canceled, [&] { cancelled = true; });
    QTimer tick;
    tick.setInterval(100);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        if (progress.wasCanceled())
            cancelled = true;
        if (total > 0 && progress.maximum() != total)
            progress.setMaximum(total);
        if (progress.maximum() > 0)
            progress.setValue(std::min(int(written), progress.maximum() - 1));
        else
            progress.setValue(0); // a busy bar until the count is known
    });
    QEventLoop loop;
    QObject::connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
    worker->start(QThread::LowPriority);
    tick.start();
    loop.exec(); // the progress dialog's Cancel must get its click
    worker->wait();
    tick.stop();
    const bool stopped = cancelled;
    progress.disconnect(); // closing a progress dialog reports a cancel of its own
    progress.close();
    if (stopped)
        return Result<int>::fail(UiText::tr("The export was cancelled; no file was written."));
    return result;
}

void exportListInteractively(QWidget* parent, Workspace& workspace, const ListExportJob& job)
{
    const prompts::ExportTarget target = prompts::exportListFile(parent, job.title);
    const QString& path = target.path;
    if (path.isEmpty())
        return;
    auto rows = exportList(parent, workspace.store().path(), job, path, target.encoding);
    if (!rows) {
        showPlainMessage(parent, UiText::tr("Export"), rows.message());
        return;
    }
    emit workspace.message(UiText::tr("Exported %n row(s) to %1.", nullptr, rows.value()).arg(path));
}

QAction* makeExportAction(QWidget* view, Workspace& workspace, std::function<ListExportJob()> job)
{
    auto* action = new QAction(UiText::tr("&Export…"), view);
    action->setObjectName(QStringLiteral("exportList"));
    // Ctrl+E edits a record in the account view and the team page; here it
    // only works while the list has the focus, so the two never compete.
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setToolTip(UiText::tr("Export the rows of this list to Excel or CSV (Ctrl+E)"));
    QObject::connect(action, &QAction::triggered, view, [view, &workspace, job = std::move(job)] {
        exportListInteractively(view, workspace, job());
    });
    view->addAction(action);
    return action;
}

} // namespace summit::ui
