// Replication benchmark (issue 5; budgets in DESIGN.md, the contract in SYNC.md).
//
// Replicas are temporary databases in this process, each with its own
// app-private git directory, syncing through one bare repository on local disk.
// The repository is addressed by path and, when `git daemon` is available, also
// as git://127.0.0.1 — the same repository, so both transports see the same data
// and their figures are printed side by side. Operations are written through the
// bulk write path the demo generator uses (Store::apply, not undoable, ~5,000
// operations per change). Run on demand:
//
//   bench_sync [--history N | --large] [--rounds N] [--daemon-rounds N] [--no-daemon] [--dir DIR]
//              [--only integrate,history,rounds]
//
// --history: operations of history for the "100-operation round" comparison with
// 10,000 (default 200,000; --large = 1,000,000, which takes minutes to build).
// --rounds: rounds of small changes before packs and open files are counted.

#include "../sync/GitDaemon.h"
#include "store/Ids.h"
#include "store/Store.h"
#include "sync/SyncEngine.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <dirent.h>
#include <memory>
#include <random>
#include <vector>

using namespace summit;

namespace {

[[noreturn]] void die(const QString& what)
{
    std::fprintf(stderr, "bench_sync: %s\n", qPrintable(what));
    std::exit(1);
}

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[std::min(v.size() - 1, size_t(p * double(v.size())))];
}

double msSince(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

QString ms(double v)
{
    return QStringLiteral("%1 ms").arg(v, 0, 'f', v < 100 ? 1 : 0);
}

QString count(qint64 n)
{
    return QLocale(QLocale::English).toString(n);
}

// ---------------------------------------------------------------------------
// What the process and the repositories hold

struct Objects
{
    int packs = 0;
    int loose = 0;
    qint64 looseBytes = 0;
};

Objects countObjects(const QString& gitDir)
{
    Objects o;
    const QDir objects(gitDir + QStringLiteral("/objects"));
    o.packs = int(QDir(objects.filePath(QStringLiteral("pack")))
                      .entryList({QStringLiteral("*.pack")}, QDir::Files)
                      .size());
    for (const QString& sub : objects.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (sub.size() != 2)
            continue;
        for (const QFileInfo& f : QDir(objects.filePath(sub)).entryInfoList(QDir::Files)) {
            ++o.loose;
            o.looseBytes += f.size();
        }
    }
    return o;
}

// Open file descriptors of this process, by what they point at.
QHash<QString, int> openFiles()
{
    QHash<QString, int> kinds;
    DIR* dir = ::opendir("/proc/self/fd");
    if (dir == nullptr)
        return kinds;
    const int own = ::dirfd(dir);
    while (const dirent* entry = ::readdir(dir)) {
        const QString name = QString::fromLatin1(entry->d_name);
        if (name.startsWith(QLatin1Char('.')) || name.toInt() == own)
            continue;
        const QString target = QFile::symLinkTarget(QStringLiteral("/proc/self/fd/") + name);
        QString kind = QStringLiteral("other");
        if (target.endsWith(QLatin1String(".pack")))
            kind = QStringLiteral("pack");
        else if (target.endsWith(QLatin1String(".idx")))
            kind = QStringLiteral("idx");
        else if (target.contains(QLatin1String(".db")))
            kind = QStringLiteral("sqlite");
        else if (target.isEmpty() || target.contains(QLatin1String("socket:")))
            kind = QStringLiteral("socket/pipe");
        ++kinds[kind];
    }
    ::closedir(dir);
    return kinds;
}

int openFileCount()
{
    int n = 0;
    for (int c : openFiles())
        n += c;
    return n;
}

QString describeOpenFiles()
{
    const auto kinds = openFiles();
    QStringList parts;
    for (auto it = kinds.begin(); it != kinds.end(); ++it)
        parts << QStringLiteral("%1 %2").arg(it.value()).arg(it.key());
    parts.sort();
    return parts.join(QStringLiteral(", "));
}

// The machine is shared: the load during the run says how far wall times are from CPU times.
QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(f.readAll().split(' ').mid(0, 3).join(' '));
}

qint64 rssKiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

// ---------------------------------------------------------------------------
// Replicas and what they write

QString makeBareRemote(const QString& path)
{
    QProcess git;
    git.start(QStringLiteral("git"),
              {QStringLiteral("init"), QStringLiteral("--bare"), QStringLiteral("--quiet"), path});
    if (!git.waitForFinished(30000) || git.exitCode() != 0)
        die(QStringLiteral("git init --bare %1 failed").arg(path));
    return path;
}

// Wall time between laps, and this process's CPU time since the start.
class Clock
{
public:
    Clock() : m_cpuStart(cpuNow()) { m_wall.start(); }
    double lap()
    {
        const double now = msSince(m_wall);
        const double lap = now - m_last;
        m_last = now;
        return lap;
    }
    double cpu() const { return cpuNow() - m_cpuStart; }
    double cpuSinceStart() const { return cpuNow(); }

private:
    static double cpuNow()
    {
        timespec t{};
        ::clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
        return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
    }
    QElapsedTimer m_wall;
    double m_last = 0;
    double m_cpuStart;
};

struct Stages
{
    double seal = 0, push = 0, fetch = 0, integrate = 0; // wall, ms
    double cpu = 0;                                      // this process, ms
    int received = 0;
    double total() const { return seal + push + fetch + integrate; }
};

class Replica
{
public:
    explicit Replica(const QString& dbPath)
    {
        auto s = Store::open(dbPath);
        if (!s)
            die(s.message());
        m_store = std::move(s.value());
        m_gitDir = sync::SyncEngine::defaultGitDir(dbPath);
        auto e = sync::SyncEngine::open(*m_store, m_gitDir);
        if (!e)
            die(e.message());
        m_engine = std::move(e.value());
    }

    // One whole round; milliseconds. A failed round or a refused batch ends the bench.
    double sync(const QString& url, sync::SyncReport* report = nullptr)
    {
        QElapsedTimer t;
        t.start();
        auto r = m_engine->sync(url);
        const double elapsed = msSince(t);
        if (!r)
            die(QStringLiteral("sync with %1: %2").arg(url, r.message()));
        if (!r.value().problems.isEmpty())
            die(QStringLiteral("sync with %1: %2").arg(url, r.value().problems.join(QLatin1Char(' '))));
        if (report != nullptr)
            *report = r.value();
        return elapsed;
    }

    // The steps of one round (the engine's own), timed one by one; then a whole
    // round, which finds nothing left to move and does the bookkeeping.
    Stages stagedRound(const QString& url)
    {
        Stages s;
        Clock clock;
        auto sealed = m_engine->seal();
        if (!sealed)
            die(sealed.message());
        s.seal = clock.lap();
        auto tip = m_engine->repo().tip(m_engine->ownRef());
        if (tip && !tip.value().isEmpty()) {
            auto pushed = m_engine->repo().push(url, m_engine->ownRef(), {});
            if (!pushed || pushed.value() == sync::PushOutcome::Rejected)
                die(QStringLiteral("push to %1 failed: %2").arg(url, pushed.message()));
        }
        s.push = clock.lap();
        auto fetched = m_engine->repo().fetch(url, {});
        if (!fetched)
            die(fetched.message());
        s.fetch = clock.lap();
        auto integrated = m_engine->integrateFetched();
        if (!integrated || !integrated.value().problems.isEmpty())
            die(QStringLiteral("integration failed: %1 %2")
                    .arg(integrated.message(),
                         integrated ? integrated.value().problems.join(QLatin1Char(' ')) : QString()));
        s.integrate = clock.lap();
        s.received = integrated.value().receivedOperations;
        s.cpu = clock.cpu();
        sync(url);
        return s;
    }

    double repack()
    {
        QElapsedTimer t;
        t.start();
        if (Status s = m_engine->repo().repack(); !s)
            die(s.message());
        return msSince(t);
    }

    Store& store() { return *m_store; }
    QString gitDir() const { return m_gitDir; }

private:
    std::unique_ptr<Store> m_store;
    std::unique_ptr<sync::SyncEngine> m_engine;
    QString m_gitDir;
};

// Realistic operations: new follow-ups and contacts spread over 20 accounts, and
// edits of records written earlier (a sample of their ids is kept, so a 1M history
// does not hold a million ids in memory).
class Workload
{
public:
    explicit Workload(Store& store) : m_store(store), m_random(20261123)
    {
        std::vector<Operation> ops;
        for (int i = 0; i < 20; ++i) {
            m_accounts << ids::newId();
            ops.push_back(
                Operation::set(QStringLiteral("account"), m_accounts.back(),
                               {{QStringLiteral("name"), QStringLiteral("华东能源集团 %1").arg(i)}}));
        }
        flush(ops);
    }

    // `n` operations creating records: 9 in 10 follow-ups, 1 in 10 contacts.
    void create(int n)
    {
        std::vector<Operation> ops;
        for (int i = 0; i < n; ++i) {
            ops.push_back(m_serial % 10 == 9 ? newContact() : newFollowup());
            if (ops.size() == 5000)
                flush(ops);
        }
        flush(ops);
    }

    // `n` operations as a user writes them between two syncs: half new follow-ups,
    // half edits of existing follow-ups and contacts anywhere in the history.
    void mixed(int n)
    {
        std::vector<Operation> ops;
        for (int i = 0; i < n; ++i)
            ops.push_back(i % 2 == 0 ? newFollowup() : edit());
        flush(ops);
    }

private:
    void remember(std::vector<QString>& sample, const QString& id)
    {
        // Reservoir sampling: every id written has the same chance to be kept.
        ++m_seen;
        if (sample.size() < 4096)
            sample.push_back(id);
        else if (const quint64 slot = m_random() % quint64(m_seen); slot < sample.size())
            sample[slot] = id;
    }

    QString account() { return m_accounts[int(m_random() % quint64(m_accounts.size()))]; }

    Operation newFollowup()
    {
        const qint64 n = ++m_serial;
        const QString id = ids::newId();
        remember(m_followups, id);
        static const QStringList types = {QStringLiteral("visit"), QStringLiteral("call"),
                                          QStringLiteral("meeting"), QStringLiteral("email")};
        const QDateTime at = QDateTime(QDate(2024, 1, 1), QTime(1, 0), Qt::UTC).addSecs(n * 600);
        return Operation::set(
            QStringLiteral("followup"), id,
            {{QStringLiteral("account_id"), account()},
             {QStringLiteral("type"), types[int(n % types.size())]},
             {QStringLiteral("at"), at.toString(Qt::ISODateWithMs)},
             {QStringLiteral("summary"), QStringLiteral("拜访信息中心，沟通二期项目进展 %1").arg(n)},
             {QStringLiteral("outcome"), QStringLiteral("客户确认预算，下周提交方案")}});
    }

    Operation newContact()
    {
        const qint64 n = ++m_serial;
        const QString id = ids::newId();
        remember(m_contacts, id);
        return Operation::set(QStringLiteral("contact"), id,
                              {{QStringLiteral("account_id"), account()},
                               {QStringLiteral("name"), QStringLiteral("王建国%1").arg(n)},
                               {QStringLiteral("title"), QStringLiteral("信息中心主任")}});
    }

    Operation edit()
    {
        static const QStringList stances = {QStringLiteral("champion"), QStringLiteral("supporter"),
                                            QStringLiteral("neutral"), QStringLiteral("skeptic")};
        const quint64 r = m_random();
        if (r % 2 == 0 && !m_contacts.empty())
            return Operation::set(QStringLiteral("contact"), m_contacts[(r / 2) % m_contacts.size()],
                                  {{QStringLiteral("stance"), stances[int((r / 7) % 4)]}});
        if (m_followups.empty())
            return newFollowup();
        return Operation::set(QStringLiteral("followup"), m_followups[(r / 2) % m_followups.size()],
                              {{QStringLiteral("outcome"), QStringLiteral("已复盘 %1").arg(r % 1000)}});
    }

    void flush(std::vector<Operation>& ops)
    {
        if (ops.empty())
            return;
        if (Status s = m_store.apply({QStringLiteral("bench"), ops}, ApplyOptions{false}); !s)
            die(s.message());
        ops.clear();
    }

    Store& m_store;
    std::mt19937_64 m_random;
    QStringList m_accounts;
    std::vector<QString> m_followups, m_contacts;
    qint64 m_serial = 0, m_seen = 0;
};

// A writer and a reader sharing one bare remote; both have synced once.
struct Team
{
    Team(const QString& dir, const QString& name)
        : remote(makeBareRemote(dir + QLatin1Char('/') + name + QStringLiteral(".git"))),
          writer(dir + QLatin1Char('/') + name + QStringLiteral("-writer.db")),
          reader(dir + QLatin1Char('/') + name + QStringLiteral("-reader.db")), work(writer.store())
    {
        writer.sync(remote);
        reader.sync(remote);
    }
    QString remote;
    Replica writer, reader;
    Workload work;
};

// ---------------------------------------------------------------------------
// Output

struct Transport
{
    const char* name;
    QString url; // of the team's remote; empty when the transport is not available
};

void header(const QStringList& transports)
{
    std::printf("\n%-54s", "measure");
    for (const QString& t : transports)
        std::printf(" %20s", qPrintable(t));
    std::printf("  %-16s %s\n", "budget", "");
}

void row(const char* what, const QStringList& measured, const QString& budget = {}, const char* verdict = "")
{
    std::printf("%-54s", what);
    for (const QString& m : measured)
        std::printf(" %20s", qPrintable(m.isEmpty() ? QStringLiteral("-") : m));
    std::printf("  %-16s %s\n", qPrintable(budget), verdict);
    std::fflush(stdout);
}

const char* verdict(bool pass)
{
    return pass ? "PASS" : "FAIL";
}

// ---------------------------------------------------------------------------
// The measures

struct Options
{
    int history = 200000;
    int rounds = 1000;
    int daemonRounds = 100;
    bool daemon = true;
    QString dir;
    QStringList only = {QStringLiteral("integrate"), QStringLiteral("history"), QStringLiteral("rounds")};
};

// The daemon serves every repository under the bench directory.
QString urlFor(const test::GitDaemon* daemon, const QString& dir, const QString& remote)
{
    if (daemon == nullptr)
        return {};
    return daemon->url(QDir(dir).relativeFilePath(remote));
}

void integrateBench(const QString& dir, const test::GitDaemon* daemon)
{
    std::printf("\n== integrating remote operations written by another replica (wall time; CPU time of "
                "this process in brackets)\n");
    Team team(dir, QStringLiteral("integrate"));
    const QStringList urls = {team.remote, urlFor(daemon, dir, team.remote)};
    header({QStringLiteral("path"), QStringLiteral("git://")});
    bool pass100k = true;
    auto secs = [](double v) {
        return QStringLiteral("%1 s").arg(v / 1000, 0, 'f', 2);
    };
    for (const int n : {10000, 100000}) {
        QStringList total, rate, split, cpu, writer, writerCpu;
        for (const QString& url : urls) {
            if (url.isEmpty()) {
                for (QStringList* l : {&total, &rate, &split, &cpu, &writer, &writerCpu})
                    *l << QString();
                continue;
            }
            team.work.create(n);
            const Stages w = team.writer.stagedRound(url);
            const Stages r = team.reader.stagedRound(url);
            if (r.received != n)
                die(QStringLiteral("the reader integrated %1 operations of %2").arg(r.received).arg(n));
            total << secs(r.total());
            rate << QStringLiteral("%1 ops/s").arg(count(qint64(n / (r.total() / 1000))));
            split << QStringLiteral("%1 / %2").arg(secs(r.fetch), secs(r.integrate));
            cpu << QStringLiteral("[%1]").arg(secs(r.cpu));
            writer << QStringLiteral("%1 / %2").arg(secs(w.seal), secs(w.push));
            writerCpu << QStringLiteral("[%1]").arg(secs(w.cpu));
            if (n == 100000)
                pass100k = pass100k && r.total() < 10000;
        }
        const QByteArray what =
            QStringLiteral("integrate %1 operations (reader's round)").arg(count(n)).toUtf8();
        row(what.constData(), total, n == 100000 ? QStringLiteral("< 10 s") : QString(),
            n == 100000 ? verdict(pass100k) : "");
        row("  operations/s", rate);
        row("  fetch / integrate", split);
        row("  CPU time of the reader's round", cpu);
        row("  writer's round that sent them: seal / push", writer);
        row("  CPU time of the writer's round", writerCpu);
    }
}

struct HistoryFigures
{
    QStringList idleWriter, idleReader;           // "p50 / p95"
    std::vector<double> idleP95;                  // worst of writer and reader, per transport
    std::vector<double> writerRound, readerRound; // p50 of 100-operation rounds, per transport
    QStringList writerSplit, readerSplit;         // mean ms of the steps
    QString repack;
};

HistoryFigures historyBench(const QString& dir, const test::GitDaemon* daemon, int history)
{
    const QString name = QStringLiteral("history-%1").arg(history);
    Team team(dir, name);
    // History accumulates as it does in a team: rounds of 5,000 operations, each
    // sealed, pushed, fetched and integrated.
    Clock build;
    double written = 0, sent = 0, received = 0;
    for (int done = 0; done < history; done += 5000) {
        Clock step;
        team.work.create(std::min(5000, history - done));
        written += step.lap();
        sent += team.writer.sync(team.remote);
        received += team.reader.sync(team.remote);
        if ((done + 5000) % 100000 == 0)
            std::fprintf(stderr, "  %s operations of history\n", qPrintable(count(done + 5000)));
    }
    std::printf("history of %s operations built in %.0f s [CPU %.0f s] in rounds of 5,000: written %.1f s, "
                "writer's rounds %.1f s, reader's rounds %.1f s\n",
                qPrintable(count(history)), build.lap() / 1000, build.cpu() / 1000, written / 1000,
                sent / 1000, received / 1000);

    HistoryFigures f;
    for (const QString& url : {team.remote, urlFor(daemon, dir, team.remote)}) {
        if (url.isEmpty()) {
            f.idleWriter << QString();
            f.idleReader << QString();
            f.idleP95.push_back(0);
            f.writerRound.push_back(0);
            f.readerRound.push_back(0);
            f.writerSplit << QString();
            f.readerSplit << QString();
            continue;
        }
        team.writer.sync(url); // the first contact with a transport warms its caches
        team.reader.sync(url);
        std::vector<double> idleW, idleR;
        for (int i = 0; i < 20; ++i) {
            idleW.push_back(team.writer.sync(url));
            idleR.push_back(team.reader.sync(url));
        }
        f.idleWriter << QStringLiteral("%1 / %2").arg(ms(percentile(idleW, 0.5)),
                                                      ms(percentile(idleW, 0.95)));
        f.idleReader << QStringLiteral("%1 / %2").arg(ms(percentile(idleR, 0.5)),
                                                      ms(percentile(idleR, 0.95)));
        f.idleP95.push_back(std::max(percentile(idleW, 0.95), percentile(idleR, 0.95)));
        std::vector<double> w, r;
        Stages ws, rs; // sums, for the split
        for (int i = 0; i < 10; ++i) {
            team.work.mixed(100);
            const Stages a = team.writer.stagedRound(url);
            const Stages b = team.reader.stagedRound(url);
            if (b.received != 100)
                die(QStringLiteral("a 100-operation round brought %1").arg(b.received));
            w.push_back(a.total());
            r.push_back(b.total());
            for (auto [sum, one] : {std::pair{&ws, &a}, std::pair{&rs, &b}}) {
                sum->seal += one->seal / 10;
                sum->push += one->push / 10;
                sum->fetch += one->fetch / 10;
                sum->integrate += one->integrate / 10;
            }
        }
        f.writerRound.push_back(percentile(w, 0.5));
        f.readerRound.push_back(percentile(r, 0.5));
        f.writerSplit << QStringLiteral("%1/%2/%3")
                             .arg(ws.seal, 0, 'f', 0)
                             .arg(ws.push, 0, 'f', 0)
                             .arg(ws.fetch, 0, 'f', 0);
        f.readerSplit << QStringLiteral("%1/%2").arg(rs.fetch, 0, 'f', 0).arg(rs.integrate, 0, 'f', 0);
    }
    // Every fetch adds a pack and the engine repacks past 50; the writer's own
    // batches stay loose until then. What a repack costs at this history:
    const Objects w = countObjects(team.writer.gitDir()), r = countObjects(team.reader.gitDir());
    const double repackW = team.writer.repack(), repackR = team.reader.repack();
    f.repack =
        QStringLiteral("repack at %1 history: writer %2 (%3 packs, %4 loose, %5 MiB loose) / reader %6 "
                       "(%7 packs, %8 loose)")
            .arg(count(history), ms(repackW))
            .arg(w.packs)
            .arg(w.loose)
            .arg(double(w.looseBytes) / 1048576, 0, 'f', 1)
            .arg(ms(repackR))
            .arg(r.packs)
            .arg(r.loose);
    return f;
}

void historyComparison(const QString& dir, const test::GitDaemon* daemon, int history)
{
    std::printf(
        "\n== sync with nothing new, and a 100-operation round, at 10,000 vs %s operations of history\n",
        qPrintable(count(history)));
    const HistoryFigures small = historyBench(dir, daemon, 10000);
    const HistoryFigures large = historyBench(dir, daemon, history);
    header({QStringLiteral("path"), QStringLiteral("git://")});
    const QString h = count(history);
    auto label = [](const QString& text) {
        return text.toUtf8();
    };
    const bool idleOk = *std::max_element(small.idleP95.begin(), small.idleP95.end()) < 300 &&
                        *std::max_element(large.idleP95.begin(), large.idleP95.end()) < 300;
    row("nothing new, writer, 10,000 history: p50 / p95", small.idleWriter, QStringLiteral("< 300 ms"));
    row("nothing new, reader, 10,000 history: p50 / p95", small.idleReader, QStringLiteral("< 300 ms"));
    row(label(QStringLiteral("nothing new, writer, %1 history: p50 / p95").arg(h)).constData(),
        large.idleWriter, QStringLiteral("< 300 ms"));
    row(label(QStringLiteral("nothing new, reader, %1 history: p50 / p95").arg(h)).constData(),
        large.idleReader, QStringLiteral("< 300 ms"), verdict(idleOk));

    auto figures = [](const std::vector<double>& v) {
        QStringList out;
        for (double x : v)
            out << (x > 0 ? ms(x) : QString());
        return out;
    };
    auto ratios = [](const std::vector<double>& a, const std::vector<double>& b, bool* ok) {
        QStringList out;
        for (size_t i = 0; i < a.size(); ++i) {
            out << (a[i] > 0 ? QStringLiteral("%1x").arg(b[i] / a[i], 0, 'f', 2) : QString());
            // "About the same": within half again, with 5 ms of slack for tiny rounds.
            if (a[i] > 0 && b[i] > 1.5 * a[i] + 5)
                *ok = false;
        }
        return out;
    };
    bool sameW = true, sameR = true;
    const QStringList ratioW = ratios(small.writerRound, large.writerRound, &sameW);
    const QStringList ratioR = ratios(small.readerRound, large.readerRound, &sameR);
    row("100-op round, writer (seal, push, fetch), 10,000 history", figures(small.writerRound));
    row(label(QStringLiteral("100-op round, writer, %1 history").arg(h)).constData(),
        figures(large.writerRound));
    row("  ratio", ratioW, QStringLiteral("about 1x"), verdict(sameW));
    row("  seal/push/fetch ms, 10,000 history", small.writerSplit);
    row(label(QStringLiteral("  seal/push/fetch ms, %1 history").arg(h)).constData(), large.writerSplit);
    row("100-op round, reader (fetch, integrate), 10,000 history", figures(small.readerRound));
    row(label(QStringLiteral("100-op round, reader, %1 history").arg(h)).constData(),
        figures(large.readerRound));
    row("  ratio", ratioR, QStringLiteral("about 1x"), verdict(sameR));
    row("  fetch/integrate ms, 10,000 history", small.readerSplit);
    row(label(QStringLiteral("  fetch/integrate ms, %1 history").arg(h)).constData(), large.readerSplit);
    std::printf("%s\n%s\n", qPrintable(small.repack), qPrintable(large.repack));
}

// Rounds of small changes: the writer writes two operations and syncs, the reader
// syncs. Prints the round times and what accumulates, at checkpoints.
void roundsBench(const QString& dir, const QString& name, const test::GitDaemon* daemon, int rounds)
{
    Team team(dir, name);
    const QString remote = team.remote;
    const QString url = daemon ? urlFor(daemon, dir, remote) : remote;
    std::printf("\n== %d rounds of small changes over %s (writer: 2 operations + sync; reader: sync)\n",
                rounds, qPrintable(url));
    std::printf("%7s %22s %22s %22s %10s %9s\n", "round", "round p50 writer/reader",
                "writer git: packs/loose", "reader git: packs/loose", "remote", "fds/RSS");
    const int fdsBefore = openFileCount();
    const Objects remoteBefore = countObjects(remote);
    std::vector<double> w, r;
    auto report = [&](int round) {
        const Objects ow = countObjects(team.writer.gitDir()), orr = countObjects(team.reader.gitDir()),
                      orem = countObjects(remote);
        std::printf("%7d %22s %22s %22s %10s %4d/%3lldM\n", round,
                    qPrintable(w.empty() ? QStringLiteral("-")
                                         : QStringLiteral("%1 / %2").arg(ms(percentile(w, 0.5)),
                                                                         ms(percentile(r, 0.5)))),
                    qPrintable(QStringLiteral("%1 / %2").arg(ow.packs).arg(ow.loose)),
                    qPrintable(QStringLiteral("%1 / %2").arg(orr.packs).arg(orr.loose)),
                    qPrintable(QStringLiteral("%1 / %2").arg(orem.packs).arg(orem.loose)), openFileCount(),
                    rssKiB() / 1024);
        std::fflush(stdout);
        w.clear();
        r.clear();
    };
    report(0);
    const std::vector<int> checkpoints = {10, 100, 250, 500, 750, 1000, 1500, 2000, 3000, 5000};
    for (int i = 1; i <= rounds; ++i) {
        team.work.mixed(2);
        w.push_back(team.writer.sync(url));
        sync::SyncReport got;
        r.push_back(team.reader.sync(url, &got));
        if (got.receivedOperations != 2)
            die(QStringLiteral("round %1 brought %2 operations").arg(i).arg(got.receivedOperations));
        if (i == rounds || std::find(checkpoints.begin(), checkpoints.end(), i) != checkpoints.end())
            report(i);
    }
    const int fdsAfter = openFileCount();
    const Objects remoteAfter = countObjects(remote);
    std::printf("open files: %d before the rounds, %d after (%s)\n", fdsBefore, fdsAfter,
                qPrintable(describeOpenFiles()));
    std::printf("remote: %d packs / %d loose before, %d / %d after\n", remoteBefore.packs, remoteBefore.loose,
                remoteAfter.packs, remoteAfter.loose);
    std::printf("replicas agree: %s (%llu and %llu operations)\n",
                team.writer.store().operationCount() == team.reader.store().operationCount() ? "yes" : "NO",
                static_cast<unsigned long long>(team.writer.store().operationCount()),
                static_cast<unsigned long long>(team.reader.store().operationCount()));
}

Options parse(const QStringList& args)
{
    Options o;
    for (int i = 1; i < args.size(); ++i) {
        const QString& a = args[i];
        const QString next = i + 1 < args.size() ? args[i + 1] : QString();
        if (a == QLatin1String("--large"))
            o.history = 1000000;
        else if (a == QLatin1String("--no-daemon"))
            o.daemon = false;
        else if (a == QLatin1String("--history") && !next.isEmpty())
            o.history = args[++i].toInt();
        else if (a == QLatin1String("--rounds") && !next.isEmpty())
            o.rounds = args[++i].toInt();
        else if (a == QLatin1String("--daemon-rounds") && !next.isEmpty())
            o.daemonRounds = args[++i].toInt();
        else if (a == QLatin1String("--dir") && !next.isEmpty())
            o.dir = args[++i];
        else if (a == QLatin1String("--only") && !next.isEmpty())
            o.only = args[++i].split(QLatin1Char(','));
        else
            die(QStringLiteral("usage: bench_sync [--history N | --large] [--rounds N] [--daemon-rounds N] "
                               "[--no-daemon] [--dir DIR] [--only integrate,history,rounds]"));
    }
    return o;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const Options options = parse(app.arguments());
    QTemporaryDir tmp(options.dir.isEmpty() ? QDir::tempPath() + QStringLiteral("/bench_sync-XXXXXX")
                                            : options.dir + QStringLiteral("/bench_sync-XXXXXX"));
    if (!tmp.isValid())
        die(QStringLiteral("cannot create a temporary directory"));
    const QString dir = tmp.path();
    QElapsedTimer total;
    total.start();

    std::unique_ptr<test::GitDaemon> daemon;
    if (options.daemon) {
        daemon = std::make_unique<test::GitDaemon>(dir);
        if (!daemon->isRunning()) {
            std::printf("git daemon is not available (%s): git:// figures are left out\n",
                        qPrintable(daemon->errorString()));
            daemon.reset();
        }
    }
    std::printf("bench_sync: replicas and a bare remote under %s; transports: path%s\n", qPrintable(dir),
                daemon ? qPrintable(QStringLiteral(", git://127.0.0.1:%1").arg(daemon->port())) : "");
    std::printf("load average at the start %s (%d cores)\n", qPrintable(loadAverage()),
                QThread::idealThreadCount());
    std::printf("history for the comparison: %s operations (%s); rounds: %d (path), %d (git://)\n",
                qPrintable(count(options.history)), options.history >= 1000000 ? "--large" : "default",
                options.rounds, daemon ? options.daemonRounds : 0);

    if (options.only.contains(QLatin1String("integrate")))
        integrateBench(dir, daemon.get());
    if (options.only.contains(QLatin1String("history")))
        historyComparison(dir, daemon.get(), options.history);
    if (options.only.contains(QLatin1String("rounds")))
        roundsBench(dir, QStringLiteral("rounds-path"), nullptr, options.rounds);
    if (options.only.contains(QLatin1String("rounds")) && daemon && options.daemonRounds > 0)
        roundsBench(dir, QStringLiteral("rounds-daemon"), daemon.get(), options.daemonRounds);
    std::printf("\ntotal %.0f s wall, %.0f s CPU; load average at the end %s (%d cores)\n",
                double(total.elapsed()) / 1000, Clock().cpuSinceStart() / 1000, qPrintable(loadAverage()),
                QThread::idealThreadCount());
    return 0;
}
