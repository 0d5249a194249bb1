#include "ui/dashboard/DashboardLoader.h"

#include "store/Database.h"

#include <memory>
#include <mutex>
#include <vector>

namespace summit::ui {

namespace {

// The panels of one request not yet taken by a worker, biggest first (the key figures, then
// activity per week), so that the two workers end close together.
class PanelQueue
{
public:
    std::optional<query::DashboardPanel> take()
    {
        const std::lock_guard lock(m_mutex);
        if (m_next == m_panels.size())
            return std::nullopt;
        return m_panels[m_next++];
    }

private:
    std::mutex m_mutex;
    const std::vector<query::DashboardPanel> m_panels = {
        query::DashboardPanel::Sales, query::DashboardPanel::Activity, query::DashboardPanel::Coverage,
        query::DashboardPanel::Due};
    size_t m_next = 0;
};

} // namespace

// Lives on one of the loader's threads; its connection is opened, used and closed there, and
// its cache kept for the next request. It always starts with the same panel (`first`), whose
// kept part is in its cache.
class DashboardWorker : public QObject
{
public:
    DashboardWorker(QString path, query::DashboardPanel first) : m_path(std::move(path)), m_first(first) {}

    Result<DashboardLoader::Part> compute(const query::DashboardFilter& filter, PanelQueue& queue)
    {
        if (!m_db.isOpen())
            if (Status s = m_db.open(m_path, OpenMode::ReadOnly); !s)
                return s;
        DashboardLoader::Part part;
        auto first = query::dashboardFigures(m_db, filter, m_cache, m_first);
        if (!first)
            return first.error();
        part.figures = std::move(first).value();
        part.panels = m_first;
        while (const std::optional<query::DashboardPanel> next = queue.take()) {
            auto figures = query::dashboardFigures(m_db, filter, m_cache, *next);
            if (!figures)
                return figures.error();
            query::takePanels(part.figures, std::move(figures).value(), *next);
            part.panels |= *next;
        }
        return part;
    }

private:
    QString m_path;
    query::DashboardPanel m_first;
    Database m_db;
    query::DashboardCache m_cache;
};

DashboardLoader::DashboardLoader(const QString& databasePath, QObject* parent) : QObject(parent)
{
    const query::DashboardPanel firsts[] = {query::DashboardPanel::Tiers, query::DashboardPanel::Health};
    for (int i = 0; i < 2; ++i) {
        m_threads[i].setObjectName(i == 0 ? QStringLiteral("dashboard") : QStringLiteral("dashboard-health"));
        m_workers[i] = new DashboardWorker(databasePath, firsts[i]);
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
    m_parts = {};
    const quint64 generation = m_requested;
    DashboardLoader* loader = this;
    auto queue = std::make_shared<PanelQueue>();
    for (int i = 0; i < 2; ++i)
        QMetaObject::invokeMethod(
            m_workers[i], [loader, worker = m_workers[i], filter, generation, i, queue] {
                Result<Part> result = worker->compute(filter, *queue);
                // The loader outlives this call: its destructor waits for the workers.
                QMetaObject::invokeMethod(
                    loader, [loader, generation, result, i] { loader->finished(generation, i, result); },
                    Qt::QueuedConnection);
            });
}

void DashboardLoader::finished(quint64 generation, int worker, const Result<Part>& result)
{
    m_parts[size_t(worker)] = result;
    if (--m_outstanding > 0) {
        // The other worker is still at it; if it only has health left, the rest is shown first.
        if (result.isOk() && result.value().panels == query::kAllButHealth && !m_pending &&
            generation == m_requested)
            emit panelsLoaded(result.value().figures);
        return;
    }
    m_running = false;
    if (m_pending) {
        start(m_pendingFilter); // this result is stale: a newer request is waiting
        return;
    }
    if (generation != m_requested)
        return;
    for (const auto& part : m_parts)
        if (!part->isOk()) {
            emit failed(part->message());
            return;
        }
    query::DashboardFigures figures = m_parts[0]->value().figures;
    Part other = m_parts[1]->value();
    query::takePanels(figures, std::move(other.figures), other.panels);
    emit loaded(figures);
}

} // namespace summit::ui
