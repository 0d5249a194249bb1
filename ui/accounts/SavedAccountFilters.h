#pragma once
// Account filters the user saved under a name. They are a per-machine
// preference, so they live in QSettings ("accounts/savedFilters": name ->
// filter as a map), not in the replicated store. "Me" and "today" are not
// saved: "mine" and "overdue" mean whoever and whenever the filter is used.

#include "query/AccountList.h"

#include <QStringList>
#include <QVariantMap>
#include <optional>

namespace summit::ui {

class SavedAccountFilters
{
public:
    static QStringList names(); // sorted
    static std::optional<query::AccountFilter> load(const QString& name);
    static void save(const QString& name, const query::AccountFilter& filter); // replaces a namesake
    static void remove(const QString& name);

    static QVariantMap toMap(const query::AccountFilter& filter);
    static query::AccountFilter fromMap(const QVariantMap& map);
};

} // namespace summit::ui
