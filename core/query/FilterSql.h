#pragma once
// What the dashboard's panels and the KPIs share, private to core/query: the
// SQL conditions of a DashboardFilter, the period test and the money rules
// (CNY or no currency is added; amounts × percent rounded half up).

#include "query/Dashboard.h"

#include <QDateTime>
#include <QStringList>
#include <QTimeZone>
#include <QVariant>
#include <QVariantList>

namespace summit::query::detail {

inline QString text(const QVariant& v)
{
    return v.isNull() ? QString() : v.toString();
}

// Conditions joined by AND, with their bound values in order.
struct Where
{
    QStringList parts;
    QVariantList binds;

    void add(const QString& part, const QVariant& bind)
    {
        parts << part;
        binds << bind;
    }
    QString sql() const { return parts.join(QStringLiteral(" AND ")); }
};

// The conditions every panel shares: the account's (`a`) region, industry and
// tier, neither the record nor its account in the trash. `owner` is the SQL
// expression that says whose the record is (empty: the member filter does not
// apply).
inline Where filterWhere(const DashboardFilter& f, const QString& record, const QString& owner)
{
    Where w;
    w.parts << QStringLiteral("a.deleted = 0");
    if (!record.isEmpty())
        w.parts << QStringLiteral("%1.deleted = 0").arg(record);
    if (!f.member.isEmpty() && !owner.isEmpty())
        w.add(QStringLiteral("%1 = ?").arg(owner), f.member);
    if (!f.region.isEmpty())
        w.add(QStringLiteral("a.region = ?"), f.region);
    if (!f.industry.isEmpty())
        w.add(QStringLiteral("a.industry = ?"), f.industry);
    if (!f.tier.isEmpty())
        w.add(QStringLiteral("a.tier = ?"), f.tier);
    return w;
}

// A day is in the filter's period when it is valid and within both ends (an open end admits any day).
inline bool inPeriod(const DashboardFilter& f, const QDate& day)
{
    if (!day.isValid())
        return false;
    return (!f.from.isValid() || day >= f.from) && (!f.to.isValid() || day <= f.to);
}

inline QDate localDayOfMillis(qint64 millis)
{
    return QDateTime::fromMSecsSinceEpoch(millis, QTimeZone::utc()).toLocalTime().date();
}

inline bool isCny(const QString& currency)
{
    return currency.isEmpty() || currency == QLatin1String("CNY");
}

// amount × percent / 100, rounded half up, without overflowing for any amount.
inline qint64 weightedAmount(qint64 amount, int percent)
{
    return amount / 100 * percent + (amount % 100 * percent + 50) / 100;
}

// An open opportunity (status open or not set) of a filter: its owner's, of the filter's accounts.
struct OpenDeal
{
    QString id, stage, currency;
    qint64 amount = 0;
    bool hasAmount = false;
    int probability = -1; // the deal's own; -1 = not set
    QDate expectedClose;
};
Result<std::vector<OpenDeal>> openDeals(Database& db, const DashboardFilter& f);

} // namespace summit::query::detail
