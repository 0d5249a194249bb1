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

    // How far a timestamp from another replica may be ahead of this one's wall
    // clock. A device whose clock is wrong by more is refused: accepting it would
    // drag every replica's clock forward and let its edits beat every edit made
    // before the wall clock catches up.
    static constexpr qint64 kMaxAheadMillis = 24LL * 60 * 60 * 1000;
    // The largest timestamp there is: 2^63 - 1, so that a clock value orders the
    // same as an unsigned number in C++ and as a signed integer in SQLite.
    static constexpr quint64 kMax = quint64(0x7FFFFFFFFFFFFFFFULL);

    // The next timestamp for a local operation; never wraps (saturates at kMax).
    quint64 tick();
    // Advances past a timestamp received from another replica (the HLC receive rule).
    void observe(quint64 remote);
    // Whether a timestamp from another replica is within kMaxAheadMillis of this
    // wall clock (and within kMax).
    bool admits(quint64 remote) const;
    qint64 wallMillis() const { return m_wall(); }
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
