#include "query/Trash.h"

#include "store/Database.h"
#include "store/Queries.h"

#include <QSqlQuery>
#include <algorithm>

namespace summit {

Result<std::vector<TrashRow>> listTrashRows(Database& db)
{
    auto trash = listTrash(db);
    if (!trash)
        return trash.error();
    std::vector<TrashRow> rows;
    rows.reserve(trash.value().size());
    for (const QVariantMap& t : trash.value()) {
        TrashRow row;
        row.entity = t.value(QStringLiteral("entity")).toString();
        row.id = t.value(QStringLiteral("id")).toString();
        row.title = t.value(QStringLiteral("title")).toString();
        row.deletedHlc = t.value(QStringLiteral("updated_hlc")).toULongLong();
        auto who = db.run(QStringLiteral("SELECT o.author, f.hlc FROM op_fields f JOIN ops o ON o.n = f.op "
                                         "WHERE f.entity_id = ? AND f.field = 'deleted' "
                                         "ORDER BY f.hlc DESC, f.replica DESC LIMIT 1"),
                          {row.id});
        if (!who)
            return who.error();
        if (who.value()->next()) {
            row.author = who.value()->value(0).toString();
            row.deletedHlc = who.value()->value(1).toULongLong();
        }
        who.value()->finish();
        rows.push_back(std::move(row));
    }
    // An edit after the delete moves updated_hlc on; the delete's own time decides.
    std::stable_sort(rows.begin(), rows.end(),
                     [](const TrashRow& a, const TrashRow& b) { return a.deletedHlc > b.deletedHlc; });
    return rows;
}

} // namespace summit
