#include "ui/shell/ReminderTray.h"
#include "ui/UiText.h"

#include "query/Today.h"
#include "store/Store.h"
#include "ui/Workspace.h"
#include "ui/shell/AppIcon.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QPainter>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QSystemTrayIcon>

namespace summit::ui {

namespace {

const QString kKeepInTray = QStringLiteral("reminders/keepInTray");

// The app icon with the count in a red badge at its corner.
QIcon badged(int count)
{
    const QIcon base = appIcon();
    if (count <= 0)
        return base;
    QIcon out;
    for (int size : {16, 22, 24, 32, 48, 64}) {
        QPixmap pixmap = base.pixmap(size, size);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        const QString text = count > 99 ? QStringLiteral("99+") : QString::number(count);
        const int d = std::max(9, size * 11 / 16);
        QFont font = p.font();
        font.setPixelSize(std::max(7, d * 2 / 3));
        font.setBold(true);
        p.setFont(font);
        const int w = std::max(d, p.fontMetrics().horizontalAdvance(text) + d / 3);
        const QRect badge(size - w, 0, w, d);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xd3, 0x2f, 0x2f));
        p.drawRoundedRect(badge, d / 2.0, d / 2.0);
        p.setPen(Qt::white);
        p.drawText(badge, Qt::AlignCenter, text);
        p.end();
        out.addPixmap(pixmap);
    }
    return out;
}

} // namespace

ReminderTray::ReminderTray(Workspace& workspace, QObject* parent) : QObject(parent), m_workspace(workspace)
{
    m_icon = new QSystemTrayIcon(appIcon(), this);
    m_menu = new QMenu;
    m_menu->addAction(UiText::tr("Open Summit"), this, &ReminderTray::openRequested);
    m_menu->addSeparator();
    m_menu->addAction(UiText::tr("Quit"), this, &ReminderTray::quitRequested);
    m_icon->setContextMenu(m_menu);
    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason why) {
        if (why == QSystemTrayIcon::Trigger || why == QSystemTrayIcon::DoubleClick)
            emit openRequested();
    });
    connect(m_icon, &QSystemTrayIcon::messageClicked, this, &ReminderTray::openRequested);
    if (QSystemTrayIcon::isSystemTrayAvailable())
        m_icon->show();
    connect(&workspace.store(), &Store::changed, this, &ReminderTray::onStoreChanged);
    // Tasks fall due with the clock: a minute is close enough for a deadline in days.
    m_timer.setInterval(60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &ReminderTray::check);
    m_timer.start();
    check();
}

ReminderTray::~ReminderTray()
{
    delete m_menu;
}

bool ReminderTray::isShown() const
{
    return m_icon->isVisible();
}

QString ReminderTray::summary() const
{
    if (m_count == 0)
        return UiText::tr("Nothing due today");
    if (m_overdue > 0)
        return UiText::tr("%n task(s) due today or overdue (%1 overdue)", "", m_count).arg(m_overdue);
    return UiText::tr("%n task(s) due today", "", m_count);
}

QString ReminderTray::toolTip() const
{
    return UiText::tr("Summit: %1").arg(summary());
}

void ReminderTray::onStoreChanged(const ChangeSet& change)
{
    if (change.everything || change.entities.contains(QStringLiteral("task")))
        check();
}

void ReminderTray::check()
{
    const QDate today = m_workspace.today();
    auto tasks = query::myDueTasks(m_workspace.store().reader(), m_workspace.me(), today);
    if (!tasks)
        return; // the next check tries again; the Today page shows the error
    std::vector<const query::DueTask*> fresh;
    QSet<QString> due;
    m_overdue = 0;
    for (const query::DueTask& t : tasks.value()) {
        due.insert(t.id);
        m_overdue += t.due < today ? 1 : 0;
        if (!m_announced.contains(t.id))
            fresh.push_back(&t);
    }
    const int count = int(tasks.value().size());
    if (count != m_count || m_first) {
        m_count = count;
        m_icon->setIcon(badged(count));
    }
    m_icon->setToolTip(toolTip());
    if (m_first) {
        // At the start one summary, not a message per task.
        if (count > 0)
            notify(UiText::tr("Summit"), summary());
    } else if (fresh.size() == 1) {
        const query::DueTask& t = *fresh.front();
        notify(UiText::tr("Task due: %1").arg(t.title),
               t.accountName.isEmpty()
                   ? UiText::tr("Due %1").arg(QLocale().toString(t.due, QLocale::ShortFormat))
                   : t.accountName);
    } else if (!fresh.empty()) {
        notify(UiText::tr("%n task(s) now due", "", int(fresh.size())), fresh.front()->title);
    }
    m_first = false;
    m_announced = due; // a task done and due again later is announced again
}

void ReminderTray::notify(const QString& title, const QString& text)
{
    if (m_icon->isVisible())
        m_icon->showMessage(title, text, appIcon(), 10000);
    emit notified(title, text);
}

bool ReminderTray::keepInTray()
{
    return QSettings().value(kKeepInTray, false).toBool();
}

void ReminderTray::setKeepInTray(bool on)
{
    QSettings().setValue(kKeepInTray, on);
}

QString ReminderTray::autostartPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/autostart/summit.desktop");
}

bool ReminderTray::startsWithSession()
{
    return QFile::exists(autostartPath());
}

Status ReminderTray::setStartWithSession(bool on)
{
    const QString path = autostartPath();
    if (!on) {
        if (QFile::exists(path) && !QFile::remove(path))
            return Status::fail(UiText::tr("Cannot remove %1.").arg(QDir::toNativeSeparators(path)));
        return {};
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Status::fail(
            UiText::tr("Cannot create the folder of %1.").arg(QDir::toNativeSeparators(path)));
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return Status::fail(
            UiText::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), f.errorString()));
    const QString exe = QCoreApplication::applicationFilePath();
    f.write(QStringLiteral("[Desktop Entry]\nType=Application\nName=Summit\nExec=\"%1\"\nIcon=summit\n"
                           "X-GNOME-Autostart-enabled=true\nComment=%2\n")
                .arg(exe, UiText::tr("Key-account management: reminders of tasks due"))
                .toUtf8());
    if (!f.commit())
        return Status::fail(
            UiText::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), f.errorString()));
    return {};
}

} // namespace summit::ui
