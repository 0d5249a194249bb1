// GUI start-up and memory, measured the way a user feels them: from starting
// the process to the first painted main window, beside an empty Qt Widgets
// window started the same way on the same machine; then the resident memory
// with the large set open and the account list scrolled to its end.
//
//   bench_gui --db FILE [--runs N]
//
// The program runs itself as a child for every sample ("--child empty" or
// "--child summit"); the parent times from spawning the child to the child's
// "painted" line. Budgets (DESIGN.md): < 1 s and <= 3x the empty window;
// < 300 MB RSS with the large set open.

#include "store/Store.h"
#include "ui/MainWindow.h"
#include "ui/accounts/AccountListView.h"
#include "ui/shell/AccountTabs.h"
#include "ui/shell/Databases.h"
#include "ui/today/TodayView.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QTableView>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace summit;

namespace {

long rssKiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    return -1;
}

// Prints "painted" once the window has been painted for the first time.
class FirstPaint : public QObject
{
public:
    explicit FirstPaint(std::function<void()> then) : m_then(std::move(then)) {}
    bool eventFilter(QObject* o, QEvent* e) override
    {
        if (e->type() == QEvent::Paint && !m_done) {
            m_done = true;
            // After this paint event has been handled, not before.
            QTimer::singleShot(0, o, [this] {
                std::printf("painted %ld\n", rssKiB());
                std::fflush(stdout);
                m_then();
            });
        }
        return false;
    }

private:
    std::function<void()> m_then;
    bool m_done = false;
};

int child(int argc, char** argv, const QString& mode, const QString& db)
{
    QApplication app(argc, argv);
    // A fresh window state every run, as on a first start (quitting saves it).
    QApplication::setOrganizationName(QStringLiteral("SummitBench"));
    QSettings().clear();
    if (mode == QLatin1String("empty")) {
        QWidget w;
        w.resize(1280, 800);
        FirstPaint paint([] { QApplication::quit(); });
        w.installEventFilter(&paint);
        w.show();
        return app.exec();
    }
    auto store = ui::databases::open(db);
    if (!store) {
        std::fprintf(stderr, "bench_gui: %s\n", qPrintable(store.message));
        return 1;
    }
    ui::MainWindow window(std::move(store.store));
    window.resize(1280, 800);
    // Today fills in after the first paint; its time is reported too.
    auto* today = window.findChild<ui::TodayView*>();
    bool filled = false;
    QObject::connect(today, &ui::TodayView::refreshed, &window, [&filled] {
        if (!filled) {
            filled = true;
            std::printf("filled\n");
            std::fflush(stdout);
        }
    });
    auto accounts = [&window] {
        // Then the account list, scrolled to its end, for the memory figure.
        window.showPage(ui::MainWindow::Page::Accounts);
        QTableView* table = window.accountTabs()->list()->table();
        QApplication::processEvents();
        table->scrollToBottom();
        QApplication::processEvents();
        std::printf("accounts %d %ld\n", table->model()->rowCount(), rssKiB());
        std::fflush(stdout);
        QApplication::quit();
    };
    FirstPaint paint([&] {
        if (filled)
            accounts();
        else
            QObject::connect(today, &ui::TodayView::refreshed, &window, accounts);
    });
    window.installEventFilter(&paint);
    window.show();
    return app.exec();
}

struct Sample
{
    double ms = 0, filledMs = 0;
    long rssPainted = 0, rssAccounts = 0;
    int rows = 0;
};

bool runChild(const QString& self, const QStringList& args, Sample& out)
{
    QProcess p;
    QElapsedTimer t;
    t.start();
    p.start(self, args);
    if (!p.waitForStarted(10000))
        return false;
    QByteArray seen;
    while (p.state() != QProcess::NotRunning || p.bytesAvailable()) {
        p.waitForReadyRead(100);
        while (p.canReadLine()) {
            const QByteArray line = p.readLine().trimmed();
            const QList<QByteArray> parts = line.split(' ');
            if (parts.value(0) == "painted") {
                out.ms = double(t.nsecsElapsed()) / 1e6;
                out.rssPainted = parts.value(1).toLong();
            } else if (parts.value(0) == "filled") {
                out.filledMs = double(t.nsecsElapsed()) / 1e6;
            } else if (parts.value(0) == "accounts") {
                out.rows = parts.value(1).toInt();
                out.rssAccounts = parts.value(2).toLong();
            }
        }
        if (t.elapsed() > 120000)
            return false;
    }
    p.waitForFinished();
    if (p.exitCode() != 0)
        std::fprintf(stderr, "child failed: %s\n", p.readAllStandardError().constData());
    return p.exitCode() == 0 && out.ms > 0;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

void row(const char* what, const QString& measured, const QString& budget, const QString& reference,
         bool pass)
{
    std::printf("%-40s %14s  %-22s %-34s %s\n", what, qPrintable(measured), qPrintable(budget),
                qPrintable(reference), pass ? "PASS" : "FAIL");
}

} // namespace

int main(int argc, char** argv)
{
    for (int i = 1; i + 1 < argc; ++i)
        if (qstrcmp(argv[i], "--child") == 0) {
            const QString mode = QString::fromLocal8Bit(argv[i + 1]);
            QString db;
            for (int j = 1; j + 1 < argc; ++j)
                if (qstrcmp(argv[j], "--db") == 0)
                    db = QString::fromLocal8Bit(argv[j + 1]);
            return child(argc, argv, mode, db);
        }

    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("db"), QStringLiteral("Database (the large set)."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Samples of each."), QStringLiteral("N"),
                      QStringLiteral("5")});
    parser.process(app);
    const QString db = parser.value(QStringLiteral("db"));
    if (db.isEmpty()) {
        std::fprintf(stderr, "usage: bench_gui --db FILE [--runs N]\n");
        return 2;
    }
    const int runs = qMax(1, parser.value(QStringLiteral("runs")).toInt());
    const QString self = QCoreApplication::applicationFilePath();

    std::vector<double> empty, summit, filled;
    Sample last;
    for (int i = 0; i < runs; ++i) {
        Sample e, s;
        if (!runChild(self, {QStringLiteral("--child"), QStringLiteral("empty")}, e) ||
            !runChild(self, {QStringLiteral("--child"), QStringLiteral("summit"), QStringLiteral("--db"), db},
                      s)) {
            std::fprintf(stderr, "bench_gui: a child run failed\n");
            return 1;
        }
        empty.push_back(e.ms);
        summit.push_back(s.ms);
        filled.push_back(s.filledMs);
        last = s;
    }
    const double e = median(empty), s = median(summit);
    std::printf("%-40s %14s  %-22s %-34s\n", "measure (median of runs)", "measured", "budget", "reference");
    row("start to first painted window", QStringLiteral("%1 ms").arg(s, 0, 'f', 0),
        QStringLiteral("< 1000 ms"),
        QStringLiteral("empty Qt window %1 ms (%2x)").arg(e, 0, 'f', 0).arg(s / e, 0, 'f', 1),
        s < 1000 && s <= 3 * e);
    const double f = median(filled);
    row("start to Today filled in", QStringLiteral("%1 ms").arg(f, 0, 'f', 0), QStringLiteral("< 1000 ms"),
        QStringLiteral("queries of the Today page"), f < 1000);
    row("RSS at first paint", QStringLiteral("%1 MB").arg(double(last.rssPainted) / 1024, 0, 'f', 0),
        QStringLiteral("< 300 MB"), QString(), last.rssPainted < 300 * 1024);
    row("RSS, account list scrolled to end",
        QStringLiteral("%1 MB").arg(double(last.rssAccounts) / 1024, 0, 'f', 0), QStringLiteral("< 300 MB"),
        QStringLiteral("%1 accounts").arg(last.rows), last.rssAccounts < 300 * 1024);
    return 0;
}
