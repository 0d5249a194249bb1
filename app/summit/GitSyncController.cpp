#include "GitSyncController.h"

#include "GitSyncKeychain.h"
#include "GitSyncWorker.h"
#include "store/RemoteAddress.h"
#include "store/Store.h"
#include "sync/GitRepo.h"
#include "sync/SyncService.h"

#include <QEventLoop>
#include <QThread>

namespace summit {

namespace {

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

} // namespace

GitSyncController::GitSyncController(Store& store, QObject* parent)
    : GitSyncController(store, Options{}, parent)
{}

GitSyncController::GitSyncController(Store& store, Options options, QObject* parent)
    : ui::SyncController(parent), m_store(store), m_options(options),
      m_keychain(new GitSyncKeychain(options.useKeychain, this))
{
    qRegisterMetaType<summit::ui::SyncState>();
    // An address stored with a token in it (earlier builds kept it as typed): the address is
    // kept without it from now on, and the token joins the credentials, kept in the keychain
    // once it has answered (onCredentialsLoaded) unless it holds some for this remote already.
    const remote::Address remembered = remote::split(sync::SyncService::rememberedRemote(m_store));
    m_state.remote = remembered.url;
    if (!remembered.secret.isEmpty()) {
        m_credentials.username = remembered.username;
        m_credentials.token = remembered.secret;
        if (Status s = sync::SyncService::rememberRemote(m_store, remembered.url); !s)
            m_state.lastError = s.message();
    }
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
    connect(m_keychain, &GitSyncKeychain::loaded, this, &GitSyncController::onCredentialsLoaded);
    connect(m_keychain, &GitSyncKeychain::stoppedWorking, this, &GitSyncController::credentialsChanged);
    readStatusSoon();
    m_keychain->load(m_state.remote);
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
        // A round is stuck (a host that does not answer holds it until the OS TCP
        // timeout). Every step of a round is crash-safe, so it is left to the end of
        // the process and the next start finishes the job; deleting a running thread
        // would abort.
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
    if (!m_startRoundWanted || m_keychain->pending())
        return;
    m_startRoundWanted = false;
    syncNow();
}

QString GitSyncController::engineVersion() const
{
    return sync::GitRepo::libraryVersion();
}

bool GitSyncController::keepsCredentials() const
{
    return m_keychain->works();
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
    // The Sync page takes a token out of the address first (into the credentials); one that
    // comes here anyway is dropped, never stored or shown.
    const QString trimmed = remote::split(url).url;
    if (trimmed == m_state.remote)
        return;
    if (Status s = sync::SyncService::rememberRemote(m_store, trimmed); !s) {
        m_state.lastError = s.message();
        emit statusChanged();
        return;
    }
    m_state.remote = trimmed;
    m_state.lastError.clear();
    emit statusChanged();
    m_keychain->load(m_state.remote); // credentials are kept per remote
}

void GitSyncController::syncNow()
{
    // One round at a time: a request during a round is covered by the next one.
    if (m_state.running || m_state.remote.isEmpty() || !m_thread)
        return;
    // A large change (an import) holds the file's write lock while it is saved: a round now
    // would wait for it and fail. Start once it is done.
    if (m_store.isBusy()) {
        QTimer::singleShot(1000, this, &GitSyncController::syncNow);
        return;
    }
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
    m_state.quarantined = state.quarantined;
    m_state.deviceKey = state.deviceKey;
    // The worker wrote to the file: the GUI's store and its views catch up with exactly that.
    if (integrated.everything || !integrated.ids.isEmpty())
        m_store.notifyExternalChange(integrated);
    emit statusChanged();
    emit syncFinished(ok, message);
}

void GitSyncController::onStatusRead(const ui::SyncState& state)
{
    m_state.pendingOperations = state.pendingOperations;
    m_state.quarantined = state.quarantined;
    m_state.deviceKey = state.deviceKey;
    if (!m_state.running) {
        m_state.lastSync = state.lastSync;
        m_state.lastError = state.lastError;
    }
    emit statusChanged();
}

void GitSyncController::setCredentials(const ui::SyncCredentials& credentials)
{
    m_credentials = credentials;
    m_keychain->save(m_state.remote, m_credentials);
    emit credentialsChanged();
}

void GitSyncController::onCredentialsLoaded(const QString& remote, bool found,
                                            const ui::SyncCredentials& stored)
{
    if (found && remote == m_state.remote) {
        m_credentials.username = stored.username;
        m_credentials.token = stored.token;
        m_credentials.sshKeyPath = stored.sshKeyPath;
        m_credentials.sshPassphrase = stored.sshPassphrase;
    } else if (!found && remote == m_state.remote && !m_credentials.token.isEmpty()) {
        m_keychain->save(m_state.remote, m_credentials); // the token taken out of a stored address
    }
    emit credentialsChanged();
    startRoundIfWanted();
}

} // namespace summit
