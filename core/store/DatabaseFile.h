#pragma once
// Opening a database file a person named (the desktop app, summit-cli): the file
// is looked at read-only before anything writes to it, and each way it can be
// wrong is a Problem with a message that names the file and what is wrong:
// missing (a new database is made only when asked for), not a database, damaged,
// from a newer Summit, unreadable. A file or folder this user cannot write to
// opens read-only. Front ends add the way out (choose another file, `init`).

#include "store/Store.h"

#include <QString>
#include <memory>

namespace summit::dbfile {

enum class Problem
{
    None,
    FolderMissing,   // the folder the file should be in does not exist
    Missing,         // no file at the path
    Empty,           // a file of 0 bytes, or an SQLite file with nothing in it
    NotAFile,        // a folder or a device
    Unreadable,      // no permission to read it
    NotSqlite,       // some other kind of file
    NotSummit,       // an SQLite database of another program
    Damaged,         // SQLite reports damage (the header, the schema, or quick_check)
    Newer,           // written by a newer Summit (a schema this build does not know)
    UpgradeReadOnly, // from an older Summit, needs upgrading, but cannot be written
    Busy,            // another program holds it locked
    Other,
};

// quick_check reads every page: about 3 ms per MB here (12 MB: 40 ms, 58 MB: 170 ms,
// the 3.7 GB benchmark set: 10-13 s). Up to this size it runs on every open and
// adds at most about 50 ms to the start; above it, it runs on request
// (`summit-cli check`), and damage still shows as soon as Summit reads or writes
// a damaged page.
constexpr qint64 kQuickCheckLimitBytes = 16LL * 1024 * 1024;

enum class Check
{
    BySize, // quick_check when the file (with its -wal) is at most kQuickCheckLimitBytes
    Always,
    Never,
};

struct Options
{
    bool create = false;   // a missing (or 0-byte) file becomes a new, empty database
    bool readOnly = false; // open read-only even when the file could be written
    Check check = Check::BySize;
};

struct Opening
{
    std::unique_ptr<Store> store; // set when the database is open
    Problem problem = Problem::None;
    QString message; // names the file and the problem; empty when open
    bool created = false;
    explicit operator bool() const { return store != nullptr; }
};

Opening open(const QString& path, const Options& options = {});

// SQLite's quick_check (or the full integrity_check) on a read-only connection:
// an empty string when the file is sound, else the first thing it found.
Result<QString> checkIntegrity(const QString& path, bool full = false);

} // namespace summit::dbfile
