#include "Cli.h"

#include <QCoreApplication>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Summit"));
    QCoreApplication::setApplicationName(QStringLiteral("summit"));
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    return summit::cli::run(args);
}
