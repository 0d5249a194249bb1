#include "DashboardFingerprint.h"
#include "QtDoctest.h"
#include "StoreFixture.h"
#include "model/Display.h"
#include "query/Dashboard.h"
#include "query/RecordList.h"

#include <QDateTime>
#include <QLocale>
#include <QTime>
#include <algorithm>
#include <ctime>
#include <map>

using namespace summit;
using namespace summit::query;
using test::StoreFixture;

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

const QString kAccount = QStringLiteral("account");
const QString kDeal = QStringLiteral("opportunity");

// The period the panels look at (91 days) and the one of equal length before it.
const QDate kFrom(2027, 4, 1), kTo(2027, 6, 30);

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

// A small team's book, built in the order things happened: the store's clock
// is set to each event's local noon, so creation and close times are known.
struct Book : StoreFixture
{
    QString me, mate, gone;
    QString huawei, mobile, grid, baosteel, zte;
    QString oldWon, lost1, won0, won1, won2, lost2;
    QString o1, o2, o3, o4, o5, o6, o7, o8;
    QString boss, engineer, engineer2, user, coach;
    QStringList myWeekVisits, myWeekAll;

    void on(const QDate& day, int hour = 12) { now = QDateTime(day, QTime(hour, 0)).toMSecsSinceEpoch(); }
    QString account(const char* name, const char* region, const char* industry, const char* tier,
                    const QString& am)
    {
        FieldValues f = {{QStringLiteral("name"), s(name)},
                         {QStringLiteral("region"), s(region)},
                         {QStringLiteral("industry"), s(industry)},
                         {QStringLiteral("am_id"), am}};
        if (*tier)
            f.emplace_back(QStringLiteral("tier"), QString::fromLatin1(tier));
        return add(kAccount, f);
    }
    QString deal(const QString& account, const char* name, const QString& owner, FieldValues more = {})
    {
        FieldValues f = {{QStringLiteral("account_id"), account}, {QStringLiteral("name"), s(name)}};
        if (!owner.isEmpty())
            f.emplace_back(QStringLiteral("owner_id"), owner);
        f.insert(f.end(), more.begin(), more.end());
        return add(kDeal, f);
    }
    void close(const QString& id, const char* status)
    {
        REQUIRE(set(kDeal, id, {{QStringLiteral("status"), QString::fromLatin1(status)}}));
    }
    QString followup(const QString& account, const QString& author, const char* type, const QDate& day,
                     int hour = 10, int minute = 0)
    {
        const QString at = QDateTime(day, QTime(hour, minute))
                               .toUTC()
                               .toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"));
        return add(QStringLiteral("followup"), {{QStringLiteral("account_id"), account},
                                                {QStringLiteral("type"), QString::fromLatin1(type)},
                                                {QStringLiteral("at"), at},
                                                {QStringLiteral("author_id"), author},
                                                {QStringLiteral("summary"), s("拜访")}});
    }
    void trash(const QString& entity, const QString& id)
    {
        REQUIRE(store->apply({QStringLiteral("delete"), {Operation::remove(entity, id)}}));
    }

    Book()
    {
        on(QDate(2026, 11, 1));
        me = add(QStringLiteral("member"), {{QStringLiteral("name"), s("李明")}});
        mate = add(QStringLiteral("member"), {{QStringLiteral("name"), s("张伟")}});
        gone = add(QStringLiteral("member"), {{QStringLiteral("name"), s("陈静")}});
        huawei = account("华为技术有限公司", "华南", "通信", "S", me);
        mobile = account("中国移动通信集团有限公司", "华北", "通信", "A", mate);
        grid = account("国家电网有限公司", "华北", "能源", "B", me);
        baosteel = account("宝山钢铁股份有限公司", "华东", "钢铁", "", mate);
        zte = account("中兴通讯股份有限公司", "华南", "通信", "S", me);

        // Long before both periods: won after 14 days.
        oldWon = deal(mobile, "早年的合同", mate, {{QStringLiteral("amount"), 7'000'000}});
        on(QDate(2026, 11, 15));
        close(oldWon, "won");

        // The previous period: one lost after 31 days, one won after 30.
        on(QDate(2027, 1, 10));
        lost1 = deal(huawei, "云桌面试点", me);
        on(QDate(2027, 2, 1));
        won0 = deal(mobile, "核心网扩容", mate, {{QStringLiteral("amount"), 100'000'000}});
        on(QDate(2027, 2, 10));
        close(lost1, "lost");
        on(QDate(2027, 3, 3));
        close(won0, "won");

        // The period: two won after 30 and 50 days, one lost after 10.
        on(QDate(2027, 4, 1));
        won1 = deal(huawei, "数据中心网络", me, {{QStringLiteral("amount"), 200'000'000}});
        on(QDate(2027, 4, 5));
        won2 = deal(grid, "调度系统升级", me, {{QStringLiteral("amount"), 50'000'000}});
        on(QDate(2027, 4, 10));
        lost2 = deal(mobile, "边缘计算", mate);

        // Open deals.
        on(QDate(2027, 4, 15));
        o1 = deal(huawei, "园区网改造", me,
                  {{QStringLiteral("stage"), QStringLiteral("propose")},
                   {QStringLiteral("amount"), 100'000'000},
                   {QStringLiteral("expected_close"), QStringLiteral("2027-06-15")}});
        o2 = deal(huawei, "安全运营服务", me,
                  {{QStringLiteral("stage"), QStringLiteral("propose")},
                   {QStringLiteral("amount"), 30'000'000},
                   {QStringLiteral("probability"), 20},
                   {QStringLiteral("expected_close"), QStringLiteral("2027-06-20")}});
        o3 = deal(mobile, "5G专网", mate,
                  {{QStringLiteral("stage"), QStringLiteral("qualify")},
                   {QStringLiteral("expected_close"), QStringLiteral("2027-05-10")}});
        o4 = deal(
            grid, "变电站巡检", me,
            {{QStringLiteral("stage"), QStringLiteral("commit")}, {QStringLiteral("amount"), 80'000'000}});
        o5 = deal(mobile, "海外节点", mate,
                  {{QStringLiteral("stage"), QStringLiteral("develop")},
                   {QStringLiteral("amount"), 1'000'000},
                   {QStringLiteral("currency"), QStringLiteral("USD")},
                   {QStringLiteral("expected_close"), QStringLiteral("2027-07-05")}});
        o6 = deal(zte, "回收站里的客户的商机", me,
                  {{QStringLiteral("stage"), QStringLiteral("propose")}, {QStringLiteral("amount"), 999}});
        o7 = deal(huawei, "回收站里的商机", me,
                  {{QStringLiteral("stage"), QStringLiteral("propose")}, {QStringLiteral("amount"), 5}});
        o8 = deal(baosteel, "冷轧产线", QString(), {{QStringLiteral("amount"), 100'000}});

        on(QDate(2027, 4, 20));
        close(lost2, "lost");
        on(QDate(2027, 5, 1));
        close(won1, "won");
        on(QDate(2027, 5, 25));
        close(won2, "won");

        // Follow-ups: my week of 5 April (Monday) has two visits and a call.
        myWeekVisits << followup(huawei, me, "visit", QDate(2027, 4, 5))
                     << followup(grid, me, "visit", QDate(2027, 4, 11), 21);
        myWeekAll = myWeekVisits;
        myWeekAll << followup(huawei, me, "call", QDate(2027, 4, 7));
        followup(mobile, mate, "meeting", QDate(2027, 4, 12));
        followup(zte, me, "visit", QDate(2027, 4, 6)); // its account goes to the trash
        // The edges of the period in local time (UTC+8): 23:30 the day before is
        // out, 00:30 on the first day (still the previous day in UTC) is in.
        followup(huawei, me, "email", QDate(2027, 3, 31), 23, 30);
        followup(huawei, me, "email", QDate(2027, 4, 1), 0, 30);

        // Contacts and who knows them.
        boss = contact(huawei, s("徐直军"),
                       {{QStringLiteral("decision_role"), QStringLiteral("economic_buyer")},
                        {QStringLiteral("influence"), 5}});
        engineer = contact(huawei, s("王工"),
                           {{QStringLiteral("decision_role"), QStringLiteral("technical_buyer")},
                            {QStringLiteral("influence"), 4}});
        engineer2 = contact(huawei, s("李工"),
                            {{QStringLiteral("decision_role"), QStringLiteral("technical_buyer")},
                             {QStringLiteral("influence"), 3}});
        user = contact(huawei, s("赵科长"),
                       {{QStringLiteral("decision_role"), QStringLiteral("user_buyer")},
                        {QStringLiteral("status"), QStringLiteral("left")}});
        coach = contact(mobile, s("刘经理"), {{QStringLiteral("decision_role"), QStringLiteral("champion")}});
        contact(huawei, s("无角色"));
        auto cover = [&](const QString& account, const QString& member, const QString& who,
                         const char* level) {
            add(QStringLiteral("coverage"), {{QStringLiteral("account_id"), account},
                                             {QStringLiteral("member_id"), member},
                                             {QStringLiteral("contact_id"), who},
                                             {QStringLiteral("level"), QString::fromLatin1(level)}});
        };
        cover(huawei, me, boss, "trusted");
        cover(huawei, mate, boss, "brief");
        cover(huawei, gone, engineer2, "working"); // gone leaves the team below
        cover(huawei, me, engineer, "none");
        cover(mobile, mate, coach, "working");
        REQUIRE(set(QStringLiteral("member"), gone, {{QStringLiteral("status"), QStringLiteral("left")}}));

        trash(kAccount, zte);
        trash(kDeal, o7);
    }

    Database& db() { return store->reader(); }
};

DashboardFilter period()
{
    DashboardFilter f;
    f.from = kFrom;
    f.to = kTo;
    return f;
}

const StageFigures& stage(const std::vector<StageFigures>& funnel, const char* key)
{
    auto it = std::find_if(funnel.begin(), funnel.end(),
                           [&](const StageFigures& s) { return s.stage == QLatin1String(key); });
    REQUIRE(it != funnel.end());
    return *it;
}

} // namespace

TEST_CASE("an empty database gives every panel zeros, not errors")
{
    StoreFixture fx;
    Database& db = fx.store->reader();
    const DashboardFilter f = period();

    auto funnel = pipelineFunnel(db, f);
    REQUIRE(funnel);
    CHECK(funnel.value().size() == 5); // every stage of the schema, no "no stage" bar
    for (const StageFigures& s : funnel.value())
        CHECK((s.count == 0 && s.amount == 0));
    CHECK(weightedForecast(db, f).value().empty());
    auto win = winRate(db, f);
    REQUIRE(win);
    CHECK(win.value().current.winRate == -1);
    CHECK(win.value().current.cycleDays == -1);
    CHECK(win.value().hasPrevious);
    CHECK(win.value().previous.won + win.value().previous.lost == 0);
    CHECK(activityByWeek(db, f).value().empty());
    auto tiers = tierDistribution(db, f);
    REQUIRE(tiers);
    CHECK(tiers.value().size() == 4);
    for (const TierCount& t : tiers.value())
        CHECK(t.count == 0);
    auto coverage = roleCoverage(db, f);
    REQUIRE(coverage);
    CHECK(coverage.value().totalAccounts == 0);
    CHECK(coverage.value().roles.size() == 8);
    CHECK(funnelRecords(db, f, QStringLiteral("propose")).value().isEmpty());
}

TEST_CASE("the funnel counts and adds up open deals per stage")
{
    Book book;
    auto funnel = pipelineFunnel(book.db(), {});
    REQUIRE(funnel);
    const auto& f = funnel.value();
    REQUIRE(f.size() == 6); // five stages and the deal without one
    CHECK(f[0].stage == QLatin1String("qualify"));
    CHECK(f[4].stage == QLatin1String("commit"));

    // Two proposals; the trashed deal and the trashed account's deal are left out.
    CHECK(stage(f, "propose").count == 2);
    CHECK(stage(f, "propose").amount == 130'000'000);
    // A deal without an amount is counted and adds nothing.
    CHECK(stage(f, "qualify").count == 1);
    CHECK(stage(f, "qualify").amount == 0);
    CHECK(stage(f, "qualify").withoutAmount == 1);
    // A deal in dollars is counted, not added to yuan.
    CHECK(stage(f, "develop").count == 1);
    CHECK(stage(f, "develop").amount == 0);
    CHECK(stage(f, "develop").otherCurrency == 1);
    CHECK(stage(f, "negotiate").count == 0);
    CHECK(stage(f, "commit").amount == 80'000'000);
    // Won and lost deals are not in the funnel.
    CHECK(f[5].stage.isEmpty());
    CHECK(f[5].count == 1);
    CHECK(f[5].amount == 100'000);

    // The records behind a bar are exactly the ones counted.
    CHECK(sorted(funnelRecords(book.db(), {}, QStringLiteral("propose")).value()) ==
          sorted({book.o1, book.o2}));
    CHECK(funnelRecords(book.db(), {}, QString()).value() == QStringList{book.o8});
}

TEST_CASE("the funnel follows the member, region, industry and tier filters")
{
    Book book;
    DashboardFilter mine;
    mine.member = book.me;
    auto f = pipelineFunnel(book.db(), mine).value();
    CHECK(f.size() == 5); // the deal without a stage has no owner
    CHECK(stage(f, "propose").count == 2);
    CHECK(stage(f, "commit").count == 1);
    CHECK(stage(f, "qualify").count == 0);

    DashboardFilter north;
    north.region = s("华北");
    f = pipelineFunnel(book.db(), north).value();
    CHECK(stage(f, "qualify").count == 1);
    CHECK(stage(f, "develop").count == 1);
    CHECK(stage(f, "commit").count == 1);
    CHECK(stage(f, "propose").count == 0);

    DashboardFilter energy;
    energy.industry = s("能源");
    energy.tier = QStringLiteral("B");
    f = pipelineFunnel(book.db(), energy).value();
    CHECK(stage(f, "commit").count == 1);
    CHECK(stage(f, "commit").amount == 80'000'000);
    CHECK(funnelRecords(book.db(), energy, QStringLiteral("commit")).value() == QStringList{book.o4});
}

TEST_CASE("a filter that matches nothing gives zeros in every panel")
{
    Book book;
    DashboardFilter none = period();
    none.region = s("西藏");
    const auto funnel = pipelineFunnel(book.db(), none).value();
    for (const StageFigures& s : funnel)
        CHECK(s.count == 0);
    CHECK(weightedForecast(book.db(), none).value().empty());
    CHECK(winRate(book.db(), none).value().current.winRate == -1);
    CHECK(activityByWeek(book.db(), none).value().empty());
    const auto tiers = tierDistribution(book.db(), none).value();
    for (const TierCount& t : tiers)
        CHECK(t.count == 0);
    CHECK(roleCoverage(book.db(), none).value().accounts.empty());
    DashboardFilter nobody;
    nobody.member = QStringLiteral("no-such-member");
    CHECK(closedRecords(book.db(), nobody).value().isEmpty());
}

TEST_CASE("stage probabilities by default rise from qualify to commit")
{
    CHECK(defaultStageProbability(QStringLiteral("qualify")) == 10);
    CHECK(defaultStageProbability(QStringLiteral("develop")) == 25);
    CHECK(defaultStageProbability(QStringLiteral("propose")) == 50);
    CHECK(defaultStageProbability(QStringLiteral("negotiate")) == 75);
    CHECK(defaultStageProbability(QStringLiteral("commit")) == 90);
    CHECK(defaultStageProbability(QString()) == 0);
    CHECK(defaultStageProbability(QStringLiteral("unknown")) == 0);
}

TEST_CASE("the forecast weighs each deal by its own probability or its stage's")
{
    Book book;
    auto months = weightedForecast(book.db(), {}).value();
    REQUIRE(months.size() == 4);
    CHECK(months[0].month == QDate(2027, 5, 1));
    CHECK(months[0].count == 1); // the deal without an amount
    CHECK(months[0].amount == 0);
    CHECK(months[0].weighted == 0);
    CHECK(months[1].month == QDate(2027, 6, 1));
    CHECK(months[1].count == 2);
    CHECK(months[1].amount == 130'000'000);
    // 100万 at the proposal stage's 50 %, 30万 at the deal's own 20 %.
    CHECK(months[1].weighted == 50'000'000 + 6'000'000);
    CHECK(months[2].month == QDate(2027, 7, 1));
    CHECK(months[2].amount == 0); // in dollars
    // Deals without an expected close come last: 80万 at commit's 90 %, and
    // the deal without a stage weighs nothing.
    CHECK(!months[3].month.isValid());
    CHECK(months[3].count == 2);
    CHECK(months[3].amount == 80'100'000);
    CHECK(months[3].weighted == 72'000'000);
    CHECK(sorted(forecastRecords(book.db(), {}, QDate()).value()) == sorted({book.o4, book.o8}));

    // The forecast is the state of today: a period does not narrow it.
    auto inPeriod = weightedForecast(book.db(), period()).value();
    REQUIRE(inPeriod.size() == months.size());
    CHECK(inPeriod[1].weighted == 56'000'000);
    CHECK(sorted(forecastRecords(book.db(), period(), QDate(2027, 6, 18)).value()) ==
          sorted({book.o1, book.o2}));
    CHECK(forecastRecords(book.db(), period(), QDate(2027, 8, 1)).value().isEmpty());
}

TEST_CASE("win rate and cycle come from the deals closed in the period and the one before")
{
    Book book;
    const DashboardFilter before = previousPeriod(period());
    CHECK(before.from == QDate(2027, 1, 1)); // the quarter before, not its 91 days back
    CHECK(before.to == QDate(2027, 3, 31));
    DashboardFilter days;
    days.from = QDate(2027, 4, 3);
    days.to = QDate(2027, 4, 12);
    CHECK(previousPeriod(days).from == QDate(2027, 3, 24)); // not whole months: 10 days back
    CHECK(previousPeriod(days).to == QDate(2027, 4, 2));

    auto w = winRate(book.db(), period()).value();
    CHECK(w.current.won == 2);
    CHECK(w.current.lost == 1);
    CHECK(w.current.winRate == doctest::Approx(2.0 / 3));
    CHECK(w.current.wonAmount == 250'000'000);
    CHECK(w.current.cycleDays == doctest::Approx((30 + 50 + 10) / 3.0).epsilon(0.001));
    REQUIRE(w.hasPrevious);
    CHECK(w.previous.won == 1);
    CHECK(w.previous.lost == 1);
    CHECK(w.previous.winRate == doctest::Approx(0.5));
    CHECK(w.previous.cycleDays == doctest::Approx((31 + 30) / 2.0).epsilon(0.001));
    CHECK(sorted(closedRecords(book.db(), period()).value()) == sorted({book.won1, book.won2, book.lost2}));
    CHECK(sorted(closedRecords(book.db(), period(), true).value()) == sorted({book.lost1, book.won0}));
    DashboardFilter autumn;
    autumn.from = QDate(2026, 11, 1);
    autumn.to = QDate(2026, 11, 30);
    CHECK(closedRecords(book.db(), autumn).value() == QStringList{book.oldWon});
    CHECK(winRate(book.db(), autumn).value().current.cycleDays == doctest::Approx(14.0).epsilon(0.001));

    DashboardFilter mine = period();
    mine.member = book.me;
    w = winRate(book.db(), mine).value();
    CHECK(w.current.winRate == doctest::Approx(1.0));
    CHECK(w.previous.winRate == doctest::Approx(0.0));

    // An open period has nothing before it.
    w = winRate(book.db(), {}).value();
    CHECK(!w.hasPrevious);
    CHECK(w.current.won + w.current.lost == 6); // the deal closed long before counts too
    CHECK(closedRecords(book.db(), {}, true).value().isEmpty());
}

TEST_CASE("activity counts follow-ups per author, local week and type")
{
    Book book;
    auto counts = activityByWeek(book.db(), period()).value();
    auto count = [&](const QString& member, const QDate& week, const char* type) {
        for (const ActivityCount& c : counts)
            if (c.memberId == member && c.week == week && c.type == QLatin1String(type))
                return c.count;
        return 0;
    };
    const QDate week1(2027, 4, 5), week0(2027, 3, 29), week2(2027, 4, 12);
    CHECK(count(book.me, week1, "visit") == 2); // Monday and Sunday night of one week
    CHECK(count(book.me, week1, "call") == 1);
    CHECK(count(book.mate, week2, "meeting") == 1);
    // 00:30 on the first day counts (in its local week); 23:30 the day before does not.
    CHECK(count(book.me, week0, "email") == 1);
    int total = 0;
    for (const ActivityCount& c : counts)
        total += c.count;
    CHECK(total == 5); // the trashed account's visit is left out
    CHECK(counts.front().week == week0);
    CHECK(counts.front().memberName == s("李明"));

    CHECK(sorted(activityRecords(book.db(), period(), book.me, week1, "visit").value()) ==
          sorted(book.myWeekVisits));
    CHECK(sorted(activityRecords(book.db(), period(), book.me, week1, QString()).value()) ==
          sorted(book.myWeekAll));
    // Every author: the whole team's follow-ups of the week.
    CHECK(activityRecords(book.db(), period(), std::nullopt, week2, QString()).value().size() == 1);
    CHECK(activityRecords(book.db(), period(), QString(), week1, QString()).value().isEmpty());

    DashboardFilter mate = period();
    mate.member = book.mate;
    counts = activityByWeek(book.db(), mate).value();
    REQUIRE(counts.size() == 1);
    CHECK(counts.front().memberName == s("张伟"));
}

TEST_CASE("the tier distribution counts live accounts and lists the same ones")
{
    Book book;
    auto tiers = tierDistribution(book.db(), {}).value();
    REQUIRE(tiers.size() == 5);
    CHECK(tiers[0].tier == QLatin1String("S"));
    CHECK(tiers[0].count == 1); // the trashed S account is left out
    CHECK(tiers[1].count == 1);
    CHECK(tiers[2].count == 1);
    CHECK(tiers[3].count == 0);
    CHECK(tiers[4].tier.isEmpty());
    CHECK(tiers[4].count == 1);

    DashboardFilter mine;
    mine.member = book.me;
    mine.industry = s("通信");
    tiers = tierDistribution(book.db(), mine).value();
    REQUIRE(tiers.size() == 4);
    CHECK(tiers[0].count == 1);
    CHECK(tiers[2].count == 0);
    // The account list's filter finds the accounts the slice counted.
    const AccountFilter list = tierAccounts(mine, QStringLiteral("S"));
    CHECK(list.owners == QSet<QString>{book.me});
    CHECK(list.industries == QSet<QString>{s("通信")});
    CHECK(list.tiers == QSet<QString>{QStringLiteral("S")});
    CHECK(countAccounts(book.db(), list).value() == 1);
    auto rows = fetchAccounts(book.db(), list, {}, 0, 10).value();
    REQUIRE(rows.size() == 1);
    CHECK(rows.front().id == book.huawei);
}

TEST_CASE("role coverage shows who is known in each decision role of the key accounts")
{
    Book book;
    auto cov = roleCoverage(book.db(), {}).value();
    CHECK(cov.totalAccounts == 4);
    REQUIRE(cov.accounts.size() == 4);
    const qsizetype economic = cov.roles.indexOf(QStringLiteral("economic_buyer"));
    const qsizetype technical = cov.roles.indexOf(QStringLiteral("technical_buyer"));
    const qsizetype userBuyer = cov.roles.indexOf(QStringLiteral("user_buyer"));
    const qsizetype champion = cov.roles.indexOf(QStringLiteral("champion"));
    REQUIRE(economic >= 0);

    // Tier S first.
    const CoverageAccountRow& hw = cov.accounts[0];
    CHECK(hw.accountId == book.huawei);
    CHECK(hw.cells[size_t(economic)].contacts == 1);
    CHECK(hw.cells[size_t(economic)].covered == 1);
    CHECK(hw.cells[size_t(economic)].bestLevel == 3); // trusted
    CHECK(hw.cells[size_t(economic)].firstContactId == book.boss);
    // "none" is no coverage, and coverage by a member who left does not count.
    CHECK(hw.cells[size_t(technical)].contacts == 2);
    CHECK(hw.cells[size_t(technical)].covered == 0);
    CHECK(hw.cells[size_t(technical)].firstContactId == book.engineer); // the more influential
    // A contact who left is not in the role any more.
    CHECK(hw.cells[size_t(userBuyer)].contacts == 0);

    const CoverageAccountRow& cm = cov.accounts[1];
    CHECK(cm.accountId == book.mobile);
    CHECK(cm.cells[size_t(champion)].covered == 1);
    CHECK(cm.cells[size_t(champion)].bestLevel == 2);  // working
    CHECK(cov.accounts[3].accountId == book.baosteel); // no tier last

    auto limited = roleCoverage(book.db(), {}, 2).value();
    CHECK(limited.totalAccounts == 4);
    CHECK(limited.accounts.size() == 2);
}

TEST_CASE("all the panels at once equal the panels one by one")
{
    Book book;
    auto all = dashboardFigures(book.db(), period());
    REQUIRE(all);
    CHECK(all.value().filter == period());
    CHECK(all.value().funnel.size() == pipelineFunnel(book.db(), period()).value().size());
    CHECK(all.value().forecast.size() == 4);
    CHECK(all.value().wins.current.won == 2);
    CHECK(all.value().activity.size() == activityByWeek(book.db(), period()).value().size());
    CHECK(all.value().tiers.size() == 5);
    CHECK(all.value().coverage.totalAccounts == 4);
}

TEST_CASE("a record list shows only the records behind a figure when asked to")
{
    Book book;
    auto listed = [&](const RecordListFilter& f) {
        QStringList ids;
        const auto rows = recordPage(book.db(), f, {}, 100).value();
        for (const QVariantMap& row : rows)
            ids << row.value(QStringLiteral("id")).toString();
        return sorted(ids);
    };
    RecordListFilter f;
    f.entity = kDeal;
    CHECK(listed(f).size() == 12); // 14 deals, one trashed and one of a trashed account
    f.only = funnelRecords(book.db(), {}, QStringLiteral("propose")).value();
    CHECK(listed(f) == sorted({book.o1, book.o2}));
    // An empty drill-down lists nothing, not everything.
    f.only = QStringList();
    CHECK(listed(f).isEmpty());
    // A trashed deal or a deal of a trashed account stays hidden.
    f.only = QStringList{book.o6, book.o7};
    CHECK(listed(f).isEmpty());
    // The list's own filters still apply.
    f.only = QStringList{book.o1, book.o3, book.o4};
    f.equals.insert(QStringLiteral("stage"), QStringLiteral("commit"));
    CHECK(listed(f) == QStringList{book.o4});
}

TEST_CASE("compact money reads in 万 and 亿 in Chinese, K and M elsewhere")
{
    const QLocale zh(QLocale::Chinese, QLocale::China);
    const QLocale en(QLocale::English, QLocale::UnitedStates);
    CHECK(model::formatMoneyCompact(0, zh) == s("¥0"));
    CHECK(model::formatMoneyCompact(999'900, zh) == s("¥9,999"));
    CHECK(model::formatMoneyCompact(1'000'000, zh) == s("¥1万"));
    CHECK(model::formatMoneyCompact(35'000'000, zh) == s("¥35万"));
    CHECK(model::formatMoneyCompact(123'456'700, zh) == s("¥123.5万"));
    CHECK(model::formatMoneyCompact(12'000'000'000, zh) == s("¥1.2亿"));
    CHECK(model::formatMoneyCompact(-35'000'000, zh) == s("-¥35万"));
    CHECK(model::formatMoneyCompact(999'900, en) == s("¥9,999"));
    CHECK(model::formatMoneyCompact(35'000'000, en) == s("¥350K"));
    CHECK(model::formatMoneyCompact(123'456'700, en) == s("¥1.2M"));
}

TEST_CASE("tier moves: accounts whose tier at the period's end is not the one they began it with")
{
    StoreFixture f;
    auto on = [&](const QDate& d) {
        f.now = QDateTime(d, QTime(12, 0)).toMSecsSinceEpoch();
    };
    auto company = [&](const char* name, const char* tier) {
        FieldValues v = {{QStringLiteral("name"), s(name)}};
        if (*tier)
            v.emplace_back(QStringLiteral("tier"), QString::fromLatin1(tier));
        return f.add(kAccount, v);
    };
    auto tier = [&](const QString& id, const char* t) {
        REQUIRE(f.set(kAccount, id, {{QStringLiteral("tier"), QString::fromLatin1(t)}}));
    };
    on(QDate(2026, 6, 1));
    const QString upOne = company("比亚迪", "C");
    const QString downOne = company("海尔集团", "A");
    const QString before = company("美的集团", "C");
    const QString back = company("格力电器", "B");
    tier(before, "B"); // before the period: no move in it
    on(QDate(2026, 7, 10));
    tier(upOne, "B");
    tier(downOne, "B");
    tier(back, "A");
    on(QDate(2026, 8, 1));
    tier(back, "B");                                // and back again: no move over the period
    const QString fresh = company("宁德时代", "A"); // new in the period: a start, not a move
    const QString tiered = company("小米集团", "");
    on(QDate(2026, 8, 2));
    tier(tiered, "C"); // new in the period too, then tiered: still no move
    on(QDate(2026, 10, 5));
    tier(upOne, "A"); // after the period: not counted

    DashboardFilter q3;
    q3.from = QDate(2026, 7, 1);
    q3.to = QDate(2026, 9, 30);
    auto moves = tierMoves(f.store->reader(), q3);
    REQUIRE(moves.isOk());
    std::map<QString, std::pair<QString, QString>> got;
    for (const TierMove& m : moves.value())
        got[m.accountId] = {m.from, m.to};
    CHECK(got.size() == 2);
    CHECK(got[upOne] == std::pair{QStringLiteral("C"), QStringLiteral("B")});
    CHECK(got[downOne] == std::pair{QStringLiteral("A"), QStringLiteral("B")});
    CHECK_FALSE(got.count(fresh));
    CHECK_FALSE(got.count(tiered));
    for (const TierMove& m : moves.value())
        CHECK(m.up == (m.accountId != downOne));
    // A period without a start has no moves to speak of.
    CHECK(tierMoves(f.store->reader(), DashboardFilter{}).value().empty());
}

TEST_CASE("the dashboard's cache keeps health while the file is unchanged, and not a moment longer")
{
    StoreFixture f;
    f.add(kAccount, {{QStringLiteral("name"), s("比亚迪")}, {QStringLiteral("tier"), QStringLiteral("A")}});
    // A read-only connection of its own, as the dashboard's loader keeps one.
    Database own;
    REQUIRE(own.open(f.path(), OpenMode::ReadOnly));
    DashboardCache cache;
    DashboardFilter all;
    all.today = QDate(2026, 6, 1);
    auto health = [](const DashboardFigures& d) {
        return d.health.green + d.health.amber + d.health.red;
    };
    auto first = dashboardFigures(own, all, cache);
    REQUIRE(first.isOk());
    CHECK(health(first.value()) == 1);
    REQUIRE(cache.health.has_value());
    REQUIRE(cache.health->size() == 1);

    // A filter change reads the kept health and narrows it.
    DashboardFilter tierB = all;
    tierB.tier = QStringLiteral("B");
    auto narrowed = dashboardFigures(own, tierB, cache);
    REQUIRE(narrowed.isOk());
    CHECK(health(narrowed.value()) == 0);
    CHECK(cache.health->size() == 1);

    // Another connection's commit (the store's) makes it read again.
    f.add(kAccount, {{QStringLiteral("name"), s("海尔集团")}, {QStringLiteral("tier"), QStringLiteral("B")}});
    auto after = dashboardFigures(own, tierB, cache);
    REQUIRE(after.isOk());
    CHECK(health(after.value()) == 1);
    CHECK(cache.health->size() == 2);

    // So does a write through the connection the cache was filled on (the store's own reader).
    DashboardCache storeCache;
    REQUIRE(dashboardFigures(f.store->reader(), all, storeCache).isOk());
    REQUIRE(storeCache.health->size() == 2);
    f.add(kAccount, {{QStringLiteral("name"), s("格力电器")}});
    auto mine = dashboardFigures(f.store->reader(), all, storeCache);
    REQUIRE(mine.isOk());
    CHECK(health(mine.value()) == 3);

    // And another day: health is the state of `today`.
    storeCache.health->clear(); // a marker: a refreshed cache reads every account again
    DashboardFilter tomorrow = all;
    tomorrow.today = all.today.addDays(1);
    auto nextDay = dashboardFigures(f.store->reader(), tomorrow, storeCache);
    REQUIRE(nextDay.isOk());
    CHECK(health(nextDay.value()) == 3);
}

TEST_CASE("the panels computed apart and put together are all the figures")
{
    // As the loader's two workers share them out: each panel on its own, on two connections' caches.
    Book book;
    auto all = dashboardFigures(book.db(), period());
    REQUIRE(all.isOk());
    const QStringList expected = test::dashboardFingerprint(all.value());
    REQUIRE(expected.filter(QStringLiteral("funnel: ")).size() > 0);
    REQUIRE(expected.filter(QStringLiteral("activity: ")).size() > 0);
    REQUIRE(expected.filter(QStringLiteral("tiers: ")).size() > 0);
    REQUIRE(expected.filter(QStringLiteral("health: ")).size() > 1);
    DashboardCache caches[2];
    DashboardFigures joined;
    int n = 0;
    for (DashboardPanel panel : {DashboardPanel::Health, DashboardPanel::Sales, DashboardPanel::Activity,
                                 DashboardPanel::Tiers, DashboardPanel::Coverage, DashboardPanel::Due}) {
        auto part = dashboardFigures(book.db(), period(), caches[n++ % 2], panel);
        REQUIRE(part.isOk());
        // A panel computes only itself.
        const DashboardPanels others = kAllPanels & ~DashboardPanels(panel);
        DashboardFigures empty;
        empty.filter = part.value().filter;
        DashboardFigures onlyOthers = part.value();
        takePanels(onlyOthers, DashboardFigures(empty), others);
        CHECK(test::dashboardFingerprint(onlyOthers) == test::dashboardFingerprint(part.value()));
        takePanels(joined, std::move(part).value(), panel);
    }
    CHECK(test::dashboardFingerprint(joined) == expected);

    // The health part and everything else, as on a first paint.
    DashboardCache healthCache, restCache;
    auto health = dashboardFigures(book.db(), period(), healthCache, DashboardPanel::Health);
    auto rest = dashboardFigures(book.db(), period(), restCache, kAllButHealth);
    REQUIRE(health.isOk());
    REQUIRE(rest.isOk());
    CHECK(health.value().funnel.empty());
    CHECK(health.value().kpis.figures.empty());
    CHECK(rest.value().health.weakest.empty());
    CHECK(rest.value().health.green + rest.value().health.amber + rest.value().health.red == 0);
    DashboardFigures both = std::move(rest).value();
    takePanels(both, std::move(health).value(), DashboardPanel::Health);
    CHECK(test::dashboardFingerprint(both) == expected);
}

TEST_CASE("activity finds the local day of a time in a zone a quarter hour off UTC, as SQLite does")
{
    // Nepal is 5 h 45 min ahead of UTC: a local day begins at 18:15 UTC, inside a UTC hour.
    const QByteArray zone = qgetenv("TZ");
    qputenv("TZ", "Asia/Kathmandu");
    tzset();
    StoreFixture f;
    const QString account = f.add(kAccount, {{QStringLiteral("name"), s("比亚迪")}});
    auto visit = [&](const char* at) {
        f.add(QStringLiteral("followup"), {{QStringLiteral("account_id"), account},
                                           {QStringLiteral("type"), QStringLiteral("visit")},
                                           {QStringLiteral("summary"), s("拜访")},
                                           {QStringLiteral("at"), QString::fromLatin1(at)}});
    };
    visit("2027-04-04T18:14:59.999Z"); // Sunday 23:59:59 local: the week of 29 March
    visit("2027-04-04T18:15:00.000Z"); // Monday 00:00 local
    visit("2027-04-04T18:20Z");        // without seconds: Monday 00:05 local
    visit("2027-04-30T18:14:00.000Z"); // Friday 30 April 23:59 local: the period's last day
    visit("2027-04-30T18:15:00.000Z"); // 1 May local: after the period
    DashboardFilter april;
    april.from = QDate(2027, 4, 1);
    april.to = QDate(2027, 4, 30);
    auto counts = activityByWeek(f.store->reader(), april);
    // What SQLite says of the same rows, the day each would count on.
    auto days =
        f.store->reader().rows(QStringLiteral("SELECT date(at, 'localtime') FROM followups ORDER BY at"));
    if (zone.isNull())
        qunsetenv("TZ");
    else
        qputenv("TZ", zone);
    tzset();
    REQUIRE(counts.isOk());
    REQUIRE(days.isOk());
    std::map<QDate, int> byWeek;
    for (const ActivityCount& c : counts.value())
        byWeek[c.week] += c.count;
    CHECK(byWeek ==
          std::map<QDate, int>{{QDate(2027, 3, 29), 1}, {QDate(2027, 4, 5), 2}, {QDate(2027, 4, 26), 1}});
    QStringList sqlite;
    for (const QVariantList& r : days.value())
        sqlite << r[0].toString();
    CHECK(sqlite == QStringList{QStringLiteral("2027-04-04"), QStringLiteral("2027-04-05"),
                                QStringLiteral("2027-04-05"), QStringLiteral("2027-04-30"),
                                QStringLiteral("2027-05-01")});
}
