#include "export/ListPages.h"

#include "import/Import.h"

#include <memory>

namespace summit::exports {

IdPages accountListPages(Database& db, const query::AccountFilter& filter, query::AccountSort sort,
                         int pageRows)
{
    auto offset = std::make_shared<int>(0);
    return [&db, filter, sort, pageRows, offset]() -> Result<QStringList> {
        auto rows = query::fetchAccounts(db, filter, sort, *offset, pageRows);
        if (!rows)
            return rows.error();
        QStringList ids;
        for (const query::AccountRow& r : rows.value())
            ids << r.id;
        *offset += int(ids.size());
        return ids;
    };
}

IdPages recordListPages(Database& db, const query::RecordListFilter& filter, int pageRows)
{
    // Keyed paging, as the list's model does: page 500 costs what page 1 costs.
    auto cursor = std::make_shared<query::PageCursor>();
    auto done = std::make_shared<bool>(false);
    return [&db, filter, pageRows, cursor, done]() -> Result<QStringList> {
        if (*done)
            return QStringList();
        auto rows = query::recordPage(db, filter, *cursor, pageRows);
        if (!rows)
            return rows.error();
        QStringList ids;
        for (const QVariantMap& r : rows.value())
            ids << r.value(QStringLiteral("id")).toString();
        if (rows.value().empty() || int(rows.value().size()) < pageRows)
            *done = true;
        else
            *cursor = query::cursorAfter(filter, rows.value().back());
        return ids;
    };
}

QString exportTypeOfEntity(const QString& entity)
{
    for (const QString& type : tableTypes())
        if (entityOfTableType(type) == entity)
            return type;
    return {};
}

} // namespace summit::exports
