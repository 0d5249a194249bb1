// Tier and health benchmark: the computed tier and health score of every
// account (the tier review, the dashboard's health panel) and of one account
// (what an account view recomputes after an edit), beside their budgets from
// the account-intelligence issue: every account < 2 s from cold, one account
// < 20 ms, one account's 52-week trend < 100 ms, resident memory < 300 MB. Run on demand:
//   bench_scores [--db FILE] [--accounts N] [--today YYYY-MM-DD]
// A missing FILE is generated with the demo generator (N accounts, 200 by
// default; the large set is --accounts 2000); an existing one is opened read-only.

#include "BenchArgs.h"
#include "BenchMemory.h"
#include "analysis/AccountScores.h"
#include "analysis/GapAnalysis.h"
#include "analysis/HealthTrend.h"
#include "analysis/UnitHealth.h"
#include "demo/DemoData.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <cstdio>
#include <functional>

using namespace summit;

namespace {

// Milliseconds of one run; a failure stops the benchmark.
double timed(const std::function<Status()>& body)
{
    QElapsedTimer t;
    t.start();
    if (Status s = body(); !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.message()));
        std::exit(1);
    }
    return double(t.nsecsElapsed()) / 1e6;
}

void row(const char* what, double ms, double budgetMs)
{
    std::printf("%-44s %10.1f %10.0f  %s\n", what, ms, budgetMs, ms <= budgetMs ? "ok" : "OVER");
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const bench::BookArgs book = bench::bookArgs(app.arguments());
    QString path = book.path;
    const int accounts = book.accounts;
    const QDate today = book.today;
    QTemporaryDir dir;
    if (path.isEmpty())
        path = dir.filePath(QStringLiteral("scores.db"));
    const bool generate = !QFileInfo::exists(path);
    {
        // The demo is written with a store of its own, closed before measuring, so the
        // figures start from a cold connection as a freshly opened database does.
        if (generate) {
            auto writer = Store::open(path);
            if (!writer) {
                std::fprintf(stderr, "%s\n", qPrintable(writer.message()));
                return 1;
            }
            demo::Options options;
            options.accounts = accounts;
            options.today = today;
            if (auto made = demo::generate(*writer.value(), options); !made) {
                std::fprintf(stderr, "%s\n", qPrintable(made.message()));
                return 1;
            }
        }
    }
    auto store = Store::open(path, OpenMode::ReadOnly);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.message()));
        return 1;
    }
    Database& db = store.value()->reader();
    const QString first =
        db.scalar(QStringLiteral("SELECT id FROM accounts WHERE deleted = 0 ORDER BY name LIMIT 1"))
            .toString();
    const qint64 count =
        db.scalar(QStringLiteral("SELECT count(*) FROM accounts WHERE deleted = 0")).toLongLong();
    std::printf("%lld accounts\n", count);
    std::printf("%-44s %10s %10s\n", "what", "ms", "budget ms");
    bench::resetPeakRss();
    row("tiers of every account (cold)", timed([&] { return analysis::assessTiers(db, today).status(); }),
        2000);
    row("health of every account", timed([&] { return analysis::assessHealthAll(db, today).status(); }),
        2000);
    // The gap analysis of the book at once (what health uses), and account by account (an edit's).
    row("gap analysis of every account at once", timed([&] {
            analysis::GapOptions options;
            options.today = today;
            return analysis::findGapsAll(db, options).status();
        }),
        2000);
    row("gap analysis of every account, one by one", timed([&] {
            auto ids = db.rows(QStringLiteral("SELECT id FROM accounts WHERE deleted = 0"));
            if (!ids)
                return ids.status();
            analysis::GapOptions options;
            options.today = today;
            for (const QVariantList& r : ids.value())
                if (auto gaps = analysis::findGaps(db, r[0].toString(), options); !gaps)
                    return gaps.status();
            return Status();
        }),
        2000);
    row("tier review (tiers that differ)", timed([&] { return analysis::tierReview(db, today).status(); }),
        2000);
    double one = 0;
    for (int i = 0; i < 5; ++i)
        one = std::max(one, timed([&] { return analysis::assessAccount(db, first, today).status(); }));
    row("one account's tier and health (worst of 5)", one, 20);
    // The trend rebuilds the account as of each week from the log (analysis/HealthTrend.h). A demo
    // set is written in one go, so its accounts exist in the current week only: the week that is
    // rebuilt and scored is timed on its own too; 52 times it is the cost of a year of history.
    row("one week of the trend, rebuilt and scored",
        timed([&] { return analysis::healthTrend(db, first, today, 1).status(); }), 100.0 / 52);
    row("one account's 52-week health trend",
        timed([&] { return analysis::healthTrend(db, first, today).status(); }), 100);
    // The health_drop rule rebuilds its candidates as of 30 days back, all into one past database
    // (healthOnAll). The demo's accounts did not exist then and are skipped; rebuilt as of today,
    // when all of them exist, the figure is what a book with a month of history pays.
    QStringList hundred;
    if (auto ids =
            db.rows(QStringLiteral("SELECT id FROM accounts WHERE deleted = 0 ORDER BY name LIMIT 100")))
        for (const QVariantList& r : ids.value())
            hundred << r[0].toString();
    row("100 accounts as of a day, rebuilt together",
        timed([&] { return analysis::healthOnAll(db, hundred, today).status(); }), 1000);
    row("100 accounts as of a day, rebuilt one by one", timed([&] {
            for (const QString& id : hundred)
                if (auto p = analysis::healthOn(db, id, today); !p)
                    return p.status();
            return Status();
        }),
        1000);
    // The Organisation tab and the map: every unit of the account with the most units, each
    // scored on its subtree (analysis/UnitHealth.h).
    const QVariantList biggest =
        db.rows(QStringLiteral(
                    "SELECT account_id, count(*) FROM org_units WHERE deleted = 0 GROUP BY account_id "
                    "ORDER BY count(*) DESC LIMIT 1"))
            .value()
            .front();
    row(qPrintable(QStringLiteral("health of each of an account's %1 units").arg(biggest[1].toInt())),
        timed([&] { return analysis::unitHealth(db, biggest[0].toString(), today).status(); }), 500);
    const double rss = bench::peakRssMb();
    std::printf("%-44s %10.0f %10.0f  %s\n", "peak resident memory (MB)", rss, 300.0,
                rss <= 300 ? "ok" : "OVER");
    return 0;
}
