#pragma once
// What the benchmarks measure besides their own figures: peak resident memory
// per phase (the kernel's own count) and elapsed seconds.

#include <QElapsedTimer>
#include <QFile>

namespace summit::bench {

// Peak resident memory since the last reset, in MB; -1 when the kernel does not say.
inline double peakRssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').front().toDouble() / 1024;
    return -1;
}

// Resets the peak to the current resident size, so a figure covers one phase only.
inline void resetPeakRss()
{
    QFile refs(QStringLiteral("/proc/self/clear_refs"));
    if (refs.open(QIODevice::WriteOnly))
        refs.write("5");
}

inline double seconds(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e9;
}

} // namespace summit::bench
