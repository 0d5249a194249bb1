#include "ui/account/UnitHealthLoader.h"

#include "analysis/UnitHealth.h"
#include "store/Database.h"

#include <QPointer>
#include <QThread>

namespace summit::ui {

UnitHealthLoader::UnitHealthLoader(const QString& databasePath, QObject* parent)
    : QObject(parent), m_path(databasePath)
{}

UnitHealthLoader::~UnitHealthLoader()
{
    if (m_thread) {
        // Its result has nowhere to go; wait so that its connection closes before the file may.
        m_thread->wait();
        delete m_thread;
    }
}

void UnitHealthLoader::load(const QString& accountId, const QDate& today)
{
    m_accountId = accountId;
    m_today = today;
    if (m_thread) {
        m_pending = true; // the running one is stale: run again when it ends
        return;
    }
    start();
}

void UnitHealthLoader::start()
{
    m_pending = false;
    const QString path = m_path, account = m_accountId;
    const QDate today = m_today;
    QPointer<UnitHealthLoader> self(this);
    m_thread = QThread::create([self, path, account, today] {
        Database db;
        using R = Result<QHash<QString, analysis::HealthAssessment>>;
        R result = [&]() -> R {
            if (Status s = db.open(path, OpenMode::ReadOnly); !s)
                return s;
            return analysis::unitHealth(db, account, today);
        }();
        // Queued to the loader's thread; the loader waits for this thread before it goes.
        QMetaObject::invokeMethod(
            self.data(),
            [self, result] {
                if (self)
                    self->finished(result);
            },
            Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("unitHealth"));
    m_thread->start(QThread::LowPriority);
}

void UnitHealthLoader::finished(const Result<QHash<QString, analysis::HealthAssessment>>& result)
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    if (m_pending) {
        start();
        return;
    }
    m_error = result ? QString() : result.message();
    m_health = result ? result.value() : QHash<QString, analysis::HealthAssessment>();
    emit loaded();
}

} // namespace summit::ui
