// Rules benchmark: evaluating every rule that is switched on over the whole
// book, each rule on its own, one account (what a run after an edit does),
// and writing a run's tasks (the part on the GUI thread), then every playbook
// switched on over the book and for one account, beside the budgets
// of the rules issue: every rule < 1 s, after one edit < 20 ms, never more than
// 50 ms on the GUI thread. Run on demand:
//   bench_rules [--db FILE] [--accounts N] [--today YYYY-MM-DD]
// A missing FILE is generated with the demo generator (N accounts, 200 by
// default; the large set is --accounts 2000); an existing one is copied, so the
// write is measured on the copy and FILE is left as it was.

#include "BenchArgs.h"
#include "commands/Commands.h"
#include "demo/DemoData.h"
#include "rules/PlaybookEngine.h"
#include "rules/RuleEngine.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <cstdio>
#include <functional>

using namespace summit;

namespace {

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

void row(const QString& what, double ms, double budgetMs)
{
    std::printf("%-52s %10.1f %10.0f  %s\n", qPrintable(what), ms, budgetMs, ms <= budgetMs ? "ok" : "OVER");
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const bench::BookArgs book = bench::bookArgs(app.arguments());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rules.db"));
    if (!book.path.isEmpty() && QFileInfo::exists(book.path)) {
        if (!QFile::copy(book.path, path)) {
            std::fprintf(stderr, "cannot copy %s\n", qPrintable(book.path));
            return 1;
        }
    } else {
        auto writer = Store::open(path);
        if (!writer) {
            std::fprintf(stderr, "%s\n", qPrintable(writer.message()));
            return 1;
        }
        demo::Options options;
        options.accounts = book.accounts;
        options.today = book.today;
        if (auto made = demo::generate(*writer.value(), options); !made) {
            std::fprintf(stderr, "%s\n", qPrintable(made.message()));
            return 1;
        }
    }
    auto store = Store::open(path);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.message()));
        return 1;
    }
    Database& db = store.value()->reader();
    std::printf("%lld accounts\n",
                db.scalar(QStringLiteral("SELECT count(*) FROM accounts WHERE deleted = 0")).toLongLong());
    std::printf("%-52s %10s %10s\n", "what", "ms", "budget ms");

    rules::EvaluateOptions all;
    all.today = book.today;
    Result<rules::RuleEvaluation> run = rules::RuleEvaluation{};
    row(QStringLiteral("every rule switched on, every account"), timed([&] {
            run = rules::evaluateRules(db, all);
            return run.status();
        }),
        1000);
    auto list = rules::loadRules(db);
    if (!list)
        return 1;
    for (const rules::Rule& r : list.value()) {
        rules::EvaluateOptions one = all;
        one.ruleId = r.id;
        int made = 0;
        const double ms = timed([&] {
            auto e = rules::evaluateRules(db, one);
            made = e ? int(e.value().tasks.size()) : 0;
            return e.status();
        });
        row(QStringLiteral("  %1 (%2 tasks)").arg(r.condition).arg(made), ms, 1000);
    }
    // "Health down by N in 30 days" a month on: without kept scores every account is rebuilt as
    // it was 30 days back from the log (what a new laptop's first run does); with them, read.
    QString dropRule;
    for (const rules::Rule& r : list.value())
        if (r.condition == QLatin1String("health_drop"))
            dropRule = r.id;
    rules::EvaluateOptions monthOn = all;
    monthOn.today = all.today.addDays(30);
    monthOn.ruleId = dropRule;
    std::printf("%-52s %10.1f %10s\n", "  health_drop a month on, nothing kept (rebuilt)",
                timed([&] { return rules::evaluateRules(db, monthOn).status(); }), "-");
    const QString first =
        db.scalar(QStringLiteral("SELECT id FROM accounts WHERE deleted = 0 ORDER BY name LIMIT 1"))
            .toString();
    rules::EvaluateOptions edit = all;
    edit.accounts = {first};
    double worst = 0;
    for (int i = 0; i < 5; ++i)
        worst = std::max(worst, timed([&] { return rules::evaluateRules(db, edit).status(); }));
    row(QStringLiteral("every rule, the one account of an edit (worst of 5)"), worst, 20);

    rules::EvaluateOptions noHealth = all;
    noHealth.skipHealth = true;
    row(QStringLiteral("every rule but the health ones (later runs of a day)"),
        timed([&] { return rules::evaluateRules(db, noHealth).status(); }), 1000);
    // Playbooks, every shipped one switched on (on this copy): the runs their triggers start,
    // the steps ready, over the book and for the one account of an edit.
    commands::Commands cmd(*store.value());
    // Merges the search index a step at a time until there is nothing left to merge
    // (BENCH_MERGE_PAGES: another step size than the store's).
    const int mergePages = qEnvironmentVariableIsSet("BENCH_MERGE_PAGES")
                               ? qEnvironmentVariableIntValue("BENCH_MERGE_PAGES")
                               : Store::kSearchMergePages;
    auto tidy = [&](const QString& what) {
        double worstStep = 0, spent = 0;
        int merges = 0;
        for (bool more = true; more && merges < 100000; ++merges)
            spent += timed([&] {
                QElapsedTimer t;
                t.start();
                auto r = store.value()->tidySearchIndex(mergePages);
                more = r && r.value();
                worstStep = std::max(worstStep, double(t.nsecsElapsed()) / 1e6);
                return r.status();
            });
        std::printf("%-52s %10.1f %10s  (%d steps)\n", qPrintable(what), spent, "-", merges);
        row(QStringLiteral("  the worst step (GUI thread)"), worstStep, 50);
    };
    auto playbooks = rules::loadPlaybooks(db);
    if (!playbooks)
        return 1;
    for (const rules::Playbook& p : playbooks.value())
        if (!p.enabled && !cmd.editPlaybook(p.id, {{QStringLiteral("enabled"), 1}}))
            return 1;
    int steps = 0;
    row(QStringLiteral("every playbook switched on, every account"), timed([&] {
            auto e = rules::evaluatePlaybooks(db, all);
            steps = e ? int(e.value().tasks.size()) : 0;
            return e.status();
        }),
        1000);
    std::printf("  (%d playbook tasks)\n", steps);
    worst = 0;
    for (int i = 0; i < 5; ++i)
        worst = std::max(worst, timed([&] { return rules::evaluatePlaybooks(db, edit).status(); }));
    row(QStringLiteral("every playbook, the one account of an edit (worst of 5)"), worst, 20);
    worst = 0;
    for (int i = 0; i < 5; ++i)
        worst =
            std::max(worst, timed([&] { return rules::playbookProgress(db, first, all.today).status(); }));
    row(QStringLiteral("one account's playbook progress (its tab; worst of 5)"), worst, 50);

    // The GUI thread writes what a run found, kTasksPerWrite tasks per turn of the event loop (RuleRunner);
    // the first run on a book makes the most. The worst chunk is what holds the GUI.
    // The run's health scores are kept on the GUI thread (RuleRunner), for the drop rule a month on.
    row(QStringLiteral("keeping the run's health scores (GUI thread)"), timed([&] {
            for (const rules::RuleEvaluation::ScoredDay& d : run.value().healthScores)
                if (Status s = store.value()->recordHealthScores(d.day, d.scores); !s)
                    return s;
            return Status();
        }),
        50);
    row(QStringLiteral("  health_drop a month on, today's scores kept"),
        timed([&] { return rules::evaluateRules(db, monthOn).status(); }), 1000);
    // The search index as a book's import or an older Summit left it is merged once, in steps
    // (schema 15 stopped the writes merging it).
    tidy(QStringLiteral("merging this book's search index the first time"));
    const std::vector<rules::RuleTask>& tasks = run.value().tasks;
    double chunkWorst = 0, total = 0;
    const size_t per = rules::kTasksPerWrite;
    for (size_t i = 0; i < tasks.size(); i += per) {
        const std::vector<rules::RuleTask> chunk(tasks.begin() + qsizetype(i),
                                                 tasks.begin() + qsizetype(std::min(tasks.size(), i + per)));
        const double ms = timed([&] { return cmd.addRuleTasks(chunk).status(); });
        chunkWorst = std::max(chunkWorst, ms);
        if (qEnvironmentVariableIsSet("BENCH_CHUNKS"))
            std::printf("chunk %zu: %.1f ms\n", i / per, ms);
        total += ms;
    }
    row(QStringLiteral("writing the first run's %1 tasks, all chunks").arg(tasks.size()), total, 1000);
    row(QStringLiteral("  the worst chunk of %1 (GUI thread)").arg(per), chunkWorst, 50);
    // Then, once the store is quiet, the search index is merged a step per turn of the event
    // loop (ui/common/SearchIndexTidier): each step is GUI-thread time too.
    tidy(QStringLiteral("merging the search index after the run"));
    auto again = rules::evaluateRules(db, all);
    if (!again)
        return 1;
    row(QStringLiteral("the next run (%1 new, %2 there already)")
            .arg(again.value().tasks.size())
            .arg(again.value().existing),
        timed([&] { return rules::evaluateRules(db, all).status(); }), 1000);
    return 0;
}
