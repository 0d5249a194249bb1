#include "store/LocalSettings.h"

#include "store/Database.h"

namespace summit {

QVariant LocalSettings::value(const QString& key, const QVariant& fallback)
{
    const QVariant v = m_db.scalar(QStringLiteral("SELECT value FROM local WHERE key = ?"), {key});
    return v.isValid() ? v : fallback;
}

Status LocalSettings::set(const QString& key, const QVariant& value)
{
    return m_db.exec(QStringLiteral("INSERT INTO local (key, value) VALUES (?, ?) "
                                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                     {key, value});
}

Status LocalSettings::remove(const QStringList& keys)
{
    for (const QString& key : keys)
        if (Status s = m_db.exec(QStringLiteral("DELETE FROM local WHERE key = ?"), {key}); !s)
            return s;
    return {};
}

int LocalSettings::countWithPrefix(const QString& prefix)
{
    // A key may hold '_', which LIKE would take as a wildcard.
    return m_db
        .scalar(QStringLiteral("SELECT count(*) FROM local WHERE substr(key, 1, ?) = ?"),
                {prefix.size(), prefix})
        .toInt();
}

} // namespace summit
