// Help ▸ About Summit: the build's version and commit, the libraries Summit runs on
// with their versions, and the licences of what it uses.
#include "QtDoctest.h"

#include "Versions.h"
#include "store/Store.h"
#include "ui/MainWindow.h"
#include "ui/shell/AboutDialog.h"

#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using summit::Store;
using summit::ui::AboutDialog;
using summit::ui::MainWindow;
namespace versions = summit::versions;

TEST_CASE("the About dialog shows the build's version and commit, and what Summit runs on")
{
    AboutDialog about({{QStringLiteral("libgit2"), QStringLiteral("1.5.1")}});
    CHECK(versions::application() == QStringLiteral(SUMMIT_PROJECT_VERSION));
    CHECK(about.versionText() == QStringLiteral("Version %1 (commit %2)")
                                     .arg(QStringLiteral(SUMMIT_PROJECT_VERSION), versions::commit()));
    CHECK_FALSE(versions::commit().isEmpty());

    const QString components = about.componentsText();
    CHECK(components.contains(QStringLiteral("Qt")));
    CHECK(components.contains(QString::fromLatin1(qVersion())));
    CHECK(components.contains(QStringLiteral("SQLite")));
    CHECK(versions::sqlite().startsWith(QStringLiteral("3.")));
    CHECK(components.contains(versions::sqlite()));
    CHECK(components.contains(QStringLiteral("libgit2")));
    CHECK(components.contains(QStringLiteral("1.5.1")));

    const QString licences = about.licencesText();
    CHECK(licences.contains(QStringLiteral("LGPL version 3")));
    CHECK(licences.contains(QStringLiteral("Public domain")));
    CHECK(licences.contains(QStringLiteral("linking exception")));
    CHECK(licences.contains(QStringLiteral("zlib")));
    CHECK(licences.contains(QStringLiteral("MIT")));
}

TEST_CASE("Help ▸ About Summit opens the About dialog")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto store = Store::open(dir.filePath(QStringLiteral("about.db")));
    REQUIRE(store.isOk());
    MainWindow window(std::move(store.value()));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    QAction* about = nullptr;
    for (QAction* m : window.menuBar()->actions())
        if (m->text() == QStringLiteral("&Help"))
            for (QAction* a : m->menu()->actions())
                if (a->text() == QStringLiteral("&About Summit"))
                    about = a;
    REQUIRE(about);

    QString shown;
    QTimer::singleShot(0, [&shown] {
        if (auto* dialog = qobject_cast<AboutDialog*>(QApplication::activeModalWidget())) {
            shown = dialog->versionText();
            dialog->reject();
        }
    });
    about->trigger();
    CHECK(shown.contains(QStringLiteral(SUMMIT_PROJECT_VERSION)));
}
