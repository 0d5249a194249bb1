#pragma once
// Computes the dashboard's figures off the GUI thread. A worker thread opens a
// read-only connection of its own to the store's file (a connection is used
// only on the thread that opened it) and answers one request at a time. While
// one runs, newer requests are coalesced into the latest; a result whose
// request has been overtaken is dropped, so the view never shows stale figures
// after fresher ones.

#include "query/Dashboard.h"

#include <QObject>
#include <QThread>

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
    void loaded(const summit::query::DashboardFigures& figures);
    void failed(const QString& message);

private:
    void start(const query::DashboardFilter& filter);
    void finished(quint64 generation, const Result<query::DashboardFigures>& result);

    QThread m_thread;
    DashboardWorker* m_worker = nullptr;
    quint64 m_requested = 0; // generation of the latest request
    bool m_running = false;
    bool m_pending = false;
    query::DashboardFilter m_pendingFilter;
    int m_computations = 0;
};

} // namespace summit::ui
