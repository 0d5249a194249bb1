#pragma once
// Runs the team's rules and playbooks in the background while Summit is open: a worker
// thread evaluates them on a read-only connection of its own (never on the GUI
// thread), and the tasks they call for are written on the GUI thread through
// the store's write path in one change, off the undo stack. A run follows the
// start (after a pause), every change to the records (only the accounts a
// change touched, when it says which), a new day, and a sync. Requests made
// while one runs are merged into the next run. The rules that score health
// run over the whole book once a day (their trigger is the month) and for the
// accounts of each edit. A run's tasks are written kTasksPerWrite at a time, each
// chunk one change, so the GUI thread is never held for long.

#include "rules/RuleEngine.h"

#include <QObject>
#include <QSet>
#include <QThread>
#include <QTimer>

namespace summit {
class Store;
struct ChangeSet;
} // namespace summit

namespace summit::ui {

class RuleWorker;

class RuleRunner : public QObject
{
    Q_OBJECT
public:
    explicit RuleRunner(Store& store, QObject* parent = nullptr);
    ~RuleRunner() override;

    // Evaluates every rule soon (after `delayMs`), or only `accounts` when given.
    void schedule(int delayMs = 1500, const QSet<QString>& accounts = {});
    bool isBusy() const { return m_running; }
    int runs() const { return m_runs; }

signals:
    // After each run: the tasks made (maybe none), and the rules skipped as broken.
    void ran(int made, const std::vector<summit::rules::RuleSkip>& skipped, const QStringList& notes);
    void failed(const QString& message);

private:
    void onStoreChanged(const ChangeSet& change);
    void start();
    void finished(const Result<rules::RuleEvaluation>& result);
    // Writes the next chunk of a run's tasks; the rest on the next turn of the event loop.
    void writeChunk();

    Store& m_store;
    QThread m_thread;
    RuleWorker* m_worker = nullptr;
    QTimer m_delay;
    QTimer m_daily;
    QDate m_day;
    bool m_running = false;
    bool m_pending = false;
    bool m_writing = false;   // the store's changes are the run's own tasks
    bool m_all = false;       // the next run evaluates every account
    QSet<QString> m_accounts; // else these
    int m_runs = 0;
    QDate m_healthDay; // the day the book's health rules last ran in full
    std::vector<rules::RuleTask> m_toWrite;
    size_t m_written = 0;
    int m_made = 0;
    rules::RuleEvaluation m_last;
};

} // namespace summit::ui
