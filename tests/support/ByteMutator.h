#pragma once
// Small random changes to bytes, from a fixed seed: the deterministic mutation
// tests (import readers, sync batches) derive thousands of inputs from good ones
// with it, so every run tries the same inputs and a failure can be replayed.

#include <QByteArray>

#include <algorithm>
#include <random>

namespace summit::test {

class ByteMutator
{
public:
    explicit ByteMutator(quint32 seed) : m_rng(seed) {}

    int below(int n) { return n <= 1 ? 0 : std::uniform_int_distribution<int>(0, n - 1)(m_rng); }
    char byte() { return char(below(256)); }

    // One small change to raw bytes; `other` (another sample, maybe empty) lends a piece to splice in.
    QByteArray mutateBytes(QByteArray bytes, const QByteArray& other)
    {
        if (bytes.isEmpty())
            return QByteArray(1, byte());
        switch (below(6)) {
        case 0: // flip a few bytes
            for (int k = 0, n = 1 + below(8); k < n; ++k)
                bytes[below(int(bytes.size()))] ^= char(1 + below(255));
            break;
        case 1: // truncate
            bytes.truncate(below(int(bytes.size())));
            break;
        case 2: { // insert random bytes
            QByteArray noise;
            for (int k = 0, n = 1 + below(16); k < n; ++k)
                noise += byte();
            bytes.insert(below(int(bytes.size()) + 1), noise);
            break;
        }
        case 3: { // remove a slice
            const int at = below(int(bytes.size()));
            bytes.remove(at, 1 + below(64));
            break;
        }
        case 4: { // duplicate a slice
            const int at = below(int(bytes.size()));
            const QByteArray slice = bytes.mid(at, 1 + below(256));
            bytes.insert(below(int(bytes.size()) + 1), slice);
            break;
        }
        default: // splice in a piece of another sample
            if (!other.isEmpty()) {
                const int from = below(int(other.size()));
                const QByteArray piece = other.mid(from, 1 + below(512));
                const int at = below(int(bytes.size()));
                bytes.replace(at, std::min<int>(int(piece.size()), int(bytes.size()) - at), piece);
            }
            break;
        }
        return bytes;
    }

private:
    std::mt19937 m_rng;
};

} // namespace summit::test
