#include "ui/dashboard/DashboardLoader.h"

#include "store/Database.h"

namespace summit::ui {

// Lives on the loader's thread; its connection is opened, used and closed there.
class DashboardWorker : public QObject
{
public:
    explicit DashboardWorker(QString path) : m_path(std::move(path)) {}

    Result<query::DashboardFigures> compute(const query::DashboardFilter& filter)
    {
        if (!m_db.isOpen())
            if (Status s = m_db.open(m_path, OpenMode::ReadOnly); !s)
                return s;
        return query::dashboardFigures(m_db, filter);
    }

private:
    QString m_path;
    Database m_db;
};

DashboardLoader::DashboardLoader(const QString& databasePath, QObject* parent) : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("dashboard"));
    m_worker = new DashboardWorker(databasePath);
    m_worker->moveToThread(&m_thread);
    // Deleted on its thread as the thread ends, so its connection closes where it was opened.
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start(QThread::LowPriority);
}

DashboardLoader::~DashboardLoader()
{
    // After the running computation; the worker goes with the thread (see above).
    m_thread.quit();
    m_thread.wait();
}

void DashboardLoader::request(const query::DashboardFilter& filter)
{
    ++m_requested;
    if (m_running) {
        // Coalesced: only the latest filter runs once the current computation ends.
        m_pending = true;
        m_pendingFilter = filter;
        return;
    }
    start(filter);
}

void DashboardLoader::start(const query::DashboardFilter& filter)
{
    m_running = true;
    m_pending = false;
    ++m_computations;
    const quint64 generation = m_requested;
    DashboardLoader* loader = this;
    QMetaObject::invokeMethod(m_worker, [loader, worker = m_worker, filter, generation] {
        Result<query::DashboardFigures> result = worker->compute(filter);
        // The loader outlives this call: its destructor waits for the worker.
        QMetaObject::invokeMethod(
            loader, [loader, generation, result] { loader->finished(generation, result); },
            Qt::QueuedConnection);
    });
}

void DashboardLoader::finished(quint64 generation, const Result<query::DashboardFigures>& result)
{
    m_running = false;
    if (m_pending) {
        start(m_pendingFilter); // this result is stale: a newer request is waiting
        return;
    }
    if (generation != m_requested)
        return;
    if (result)
        emit loaded(result.value());
    else
        emit failed(result.message());
}

} // namespace summit::ui
