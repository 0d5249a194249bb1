#include "ui/common/SearchIndexTidier.h"

#include "store/Store.h"

#include <QDebug>

namespace summit::ui {

SearchIndexTidier::SearchIndexTidier(Store& store, QObject* parent) : QObject(parent), m_store(store)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SearchIndexTidier::step);
    // Every change restarts the wait, so a burst of writes (a rule run's chunks, a sync) is
    // tidied after it, not between its parts.
    connect(&store, &Store::changed, this, [this] { m_timer.start(kQuietMs); });
    m_timer.start(kQuietMs); // a sync or the CLI may have left work since the last session
}

void SearchIndexTidier::step()
{
    if (m_store.isReadOnly())
        return;
    if (m_store.isBusy()) { // a large change is being saved: tidy once it is quiet again
        m_timer.start(kQuietMs);
        return;
    }
    auto more = m_store.tidySearchIndex();
    ++m_steps;
    if (!more) {
        // Nothing is lost: the index stays correct, only less compact; the next change retries.
        qWarning().noquote() << "Search index not tidied:" << more.message();
        return;
    }
    if (more.value())
        m_timer.start(0);
}

} // namespace summit::ui
