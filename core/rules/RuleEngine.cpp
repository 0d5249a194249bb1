#include "rules/RuleEngine.h"

#include "CoreText.h"
#include "analysis/AccountScores.h"
#include "analysis/HealthTrend.h"
#include "model/Display.h"
#include "rules/RunParts.h"
#include "rules/WorkCalendar.h"
#include "store/Database.h"
#include "store/Hlc.h"
#include "store/Ids.h"
#include "store/OperationLog.h"

#include <QHash>
#include <algorithm>

namespace summit::rules {

namespace {

// One firing of a rule: the account, the reason and the day the condition first held.
struct Firing
{
    QString accountId, trigger, title, reason;
    QDate since;
};

class Evaluator
{
public:
    Evaluator(Database& db, const EvaluateOptions& o, const WorkCalendar& calendar)
        : m_db(db), m_options(o), m_calendar(calendar), m_team(db)
    {}

    Status loadTeam() { return m_team.load(); }

    // The SQL that keeps accounts `a` in the rule's scope, with its binds.
    QString scope(const Rule& r, QVariantList& binds) const
    {
        QString sql = QStringLiteral("a.deleted = 0");
        if (!r.tiers.isEmpty()) {
            QStringList marks;
            for (const QString& t : r.tiers) {
                marks << QStringLiteral("?");
                binds << t;
            }
            sql += QStringLiteral(" AND a.tier IN (%1)").arg(marks.join(QLatin1Char(',')));
        }
        if (!r.tag.isEmpty()) {
            // account.tags is a list the team types: commas (half- or full-width), 、 or spaces between.
            sql +=
                QStringLiteral(" AND instr(',' || replace(replace(replace(replace(coalesce(a.tags, ''), "
                               "'，', ','), '、', ','), ' ', ','), '　', ',') || ',', ',' || ? || ',') > 0");
            binds << r.tag;
        }
        if (!r.region.isEmpty()) {
            sql += QStringLiteral(" AND a.region = ?");
            binds << r.region;
        }
        if (!r.industry.isEmpty()) {
            sql += QStringLiteral(" AND a.industry = ?");
            binds << r.industry;
        }
        if (!r.memberId.isEmpty()) {
            sql += QStringLiteral(" AND (a.am_id = ? OR a.sa_id = ? OR a.de_id = ?)");
            binds << r.memberId << r.memberId << r.memberId;
        }
        if (!m_options.accounts.isEmpty()) {
            QStringList marks;
            for (const QString& id : m_options.accounts) {
                marks << QStringLiteral("?");
                binds << id;
            }
            sql += QStringLiteral(" AND a.id IN (%1)").arg(marks.join(QLatin1Char(',')));
        }
        return sql;
    }

    Result<std::vector<Firing>> fire(const Rule& r)
    {
        const QString& c = r.condition;
        if (c == QLatin1String("quiet"))
            return quiet(r);
        if (c == QLatin1String("health_below") || c == QLatin1String("health_drop"))
            return health(r);
        if (c == QLatin1String("contract_ending"))
            return contractEnding(r);
        if (c == QLatin1String("receivable_overdue"))
            return receivableOverdue(r);
        if (c == QLatin1String("key_person_left"))
            return keyPersonLeft(r);
        if (c == QLatin1String("opportunity_stalled"))
            return stalled(r);
        if (c == QLatin1String("severe_request"))
            return severeRequest(r);
        if (c == QLatin1String("detractor"))
            return detractor(r);
        return std::vector<Firing>{};
    }

    // The tasks of the firings, one per person of the rule's roles (proposed; keepNew decides).
    void tasksFor(const Rule& r, const std::vector<Firing>& firings)
    {
        for (const Firing& f : firings) {
            const AccountPeople& a = m_team.account(f.accountId);
            std::vector<std::pair<QString, QString>> people; // role, member
            for (const QString& role : r.roles) {
                const QString who = m_team.holder(role, a);
                if (!who.isEmpty() && std::none_of(people.begin(), people.end(),
                                                   [&](const auto& p) { return p.second == who; }))
                    people.emplace_back(role, who);
            }
            if (people.empty()) // nobody holds the roles: one task of nobody, on the account
                people.emplace_back(QString(), QString());
            for (const auto& [role, who] : people) {
                RuleTask t;
                t.ruleId = r.id;
                t.ruleName = r.name;
                t.accountId = f.accountId;
                t.accountName = a.name;
                t.role = role;
                t.assigneeId = who;
                t.assigneeName = m_team.memberName(who);
                t.trigger = f.trigger;
                t.title = f.title;
                t.reason = f.reason;
                t.due = due(r, f.since);
                t.id = m_options.randomIds ? ids::newId() : ruleTaskId(r.id, f.accountId, f.trigger, role);
                m_proposed.push_back(std::move(t));
            }
        }
    }

    // Open tasks of the rule past their due date by escalateDays: a task for the team lead each.
    Status escalations(const Rule& r)
    {
        if (r.escalateDays <= 0)
            return {};
        const QDate cut = today().addDays(-r.escalateDays);
        QVariantList binds = {r.id, isoDay(cut)};
        const QString where = scope(r, binds);
        auto rows = m_db.rows(
            QStringLiteral(
                "SELECT t.id, t.title, t.due, t.account_id FROM tasks t JOIN accounts a ON a.id = "
                "t.account_id WHERE t.rule_id = ? AND t.deleted = 0 AND coalesce(t.status, 'open') = "
                "'open' AND t.due < ? AND coalesce(t.trigger, '') NOT LIKE 'escalate:%' AND %1 "
                "ORDER BY t.due, t.id")
                .arg(where),
            binds);
        if (!rows)
            return rows.status();
        for (const QVariantList& row : rows.value()) {
            const QString taskId = row[0].toString();
            const QDate due = QDate::fromString(row[2].toString(), Qt::ISODate);
            const AccountPeople& a = m_team.account(row[3].toString());
            RuleTask t;
            t.ruleId = r.id;
            t.ruleName = r.name;
            t.accountId = row[3].toString();
            t.accountName = a.name;
            t.role = QStringLiteral("team_lead");
            t.assigneeId = m_team.lead();
            t.assigneeName = m_team.memberName(m_team.lead());
            t.trigger = QStringLiteral("escalate:") + taskId;
            t.title = CoreText::tr("Escalated: %1").arg(row[1].toString());
            t.reason =
                CoreText::tr("\"%1\" is still open; it was due on %2.").arg(row[1].toString(), isoDay(due));
            t.due = m_calendar.addWorkdays(std::max(due.addDays(r.escalateDays), today()), 0);
            t.id = m_options.randomIds ? ids::newId() : ruleTaskId(r.id, t.accountId, t.trigger, t.role);
            m_proposed.push_back(std::move(t));
        }
        return {};
    }

    // Keeps the proposals whose task does not exist yet (in any state).
    Status keepNew(RuleEvaluation& out) { return rules::keepNew(m_db, m_proposed, out); }

    QDate today() const { return m_options.today; }

    // The scores computed, for the caller to keep.
    void scoresTo(RuleEvaluation& out) const
    {
        if (!m_health.isEmpty())
            out.healthScores.push_back({today(), m_health});
        if (!m_rebuilt.isEmpty())
            out.healthScores.push_back({today().addDays(-30), m_rebuilt});
    }

private:
    QDate due(const Rule& r, const QDate& since) const
    {
        const QDate from = since.isValid() ? std::max(since, today()) : today();
        if (r.dueUnit == QLatin1String("hours"))
            return from.addDays(r.dueIn / 24); // a due date: "within 4 hours" is today, "24 hours" tomorrow
        return m_calendar.addWorkdays(from, r.dueIn);
    }

    static constexpr const char* kAccountColumns = "a.id, a.name, a.am_id, a.sa_id, a.de_id";

    // The rows of `sql`, where %1 stands for the account's columns (id, name, AM, SA, DE: the
    // first five of each row) and %2 for the rule's scope; the accounts are remembered for the
    // tasks' names and people.
    Result<std::vector<QVariantList>> scoped(const Rule& r, const QString& sql, QVariantList binds)
    {
        const QString where = scope(r, binds);
        auto rows = m_db.rows(sql.arg(QLatin1String(kAccountColumns), where), binds);
        if (!rows)
            return rows.error();
        for (const QVariantList& row : rows.value())
            m_team.remember(row[0].toString(),
                            {row[1].toString(), row[2].toString(), row[3].toString(), row[4].toString()});
        return rows;
    }

    Result<std::vector<Firing>> quiet(const Rule& r)
    {
        QVariantList binds;
        // The last follow-up of each account walks followups_account_at backwards (one or two rows).
        auto rows =
            scoped(r,
                   QStringLiteral("SELECT %1, (SELECT f.at FROM followups f WHERE f.account_id = "
                                  "a.id AND f.deleted = 0 ORDER BY f.at DESC LIMIT 1) FROM accounts a "
                                  "WHERE %2"),
                   binds);
        if (!rows)
            return rows.error();
        std::vector<Firing> out;
        for (const QVariantList& row : rows.value()) {
            const QDate last = row[5].isNull() ? QDate() : localDate(row[5].toString());
            if (last.isValid() && last.daysTo(today()) <= r.threshold)
                continue;
            Firing f;
            f.accountId = row[0].toString();
            f.title = CoreText::tr("Follow up with %1: no follow-up for more than %n day(s)", "", r.threshold)
                          .arg(row[1].toString());
            if (last.isValid()) {
                f.trigger = QStringLiteral("quiet:") + isoDay(last);
                f.since = last.addDays(r.threshold + 1);
                f.reason = CoreText::tr("Last follow-up on %1, %n day(s) ago.", "", int(last.daysTo(today())))
                               .arg(isoDay(last));
            } else {
                f.trigger = QStringLiteral("quiet:never");
                f.reason = CoreText::tr("No follow-up was ever recorded.");
            }
            out.push_back(std::move(f));
        }
        return out;
    }

    // Today's health of the accounts in `ids`: scored one by one for a few (after an edit), all in
    // one pass otherwise (assessHealthAll reads each table once), kept for the other health rule.
    Status healthToday(const QStringList& ids)
    {
        QStringList missing;
        for (const QString& id : ids)
            if (!m_health.contains(id))
                missing << id;
        if (missing.isEmpty())
            return {};
        if (missing.size() <= 50) {
            for (const QString& id : missing) {
                auto h = analysis::assessHealth(m_db, id, today());
                if (!h)
                    return h.status();
                m_health.insert(id, h.value().score);
            }
            return {};
        }
        auto all = analysis::assessHealthAll(m_db, today());
        if (!all)
            return all.status();
        for (const analysis::HealthAssessment& h : all.value())
            m_health.insert(h.accountId, h.score);
        return {};
    }

    Result<std::vector<Firing>> health(const Rule& r)
    {
        QVariantList binds;
        auto rows = scoped(r, QStringLiteral("SELECT %1 FROM accounts a WHERE %2"), binds);
        if (!rows)
            return rows.error();
        QStringList ids;
        for (const QVariantList& row : rows.value())
            ids << row[0].toString();
        if (Status s = healthToday(ids); !s)
            return s.error();
        const bool drop = r.condition == QLatin1String("health_drop");
        const QString month = today().toString(QStringLiteral("yyyy-MM"));
        const QDate back = today().addDays(-30);
        // A fall of N needs a score of N or more 30 days ago: accounts above 100 - N today cannot
        // have fallen that far, and are not rebuilt as of then. The others are rebuilt together.
        QHash<QString, analysis::HealthPoint> then;
        if (drop) {
            QStringList candidates;
            for (const QString& id : ids)
                if (m_health.contains(id) && m_health.value(id) <= 100 - r.threshold)
                    candidates << id;
            // The scores kept for those days, else the accounts as they were rebuilt from the log
            // (and kept by the caller, so that is done once).
            auto kept = analysis::recordedHealth(m_db, candidates, back.addDays(-kHealthDropSlackDays), back);
            if (!kept)
                return kept.error();
            then = std::move(kept.value());
            QStringList missing;
            for (const QString& id : candidates)
                if (!then.contains(id))
                    missing << id;
            auto past = analysis::healthOnAll(m_db, missing, back);
            if (!past)
                return past.error();
            for (auto it = past.value().cbegin(); it != past.value().cend(); ++it) {
                then.insert(it.key(), it.value());
                m_rebuilt.insert(it.key(), it.value().score);
            }
        }
        std::vector<Firing> out;
        for (const QVariantList& row : rows.value()) {
            const QString id = row[0].toString();
            if (!m_health.contains(id))
                continue;
            const int score = m_health.value(id);
            Firing f;
            f.accountId = id;
            if (!drop) {
                if (score >= r.threshold)
                    continue;
                f.title =
                    CoreText::tr("Call %1: churn risk, health score %2").arg(row[1].toString()).arg(score);
                f.reason = CoreText::tr("Health score %1, below %2.").arg(score).arg(r.threshold);
            } else {
                auto was = then.constFind(id);
                if (was == then.constEnd())
                    continue;
                const int fall = was->score - score;
                if (fall < r.threshold || fall <= 0)
                    continue;
                f.title = CoreText::tr("Check on %1: health score fell from %2 to %3")
                              .arg(row[1].toString())
                              .arg(was->score)
                              .arg(score);
                f.reason = CoreText::tr("Health score %1 on %2, %3 today.")
                               .arg(was->score)
                               .arg(isoDay(was->day))
                               .arg(score);
            }
            // One task per account and month while the score stays low; an open one of the rule is enough.
            f.trigger = (drop ? QStringLiteral("health_drop:") : QStringLiteral("health:")) + month;
            if (openTaskOf(r.id, id))
                continue;
            out.push_back(std::move(f));
        }
        return out;
    }

    bool openTaskOf(const QString& ruleId, const QString& accountId)
    {
        return m_db.scalar(QStringLiteral(
                               "SELECT EXISTS (SELECT 1 FROM tasks WHERE account_id = ? AND rule_id = ? "
                               "AND deleted = 0 AND coalesce(status, 'open') = 'open')"),
                           {accountId, ruleId})
                   .toInt() != 0;
    }

    Result<std::vector<Firing>> contractEnding(const Rule& r)
    {
        QVariantList binds = {isoDay(today()), isoDay(today().addDays(r.threshold))};
        auto rows = scoped(
            r,
            QStringLiteral(
                "SELECT %1, c.id, c.title, c.end_on FROM contracts c JOIN accounts a ON a.id = c.account_id "
                "WHERE c.deleted = 0 AND c.status IN ('signed', 'active') AND c.end_on >= ? AND c.end_on <= "
                "? "
                "AND NOT EXISTS (SELECT 1 FROM contracts n WHERE n.renews_id = c.id AND n.deleted = 0 "
                "AND coalesce(n.status, '') <> 'terminated') "
                "AND NOT EXISTS (SELECT 1 FROM opportunities o WHERE o.account_id = c.account_id AND "
                "o.deleted = 0 "
                "AND coalesce(o.status, 'open') = 'open') AND %2 ORDER BY c.end_on, c.id"),
            binds);
        if (!rows)
            return rows.error();
        std::vector<Firing> out;
        for (const QVariantList& row : rows.value()) {
            const QDate end = QDate::fromString(row[7].toString(), Qt::ISODate);
            out.push_back({row[0].toString(), QStringLiteral("contract:") + row[5].toString(),
                           CoreText::tr("Renew %1: %2 ends on %3")
                               .arg(row[1].toString(), row[6].toString(), isoDay(end)),
                           CoreText::tr("%1 ends on %2; no contract renews it and no opportunity is open.")
                               .arg(row[6].toString(), isoDay(end)),
                           end.addDays(-r.threshold)});
        }
        return out;
    }

    Result<std::vector<Firing>> receivableOverdue(const Rule& r)
    {
        QVariantList binds = {isoDay(today().addDays(-r.threshold))};
        auto rows =
            scoped(r,
                   QStringLiteral("SELECT %1, r.id, r.due_on, r.amount_due - coalesce(r.amount_received, "
                                  "0) FROM receivables r JOIN accounts a ON a.id = r.account_id WHERE "
                                  "r.deleted = 0 AND r.due_on < ? AND coalesce(r.amount_received, 0) < "
                                  "r.amount_due AND %2 ORDER BY r.due_on, r.id"),
                   binds);
        if (!rows)
            return rows.error();
        std::vector<Firing> out;
        for (const QVariantList& row : rows.value()) {
            const QDate dueOn = QDate::fromString(row[6].toString(), Qt::ISODate);
            const QString amount = model::formatMoney(row[7].toLongLong(), QStringLiteral("CNY"));
            out.push_back({row[0].toString(), QStringLiteral("receivable:") + row[5].toString(),
                           CoreText::tr("Chase payment from %1: %2 due on %3")
                               .arg(row[1].toString(), amount, isoDay(dueOn)),
                           CoreText::tr("%1 was due on %2, %n day(s) ago.", "", int(dueOn.daysTo(today())))
                               .arg(amount, isoDay(dueOn)),
                           dueOn.addDays(r.threshold + 1)});
        }
        return out;
    }

    Result<std::vector<Firing>> keyPersonLeft(const Rule& r)
    {
        // Departures of the last 90 days, or undated ones: a rule switched on today does not
        // dig up people who left years ago.
        QVariantList binds = {isoDay(today().addDays(-90))};
        auto rows =
            scoped(r,
                   QStringLiteral(
                       "SELECT %1, c.id, c.name, c.left_on FROM contacts c JOIN accounts a ON a.id = "
                       "c.account_id WHERE c.deleted = 0 AND c.status = 'left' AND (c.decision_role IN "
                       "('economic_buyer', 'champion') OR c.stance = 'champion') AND (c.left_on IS NULL OR "
                       "c.left_on >= ?) AND %2 ORDER BY c.left_on, c.id"),
                   binds);
        if (!rows)
            return rows.error();
        std::vector<Firing> out;
        for (const QVariantList& row : rows.value()) {
            const QDate left = QDate::fromString(row[7].toString(), Qt::ISODate);
            out.push_back({row[0].toString(), QStringLiteral("left:") + row[5].toString(),
                           CoreText::tr("%1 has left %2: find who decides now")
                               .arg(row[6].toString(), row[1].toString()),
                           left.isValid()
                               ? CoreText::tr("%1 left on %2.").arg(row[6].toString(), isoDay(left))
                               : CoreText::tr("%1 is marked as left.").arg(row[6].toString()),
                           left});
        }
        return out;
    }

    Result<std::vector<Firing>> stalled(const Rule& r)
    {
        QVariantList binds;
        auto rows = scoped(
            r,
            QStringLiteral(
                "SELECT %1, o.id, o.name, o.stage FROM opportunities o JOIN accounts a ON a.id = "
                "o.account_id WHERE o.deleted = 0 AND coalesce(o.status, 'open') = 'open' AND o.stage IS "
                "NOT NULL AND %2 ORDER BY o.id"),
            binds);
        if (!rows)
            return rows.error();
        OperationLog log(m_db);
        std::vector<Firing> out;
        for (const QVariantList& row : rows.value()) {
            // The stage's last write is when the opportunity entered it.
            auto stamp = log.latest(row[5].toString(), QStringLiteral("stage"));
            if (!stamp)
                return stamp.error();
            if (!stamp.value())
                continue;
            const QDate since = stampDate(*stamp.value());
            if (since.daysTo(today()) <= r.threshold)
                continue;
            const QString stage = model::enumLabel(u"stage", row[7].toString());
            out.push_back(
                {row[0].toString(),
                 QStringLiteral("stalled:%1:%2:%3").arg(row[5].toString(), row[7].toString(), isoDay(since)),
                 CoreText::tr("Move %1 on: in %2 since %3").arg(row[6].toString(), stage, isoDay(since)),
                 CoreText::tr("%1 has been in %2 since %3, %n day(s).", "", int(since.daysTo(today())))
                     .arg(row[6].toString(), stage, isoDay(since)),
                 since.addDays(r.threshold + 1)});
        }
        return out;
    }

    Result<std::vector<Firing>> severeRequest(const Rule& r)
    {
        QVariantList binds;
        auto rows = scoped(
            r,
            QStringLiteral(
                "SELECT %1, s.id, s.title, s.opened_at FROM service_requests s JOIN accounts a ON a.id = "
                "s.account_id WHERE s.deleted = 0 AND s.severity IN ('high', 'critical') AND "
                "s.resolved_at IS NULL AND %2 ORDER BY s.opened_at, s.id"),
            binds);
        if (!rows)
            return rows.error();
        // "Now" is the end of today when evaluating another day; the clock when it is today.
        const QDateTime now = today() == QDate::currentDate() ? QDateTime::currentDateTimeUtc()
                                                              : QDateTime(today(), QTime(23, 59, 59)).toUTC();
        std::vector<Firing> out;
        for (const QVariantList& row : rows.value()) {
            const QDateTime opened = QDateTime::fromString(row[7].toString(), Qt::ISODateWithMs);
            if (!opened.isValid() || opened.secsTo(now) <= qint64(r.threshold) * 3600)
                continue;
            out.push_back(
                {row[0].toString(), QStringLiteral("request:") + row[5].toString(),
                 CoreText::tr("Answer %1: %2").arg(row[1].toString(), row[6].toString()),
                 opened.secsTo(now) < 48 * 3600
                     ? CoreText::tr("Open since %1, %n hour(s).", "", int(opened.secsTo(now) / 3600))
                           .arg(opened.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                     : CoreText::tr("Open since %1, %n day(s).", "", int(opened.secsTo(now) / 86400))
                           .arg(opened.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
                 opened.addSecs(qint64(r.threshold) * 3600).toLocalTime().date()});
        }
        return out;
    }

    Result<std::vector<Firing>> detractor(const Rule& r)
    {
        QVariantList binds = {r.threshold, isoDay(today().addDays(-90))};
        auto rows = scoped(
            r,
            QStringLiteral(
                "SELECT %1, s.id, s.nps, s.surveyed_on, c.name FROM satisfaction_surveys s JOIN accounts a "
                "ON a.id = s.account_id LEFT JOIN contacts c ON c.id = s.contact_id WHERE s.deleted = 0 "
                "AND s.nps IS NOT NULL AND s.nps <= ? AND s.surveyed_on >= ? AND %2 "
                "ORDER BY s.surveyed_on, s.id"),
            binds);
        if (!rows)
            return rows.error();
        std::vector<Firing> out;
        for (const QVariantList& row : rows.value()) {
            const QDate on = QDate::fromString(row[7].toString(), Qt::ISODate);
            const QString who = row[8].toString().isEmpty()
                                    ? row[1].toString()
                                    : CoreText::tr("%1 at %2").arg(row[8].toString(), row[1].toString());
            out.push_back({row[0].toString(), QStringLiteral("nps:") + row[5].toString(),
                           CoreText::tr("Call back %1: NPS answer %2").arg(who).arg(row[6].toInt()),
                           CoreText::tr("Answered %1 on %2.").arg(row[6].toInt()).arg(isoDay(on)), on});
        }
        return out;
    }

    Database& m_db;
    const EvaluateOptions& m_options;
    const WorkCalendar& m_calendar;
    AccountTeam m_team;
    QHash<QString, int> m_health;  // today's score by account, computed once per evaluation
    QHash<QString, int> m_rebuilt; // scores of 30 days back rebuilt from the log
    std::vector<RuleTask> m_proposed;
};

} // namespace

QString ruleTaskId(const QString& ruleId, const QString& accountId, const QString& trigger,
                   const QString& role)
{
    return ids::nameId(
        QStringLiteral("summit rule task\n%1\n%2\n%3\n%4").arg(ruleId, accountId, trigger, role));
}

Result<RuleEvaluation> evaluateRules(Database& db, const EvaluateOptions& given)
{
    EvaluateOptions options = given;
    if (!options.today.isValid())
        options.today = QDate::currentDate();
    auto rules = loadRules(db);
    if (!rules)
        return rules.error();
    auto calendar = WorkCalendar::forTeam(db);
    if (!calendar)
        return calendar.error();
    RuleEvaluation out;
    if (!calendar.value().coversYear(options.today.year()))
        out.notes
            << CoreText::tr(
                   "The working calendar has no holidays for %1: workdays are counted as Monday "
                   "to Friday. Add the year's days under Team › Rules, or with summit-cli calendar set.")
                   .arg(options.today.year());
    Evaluator eval(db, options, calendar.value());
    if (Status s = eval.loadTeam(); !s)
        return s.error();
    bool found = options.ruleId.isEmpty();
    for (const Rule& r : rules.value()) {
        if (!options.ruleId.isEmpty()) {
            if (r.id != options.ruleId)
                continue;
            found = true;
        } else if (!r.enabled || (options.skipHealth && usesHealth(r.condition))) {
            continue;
        }
        if (!r.problem.isEmpty()) {
            out.skipped.push_back({r.id, r.name, r.problem});
            continue;
        }
        auto firings = eval.fire(r);
        if (!firings)
            return firings.error();
        eval.tasksFor(r, firings.value());
        if (Status s = eval.escalations(r); !s)
            return s.error();
    }
    if (!found)
        return Result<RuleEvaluation>::fail(CoreText::tr("No rule has the id \"%1\".").arg(options.ruleId));
    if (Status s = eval.keepNew(out); !s)
        return s.error();
    eval.scoresTo(out);
    std::stable_sort(out.tasks.begin(), out.tasks.end(), [](const RuleTask& a, const RuleTask& b) {
        return a.due != b.due ? a.due < b.due : a.accountName < b.accountName;
    });
    return out;
}

} // namespace summit::rules
