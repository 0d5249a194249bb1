#pragma once
// Merges the search index's segments a small step at a time, between the
// user's writes, on the thread that owns the store. The write that adds to the
// index never merges (schema 15): FTS5's automatic merge held one write in 64
// for 40-50 ms on a large book. After a change, once the store has been quiet
// for a moment, one step runs per turn of the event loop until nothing is
// left to merge; each step is a bounded amount of work (a few milliseconds).

#include <QObject>
#include <QTimer>

namespace summit {
class Store;
struct ChangeSet;
} // namespace summit

namespace summit::ui {

class SearchIndexTidier : public QObject
{
    Q_OBJECT
public:
    explicit SearchIndexTidier(Store& store, QObject* parent = nullptr);

    // How long the store must be quiet before the first step.
    static constexpr int kQuietMs = 400;
    // Steps taken since this object was made (tests read it).
    int steps() const { return m_steps; }
    bool isIdle() const { return !m_timer.isActive(); }

private:
    void step();

    Store& m_store;
    QTimer m_timer;
    int m_steps = 0;
};

} // namespace summit::ui
