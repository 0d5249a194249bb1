#include "CoreText.h"
#include "query/AccountSummary.h"
#include "query/Reports.h"

#include "query/Today.h"
#include "store/Database.h"

#include <QDateTime>
#include <QHash>
#include <algorithm>

namespace summit::query {

namespace {

QString text(const QVariant& v)
{
    return v.isNull() ? QString() : v.toString();
}

// A member id to bind: never a null string, which SQLite would take for NULL ("? = ''" false).
QString memberBind(const QString& id)
{
    return id.isEmpty() ? QStringLiteral("") : id;
}

QDate localDate(const QString& storedUtc)
{
    QDateTime t = QDateTime::fromString(storedUtc, Qt::ISODateWithMs);
    return t.isValid() ? t.toLocalTime().date() : QDate();
}

Status rankActivity(Database& db, TeamReviewData& d)
{
    QHash<QString, size_t> at;
    // Every active member is ranked, so a member without follow-ups shows as 0.
    auto members =
        db.rows(QStringLiteral("SELECT id, name FROM members WHERE deleted = 0 AND (status IS NULL OR"
                               " status = 'active') AND (? = '' OR id = ?) ORDER BY name"),
                {memberBind(d.memberId), memberBind(d.memberId)});
    if (!members)
        return members.error();
    for (const QVariantList& r : members.value()) {
        at.insert(text(r[0]), d.ranking.size());
        d.ranking.push_back({text(r[0]), text(r[1]), 0, {}});
    }
    for (const ActivityCount& a : d.figures.activity) {
        auto it = at.find(a.memberId);
        if (it == at.end()) {
            it = at.insert(a.memberId, d.ranking.size());
            d.ranking.push_back({a.memberId, a.memberName, 0, {}});
        }
        MemberActivity& m = d.ranking[it.value()];
        m.followUps += a.count;
        m.byType[a.type] += a.count;
        d.followUps += a.count;
    }
    std::stable_sort(d.ranking.begin(), d.ranking.end(),
                     [](const MemberActivity& a, const MemberActivity& b) {
                         if (a.followUps != b.followUps)
                             return a.followUps > b.followUps;
                         return a.memberName.localeAwareCompare(b.memberName) < 0;
                     });
    return {};
}

Status findRisks(Database& db, TeamReviewData& d)
{
    const QString endOfToday = utcStartOfDay(d.today.addDays(1));
    auto rows = db.rows(
        QStringLiteral(
            "SELECT a.id, a.name, a.tier, m.name,"
            " (SELECT MAX(f.at) FROM followups f WHERE f.account_id = a.id AND f.deleted = 0 AND f.at < ?),"
            " (SELECT COUNT(*) FROM opportunities o WHERE o.account_id = a.id AND o.deleted = 0 AND"
            "  (o.status IS NULL OR o.status = 'open') AND o.expected_close < ?)"
            " FROM accounts a LEFT JOIN members m ON m.id = a.am_id AND m.deleted = 0"
            " WHERE a.deleted = 0 AND (? = '' OR a.am_id = ?) AND EXISTS (SELECT 1 FROM opportunities o"
            "  WHERE o.account_id = a.id AND o.deleted = 0 AND (o.status IS NULL OR o.status = 'open'))"
            " ORDER BY a.name"),
        {endOfToday, d.today.toString(Qt::ISODate), memberBind(d.memberId), memberBind(d.memberId)});
    if (!rows)
        return rows.error();
    analysis::GapOptions go;
    go.today = d.today;
    for (const QVariantList& r : rows.value()) {
        RiskAccount a{text(r[0]), text(r[1]), text(r[2]), text(r[3]), {}};
        auto gaps = analysis::findGaps(db, a.id, go);
        if (!gaps)
            return gaps.error();
        for (const analysis::Gap& g : gaps.value())
            if (g.severity == analysis::Severity::High)
                a.reasons << g.message;
        if (const int overdue = r[5].toInt(); overdue > 0)
            a.reasons << CoreText::tr("%n open deal(s) past the expected close date", nullptr, overdue);
        const int allowed = allowedQuietDays(a.tier);
        const QDate last = localDate(text(r[4]));
        if (allowed >= 0 && !last.isValid())
            a.reasons << CoreText::tr("Never followed up (tier %1 asks for one every %n day(s))", nullptr,
                                      allowed)
                             .arg(a.tier);
        else if (allowed >= 0 && last.daysTo(d.today) > allowed)
            a.reasons << CoreText::tr("No follow-up for %1 days (tier %2 asks for one every %n day(s))",
                                      nullptr, allowed)
                             .arg(last.daysTo(d.today))
                             .arg(a.tier);
        if (!a.reasons.isEmpty())
            d.atRisk.push_back(std::move(a));
    }
    std::stable_sort(d.atRisk.begin(), d.atRisk.end(), [](const RiskAccount& a, const RiskAccount& b) {
        return a.reasons.size() > b.reasons.size();
    });
    return {};
}

Status findQuiet(Database& db, TeamReviewData& d)
{
    const QDate end = std::min(d.period.to, d.today);
    auto rows = db.rows(
        QStringLiteral("SELECT a.id, a.name, a.tier, m.name, (SELECT MAX(f.at) FROM followups f WHERE"
                       " f.account_id = a.id AND f.deleted = 0 AND f.at < ?) AS last"
                       " FROM accounts a LEFT JOIN members m ON m.id = a.am_id AND m.deleted = 0"
                       " WHERE a.deleted = 0 AND (? = '' OR a.am_id = ?) AND (last IS NULL OR last < ?)"
                       " ORDER BY last IS NOT NULL, last, a.name"),
        {utcStartOfDay(end.addDays(1)), memberBind(d.memberId), memberBind(d.memberId),
         utcStartOfDay(end.addDays(-d.quietDays))});
    if (!rows)
        return rows.error();
    for (const QVariantList& r : rows.value()) {
        QuietAccountRow q{text(r[0]), text(r[1]), text(r[2]), text(r[3]), localDate(text(r[4])), -1};
        if (q.lastFollowUp.isValid())
            q.daysSince = int(q.lastFollowUp.daysTo(end));
        d.quiet.push_back(std::move(q));
    }
    return {};
}

} // namespace

Result<TeamReviewData> teamReview(Database& db, const TeamReviewOptions& options)
{
    TeamReviewData d;
    d.period = options.period;
    d.memberId = options.memberId;
    d.today = options.today.isValid() ? options.today : QDate::currentDate();
    d.quietDays = std::max(1, options.quietDays);
    if (!d.period.from.isValid() || !d.period.to.isValid())
        return Result<TeamReviewData>::fail(CoreText::tr("A team review needs a period."));
    if (!d.memberId.isEmpty()) {
        auto m =
            db.rows(QStringLiteral("SELECT name FROM members WHERE id = ? AND deleted = 0"), {d.memberId});
        if (!m)
            return m.error();
        if (m.value().empty())
            return Result<TeamReviewData>::fail(CoreText::tr("No team member with id %1.").arg(d.memberId));
        d.memberName = text(m.value().front()[0]);
    }
    DashboardFilter f;
    f.from = d.period.from;
    f.to = d.period.to;
    f.member = d.memberId;
    f.today = d.today;
    auto figures = dashboardFigures(db, f);
    if (!figures)
        return figures.error();
    d.figures = std::move(figures.value());
    for (const StageFigures& s : d.figures.funnel) {
        d.openPipeline += s.amount;
        d.openDeals += s.count;
    }
    for (const ForecastMonth& m : d.figures.forecast)
        d.weightedForecast += m.weighted;
    if (Status s = rankActivity(db, d); !s)
        return s.error();
    if (Status s = findRisks(db, d); !s)
        return s.error();
    if (Status s = findQuiet(db, d); !s)
        return s.error();
    // Renewals and receivables due in the 90 days from today (the state of today, as risks).
    d.renewals = d.figures.renewals;
    d.receivables = d.figures.receivables;
    d.hasContracts = d.figures.hasContracts;
    d.hasReceivables = d.figures.hasReceivables;
    return d;
}

} // namespace summit::query
