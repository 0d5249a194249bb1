#include "sync/DeviceKey.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStringList>

#include <sodium.h>

namespace summit::sync {

namespace {

// The translation context of this file (lupdate and the runtime agree on it).
struct SyncText
{
    Q_DECLARE_TR_FUNCTIONS(Sync)
};

const QByteArray kMagic = QByteArrayLiteral("summit-device-key-v1 ");

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

} // namespace

DeviceKey::~DeviceKey()
{
    if (!m_secret.isEmpty() && !m_secret.isDetached())
        return; // another copy still holds it
    if (!m_secret.isEmpty())
        sodium_memzero(m_secret.data(), size_t(m_secret.size()));
}

DeviceKey DeviceKey::generate()
{
    if (!sodiumReady())
        qFatal("libsodium could not be initialised");
    DeviceKey key;
    key.m_secret.resize(crypto_sign_SECRETKEYBYTES);
    key.m_public.resize(crypto_sign_PUBLICKEYBYTES);
    crypto_sign_keypair(reinterpret_cast<unsigned char*>(key.m_public.data()),
                        reinterpret_cast<unsigned char*>(key.m_secret.data()));
    return key;
}

Result<DeviceKey> DeviceKey::loadOrCreate(const QString& path)
{
    if (!sodiumReady())
        return Result<DeviceKey>::fail(SyncText::tr("The cryptography library could not be started."));
    QFile file(path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly))
            return Result<DeviceKey>::fail(SyncText::tr("Cannot read this device's signing key %1: %2")
                                               .arg(QDir::toNativeSeparators(path), file.errorString()));
        const QByteArray text = file.read(4096).trimmed();
        const QByteArray secret = QByteArray::fromBase64(text.mid(kMagic.size()));
        if (!text.startsWith(kMagic) || secret.size() != crypto_sign_SECRETKEYBYTES)
            return Result<DeviceKey>::fail(
                SyncText::tr("%1 is not a Summit device key. Move it away to let Summit make a new one.")
                    .arg(QDir::toNativeSeparators(path)));
        // Only the user may read it, whatever a copy or an editor did to its mode.
        if (file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup |
                                  QFileDevice::WriteOther))
            file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        DeviceKey key;
        key.m_secret = secret;
        key.m_public.resize(crypto_sign_PUBLICKEYBYTES);
        crypto_sign_ed25519_sk_to_pk(reinterpret_cast<unsigned char*>(key.m_public.data()),
                                     reinterpret_cast<const unsigned char*>(key.m_secret.constData()));
        return key;
    }
    DeviceKey key = generate();
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile out(path);
    // The mode is set on the temporary file before a byte of the secret is written.
    if (!out.open(QIODevice::WriteOnly) ||
        !out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        out.write(kMagic + key.m_secret.toBase64() + '\n') < 0 || !out.commit())
        return Result<DeviceKey>::fail(SyncText::tr("Cannot write this device's signing key %1: %2")
                                           .arg(QDir::toNativeSeparators(path), out.errorString()));
    return key;
}

QByteArray DeviceKey::sign(const QByteArray& message) const
{
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char*>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char*>(message.constData()), quint64(message.size()),
                         reinterpret_cast<const unsigned char*>(m_secret.constData()));
    return signature;
}

QString DeviceKey::fingerprint(const QByteArray& publicKey)
{
    const QByteArray hex = QCryptographicHash::hash(publicKey, QCryptographicHash::Sha256).left(8).toHex();
    QStringList groups;
    for (int i = 0; i < hex.size(); i += 4)
        groups << QString::fromLatin1(hex.mid(i, 4));
    return groups.join(QLatin1Char(' '));
}

bool DeviceKey::verify(const QByteArray& publicKey, const QByteArray& message, const QByteArray& signature)
{
    if (!sodiumReady() || publicKey.size() != crypto_sign_PUBLICKEYBYTES ||
        signature.size() != crypto_sign_BYTES)
        return false;
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char*>(signature.constData()),
                                       reinterpret_cast<const unsigned char*>(message.constData()),
                                       quint64(message.size()),
                                       reinterpret_cast<const unsigned char*>(publicKey.constData())) == 0;
}

} // namespace summit::sync
