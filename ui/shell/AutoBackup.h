#pragma once
// The automatic daily backup of the open database: soon after it is opened and
// then every few hours, if its newest backup is a day old or more, a backup is
// made on a worker thread (connections of its own; the GUI's store is not
// touched) and the retention (QSettings, see core/backup/Retention.h) applied.

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

class QThread;

namespace summit::ui {

class AutoBackup : public QObject
{
    Q_OBJECT
public:
    // Backs `database` up into `folder` (its backups folder unless given).
    explicit AutoBackup(const QString& database, const QString& folder = QString(),
                        QObject* parent = nullptr);
    // Waits for a backup under way: it takes seconds, and a half-made one would be thrown away.
    ~AutoBackup() override;

    // A first check after `firstDelayMs` (the window paints first), then one every kIntervalHours.
    void start(int firstDelayMs = 10000);
    // Checks now on the worker, unless a check is running already.
    void checkNow();
    bool isRunning() const { return m_thread != nullptr; }
    // Blocks until the running check (if any) has finished and reported.
    void wait();
    QTimer* timer() { return &m_timer; }

    static constexpr int kIntervalHours = 3;

signals:
    // A check finished: `made` is the new backup ("" when none was due), `deleted` what the retention
    // removed.
    void checked(const QString& made, const QStringList& deleted);
    void failed(const QString& message);

private:
    void finish();

    QString m_database;
    QString m_folder;
    QTimer m_timer;
    QThread* m_thread = nullptr;
    struct Outcome
    {
        QString made, error;
        QStringList deleted;
    };
    Outcome m_outcome; // written by the worker, read once it has finished
};

} // namespace summit::ui
