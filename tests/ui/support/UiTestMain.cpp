// Entry point of the UI suites: a QApplication (widgets need one) on the
// offscreen platform, English messages, a temporary home for QSettings, and a
// fixed style so that sizes do not depend on the desktop.
#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>

#include <QApplication>
#include <QStandardPaths>

int main(int argc, char** argv)
{
    qputenv("LANGUAGE", "en");
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true); // QSettings and data under ~/.qttest, not the user's
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("SummitTest"));
    QApplication::setApplicationName(QStringLiteral("summit-ui-test"));
    doctest::Context context(argc, argv);
    return context.run();
}
