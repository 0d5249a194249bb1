#include "Versions.h"

#include <sqlite3.h>

namespace summit::versions {

QString application()
{
    return QStringLiteral(SUMMIT_VERSION);
}

QString commit()
{
    return QStringLiteral(SUMMIT_COMMIT);
}

QString versionLine(const QString& program)
{
    return QStringLiteral("%1 %2 (commit %3)").arg(program, application(), commit());
}

QString sqlite()
{
    return QString::fromLatin1(sqlite3_libversion());
}

} // namespace summit::versions
