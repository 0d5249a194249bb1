#include "store/Hlc.h"

#include <QDateTime>

#include <algorithm>

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
    const quint64 wall = std::min(pack(std::max<qint64>(m_wall(), 0), 0), kMax);
    // When the wall clock is behind (or within the same millisecond) the counter
    // carries on; a counter overflow borrows the next millisecond.
    m_last = wall > m_last ? wall : (m_last < kMax ? m_last + 1 : kMax);
    return m_last;
}

void HybridClock::observe(quint64 remote)
{
    if (remote > m_last)
        m_last = std::min(remote, kMax);
}

bool HybridClock::admits(quint64 remote) const
{
    if (remote <= m_last)
        return true; // not ahead of what this clock already holds, itself within the bound when taken
    return remote <= kMax && millis(remote) <= m_wall() + kMaxAheadMillis;
}

} // namespace summit
