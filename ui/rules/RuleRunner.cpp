#include "ui/rules/RuleRunner.h"

#include "commands/Commands.h"
#include "model/Schema.h"
#include "rules/PlaybookEngine.h"
#include "store/Database.h"
#include "store/Store.h"

#include <QDebug>

namespace summit::ui {

namespace {
// More accounts than this in one change: evaluate them all (one pass is cheaper than a long IN list).
constexpr int kMaxListed = 200;
} // namespace

class RuleWorker : public QObject
{
public:
    explicit RuleWorker(QString path) : m_path(std::move(path)) {}

    Result<rules::RuleEvaluation> evaluate(const rules::EvaluateOptions& options)
    {
        if (!m_db.isOpen())
            if (Status s = m_db.open(m_path, OpenMode::ReadOnly); !s)
                return s;
        auto rules = rules::evaluateRules(m_db, options);
        if (!rules)
            return rules;
        rules::EvaluateOptions playbookOptions = options;
        playbookOptions.ruleId.clear();
        auto playbooks = rules::evaluatePlaybooks(m_db, playbookOptions);
        if (!playbooks)
            return playbooks;
        rules::RuleEvaluation all = std::move(rules.value());
        for (rules::RuleTask& t : playbooks.value().tasks)
            all.tasks.push_back(std::move(t));
        all.existing += playbooks.value().existing;
        for (rules::RuleSkip& skip : playbooks.value().skipped)
            all.skipped.push_back(std::move(skip));
        return all;
    }

private:
    QString m_path;
    Database m_db;
};

RuleRunner::RuleRunner(Store& store, QObject* parent) : QObject(parent), m_store(store)
{
    m_thread.setObjectName(QStringLiteral("rules"));
    m_worker = new RuleWorker(store.path());
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start(QThread::LowPriority);
    m_delay.setSingleShot(true);
    connect(&m_delay, &QTimer::timeout, this, &RuleRunner::start);
    // A new day can make a rule fire with nothing changed: checked every ten minutes.
    m_day = QDate::currentDate();
    m_daily.setInterval(10 * 60 * 1000);
    connect(&m_daily, &QTimer::timeout, this, [this] {
        if (QDate::currentDate() != m_day) {
            m_day = QDate::currentDate();
            schedule(0);
        }
    });
    m_daily.start();
    connect(&store, &Store::changed, this, &RuleRunner::onStoreChanged);
}

RuleRunner::~RuleRunner()
{
    m_thread.quit();
    m_thread.wait();
}

void RuleRunner::schedule(int delayMs, const QSet<QString>& accounts)
{
    if (accounts.isEmpty())
        m_all = true;
    else
        m_accounts.unite(accounts);
    if (m_all || m_accounts.size() > kMaxListed) {
        m_all = true;
        m_accounts.clear();
    }
    if (m_running) {
        m_pending = true;
        return;
    }
    if (!m_delay.isActive() || delayMs < m_delay.remainingTime())
        m_delay.start(delayMs);
}

void RuleRunner::onStoreChanged(const ChangeSet& change)
{
    if (m_store.isReadOnly())
        return;
    // A run's own tasks change nothing a rule or playbook reads. A task someone finishes can
    // let a playbook's next step start: its account is run again, below.
    if (m_writing)
        return;
    const QSet<QString> global = {QStringLiteral("rule"), QStringLiteral("calendar_day"),
                                  QStringLiteral("member"), QStringLiteral("account_model"),
                                  QStringLiteral("playbook")};
    if (change.everything || change.remote || change.entities.intersects(global)) {
        schedule(2000);
        return;
    }
    // A large change (an import) is one full run: looking up each record's account here, on the
    // GUI thread, would cost more than evaluating every account on the worker.
    if (change.ids.size() > kMaxListed) {
        schedule(2000);
        return;
    }
    // The accounts the changed records belong to.
    QSet<QString> accounts;
    for (const QString& id : change.ids) {
        const QString entity = m_store.entityOf(id);
        const model::EntityDef* def = model::entity(entity);
        if (!def)
            continue;
        if (entity == QLatin1String("account")) {
            accounts.insert(id);
            continue;
        }
        if (def->accountField.isEmpty())
            continue;
        auto rec = m_store.record(entity, id);
        if (rec)
            accounts.insert(rec.value().value(def->accountField).toString());
    }
    accounts.remove(QString());
    if (!accounts.isEmpty())
        schedule(1000, accounts);
}

void RuleRunner::start()
{
    m_running = true;
    m_pending = false;
    ++m_runs;
    rules::EvaluateOptions options;
    options.today = QDate::currentDate();
    if (!m_all)
        options.accounts = m_accounts;
    else if (m_healthDay == options.today)
        options.skipHealth = true; // the book's health was scored today
    else
        m_healthDay = options.today;
    m_all = false;
    m_accounts.clear();
    RuleRunner* runner = this;
    QMetaObject::invokeMethod(m_worker, [runner, worker = m_worker, options] {
        Result<rules::RuleEvaluation> result = worker->evaluate(options);
        // The runner outlives this call: its destructor waits for the worker.
        QMetaObject::invokeMethod(
            runner, [runner, result] { runner->finished(result); }, Qt::QueuedConnection);
    });
}

void RuleRunner::finished(const Result<rules::RuleEvaluation>& result)
{
    if (!result) {
        m_running = false;
        emit failed(result.message());
        if (m_pending)
            m_delay.start(0);
        return;
    }
    m_last = result.value();
    // The health scores the run computed, kept for "down by N in 30 days" a month from now (a
    // cache: if it cannot be written, that rule rebuilds the past from the log instead).
    for (const rules::RuleEvaluation::ScoredDay& d : m_last.healthScores)
        if (Status s = m_store.recordHealthScores(d.day, d.scores); !s)
            qWarning().noquote() << "Health scores not kept:" << s.message();
    m_toWrite = std::move(m_last.tasks);
    m_written = 0;
    m_made = 0;
    writeChunk();
}

void RuleRunner::writeChunk()
{
    // A large change (an import) is being saved and refuses other writes: write after it.
    if (m_store.isBusy()) {
        QTimer::singleShot(250, this, &RuleRunner::writeChunk);
        return;
    }
    // Written here, on the GUI thread, through the one write path; tasks a sync brought in
    // meanwhile are left out by addRuleTasks; rules::kTasksPerWrite at a time.
    const size_t end = std::min(m_toWrite.size(), m_written + rules::kTasksPerWrite);
    if (m_written < end) {
        const std::vector<rules::RuleTask> chunk(m_toWrite.begin() + qsizetype(m_written),
                                                 m_toWrite.begin() + qsizetype(end));
        m_writing = true;
        auto made = commands::Commands(m_store).addRuleTasks(chunk);
        m_writing = false;
        if (!made) {
            m_running = false;
            m_toWrite.clear();
            emit failed(made.message());
            if (m_pending)
                m_delay.start(0);
            return;
        }
        m_made += made.value();
        m_written = end;
    }
    if (m_written < m_toWrite.size()) {
        QTimer::singleShot(0, this, &RuleRunner::writeChunk);
        return;
    }
    m_running = false;
    m_toWrite.clear();
    emit ran(m_made, m_last.skipped, m_last.notes);
    if (m_pending)
        m_delay.start(0);
}

} // namespace summit::ui
