#include "rules/PlaybookEngine.h"

#include "CoreText.h"
#include "model/Schema.h"
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

bool resolved(const QString& status)
{
    return status == QLatin1String("done") || status == QLatin1String("cancelled");
}

// One task of a run, as the tasks table holds it.
struct RunTask
{
    QString id, step, status; // status empty: open
    QDate due, doneOn;
    bool deleted = false;
    QString assigneeId;
};

struct Run
{
    QString playbookId, accountId, key;
    QDate anchor; // the day the trigger happened; invalid: unknown (today is used)
    std::vector<RunTask> tasks;

    std::vector<const RunTask*> of(const QString& step) const
    {
        std::vector<const RunTask*> out;
        for (const RunTask& t : tasks)
            if (t.step == step)
                out.push_back(&t);
        return out;
    }
};

QString runId(const QString& playbookId, const QString& accountId, const QString& key)
{
    return playbookId + QLatin1Char('\n') + accountId + QLatin1Char('\n') + key;
}

class Runner
{
public:
    Runner(Database& db, const EvaluateOptions& options, const WorkCalendar& calendar)
        : m_db(db), m_options(options), m_calendar(calendar), m_team(db)
    {}

    Status load() { return m_team.load(); }
    const QDate& today() const { return m_options.today; }

    // The SQL keeping accounts `a` in the playbook's tiers (and the options' accounts).
    QString scope(const Playbook& p, QVariantList& binds) const
    {
        QString sql = QStringLiteral("a.deleted = 0");
        if (!p.tiers.isEmpty()) {
            sql += QStringLiteral(" AND a.tier IN (%1)").arg(marks(p.tiers.size()));
            for (const QString& t : p.tiers)
                binds << t;
        }
        return sql + accountFilter(QStringLiteral("a.id"), binds);
    }

    QString accountFilter(const QString& column, QVariantList& binds) const
    {
        if (m_options.accounts.isEmpty())
            return {};
        for (const QString& id : m_options.accounts)
            binds << id;
        return QStringLiteral(" AND %1 IN (%2)").arg(column, marks(m_options.accounts.size()));
    }

    // The runs the trigger starts today (within the window), by run id.
    Status started(const Playbook& p, QHash<QString, Run>& runs)
    {
        const QDate since = today().addDays(-kPlaybookStartWindowDays);
        auto add = [&](const QString& account, const QString& key, const QDate& anchor) {
            const QString id = runId(p.id, account, key);
            if (!runs.contains(id))
                runs.insert(id, Run{p.id, account, key, anchor, {}});
        };
        const QString& t = p.trigger;
        QVariantList binds;
        if (t == QLatin1String("month_start")) {
            const QDate first = m_calendar.addWorkdays(QDate(today().year(), today().month(), 1), 0);
            if (today() < first)
                return {};
            auto rows =
                m_db.rows(QStringLiteral("SELECT a.id FROM accounts a WHERE %1").arg(scope(p, binds)), binds);
            if (!rows)
                return rows.status();
            const QString key = QStringLiteral("month:") + today().toString(QStringLiteral("yyyy-MM"));
            for (const QVariantList& r : rows.value())
                add(r[0].toString(), key, first);
            return {};
        }
        if (t == QLatin1String("visit")) {
            binds << isoDay(since.addDays(-1)); // `at` is UTC: a day's margin, the local date decides
            auto rows = m_db.rows(
                QStringLiteral("SELECT f.id, f.account_id, f.at FROM followups f JOIN accounts a ON a.id = "
                               "f.account_id WHERE f.deleted = 0 AND f.type IN ('visit', 'executive_visit') "
                               "AND f.at >= ? AND %1 ORDER BY f.at, f.id")
                    .arg(scope(p, binds)),
                binds);
            if (!rows)
                return rows.status();
            for (const QVariantList& r : rows.value()) {
                const QDate on = localDate(r[2].toString());
                if (on.isValid() && on >= since && on <= today())
                    add(r[1].toString(), QStringLiteral("visit:") + r[0].toString(), on);
            }
            return {};
        }
        // The other triggers: when a field took its value, from the log.
        QString sql;
        QString field = QStringLiteral("stage");
        if (t == QLatin1String("new_key_account")) {
            field = QStringLiteral("tier");
            // "Key" is the playbook's tiers; S and A when it names none.
            sql = QStringLiteral("SELECT a.id, a.id, a.tier FROM accounts a WHERE %1");
            if (p.tiers.isEmpty())
                sql += QStringLiteral(" AND a.tier IN ('S', 'A')");
        } else if (t == QLatin1String("account_stage")) {
            binds << p.stage;
            sql = QStringLiteral("SELECT a.id, a.id, a.stage FROM accounts a WHERE a.stage = ? AND %1");
        } else if (t == QLatin1String("opportunity_stage")) {
            binds << p.stage;
            sql = QStringLiteral(
                "SELECT o.id, o.account_id, o.stage FROM opportunities o JOIN accounts a ON a.id = "
                "o.account_id "
                "WHERE o.deleted = 0 AND coalesce(o.status, 'open') = 'open' AND o.stage = ? AND %1");
        } else {
            return {}; // manual: started by hand only
        }
        auto rows = m_db.rows(sql.arg(scope(p, binds)), binds);
        if (!rows)
            return rows.status();
        OperationLog log(m_db);
        for (const QVariantList& r : rows.value()) {
            auto stamp = log.latest(r[0].toString(), field);
            if (!stamp)
                return stamp.status();
            if (!stamp.value())
                continue;
            const QDate on = stampDate(*stamp.value());
            if (on < since || on > today())
                continue;
            QString key;
            if (t == QLatin1String("new_key_account"))
                key = QStringLiteral("key:%1").arg(isoDay(on));
            else if (t == QLatin1String("account_stage"))
                key = QStringLiteral("stage:%1:%2").arg(p.stage, isoDay(on));
            else
                key = QStringLiteral("opportunity:%1:%2:%3").arg(r[0].toString(), p.stage, isoDay(on));
            add(r[1].toString(), key, on);
        }
        return {};
    }

    // The runs that have tasks already (of every playbook), by run id.
    Status existing(QHash<QString, Run>& runs, const QString& accountId = {})
    {
        QVariantList binds;
        QString where = QStringLiteral("playbook_id IS NOT NULL");
        if (!accountId.isEmpty()) {
            where += QStringLiteral(" AND account_id = ?");
            binds << accountId;
        } else {
            where += accountFilter(QStringLiteral("account_id"), binds);
        }
        auto rows =
            m_db.rows(QStringLiteral("SELECT playbook_id, account_id, \"trigger\", id, step, status, due, "
                                     "done_at, deleted, assignee_id FROM tasks WHERE %1 ORDER BY id")
                          .arg(where),
                      binds);
        if (!rows)
            return rows.status();
        for (const QVariantList& r : rows.value()) {
            const QString key = r[2].toString();
            const QString id = runId(r[0].toString(), r[1].toString(), key);
            auto it = runs.find(id);
            if (it == runs.end())
                it = runs.insert(id, Run{r[0].toString(), r[1].toString(), key, anchorOf(key), {}});
            it->tasks.push_back({r[3].toString(), r[4].toString(), r[5].toString(),
                                 QDate::fromString(r[6].toString(), Qt::ISODate), localDate(r[7].toString()),
                                 r[8].toInt() != 0, r[9].toString()});
        }
        return {};
    }

    // The tasks of the run's steps that can be made now and are not made yet.
    void propose(const Playbook& p, const Run& run, std::vector<RuleTask>& out)
    {
        for (size_t i = 0; i < p.steps.size(); ++i) {
            const PlaybookStep& s = p.steps[i];
            if (!run.of(s.key).empty())
                continue; // made, in whatever state
            QDate from = run.anchor.isValid() ? run.anchor : today();
            if (!s.after.isEmpty()) {
                bool ready = true;
                QDate last;
                for (const QString& before : s.after) {
                    const auto tasks = run.of(before);
                    if (tasks.empty())
                        ready = false;
                    for (const RunTask* t : tasks) {
                        if (!t->deleted && !resolved(t->status))
                            ready = false;
                        else if (t->doneOn.isValid() && (!last.isValid() || t->doneOn > last))
                            last = t->doneOn;
                    }
                }
                if (!ready)
                    continue;
                from = last.isValid() ? last : today();
            }
            const QDate due = s.dueUnit == QLatin1String("hours") ? from.addDays(s.dueIn / 24)
                                                                  : m_calendar.addWorkdays(from, s.dueIn);
            const AccountPeople& a = m_team.account(run.accountId);
            std::vector<std::pair<QString, QString>> people; // role, member
            for (const QString& role : s.roles) {
                const QString who = m_team.holder(role, a);
                if (!who.isEmpty() && std::none_of(people.begin(), people.end(),
                                                   [&](const auto& e) { return e.second == who; }))
                    people.emplace_back(role, who);
            }
            if (people.empty())
                people.emplace_back(QString(), QString());
            for (const auto& [role, who] : people) {
                RuleTask t;
                t.playbookId = p.id;
                t.step = s.key;
                t.ruleName = p.name;
                t.accountId = run.accountId;
                t.accountName = a.name;
                t.role = role;
                t.assigneeId = who;
                t.assigneeName = m_team.memberName(who);
                t.trigger = run.key;
                t.title = s.title;
                t.reason = CoreText::tr("Step %1 of %2 of %3; %4.")
                               .arg(i + 1)
                               .arg(p.steps.size())
                               .arg(p.name, describeRun(run.key));
                t.due = due;
                t.id = m_options.randomIds ? ids::newId()
                                           : playbookTaskId(p.id, run.accountId, run.key, s.key, role);
                out.push_back(std::move(t));
            }
        }
    }

    // The day a run's trigger happened: the date its key ends with, the visit's day, the
    // month's first workday.
    QDate anchorOf(const QString& key)
    {
        if (key.startsWith(QLatin1String("month:"))) {
            const QDate first = QDate::fromString(key.mid(6) + QStringLiteral("-01"), Qt::ISODate);
            return first.isValid() ? m_calendar.addWorkdays(first, 0) : QDate();
        }
        if (key.startsWith(QLatin1String("visit:")))
            return localDate(
                m_db.scalar(QStringLiteral("SELECT at FROM followups WHERE id = ?"), {key.mid(6)})
                    .toString());
        return QDate::fromString(key.section(QLatin1Char(':'), -1), Qt::ISODate);
    }

    // A run's trigger in words.
    QString describeRun(const QString& key)
    {
        const QString kind = key.section(QLatin1Char(':'), 0, 0);
        const QString last = key.section(QLatin1Char(':'), -1);
        if (kind == QLatin1String("key"))
            return CoreText::tr("became a key account on %1").arg(last);
        if (kind == QLatin1String("stage"))
            return CoreText::tr("entered %1 on %2")
                .arg(model::enumLabel(u"stage", key.section(QLatin1Char(':'), 1, 1)), last);
        if (kind == QLatin1String("opportunity")) {
            const QString name = m_db.scalar(QStringLiteral("SELECT name FROM opportunities WHERE id = ?"),
                                             {key.section(QLatin1Char(':'), 1, 1)})
                                     .toString();
            return CoreText::tr("%1 entered %2 on %3")
                .arg(name, model::enumLabel(u"stage", key.section(QLatin1Char(':'), 2, 2)), last);
        }
        if (kind == QLatin1String("visit")) {
            const QDate on =
                localDate(m_db.scalar(QStringLiteral("SELECT at FROM followups WHERE id = ?"), {key.mid(6)})
                              .toString());
            return on.isValid() ? CoreText::tr("visit on %1").arg(isoDay(on)) : CoreText::tr("a visit");
        }
        if (kind == QLatin1String("month"))
            return CoreText::tr("the month %1").arg(key.mid(6));
        if (kind == QLatin1String("manual"))
            return CoreText::tr("started by hand on %1").arg(last);
        return key;
    }

private:
    static QString marks(qsizetype n)
    {
        QStringList m;
        for (qsizetype i = 0; i < n; ++i)
            m << QStringLiteral("?");
        return m.join(QLatin1Char(','));
    }

    Database& m_db;
    const EvaluateOptions& m_options;
    const WorkCalendar& m_calendar;
    AccountTeam m_team;
};

} // namespace

QString playbookTaskId(const QString& playbookId, const QString& accountId, const QString& run,
                       const QString& step, const QString& role)
{
    return ids::nameId(QStringLiteral("summit playbook task\n%1\n%2\n%3\n%4\n%5")
                           .arg(playbookId, accountId, run, step, role));
}

Result<RuleEvaluation> evaluatePlaybooks(Database& db, const EvaluateOptions& given)
{
    EvaluateOptions options = given;
    if (!options.today.isValid())
        options.today = QDate::currentDate();
    auto playbooks = loadPlaybooks(db);
    if (!playbooks)
        return playbooks.error();
    auto calendar = WorkCalendar::forTeam(db);
    if (!calendar)
        return calendar.error();
    Runner runner(db, options, calendar.value());
    if (Status s = runner.load(); !s)
        return s.error();
    RuleEvaluation out;
    QHash<QString, Run> runs;
    if (Status s = runner.existing(runs); !s)
        return s.error();
    QHash<QString, const Playbook*> active;
    bool found = options.ruleId.isEmpty();
    for (const Playbook& p : playbooks.value()) {
        if (!options.ruleId.isEmpty()) {
            if (p.id != options.ruleId)
                continue;
            found = true;
        } else if (!p.enabled) {
            continue;
        }
        if (!p.problem.isEmpty()) {
            out.skipped.push_back({p.id, p.name, p.problem});
            continue;
        }
        active.insert(p.id, &p);
        if (Status s = runner.started(p, runs); !s)
            return s.error();
    }
    if (!found)
        return Result<RuleEvaluation>::fail(
            CoreText::tr("No playbook has the id \"%1\".").arg(options.ruleId));
    // In a stable order, so two runs of the same records propose the same list.
    QStringList order = runs.keys();
    order.sort();
    std::vector<RuleTask> proposed;
    for (const QString& id : order) {
        const Run& run = runs[id];
        if (const Playbook* p = active.value(run.playbookId))
            runner.propose(*p, run, proposed);
    }
    if (Status s = keepNew(db, proposed, out); !s)
        return s.error();
    std::stable_sort(out.tasks.begin(), out.tasks.end(), [](const RuleTask& a, const RuleTask& b) {
        return a.due != b.due ? a.due < b.due : a.accountName < b.accountName;
    });
    return out;
}

Result<std::vector<RuleTask>> startPlaybookTasks(Database& db, const QString& playbookId,
                                                 const QString& accountId, const QDate& today)
{
    using R = Result<std::vector<RuleTask>>;
    auto p = loadPlaybook(db, playbookId);
    if (!p)
        return p.error();
    if (!p.value().problem.isEmpty())
        return R::fail(
            CoreText::tr("The playbook \"%1\" cannot run: %2").arg(p.value().name, p.value().problem));
    if (!p.value().enabled)
        return R::fail(CoreText::tr("The playbook \"%1\" is switched off; switch it on to start it.")
                           .arg(p.value().name));
    if (db.scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM accounts WHERE id = ? AND deleted = 0)"),
                  {accountId})
            .toInt() == 0)
        return R::fail(CoreText::tr("No account has the id \"%1\".").arg(accountId));
    const QString key = QStringLiteral("manual:") + isoDay(today);
    if (db.scalar(QStringLiteral(
                      "SELECT EXISTS (SELECT 1 FROM tasks WHERE playbook_id = ? AND account_id = ? AND "
                      "\"trigger\" = ? AND deleted = 0)"),
                  {playbookId, accountId, key})
            .toInt() != 0)
        return R::fail(CoreText::tr("\"%1\" was already started on this account today.").arg(p.value().name));
    auto calendar = WorkCalendar::forTeam(db);
    if (!calendar)
        return calendar.error();
    EvaluateOptions options;
    options.today = today;
    Runner runner(db, options, calendar.value());
    if (Status s = runner.load(); !s)
        return s.error();
    std::vector<RuleTask> out;
    runner.propose(p.value(), Run{playbookId, accountId, key, today, {}}, out);
    return out;
}

Result<std::vector<PlaybookRun>> playbookProgress(Database& db, const QString& accountId,
                                                  const QDate& givenToday)
{
    const QDate today = givenToday.isValid() ? givenToday : QDate::currentDate();
    auto playbooks = loadPlaybooks(db);
    if (!playbooks)
        return playbooks.error();
    auto calendar = WorkCalendar::forTeam(db);
    if (!calendar)
        return calendar.error();
    EvaluateOptions options;
    options.today = today;
    Runner runner(db, options, calendar.value());
    if (Status s = runner.load(); !s)
        return s.error();
    QHash<QString, Run> runs;
    if (Status s = runner.existing(runs, accountId); !s)
        return s.error();
    QHash<QString, QString> names; // member id -> name
    {
        auto rows = db.rows(QStringLiteral("SELECT id, name FROM members"));
        if (!rows)
            return rows.error();
        for (const QVariantList& r : rows.value())
            names.insert(r[0].toString(), r[1].toString());
    }
    std::vector<PlaybookRun> out;
    std::vector<QDate> anchors;
    for (const Run& run : runs) {
        const auto it = std::find_if(playbooks.value().begin(), playbooks.value().end(),
                                     [&](const Playbook& p) { return p.id == run.playbookId; });
        PlaybookRun pr;
        pr.playbookId = run.playbookId;
        pr.run = run.key;
        pr.started = runner.describeRun(run.key);
        // The playbook's steps in order; a playbook deleted since keeps the steps its tasks name.
        std::vector<PlaybookStep> steps;
        if (it != playbooks.value().end()) {
            pr.playbookName = it->name;
            steps = it->steps;
        } else {
            pr.playbookName = CoreText::tr("(deleted playbook)");
        }
        for (const RunTask& t : run.tasks)
            if (std::none_of(steps.begin(), steps.end(),
                             [&](const PlaybookStep& s) { return s.key == t.step; }))
                steps.push_back({t.step, t.step, 0, QStringLiteral("workdays"), {}, {}});
        auto title = [&](const QString& key) {
            for (const PlaybookStep& s : steps)
                if (s.key == key)
                    return s.title;
            return key;
        };
        for (const PlaybookStep& s : steps) {
            StepProgress sp;
            sp.key = s.key;
            sp.title = s.title;
            const auto tasks = run.of(s.key);
            for (const RunTask* t : tasks) {
                sp.taskIds << t->id;
                if (!t->assigneeId.isEmpty() && !t->deleted &&
                    !sp.assignees.contains(names.value(t->assigneeId)))
                    sp.assignees << names.value(t->assigneeId);
            }
            if (tasks.empty()) {
                sp.state = QStringLiteral("waiting");
                for (const QString& before : s.after) {
                    const auto pre = run.of(before);
                    const bool done =
                        !pre.empty() && std::all_of(pre.begin(), pre.end(), [](const RunTask* t) {
                            return t->deleted || resolved(t->status);
                        });
                    if (!done)
                        sp.waitingFor << title(before);
                }
            } else if (std::all_of(tasks.begin(), tasks.end(), [](const RunTask* t) { return t->deleted; })) {
                sp.state = QStringLiteral("missing");
            } else {
                QDate due;
                bool open = false, done = false;
                for (const RunTask* t : tasks) {
                    if (t->deleted)
                        continue;
                    if (!resolved(t->status)) {
                        open = true;
                        if (t->due.isValid() && (!due.isValid() || t->due < due))
                            due = t->due;
                    } else if (t->status == QLatin1String("done")) {
                        done = true;
                    }
                }
                sp.due = due;
                if (open)
                    sp.state = due.isValid() && due < today ? QStringLiteral("late") : QStringLiteral("open");
                else
                    sp.state = done ? QStringLiteral("done") : QStringLiteral("cancelled");
            }
            if (sp.state == QLatin1String("done") || sp.state == QLatin1String("cancelled") ||
                sp.state == QLatin1String("missing"))
                ++pr.done;
            pr.steps.push_back(std::move(sp));
        }
        pr.complete = pr.done == int(pr.steps.size());
        anchors.push_back(run.anchor);
        out.push_back(std::move(pr));
    }
    // Unfinished first, then the newest, then by name.
    std::vector<size_t> idx(out.size());
    for (size_t i = 0; i < idx.size(); ++i)
        idx[i] = i;
    std::sort(idx.begin(), idx.end(), [&](size_t a, size_t b) {
        if (out[a].complete != out[b].complete)
            return !out[a].complete;
        if (anchors[a] != anchors[b])
            return anchors[a] > anchors[b];
        return out[a].playbookName != out[b].playbookName ? out[a].playbookName < out[b].playbookName
                                                          : out[a].run < out[b].run;
    });
    std::vector<PlaybookRun> sorted;
    for (size_t i : idx)
        sorted.push_back(std::move(out[i]));
    return sorted;
}

} // namespace summit::rules
