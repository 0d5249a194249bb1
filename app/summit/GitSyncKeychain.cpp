#include "GitSyncKeychain.h"

#include <QJsonDocument>
#include <QJsonObject>

#ifdef SUMMIT_HAVE_KEYCHAIN
#include <qt6keychain/keychain.h>
#endif

namespace summit {

namespace {

[[maybe_unused]] const QString kKeychainService = QStringLiteral("Summit");

[[maybe_unused]] ui::SyncCredentials fromJson(const QString& text)
{
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    ui::SyncCredentials c;
    c.username = o.value(QStringLiteral("username")).toString();
    c.token = o.value(QStringLiteral("token")).toString();
    c.sshKeyPath = o.value(QStringLiteral("sshKey")).toString();
    c.sshPassphrase = o.value(QStringLiteral("passphrase")).toString();
    return c;
}

[[maybe_unused]] QString toJson(const ui::SyncCredentials& c)
{
    const QJsonObject o{{QStringLiteral("username"), c.username},
                        {QStringLiteral("token"), c.token},
                        {QStringLiteral("sshKey"), c.sshKeyPath},
                        {QStringLiteral("passphrase"), c.sshPassphrase}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

GitSyncKeychain::GitSyncKeychain(bool enabled, QObject* parent) : QObject(parent), m_enabled(enabled) {}

void GitSyncKeychain::load(const QString& remote)
{
#ifdef SUMMIT_HAVE_KEYCHAIN
    if (!m_enabled || remote.isEmpty())
        return;
    auto* job = new QKeychain::ReadPasswordJob(kKeychainService, this);
    job->setAutoDelete(true);
    job->setKey(remote);
    m_pending = true;
    connect(job, &QKeychain::Job::finished, this, [this, job, remote] {
        m_pending = false;
        const QKeychain::Error error = job->error();
        // No entry yet is a working keychain; no backend (no secret service on
        // D-Bus, a headless session) means credentials stay in memory.
        m_works = error == QKeychain::NoError || error == QKeychain::EntryNotFound;
        const bool found = error == QKeychain::NoError;
        emit loaded(remote, found, found ? fromJson(job->textData()) : ui::SyncCredentials{});
    });
    job->start();
#else
    Q_UNUSED(remote);
#endif
}

void GitSyncKeychain::save(const QString& remote, const ui::SyncCredentials& credentials)
{
#ifdef SUMMIT_HAVE_KEYCHAIN
    if (!m_enabled || !m_works || remote.isEmpty())
        return;
    if (credentials.isEmpty()) {
        auto* job = new QKeychain::DeletePasswordJob(kKeychainService, this);
        job->setAutoDelete(true);
        job->setKey(remote);
        job->start();
        return;
    }
    auto* job = new QKeychain::WritePasswordJob(kKeychainService, this);
    job->setAutoDelete(true);
    job->setKey(remote);
    job->setTextData(toJson(credentials));
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        if (job->error() == QKeychain::NoError)
            return;
        m_works = false;
        emit stoppedWorking();
    });
    job->start();
#else
    Q_UNUSED(remote);
    Q_UNUSED(credentials);
#endif
}

} // namespace summit
