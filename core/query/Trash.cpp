#include "query/Trash.h"

#include "store/Database.h"
#include "store/History.h"
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
        auto who = lastWriter(db, row.id, QStringLiteral("deleted"));
        if (!who)
            return who.error();
        if (who->hlc != 0) {
            row.author = who->author;
            row.deletedHlc = who->hlc;
        }
        rows.push_back(std::move(row));
    }
    // An edit after the delete moves updated_hlc on; the delete's own time decides.
    std::stable_sort(rows.begin(), rows.end(),
                     [](const TrashRow& a, const TrashRow& b) { return a.deletedHlc > b.deletedHlc; });
    return rows;
}

} // namespace summit
