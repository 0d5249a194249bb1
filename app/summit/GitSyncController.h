#pragma once
// The real SyncController: the Qt wiring around sync::SyncService. Rounds run on a
// worker thread (GitSyncWorker, with its own connection to the database file), one at
// a time; the GUI's store hears what a round brought in, so the views reload exactly
// that. Syncs at start, every N minutes and at quit (waiting a few seconds at most: an
// unfinished round is crash-safe and the next start finishes it). Credentials live in
// the system keychain (GitSyncKeychain) when there is one, otherwise in memory until quit.
//
// Wiring in main(): construct it after the main window's store exists, hand it to
// the window, start() it, and call finishForQuit() after app.exec() returns.

#include "store/Store.h"
#include "ui/sync/SyncController.h"

#include <QTimer>
#include <memory>

class QThread;

namespace summit {

class Store;
class GitSyncKeychain;
class GitSyncWorker;

class GitSyncController : public ui::SyncController
{
    Q_OBJECT
public:
    struct Options
    {
        bool useKeychain = true; // tests and machines without a secret service turn it off
        int quitTimeoutMs = 4000;
    };

    // `store` is the GUI's store; it must outlive this controller.
    explicit GitSyncController(Store& store, QObject* parent = nullptr);
    GitSyncController(Store& store, Options options, QObject* parent = nullptr);
    ~GitSyncController() override;

    // Starts automatic sync: a first round (once the keychain has answered) and
    // then one every autoSyncMinutes().
    void start() override;
    // One last round at quit, waiting at most quitTimeoutMs; returns whether the
    // worker finished (false: it was left to the next start, nothing is lost).
    bool finishForQuit() override;
    QString engineName() const override { return QStringLiteral("libgit2"); }
    QString engineVersion() const override;

    QString remote() const override { return m_state.remote; }
    void setRemote(const QString& url) override;
    ui::SyncCredentials credentials() const override { return m_credentials; }
    void setCredentials(const ui::SyncCredentials& credentials) override;
    bool keepsCredentials() const override;
    void testConnection(const QString& url, const ui::SyncCredentials& credentials) override;
    void syncNow() override;
    ui::SyncState status() const override { return m_state; }

    // The automatic-sync timer (tests shorten it).
    QTimer* autoSyncTimer() { return &m_autoTimer; }

private:
    void applyAutoSyncInterval();
    void readStatusSoon();
    void onRoundFinished(bool ok, const QString& message, const ChangeSet& integrated,
                         const ui::SyncState& state);
    void onStatusRead(const ui::SyncState& state);
    void onCredentialsLoaded(const QString& remote, bool found, const ui::SyncCredentials& stored);
    void startRoundIfWanted();
    bool stopWorker(int timeoutMs);

    Store& m_store;
    Options m_options;
    QThread* m_thread = nullptr;
    GitSyncWorker* m_worker = nullptr;
    ui::SyncState m_state;
    ui::SyncCredentials m_credentials;
    GitSyncKeychain* m_keychain;
    bool m_startRoundWanted = false;
    QTimer m_autoTimer;
    QTimer m_statusTimer; // coalesces status reads after local edits
};

} // namespace summit
