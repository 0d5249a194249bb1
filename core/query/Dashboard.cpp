#include "query/Dashboard.h"
#include "CoreText.h"
#include "query/FilterSql.h"

#include "analysis/AccountScores.h"

#include "model/Schema.h"
#include "store/AsOf.h"
#include "store/Database.h"
#include "store/History.h"
#include "store/Hlc.h"
#include "store/Sqlite.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QTime>
#include <QTimeZone>
#include <algorithm>
#include <map>
#include <tuple>

namespace summit::query {

namespace {

using namespace detail;

QDate monthOf(const QDate& d)
{
    return d.isValid() ? QDate(d.year(), d.month(), 1) : QDate();
}

struct ClosedDeal
{
    QString id;
    bool won = false;
    qint64 amount = 0;
    bool cny = true;
    QDate closed;    // local date the status became won or lost
    double days = 0; // created → closed
};

// Deals won or lost on `since` or later (any time when invalid). The status
// was written no later than the deal's last change, so deals unchanged since
// the day before `since` are passed over without asking the log.
Result<std::vector<ClosedDeal>> closedDeals(Database& db, const DashboardFilter& f, const QDate& since)
{
    Where w = filterWhere(f, QStringLiteral("o"), QStringLiteral("o.owner_id"));
    w.parts << QStringLiteral("o.status IN ('won', 'lost')");
    if (since.isValid())
        w.add(QStringLiteral("o.updated_hlc >= ?"),
              qlonglong(HybridClock::pack(
                  QDateTime(since.addDays(-1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch(), 0)));
    auto rows = db.rows(QStringLiteral("SELECT o.id, o.status, o.amount, o.currency, o.created_hlc "
                                       "FROM opportunities o JOIN accounts a ON a.id = o.account_id "
                                       "WHERE %1 ORDER BY o.id")
                            .arg(w.sql()),
                        w.binds);
    if (!rows)
        return rows.error();
    std::vector<ClosedDeal> out;
    for (const QVariantList& r : rows.value()) {
        ClosedDeal d;
        d.id = text(r[0]);
        d.won = text(r[1]) == QLatin1String("won");
        d.amount = r[2].toLongLong();
        d.cny = isCny(text(r[3]));
        auto written = lastWriteClock(db, d.id, QStringLiteral("status"));
        if (!written)
            return written.error();
        const qint64 closedAt = HybridClock::millis(written.value());
        const qint64 createdAt = HybridClock::millis(r[4].toULongLong());
        d.closed = localDayOfMillis(closedAt);
        d.days = double(std::max<qint64>(0, closedAt - createdAt)) / 86'400'000.0;
        out.push_back(std::move(d));
    }
    return out;
}

ClosedFigures closedFigures(const std::vector<ClosedDeal>& deals, const DashboardFilter& f)
{
    ClosedFigures c;
    c.from = f.from;
    c.to = f.to;
    double days = 0;
    for (const ClosedDeal& d : deals) {
        if (!inPeriod(f, d.closed))
            continue;
        (d.won ? c.won : c.lost) += 1;
        c.records << d.id;
        if (d.won && d.cny)
            c.wonAmount += d.amount;
        days += d.days;
    }
    const int closed = c.won + c.lost;
    if (closed > 0) {
        c.winRate = double(c.won) / closed;
        c.cycleDays = days / closed;
    }
    return c;
}

// Follow-ups of the period, by the local date SQLite computes from the stored
// UTC time ('localtime' reads the same TZ as Qt). Parsing a million times in
// C++ took seconds; the stored UTC text with a day's margin on each side
// narrows first (a range of followups_account_at per account), the local date
// decides exactly. `select` is what to return per row or group.
Where followUpsOfPeriod(const DashboardFilter& f)
{
    Where w = filterWhere(f, QStringLiteral("fu"), QStringLiteral("fu.author_id"));
    if (f.from.isValid()) {
        w.add(QStringLiteral("fu.at >= ?"), f.from.addDays(-1).toString(Qt::ISODate));
        w.add(QStringLiteral("date(fu.at, 'localtime') >= ?"), f.from.toString(Qt::ISODate));
    }
    if (f.to.isValid()) {
        w.add(QStringLiteral("fu.at < ?"), f.to.addDays(2).toString(Qt::ISODate));
        w.add(QStringLiteral("date(fu.at, 'localtime') <= ?"), f.to.toString(Qt::ISODate));
    }
    return w;
}

// The local calendar day of stored UTC times (YYYY-MM-DDTHH:MM:SS.sssZ). The day of each UTC hour
// is worked out once; an hour in which a local day begins (a zone a half or quarter hour off UTC,
// a daylight-saving change) is decided by the full time. An unreadable time has no day.
class LocalDays
{
public:
    QDate of(QByteArrayView utf)
    {
        const qint64 hour = hourOf(utf);
        if (hour < 0)
            return fullParse(utf);
        auto it = m_hours.constFind(hour);
        if (it == m_hours.constEnd()) {
            const QDateTime start(
                QDate(int(hour / 1'000'000), int(hour / 10'000 % 100), int(hour / 100 % 100)),
                QTime(int(hour % 100), 0), QTimeZone::utc());
            const QDate first = start.toLocalTime().date();
            const QDate last = start.addMSecs(3'599'999).toLocalTime().date();
            it = m_hours.insert(hour, first == last ? first : QDate());
        }
        return it->isValid() ? *it : fullParse(utf);
    }

private:
    // YYYYMMDDHH from the text's first 13 characters, or -1 when they are not of that form.
    static qint64 hourOf(QByteArrayView utc)
    {
        if (utc.size() < 13 || utc[4] != '-' || utc[7] != '-' || utc[10] != 'T')
            return -1;
        qint64 n = 0;
        for (int i : {0, 1, 2, 3, 5, 6, 8, 9, 11, 12}) {
            const char c = utc[i];
            if (c < '0' || c > '9')
                return -1;
            n = n * 10 + (c - '0');
        }
        const int month = int(n / 10'000 % 100), dayOfMonth = int(n / 100 % 100), h = int(n % 100);
        if (!QDate::isValid(int(n / 1'000'000), month, dayOfMonth) || h > 23)
            return -1;
        return n;
    }
    static QDate fullParse(QByteArrayView utc)
    {
        QDateTime t = QDateTime::fromString(QString::fromUtf8(utc), Qt::ISODateWithMs);
        if (!t.isValid())
            return {};
        if (t.timeSpec() == Qt::LocalTime)
            t.setTimeZone(QTimeZone::utc()); // stored times are UTC, with or without their Z
        return t.toLocalTime().date();
    }

    QHash<qint64, QDate> m_hours; // an invalid date: a local day begins within that hour
};

// Numbers the few distinct values of a column as rows come, comparing bytes (no copy per row).
class Numbering
{
public:
    int of(QByteArrayView utf8)
    {
        for (qsizetype i = 0; i < m_bytes.size(); ++i)
            if (m_bytes[i] == utf8)
                return int(i);
        m_bytes << utf8.toByteArray();
        m_names << QString::fromUtf8(utf8);
        return int(m_names.size() - 1);
    }
    const QString& name(int i) const { return m_names[i]; }

private:
    QList<QByteArray> m_bytes;
    QStringList m_names;
};

QDate mondayOf(const QDate& day)
{
    return day.addDays(1 - day.dayOfWeek());
}

int tierRank(const QString& tier)
{
    const QStringList& tiers = model::entity(u"account")->field(u"tier")->enumValues;
    const qsizetype i = tiers.indexOf(tier);
    return i < 0 ? int(tiers.size()) : int(i);
}

} // namespace

Status DashboardCache::refresh(Database& db, const QDate& today)
{
    // data_version moves with every other connection's commit, total_changes with this one's
    // writes (the store's reader is also its writer).
    const QVariant version = db.scalar(QStringLiteral("PRAGMA data_version"));
    if (!version.isValid())
        return Status::fail(CoreText::tr("Could not tell whether the database changed."));
    const qint64 written = db.totalChanges();
    if (m_db != &db || m_version != version.toLongLong() || m_written != written || m_today != today) {
        health.reset();
        tiersAt.clear();
        m_db = &db;
        m_version = version.toLongLong();
        m_written = written;
        m_today = today;
    }
    return {};
}

Result<std::vector<detail::OpenDeal>> detail::openDeals(Database& db, const DashboardFilter& f)
{
    Where w = filterWhere(f, QStringLiteral("o"), QStringLiteral("o.owner_id"));
    w.parts << QStringLiteral("(o.status IS NULL OR o.status = 'open')");
    auto rows = db.rows(QStringLiteral("SELECT o.id, o.stage, o.amount, o.currency, o.probability, "
                                       "o.expected_close FROM opportunities o JOIN accounts a ON a.id = "
                                       "o.account_id WHERE %1 ORDER BY o.id")
                            .arg(w.sql()),
                        w.binds);
    if (!rows)
        return rows.error();
    std::vector<OpenDeal> out;
    out.reserve(rows.value().size());
    for (const QVariantList& r : rows.value()) {
        OpenDeal d;
        d.id = text(r[0]);
        d.stage = text(r[1]);
        d.hasAmount = !r[2].isNull();
        d.amount = r[2].toLongLong();
        d.currency = text(r[3]);
        d.probability = r[4].isNull() ? -1 : r[4].toInt();
        d.expectedClose = QDate::fromString(text(r[5]), Qt::ISODate);
        out.push_back(std::move(d));
    }
    return out;
}

Result<std::vector<StageFigures>> pipelineFunnel(Database& db, const DashboardFilter& filter)
{
    auto deals = openDeals(db, filter);
    if (!deals)
        return deals.error();
    std::vector<StageFigures> out;
    for (const QString& stage : model::entity(u"opportunity")->field(u"stage")->enumValues)
        out.push_back({stage});
    StageFigures none;
    for (const OpenDeal& d : deals.value()) {
        auto it =
            std::find_if(out.begin(), out.end(), [&](const StageFigures& s) { return s.stage == d.stage; });
        StageFigures& s = it == out.end() ? none : *it;
        ++s.count;
        if (!d.hasAmount)
            ++s.withoutAmount;
        else if (!isCny(d.currency))
            ++s.otherCurrency;
        else
            s.amount += d.amount;
    }
    if (none.count > 0)
        out.push_back(none);
    return out;
}

Result<QStringList> funnelRecords(Database& db, const DashboardFilter& filter, const QString& stage)
{
    auto deals = openDeals(db, filter);
    if (!deals)
        return deals.error();
    const QStringList& stages = model::entity(u"opportunity")->field(u"stage")->enumValues;
    QStringList ids;
    for (const OpenDeal& d : deals.value()) {
        // An unknown stage is shown with the deals without a stage.
        const QString shown = stages.contains(d.stage) ? d.stage : QString();
        if (shown == stage)
            ids << d.id;
    }
    return ids;
}

int defaultStageProbability(const QString& stage)
{
    static const QHash<QString, int> percent = {
        {QStringLiteral("qualify"), 10},   {QStringLiteral("develop"), 25}, {QStringLiteral("propose"), 50},
        {QStringLiteral("negotiate"), 75}, {QStringLiteral("commit"), 90},
    };
    return percent.value(stage, 0);
}

Result<std::vector<ForecastMonth>> weightedForecast(Database& db, const DashboardFilter& filter)
{
    auto deals = openDeals(db, filter);
    if (!deals)
        return deals.error();
    std::map<QDate, ForecastMonth> months; // QDate() sorts first; moved to the end below
    for (const OpenDeal& d : deals.value()) {
        ForecastMonth& m = months[monthOf(d.expectedClose)];
        m.month = monthOf(d.expectedClose);
        ++m.count;
        if (!d.hasAmount || !isCny(d.currency))
            continue;
        m.amount += d.amount;
        const int percent = d.probability >= 0 ? d.probability : defaultStageProbability(d.stage);
        m.weighted += weightedAmount(d.amount, percent);
    }
    std::vector<ForecastMonth> out;
    for (const auto& [month, figures] : months)
        if (month.isValid())
            out.push_back(figures);
    if (auto it = months.find(QDate()); it != months.end())
        out.push_back(it->second);
    return out;
}

Result<QStringList> forecastRecords(Database& db, const DashboardFilter& filter, const QDate& month)
{
    auto deals = openDeals(db, filter);
    if (!deals)
        return deals.error();
    QStringList ids;
    for (const OpenDeal& d : deals.value())
        if (monthOf(d.expectedClose) == monthOf(month))
            ids << d.id;
    return ids;
}

DashboardFilter previousPeriod(const DashboardFilter& filter)
{
    DashboardFilter p = filter;
    if (!filter.from.isValid() || !filter.to.isValid() || filter.to < filter.from) {
        p.from = p.to = QDate();
        return p;
    }
    p.to = filter.from.addDays(-1);
    // Whole calendar months (a month, a quarter, a year): as many months before, so a quarter
    // compares with the quarter before and not with 92 days that start in its last month.
    if (filter.from.day() == 1 && filter.to.day() == filter.to.daysInMonth()) {
        const int months =
            (filter.to.year() - filter.from.year()) * 12 + filter.to.month() - filter.from.month() + 1;
        p.from = filter.from.addMonths(-months);
        return p;
    }
    const qint64 days = filter.from.daysTo(filter.to) + 1;
    p.from = p.to.addDays(1 - days);
    return p;
}

Result<WinFigures> winRate(Database& db, const DashboardFilter& filter)
{
    const DashboardFilter before = previousPeriod(filter);
    auto deals = closedDeals(db, filter, before.from.isValid() ? before.from : filter.from);
    if (!deals)
        return deals.error();
    WinFigures w;
    w.current = closedFigures(deals.value(), filter);
    w.hasPrevious = before.from.isValid();
    if (w.hasPrevious)
        w.previous = closedFigures(deals.value(), before);
    return w;
}

Result<QStringList> closedRecords(Database& db, const DashboardFilter& filter, bool previous)
{
    const DashboardFilter period = previous ? previousPeriod(filter) : filter;
    if (previous && !period.from.isValid())
        return QStringList();
    auto deals = closedDeals(db, filter, period.from);
    if (!deals)
        return deals.error();
    QStringList ids;
    for (const ClosedDeal& d : deals.value())
        if (inPeriod(period, d.closed))
            ids << d.id;
    return ids;
}

Result<std::vector<ActivityCount>> activityByWeek(Database& db, const DashboardFilter& filter)
{
    // The period's rows narrowed on the stored UTC text (a day's margin each side), the local day
    // decided here: SQLite's date(at, 'localtime') and a GROUP BY over a quarter's 140,000
    // follow-ups took 300 ms, reading them one by one takes a sixth of that.
    Where w = filterWhere(filter, QStringLiteral("fu"), QStringLiteral("fu.author_id"));
    if (filter.from.isValid())
        w.add(QStringLiteral("fu.at >= ?"), filter.from.addDays(-1).toString(Qt::ISODate));
    if (filter.to.isValid())
        w.add(QStringLiteral("fu.at < ?"), filter.to.addDays(2).toString(Qt::ISODate));
    Statement& q = db.fast(QStringLiteral("SELECT coalesce(fu.author_id, ''), coalesce(fu.type, ''), fu.at "
                                          "FROM accounts a CROSS JOIN followups fu ON fu.account_id = a.id "
                                          "WHERE %1")
                               .arg(w.sql()));
    for (int i = 0; i < w.binds.size(); ++i)
        q.bind(i + 1, w.binds[i]);
    // Counts by author, type and week; authors and types numbered as they come (a handful of each).
    Numbering authors, types;
    std::map<std::tuple<qint64, int, int>, int> counts; // week (Julian day), type, author
    LocalDays days;
    while (q.step()) {
        const QDate day = days.of(q.utf8(2));
        if (!inPeriod(filter, day))
            continue; // outside the period in local time, or a time that cannot be read
        ++counts[{mondayOf(day).toJulianDay(), types.of(q.utf8(1)), authors.of(q.utf8(0))}];
    }
    const QString error = q.error();
    q.reset();
    if (!error.isEmpty())
        return Status::fail(error);
    auto names = db.rows(QStringLiteral("SELECT id, name FROM members"));
    if (!names)
        return names.error();
    QHash<QString, QString> memberNames;
    for (const QVariantList& r : names.value())
        memberNames.insert(text(r[0]), text(r[1]));
    std::vector<ActivityCount> out;
    out.reserve(counts.size());
    for (const auto& [key, count] : counts) {
        const auto& [week, type, author] = key;
        const QString& id = authors.name(author);
        out.push_back({id, memberNames.value(id), QDate::fromJulianDay(week), types.name(type), count});
    }
    const QStringList& order = model::entity(u"followup")->field(u"type")->enumValues;
    std::sort(out.begin(), out.end(), [&](const ActivityCount& a, const ActivityCount& b) {
        if (a.week != b.week)
            return a.week < b.week;
        if (a.memberName != b.memberName)
            return a.memberName < b.memberName;
        if (a.memberId != b.memberId)
            return a.memberId < b.memberId;
        return order.indexOf(a.type) < order.indexOf(b.type);
    });
    return out;
}

Result<QStringList> activityRecords(Database& db, const DashboardFilter& filter,
                                    const std::optional<QString>& memberId, const QDate& week,
                                    const QString& type)
{
    // The week, within the period.
    DashboardFilter days = filter;
    const QDate monday = mondayOf(week);
    days.from = filter.from.isValid() ? std::max(filter.from, monday) : monday;
    days.to = filter.to.isValid() ? std::min(filter.to, monday.addDays(6)) : monday.addDays(6);
    Where w = followUpsOfPeriod(days);
    if (memberId)
        w.add(QStringLiteral("coalesce(fu.author_id, '') = ?"), *memberId);
    if (!type.isEmpty())
        w.add(QStringLiteral("fu.type = ?"), type);
    auto rows =
        db.rows(QStringLiteral("SELECT fu.id FROM followups fu JOIN accounts a ON a.id = fu.account_id "
                               "WHERE %1 ORDER BY fu.at, fu.id")
                    .arg(w.sql()),
                w.binds);
    if (!rows)
        return rows.error();
    QStringList ids;
    for (const QVariantList& r : rows.value())
        ids << text(r[0]);
    return ids;
}

Result<std::vector<TierCount>> tierDistribution(Database& db, const DashboardFilter& filter)
{
    Where w = filterWhere(filter, QString(), QStringLiteral("a.am_id"));
    auto rows = db.rows(
        QStringLiteral("SELECT a.tier, count(*) FROM accounts a WHERE %1 GROUP BY a.tier").arg(w.sql()),
        w.binds);
    if (!rows)
        return rows.error();
    std::vector<TierCount> out;
    for (const QString& tier : model::entity(u"account")->field(u"tier")->enumValues)
        out.push_back({tier, 0});
    TierCount none;
    for (const QVariantList& r : rows.value()) {
        const QString tier = text(r[0]);
        auto it = std::find_if(out.begin(), out.end(), [&](const TierCount& t) { return t.tier == tier; });
        (it == out.end() ? none : *it).count += r[1].toInt();
    }
    if (none.count > 0)
        out.push_back(none);
    return out;
}

Result<std::vector<TierMove>> tierMoves(Database& db, const DashboardFilter& filter, DashboardCache* cache)
{
    std::vector<TierMove> out;
    if (!filter.from.isValid())
        return out;
    const Where w = filterWhere(filter, QString(), QStringLiteral("a.am_id"));
    auto accounts =
        db.rows(QStringLiteral("SELECT a.id, a.name, a.tier FROM accounts a WHERE %1 ORDER BY a.name, a.id")
                    .arg(w.sql()),
                w.binds);
    if (!accounts)
        return accounts.error();
    // The tiers of every account at two instants: the last moment before the period, and the
    // end of its last day or now, whichever is first. Now is the accounts as they are (the table).
    auto tiersAt = [&db, cache](qint64 millis) -> Result<QHash<QString, QString>> {
        if (cache) {
            auto kept = cache->tiersAt.constFind(millis);
            if (kept != cache->tiersAt.constEnd())
                return *kept;
        }
        asof::Reader reader(db, asof::cutAt(millis));
        if (Status s = reader.loadTable(QStringLiteral("account")); !s)
            return s;
        QHash<QString, QString> tiers;
        const asof::States& states = reader.states();
        for (auto it = states.cbegin(); it != states.cend(); ++it)
            if (it->alive())
                tiers.insert(it.key(), it->text(u"tier"));
        if (cache)
            cache->tiersAt.insert(millis, tiers);
        return tiers;
    };
    const qint64 start = QDateTime(filter.from, QTime(0, 0)).toMSecsSinceEpoch() - 1;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const bool runsOn =
        !filter.to.isValid() || QDateTime(filter.to.addDays(1), QTime(0, 0)).toMSecsSinceEpoch() > now;
    auto before = tiersAt(start);
    if (!before)
        return before.error();
    Result<QHash<QString, QString>> after = QHash<QString, QString>();
    if (!runsOn)
        after = tiersAt(QDateTime(filter.to.addDays(1), QTime(0, 0)).toMSecsSinceEpoch() - 1);
    if (!after)
        return after.error();
    for (const QVariantList& r : accounts.value()) {
        const QString id = text(r[0]);
        if (!before.value().contains(id) || (!runsOn && !after.value().contains(id)))
            continue; // new in the period (its first tier is a start, not a move), or after it
        const QString from = before.value().value(id), to = runsOn ? text(r[2]) : after.value().value(id);
        if (from == to)
            continue;
        out.push_back({id, text(r[1]), from, to, tierRank(to) < tierRank(from)});
    }
    return out;
}

AccountFilter tierAccounts(const DashboardFilter& filter, const QString& tier)
{
    AccountFilter a;
    if (!filter.member.isEmpty())
        a.owners.insert(filter.member);
    if (!filter.region.isEmpty())
        a.regions.insert(filter.region);
    if (!filter.industry.isEmpty())
        a.industries.insert(filter.industry);
    if (!tier.isEmpty())
        a.tiers.insert(tier);
    else if (!filter.tier.isEmpty())
        a.tiers.insert(filter.tier);
    return a;
}

Result<RoleCoverage> roleCoverage(Database& db, const DashboardFilter& filter, int limit)
{
    RoleCoverage out;
    out.roles = model::entity(u"contact")->field(u"decision_role")->enumValues;
    Where w = filterWhere(filter, QString(), QStringLiteral("a.am_id"));
    auto accounts =
        db.rows(QStringLiteral("SELECT a.id, a.name, a.tier FROM accounts a WHERE %1").arg(w.sql()), w.binds);
    if (!accounts)
        return accounts.error();
    std::vector<CoverageAccountRow> rows;
    for (const QVariantList& r : accounts.value())
        rows.push_back({text(r[0]), text(r[1]), text(r[2]), std::vector<RoleCell>(size_t(out.roles.size()))});
    out.totalAccounts = int(rows.size());
    std::sort(rows.begin(), rows.end(), [](const CoverageAccountRow& a, const CoverageAccountRow& b) {
        const int ta = tierRank(a.tier), tb = tierRank(b.tier);
        if (ta != tb)
            return ta < tb;
        if (a.name != b.name)
            return a.name < b.name;
        return a.accountId < b.accountId;
    });
    if (limit >= 0 && int(rows.size()) > limit)
        rows.resize(size_t(limit));
    // Per listed account: its active contacts in a role, with the best level
    // any active team member knows them at (the levels of the schema, in order).
    const QStringList& levels = model::entity(u"coverage")->field(u"level")->enumValues;
    for (CoverageAccountRow& row : rows) {
        auto contacts = db.rows(
            QStringLiteral(
                "SELECT c.id, c.decision_role, (SELECT group_concat(cv.level) FROM coverage cv "
                "JOIN members m ON m.id = cv.member_id WHERE cv.contact_id = c.id AND cv.deleted = 0 "
                "AND m.deleted = 0 AND coalesce(m.status, 'active') <> 'left') FROM contacts c "
                "WHERE c.account_id = ? AND c.deleted = 0 AND coalesce(c.status, 'active') <> 'left' "
                "AND c.decision_role IS NOT NULL ORDER BY coalesce(c.influence, 0) DESC, c.name, c.id"),
            {row.accountId});
        if (!contacts)
            return contacts.error();
        for (const QVariantList& c : contacts.value()) {
            const qsizetype role = out.roles.indexOf(text(c[1]));
            if (role < 0)
                continue;
            RoleCell& cell = row.cells[size_t(role)];
            if (cell.contacts++ == 0)
                cell.firstContactId = text(c[0]);
            int best = 0;
            for (const QString& level : text(c[2]).split(QLatin1Char(','), Qt::SkipEmptyParts))
                best = std::max(best, int(levels.indexOf(level)));
            if (best > 0)
                ++cell.covered;
            cell.bestLevel = std::max(cell.bestLevel, best);
        }
    }
    out.accounts = std::move(rows);
    return out;
}

Result<HealthFigures> healthDistribution(Database& db, const DashboardFilter& filter, const QDate& today,
                                         int limit, DashboardCache* cache)
{
    Where w = filterWhere(filter, QString(), QStringLiteral("a.am_id"));
    auto rows = db.rows(
        QStringLiteral("SELECT a.id, coalesce(a.tier, '') FROM accounts a WHERE %1").arg(w.sql()), w.binds);
    if (!rows)
        return rows.error();
    QHash<QString, QString> tiers;
    for (const QVariantList& r : rows.value())
        tiers.insert(text(r[0]), text(r[1]));
    DashboardCache local;
    if (!cache)
        cache = &local;
    if (Status s = cache->refresh(db, today); !s)
        return s;
    if (!cache->health) {
        auto all = analysis::assessHealthAll(db, today);
        if (!all)
            return all.error();
        cache->health = std::move(all).value();
    }
    HealthFigures out;
    for (const analysis::HealthAssessment& h : *cache->health) {
        auto tier = tiers.constFind(h.accountId);
        if (tier == tiers.constEnd())
            continue;
        (h.band == analysis::HealthBand::Green   ? out.green
         : h.band == analysis::HealthBand::Amber ? out.amber
                                                 : out.red) += 1;
        if (h.band == analysis::HealthBand::Green)
            continue;
        // What costs the account most: the measured component furthest below its full points.
        const analysis::HealthComponent* worst = nullptr;
        for (const analysis::HealthComponent& c : h.components)
            if (c.measured && (!worst || c.weight * (1 - c.fraction) > worst->weight * (1 - worst->fraction)))
                worst = &c;
        QString weakest;
        if (worst)
            weakest = CoreText::tr("%1: %2").arg(analysis::healthComponentLabel(worst->key),
                                                 worst->reasons.value(0));
        out.weakest.push_back(
            {h.accountId, h.accountName, *tier, h.score, analysis::healthBandKey(h.band), weakest});
    }
    std::stable_sort(out.weakest.begin(), out.weakest.end(),
                     [](const HealthAccount& a, const HealthAccount& b) { return a.score < b.score; });
    if (limit >= 0 && out.weakest.size() > size_t(limit))
        out.weakest.resize(size_t(limit));
    return out;
}

Result<DashboardFigures> dashboardFigures(Database& db, const DashboardFilter& filter, int coverageLimit)
{
    DashboardCache cache;
    return dashboardFigures(db, filter, cache, kAllPanels, coverageLimit);
}

Result<DashboardFigures> dashboardFigures(Database& db, const DashboardFilter& filter, DashboardCache& cache,
                                          DashboardPanels panels, int coverageLimit)
{
    DashboardFigures all;
    all.filter = filter;
    const QDate today = filter.today.isValid() ? filter.today : QDate::currentDate();
    if (Status s = cache.refresh(db, today); !s)
        return s;
    const auto wanted = [panels](DashboardPanel p) {
        return panels.testFlag(p);
    };
    if (wanted(DashboardPanel::Health)) {
        auto health = healthDistribution(db, filter, today, 10, &cache);
        if (!health)
            return health.error();
        all.health = std::move(health).value();
    }
    if (wanted(DashboardPanel::Sales)) {
        auto funnel = pipelineFunnel(db, filter);
        if (!funnel)
            return funnel.error();
        all.funnel = std::move(funnel).value();
        auto forecast = weightedForecast(db, filter);
        if (!forecast)
            return forecast.error();
        all.forecast = std::move(forecast).value();
        auto wins = winRate(db, filter);
        if (!wins)
            return wins.error();
        all.wins = std::move(wins).value();
        DashboardFilter kpiFilter = filter;
        kpiFilter.today = today;
        auto kpis = keyFigures(db, kpiFilter, &all.wins);
        if (!kpis)
            return kpis.error();
        all.kpis = std::move(kpis).value();
    }
    if (wanted(DashboardPanel::Activity)) {
        auto activity = activityByWeek(db, filter);
        if (!activity)
            return activity.error();
        all.activity = std::move(activity).value();
    }
    if (wanted(DashboardPanel::Tiers)) {
        auto tiers = tierDistribution(db, filter);
        if (!tiers)
            return tiers.error();
        all.tiers = std::move(tiers).value();
        auto moves = tierMoves(db, filter, &cache);
        if (!moves)
            return moves.error();
        all.tierMoves = std::move(moves).value();
    }
    if (wanted(DashboardPanel::Coverage)) {
        auto coverage = roleCoverage(db, filter, coverageLimit);
        if (!coverage)
            return coverage.error();
        all.coverage = std::move(coverage).value();
    }
    if (wanted(DashboardPanel::Due)) {
        auto renewals = renewalsDue(db, filter, today);
        if (!renewals)
            return renewals.error();
        all.renewals = std::move(renewals).value();
        auto receivables = receivablesDue(db, filter, today);
        if (!receivables)
            return receivables.error();
        all.receivables = std::move(receivables).value();
        for (const auto& [table, flag] : {std::pair{QStringLiteral("contracts"), &all.hasContracts},
                                          std::pair{QStringLiteral("receivables"), &all.hasReceivables}}) {
            auto any = hasLiveRecords(db, table);
            if (!any)
                return any.error();
            *flag = any.value();
        }
    }
    return all;
}

void takePanels(DashboardFigures& into, DashboardFigures&& from, DashboardPanels panels)
{
    const auto wanted = [panels](DashboardPanel p) {
        return panels.testFlag(p);
    };
    if (wanted(DashboardPanel::Health))
        into.health = std::move(from.health);
    if (wanted(DashboardPanel::Sales)) {
        into.funnel = std::move(from.funnel);
        into.forecast = std::move(from.forecast);
        into.wins = std::move(from.wins);
        into.kpis = std::move(from.kpis);
    }
    if (wanted(DashboardPanel::Activity))
        into.activity = std::move(from.activity);
    if (wanted(DashboardPanel::Tiers)) {
        into.tiers = std::move(from.tiers);
        into.tierMoves = std::move(from.tierMoves);
    }
    if (wanted(DashboardPanel::Coverage))
        into.coverage = std::move(from.coverage);
    if (wanted(DashboardPanel::Due)) {
        into.renewals = std::move(from.renewals);
        into.receivables = std::move(from.receivables);
        into.hasContracts = from.hasContracts;
        into.hasReceivables = from.hasReceivables;
    }
}

} // namespace summit::query
