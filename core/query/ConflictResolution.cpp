#include "query/ConflictResolution.h"
#include "CoreText.h"

#include "model/Schema.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <algorithm>

namespace summit {

Result<ConflictRow> findConflict(Database& db, const QString& key)
{
    auto rows = listConflicts(db);
    if (!rows)
        return rows.error();
    const auto it = std::find_if(rows.value().begin(), rows.value().end(),
                                 [&](const ConflictRow& c) { return c.key == key; });
    if (it == rows.value().end())
        return Result<ConflictRow>::fail(CoreText::tr("No open conflict %1.").arg(key));
    return *it;
}

bool hasConflict(Database& db, const QString& id)
{
    return db.scalar(QStringLiteral("SELECT 1 FROM conflicts WHERE entity_id = ? LIMIT 1"), {id}).isValid();
}

} // namespace summit
