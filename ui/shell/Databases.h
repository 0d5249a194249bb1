#pragma once
// Where Summit's databases live and how one is opened: the default database in
// the user's data directory, the demo database (seeded the first time), and
// the list of recently opened files. Shared by the application's start-up and
// the File menu, so both treat paths the same way.

#include "Result.h"
#include "store/DatabaseFile.h"

#include <QStringList>
#include <memory>

namespace summit::ui::databases {

// What opening a path is for. A new database is made only when a person asked
// for one: a path given on the command line, picked in File ▸ Open or in the
// recent list must exist.
enum class Intent
{
    Open,   // an existing database
    Create, // a new database when the file does not exist (File ▸ New, the first start)
    Demo,   // as Create, and a new database gets the demo data
};

// <data dir>/summit.db and <data dir>/demo.db.
QString defaultPath();
QString demoPath();

// Most recent first, at most eight, only files that still exist.
QStringList recent();
void remember(const QString& path); // also the "last" database opened at start

// Opens the database at `path` after checking the file (dbfile::open); the
// result says what is wrong when it does not open. With Intent::Demo a new,
// empty database gets the demo accounts and the user becomes the demo's
// account manager, so there is something to look at.
dbfile::Opening open(const QString& path, Intent intent = Intent::Open);

} // namespace summit::ui::databases
