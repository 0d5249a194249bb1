// Dashboard benchmark: how long each panel's figures take on a demo book, the
// KPIs of a quarter beside their budget, all of them at once as the
// dashboard's loader computes them after every change (two worker threads,
// each with its connection and its cache), and the team review pack of a
// month as PDF. The GUI does not wait for the figures; the figure says how
// soon the dashboard catches up. Run on demand:
//   bench_dashboard [--db FILE] [--accounts N] [--today YYYY-MM-DD]
// A missing FILE is generated with the demo generator (N accounts, 200 by default);
// an existing one is opened read-only.

#include "BenchArgs.h"
#include "demo/DemoData.h"
#include "query/Dashboard.h"
#include "query/Kpi.h"
#include "query/Reports.h"
#include "store/Store.h"
#include "ui/dashboard/DashboardLoader.h"
#include "ui/render/ReportExport.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <cstdio>
#include <functional>

using namespace summit;
using namespace summit::query;

namespace {

// The slowest of three runs, in milliseconds; a failure stops the benchmark.
double worstOf3(const std::function<Status()>& body)
{
    double worst = 0;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer t;
        t.start();
        if (Status s = body(); !s) {
            std::fprintf(stderr, "%s\n", qPrintable(s.message()));
            std::exit(1);
        }
        worst = std::max(worst, double(t.nsecsElapsed()) / 1e6);
    }
    return worst;
}

template <class F> std::function<Status()> run(F f)
{
    return [f] {
        return f().status();
    };
}

// Milliseconds from a request to the loader's answer, as the dashboard waits for it: until every
// panel is in, and until the first are shown (every panel but health, when they come first).
struct Load
{
    double all = 0, first = 0;
};
Load load(ui::DashboardLoader& loader, const DashboardFilter& filter)
{
    QEventLoop loop;
    QString error;
    QElapsedTimer t;
    Load ms;
    QObject::connect(&loader, &ui::DashboardLoader::panelsLoaded, &loop,
                     [&] { ms.first = double(t.nsecsElapsed()) / 1e6; });
    QObject::connect(&loader, &ui::DashboardLoader::loaded, &loop, &QEventLoop::quit);
    QObject::connect(&loader, &ui::DashboardLoader::failed, &loop, [&](const QString& message) {
        error = message;
        loop.quit();
    });
    t.start();
    loader.request(filter);
    loop.exec();
    ms.all = double(t.nsecsElapsed()) / 1e6;
    if (ms.first == 0)
        ms.first = ms.all;
    QObject::disconnect(&loader, nullptr, &loop, nullptr);
    if (!error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        std::exit(1);
    }
    return ms;
}

} // namespace

int main(int argc, char** argv)
{
    // Drawing the review pack's PDF needs a QGuiApplication: offscreen unless a platform is set.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const bench::BookArgs book = bench::bookArgs(app.arguments());
    QString path = book.path;
    const int accounts = book.accounts;
    const QDate today = book.today;
    QTemporaryDir dir;
    if (path.isEmpty())
        path = dir.filePath(QStringLiteral("dashboard.db"));
    const bool generate = !QFileInfo::exists(path);
    // An existing file is only read.
    auto store = Store::open(path, generate ? OpenMode::ReadWrite : OpenMode::ReadOnly);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.message()));
        return 1;
    }
    if (generate) {
        demo::Options options;
        options.accounts = accounts;
        options.today = today;
        if (auto made = demo::generate(*store.value(), options); !made) {
            std::fprintf(stderr, "%s\n", qPrintable(made.message()));
            return 1;
        }
    }
    Database& db = store.value()->reader();
    DashboardFilter last90;
    last90.from = today.addDays(-89);
    last90.to = today;
    std::printf("%-40s %10s\n", "figures (last 90 days)", "worst ms");
    std::printf("%-40s %10.1f\n", "pipeline funnel",
                worstOf3(run([&] { return pipelineFunnel(db, last90); })));
    std::printf("%-40s %10.1f\n", "weighted forecast",
                worstOf3(run([&] { return weightedForecast(db, last90); })));
    std::printf("%-40s %10.1f\n", "win rate and cycle", worstOf3(run([&] { return winRate(db, last90); })));
    std::printf("%-40s %10.1f\n", "activity per member and week",
                worstOf3(run([&] { return activityByWeek(db, last90); })));
    std::printf("%-40s %10.1f\n", "tier distribution",
                worstOf3(run([&] { return tierDistribution(db, last90); })));
    std::printf("%-40s %10.1f\n", "tier moves (two states from the log)",
                worstOf3(run([&] { return tierMoves(db, last90); })));
    std::printf("%-40s %10.1f\n", "role coverage (20 accounts)",
                worstOf3(run([&] { return roleCoverage(db, last90); })));
    std::printf("%-40s %10.1f\n", "health distribution (every account)",
                worstOf3(run([&] { return healthDistribution(db, last90, today); })));
    std::printf("%-40s %10.1f\n", "renewals and receivables due",
                worstOf3(run([&] { return renewalsDue(db, last90, today); })) +
                    worstOf3(run([&] { return receivablesDue(db, last90, today); })));
    // The KPIs of the quarter of today, beside the budget (Kpi.h).
    DashboardFilter quarter;
    quarter.from = QDate(today.year(), (today.month() - 1) / 3 * 3 + 1, 1);
    quarter.to = quarter.from.addMonths(3).addDays(-1);
    quarter.today = today;
    std::printf("%-40s %10.1f   budget 500\n", "key figures, this quarter",
                worstOf3(run([&] { return keyFigures(db, quarter); })));
    // The budgets: the cockpit's first paint < 1 s, a filter change < 300 ms, through the
    // loader the dashboard uses: a new loader's first answer (connections opened, nothing kept),
    // then a filter change and the way back on the same loader (health kept: the file is unchanged).
    DashboardFilter tierA = last90;
    tierA.tier = QStringLiteral("A");
    Load firstPaint, toTierA, back;
    auto worst = [](Load& w, const Load& l) {
        w.all = std::max(w.all, l.all);
        w.first = std::max(w.first, l.first);
    };
    for (int i = 0; i < 3; ++i) {
        ui::DashboardLoader loader(path);
        worst(firstPaint, load(loader, last90));
        worst(toTierA, load(loader, tierA));
        worst(back, load(loader, last90));
    }
    std::printf("%-40s %10.1f   budget 1000\n", "first paint: every panel", firstPaint.all);
    std::printf("%-40s %10.1f\n", "first paint: all but health, shown first", firstPaint.first);
    std::printf("%-40s %10.1f   budget 300\n", "filter change to tier A", toTierA.all);
    std::printf("%-40s %10.1f   budget 300\n", "filter change back to every tier", back.all);
    // The team review pack of the last whole month: its figures alone, then figures and PDF.
    query::TeamReviewOptions review;
    review.period = query::parseReportPeriod(today.addMonths(-1).toString(QStringLiteral("yyyy-MM"))).value();
    review.today = today;
    const QString pdf = dir.filePath(QStringLiteral("review.pdf"));
    std::printf("%-40s %10.1f\n", "team review of a month: figures",
                worstOf3(run([&] { return query::teamReview(db, review); })));
    std::printf("%-40s %10.1f   budget 5000\n", "team review of a month: figures and PDF",
                worstOf3([&]() -> Status {
                    auto data = query::teamReview(db, review);
                    if (!data)
                        return data.status();
                    return ui::writeTeamReviewPdf(data.value(), pdf);
                }));
    std::printf("%-40s %10.1f\n", "all panels, one connection, nothing kept",
                worstOf3(run([&] { return dashboardFigures(db, last90); })));
    std::printf("%-40s %10.1f\n", "all panels, whole history",
                worstOf3(run([&] { return dashboardFigures(db, DashboardFilter{}); })));
    return 0;
}
