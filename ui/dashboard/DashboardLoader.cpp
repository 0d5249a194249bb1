#include "ui/dashboard/DashboardLoader.h"

#include "store/Database.h"

namespace summit::ui {

// Lives on one of the loader's threads; its connection is opened, used and closed there, and
// its cache kept for the next request.
class DashboardWorker : public QObject
{
public:
    DashboardWorker(QString path, query::DashboardPanels panels) : m_path(std::move(path)), m_panels(panels)
    {}

    Result<query::DashboardFigures> compute(const query::DashboardFilter& filter)
    {
        if (!m_db.isOpen())
            if (Status s = m_db.open(m_path, OpenMode::ReadOnly); !s)
                return s;
        return query::dashboardFigures(m_db, filter, m_cache, m_panels);
    }

private:
    QString m_path;
    query::DashboardPanels m_panels;
    Database m_db;
    query::DashboardCache m_cache;
};

DashboardLoader::DashboardLoader(const QString& databasePath, QObject* parent) : QObject(parent)
{
    const query::DashboardPanels halves[] = {query::DashboardPanels::AllButHealth,
                                             query::DashboardPanels::Health};
    for (int i = 0; i < 2; ++i) {
        m_threads[i].setObjectName(i == 0 ? QStringLiteral("dashboard") : QStringLiteral("dashboard-health"));
        m_workers[i] = new DashboardWorker(databasePath, halves[i]);
        m_workers[i]->moveToThread(&m_threads[i]);
        // Deleted on its thread as the thread ends, so its connection closes where it was opened.
        connect(&m_threads[i], &QThread::finished, m_workers[i], &QObject::deleteLater);
        m_threads[i].start(QThread::LowPriority);
    }
}

DashboardLoader::~DashboardLoader()
{
    // After the running computations; the workers go with their threads (see above).
    for (QThread& thread : m_threads) {
        thread.quit();
        thread.wait();
    }
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
    m_outstanding = 2;
    m_halves = {};
    const quint64 generation = m_requested;
    DashboardLoader* loader = this;
    for (int i = 0; i < 2; ++i)
        QMetaObject::invokeMethod(m_workers[i], [loader, worker = m_workers[i], filter, generation, i] {
            Result<query::DashboardFigures> result = worker->compute(filter);
            // The loader outlives this call: its destructor waits for the workers.
            QMetaObject::invokeMethod(
                loader, [loader, generation, result, i] { loader->finished(generation, i, result); },
                Qt::QueuedConnection);
        });
}

void DashboardLoader::finished(quint64 generation, int half, const Result<query::DashboardFigures>& result)
{
    m_halves[size_t(half)] = result;
    if (--m_outstanding > 0) {
        // The other half is still being computed; the panels are shown first if they are current.
        if (half == 0 && result.isOk() && !m_pending && generation == m_requested)
            emit panelsLoaded(result.value());
        return;
    }
    m_running = false;
    if (m_pending) {
        start(m_pendingFilter); // this result is stale: a newer request is waiting
        return;
    }
    if (generation != m_requested)
        return;
    for (const auto& part : m_halves)
        if (!part->isOk()) {
            emit failed(part->message());
            return;
        }
    query::DashboardFigures figures = m_halves[0]->value();
    figures.health = m_halves[1]->value().health;
    emit loaded(figures);
}

} // namespace summit::ui
