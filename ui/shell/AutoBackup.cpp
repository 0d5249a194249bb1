#include "ui/shell/AutoBackup.h"

#include "backup/Retention.h"

#include <QThread>

namespace summit::ui {

AutoBackup::AutoBackup(const QString& database, const QString& folder, QObject* parent)
    : QObject(parent), m_database(database), m_folder(folder.isEmpty() ? backup::folderFor(database) : folder)
{
    m_timer.setObjectName(QStringLiteral("autoBackupTimer"));
    connect(&m_timer, &QTimer::timeout, this, &AutoBackup::checkNow);
}

AutoBackup::~AutoBackup()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void AutoBackup::start(int firstDelayMs)
{
    m_timer.start(kIntervalHours * 3600 * 1000);
    QTimer::singleShot(firstDelayMs, this, &AutoBackup::checkNow);
}

void AutoBackup::checkNow()
{
    if (m_thread)
        return;
    // Read here: QSettings and the clock belong to the GUI's side of things.
    const backup::Retention keep = backup::retentionSetting();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_outcome = {};
    m_thread = QThread::create([this, database = m_database, folder = m_folder, keep, now] {
        auto made = backup::backUpIfDue(database, folder, keep, now);
        if (!made)
            m_outcome.error = made.message();
        else if (made.value())
            m_outcome = {made.value()->summary.path, {}, made.value()->deleted};
    });
    m_thread->setObjectName(QStringLiteral("summit-backup"));
    connect(m_thread, &QThread::finished, this, &AutoBackup::finish);
    m_thread->start(QThread::LowPriority);
}

void AutoBackup::wait()
{
    if (!m_thread)
        return;
    m_thread->wait();
    finish();
}

void AutoBackup::finish()
{
    if (!m_thread || !m_thread->isFinished())
        return;
    delete m_thread; // finished: nothing runs on it any more
    m_thread = nullptr;
    if (!m_outcome.error.isEmpty())
        emit failed(m_outcome.error);
    else
        emit checked(m_outcome.made, m_outcome.deleted);
}

} // namespace summit::ui
