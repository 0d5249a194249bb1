#include "store/Hlc.h"

#include <QDateTime>

namespace summit {

HybridClock::HybridClock(WallClock wall) : m_wall(std::move(wall))
{
    if (!m_wall)
        m_wall = [] {
            return QDateTime::currentMSecsSinceEpoch();
        };
}

quint64 HybridClock::tick()
{
    const quint64 wall = pack(m_wall(), 0);
    // When the wall clock is behind (or within the same millisecond) the counter
    // carries on; a counter overflow borrows the next millisecond.
    m_last = wall > m_last ? wall : m_last + 1;
    return m_last;
}

void HybridClock::observe(quint64 remote)
{
    if (remote > m_last)
        m_last = remote;
}

} // namespace summit
