#include "analysis/HealthTrend.h"
#include "CoreText.h"

#include "store/AsOf.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTime>

namespace summit::analysis {

Result<std::optional<HealthPoint>> healthOn(Database& db, const QString& accountId, const QDate& day)
{
    // The last millisecond of the day, local time.
    const qint64 end = QDateTime(day.addDays(1), QTime(0, 0)).toMSecsSinceEpoch() - 1;
    auto states = asof::accountStates(db, accountId, asof::cutAt(end));
    if (!states)
        return states.error();
    auto account = states.value().constFind(accountId);
    if (account == states.value().constEnd() || !account->alive())
        return std::optional<HealthPoint>();
    auto past = asof::pastDatabase(states.value());
    if (!past)
        return past.error();
    auto health = assessHealth(*past.value(), accountId, day);
    if (!health)
        return health.error();
    return std::optional<HealthPoint>(HealthPoint{day, health.value().score, health.value().band});
}

Result<std::vector<HealthPoint>> healthTrend(Database& db, const QString& accountId, const QDate& todayIn,
                                             int weeks)
{
    const QDate today = todayIn.isValid() ? todayIn : QDate::currentDate();
    const QVariant exists =
        db.scalar(QStringLiteral("SELECT count(*) FROM accounts WHERE id = ?"), {accountId});
    if (exists.toInt() == 0)
        return Result<std::vector<HealthPoint>>::fail(CoreText::tr("No account with id %1.").arg(accountId));
    std::vector<HealthPoint> out;
    // Today's week ends today; the ones before on their Sundays.
    QDate lastSunday = today.addDays(-(today.dayOfWeek() % 7));
    if (lastSunday == today)
        lastSunday = today.addDays(-7); // today is a Sunday: its week is the current one
    for (int w = weeks - 1; w >= 0; --w) {
        const QDate day = w == 0 ? today : lastSunday.addDays(-7 * (w - 1));
        auto point = healthOn(db, accountId, day);
        if (!point)
            return point.error();
        if (point.value())
            out.push_back(*point.value());
    }
    return out;
}

} // namespace summit::analysis
