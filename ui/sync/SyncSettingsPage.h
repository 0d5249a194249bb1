#pragma once
// Settings of the team remote: where it is, how to log in, a "Test connection"
// that says in words what is wrong, automatic sync, "Sync now", and the state
// of replication (last sync, changes not yet shared, last error).

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace summit::ui {

class SyncController;
struct SyncCredentials;

class SyncSettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit SyncSettingsPage(SyncController& controller, QWidget* parent = nullptr);

    // What the fields say now (not yet saved).
    QString typedRemote() const;
    SyncCredentials typedCredentials() const;

    // Saves the remote and the credentials typed in the fields.
    void save();
    void testConnection();
    void syncNow();

private:
    void buildUi();
    void fillCredentials();
    void refreshStatus();
    void showTestResult(bool ok, const QString& message);
    void askToTrustHost(const QString& url, const QString& host, const QString& fingerprint);
    void showSyncResult(bool ok, const QString& message);
    void browseKey();
    // A token typed into the address (https://name:token@host/…) moves to the credential
    // fields, and the address is kept without it (store/RemoteAddress.h).
    void takeTokenOutOfRemote();

    SyncController& m_controller;
    QLineEdit* m_remote = nullptr;
    QLineEdit* m_username = nullptr;
    QLineEdit* m_token = nullptr;
    QLineEdit* m_sshKey = nullptr;
    QLineEdit* m_passphrase = nullptr;
    QLabel* m_credentialNote = nullptr;
    QLabel* m_tokenNote = nullptr; // says a token was taken out of the address
    QPushButton* m_test = nullptr;
    QPushButton* m_save = nullptr;
    QLabel* m_testResult = nullptr;
    QSpinBox* m_autoSync = nullptr;
    QLabel* m_lastSync = nullptr;
    QLabel* m_pending = nullptr;
    QLabel* m_lastError = nullptr;
    QLabel* m_deviceKey = nullptr;        // this device's signing key, as a fingerprint
    QLabel* m_quarantined = nullptr;      // refused batches, one line each
    QLabel* m_quarantinedLabel = nullptr; // hidden with it when there are none
    QLabel* m_syncResult = nullptr;
    QPushButton* m_syncNow = nullptr;
    bool m_credentialsEdited = false;
    bool m_remoteEdited = false;
};

} // namespace summit::ui
