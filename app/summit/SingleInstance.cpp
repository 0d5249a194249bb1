#include "SingleInstance.h"
#include "AppText.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimer>

namespace summit::app {

namespace {
const QByteArray kAcknowledged = QByteArrayLiteral("ok\n");
const int kRequestTimeoutMs = 5000; // a client that connects and says nothing is dropped
} // namespace

QByteArray OpenRequest::toLine() const
{
    QJsonObject o{
        {QStringLiteral("db"), database}, {QStringLiteral("demo"), demo}, {QStringLiteral("open"), recordId}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

std::optional<OpenRequest> OpenRequest::fromLine(const QByteArray& line)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(line.trimmed(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    OpenRequest r;
    r.database = o.value(QStringLiteral("db")).toString();
    r.demo = o.value(QStringLiteral("demo")).toBool();
    r.recordId = o.value(QStringLiteral("open")).toString();
    return r;
}

SingleInstance::SingleInstance(QString socketPath, QObject* parent)
    : QObject(parent), m_path(std::move(socketPath))
{
    qRegisterMetaType<summit::app::OpenRequest>();
}

SingleInstance::~SingleInstance()
{
    stop();
}

QString SingleInstance::defaultSocketPath()
{
    // Per user and private to them (XDG_RUNTIME_DIR is 0700; Qt makes a private one
    // when unset), and per display: a window on another display cannot be raised here.
    QString display = qEnvironmentVariable("WAYLAND_DISPLAY");
    if (display.isEmpty())
        display = qEnvironmentVariable("DISPLAY");
    if (display.isEmpty())
        display = qEnvironmentVariable("QT_QPA_PLATFORM", QStringLiteral("default"));
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]"));
    display.replace(unsafe, QStringLiteral("_"));
    return QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation) +
           QStringLiteral("/summit-%1.socket").arg(display);
}

SingleInstance::Role SingleInstance::start(const OpenRequest& request, int timeoutMs)
{
    // Two launches at once (a double click that fires twice) take turns here, so
    // only one of them finds nobody and starts listening.
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QLockFile lock(m_path + QStringLiteral(".lock"));
    const bool locked = lock.tryLock(timeoutMs);
    switch (deliver(request, timeoutMs)) {
    case Delivery::Delivered:
        return Role::HandedOver;
    case Delivery::NoAnswer:
        return Role::NoAnswer;
    case Delivery::NoServer:
        break;
    }
    const bool listening = listen();
    if (locked)
        lock.unlock();
    return listening ? Role::Primary : Role::Alone;
}

SingleInstance::Delivery SingleInstance::deliver(const OpenRequest& request, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(m_path);
    if (!socket.waitForConnected(qMin(timeoutMs, 2000))) {
        // No file (nobody ever ran) or a file nobody listens on (a crashed instance).
        const auto e = socket.error();
        if (e == QLocalSocket::ServerNotFoundError || e == QLocalSocket::ConnectionRefusedError)
            return Delivery::NoServer;
        m_error = socket.errorString();
        return Delivery::NoAnswer;
    }
    const QDeadlineTimer deadline(timeoutMs);
    socket.write(request.toLine());
    QByteArray reply;
    while (!reply.contains('\n')) {
        if (socket.bytesToWrite() > 0)
            socket.waitForBytesWritten(int(qMax<qint64>(0, deadline.remainingTime())));
        if (deadline.hasExpired() || !socket.waitForReadyRead(int(qMax<qint64>(0, deadline.remainingTime()))))
            break;
        reply += socket.readAll();
    }
    if (reply == kAcknowledged)
        return Delivery::Delivered;
    m_error = AppText::tr("Summit is already running but did not answer within %n second(s).", nullptr,
                          timeoutMs / 1000);
    return Delivery::NoAnswer;
}

bool SingleInstance::listen()
{
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    bool ok = m_server->listen(m_path);
    if (!ok && m_server->serverError() == QAbstractSocket::AddressInUseError) {
        // Nothing answered on it (deliver() said so): the file of a crashed instance.
        QLocalServer::removeServer(m_path);
        ok = m_server->listen(m_path);
    }
    if (!ok) {
        m_error = AppText::tr("Cannot listen on %1: %2").arg(m_path, m_server->errorString());
        delete m_server;
        m_server = nullptr;
        return false;
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket* socket = m_server->nextPendingConnection())
            serve(socket);
    });
    return true;
}

void SingleInstance::serve(QLocalSocket* socket)
{
    QTimer::singleShot(kRequestTimeoutMs, socket, &QLocalSocket::abort);
    connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
    connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
        if (!socket->canReadLine())
            return;
        const std::optional<OpenRequest> request = OpenRequest::fromLine(socket->readLine());
        if (!request) {
            socket->abort();
            return;
        }
        // Acknowledged at once: the other process may exit while this one opens
        // the database, which can ask questions of its own.
        socket->write(kAcknowledged);
        socket->flush();
        socket->disconnectFromServer();
        QTimer::singleShot(0, this, [this, r = *request] { emit requested(r); });
    });
}

bool SingleInstance::isListening() const
{
    return m_server && m_server->isListening();
}

void SingleInstance::stop()
{
    if (!m_server)
        return;
    m_server->close(); // removes the socket file
    delete m_server;
    m_server = nullptr;
}

} // namespace summit::app
