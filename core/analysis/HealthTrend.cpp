#include "analysis/HealthTrend.h"
#include "CoreText.h"

#include "model/AccountModel.h"
#include "model/Schema.h"
#include "store/AsOf.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>
#include <QTime>
#include <algorithm>

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

Result<QHash<QString, HealthPoint>> healthOnAll(Database& db, const QStringList& accountIds, const QDate& day)
{
    using Out = QHash<QString, HealthPoint>;
    if (accountIds.isEmpty())
        return Out();
    const qint64 end = QDateTime(day.addDays(1), QTime(0, 0)).toMSecsSinceEpoch() - 1;
    // What asof::accountStates reads for one account, for each of them into one set of states:
    // the team's members and account model once, then each account's own records.
    const quint64 cut = asof::cutAt(end);
    asof::Reader reader(db, cut);
    if (Status s = reader.loadTable(QStringLiteral("member")); !s)
        return s;
    if (Status s = reader.loadRecord(QStringLiteral("account_model"), model::kAccountModelId); !s)
        return s;
    for (const QString& id : accountIds) {
        // An account first written after the cut did not exist then.
        const QVariant created =
            db.scalar(QStringLiteral("SELECT coalesce(created_hlc, 0) FROM accounts WHERE id = ?"), {id});
        if (created.isNull() || created.toULongLong() > cut)
            continue;
        if (Status s = reader.loadRecord(QStringLiteral("account"), id); !s)
            return s;
        for (const model::EntityDef& def : model::entities())
            if (!def.accountField.isEmpty())
                if (Status s = reader.loadEntity(def, id); !s)
                    return s;
    }
    reader.resolveTrees();
    const asof::States& states = reader.states();
    auto past = asof::pastDatabase(states);
    if (!past)
        return past.error();
    auto all = assessHealthAll(*past.value(), day);
    if (!all)
        return all.error();
    const QSet<QString> asked(accountIds.cbegin(), accountIds.cend());
    Out out;
    for (const HealthAssessment& h : all.value()) {
        auto account = states.constFind(h.accountId);
        if (account != states.constEnd() && account->alive() && asked.contains(h.accountId))
            out.insert(h.accountId, HealthPoint{day, h.score, h.band});
    }
    return out;
}

Result<QHash<QString, HealthPoint>> recordedHealth(Database& db, const QStringList& accountIds,
                                                   const QDate& from, const QDate& to)
{
    using Out = QHash<QString, HealthPoint>;
    Out out;
    if (accountIds.isEmpty())
        return out;
    const QSet<QString> asked(accountIds.cbegin(), accountIds.cend());
    // Oldest day first, so a later day's score replaces an earlier one.
    auto rows = db.rows(QStringLiteral("SELECT account_id, day, score FROM health_scores WHERE day >= ? AND "
                                       "day <= ? ORDER BY day"),
                        {from.toString(Qt::ISODate), to.toString(Qt::ISODate)});
    if (!rows)
        return rows.error();
    for (const QVariantList& r : rows.value()) {
        const QString id = r[0].toString();
        if (!asked.contains(id))
            continue;
        const int score = std::clamp(r[2].toInt(), 0, 100);
        out.insert(id,
                   HealthPoint{QDate::fromString(r[1].toString(), Qt::ISODate), score, healthBandOf(score)});
    }
    return out;
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
