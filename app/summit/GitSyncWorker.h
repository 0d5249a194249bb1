#pragma once
// The desktop's side of the sync thread: a QObject that lives there and drives a
// sync::SyncService, which owns that thread's Store and git repository (a QSqlDatabase
// connection and a libgit2 repository belong to one thread). Results go back as
// signals, which Qt queues to the controller's thread and drops if the controller is
// gone. It words the service's results for the Sync page and the status bar.

#include "store/Store.h"
#include "sync/GitRepo.h"
#include "ui/sync/SyncController.h"

#include <QObject>
#include <memory>

namespace summit {

namespace sync {
class SyncService;
}

class GitSyncWorker : public QObject
{
    Q_OBJECT
public:
    explicit GitSyncWorker(const QString& databasePath);
    ~GitSyncWorker() override;

    void runRound(const QString& url, const sync::Credentials& credentials);
    void readStatus();
    // Connects and lists the refs the remote offers; nothing is downloaded, and the
    // database's own git directory is not touched.
    void testConnection(const QString& url, const sync::Credentials& credentials);
    // Closes the database and the repository (before the thread ends).
    void close();

signals:
    // `integrated`: what this round wrote into the database, for the GUI's views.
    void roundFinished(bool ok, const QString& message, const summit::ChangeSet& integrated,
                       const summit::ui::SyncState& state);
    void statusRead(const summit::ui::SyncState& state);
    void connectionTested(bool ok, const QString& message);
    void newSshHost(const QString& url, const QString& host, const QString& fingerprint);

private:
    QString open(); // an error message, or "" once the service is open

    QString m_path;
    std::unique_ptr<sync::SyncService> m_service;
};

} // namespace summit
