#pragma once
// Computes the dashboard's figures off the GUI thread. Two worker threads
// each open a read-only connection of their own to the store's file (a
// connection is used only on the thread that opened it): one computes every
// account's health, the other every other panel, side by side; the figures
// are shown once both halves are in. Each keeps what no filter changes
// (query::DashboardCache) until the file changes. One request runs at a
// time; while one runs, newer requests are coalesced into the latest; a result
// whose request has been overtaken is dropped, so the view never shows stale
// figures after fresher ones.

#include "query/Dashboard.h"

#include <QObject>
#include <QThread>
#include <array>
#include <optional>

namespace summit::ui {

class DashboardWorker;

class DashboardLoader : public QObject
{
    Q_OBJECT
public:
    explicit DashboardLoader(const QString& databasePath, QObject* parent = nullptr);
    ~DashboardLoader() override;

    // Asks for the figures under `filter`; `loaded` answers the latest request.
    void request(const query::DashboardFilter& filter);
    bool isBusy() const { return m_running; }
    // How many computations ran (tests check that bursts are coalesced).
    int computations() const { return m_computations; }

signals:
    // Every panel but health, for the latest request, when they are in before health (a first
    // paint on a large book: health takes longer than all the others together).
    void panelsLoaded(const summit::query::DashboardFigures& figures);
    void loaded(const summit::query::DashboardFigures& figures);
    void failed(const QString& message);

private:
    void start(const query::DashboardFilter& filter);
    void finished(quint64 generation, int half, const Result<query::DashboardFigures>& result);

    std::array<QThread, 2> m_threads;
    std::array<DashboardWorker*, 2> m_workers{};
    std::array<std::optional<Result<query::DashboardFigures>>, 2> m_halves; // of the running request
    int m_outstanding = 0;
    quint64 m_requested = 0; // generation of the latest request
    bool m_running = false;
    bool m_pending = false;
    query::DashboardFilter m_pendingFilter;
    int m_computations = 0;
};

} // namespace summit::ui
