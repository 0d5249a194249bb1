#include "GitSyncController.h"

#include "store/Store.h"
#include "sync/GitRepo.h"
#include "sync/SyncEngine.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QThread>

#ifdef SUMMIT_HAVE_KEYCHAIN
#include <qt6keychain/keychain.h>
#endif

namespace summit {

namespace {

const QString kRemoteKey = QStringLiteral("sync.remote");
const QString kKeychainService = QStringLiteral("Summit");
// Summit's branches on the team remote, and the format they are written in.
const QString kSummitBranches = QStringLiteral("refs/heads/summit/");
const QString kFormat = QStringLiteral("e1/");

sync::Credentials toGit(const ui::SyncCredentials& c)
{
    sync::Credentials g;
    g.username = c.username;
    g.password = c.token;
    g.sshKeyPath = c.sshKeyPath;
    if (!c.sshKeyPath.isEmpty())
        g.sshPublicKeyPath = c.sshKeyPath + QStringLiteral(".pub");
    g.sshPassphrase = c.sshPassphrase;
    g.trustHostKey = c.trustHostKey;
    return g;
}

ui::SyncState toState(const sync::SyncStatus& s)
{
    ui::SyncState state;
    state.remote = s.remote;
    state.lastSync = s.lastSync;
    state.pendingOperations = s.pendingOperations;
    state.lastError = s.lastError;
    return state;
}

} // namespace

// Lives on the sync thread: owns that thread's Store and SyncEngine (a
// QSqlDatabase connection and a libgit2 repository belong to one thread).
// Results go back as signals, which Qt queues to the controller's thread and
// drops if the controller is gone.
class GitSyncWorker : public QObject
{
    Q_OBJECT
public:
    explicit GitSyncWorker(const QString& databasePath) : m_path(databasePath) {}

    void runRound(const QString& url, const sync::Credentials& credentials)
    {
        if (const QString error = open(); !error.isEmpty()) {
            emit roundFinished(false, error, {}, failedState(error));
            return;
        }
        m_integrated = ChangeSet{};
        auto report = m_engine->sync(url, credentials);
        ui::SyncState state = toState(m_engine->status());
        if (!report) {
            // A round can fail after integrating some batches (they stay): say what changed.
            emit roundFinished(false, report.message(), m_integrated, state);
            return;
        }
        const sync::SyncReport& r = report.value();
        QStringList message;
        message << tr("Sent %n change(s).", nullptr, r.sealedOperations)
                << tr("Received %n change(s).", nullptr, r.receivedOperations);
        if (r.replicaIdChanged)
            message << tr("This database was a copy of another one; it now writes under a new replica id.");
        message << r.problems;
        if (r.replicaIdChanged) // every record's authorship may read differently now
            m_integrated.everything = true;
        emit roundFinished(r.problems.isEmpty(), message.join(QLatin1Char(' ')), m_integrated, state);
    }

    void readStatus()
    {
        if (const QString error = open(); !error.isEmpty()) {
            emit statusRead(failedState(error));
            return;
        }
        emit statusRead(toState(m_engine->status()));
    }

    // Connects and lists the refs the remote offers; nothing is downloaded, and
    // the team's own git directory is not touched (the probe is a throw-away one).
    void testConnection(const QString& url, const sync::Credentials& credentials)
    {
        sync::GitRepo::initLibrary();
        QTemporaryDir dir;
        auto probe = sync::GitRepo::open(dir.filePath(QStringLiteral("probe.git")));
        if (!probe) {
            emit connectionTested(false, probe.message());
            return;
        }
        auto refs = probe.value()->listRemoteRefs(url, credentials);
        if (!refs) {
            const sync::UntrustedHost host = probe.value()->lastUntrustedHost();
            if (!host.isNull() && !host.changed) // the page asks the user, then tests again
                emit newSshHost(url, host.host, host.fingerprint);
            else
                emit connectionTested(false, refs.message());
            return;
        }
        int devices = 0, other = 0;
        for (const QString& ref : refs.value()) {
            if (!ref.startsWith(kSummitBranches)) {
                ++other;
                continue;
            }
            if (!ref.startsWith(kSummitBranches + kFormat)) {
                emit connectionTested(false, tr("%1 holds Summit data of a newer or unknown format (%2); "
                                                "update Summit on this computer.")
                                                 .arg(url, ref));
                return;
            }
            ++devices;
        }
        if (devices > 0)
            emit connectionTested(true, tr("It holds the changes of %n devices.", nullptr, devices));
        else if (other > 0)
            emit connectionTested(true, tr("The repository holds no Summit data, but %n other branches: it "
                                           "may belong to something else. The first sync would add Summit's "
                                           "branches beside them; choose the team's own repository if you "
                                           "are not sure.",
                                           nullptr, other));
        else
            emit connectionTested(true, tr("The repository holds no Summit data yet. If it is the team's new "
                                           "repository, the first sync starts the team's history there; if "
                                           "it belongs to something else, choose the team's repository."));
    }

    void close()
    {
        m_engine.reset();
        m_store.reset();
    }

signals:
    // `integrated`: what this round wrote into the database, for the GUI's views.
    void roundFinished(bool ok, const QString& message, const summit::ChangeSet& integrated,
                       const summit::ui::SyncState& state);
    void statusRead(const summit::ui::SyncState& state);
    void connectionTested(bool ok, const QString& message);
    void newSshHost(const QString& url, const QString& host, const QString& fingerprint);

private:
    QString open()
    {
        if (m_engine)
            return {};
        if (!m_store) {
            auto store = Store::open(m_path);
            if (!store)
                return store.message();
            m_store = std::move(store.value());
            // What the round integrates is heard here, after each commit, and
            // handed to the GUI's thread with the round's result.
            connect(m_store.get(), &Store::changed, this, [this](const ChangeSet& c) {
                m_integrated.entities.unite(c.entities);
                m_integrated.ids.unite(c.ids);
                m_integrated.remote = m_integrated.remote || c.remote;
            });
        }
        auto engine = sync::SyncEngine::open(*m_store, sync::SyncEngine::defaultGitDir(m_path));
        if (!engine)
            return engine.message();
        m_engine = std::move(engine.value());
        return {};
    }
    ui::SyncState failedState(const QString& error) const
    {
        ui::SyncState state;
        state.lastError = error;
        return state;
    }

    QString m_path;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<sync::SyncEngine> m_engine;
    ChangeSet m_integrated;
};

GitSyncController::GitSyncController(Store& store, QObject* parent)
    : GitSyncController(store, Options{}, parent)
{}

GitSyncController::GitSyncController(Store& store, Options options, QObject* parent)
    : ui::SyncController(parent), m_store(store), m_options(options)
{
    qRegisterMetaType<summit::ui::SyncState>();
    m_state.remote = m_store.localValue(kRemoteKey).toString();
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("summit-sync"));
    m_worker = new GitSyncWorker(m_store.path());
    m_worker->moveToThread(m_thread);
    connect(m_worker, &GitSyncWorker::roundFinished, this, &GitSyncController::onRoundFinished);
    connect(m_worker, &GitSyncWorker::statusRead, this, &GitSyncController::onStatusRead);
    connect(m_worker, &GitSyncWorker::connectionTested, this, &GitSyncController::connectionTested);
    connect(m_worker, &GitSyncWorker::newSshHost, this, &GitSyncController::newSshHost);
    m_thread->start();

    m_autoTimer.setObjectName(QStringLiteral("autoSyncTimer"));
    connect(&m_autoTimer, &QTimer::timeout, this, &GitSyncController::syncNow);
    connect(this, &SyncController::autoSyncMinutesChanged, this, &GitSyncController::applyAutoSyncInterval);
    m_statusTimer.setSingleShot(true);
    m_statusTimer.setInterval(1000);
    connect(&m_statusTimer, &QTimer::timeout, this,
            [this] { QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->readStatus(); }); });
    // Local edits change what is waiting to go out.
    connect(&m_store, &Store::changed, this, [this](const ChangeSet& change) {
        if (!change.remote)
            readStatusSoon();
    });
    readStatusSoon();
    loadCredentials();
}

GitSyncController::~GitSyncController()
{
    stopWorker(m_options.quitTimeoutMs);
}

bool GitSyncController::stopWorker(int timeoutMs)
{
    if (!m_thread)
        return true;
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->close(); });
    m_thread->quit();
    if (!m_thread->wait(timeoutMs)) {
        // A round is stuck (a host that does not answer holds it until the OS
        // TCP timeout). Every step of a round is crash-safe (SYNC.md, property
        // 6), so it is left to the end of the process and the next start
        // finishes the job; deleting a running thread would abort.
        disconnect(m_worker, nullptr, this, nullptr);
        m_thread = nullptr;
        m_worker = nullptr;
        return false;
    }
    delete m_worker;
    delete m_thread;
    m_worker = nullptr;
    m_thread = nullptr;
    return true;
}

void GitSyncController::start()
{
    applyAutoSyncInterval();
    m_startRoundWanted = true;
    startRoundIfWanted();
}

void GitSyncController::startRoundIfWanted()
{
    // The first round waits for the keychain, or it would go out without credentials.
    if (!m_startRoundWanted || m_keychainPending)
        return;
    m_startRoundWanted = false;
    syncNow();
}

QString GitSyncController::engineVersion() const
{
    return sync::GitRepo::libraryVersion();
}

bool GitSyncController::finishForQuit()
{
    m_autoTimer.stop();
    m_statusTimer.stop();
    m_startRoundWanted = false;
    if (!m_thread)
        return false;
    // Starts a round unless one is running, and waits for the one running to end.
    auto roundToEnd = [this] {
        syncNow();
        if (m_state.running) {
            QEventLoop loop;
            connect(this, &SyncController::syncFinished, &loop, &QEventLoop::quit);
            QTimer::singleShot(m_options.quitTimeoutMs, &loop, &QEventLoop::quit);
            loop.exec();
        }
        return !m_state.running;
    };
    // A round already running may have sealed its batch before the last edits:
    // after it, one more round sends them.
    const bool busy = m_state.running;
    bool finished = roundToEnd();
    if (finished && busy)
        finished = roundToEnd();
    return stopWorker(finished ? m_options.quitTimeoutMs : 0) && finished;
}

void GitSyncController::applyAutoSyncInterval()
{
    const int minutes = autoSyncMinutes();
    if (minutes <= 0) {
        m_autoTimer.stop();
        return;
    }
    m_autoTimer.start(minutes * 60 * 1000);
}

void GitSyncController::readStatusSoon()
{
    if (m_thread)
        m_statusTimer.start();
}

void GitSyncController::setRemote(const QString& url)
{
    const QString trimmed = url.trimmed();
    if (trimmed == m_state.remote)
        return;
    if (Status s = m_store.setLocalValue(kRemoteKey, trimmed); !s) {
        m_state.lastError = s.message();
        emit statusChanged();
        return;
    }
    m_state.remote = trimmed;
    m_state.lastError.clear();
    emit statusChanged();
    loadCredentials(); // credentials are kept per remote
}

void GitSyncController::syncNow()
{
    // One round at a time: a request during a round is covered by the next one.
    if (m_state.running || m_state.remote.isEmpty() || !m_thread)
        return;
    m_state.running = true;
    emit statusChanged();
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, url = m_state.remote, c = toGit(m_credentials)] { w->runRound(url, c); });
}

void GitSyncController::testConnection(const QString& url, const ui::SyncCredentials& credentials)
{
    if (!m_thread)
        return;
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, u = url.trimmed(), c = toGit(credentials)] { w->testConnection(u, c); });
}

void GitSyncController::onRoundFinished(bool ok, const QString& message, const ChangeSet& integrated,
                                        const ui::SyncState& state)
{
    m_state.running = false;
    m_state.lastSync = state.lastSync.isValid() ? state.lastSync : m_state.lastSync;
    m_state.pendingOperations = state.pendingOperations;
    m_state.lastError = ok ? state.lastError : message;
    // The worker wrote to the file: the GUI's store and its views catch up with exactly that.
    if (integrated.everything || !integrated.ids.isEmpty())
        m_store.notifyExternalChange(integrated);
    emit statusChanged();
    emit syncFinished(ok, message);
}

void GitSyncController::onStatusRead(const ui::SyncState& state)
{
    m_state.pendingOperations = state.pendingOperations;
    if (!m_state.running) {
        m_state.lastSync = state.lastSync;
        m_state.lastError = state.lastError;
    }
    emit statusChanged();
}

// ---------------------------------------------------------------- credentials

void GitSyncController::setCredentials(const ui::SyncCredentials& credentials)
{
    m_credentials = credentials;
    saveCredentials();
    emit credentialsChanged();
}

void GitSyncController::loadCredentials()
{
#ifdef SUMMIT_HAVE_KEYCHAIN
    if (!m_options.useKeychain || m_state.remote.isEmpty())
        return;
    auto* job = new QKeychain::ReadPasswordJob(kKeychainService, this);
    job->setAutoDelete(true);
    job->setKey(m_state.remote);
    m_keychainPending = true;
    const QString remote = m_state.remote;
    connect(job, &QKeychain::Job::finished, this, [this, job, remote] {
        m_keychainPending = false;
        const QKeychain::Error error = job->error();
        // No entry yet is a working keychain; no backend (no secret service on
        // D-Bus, a headless session) means credentials stay in memory.
        m_keychainWorks = error == QKeychain::NoError || error == QKeychain::EntryNotFound;
        if (error == QKeychain::NoError && remote == m_state.remote) {
            const QJsonObject o = QJsonDocument::fromJson(job->textData().toUtf8()).object();
            m_credentials.username = o.value(QStringLiteral("username")).toString();
            m_credentials.token = o.value(QStringLiteral("token")).toString();
            m_credentials.sshKeyPath = o.value(QStringLiteral("sshKey")).toString();
            m_credentials.sshPassphrase = o.value(QStringLiteral("passphrase")).toString();
        }
        emit credentialsChanged();
        startRoundIfWanted();
    });
    job->start();
#endif
}

void GitSyncController::saveCredentials()
{
#ifdef SUMMIT_HAVE_KEYCHAIN
    if (!m_options.useKeychain || !m_keychainWorks || m_state.remote.isEmpty())
        return;
    if (m_credentials.isEmpty()) {
        auto* job = new QKeychain::DeletePasswordJob(kKeychainService, this);
        job->setAutoDelete(true);
        job->setKey(m_state.remote);
        job->start();
        return;
    }
    const QJsonObject o{{QStringLiteral("username"), m_credentials.username},
                        {QStringLiteral("token"), m_credentials.token},
                        {QStringLiteral("sshKey"), m_credentials.sshKeyPath},
                        {QStringLiteral("passphrase"), m_credentials.sshPassphrase}};
    auto* job = new QKeychain::WritePasswordJob(kKeychainService, this);
    job->setAutoDelete(true);
    job->setKey(m_state.remote);
    job->setTextData(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        if (job->error() == QKeychain::NoError)
            return;
        // The keychain went away: the credentials stay in memory, and the page says so.
        m_keychainWorks = false;
        emit credentialsChanged();
    });
    job->start();
#endif
}

} // namespace summit

#include "GitSyncController.moc"
