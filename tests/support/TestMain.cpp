// Shared entry point of the doctest suites: a QCoreApplication so that Qt's
// SQL driver plugins load, and a fixed environment (C locale for messages).
#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>

#include <QCoreApplication>

int main(int argc, char** argv)
{
    qputenv("LANGUAGE", "en");
    QCoreApplication app(argc, argv);
    doctest::Context context(argc, argv);
    return context.run();
}
