#pragma once
// Sync credentials in the system keychain (qtkeychain: Secret Service, KWallet), one
// entry per remote, never in the database, QSettings or logs. Without a keychain — none
// on D-Bus, a headless session, a build without qtkeychain, or turned off — nothing is
// kept and works() stays false: the credentials live in memory until quit.

#include "ui/sync/SyncController.h"

#include <QObject>

namespace summit {

class GitSyncKeychain : public QObject
{
    Q_OBJECT
public:
    explicit GitSyncKeychain(bool enabled, QObject* parent = nullptr);

    // Whether the last answer came from a working keychain.
    bool works() const { return m_works; }
    // A read is under way (the first round waits for it, or it would go out without credentials).
    bool pending() const { return m_pending; }

    // Reads the entry of `remote`; the answer comes as loaded().
    void load(const QString& remote);
    // Writes the entry of `remote`, or removes it when `credentials` are empty.
    void save(const QString& remote, const ui::SyncCredentials& credentials);

signals:
    // `found`: the keychain had an entry, now in `stored` (its trustHostKey is always empty).
    void loaded(const QString& remote, bool found, const summit::ui::SyncCredentials& stored);
    // A write failed: the keychain went away, and works() is false.
    void stoppedWorking();

private:
    bool m_enabled;
    bool m_works = false;
    bool m_pending = false;
};

} // namespace summit
