#pragma once
// Test helper: a `git daemon` serving the bare repositories under a directory on
// 127.0.0.1 (git://, receive-pack enabled so that pushes work), on a free port. The
// constructor waits until the port accepts connections; the destructor kills it.
// Network tests talk only to 127.0.0.1.

#include <QByteArray>
#include <QDeadlineTimer>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QThread>

#include <arpa/inet.h>
#include <csignal>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace summit::test {

class GitDaemon
{
public:
    explicit GitDaemon(const QString& basePath)
    {
        // A free port can be taken by someone else before the daemon binds it: retry.
        for (int attempt = 0; attempt < 5 && !m_running; ++attempt) {
            m_port = freePort();
            if (m_port == 0)
                continue;
            // `git daemon` execs git-daemon as a child that would outlive a kill of `git`:
            // run git-daemon itself, in its own process group (the connection handlers it
            // forks are killed with it).
            m_process.setProgram(daemonProgram());
            m_process.setChildProcessModifier([] { ::setpgid(0, 0); });
            m_process.setArguments({QStringLiteral("--reuseaddr"), QStringLiteral("--base-path=") + basePath,
                                    QStringLiteral("--export-all"), QStringLiteral("--enable=receive-pack"),
                                    QStringLiteral("--listen=127.0.0.1"),
                                    QStringLiteral("--port=%1").arg(m_port), basePath});
            m_process.setProcessChannelMode(QProcess::MergedChannels);
            m_process.start();
            if (!m_process.waitForStarted(5000)) {
                m_error = m_process.errorString();
                continue;
            }
            const QDeadlineTimer deadline(10000);
            while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
                if (portAccepts(m_port)) {
                    m_running = true;
                    break;
                }
                QThread::msleep(20);
            }
            if (!m_running) {
                m_error = QString::fromLocal8Bit(m_process.readAll());
                stop();
            }
        }
    }

    ~GitDaemon() { stop(); }
    GitDaemon(const GitDaemon&) = delete;
    GitDaemon& operator=(const GitDaemon&) = delete;

    bool isRunning() const { return m_running; }
    quint16 port() const { return m_port; }
    QString errorString() const { return m_error; }
    // git://127.0.0.1:PORT/name — `name` relative to the base path.
    QString url(const QString& name) const
    {
        return QStringLiteral("git://127.0.0.1:%1/%2").arg(m_port).arg(name);
    }

    // A port on 127.0.0.1 that nothing listens on (at the time of the call).
    static quint16 freePort()
    {
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        if (fd < 0)
            return 0;
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        address.sin_port = 0;
        socklen_t length = sizeof address;
        quint16 port = 0;
        if (::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0 &&
            ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) == 0)
            port = ntohs(address.sin_port);
        ::close(fd);
        return port;
    }

    static bool portAccepts(quint16 port)
    {
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        if (fd < 0)
            return false;
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        address.sin_port = htons(port);
        const bool ok = ::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
        ::close(fd);
        return ok;
    }

private:
    static QString daemonProgram()
    {
        QProcess git;
        git.start(QStringLiteral("git"), {QStringLiteral("--exec-path")});
        git.waitForFinished(10000);
        const QString dir = QString::fromLocal8Bit(git.readAllStandardOutput()).trimmed();
        return dir + QStringLiteral("/git-daemon");
    }

    void stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            const qint64 pid = m_process.processId();
            if (pid > 0)
                ::kill(static_cast<pid_t>(-pid), SIGKILL); // the whole process group
            m_process.kill();
            m_process.waitForFinished(5000);
        }
        m_running = false;
    }

    QProcess m_process;
    quint16 m_port = 0;
    bool m_running = false;
    QString m_error;
};

} // namespace summit::test
