#pragma once
// A device's Ed25519 key pair (libsodium), with which it signs every batch it
// seals. Other replicas bind a device's stream to the key of its first signed
// batch and refuse any later batch of that stream that is unsigned or signed
// with another key, so whoever can push to the remote cannot write as another
// device. The secret lives in a file that only the user can read (0600) in the
// device's app-private git directory; it never leaves the device.

#include "Result.h"

#include <QByteArray>
#include <QString>

namespace summit::sync {

class DeviceKey
{
public:
    static constexpr int kPublicKeyBytes = 32;
    static constexpr int kSignatureBytes = 64;

    // The key in `path`, or a new one written there (0600) when there is no file.
    // A file that is not a key is an error naming it, never replaced.
    static Result<DeviceKey> loadOrCreate(const QString& path);
    // A new key held in memory only (tests, forgers).
    static DeviceKey generate();

    DeviceKey(const DeviceKey&) = default;
    DeviceKey& operator=(const DeviceKey&) = default;
    DeviceKey(DeviceKey&&) = default;
    DeviceKey& operator=(DeviceKey&&) = default;
    ~DeviceKey();

    QByteArray publicKey() const { return m_public; }
    QByteArray sign(const QByteArray& message) const;
    static bool verify(const QByteArray& publicKey, const QByteArray& message, const QByteArray& signature);
    // What a person compares to be sure two laptops mean the same key: the first 8 bytes
    // of its SHA-256 in hex, in groups of four ("3f2a 9c01 77be 4d10").
    static QString fingerprint(const QByteArray& publicKey);

private:
    DeviceKey() = default;
    QByteArray m_secret; // libsodium's 64-byte secret key (seed and public key)
    QByteArray m_public;
};

} // namespace summit::sync
