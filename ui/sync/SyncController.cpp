#include "ui/sync/SyncController.h"

#include <QSettings>

namespace summit::ui {

namespace {
const QString kAutoSyncKey = QStringLiteral("sync/autoMinutes");
}

SyncController::SyncController(QObject* parent) : QObject(parent) {}

SyncController::~SyncController() = default;

int SyncController::autoSyncMinutes() const
{
    return std::max(0, QSettings().value(kAutoSyncKey, kDefaultAutoSyncMinutes).toInt());
}

void SyncController::setAutoSyncMinutes(int minutes)
{
    minutes = std::max(0, minutes);
    if (minutes == autoSyncMinutes())
        return;
    QSettings().setValue(kAutoSyncKey, minutes);
    emit autoSyncMinutesChanged(minutes);
}

} // namespace summit::ui
