// Replication benchmark (issue 5; budgets in DESIGN.md, the contract in SYNC.md).
//
// Replicas are temporary databases in this process, each with its own app-private
// git directory, syncing through one bare repository on local disk, addressed by
// path and, when `git daemon` is available, also as git://127.0.0.1 — the same
// repository, so both transports see the same data; their figures are printed side
// by side. Operations are written through the bulk write path the demo generator
// uses (Store::apply, not undoable, 5,000 operations per change). The machine may
// be shared: wall times are printed with this process's CPU time and the load.
//
//   bench_sync [--history N | --large] [--rounds N] [--daemon-rounds N] [--no-daemon]
//              [--dir DIR] [--only integrate,history,rounds]
//
// --history: operations of history compared with 10,000 (default 200,000; --large =
// 1,000,000, which takes long to build). --rounds: rounds of small changes after
// which packs and open files are counted (1,000; over git:// --daemon-rounds, 100).

#include "../sync/GitDaemon.h"
#include "store/Ids.h"
#include "store/Store.h"
#include "sync/DeviceKey.h"
#include "sync/SyncEngine.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <dirent.h>
#include <memory>
#include <random>
#include <thread>
#include <vector>

using namespace summit;

namespace {

[[noreturn]] void die(const QString& what)
{
    std::fprintf(stderr, "bench_sync: %s\n", qPrintable(what));
    std::exit(1);
}

template <typename T> T must(Result<T> r)
{
    if (!r)
        die(r.message());
    return std::move(r.value());
}

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[std::min(v.size() - 1, size_t(p * double(v.size())))];
}

QString ms(double v)
{
    return QStringLiteral("%1 ms").arg(v, 0, 'f', v < 100 ? 1 : 0);
}

QString secs(double msValue)
{
    return QStringLiteral("%1 s").arg(msValue / 1000, 0, 'f', 2);
}

QString count(qint64 n)
{
    return QLocale(QLocale::English).toString(n);
}

double cpuMs() // of this process, all threads
{
    timespec t{};
    ::clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

// Wall time between laps, and this process's CPU time since construction.
class Clock
{
public:
    Clock() : m_cpuStart(cpuMs()) { m_wall.start(); }
    double lap()
    {
        const double now = double(m_wall.nsecsElapsed()) / 1e6, lap = now - m_last;
        m_last = now;
        return lap;
    }
    double cpu() const { return cpuMs() - m_cpuStart; }

private:
    QElapsedTimer m_wall;
    double m_last = 0, m_cpuStart;
};

// ---------------------------------------------------------------------------
// What the repositories and the process hold

struct Objects
{
    int packs = 0, loose = 0;
    qint64 looseBytes = 0; // compressed, as on disk
};

Objects countObjects(const QString& gitDir)
{
    Objects o;
    const QDir objects(gitDir + QStringLiteral("/objects"));
    o.packs = int(QDir(objects.filePath(QStringLiteral("pack")))
                      .entryList({QStringLiteral("*.pack")}, QDir::Files)
                      .size());
    for (const QString& sub : objects.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        for (const QFileInfo& f : QDir(objects.filePath(sub)).entryInfoList(QDir::Files)) {
            o.loose += sub.size() == 2 ? 1 : 0;
            o.looseBytes += sub.size() == 2 ? f.size() : 0;
        }
    }
    return o;
}

// Open file descriptors of this process; with `kinds`, counted by what they point at.
int openFiles(QMap<QString, int>* kinds = nullptr)
{
    int n = 0;
    DIR* dir = ::opendir("/proc/self/fd");
    if (dir == nullptr)
        return 0;
    while (const dirent* entry = ::readdir(dir)) {
        const QString name = QString::fromLatin1(entry->d_name);
        if (name.startsWith(QLatin1Char('.')) || name.toInt() == ::dirfd(dir))
            continue;
        ++n;
        if (kinds == nullptr)
            continue;
        const QString target = QFile::symLinkTarget(QStringLiteral("/proc/self/fd/") + name);
        const QString suffix = QFileInfo(target).suffix();
        // The git directories sit beside the databases (x.db.sync/...): packs first.
        ++(*kinds)[suffix == QLatin1String("pack") || suffix == QLatin1String("idx") ? suffix
                   : target.contains(QLatin1String(".db")) ? QStringLiteral("sqlite")
                                                           : QStringLiteral("other")];
    }
    ::closedir(dir);
    return n;
}

// Samples the number of open files every 2 ms on a thread: the peak inside rounds.
class OpenFilesPeak
{
public:
    int takePeak() { return m_peak.exchange(0); }

private:
    std::atomic<int> m_peak{0};
    std::jthread m_thread{[this](const std::stop_token& stop) {
        while (!stop.stop_requested()) {
            m_peak = std::max(m_peak.load(), openFiles());
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
        }
    }};
};

QString readProc(const char* path)
{
    QFile f{QString::fromLatin1(path)};
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()) : QString();
}

QString loadAverage()
{
    return readProc("/proc/loadavg").section(QLatin1Char(' '), 0, 2);
}

qint64 rssMiB()
{
    const QString status = readProc("/proc/self/status");
    const qsizetype at = status.indexOf(QLatin1String("VmRSS:"));
    return at < 0 ? 0 : status.mid(at + 6).simplified().section(QLatin1Char(' '), 0, 0).toLongLong() / 1024;
}

// ---------------------------------------------------------------------------
// Replicas and what they write

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
        : m_gitDir(sync::SyncEngine::defaultGitDir(dbPath)), m_store(must(Store::open(dbPath))),
          m_engine(must(sync::SyncEngine::open(*m_store, m_gitDir)))
    {}

    // One whole round, in ms. A failed round or a refused batch ends the bench.
    double sync(const QString& url, int* received = nullptr)
    {
        Clock clock;
        auto r = m_engine->sync(url);
        const double elapsed = clock.lap();
        if (!r || !r.value().problems.isEmpty())
            die(QStringLiteral("sync with %1: %2 %3")
                    .arg(url, r.message(), r ? r.value().problems.join(QLatin1Char(' ')) : QString()));
        if (received != nullptr)
            *received = r.value().receivedOperations;
        return elapsed;
    }

    // The engine's steps of a round timed one by one; then a whole round, which
    // finds nothing left to move and does the bookkeeping.
    Stages stagedRound(const QString& url)
    {
        Stages s;
        Clock clock;
        must(m_engine->seal());
        s.seal = clock.lap();
        if (auto tip = m_engine->repo().tip(m_engine->ownRef()); tip && !tip.value().isEmpty()) {
            auto pushed = m_engine->repo().push(url, m_engine->ownRef(), {});
            if (!pushed || pushed.value() == sync::PushOutcome::Rejected)
                die(QStringLiteral("push to %1 failed: %2").arg(url, pushed.message()));
        }
        s.push = clock.lap();
        must(m_engine->repo().fetch(url, {}));
        s.fetch = clock.lap();
        auto integrated = m_engine->integrateFetched();
        if (!integrated || !integrated.value().problems.isEmpty())
            die(QStringLiteral("integration failed: %1").arg(integrated.message()));
        s.integrate = clock.lap();
        s.received = integrated.value().receivedOperations;
        s.cpu = clock.cpu();
        sync(url);
        return s;
    }

    double repack(sync::RepackScope scope)
    {
        Clock clock;
        if (Status s = m_engine->repo().repack(scope); !s)
            die(s.message());
        return clock.lap();
    }

    Store& store() { return *m_store; }
    QString gitDir() const { return m_gitDir; }
    QString ownTip() { return must(m_engine->repo().tip(m_engine->ownRef())); }
    // The bytes of the batches this replica sealed after `since`, oldest first.
    std::vector<QByteArray> ownBatchesSince(const QString& since)
    {
        std::vector<QByteArray> out;
        for (sync::BatchCommit& c : must(m_engine->repo().batchesSince(ownTip(), since)))
            out.push_back(std::move(c.blob));
        return out;
    }

private:
    QString m_gitDir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<sync::SyncEngine> m_engine;
};

// New follow-ups and contacts spread over 20 accounts, and edits of records written
// earlier (a reservoir sample of their ids, so a 1M history needs no 1M ids).
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
        if (Status s = m_store.apply({QStringLiteral("bench"), ops}, ApplyOptions{false}); !s)
            die(s.message());
    }

    // `n` operations through the bulk write path, 5,000 a change. History: 9 in 10
    // create follow-ups, 1 in 10 contacts. Mixed, as a user writes between two
    // syncs: half new follow-ups, half edits of records anywhere in the history.
    void write(int n, bool mixed = false)
    {
        std::vector<Operation> ops;
        for (int i = 0; i < n; ++i) {
            ops.push_back(mixed ? (i % 2 == 0 ? newFollowup() : edit())
                                : (m_serial % 10 == 9 ? newContact() : newFollowup()));
            if (ops.size() == 5000 || i == n - 1) {
                if (Status s = m_store.apply({QStringLiteral("bench"), ops}, ApplyOptions{false}); !s)
                    die(s.message());
                ops.clear();
            }
        }
    }

private:
    QString remember(std::vector<QString>& sample, const QString& id)
    {
        ++m_seen;
        if (sample.size() < 4096)
            sample.push_back(id);
        else if (const quint64 slot = m_random() % quint64(m_seen); slot < sample.size())
            sample[slot] = id;
        return id;
    }

    QString account() { return m_accounts[int(m_random() % quint64(m_accounts.size()))]; }

    Operation newFollowup()
    {
        static const QStringList types = {QStringLiteral("visit"), QStringLiteral("call"),
                                          QStringLiteral("meeting"), QStringLiteral("email")};
        const qint64 n = ++m_serial;
        const QDateTime at = QDateTime(QDate(2024, 1, 1), QTime(1, 0), Qt::UTC).addSecs(n * 600);
        return Operation::set(
            QStringLiteral("followup"), remember(m_followups, ids::newId()),
            {{QStringLiteral("account_id"), account()},
             {QStringLiteral("type"), types[int(n % types.size())]},
             {QStringLiteral("at"), at.toString(Qt::ISODateWithMs)},
             {QStringLiteral("summary"), QStringLiteral("拜访信息中心，沟通二期项目进展 %1").arg(n)},
             {QStringLiteral("outcome"), QStringLiteral("客户确认预算，下周提交方案")}});
    }

    Operation newContact()
    {
        const qint64 n = ++m_serial;
        return Operation::set(QStringLiteral("contact"), remember(m_contacts, ids::newId()),
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
        return Operation::set(QStringLiteral("followup"), m_followups[(r / 2) % m_followups.size()],
                              {{QStringLiteral("outcome"), QStringLiteral("已复盘 %1").arg(r % 1000)}});
    }

    Store& m_store;
    std::mt19937_64 m_random;
    QStringList m_accounts;
    std::vector<QString> m_followups, m_contacts;
    qint64 m_serial = 0, m_seen = 0;
};

QString makeBareRemote(const QString& path)
{
    QProcess git;
    git.start(QStringLiteral("git"),
              {QStringLiteral("init"), QStringLiteral("--bare"), QStringLiteral("--quiet"), path});
    if (!git.waitForFinished(30000) || git.exitCode() != 0)
        die(QStringLiteral("git init --bare %1 failed").arg(path));
    return path;
}

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
    // The transports to this team's remote: by path, and git:// with a daemon.
    QStringList urls(const test::GitDaemon* daemon) const
    {
        return daemon ? QStringList{remote, daemon->url(QFileInfo(remote).fileName())} : QStringList{remote};
    }
    QString remote;
    Replica writer, reader;
    Workload work;
};

// ---------------------------------------------------------------------------
// Output: one row per measure, one column per transport.

void header()
{
    std::printf("\n%-54s %20s %20s  %s\n", "measure", "path", "git://", "budget");
}

void row(const QString& what, const QStringList& measured, const QString& budget = {},
         const char* verdict = "")
{
    std::printf("%-54s", qPrintable(what));
    for (int i = 0; i < 2; ++i) // no git:// column without a daemon
        std::printf(" %20s", qPrintable(measured.value(i, QStringLiteral("-"))));
    std::printf("  %-16s %s\n", qPrintable(budget), verdict);
    std::fflush(stdout);
}

const char* verdict(bool pass)
{
    return pass ? "PASS" : "FAIL";
}

// ---------------------------------------------------------------------------
// The measures

void integrateBench(const QString& dir, const test::GitDaemon* daemon)
{
    std::printf("\n== integrating operations written by another replica in one round "
                "(wall; CPU of this process in brackets)\n");
    Team team(dir, QStringLiteral("integrate"));
    header();
    bool pass = true, signingPass = true;
    for (const int n : {10000, 100000}) {
        QStringList total, rate, split, cpu, writer, signing;
        for (const QString& url : team.urls(daemon)) {
            team.work.write(n);
            const QString sentFrom = team.writer.ownTip();
            const Stages w = team.writer.stagedRound(url);
            const Stages r = team.reader.stagedRound(url);
            // What signing costs in these rounds: every batch they moved signed again with
            // a key of the same kind, and each signature checked, beside the two rounds.
            const std::vector<QByteArray> sent = team.writer.ownBatchesSince(sentFrom);
            const sync::DeviceKey key = sync::DeviceKey::generate();
            Clock signClock;
            std::vector<QByteArray> signatures;
            for (const QByteArray& b : sent)
                signatures.push_back(key.sign(b));
            const double signMs = signClock.lap();
            for (size_t i = 0; i < sent.size(); ++i)
                if (!sync::DeviceKey::verify(key.publicKey(), sent[i], signatures[i]))
                    die(QStringLiteral("a signature did not verify"));
            const double verifyMs = signClock.lap();
            const double share = 100 * (signMs + verifyMs) / (w.total() + r.total());
            signing << QStringLiteral("%1+%2 ms %3%")
                           .arg(signMs, 0, 'f', 0)
                           .arg(verifyMs, 0, 'f', 0)
                           .arg(share, 0, 'f', 1);
            signingPass = signingPass && share <= 10;
            if (r.received != n)
                die(QStringLiteral("the reader integrated %1 operations of %2").arg(r.received).arg(n));
            total << QStringLiteral("%1 [%2]").arg(secs(r.total()), secs(r.cpu));
            rate << QStringLiteral("%1 ops/s").arg(count(qint64(n / (r.total() / 1000))));
            split << QStringLiteral("%1 / %2").arg(secs(r.fetch), secs(r.integrate));
            writer << QStringLiteral("%1+%2 [%3]").arg(secs(w.seal), secs(w.push), secs(w.cpu));
            pass = pass && (n < 100000 || r.total() < 10000);
        }
        row(QStringLiteral("integrate %1 operations (reader's round)").arg(count(n)), total,
            n == 100000 ? QStringLiteral("< 10 s") : QString(), n == 100000 ? verdict(pass) : "");
        row(QStringLiteral("  operations/s"), rate);
        row(QStringLiteral("  fetch / integrate"), split);
        row(QStringLiteral("  writer's round that sent them: seal+push"), writer);
        row(QStringLiteral("  of both rounds: signing+verifying, share"), signing,
            n == 100000 ? QStringLiteral("<= 10 %") : QString(), n == 100000 ? verdict(signingPass) : "");
    }
}

struct HistoryFigures
{
    QStringList idleWriter, idleReader;           // "p50 / p95" per transport
    double idleP95 = 0;                           // worst of all
    std::vector<double> writerRound, readerRound; // p50 of 100-operation rounds, per transport
    QStringList writerSplit, readerSplit;         // mean ms of the steps
    QString repack;
    double smallRepack = 0; // ms
};

HistoryFigures historyBench(const QString& dir, const test::GitDaemon* daemon, int history)
{
    Team team(dir, QStringLiteral("history-%1").arg(history));
    // History accumulates as in a team: rounds of 20,000 operations (one batch
    // each), sealed, pushed, fetched and integrated.
    Clock build;
    double written = 0, sent = 0, received = 0;
    for (int done = 0; done < history; done += 20000) {
        Clock step;
        team.work.write(std::min(20000, history - done));
        written += step.lap();
        sent += team.writer.sync(team.remote);
        received += team.reader.sync(team.remote);
        if ((done + 20000) % 100000 == 0)
            std::fprintf(stderr, "  %s operations of history\n", qPrintable(count(done + 20000)));
    }
    std::printf("history of %s operations built in %.0f s [CPU %.0f s]: written %.1f s, writer's rounds "
                "%.1f s, reader's rounds %.1f s\n",
                qPrintable(count(history)), build.lap() / 1000, build.cpu() / 1000, written / 1000,
                sent / 1000, received / 1000);
    // The history in one pack, as after a full repack; what the rounds below bring
    // arrives in packs of its own, which the engine rolls up (small packs only)
    // once more than 50 have arrived.
    const int historyPacks = countObjects(team.reader.gitDir()).packs;
    const double fullRepack = team.reader.repack(sync::RepackScope::Everything);

    HistoryFigures f;
    for (const QString& url : team.urls(daemon)) {
        team.writer.sync(url); // the first contact through a transport warms its caches
        team.reader.sync(url);
        std::vector<double> idleW, idleR;
        for (int i = 0; i < 20; ++i) {
            idleW.push_back(team.writer.sync(url));
            idleR.push_back(team.reader.sync(url));
        }
        for (auto [out, v] : {std::pair{&f.idleWriter, &idleW}, std::pair{&f.idleReader, &idleR}}) {
            *out << QStringLiteral("%1 / %2").arg(ms(percentile(*v, 0.5)), ms(percentile(*v, 0.95)));
            f.idleP95 = std::max(f.idleP95, percentile(*v, 0.95));
        }
        std::vector<double> w, r;
        Stages ws, rs; // sums, for the split
        const int rounds = 20;
        for (int i = 0; i < rounds; ++i) {
            team.work.write(100, true);
            const Stages a = team.writer.stagedRound(url), b = team.reader.stagedRound(url);
            if (b.received != 100)
                die(QStringLiteral("a 100-operation round brought %1").arg(b.received));
            w.push_back(a.total());
            r.push_back(b.total());
            for (auto [sum, one] : {std::pair{&ws, &a}, std::pair{&rs, &b}}) {
                sum->seal += one->seal / rounds;
                sum->push += one->push / rounds;
                sum->fetch += one->fetch / rounds;
                sum->integrate += one->integrate / rounds;
            }
        }
        f.writerRound.push_back(percentile(w, 0.5));
        f.readerRound.push_back(percentile(r, 0.5));
        auto joined = [](std::initializer_list<double> v) {
            QStringList parts;
            for (double x : v)
                parts << QString::number(qRound(x));
            return parts.join(QStringLiteral(" / "));
        };
        f.writerSplit << joined({ws.seal, ws.push, ws.fetch});
        f.readerSplit << joined({rs.fetch, rs.integrate});
    }
    // The engine's repack, which rolls up the packs of the rounds and leaves the
    // history's pack alone: its cost should not grow with the history.
    const Objects w = countObjects(team.writer.gitDir()), r = countObjects(team.reader.gitDir());
    f.smallRepack = team.reader.repack(sync::RepackScope::SmallPacks);
    f.repack = QString::asprintf(
        "at %s history: the reader's full repack of %d packs %.0f ms; after the rounds, the engine's "
        "repack of the %d packs they brought %.0f ms (every 50 fetches); the writer holds %d packs and "
        "%d loose objects (%.1f MiB compressed)",
        qPrintable(count(history)), historyPacks, fullRepack, r.packs - 1, f.smallRepack, w.packs, w.loose,
        double(w.looseBytes) / 1048576);
    return f;
}

void historyComparison(const QString& dir, const test::GitDaemon* daemon, int history)
{
    std::printf(
        "\n== sync with nothing new, and 100-operation rounds, at 10,000 vs %s operations of history\n",
        qPrintable(count(history)));
    const HistoryFigures small = historyBench(dir, daemon, 10000);
    const HistoryFigures large = historyBench(dir, daemon, history);
    const QString h = count(history), budget = QStringLiteral("< 300 ms");
    header();
    row(QStringLiteral("nothing new, writer, 10,000 history: p50 / p95"), small.idleWriter, budget);
    row(QStringLiteral("nothing new, reader, 10,000 history: p50 / p95"), small.idleReader, budget);
    row(QStringLiteral("nothing new, writer, %1 history: p50 / p95").arg(h), large.idleWriter, budget);
    row(QStringLiteral("nothing new, reader, %1 history: p50 / p95").arg(h), large.idleReader, budget,
        verdict(std::max(small.idleP95, large.idleP95) < 300));

    // "About the same": within half again, with 5 ms of slack for tiny rounds.
    for (const bool writer : {true, false}) {
        const std::vector<double>& a = writer ? small.writerRound : small.readerRound;
        const std::vector<double>& b = writer ? large.writerRound : large.readerRound;
        QStringList fa, fb, ratio;
        bool same = true;
        for (size_t i = 0; i < a.size(); ++i) {
            fa << ms(a[i]);
            fb << ms(b[i]);
            ratio << QStringLiteral("%1x").arg(b[i] / a[i], 0, 'f', 2);
            same = same && b[i] <= 1.5 * a[i] + 5;
        }
        const QString who = writer ? QStringLiteral("writer (seal, push, fetch)")
                                   : QStringLiteral("reader (fetch, integrate)");
        const QString steps =
            writer ? QStringLiteral("seal / push / fetch") : QStringLiteral("fetch / integrate");
        row(QStringLiteral("100-op round, %1, 10,000 history").arg(who), fa);
        row(QStringLiteral("100-op round, %1, %2 history").arg(who, h), fb);
        row(QStringLiteral("  ratio"), ratio, QStringLiteral("about 1x"), verdict(same));
        row(QStringLiteral("  %1 ms, 10,000 history").arg(steps),
            writer ? small.writerSplit : small.readerSplit);
        row(QStringLiteral("  %1 ms, %2 history").arg(steps, h),
            writer ? large.writerSplit : large.readerSplit);
    }
    row(QStringLiteral("engine's repack of the rounds' packs, 10,000 history"), {ms(small.smallRepack)});
    row(QStringLiteral("engine's repack of the rounds' packs, %1 history").arg(h), {ms(large.smallRepack)});
    row(QStringLiteral("  ratio"),
        {QStringLiteral("%1x").arg(large.smallRepack / small.smallRepack, 0, 'f', 2)},
        QStringLiteral("about 1x"), verdict(large.smallRepack <= 1.5 * small.smallRepack + 5));
    std::printf("%s\n%s\n", qPrintable(small.repack), qPrintable(large.repack));
}

// Rounds of small changes: the writer writes two operations and syncs, the reader
// syncs. Prints round times and what accumulates, at checkpoints.
void roundsBench(const QString& dir, const QString& name, const test::GitDaemon* daemon, int rounds)
{
    Team team(dir, name);
    const QString url = team.urls(daemon).back();
    std::printf("\n== %d rounds of small changes over %s (writer: 2 operations + sync; reader: sync)\n",
                rounds, qPrintable(url));
    std::printf("%7s %22s %16s %16s %12s %10s %6s\n", "round", "round p50 writer/reader",
                "writer packs/loose", "reader packs/loose", "remote", "fds/peak", "RSS");
    const int fdsBefore = openFiles();
    OpenFilesPeak peak;
    std::vector<double> w, r;
    auto objects = [](const QString& gitDir) {
        const Objects o = countObjects(gitDir);
        return QStringLiteral("%1 / %2").arg(o.packs).arg(o.loose);
    };
    auto report = [&](int round) {
        const QString times =
            w.empty() ? QStringLiteral("-")
                      : QStringLiteral("%1 / %2").arg(ms(percentile(w, 0.5)), ms(percentile(r, 0.5)));
        std::printf("%7d %22s %16s %16s %12s %5d/%4d %5lldM\n", round, qPrintable(times),
                    qPrintable(objects(team.writer.gitDir())), qPrintable(objects(team.reader.gitDir())),
                    qPrintable(objects(team.remote)), openFiles(), peak.takePeak(), rssMiB());
        std::fflush(stdout);
        w.clear();
        r.clear();
    };
    report(0);
    for (int i = 1; i <= rounds; ++i) {
        team.work.write(2, true);
        w.push_back(team.writer.sync(url));
        int received = 0;
        r.push_back(team.reader.sync(url, &received));
        if (received != 2)
            die(QStringLiteral("round %1 brought %2 operations").arg(i).arg(received));
        if (i == rounds || i == 10 || i == 100 || i % 250 == 0)
            report(i);
    }
    QMap<QString, int> kinds;
    const int fdsAfter = openFiles(&kinds);
    QString parts;
    for (auto it = kinds.begin(); it != kinds.end(); ++it)
        parts += QStringLiteral(" %1 %2").arg(it.value()).arg(it.key());
    std::printf(
        "open files between rounds: %d before, %d after (%s ); 'peak' is the most seen during the rounds "
        "since the line before\n",
        fdsBefore, fdsAfter, qPrintable(parts));
    std::printf("replicas agree: %s (%llu operations each)\n",
                team.writer.store().operationCount() == team.reader.store().operationCount() ? "yes" : "NO",
                static_cast<unsigned long long>(team.reader.store().operationCount()));
}

struct Options
{
    int history = 200000, rounds = 1000, daemonRounds = 100;
    bool daemon = true;
    QString dir = QDir::tempPath();
    QStringList only = {QStringLiteral("integrate"), QStringLiteral("history"), QStringLiteral("rounds")};
};

Options parse(const QStringList& args)
{
    Options o;
    const QMap<QString, int*> numbers = {{QStringLiteral("--history"), &o.history},
                                         {QStringLiteral("--rounds"), &o.rounds},
                                         {QStringLiteral("--daemon-rounds"), &o.daemonRounds}};
    for (int i = 1; i < args.size(); ++i) {
        const QString& a = args[i];
        const bool value = i + 1 < args.size();
        if (a == QLatin1String("--large"))
            o.history = 1000000;
        else if (a == QLatin1String("--no-daemon"))
            o.daemon = false;
        else if (int* number = numbers.value(a); number != nullptr && value)
            *number = args[++i].toInt();
        else if (a == QLatin1String("--dir") && value)
            o.dir = args[++i];
        else if (a == QLatin1String("--only") && value)
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
    QTemporaryDir tmp(options.dir + QStringLiteral("/bench_sync-XXXXXX"));
    if (!tmp.isValid())
        die(QStringLiteral("cannot create a temporary directory in %1").arg(options.dir));
    const QString dir = tmp.path();
    Clock total;

    std::unique_ptr<test::GitDaemon> daemon;
    if (options.daemon) {
        daemon = std::make_unique<test::GitDaemon>(dir);
        if (!daemon->isRunning()) {
            std::printf("git daemon is not available (%s): no git:// figures\n",
                        qPrintable(daemon->errorString()));
            daemon.reset();
        }
    }
    std::printf("bench_sync under %s; transports: path%s; load average %s on %d cores\n", qPrintable(dir),
                daemon ? qPrintable(QStringLiteral(", git://127.0.0.1:%1").arg(daemon->port())) : "",
                qPrintable(loadAverage()), QThread::idealThreadCount());
    std::printf("history compared with 10,000: %s operations (%s); rounds: %d by path, %d by git://\n",
                qPrintable(count(options.history)),
                options.history == 1000000  ? "--large"
                : options.history == 200000 ? "default"
                                            : "--history",
                options.rounds, daemon ? options.daemonRounds : 0);

    if (options.only.contains(QLatin1String("integrate")))
        integrateBench(dir, daemon.get());
    if (options.only.contains(QLatin1String("history")))
        historyComparison(dir, daemon.get(), options.history);
    if (options.only.contains(QLatin1String("rounds"))) {
        roundsBench(dir, QStringLiteral("rounds-path"), nullptr, options.rounds);
        if (daemon && options.daemonRounds > 0)
            roundsBench(dir, QStringLiteral("rounds-daemon"), daemon.get(), options.daemonRounds);
    }
    std::printf("\ntotal %.0f s wall, %.0f s CPU of this process; load average at the end %s\n",
                total.lap() / 1000, total.cpu() / 1000, qPrintable(loadAverage()));
    return 0;
}
