#pragma once
// The one door between the UI and replication (DESIGN.md: ui → sync only
// through a small controller interface). The UI knows nothing of git or
// libgit2: it asks for a round, a connection test or the status, and hears back
// through signals. The app provides the real implementation (GitSyncController);
// tests provide a fake.

#include <QDateTime>
#include <QObject>
#include <QString>

namespace summit::ui {

// What the user typed for the remote. Plain strings; never written to the
// database, to QSettings or to a log.
struct SyncCredentials
{
    QString username;   // https: the user name (may be empty for GitHub and GitLab tokens)
    QString token;      // https: the access token or password
    QString sshKeyPath; // ssh: a private key file; the ssh agent is tried first
    QString sshPassphrase;
    // ssh: the fingerprint of a new host's key the user has just checked and accepted
    // for this test; never stored (the key goes to ~/.ssh/known_hosts instead).
    QString trustHostKey;

    bool isEmpty() const
    {
        return username.isEmpty() && token.isEmpty() && sshKeyPath.isEmpty() && sshPassphrase.isEmpty();
    }
    bool operator==(const SyncCredentials&) const = default;
};

struct SyncState
{
    QString remote;               // empty: no team remote set up
    QDateTime lastSync;           // last round that reached the remote; invalid: never
    qint64 pendingOperations = 0; // local changes the remote has not confirmed yet
    QString lastError;            // empty when the last round went well
    QStringList quarantined;      // refused batches waiting, one sentence each (device, since, reason)
    QString deviceKey;            // fingerprint of this device's signing key; empty before it sent anything
    bool running = false;         // a round (or a connection test) is under way
};

class SyncController : public QObject
{
    Q_OBJECT
public:
    explicit SyncController(QObject* parent = nullptr);
    ~SyncController() override;

    // The team remote: a path to a bare git repository, git://, ssh:// or https://.
    virtual QString remote() const = 0;
    virtual void setRemote(const QString& url) = 0;

    // The credentials in use. Kept in the system keychain when there is one
    // (keepsCredentials()), otherwise only until the application quits.
    virtual SyncCredentials credentials() const = 0;
    virtual void setCredentials(const SyncCredentials& credentials) = 0;
    virtual bool keepsCredentials() const = 0;

    // Connects to `url` and says in words what is wrong, if anything
    // (unreachable, authentication failed, not a Summit repository, …).
    // Asynchronous: the answer comes as connectionTested().
    virtual void testConnection(const QString& url, const SyncCredentials& credentials) = 0;
    // Starts a round now (nothing happens if one is running); the result comes
    // as syncFinished().
    virtual void syncNow() = 0;
    virtual SyncState status() const = 0;

    // Starts automatic rounds (one now, then every autoSyncMinutes()).
    virtual void start() {}
    // A last round before the database closes, waiting a few seconds at most;
    // false if it could not finish (the next start completes it).
    virtual bool finishForQuit() { return true; }

    // The library replication runs on and its version ("libgit2", "1.5.1"), for the
    // About dialog; empty when there is none to name.
    virtual QString engineName() const { return {}; }
    virtual QString engineVersion() const { return {}; }

    // Automatic sync every N minutes; 0 = off. A preference of this machine (QSettings).
    int autoSyncMinutes() const;
    void setAutoSyncMinutes(int minutes);
    static constexpr int kDefaultAutoSyncMinutes = 10;

signals:
    void statusChanged();
    void syncFinished(bool ok, const QString& message);
    void connectionTested(bool ok, const QString& message);
    // Test connection reached an ssh host this computer has never seen: the page
    // asks the user to compare `fingerprint` and, if it matches, tests again with
    // SyncCredentials::trustHostKey set to it.
    void newSshHost(const QString& url, const QString& host, const QString& fingerprint);
    void autoSyncMinutesChanged(int minutes);
    void credentialsChanged();
};

} // namespace summit::ui
