#pragma once
// What this build of Summit is: the version from the build (project() in the top
// CMakeLists.txt), the git commit it was configured from, and the version of the
// SQLite library it runs on. For --version and the About dialog.

#include <QString>

namespace summit::versions {

// "0.1.0": the one version number of the build.
QString application();
// The short hash of the commit the build was configured from; "unknown" outside a checkout.
QString commit();
// "summit-cli 0.1.0 (commit abc1234)": what --version prints.
QString versionLine(const QString& program);
// The SQLite library in use at run time (sqlite3_libversion), e.g. "3.40.1".
QString sqlite();

} // namespace summit::versions
