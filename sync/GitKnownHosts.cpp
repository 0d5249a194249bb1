#include "GitKnownHosts.h"

#include <git2.h>

#include <QDir>
#include <QFile>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QUrl>

namespace summit::sync::detail {

namespace {

// How known_hosts names a host: "host" on port 22, "[host]:port" otherwise.
QString hostPattern(const QString& host, quint16 port)
{
    return port == 22 ? host : QStringLiteral("[%1]:%2").arg(host).arg(port);
}

bool hostMatches(const QString& hosts, const QString& name)
{
    if (hosts.startsWith(QLatin1String("|1|"))) { // hashed: |1|base64(salt)|base64(hmac-sha1(salt, name))
        const QStringList parts = hosts.split(QLatin1Char('|'));
        if (parts.size() != 4)
            return false;
        const QByteArray salt = QByteArray::fromBase64(parts[2].toLatin1());
        const QByteArray hash = QByteArray::fromBase64(parts[3].toLatin1());
        return QMessageAuthenticationCode::hash(name.toUtf8(), salt, QCryptographicHash::Sha1) == hash;
    }
    bool matched = false;
    for (const QString& pattern : hosts.split(QLatin1Char(','))) {
        const bool negated = pattern.startsWith(QLatin1Char('!'));
        // ssh patterns know only * and ?; brackets ("[host]:port") are literal.
        QString expression = QRegularExpression::escape(negated ? pattern.mid(1) : pattern);
        expression.replace(QLatin1String("\\*"), QLatin1String(".*"))
            .replace(QLatin1String("\\?"), QLatin1String("."));
        const QRegularExpression re(QRegularExpression::anchoredPattern(expression),
                                    QRegularExpression::CaseInsensitiveOption);
        if (re.match(name).hasMatch()) {
            if (negated)
                return false;
            matched = true;
        }
    }
    return matched;
}

} // namespace

KnownHosts::KnownHosts() : m_path(QDir::homePath() + QStringLiteral("/.ssh/known_hosts")) {}

quint16 KnownHosts::sshPortOf(const QString& url)
{
    if (url.startsWith(QLatin1String("ssh://"), Qt::CaseInsensitive))
        return quint16(QUrl(url).port(22));
    return 22; // user@host:path
}

QString KnownHosts::keyTypeName(int rawType)
{
    switch (rawType) {
    case GIT_CERT_SSH_RAW_TYPE_RSA:
        return QStringLiteral("ssh-rsa");
    case GIT_CERT_SSH_RAW_TYPE_DSS:
        return QStringLiteral("ssh-dss");
    case GIT_CERT_SSH_RAW_TYPE_KEY_ECDSA_256:
        return QStringLiteral("ecdsa-sha2-nistp256");
    case GIT_CERT_SSH_RAW_TYPE_KEY_ECDSA_384:
        return QStringLiteral("ecdsa-sha2-nistp384");
    case GIT_CERT_SSH_RAW_TYPE_KEY_ECDSA_521:
        return QStringLiteral("ecdsa-sha2-nistp521");
    case GIT_CERT_SSH_RAW_TYPE_KEY_ED25519:
        return QStringLiteral("ssh-ed25519");
    default:
        return {};
    }
}

bool KnownHosts::hasOtherKey(const QString& host, quint16 port, const QString& keyType,
                             const QByteArray& key) const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QString name = hostPattern(host, port);
    const QString base64 = QString::fromLatin1(key.toBase64());
    while (!file.atEnd()) {
        QStringList fields =
            QString::fromUtf8(file.readLine()).trimmed().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (fields.isEmpty() || fields.front().startsWith(QLatin1Char('#')))
            continue;
        QString marker;
        if (fields.front().startsWith(QLatin1Char('@')))
            marker = fields.takeFirst();
        if (fields.size() < 3 || marker == QLatin1String("@cert-authority") || !hostMatches(fields[0], name))
            continue;
        if (marker == QLatin1String("@revoked") && fields[2] == base64)
            return true; // this very key is revoked
        if (marker.isEmpty() && fields[1] == keyType && fields[2] != base64)
            return true;
    }
    return false;
}

bool KnownHosts::add(const QString& host, quint16 port, const QString& keyType, const QByteArray& key) const
{
    const QString dir = QFileInfo(m_path).path();
    if (!QDir().exists(dir)) {
        if (!QDir().mkpath(dir))
            return false;
        QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    QFile file(m_path);
    const bool existed = file.exists();
    if (!file.open(QIODevice::Append))
        return false;
    const QByteArray line =
        (hostPattern(host, port) + QLatin1Char(' ') + keyType + QLatin1Char(' ')).toUtf8() + key.toBase64() +
        '\n';
    const bool written = file.write(line) == line.size() && file.flush();
    if (!existed)
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    return written;
}

} // namespace summit::sync::detail
