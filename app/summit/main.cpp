// summit: the desktop application. Opens --db FILE (or FILE given alone), else the
// last database, else the default one in the user's data directory. The very first
// start asks whether to begin with the demo data, an empty database or a file.
// When Summit runs already for this user, the new launch hands FILE (and --open ID)
// to it and exits. A file that cannot be opened is explained, never replaced by a
// new empty database.

#include "AppText.h"
#include "ForwardedOpen.h"
#include "GitSyncController.h"
#include "SingleInstance.h"
#include "Versions.h"
#include "store/Store.h"
#include "ui/MainWindow.h"
#include "ui/Workspace.h"
#include "ui/shell/AppIcon.h"
#include "ui/shell/Appearance.h"
#include "ui/shell/DatabaseProblem.h"
#include "ui/shell/Databases.h"
#include "ui/shell/Language.h"
#include "ui/shell/RestoreBackupDialog.h"
#include "ui/shell/StartupDialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <cstdio>
#include <cstring>
#include <vector>

using namespace summit;

int main(int argc, char** argv)
{
    // The version needs no display: answered before the application starts.
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--db") == 0 || std::strcmp(argv[i], "--open") == 0) {
            ++i; // a value, whatever it looks like
            continue;
        }
        if (std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0) {
            std::printf("%s\n", qPrintable(versions::versionLine(QStringLiteral("summit"))));
            return 0;
        }
    }
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Summit"));
    QApplication::setApplicationName(QStringLiteral("summit"));
    QApplication::setApplicationDisplayName(QStringLiteral("Summit"));
    QApplication::setApplicationVersion(versions::application());
    QApplication::setWindowIcon(ui::appIcon());
    // Wayland compositors and docks match the window to its desktop entry by this id.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.summit.Summit"));
    ui::language::install(app);
    // A damaged database offers its backups (File ▸ Restore from Backup's list).
    ui::databases::restoreFromBackup = &ui::RestoreBackupDialog::restoreClosedDatabase;
    ui::appearance::apply(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(app::AppText::tr("Key-account management"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption dbOption(QStringLiteral("db"), app::AppText::tr("Open the database FILE."),
                                QStringLiteral("FILE"));
    QCommandLineOption demoOption(QStringLiteral("demo"),
                                  app::AppText::tr("Open the demo database (created on first use)."));
    QCommandLineOption openOption(QStringLiteral("open"),
                                  app::AppText::tr("Open the record ID (an account, a contact, …)."),
                                  QStringLiteral("ID"));
    parser.addOption(dbOption);
    parser.addOption(demoOption);
    parser.addOption(openOption);
    // The desktop entry passes a file it is given (Exec=summit %f) as a positional argument.
    parser.addPositionalArgument(QStringLiteral("file"), app::AppText::tr("The database to open, like --db."),
                                 QStringLiteral("[FILE]"));
    parser.process(app);

    QString path = parser.value(dbOption);
    if (path.isEmpty() && !parser.positionalArguments().isEmpty())
        path = parser.positionalArguments().constFirst();

    // One Summit per user: a second launch hands its file and record to the one running.
    app::OpenRequest request;
    request.database = path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
    request.demo = parser.isSet(demoOption);
    request.recordId = parser.value(openOption);
    app::SingleInstance instance;
    std::vector<app::OpenRequest> early; // launches handed over before the window exists
    QObject::connect(&instance, &app::SingleInstance::requested,
                     [&early](const app::OpenRequest& r) { early.push_back(r); });
    switch (instance.start(request)) {
    case app::SingleInstance::Role::HandedOver:
        return 0;
    case app::SingleInstance::Role::NoAnswer:
        QMessageBox::warning(nullptr, app::AppText::tr("Summit"),
                             app::AppText::tr("%1\nWait a moment and try again, or close the "
                                              "other Summit window first.")
                                 .arg(instance.errorString()));
        return 1;
    case app::SingleInstance::Role::Alone:
        std::fprintf(stderr, "summit: %s\n", qPrintable(instance.errorString()));
        break;
    case app::SingleInstance::Role::Primary:
        break;
    }

    bool joinTeam = false;
    auto intent = ui::databases::Intent::Open; // a file named on the command line must exist
    if (parser.isSet(demoOption)) {
        path = ui::databases::demoPath();
        intent = ui::databases::Intent::Demo;
    }
    if (path.isEmpty()) {
        const QString last = QSettings().value(QStringLiteral("database/last")).toString();
        if (!last.isEmpty() && QFileInfo::exists(last))
            path = last;
    }
    if (path.isEmpty() && QFileInfo::exists(ui::databases::defaultPath()))
        path = ui::databases::defaultPath();
    if (path.isEmpty()) {
        ui::StartupDialog welcome;
        if (welcome.exec() != QDialog::Accepted)
            return 0;
        joinTeam = welcome.choice() == ui::StartupDialog::Choice::Join;
        switch (welcome.choice()) {
        case ui::StartupDialog::Choice::Demo:
            path = ui::databases::defaultPath();
            intent = ui::databases::Intent::Demo;
            break;
        case ui::StartupDialog::Choice::Empty:
        case ui::StartupDialog::Choice::Join:
            path = ui::databases::defaultPath();
            intent = ui::databases::Intent::Create;
            break;
        case ui::StartupDialog::Choice::Open:
            path = welcome.openPath();
            break;
        case ui::StartupDialog::Choice::None:
            return 0;
        }
    }

    // A file that cannot be opened is explained, with a way out: another file, or quit.
    std::unique_ptr<Store> store = ui::databases::openOrAsk(nullptr, path, intent, true);
    if (!store)
        return 0;
    ui::databases::remember(path);

    ui::MainWindow window(std::move(store));
    // Replication over git runs on a worker thread with its own connection.
    window.setSyncControllerFactory([](Store& s) -> std::unique_ptr<ui::SyncController> {
        return std::make_unique<GitSyncController>(s);
    });
    window.setAutomaticBackups(true); // a daily backup in the user's data directory
    window.setRunRules(true);         // the team's rules make their tasks in the background
    window.setReminders(true);        // the tray icon with what is due, and notifications
    window.show();
    // "Who are you?" on a database without one; after joining, once the first sync brings the team.
    window.setAskWhoYouAre(true, !joinTeam);
    if (joinTeam)
        window.showPage(ui::MainWindow::Page::Sync); // the remote, then Sync now
    if (parser.isSet(openOption))
        emit window.workspace().openRecordRequested(parser.value(openOption));

    // Later launches open their file here; the window gone, a restart must not hand over to us.
    QObject::disconnect(&instance, &app::SingleInstance::requested, nullptr, nullptr);
    QObject::connect(&instance, &app::SingleInstance::requested, &window,
                     [&window](const app::OpenRequest& r) { app::openInWindow(window, r); });
    QObject::connect(&window, &ui::MainWindow::aboutToRestart, &instance, &app::SingleInstance::stop);
    QObject::connect(&app, &QGuiApplication::lastWindowClosed, &instance, &app::SingleInstance::stop);
    for (const app::OpenRequest& r : early)
        app::openInWindow(window, r);
    return app.exec();
}
