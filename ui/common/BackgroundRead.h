#pragma once
// A read that takes a moment (a health trend rebuilt from the log, the units
// of a large group scored) run on a thread of its own, with its own read-only
// connection to the database, so the GUI thread stays free. The work returns
// what to do with its result, which runs on this object's thread. A read asked
// for while one runs replaces it: the running one's result is dropped and the
// latest runs when it ends. Destroying the object waits for a running read, so
// its connection is closed before the database may be.

#include "Result.h"

#include <QObject>
#include <QString>
#include <functional>

class QThread;

namespace summit {
class Database;
}

namespace summit::ui {

class BackgroundRead : public QObject
{
    Q_OBJECT
public:
    // Runs on the worker thread: `opened` says whether the connection opened (when it did not,
    // `db` is not to be used). Returns what to do with the result on this object's thread.
    using Work = std::function<std::function<void()>(const Status& opened, Database& db)>;

    BackgroundRead(const QString& databasePath, const QString& name, QObject* parent = nullptr);
    ~BackgroundRead() override;

    void start(Work work);
    bool isRunning() const { return m_thread != nullptr; }

private:
    void launch();
    void finished(const std::function<void()>& apply);

    QString m_path, m_name;
    Work m_next;
    bool m_pending = false;
    QThread* m_thread = nullptr;
};

} // namespace summit::ui
