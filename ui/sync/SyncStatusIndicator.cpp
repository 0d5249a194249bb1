#include "ui/sync/SyncStatusIndicator.h"
#include "ui/UiText.h"

#include "ui/sync/SyncController.h"

#include <QAction>
#include <QLocale>
#include <QMenu>
#include <QStyle>
#include <algorithm>
#include <climits>

namespace summit::ui {

SyncStatusIndicator::SyncStatusIndicator(SyncController& controller, QWidget* parent)
    : QToolButton(parent), m_controller(controller)
{
    setObjectName(QStringLiteral("syncStatus"));
    setAutoRaise(true);
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setPopupMode(QToolButton::MenuButtonPopup);
    setFocusPolicy(Qt::StrongFocus);
    auto* menu = new QMenu(this);
    m_syncNow = menu->addAction(UiText::tr("Sync &now"));
    m_syncNow->setObjectName(QStringLiteral("syncNowAction"));
    m_settings = menu->addAction(UiText::tr("Sync &settings…"));
    m_settings->setObjectName(QStringLiteral("syncSettingsAction"));
    setMenu(menu);
    connect(m_syncNow, &QAction::triggered, &m_controller, &SyncController::syncNow);
    connect(m_settings, &QAction::triggered, this, &SyncStatusIndicator::settingsRequested);
    connect(this, &QToolButton::clicked, this, &SyncStatusIndicator::activate);
    connect(&m_controller, &SyncController::statusChanged, this, &SyncStatusIndicator::refresh);
    refresh();
}

QString SyncStatusIndicator::describe(const SyncState& state, const QDate& today)
{
    if (state.remote.isEmpty())
        return UiText::tr("Not shared with a team");
    if (state.running)
        return UiText::tr("Syncing…");
    if (!state.lastError.isEmpty()) {
        const QString first = state.lastError.section(QLatin1Char('\n'), 0, 0);
        return UiText::tr("Sync failed: %1").arg(first);
    }
    const int pending = int(std::min<qint64>(state.pendingOperations, INT_MAX));
    if (pending > 0)
        return UiText::tr("%n changes not yet shared", nullptr, pending);
    if (!state.lastSync.isValid())
        return UiText::tr("Not synced yet");
    const QDateTime local = state.lastSync.toLocalTime();
    // Hours and minutes only: seconds are noise in a status bar.
    const QString time = local.time().toString(QStringLiteral("HH:mm"));
    const QString when =
        local.date() == today ? time : QLocale().toString(local.date(), QLocale::ShortFormat) + u' ' + time;
    return UiText::tr("Synced %1").arg(when);
}

void SyncStatusIndicator::refresh()
{
    const SyncState state = m_controller.status();
    setText(describe(state, QDate::currentDate()));
    QStyle::StandardPixmap icon = QStyle::SP_DialogApplyButton;
    if (state.remote.isEmpty())
        icon = QStyle::SP_DriveNetIcon;
    else if (state.running)
        icon = QStyle::SP_BrowserReload;
    else if (!state.lastError.isEmpty())
        icon = QStyle::SP_MessageBoxWarning;
    else if (state.pendingOperations > 0)
        icon = QStyle::SP_ArrowUp;
    setIcon(style()->standardIcon(icon));
    // The whole story on hover: the full error and what is waiting to go out.
    QStringList tip;
    if (!state.remote.isEmpty())
        tip << UiText::tr("Team remote: %1").arg(state.remote);
    const int pending = int(std::min<qint64>(state.pendingOperations, INT_MAX));
    if (pending > 0)
        tip << UiText::tr("%n changes not yet shared", nullptr, pending);
    if (!state.lastError.isEmpty())
        tip << state.lastError;
    tip << (state.remote.isEmpty() ? UiText::tr("Click to set up a team remote.")
                                   : UiText::tr("Click to sync now."));
    setToolTip(tip.join(QLatin1Char('\n')));
    m_syncNow->setEnabled(!state.remote.isEmpty() && !state.running);
}

void SyncStatusIndicator::activate()
{
    if (m_controller.remote().isEmpty())
        emit settingsRequested();
    else
        m_controller.syncNow();
}

} // namespace summit::ui
