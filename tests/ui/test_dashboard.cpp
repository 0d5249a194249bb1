// The Dashboard page on the demo book: its panels show what core's queries
// compute, the filters narrow every panel, a click on a bar or a slice opens
// the records behind it in their list with the filter said above it, a cell of
// the coverage map opens the contact, and a change in the store refreshes the
// figures off the GUI thread, a burst of changes coalesced.
#include "DashboardFingerprint.h"
#include "DemoFixture.h"
#include "QtDoctest.h"

#include "commands/Commands.h"
#include "demo/DemoData.h"
#include "model/Display.h"
#include "query/Dashboard.h"
#include "store/Ids.h"
#include "store/Queries.h"
#include "store/Store.h"
#include "ui/MainWindow.h"
#include "ui/Workspace.h"
#include "ui/accounts/AccountListModel.h"
#include "ui/accounts/AccountListView.h"
#include "ui/dashboard/CoverageHeatMap.h"
#include "ui/dashboard/DashboardFilterBar.h"
#include "ui/dashboard/DashboardLoader.h"
#include "ui/dashboard/DashboardView.h"
#include "ui/dashboard/KpiTile.h"
#include "ui/lists/CommercePage.h"
#include "ui/lists/RecordListModel.h"
#include "ui/lists/RecordListView.h"
#include "ui/shell/AccountTabs.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QPieSeries>
#include <QPieSlice>
#include <QSet>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <optional>

using namespace summit;
using summit::ui::DashboardView;
using summit::ui::MainWindow;

namespace {

const QDate kToday(2026, 5, 20);

demo::Options demoOptions(bool commerce)
{
    demo::Options options;
    options.accounts = 6;
    options.seed = 1;
    options.today = kToday;
    options.commerce = commerce;
    return options;
}

struct Cockpit
{
    test::DemoFixture fixture;
    std::unique_ptr<MainWindow> window;
    DashboardView* view = nullptr;

    // `commerce`: whether the demo data has its contracts, payments, requests and surveys.
    explicit Cockpit(bool commerce = true) : fixture(demoOptions(commerce))
    {
        window = std::make_unique<MainWindow>(std::move(fixture.store));
        window->workspace().setNow(QDateTime(kToday, QTime(14, 30)));
        window->resize(1366, 768);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
        window->showPage(MainWindow::Page::Dashboard);
        view = window->findChild<DashboardView*>();
        REQUIRE(view);
        settle();
    }
    ~Cockpit() { window.reset(); }

    Store& store() const { return window->workspace().store(); }
    void settle() const
    {
        REQUIRE(QTest::qWaitFor([this] { return !view->isUpdating(); }, 20000));
    }
    query::DashboardFigures core() const
    {
        query::DashboardFilter filter = view->filterBar()->filter();
        filter.today = window->workspace().today(); // as the view asks for its figures
        auto figures = query::dashboardFigures(store().reader(), filter);
        REQUIRE(figures.isOk());
        return figures.value();
    }
    // A ¥5000万 contract of the first account ending in 20 days, and ¥100万 of it overdue by 3:
    // their ids.
    std::pair<QString, QString> addDueContract() const
    {
        const QString account =
            store()
                .reader()
                .scalar(QStringLiteral("SELECT id FROM accounts WHERE deleted = 0 LIMIT 1"))
                .toString();
        const QString contract = ids::newId();
        const QString receivable = ids::newId();
        REQUIRE(
            store()
                .apply(
                    {QStringLiteral("contracts"),
                     {Operation::set(QStringLiteral("contract"), contract,
                                     {{QStringLiteral("account_id"), account},
                                      {QStringLiteral("title"), QStringLiteral("Framework")},
                                      {QStringLiteral("amount"), qint64(5000000000)},
                                      {QStringLiteral("status"), QStringLiteral("active")},
                                      {QStringLiteral("end_on"), kToday.addDays(20).toString(Qt::ISODate)}}),
                      Operation::set(QStringLiteral("receivable"), receivable,
                                     {{QStringLiteral("account_id"), account},
                                      {QStringLiteral("contract_id"), contract},
                                      {QStringLiteral("due_on"), kToday.addDays(-3).toString(Qt::ISODate)},
                                      {QStringLiteral("amount_due"), qint64(100000000)}})}})
                .isOk());
        return {contract, receivable};
    }
    ui::RecordListView* list(MainWindow::Page page) const
    {
        for (auto* l : window->findChildren<ui::RecordListView*>())
            if (l->isVisible() && window->currentPage() == page)
                return l;
        return nullptr;
    }
};

QSet<QString> asSet(const QStringList& list)
{
    return QSet<QString>(list.begin(), list.end());
}

QSet<QString> listedIds(ui::RecordListView* list)
{
    ui::RecordListModel* model = list->model();
    while (model->canFetchMore({}))
        model->fetchMore({});
    QSet<QString> ids;
    for (int r = 0; r < model->rowCount(); ++r)
        ids.insert(model->idAt(r));
    return ids;
}

QBarSet* funnelBars(DashboardView* view)
{
    const auto series = view->funnelChart()->chart()->series();
    REQUIRE(series.size() == 1);
    auto* bars = qobject_cast<QHorizontalBarSeries*>(series.front());
    REQUIRE(bars);
    REQUIRE(bars->barSets().size() == 1);
    return bars->barSets().front();
}

void checkFunnelMatches(const query::DashboardFigures& shown, const query::DashboardFigures& core)
{
    REQUIRE(shown.funnel.size() == core.funnel.size());
    for (size_t i = 0; i < core.funnel.size(); ++i) {
        CHECK(shown.funnel[i].stage == core.funnel[i].stage);
        CHECK(shown.funnel[i].count == core.funnel[i].count);
        CHECK(shown.funnel[i].amount == core.funnel[i].amount);
    }
}

} // namespace

TEST_CASE("the dashboard shows the figures core computes, in its charts and tiles")
{
    Cockpit c;
    const query::DashboardFigures core = c.core();
    const query::DashboardFigures& shown = c.view->figures();
    CHECK(shown.filter.to == kToday);
    CHECK(shown.filter.from == kToday.addDays(-89)); // the last 90 days by default
    checkFunnelMatches(shown, core);
    int openDeals = 0;
    qint64 openAmount = 0;
    for (const query::StageFigures& s : core.funnel) {
        openDeals += s.count;
        openAmount += s.amount;
    }
    REQUIRE(openDeals > 0); // the demo book has a pipeline

    // One bar per stage, the funnel read top down (the first stage last in the series).
    QBarSet* bars = funnelBars(c.view);
    REQUIRE(bars->count() == int(core.funnel.size()));
    auto* axis = qobject_cast<QBarCategoryAxis*>(c.view->funnelChart()->chart()->axes(Qt::Vertical).front());
    REQUIRE(axis);
    const QString firstLabel = axis->categories().back();
    CHECK(firstLabel.startsWith(model::enumLabel(u"stage", core.funnel.front().stage)));
    CHECK(firstLabel.contains(QStringLiteral(" · %1 · ").arg(core.funnel.front().count)));
    qint64 largest = 0;
    for (const query::StageFigures& s : core.funnel)
        largest = std::max(largest, s.amount);
    if (largest > 0) {
        // Bar lengths are in proportion to the amounts.
        const size_t big =
            size_t(std::distance(core.funnel.begin(), std::max_element(core.funnel.begin(), core.funnel.end(),
                                                                       [](const auto& a, const auto& b) {
                                                                           return a.amount < b.amount;
                                                                       })));
        const int barOfBig = int(core.funnel.size() - 1 - big);
        for (int i = 0; i < bars->count(); ++i)
            CHECK(bars->at(i) / bars->at(barOfBig) ==
                  doctest::Approx(double(core.funnel[core.funnel.size() - 1 - size_t(i)].amount) /
                                  double(largest)));
    }

    CHECK(c.view->pipelineTile()->value() == model::formatMoneyCompact(openAmount));
    CHECK(c.view->wonTile()->value() == model::formatMoneyCompact(core.wins.current.wonAmount));
    CHECK(shown.wins.current.won == core.wins.current.won);
    CHECK(shown.wins.current.lost == core.wins.current.lost);
    CHECK(shown.tiers.size() == core.tiers.size());
    for (size_t i = 0; i < core.tiers.size(); ++i)
        CHECK(shown.tiers[i].count == core.tiers[i].count);
    CHECK(shown.activity.size() == core.activity.size());
    CHECK(c.view->coverageMap()->rowCount() == int(core.coverage.accounts.size()));
    CHECK(c.view->coverageMap()->columnCount() == int(core.coverage.roles.size()));
    // Health: the tile counts the red accounts, the list shows the weakest, lowest score first,
    // as the core computes them; a row opens its account.
    CHECK(shown.health.red == core.health.red);
    CHECK(shown.health.amber == core.health.amber);
    auto* health = c.view->findChild<ui::KpiTile*>(QStringLiteral("healthTile"));
    REQUIRE(health);
    CHECK(health->value() == QLocale().toString(core.health.red));
    auto* list = c.view->findChild<QTableWidget*>(QStringLiteral("healthList"));
    REQUIRE(list);
    REQUIRE(list->rowCount() == int(core.health.weakest.size()));
    for (int r = 0; r < list->rowCount(); ++r) {
        CHECK(list->item(r, 0)->text() == core.health.weakest[size_t(r)].name);
        CHECK(list->item(r, 2)->text() == QLocale().toString(core.health.weakest[size_t(r)].score));
        if (r > 0)
            CHECK(core.health.weakest[size_t(r - 1)].score <= core.health.weakest[size_t(r)].score);
    }
    if (list->rowCount() > 0) {
        QSignalSpy opened(&c.window->workspace(), &ui::Workspace::openAccountRequested);
        emit list->cellActivated(0, 3);
        REQUIRE(opened.count() == 1);
        CHECK(opened.front().front().toString() == core.health.weakest.front().accountId);
    }
}

TEST_CASE("a filter narrows every panel and a funnel bar opens the deals behind it")
{
    Cockpit c;
    ui::DashboardFilterBar* bar = c.view->filterBar();
    // The region of the account with the most open deals.
    QComboBox* region = bar->regionBox();
    REQUIRE(region->count() > 1);
    int best = -1, most = 0;
    for (int i = 1; i < region->count(); ++i) {
        query::DashboardFilter f = bar->filter();
        f.region = region->itemData(i).toString();
        int n = 0;
        const auto funnel = query::pipelineFunnel(c.store().reader(), f).value();
        for (const auto& s : funnel)
            n += s.count;
        if (n > most) {
            most = n;
            best = i;
        }
    }
    REQUIRE(best > 0);
    region->setCurrentIndex(best);
    c.settle();
    const QString chosen = region->itemData(best).toString();
    CHECK(c.view->figures().filter.region == chosen);
    const query::DashboardFigures core = c.core();
    CHECK(core.filter.region == chosen);
    checkFunnelMatches(c.view->figures(), core);

    // Click the bar of the first stage with deals.
    QBarSet* bars = funnelBars(c.view);
    size_t stage = 0;
    while (stage < core.funnel.size() && core.funnel[stage].count == 0)
        ++stage;
    REQUIRE(stage < core.funnel.size());
    emit bars->clicked(int(core.funnel.size() - 1 - stage));
    CHECK(c.window->currentPage() == MainWindow::Page::Opportunities);
    ui::RecordListView* list = c.list(MainWindow::Page::Opportunities);
    REQUIRE(list);
    const QStringList expected =
        query::funnelRecords(c.store().reader(), c.view->figures().filter, core.funnel[stage].stage).value();
    CHECK(int(expected.size()) == core.funnel[stage].count);
    CHECK(listedIds(list) == asSet(expected));
    // The list says what it shows: the stage and the region.
    CHECK(list->onlyCaption().contains(model::enumLabel(u"stage", core.funnel[stage].stage)));
    CHECK(list->onlyCaption().contains(chosen));
    // Every listed deal is open, at that stage, of an account in the region.
    for (const QString& id : expected) {
        auto deal = c.store().record(QStringLiteral("opportunity"), id);
        REQUIRE(deal);
        CHECK(deal.value().value(QStringLiteral("stage")).toString() == core.funnel[stage].stage);
        auto account = c.store().record(QStringLiteral("account"),
                                        deal.value().value(QStringLiteral("account_id")).toString());
        CHECK(account.value().value(QStringLiteral("region")).toString() == chosen);
    }
    // Show All goes back to every opportunity.
    list->showAll();
    CHECK(list->onlyCaption().isEmpty());
    CHECK(listedIds(list).size() > expected.size());
}

TEST_CASE("a tier slice opens the account list filtered to the same accounts")
{
    Cockpit c;
    const auto series = c.view->tierChart()->chart()->series();
    REQUIRE(series.size() == 1);
    auto* pie = qobject_cast<QPieSeries*>(series.front());
    REQUIRE(pie);
    REQUIRE(!pie->slices().isEmpty());
    QPieSlice* slice = pie->slices().front();
    const query::TierCount& tier = c.view->figures().tiers.front().count > 0 ? c.view->figures().tiers.front()
                                                                             : c.view->figures().tiers[1];
    REQUIRE(!tier.tier.isEmpty());
    emit slice->clicked();
    CHECK(c.window->currentPage() == MainWindow::Page::Accounts);
    ui::AccountListView* accounts = c.window->accountTabs()->list();
    CHECK(accounts->filter().tiers == QSet<QString>{tier.tier});
    CHECK(accounts->model()->rowCount() == tier.count);
}

TEST_CASE("a cell of the coverage map opens the contact in that role")
{
    Cockpit c;
    const query::RoleCoverage& cov = c.view->figures().coverage;
    int row = -1, column = -1;
    for (size_t r = 0; r < cov.accounts.size() && row < 0; ++r)
        for (size_t k = 0; k < cov.accounts[r].cells.size(); ++k)
            if (cov.accounts[r].cells[k].contacts > 0) {
                row = int(r);
                column = int(k);
                break;
            }
    REQUIRE(row >= 0);
    c.view->coverageMap()->choose(row, column);
    CHECK(c.window->currentPage() == MainWindow::Page::Accounts);
    CHECK(c.window->accountTabs()->currentAccountId() == cov.accounts[size_t(row)].accountId);
}

TEST_CASE("the dashboard refreshes after a change, a burst of changes computed once or twice")
{
    Cockpit c;
    const query::DashboardFigures before = c.view->figures();
    auto accounts = listRecords(c.store().reader(), QStringLiteral("account"));
    REQUIRE(accounts);
    const QString account = accounts.value().front().value(QStringLiteral("id")).toString();
    const int runs = c.view->loader()->computations();
    for (int i = 0; i < 5; ++i)
        REQUIRE(c.store().apply({QStringLiteral("add"),
                                 {Operation::set(QStringLiteral("opportunity"), ids::newId(),
                                                 {{QStringLiteral("account_id"), account},
                                                  {QStringLiteral("name"), QStringLiteral("Deal %1").arg(i)},
                                                  {QStringLiteral("stage"), QStringLiteral("qualify")},
                                                  {QStringLiteral("amount"), 1'000'000}})}}));
    REQUIRE(QTest::qWaitFor([&] { return c.view->isUpdating(); }, 2000));
    c.settle();
    CHECK(c.view->loader()->computations() - runs <= 2);
    const auto& after = c.view->figures().funnel;
    REQUIRE(after.front().stage == QLatin1String("qualify"));
    CHECK(after.front().count == before.funnel.front().count + 5);
    CHECK(after.front().amount == before.funnel.front().amount + 5'000'000);
    checkFunnelMatches(c.view->figures(), c.core());
}

TEST_CASE("after a sync round the dashboard reads again")
{
    Cockpit c;
    const int runs = c.view->loader()->computations();
    // What the GUI's store announces when the sync worker's connection wrote.
    c.store().notifyExternalChange();
    REQUIRE(QTest::qWaitFor([&] { return c.view->isUpdating(); }, 2000));
    c.settle();
    CHECK(c.view->loader()->computations() == runs + 1);
    checkFunnelMatches(c.view->figures(), c.core());
}

TEST_CASE("the panels can show before health, whose place says it is being worked out")
{
    Cockpit c;
    const query::DashboardFigures all = c.core();
    REQUIRE(!all.health.weakest.empty());
    query::DashboardFigures panels = all;
    panels.health = {};
    auto* tile = c.view->findChild<ui::KpiTile*>(QStringLiteral("healthTile"));
    auto* list = c.view->findChild<QTableWidget*>(QStringLiteral("healthList"));
    REQUIRE(tile);
    REQUIRE(list);
    // What the loader says when the other panels are in first (a first paint on a large book).
    emit c.view->loader()->panelsLoaded(panels);
    CHECK(tile->value() == QStringLiteral("…"));
    CHECK(list->rowCount() == 0);
    CHECK(c.view->figures().funnel.size() == all.funnel.size());
    CHECK(tile->value() != QLocale().toString(all.health.red));
    emit c.view->loader()->loaded(all);
    CHECK(tile->value() == QLocale().toString(all.health.red));
    CHECK(list->rowCount() == int(all.health.weakest.size()));
}

TEST_CASE("the loader answers the latest request only, overtaken ones coalesced")
{
    Cockpit c;
    ui::DashboardLoader loader(c.store().path());
    QList<query::DashboardFilter> answered;
    QObject::connect(&loader, &ui::DashboardLoader::loaded,
                     [&](const query::DashboardFigures& f) { answered << f.filter; });
    query::DashboardFilter first, second, third;
    second.tier = QStringLiteral("A");
    third.tier = QStringLiteral("S");
    loader.request(first);
    loader.request(second); // overtaken by the third while the first runs
    loader.request(third);
    REQUIRE(QTest::qWaitFor([&] { return !loader.isBusy(); }, 20000));
    QTest::qWait(50);
    REQUIRE(answered.size() == 1);
    CHECK(answered.front() == third);
    CHECK(loader.computations() == 2); // the first, then only the latest
}

TEST_CASE("the loader's two workers share out the panels and answer what one connection computes")
{
    Cockpit c;
    ui::DashboardLoader loader(c.store().path());
    std::optional<query::DashboardFigures> first, all;
    QObject::connect(&loader, &ui::DashboardLoader::panelsLoaded,
                     [&](const query::DashboardFigures& f) { first = f; });
    QObject::connect(&loader, &ui::DashboardLoader::loaded,
                     [&](const query::DashboardFigures& f) { all = f; });
    auto load = [&](const query::DashboardFilter& filter) {
        first.reset();
        all.reset();
        loader.request(filter);
        REQUIRE(QTest::qWaitFor([&] { return all.has_value(); }, 20000));
        auto direct = query::dashboardFigures(c.store().reader(), filter);
        REQUIRE(direct.isOk());
        const QStringList expected = test::dashboardFingerprint(direct.value());
        CHECK(test::dashboardFingerprint(*all) == expected);
        // Shown before health when health came last: everything else, and health still empty.
        if (first) {
            QStringList shown = test::dashboardFingerprint(*first);
            CHECK(shown.filter(QStringLiteral("health: ")) == QStringList{QStringLiteral("health: 0 0 0")});
            QStringList rest = expected;
            rest.removeIf([](const QString& line) { return line.startsWith(QLatin1String("health: ")); });
            shown.removeIf([](const QString& line) { return line.startsWith(QLatin1String("health: ")); });
            CHECK(shown == rest);
        }
    };
    query::DashboardFilter last90, tierA;
    last90.today = kToday;
    last90.from = kToday.addDays(-89);
    last90.to = kToday;
    tierA = last90;
    tierA.tier = QStringLiteral("A");
    load(last90); // nothing kept: health on one worker, the rest on the other
    load(tierA);  // health kept: the workers share the rest
    load(last90);
    const size_t renewals = all->renewals.size();
    c.addDueContract(); // the file changed: nothing kept is used
    load(last90);
    CHECK(all->renewals.size() == renewals + 1);
}

TEST_CASE("a follow-up bar and a tile open their records")
{
    Cockpit c;
    const query::DashboardFigures& shown = c.view->figures();
    REQUIRE(!shown.activity.empty());
    const query::ActivityCount& last = shown.activity.back();
    c.view->openActivity(last.week, last.type);
    CHECK(c.window->currentPage() == MainWindow::Page::FollowUps);
    ui::RecordListView* followups = c.list(MainWindow::Page::FollowUps);
    REQUIRE(followups);
    int expected = 0;
    for (const query::ActivityCount& a : shown.activity)
        if (a.week == last.week && a.type == last.type)
            expected += a.count;
    CHECK(int(listedIds(followups).size()) == expected);
    CHECK(followups->onlyCaption().contains(last.week.toString(Qt::ISODate)));

    c.window->showPage(MainWindow::Page::Dashboard);
    emit c.view->winRateTile()->clicked();
    ui::RecordListView* deals = c.list(MainWindow::Page::Opportunities);
    REQUIRE(deals);
    CHECK(int(listedIds(deals).size()) == shown.wins.current.won + shown.wins.current.lost);
}

TEST_CASE("the renewal and receivable tiles follow the recorded contracts")
{
    Cockpit c(false);
    auto* renewals = c.view->findChild<ui::KpiTile*>(QStringLiteral("renewalsTile"));
    auto* receivables = c.view->findChild<ui::KpiTile*>(QStringLiteral("receivablesTile"));
    REQUIRE(renewals);
    REQUIRE(receivables);
    // Nothing recorded: said so, with where to record it.
    CHECK(renewals->value() == QStringLiteral("No contracts"));
    CHECK(receivables->value() == QStringLiteral("No receivables"));

    c.addDueContract();
    REQUIRE(QTest::qWaitFor([&] { return renewals->value() != QStringLiteral("No contracts"); }, 20000));
    c.settle();
    CHECK(renewals->value().contains(QStringLiteral("50")));
    CHECK(renewals->note().contains(QStringLiteral("1 contract")));
    CHECK(receivables->value().contains(QStringLiteral("1")));
    CHECK(receivables->note().startsWith(QStringLiteral("1 overdue")));
}

TEST_CASE("the key-figure tiles show core's KPIs, and say so when there is nothing to measure")
{
    {
        Cockpit c(false); // no surveys, requests or contracts
        for (const char* key : {"csat", "nps", "renewal_rate", "churn_rate", "response_hours", "clv"}) {
            ui::KpiTile* tile = c.view->kpiTile(QString::fromLatin1(key));
            REQUIRE_MESSAGE(tile, key);
            CHECK_MESSAGE(tile->value() == QStringLiteral("—"), key);
            CHECK(tile->note() == QStringLiteral("Nothing to measure in the period"));
        }
    }
    Cockpit c;
    // This year: the demo's surveys and contracts fall in it.
    c.view->filterBar()->findChild<QComboBox*>(QStringLiteral("period"))->setCurrentIndex(4);
    c.settle();
    const query::KpiReport& kpis = c.view->figures().kpis;
    const query::KpiFigure* csat = kpis.find(QStringLiteral("csat"));
    REQUIRE(csat);
    REQUIRE(csat->value.has_value()); // the demo book has surveys this year
    CHECK(c.view->kpiTile(QStringLiteral("csat"))->value() == query::formatKpi(csat->key, *csat->value));
    const query::KpiFigure* clv = kpis.find(QStringLiteral("clv"));
    REQUIRE(clv);
    REQUIRE(clv->value.has_value());
    CHECK(c.view->kpiTile(QStringLiteral("clv"))->value().startsWith(QStringLiteral("¥")));
    CHECK(c.view->kpiTile(QStringLiteral("nothing")) == nullptr);
    // Tier moves: the demo's accounts were written after the period, so none moved in it.
    auto* moves = c.view->findChild<QLabel*>(QStringLiteral("tierMoves"));
    REQUIRE(moves);
    CHECK(c.view->figures().tierMoves.empty());
    CHECK(moves->text() == QStringLiteral("No account changed tier in the period."));
}

TEST_CASE("the no-tier slice opens the account list on the accounts without a tier")
{
    Cockpit c;
    // One account more, without a tier: the pie has a "No tier" slice.
    Store& store = c.window->workspace().store();
    REQUIRE(c.window->workspace()
                .commands()
                .createRecord(QStringLiteral("account"),
                              {{QStringLiteral("name"), QString::fromUtf8("未分级客户")}})
                .isOk());
    REQUIRE(QTest::qWaitFor(
        [&] {
            for (const query::TierCount& t : c.view->figures().tiers)
                if (t.tier.isEmpty() && t.count > 0)
                    return true;
            return false;
        },
        10000));
    auto* pie = qobject_cast<QPieSeries*>(c.view->tierChart()->chart()->series().front());
    REQUIRE(pie);
    QPieSlice* none = nullptr;
    for (QPieSlice* slice : pie->slices())
        if (slice->label().startsWith(QStringLiteral("No tier")))
            none = slice;
    REQUIRE(none);
    emit none->clicked();
    CHECK(c.window->currentPage() == MainWindow::Page::Accounts);
    ui::AccountListView* accounts = c.window->accountTabs()->list();
    CHECK(accounts->filter().tiers == QSet<QString>{QString()});
    const int expected =
        store.reader()
            .scalar(
                QStringLiteral("SELECT count(*) FROM accounts WHERE deleted = 0 AND coalesce(tier, '') = ''"))
            .toInt();
    CHECK(expected >= 1);
    CHECK(accounts->model()->rowCount() == expected);
}

TEST_CASE("each key-figure tile lists the records it rests on; the renewal and receivable tiles theirs")
{
    Cockpit c;
    // This year: the demo's surveys, requests and contracts fall in it.
    c.view->filterBar()->findChild<QComboBox*>(QStringLiteral("period"))->setCurrentIndex(4);
    c.settle();
    const query::KpiReport kpis = c.view->figures().kpis;
    auto commerceList = [&](const QString& entity) -> ui::RecordListView* {
        auto* page = c.window->findChild<ui::CommercePage*>();
        REQUIRE(page);
        ui::RecordListView* list = page->list(entity);
        REQUIRE(list);
        CHECK(page->currentWidget() == list); // the tab of its records is in front
        return list;
    };

    // Surveys, service requests, contracts: the Contracts & Service page, on their tab.
    for (const char* key : {"csat", "nps", "response_hours", "renewal_rate"}) {
        CAPTURE(key);
        const query::KpiFigure* f = kpis.find(QString::fromLatin1(key));
        REQUIRE(f);
        REQUIRE(!f->records.isEmpty()); // the demo book has some of each this year
        CHECK(f->records.size() == f->basis);
        c.window->showPage(MainWindow::Page::Dashboard);
        emit c.view->kpiTile(f->key)->clicked();
        CHECK(c.window->currentPage() == MainWindow::Page::Commerce);
        ui::RecordListView* list = commerceList(f->recordType);
        CHECK(listedIds(list) == asSet(f->records));
        CHECK(list->onlyCaption().contains(query::kpiLabel(f->key)));
    }

    // Accounts: the account list, with the drill-down said above it; Show All ends it.
    ui::AccountListView* accounts = c.window->accountTabs()->list();
    for (const char* key : {"repurchase_rate", "churn_rate", "clv"}) {
        CAPTURE(key);
        const query::KpiFigure* f = kpis.find(QString::fromLatin1(key));
        REQUIRE(f);
        CHECK(f->recordType == QStringLiteral("account"));
        c.window->showPage(MainWindow::Page::Dashboard);
        emit c.view->kpiTile(f->key)->clicked();
        CHECK(c.window->currentPage() == MainWindow::Page::Accounts);
        QSet<QString> listed;
        for (int r = 0; r < accounts->model()->rowCount(); ++r)
            listed.insert(accounts->model()->accountId(r));
        CHECK(listed == asSet(f->records));
        CHECK_FALSE(accounts->onlyCaption().isEmpty());
    }
    const int all =
        c.store().reader().scalar(QStringLiteral("SELECT count(*) FROM accounts WHERE deleted = 0")).toInt();
    accounts->showAll();
    CHECK(accounts->onlyCaption().isEmpty());
    CHECK(accounts->model()->rowCount() == all);
    // A filter chosen on the bar (the tier slice's drill-down) ends a drill-down too.
    emit c.view->kpiTile(QStringLiteral("clv"))->clicked();
    CHECK_FALSE(accounts->onlyCaption().isEmpty());
    query::AccountFilter tierA;
    tierA.tiers = {QStringLiteral("A")};
    accounts->setFilter(tierA);
    CHECK(accounts->onlyCaption().isEmpty());

    // The renewal and receivable tiles: the contracts and the payments they count. One of each
    // due soon, whatever the demo book holds. (The dashboard reads again when it is in front.)
    c.window->showPage(MainWindow::Page::Dashboard);
    const std::pair<QString, QString> due = c.addDueContract();
    const QString& contract = due.first;
    const QString& receivable = due.second;
    REQUIRE(QTest::qWaitFor(
        [&] {
            for (const query::ReceivableDue& r : c.view->figures().receivables)
                if (r.id == receivable)
                    return !c.view->isUpdating();
            return false;
        },
        20000));
    const query::DashboardFigures& shown = c.view->figures();
    QStringList contracts, receivables;
    for (const query::RenewalDue& r : shown.renewals)
        contracts << r.contractId;
    for (const query::ReceivableDue& r : shown.receivables)
        receivables << r.id;
    c.window->showPage(MainWindow::Page::Dashboard);
    emit c.view->findChild<ui::KpiTile*>(QStringLiteral("renewalsTile"))->clicked();
    CHECK(contracts.contains(contract));
    CHECK(listedIds(commerceList(QStringLiteral("contract"))) == asSet(contracts));
    c.window->showPage(MainWindow::Page::Dashboard);
    emit c.view->findChild<ui::KpiTile*>(QStringLiteral("receivablesTile"))->clicked();
    ui::RecordListView* payments = commerceList(QStringLiteral("receivable"));
    CHECK(listedIds(payments) == asSet(receivables));
    // The list's columns name the record: the account and the amount due beside the date.
    QStringList headers;
    for (int col = 0; col < payments->model()->columnCount(); ++col)
        headers << payments->model()->headerData(col, Qt::Horizontal).toString();
    CHECK(headers.contains(QStringLiteral("Account")));
    CHECK(headers.contains(QStringLiteral("Amount due")));
}
