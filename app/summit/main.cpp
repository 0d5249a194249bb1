// summit: the desktop application. Opens --db FILE, else the last database,
// else the default one in the user's data directory (seeded with demo data the
// first time).

#include "demo/DemoData.h"
#include "store/Store.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTranslator>

namespace {

void installTranslations(QApplication& app)
{
    // Settings may pin a language; otherwise the system locale decides.
    const QString chosen = QSettings().value(QStringLiteral("ui/language")).toString();
    const QLocale locale = chosen.isEmpty() ? QLocale() : QLocale(chosen);
    QLocale::setDefault(locale);
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    auto* own = new QTranslator(&app);
    // No translation for the locale (English, or the C locale) still gets the
    // English plural forms ("1 account", "2 accounts").
    if (own->load(locale, QStringLiteral("summit"), QStringLiteral("_"), QStringLiteral(":/i18n")) ||
        own->load(QStringLiteral("summit_en"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(own);
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Summit"));
    QApplication::setApplicationName(QStringLiteral("summit"));
    QApplication::setApplicationDisplayName(QStringLiteral("Summit"));
    QApplication::setApplicationVersion(QStringLiteral(SUMMIT_VERSION));
    installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Key-account management"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption dbOption(QStringLiteral("db"),
                                QApplication::translate("main", "Open the database FILE."),
                                QStringLiteral("FILE"));
    parser.addOption(dbOption);
    parser.process(app);

    QSettings settings;
    QString path = parser.value(dbOption);
    if (path.isEmpty())
        path = settings.value(QStringLiteral("database/last")).toString();
    if (path.isEmpty() || (!parser.isSet(dbOption) && !QFileInfo::exists(path)))
        path =
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/summit.db");
    QDir().mkpath(QFileInfo(path).absolutePath());
    const bool fresh = !QFileInfo::exists(path);

    auto store = summit::Store::open(path);
    if (!store) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Summit"), store.message());
        return 1;
    }
    if (fresh && !parser.isSet(dbOption)) {
        // The embedded default starts with demo data so there is something to look at.
        summit::demo::Options options;
        options.accounts = 12;
        auto demo = summit::demo::generate(*store.value(), options);
        if (demo)
            store.value()->setLocalValue(QStringLiteral("author"), demo.value().meId);
    }
    settings.setValue(QStringLiteral("database/last"), path);

    summit::ui::MainWindow window(std::move(store.value()));
    window.show();
    return app.exec();
}
