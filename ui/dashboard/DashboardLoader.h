#pragma once
// Computes the dashboard's figures off the GUI thread. Two worker threads
// each open a read-only connection of their own to the store's file (a
// connection is used only on the thread that opened it) and share out the
// panels of a request: one starts with every account's health, the other
// with the tiers (each kept by that worker's query::DashboardCache until the
// file changes), and then each takes the next panel not yet taken. On a first
// paint health keeps one worker busy while the other computes the rest; on a
// filter change health comes from the cache and both share the rest. One
// request runs at a time; while one runs, newer requests are coalesced into
// the latest; a result whose request has been overtaken is dropped, so the
// view never shows stale figures after fresher ones.

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

    // What one worker computed of a request: the panels it took, and their figures.
    struct Part
    {
        query::DashboardPanels panels;
        query::DashboardFigures figures;
    };

signals:
    // Every panel but health, for the latest request, when they are in before health (a first
    // paint on a large book: health takes longer than all the others together).
    void panelsLoaded(const summit::query::DashboardFigures& figures);
    void loaded(const summit::query::DashboardFigures& figures);
    void failed(const QString& message);

private:
    void start(const query::DashboardFilter& filter);
    void finished(quint64 generation, int worker, const Result<Part>& result);

    std::array<QThread, 2> m_threads;
    std::array<DashboardWorker*, 2> m_workers{};
    std::array<std::optional<Result<Part>>, 2> m_parts; // of the running request
    int m_outstanding = 0;
    quint64 m_requested = 0; // generation of the latest request
    bool m_running = false;
    bool m_pending = false;
    query::DashboardFilter m_pendingFilter;
    int m_computations = 0;
};

} // namespace summit::ui
