#pragma once
// The canonical JSON export: every record of every type, sorted by type and id,
// fields sorted by name, nulls left out, no device-local data (replica id,
// cursors, undo stack). Two databases in the same state produce byte-identical
// files; replication tests compare them.

#include "Result.h"

#include <QIODevice>

namespace summit {

class Database;

Status writeCanonicalJson(Database& db, QIODevice& out);
QByteArray jsonString(const QString& text); // a JSON string literal, UTF-8, minimal escaping

} // namespace summit
