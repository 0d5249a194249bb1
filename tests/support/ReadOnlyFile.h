#pragma once
// Makes a file or a folder read-only for the tests, and writable again when the
// guard goes. For a normal user that is the permission bits; root writes
// through those, so as root the immutable attribute (chattr +i) is used, which
// stops root too. ok() says whether it worked here; a test that needs it says
// so when it did not.

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QString>
#include <unistd.h>

namespace summit::test {

class ReadOnlyFile
{
public:
    explicit ReadOnlyFile(QString path) : m_path(std::move(path))
    {
        if (::geteuid() != 0) {
            m_permissions = QFile::permissions(m_path);
            QFile::Permissions ro = QFile::ReadOwner | QFile::ReadUser | QFile::ReadGroup | QFile::ReadOther;
            if (QFileInfo(m_path).isDir())
                ro |= QFile::ExeOwner | QFile::ExeUser | QFile::ExeGroup | QFile::ExeOther;
            QFile::setPermissions(m_path, ro);
            m_chmodded = true;
        } else {
            m_immutable = chattr(QStringLiteral("+i"));
        }
    }
    ~ReadOnlyFile() { restore(); }
    ReadOnlyFile(const ReadOnlyFile&) = delete;
    ReadOnlyFile& operator=(const ReadOnlyFile&) = delete;

    // Whether this process now really cannot write it.
    bool ok() const { return ::access(QFile::encodeName(m_path).constData(), W_OK) != 0; }

    void restore()
    {
        if (m_chmodded)
            QFile::setPermissions(m_path, m_permissions);
        if (m_immutable)
            chattr(QStringLiteral("-i"));
        m_chmodded = m_immutable = false;
    }

private:
    bool chattr(const QString& flag) const
    {
        QProcess p;
        p.start(QStringLiteral("chattr"), {flag, m_path});
        return p.waitForFinished(10000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    }

    QString m_path;
    QFile::Permissions m_permissions;
    bool m_chmodded = false;
    bool m_immutable = false;
};

} // namespace summit::test
