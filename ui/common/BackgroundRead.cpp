#include "ui/common/BackgroundRead.h"

#include "store/Database.h"

#include <QPointer>
#include <QThread>

namespace summit::ui {

BackgroundRead::BackgroundRead(const QString& databasePath, const QString& name, QObject* parent)
    : QObject(parent), m_path(databasePath), m_name(name)
{}

BackgroundRead::~BackgroundRead()
{
    if (m_thread) {
        // Its result has nowhere to go; wait so that its connection closes before the file may.
        m_thread->wait();
        delete m_thread;
    }
}

void BackgroundRead::start(Work work)
{
    m_next = std::move(work);
    if (m_thread) {
        m_pending = true; // the running one is stale: run the latest when it ends
        return;
    }
    launch();
}

void BackgroundRead::launch()
{
    m_pending = false;
    QPointer<BackgroundRead> self(this);
    m_thread = QThread::create([self, path = m_path, work = std::move(m_next)] {
        Database db;
        const Status opened = db.open(path, OpenMode::ReadOnly);
        std::function<void()> apply = work(opened, db);
        // Queued to this object's thread; the object waits for this thread before it goes.
        QMetaObject::invokeMethod(
            self.data(),
            [self, apply] {
                if (self)
                    self->finished(apply);
            },
            Qt::QueuedConnection);
    });
    m_next = {};
    m_thread->setObjectName(m_name);
    m_thread->start(QThread::LowPriority);
}

void BackgroundRead::finished(const std::function<void()>& apply)
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    if (m_pending) {
        launch();
        return;
    }
    if (apply)
        apply();
}

} // namespace summit::ui
