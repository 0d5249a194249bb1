#include "store/RemoteAddress.h"

#include <QUrl>

namespace summit::remote {

Address split(const QString& typed)
{
    Address a;
    a.url = typed.trimmed();
    // Only an address with a scheme has a password part; scp-like "git@host:team.git" has none.
    if (!a.url.contains(QLatin1String("://")))
        return a;
    QUrl url(a.url, QUrl::StrictMode);
    if (!url.isValid() || url.password().isEmpty())
        return a;
    a.secret = url.password(QUrl::FullyDecoded);
    a.username = url.userName(QUrl::FullyDecoded);
    url.setUserInfo(QString());
    a.url = url.toString();
    return a;
}

QString scrub(const QString& text, const QString& secret)
{
    if (secret.isEmpty())
        return text;
    QString out = text;
    out.replace(secret, QStringLiteral("***"));
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(secret));
    if (encoded != secret)
        out.replace(encoded, QStringLiteral("***"));
    return out;
}

} // namespace summit::remote
