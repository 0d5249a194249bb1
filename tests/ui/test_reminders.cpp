// Reminders: the tray's count of my tasks due today or overdue, a summary at
// the start, one notification per task as it falls due (not again on the next
// check), nothing for other people's tasks or closed ones; and the two
// settings of this computer — keep Summit in the tray, start with the session
// (an XDG autostart entry written and removed).
#include "QtDoctest.h"
#include "StoreFixture.h"

#include "commands/Commands.h"
#include "ui/Workspace.h"
#include "ui/shell/ReminderTray.h"

#include <QFile>
#include <QSignalSpy>

using namespace summit;
using summit::ui::ReminderTray;
using summit::ui::Workspace;

namespace {
struct Desk
{
    test::StoreFixture fixture;
    QString me, other;
    std::unique_ptr<Workspace> workspace;
    Desk()
    {
        me = fixture.add(QStringLiteral("member"), {{QStringLiteral("name"), QString::fromUtf8("李明")}});
        other = fixture.add(QStringLiteral("member"), {{QStringLiteral("name"), QString::fromUtf8("王敏")}});
        fixture.store->setAuthor(me);
        workspace = std::make_unique<Workspace>(*fixture.store);
    }
    QString task(const char* title, const QDate& due, const QString& who)
    {
        commands::TaskDraft d;
        d.title = QString::fromUtf8(title);
        d.due = due;
        d.assigneeId = who;
        auto id = commands::Commands(*fixture.store).addTask(d);
        REQUIRE(id.isOk());
        return id.value();
    }
};
} // namespace

TEST_CASE("the tray counts my tasks due and announces each one once as it falls due")
{
    Desk d;
    const QDate today = d.workspace->today();
    d.task("发报价单", today.addDays(-2), d.me);
    d.task("准备方案", today, d.me);
    d.task("别人的事", today, d.other);
    d.task("下周的事", today.addDays(7), d.me);

    ReminderTray tray(*d.workspace);
    CHECK(tray.dueCount() == 2);
    // (English plural forms come from a translation file the UI tests do not load.)
    CHECK(tray.toolTip().startsWith(QStringLiteral("Summit: 2 task")));
    CHECK(tray.toolTip().endsWith(QStringLiteral(" due today or overdue (1 overdue)")));
    QSignalSpy notified(&tray, &ReminderTray::notified);

    // A new task of mine due today: announced by name, once.
    const QString fresh = d.task("回访客户", today, d.me);
    REQUIRE(notified.count() == 1);
    CHECK(notified.front()[0].toString() == QStringLiteral("Task due: ") + QString::fromUtf8("回访客户"));
    CHECK(tray.dueCount() == 3);
    tray.check();
    CHECK(notified.count() == 1);
    // Someone else's, or one due next week: nothing.
    d.task("别人的新事", today, d.other);
    d.task("以后再说", today.addDays(3), d.me);
    CHECK(notified.count() == 1);
    // Done: counted off.
    REQUIRE(commands::Commands(*d.fixture.store).completeTask(fresh, QDateTime::currentDateTimeUtc()));
    CHECK(tray.dueCount() == 2);
    CHECK(notified.count() == 1);
}

TEST_CASE("at the start one summary, not a message per task; nothing when nothing is due")
{
    Desk d;
    const QDate today = d.workspace->today();
    {
        ReminderTray quiet(*d.workspace);
        CHECK(quiet.dueCount() == 0);
        CHECK(quiet.toolTip() == QStringLiteral("Summit: Nothing due today"));
    }
    d.task("一", today, d.me);
    d.task("二", today, d.me);
    // The summary goes out from the constructor; a later check announces nothing new.
    int messages = 0;
    {
        ReminderTray tray(*d.workspace);
        QObject::connect(&tray, &ReminderTray::notified, [&](const QString&, const QString&) { ++messages; });
        tray.check();
        CHECK(messages == 0); // both were in the start's summary
        CHECK(tray.dueCount() == 2);
    }
}

TEST_CASE("keep in tray and start with the session are this computer's settings")
{
    // The test main puts QStandardPaths in test mode: the entry goes under ~/.qttest, not the user's.
    CHECK(ReminderTray::autostartPath().endsWith(QStringLiteral("/autostart/summit.desktop")));
    CHECK(ReminderTray::autostartPath().contains(QStringLiteral(".qttest")));
    (void)ReminderTray::setStartWithSession(false);
    CHECK_FALSE(ReminderTray::startsWithSession());
    REQUIRE(ReminderTray::setStartWithSession(true));
    CHECK(ReminderTray::startsWithSession());
    QFile f(ReminderTray::autostartPath());
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QString entry = QString::fromUtf8(f.readAll());
    CHECK(entry.startsWith(QStringLiteral("[Desktop Entry]\nType=Application\n")));
    CHECK(entry.contains(QStringLiteral("Exec=\"")));
    REQUIRE(ReminderTray::setStartWithSession(false));
    CHECK_FALSE(ReminderTray::startsWithSession());

    const bool before = ReminderTray::keepInTray();
    ReminderTray::setKeepInTray(!before);
    CHECK(ReminderTray::keepInTray() == !before);
    ReminderTray::setKeepInTray(before);
}
