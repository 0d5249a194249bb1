#include "CoreText.h"
#include "query/AccountSummary.h"
#include "query/Reports.h"
#include "store/Database.h"

#include <QHash>
#include <algorithm>

namespace summit::query {

namespace {

QString text(const QVariant& v)
{
    return v.isNull() ? QString() : v.toString();
}

bool isOpen(const OpportunityRow& o)
{
    return o.status.isEmpty() || o.status == QLatin1String("open");
}

std::vector<KeyPerson> keyPeopleOf(const map::DecisionChainMap& m)
{
    std::vector<KeyPerson> out;
    for (const map::MapNode& n : m.nodes) {
        if (!n.isContact() || n.left || !n.isKey())
            continue;
        KeyPerson k;
        k.id = n.id;
        k.name = n.name;
        k.title = n.detail;
        if (n.parent >= 0 && !m.nodes[size_t(n.parent)].isContact())
            k.unitName = m.nodes[size_t(n.parent)].name;
        else if (const int u = m.indexOf(n.unitId); u >= 0)
            k.unitName = m.nodes[size_t(u)].name;
        k.role = n.role;
        k.stance = n.stance;
        k.influence = n.influence;
        if (!n.coverage.empty())
            k.coverage = n.coverage.front().level; // strongest first
        for (const map::CoverageEntry& c : n.coverage)
            k.coveredBy << c.memberName;
        k.daysSinceFollowUp = n.daysSinceFollowUp;
        out.push_back(std::move(k));
    }
    std::sort(out.begin(), out.end(), [](const KeyPerson& a, const KeyPerson& b) {
        if (a.influence != b.influence)
            return a.influence > b.influence;
        return a.name.localeAwareCompare(b.name) < 0;
    });
    return out;
}

// Follow-ups' next actions of the account with no open or done task behind
// them, due from today on or undated, within the window's follow-ups.
void addFollowUpActions(const std::vector<TimelineEntry>& followUps, const QSet<QString>& withTask,
                        const QDate& today, std::vector<NextStep>& out)
{
    for (const TimelineEntry& f : followUps) {
        if (f.nextAction.trimmed().isEmpty() || withTask.contains(f.id))
            continue;
        const QDate due = QDate::fromString(f.nextDue, Qt::ISODate);
        if (due.isValid() && due < today)
            continue; // a past action without a task is history, not a next step
        out.push_back({NextStep::Source::FollowUp, f.id, f.nextAction, due, f.authorName});
    }
}

} // namespace

Result<AccountPlanData> accountPlan(Database& db, const QString& accountId, const AccountPlanOptions& options)
{
    auto head =
        db.rows(QStringLiteral("SELECT a.name, a.short_name, a.industry, a.region, a.tier, a.stage, a.am_id,"
                               " m.name FROM accounts a LEFT JOIN members m ON m.id = a.am_id AND"
                               " m.deleted = 0 WHERE a.id = ? AND a.deleted = 0"),
                {accountId});
    if (!head)
        return head.error();
    if (head.value().empty())
        return Result<AccountPlanData>::fail(CoreText::tr("No account with id %1.").arg(accountId));
    const QVariantList& h = head.value().front();
    AccountPlanData d;
    d.accountId = accountId;
    d.name = text(h[0]);
    d.shortName = text(h[1]);
    d.industry = text(h[2]);
    d.region = text(h[3]);
    d.tier = text(h[4]);
    d.stage = text(h[5]);
    d.ownerId = text(h[6]);
    d.ownerName = text(h[7]);
    d.today = options.today.isValid() ? options.today : QDate::currentDate();
    d.followUpDays = options.followUpDays;

    auto summary = accountSummary(db, accountId, {d.today, options.followUpDays});
    if (!summary)
        return summary.error();
    d.contacts = summary.value().contacts;
    d.contactsLeft = summary.value().contactsLeft;
    d.openOpportunities = summary.value().openOpportunities;
    d.openPipeline = summary.value().openPipeline;
    d.recentFollowUps = summary.value().recentFollowUps;
    d.openTasks = summary.value().openTasks;

    map::MapOptions mo;
    mo.today = d.today;
    auto built = map::buildMap(db, accountId, mo);
    if (!built)
        return built.error();
    d.map = std::move(built.value());
    d.keyPeople = keyPeopleOf(d.map);
    d.gaps = d.map.gaps;

    auto deals = accountOpportunities(db, accountId);
    if (!deals)
        return deals.error();
    d.opportunities = int(deals.value().size());
    QHash<QString, QString> nextStepOf;
    {
        auto steps = db.rows(QStringLiteral("SELECT id, next_step FROM opportunities WHERE account_id = ? AND"
                                            " deleted = 0 AND next_step IS NOT NULL AND next_step <> ''"),
                             {accountId});
        if (!steps)
            return steps.error();
        for (const QVariantList& r : steps.value())
            nextStepOf.insert(text(r[0]), text(r[1]));
    }
    for (const OpportunityRow& o : deals.value()) {
        if (!isOpen(o))
            continue;
        auto center = buyingCenter(db, o.id);
        if (!center)
            return center.error();
        d.openDeals.push_back({o, nextStepOf.value(o.id), std::move(center.value())});
    }

    // The window: local midnight of today - days up to the end of today, as the summary counts.
    const QString from = utcStartOfDay(d.today.addDays(-options.followUpDays));
    const QString to = utcStartOfDay(d.today.addDays(1));
    auto inWindow =
        db.rows(QStringLiteral("SELECT COUNT(*) FROM followups WHERE account_id = ? AND deleted = 0"
                               " AND at >= ? AND at < ?"),
                {accountId, from, to});
    if (!inWindow)
        return inWindow.error();
    const int count = inWindow.value().front()[0].toInt();
    auto newer = db.rows(QStringLiteral("SELECT COUNT(*) FROM followups WHERE account_id = ? AND deleted = 0"
                                        " AND at >= ?"),
                         {accountId, to});
    if (!newer)
        return newer.error();
    // The timeline is newest first: skip the planned ones after today, take the window.
    d.followUpsInWindow = count;
    auto entries = accountFollowUps(db, {accountId, {}, {}, {}}, newer.value().front()[0].toInt(),
                                    std::min(count, std::max(0, options.followUpLimit)));
    if (!entries)
        return entries.error();
    d.followUps = std::move(entries.value());

    auto tasks = accountTasks(db, accountId, d.today);
    if (!tasks)
        return tasks.error();
    for (TaskRow& t : tasks.value())
        if (t.status.isEmpty() || t.status == QLatin1String("open"))
            d.tasks.push_back(std::move(t));

    for (const TaskRow& t : d.tasks)
        d.nextSteps.push_back(
            {NextStep::Source::Task, t.id, t.title, QDate::fromString(t.due, Qt::ISODate), t.assigneeName});
    for (const PlanOpportunity& o : d.openDeals)
        if (!o.nextStep.trimmed().isEmpty())
            d.nextSteps.push_back({NextStep::Source::Opportunity, o.deal.id, o.nextStep,
                                   QDate::fromString(o.deal.expectedClose, Qt::ISODate), o.deal.ownerName});
    QSet<QString> withTask;
    {
        auto linked =
            db.rows(QStringLiteral("SELECT followup_id FROM tasks WHERE account_id = ? AND deleted = 0"
                                   " AND followup_id IS NOT NULL AND (status IS NULL OR status IN"
                                   " ('open', 'done'))"),
                    {accountId});
        if (!linked)
            return linked.error();
        for (const QVariantList& r : linked.value())
            withTask.insert(text(r[0]));
    }
    addFollowUpActions(d.followUps, withTask, d.today, d.nextSteps);
    std::stable_sort(d.nextSteps.begin(), d.nextSteps.end(), [](const NextStep& a, const NextStep& b) {
        if (a.due.isValid() != b.due.isValid())
            return a.due.isValid();
        return a.due < b.due;
    });
    return d;
}

} // namespace summit::query
