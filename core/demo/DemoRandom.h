#pragma once
// Seeded randomness of the demo data (private to core/demo).
// std::mt19937_64 is specified bit for bit by the standard; Rng and digits()
// use plain modulo and shifts (not the implementation-defined distributions),
// so a seed gives the same data with every compiler and standard library.

#include <QString>
#include <QtGlobal>
#include <cstddef>
#include <initializer_list>
#include <random>

namespace summit::demo::detail {

class Rng
{
public:
    explicit Rng(quint64 seed) : m_engine(seed) {}
    quint64 next() { return m_engine(); }
    int below(int n) { return n <= 1 ? 0 : static_cast<int>(m_engine() % static_cast<quint64>(n)); }
    int between(int lo, int hi) { return lo + below(hi - lo + 1); } // inclusive
    double unit() { return static_cast<double>(m_engine() >> 11) * 0x1.0p-53; }
    bool chance(double p) { return unit() < p; }
    template <class T, size_t N> const T& pick(const T (&items)[N])
    {
        return items[below(static_cast<int>(N))];
    }
    int weighted(std::initializer_list<int> weights)
    {
        int total = 0;
        for (int w : weights)
            total += w;
        int r = below(total);
        int i = 0;
        for (int w : weights) {
            if (r < w)
                return i;
            r -= w;
            ++i;
        }
        return i - 1;
    }

private:
    std::mt19937_64 m_engine;
};

// `count` random decimal digits (the first one 1-9 if `nonZeroFirst`).
QString digits(Rng& rng, int count, bool nonZeroFirst = false);

// Appends the GB 32100-2015 check character to 17 characters of the code alphabet.
QString withCheckChar(QString first17);

} // namespace summit::demo::detail
