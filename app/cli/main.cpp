#include "Cli.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QTranslator>
#include <cstring>
#include <memory>

namespace {

// Drawing (orgchart, report) needs a QGuiApplication; everything else runs without a
// display on a plain QCoreApplication. The command is the first word that is
// not an option (nor the value of --db).
bool needsGui(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--db") == 0) {
            ++i;
            continue;
        }
        if (argv[i][0] == '-')
            continue;
        return std::strcmp(argv[i], "orgchart") == 0 || std::strcmp(argv[i], "report") == 0;
    }
    return false;
}

} // namespace

int main(int argc, char** argv)
{
    std::unique_ptr<QCoreApplication> app;
    if (needsGui(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen"); // works without a display
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("Summit"));
    QCoreApplication::setApplicationName(QStringLiteral("summit"));
    // Messages and exported charts follow the system language, like the GUI.
    // The .qm files are embedded in summit_ui, which this program links.
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("summit"), QStringLiteral("_"), QStringLiteral(":/i18n")) ||
        translator.load(QStringLiteral("summit_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    return summit::cli::run(args);
}
