#pragma once
// Where Summit's databases live and how one is opened: the default database in
// the user's data directory, the demo database (seeded the first time), and
// the list of recently opened files. Shared by the application's start-up and
// the File menu, so both treat paths the same way.

#include "Result.h"

#include <QStringList>
#include <memory>

namespace summit {
class Store;
}

namespace summit::ui::databases {

// <data dir>/summit.db and <data dir>/demo.db.
QString defaultPath();
QString demoPath();

// Most recent first, at most eight, only files that still exist.
QStringList recent();
void remember(const QString& path); // also the "last" database opened at start

// Opens (creating if missing) the database at `path`. With `seedDemo` a new,
// empty database gets the demo accounts and the user becomes the demo's
// account manager, so there is something to look at.
Result<std::unique_ptr<Store>> open(const QString& path, bool seedDemo = false);

} // namespace summit::ui::databases
