#include "QtDoctest.h"
#include "StoreFixture.h"
#include "query/Reports.h"

#include <QDateTime>
#include <QTime>
#include <algorithm>

using namespace summit;
using namespace summit::query;
using test::StoreFixture;

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

const QDate kToday(2026, 11, 20);

QString stored(const QDate& day, int hour, int minute = 0)
{
    return QDateTime(day, QTime(hour, minute))
        .toUTC()
        .toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"));
}

struct Plan : StoreFixture
{
    QString me, mate;
    QString member(const char* name)
    {
        return add(QStringLiteral("member"), {{QStringLiteral("name"), s(name)}});
    }
    QString account(const char* name, const QString& am, const char* tier = "")
    {
        FieldValues f = {{QStringLiteral("name"), s(name)}, {QStringLiteral("am_id"), am}};
        if (*tier)
            f.emplace_back(QStringLiteral("tier"), QString::fromLatin1(tier));
        return add(QStringLiteral("account"), f);
    }
    QString followup(const QString& account, const QString& at, const QString& author, FieldValues more = {})
    {
        FieldValues f = {{QStringLiteral("account_id"), account},
                         {QStringLiteral("type"), QStringLiteral("visit")},
                         {QStringLiteral("at"), at},
                         {QStringLiteral("author_id"), author},
                         {QStringLiteral("summary"), at}};
        for (auto& field : more) {
            auto same =
                std::find_if(f.begin(), f.end(), [&](const auto& x) { return x.first == field.first; });
            if (same != f.end())
                same->second = field.second;
            else
                f.push_back(field);
        }
        return add(QStringLiteral("followup"), f);
    }
    QString task(const QString& account, const char* title, const char* status, FieldValues more = {})
    {
        FieldValues f = {{QStringLiteral("account_id"), account}, {QStringLiteral("title"), s(title)}};
        if (*status)
            f.emplace_back(QStringLiteral("status"), QString::fromLatin1(status));
        f.insert(f.end(), more.begin(), more.end());
        return add(QStringLiteral("task"), f);
    }
    QString deal(const QString& account, const char* name, FieldValues more = {})
    {
        FieldValues f = {{QStringLiteral("account_id"), account}, {QStringLiteral("name"), s(name)}};
        f.insert(f.end(), more.begin(), more.end());
        return add(QStringLiteral("opportunity"), f);
    }
    Plan()
    {
        me = member("李明");
        mate = member("张伟");
    }
};

QStringList summaries(const std::vector<TimelineEntry>& list)
{
    QStringList out;
    for (const TimelineEntry& e : list)
        out << e.summary;
    return out;
}

} // namespace

TEST_CASE("a report period is a month YYYY-MM, an ISO week YYYY-Www, a quarter or a year, and nothing else")
{
    auto month = parseReportPeriod(QStringLiteral("2026-11"));
    REQUIRE(month);
    CHECK(month.value().kind == ReportPeriod::Kind::Month);
    CHECK(month.value().from == QDate(2026, 11, 1));
    CHECK(month.value().to == QDate(2026, 11, 30));
    auto february = parseReportPeriod(QStringLiteral("2028-02"));
    REQUIRE(february);
    CHECK(february.value().to == QDate(2028, 2, 29)); // leap year
    // ISO week 1 of 2026 starts on Monday 29 December 2025; 2026 has 53 weeks, 2025 has 52.
    auto week = parseReportPeriod(QStringLiteral("2026-w01"));
    REQUIRE(week);
    CHECK(week.value().kind == ReportPeriod::Kind::Week);
    CHECK(week.value().from == QDate(2025, 12, 29));
    CHECK(week.value().to == QDate(2026, 1, 4));
    CHECK(week.value().key == QStringLiteral("2026-W01"));
    CHECK(parseReportPeriod(QStringLiteral("2026-W53")));
    for (const char* bad :
         {"2026-13", "2026-00", "2025-W53", "2026-W00", "2026-11-05", "", "11/2026", "2026-1"}) {
        auto r = parseReportPeriod(QString::fromLatin1(bad));
        CHECK_FALSE_MESSAGE(r, bad);
        if (!r)
            CHECK(r.message().contains(QString::fromLatin1(bad)));
    }
}

TEST_CASE("the dashboard's dates become a week, quarter or year when they are exactly one, else the month "
          "they start in")
{
    const ReportPeriod week = reportPeriodCovering(QDate(2026, 11, 16), QDate(2026, 11, 22), kToday);
    CHECK(week.kind == ReportPeriod::Kind::Week);
    CHECK(week.key == QStringLiteral("2026-W47"));
    const ReportPeriod quarter = reportPeriodCovering(QDate(2026, 10, 1), QDate(2026, 12, 31), kToday);
    CHECK(quarter.kind == ReportPeriod::Kind::Quarter);
    CHECK(quarter.key == QStringLiteral("2026Q4"));
    CHECK(reportPeriodCovering(QDate(2026, 1, 1), QDate(2026, 12, 31), kToday).key == QStringLiteral("2026"));
    const ReportPeriod part = reportPeriodCovering(QDate(2026, 10, 1), QDate(2026, 11, 30), kToday);
    CHECK(part.kind == ReportPeriod::Kind::Month); // two months: the month it starts in
    CHECK(part.key == QStringLiteral("2026-10"));
    CHECK(reportPeriodCovering({}, {}, kToday).key == QStringLiteral("2026-11"));
}

TEST_CASE_FIXTURE(
    Plan, "an account plan takes the follow-ups of the last 90 days to the end of today, edges included")
{
    const QString acme = account("华为技术有限公司", me, "S");
    const QDate first = kToday.addDays(-90);
    followup(acme, stored(first.addDays(-1), 23, 59), me); // a minute before the window
    followup(acme, stored(first, 0, 0), me);               // its first minute
    followup(acme, stored(kToday, 23, 0), mate);           // late today
    followup(acme, stored(kToday.addDays(1), 9), me);      // planned for tomorrow
    AccountPlanOptions o;
    o.today = kToday;
    auto plan = accountPlan(store->reader(), acme, o);
    REQUIRE_MESSAGE(plan, plan.message().toStdString());
    CHECK(summaries(plan.value().followUps) == QStringList{stored(kToday, 23, 0), stored(first, 0, 0)});
    CHECK(plan.value().recentFollowUps == 2);
    CHECK(plan.value().followUpsInWindow == 2);
    CHECK(plan.value().name == s("华为技术有限公司"));

    o.followUpLimit = 1; // the newest only, and how many there are
    auto latest = accountPlan(store->reader(), acme, o);
    REQUIRE(latest);
    CHECK(summaries(latest.value().followUps) == QStringList{stored(kToday, 23, 0)});
    CHECK(latest.value().followUpsInWindow == 2);
    CHECK(plan.value().ownerName == s("李明"));
    CHECK(plan.value().tier == QStringLiteral("S"));
}

TEST_CASE_FIXTURE(Plan, "an account plan lists open tasks only and next steps soonest first, undated last")
{
    const QString acme = account("华为技术有限公司", me);
    task(acme, "发报价单", "open", {{QStringLiteral("due"), QStringLiteral("2026-11-25")}});
    task(acme, "无状态任务", "", {{QStringLiteral("due"), QStringLiteral("2026-11-22")}});
    task(acme, "已完成", "done");
    task(acme, "已取消", "cancelled");
    const QString withTask = followup(acme, stored(kToday.addDays(-3), 10), me,
                                      {{QStringLiteral("next_action"), s("安排演示")},
                                       {QStringLiteral("next_due"), QStringLiteral("2026-11-23")}});
    task(acme, "安排演示的任务", "open", {{QStringLiteral("followup_id"), withTask}});
    followup(acme, stored(kToday.addDays(-2), 10), me,
             {{QStringLiteral("next_action"), s("寄送资料")},
              {QStringLiteral("next_due"), QStringLiteral("2026-11-21")}});
    followup(acme, stored(kToday.addDays(-20), 10), me,
             {{QStringLiteral("next_action"), s("过期的行动")},
              {QStringLiteral("next_due"), QStringLiteral("2026-11-01")}});
    deal(acme, "数据中心", {{QStringLiteral("next_step"), s("技术交流")}});
    deal(acme, "已赢的单",
         {{QStringLiteral("status"), QStringLiteral("won")}, {QStringLiteral("next_step"), s("不应出现")}});
    AccountPlanOptions o;
    o.today = kToday;
    auto plan = accountPlan(store->reader(), acme, o);
    REQUIRE_MESSAGE(plan, plan.message().toStdString());
    QStringList tasks;
    for (const TaskRow& t : plan.value().tasks)
        tasks << t.title;
    CHECK(tasks == QStringList{s("无状态任务"), s("发报价单"), s("安排演示的任务")});
    QStringList steps;
    for (const NextStep& n : plan.value().nextSteps)
        steps << n.text;
    // The follow-up whose action has a task is not listed twice; a past action without a task is history.
    CHECK(steps ==
          QStringList{s("寄送资料"), s("无状态任务"), s("发报价单"), s("安排演示的任务"), s("技术交流")});
    CHECK(plan.value().opportunities == 2);
    REQUIRE(plan.value().openDeals.size() == 1);
    CHECK(plan.value().openDeals.front().deal.name == s("数据中心"));
}

TEST_CASE_FIXTURE(
    Plan, "an account plan's key people hold a role or influence 4+, have not left, most influential first")
{
    const QString acme = account("华为技术有限公司", me);
    const QString boss = contact(acme, s("王总"),
                                 {{QStringLiteral("decision_role"), QStringLiteral("economic_buyer")},
                                  {QStringLiteral("influence"), 5}});
    contact(acme, s("刘工"), {{QStringLiteral("influence"), 4}});
    contact(acme, s("普通员工"), {{QStringLiteral("influence"), 2}});
    contact(acme, s("离职者"),
            {{QStringLiteral("decision_role"), QStringLiteral("champion")},
             {QStringLiteral("status"), QStringLiteral("left")}});
    add(QStringLiteral("coverage"), {{QStringLiteral("account_id"), acme},
                                     {QStringLiteral("member_id"), mate},
                                     {QStringLiteral("contact_id"), boss},
                                     {QStringLiteral("level"), QStringLiteral("trusted")}});
    const QString d = deal(acme, "数据中心");
    add(QStringLiteral("buying_role"), {{QStringLiteral("account_id"), acme},
                                        {QStringLiteral("opportunity_id"), d},
                                        {QStringLiteral("contact_id"), boss},
                                        {QStringLiteral("role"), QStringLiteral("economic_buyer")}});
    AccountPlanOptions o;
    o.today = kToday;
    auto plan = accountPlan(store->reader(), acme, o);
    REQUIRE_MESSAGE(plan, plan.message().toStdString());
    const auto& people = plan.value().keyPeople;
    REQUIRE(people.size() == 2);
    CHECK(people[0].name == s("王总"));
    CHECK(people[0].coverage == QStringLiteral("trusted"));
    CHECK(people[0].coveredBy == QStringList{s("张伟")});
    CHECK(people[1].name == s("刘工"));
    CHECK(people[1].coverage.isEmpty());
    CHECK(plan.value().contacts == 3);
    CHECK(plan.value().contactsLeft == 1);
    REQUIRE(plan.value().openDeals.size() == 1);
    REQUIRE(plan.value().openDeals.front().buyingCenter.size() == 1);
    CHECK(plan.value().openDeals.front().buyingCenter.front().contactName == s("王总"));
    // The deal has no champion: a gap in words.
    CHECK(std::any_of(plan.value().gaps.begin(), plan.value().gaps.end(), [](const analysis::Gap& g) {
        return g.kind == analysis::GapKind::OpportunityWithoutChampion;
    }));
}

TEST_CASE_FIXTURE(Plan, "an account plan of an unknown or trashed account is an error")
{
    auto unknown = accountPlan(store->reader(), QStringLiteral("nope"));
    REQUIRE_FALSE(unknown);
    CHECK(unknown.message().contains(QStringLiteral("nope")));
    const QString acme = account("华为技术有限公司", me);
    REQUIRE(store->apply({QStringLiteral("delete"), {Operation::remove(QStringLiteral("account"), acme)}}));
    CHECK_FALSE(accountPlan(store->reader(), acme));
}

TEST_CASE_FIXTURE(Plan,
                  "a team review lists accounts gone quiet up to the period's end, never followed up first")
{
    const QString never = account("从未拜访", me);
    const QString old = account("很久没拜访", me);
    const QString edge = account("刚好三十天", me);
    const QString recent = account("最近拜访", me);
    const QString theirs = account("别人的客户", mate);
    const QDate end(2026, 10, 31);
    followup(old, stored(end.addDays(-45), 10), me);
    followup(edge, stored(end.addDays(-30), 0, 0), me); // the first day of the 30-day window: not quiet
    followup(recent, stored(end.addDays(-31), 10), me); // quiet at the end of October…
    followup(recent, stored(end.addDays(5), 10), me);   // …though visited after it
    TeamReviewOptions o;
    o.period = parseReportPeriod(QStringLiteral("2026-10")).value();
    o.today = kToday;
    o.quietDays = 30;
    auto review = teamReview(store->reader(), o);
    REQUIRE_MESSAGE(review, review.message().toStdString());
    QStringList names;
    for (const QuietAccountRow& q : review.value().quiet)
        names << q.name;
    const QStringList expected{s("从未拜访"), s("别人的客户"), s("很久没拜访"), s("最近拜访")};
    REQUIRE_MESSAGE(names == expected, names.join(QLatin1Char(',')).toStdString());
    CHECK(review.value().quiet.front().daysSince == -1);
    CHECK(review.value().quiet[2].daysSince == 45);
    CHECK(review.value().quiet[3].daysSince == 31);

    o.memberId = mate; // one member: their accounts only
    auto theirsOnly = teamReview(store->reader(), o);
    REQUIRE(theirsOnly);
    REQUIRE(theirsOnly.value().quiet.size() == 1);
    CHECK(theirsOnly.value().quiet.front().id == theirs);
    CHECK(theirsOnly.value().memberName == s("张伟"));
    Q_UNUSED(never);
}

TEST_CASE_FIXTURE(Plan, "a team review's accounts at risk have an open deal and say why")
{
    const QString late = account("逾期客户", me, "B");
    const QString quiet = account("沉默客户", me, "S");
    const QString idle = account("无商机客户", me, "S");
    deal(late, "逾期的单", {{QStringLiteral("expected_close"), QStringLiteral("2026-11-01")}});
    deal(late, "已输的单",
         {{QStringLiteral("status"), QStringLiteral("lost")},
          {QStringLiteral("expected_close"), QStringLiteral("2026-10-01")}});
    followup(late, stored(kToday.addDays(-1), 10), me);
    deal(quiet, "未到期的单", {{QStringLiteral("expected_close"), QStringLiteral("2027-03-01")}});
    followup(quiet, stored(kToday.addDays(-8), 10), me); // tier S allows 7 days
    TeamReviewOptions o;
    o.period = parseReportPeriod(QStringLiteral("2026-11")).value();
    o.today = kToday;
    auto review = teamReview(store->reader(), o);
    REQUIRE_MESSAGE(review, review.message().toStdString());
    const auto& risks = review.value().atRisk;
    const auto find = [&](const QString& id) {
        return std::find_if(risks.begin(), risks.end(), [&](const RiskAccount& r) { return r.id == id; });
    };
    REQUIRE(find(late) != risks.end());
    CHECK(find(late)->reasons.join(QLatin1Char('\n')).contains(QStringLiteral("1 open deal")));
    REQUIRE(find(quiet) != risks.end());
    CHECK(find(quiet)->reasons.join(QLatin1Char('\n')).contains(QStringLiteral("No follow-up for 8 days")));
    CHECK_FALSE(find(quiet)->reasons.join(QLatin1Char('\n')).contains(QStringLiteral("expected close")));
    CHECK(find(idle) == risks.end()); // no open deal: quiet, not at risk
    CHECK_FALSE(review.value().hasContracts);
    CHECK_FALSE(review.value().hasReceivables);
    // Health covers the member's accounts: every one of them is green, amber or red.
    const query::HealthFigures& health = review.value().figures.health;
    auto scored =
        query::healthDistribution(store->reader(), review.value().figures.filter, review.value().today);
    REQUIRE(scored.isOk());
    CHECK(health.green == scored.value().green);
    CHECK(health.red == scored.value().red);
    CHECK(health.green + health.amber + health.red == 3);
    // Nobody known at any of them; the two followed up lately need attention, the one never
    // followed up is at risk, lowest first, its engagement costing most.
    CHECK(health.red == 1);
    CHECK(health.amber == 2);
    REQUIRE(health.weakest.size() == 3);
    CHECK(health.weakest.front().accountId == idle);
    CHECK(health.weakest.front().weakest.startsWith(QStringLiteral("Engagement: No follow-up recorded")));
}

TEST_CASE_FIXTURE(
    Plan, "a team review ranks every active member by follow-ups in the period, a member without any at 0")
{
    const QString acme = account("华为技术有限公司", me);
    followup(acme, stored(QDate(2026, 11, 3), 10), mate);
    followup(acme, stored(QDate(2026, 11, 4), 10), mate);
    followup(acme, stored(QDate(2026, 11, 5), 10), me, {{QStringLiteral("type"), QStringLiteral("call")}});
    followup(acme, stored(QDate(2026, 10, 31), 10), me); // before the period
    TeamReviewOptions o;
    o.period = parseReportPeriod(QStringLiteral("2026-11")).value();
    o.today = kToday;
    auto review = teamReview(store->reader(), o);
    REQUIRE_MESSAGE(review, review.message().toStdString());
    const auto& ranking = review.value().ranking;
    REQUIRE(ranking.size() == 2);
    CHECK(ranking[0].memberName == s("张伟"));
    CHECK(ranking[0].followUps == 2);
    CHECK(ranking[1].followUps == 1);
    CHECK(ranking[1].byType.value(QStringLiteral("call")) == 1);
    CHECK(review.value().followUps == 3);
    const QString idle = member("赵六");
    auto again = teamReview(store->reader(), o);
    REQUIRE(again);
    REQUIRE(again.value().ranking.size() == 3);
    CHECK(again.value().ranking.back().memberId == idle);
    CHECK(again.value().ranking.back().followUps == 0);

    o.memberId = QStringLiteral("nobody");
    auto unknown = teamReview(store->reader(), o);
    REQUIRE_FALSE(unknown);
    CHECK(unknown.message().contains(QStringLiteral("nobody")));
}

TEST_CASE_FIXTURE(
    Plan, "a team review lists renewals and receivables due in 90 days, the member's only when one is given")
{
    const QString mine = account("华为技术有限公司", me, "A");
    const QString theirs = account("小米科技有限责任公司", mate, "B");
    auto contract = [&](const QString& acc, const char* title, const QDate& end, FieldValues more = {}) {
        FieldValues f = {{QStringLiteral("account_id"), acc},
                         {QStringLiteral("title"), s(title)},
                         {QStringLiteral("amount"), qint64(100000)},
                         {QStringLiteral("status"), QStringLiteral("active")},
                         {QStringLiteral("end_on"), end.toString(Qt::ISODate)}};
        f.insert(f.end(), more.begin(), more.end());
        return add(QStringLiteral("contract"), f);
    };
    const QString soon = contract(mine, "快到期", kToday.addDays(30));
    contract(mine, "太远", kToday.addDays(91));
    const QString renewed = contract(theirs, "已续", kToday.addDays(10));
    contract(theirs, "续约", kToday.addYears(1), {{QStringLiteral("renews_id"), renewed}});
    // Their contract owned by me: mine by its owner, though the account is theirs.
    const QString owned =
        contract(theirs, "我负责的", kToday.addDays(60), {{QStringLiteral("owner_id"), me}});
    auto receivable = [&](const QString& acc, const QString& c, const QDate& due, qint64 got) {
        return add(QStringLiteral("receivable"), {{QStringLiteral("account_id"), acc},
                                                  {QStringLiteral("contract_id"), c},
                                                  {QStringLiteral("due_on"), due.toString(Qt::ISODate)},
                                                  {QStringLiteral("amount_due"), qint64(1000)},
                                                  {QStringLiteral("amount_received"), got}});
    };
    receivable(mine, soon, kToday.addDays(-5), 400);   // overdue, 600 missing
    receivable(mine, soon, kToday.addDays(80), 0);     // due within 90 days
    receivable(mine, soon, kToday.addDays(-50), 1000); // paid: not listed
    receivable(mine, soon, kToday.addDays(95), 0);     // later than the window
    receivable(theirs, owned, kToday.addDays(1), 0);

    TeamReviewOptions o;
    o.period = parseReportPeriod(QStringLiteral("2026-11")).value();
    o.today = kToday;
    auto all = teamReview(store->reader(), o);
    REQUIRE_MESSAGE(all, all.message().toStdString());
    CHECK(all.value().hasContracts);
    CHECK(all.value().hasReceivables);
    REQUIRE(all.value().renewals.size() == 2); // 快到期, 我负责的 (已续 is renewed, 太远 too late)
    CHECK(all.value().renewals[0].title == s("快到期"));
    CHECK(all.value().renewals[1].ownerName == s("李明"));
    REQUIRE(all.value().receivables.size() == 3);
    CHECK(all.value().receivables[0].overdue);
    CHECK(all.value().receivables[0].daysLate == 5);
    CHECK(all.value().receivables[0].outstanding == 600);
    CHECK_FALSE(all.value().receivables[1].overdue);

    o.memberId = mate;
    auto hers = teamReview(store->reader(), o);
    REQUIRE(hers);
    CHECK(hers.value().renewals.empty()); // 我负责的 is mine by its owner
    CHECK(hers.value().receivables.empty());
}
