#pragma once
// Hybrid logical clock: 48 bits of milliseconds since the Unix epoch and a
// 16-bit counter in one 64-bit number. Every operation this replica writes gets
// a value strictly greater than any it has written or received, so
// (hlc, replica id) orders all operations of the team totally and causally.

#include <QtGlobal>
#include <functional>

namespace summit {

class HybridClock
{
public:
    using WallClock = std::function<qint64()>; // milliseconds since the epoch

    explicit HybridClock(WallClock wall = {});

    // The next timestamp for a local operation.
    quint64 tick();
    // Advances past a timestamp received from another replica (the HLC receive rule).
    void observe(quint64 remote);
    quint64 last() const { return m_last; }
    void setLast(quint64 value) { m_last = value; }

    static quint64 pack(qint64 millis, quint32 counter)
    {
        return (quint64(millis) << 16) | (counter & 0xFFFF);
    }
    static qint64 millis(quint64 hlc) { return qint64(hlc >> 16); }
    static quint32 counter(quint64 hlc) { return quint32(hlc & 0xFFFF); }

private:
    WallClock m_wall;
    quint64 m_last = 0;
};

} // namespace summit
