#pragma once
// One Summit per user. A second `summit` — another launch, or a database opened
// from the file manager through the desktop entry's `summit %f` — hands what it
// was asked to open to the instance already running and exits with 0 once that
// one has acknowledged, instead of opening the same file in a second process.
// The running instance listens on a local socket in the user's runtime
// directory ($XDG_RUNTIME_DIR, private to the user), one per display; a socket
// file left behind by a crashed instance is removed when nothing answers on it.
// Qt Core and Qt Network only: tests drive it without a window.

#include <QObject>
#include <QString>
#include <optional>

class QLocalServer;
class QLocalSocket;

namespace summit::app {

// What one launch asks for.
struct OpenRequest
{
    QString database; // an absolute path, or empty (only bring the window to the front)
    bool demo = false;
    QString recordId;          // --open ID
    QByteArray toLine() const; // one line of JSON
    static std::optional<OpenRequest> fromLine(const QByteArray& line);
    bool operator==(const OpenRequest&) const = default;
};

class SingleInstance : public QObject
{
    Q_OBJECT
public:
    explicit SingleInstance(QString socketPath = defaultSocketPath(), QObject* parent = nullptr);
    ~SingleInstance() override;
    // <runtime dir>/summit-<display>.socket (":0" becomes "_0").
    static QString defaultSocketPath();
    QString socketPath() const { return m_path; }

    enum class Role
    {
        Primary,    // nobody else runs: this process listens for later launches
        HandedOver, // the running instance took the request: exit
        NoAnswer,   // something holds the socket but did not acknowledge in time
        Alone,      // listening failed (errorString()); this process runs on its own
    };
    // Hands `request` to the running instance, or becomes the running instance.
    Role start(const OpenRequest& request, int timeoutMs = 10000);
    bool isListening() const;
    // Stops listening (the window has closed; a restart must not hand over to us).
    void stop();
    QString errorString() const { return m_error; }

signals:
    // A later launch asked for this; it has been acknowledged already.
    void requested(const summit::app::OpenRequest& request);

private:
    enum class Delivery
    {
        Delivered,
        NoServer,
        NoAnswer,
    };
    Delivery deliver(const OpenRequest& request, int timeoutMs);
    bool listen();
    void serve(QLocalSocket* socket);

    QString m_path;
    QLocalServer* m_server = nullptr;
    QString m_error;
};

} // namespace summit::app

Q_DECLARE_METATYPE(summit::app::OpenRequest)
