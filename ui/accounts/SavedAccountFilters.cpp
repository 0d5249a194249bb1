#include "ui/accounts/SavedAccountFilters.h"

#include <QSettings>

namespace summit::ui {

namespace {

const QString kKey = QStringLiteral("accounts/savedFilters");

QVariantMap all()
{
    return QSettings().value(kKey).toMap();
}

void store(const QVariantMap& filters)
{
    QSettings settings;
    if (filters.isEmpty())
        settings.remove(kKey);
    else
        settings.setValue(kKey, filters);
}

QStringList sorted(const QSet<QString>& set)
{
    QStringList list(set.begin(), set.end());
    list.sort();
    return list;
}

QSet<QString> setOf(const QVariant& v)
{
    const QStringList list = v.toStringList();
    return QSet<QString>(list.begin(), list.end());
}

} // namespace

QStringList SavedAccountFilters::names()
{
    QStringList list = all().keys();
    list.sort(Qt::CaseInsensitive);
    return list;
}

std::optional<query::AccountFilter> SavedAccountFilters::load(const QString& name)
{
    const QVariantMap filters = all();
    if (!filters.contains(name))
        return std::nullopt;
    return fromMap(filters.value(name).toMap());
}

void SavedAccountFilters::save(const QString& name, const query::AccountFilter& filter)
{
    QVariantMap filters = all();
    filters.insert(name, toMap(filter));
    store(filters);
}

void SavedAccountFilters::remove(const QString& name)
{
    QVariantMap filters = all();
    filters.remove(name);
    store(filters);
}

QVariantMap SavedAccountFilters::toMap(const query::AccountFilter& f)
{
    QVariantMap m;
    m.insert(QStringLiteral("tiers"), sorted(f.tiers));
    m.insert(QStringLiteral("owners"), sorted(f.owners));
    m.insert(QStringLiteral("stages"), sorted(f.stages));
    m.insert(QStringLiteral("regions"), sorted(f.regions));
    m.insert(QStringLiteral("industries"), sorted(f.industries));
    m.insert(QStringLiteral("mine"), f.mine);
    m.insert(QStringLiteral("overdue"), f.overdue);
    m.insert(QStringLiteral("text"), f.text);
    return m;
}

query::AccountFilter SavedAccountFilters::fromMap(const QVariantMap& m)
{
    query::AccountFilter f;
    f.tiers = setOf(m.value(QStringLiteral("tiers")));
    f.owners = setOf(m.value(QStringLiteral("owners")));
    f.stages = setOf(m.value(QStringLiteral("stages")));
    f.regions = setOf(m.value(QStringLiteral("regions")));
    f.industries = setOf(m.value(QStringLiteral("industries")));
    f.mine = m.value(QStringLiteral("mine")).toBool();
    f.overdue = m.value(QStringLiteral("overdue")).toBool();
    f.text = m.value(QStringLiteral("text")).toString();
    return f;
}

} // namespace summit::ui
