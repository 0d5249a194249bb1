#pragma once
// ~/.ssh/known_hosts as the ssh client keeps it (private to sync/). libssh2, inside
// libgit2, checks the host key itself; this tells a new host from one whose key changed,
// and records a new host's key once the user has checked its fingerprint and trusts it
// (as the ssh client does after its "yes").

#include <QByteArray>
#include <QString>

namespace summit::sync::detail {

class KnownHosts
{
public:
    KnownHosts(); // the user's ~/.ssh/known_hosts

    // The port an ssh URL names (22 for the scp form user@host:path).
    static quint16 sshPortOf(const QString& url);
    // A libgit2 raw host key type as ssh names it ("ssh-ed25519"); "" for an unknown one.
    static QString keyTypeName(int rawType);

    // Whether the file holds another key of `keyType` for the host, or revokes this one.
    bool hasOtherKey(const QString& host, quint16 port, const QString& keyType, const QByteArray& key) const;
    // Appends the key (the file and ~/.ssh are created private to the user when missing).
    bool add(const QString& host, quint16 port, const QString& keyType, const QByteArray& key) const;

private:
    QString m_path;
};

} // namespace summit::sync::detail
