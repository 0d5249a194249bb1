// Backups from the window: the restore dialog lists each backup with its date,
// size and counts, newest first, asks before it restores, and the window then
// shows the backup's data; Back Up Now says where the backup went and saves a
// copy elsewhere; the automatic backup makes one a day.
#include "QtDoctest.h"

#include "backup/Backup.h"
#include "backup/Retention.h"
#include "store/Ids.h"
#include "store/Queries.h"
#include "store/Store.h"
#include "ui/MainWindow.h"
#include "ui/Workspace.h"
#include "ui/shell/AutoBackup.h"
#include "ui/shell/BackupNowDialog.h"
#include "ui/shell/RestoreBackupDialog.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace summit;
using ui::RestoreBackupDialog;

namespace {

QString addAccount(Store& store, const QString& name)
{
    const QString id = ids::newId();
    const Status s =
        store.apply({QStringLiteral("add"),
                     {Operation::set(QStringLiteral("account"), id, {{QStringLiteral("name"), name}})}});
    REQUIRE_MESSAGE(s.isOk(), s.message().toStdString());
    return id;
}

qint64 accounts(Store& store)
{
    return countLive(store.reader(), QStringLiteral("account")).value();
}

// A database whose backups folder (under the test data directory) is its own and goes with it.
struct Book
{
    QTemporaryDir dir;
    QString db;
    QString folder;
    std::unique_ptr<Store> store;

    Book()
    {
        REQUIRE(dir.isValid());
        db = dir.filePath(QStringLiteral("book-%1.db").arg(ids::newId()));
        folder = backup::folderFor(db);
        auto s = Store::open(db);
        REQUIRE(s.isOk());
        store = std::move(s.value());
    }
    ~Book() { QDir(folder).removeRecursively(); }
};

// Answers the question before a restore, and remembers it.
struct Answer
{
    QString asked;
    explicit Answer(bool yes)
    {
        RestoreBackupDialog::confirm = [this, yes](QWidget*, const QString& text) {
            asked = text;
            return yes;
        };
    }
    // Never a real, modal question in a test.
    ~Answer()
    {
        RestoreBackupDialog::confirm = [](QWidget*, const QString&) {
            return false;
        };
    }
};

} // namespace

TEST_CASE("the restore dialog lists the backups newest first with date, size and counts; a bad file is "
          "listed but cannot be chosen")
{
    Book book;
    addAccount(*book.store, QStringLiteral("华为技术有限公司"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto older = backup::makeBackup(
        book.db, QDir(book.folder).filePath(backup::fileNameFor(book.db, now.addDays(-2))), now.addDays(-2));
    REQUIRE(older.isOk());
    addAccount(*book.store, QStringLiteral("中兴通讯股份有限公司"));
    auto newer = backup::makeBackup(
        book.db, QDir(book.folder).filePath(backup::fileNameFor(book.db, now.addDays(-1))), now.addDays(-1));
    REQUIRE(newer.isOk());
    {
        QFile junk(QDir(book.folder).filePath(QStringLiteral("junk.db")));
        REQUIRE(junk.open(QIODevice::WriteOnly));
        junk.write("not a database at all, just text that happens to end in .db");
    }

    RestoreBackupDialog dialog(book.db, book.folder, false);
    QTreeWidget* list = dialog.list();
    REQUIRE(list->topLevelItemCount() == 3);
    // The junk file is the newest by its file time: listed first, disabled, with the reason.
    QTreeWidgetItem* junk = list->topLevelItem(0);
    CHECK(junk->isDisabled());
    CHECK(junk->text(RestoreBackupDialog::AccountsColumn) == QStringLiteral("unreadable"));
    CHECK(junk->toolTip(RestoreBackupDialog::MadeColumn).contains(QStringLiteral("junk.db")));
    QTreeWidgetItem* first = list->topLevelItem(1);
    QTreeWidgetItem* second = list->topLevelItem(2);
    CHECK(first->text(RestoreBackupDialog::AccountsColumn) == QStringLiteral("2"));
    CHECK(second->text(RestoreBackupDialog::AccountsColumn) == QStringLiteral("1"));
    CHECK(first->text(RestoreBackupDialog::ContactsColumn) == QStringLiteral("0"));
    CHECK(first->text(RestoreBackupDialog::MadeColumn) ==
          QLocale().toString(now.addDays(-1).toLocalTime(), QLocale::ShortFormat));
    CHECK(first->text(RestoreBackupDialog::SizeColumn) == QLocale().formattedDataSize(newer.value().bytes));
    // The newest that can be restored is chosen at the start.
    CHECK(list->currentItem() == first);
    CHECK(dialog.restoreButton()->isEnabled());
    // The unreadable one cannot be chosen.
    list->setCurrentItem(junk);
    CHECK(list->currentItem() != junk);

    // Declined: nothing is asked of the window.
    QSignalSpy requested(&dialog, &RestoreBackupDialog::restoreRequested);
    list->setCurrentItem(second);
    CHECK(dialog.restoreButton()->isEnabled());
    Answer no(false);
    CHECK_FALSE(dialog.restoreSelected());
    CHECK(no.asked.contains(QStringLiteral("kept as a backup first")));
    CHECK_FALSE(no.asked.contains(QStringLiteral("team")));
    CHECK(requested.isEmpty());
    Answer yes(true);
    CHECK(dialog.restoreSelected());
    REQUIRE(requested.size() == 1);
    CHECK(requested.at(0).at(0).toString() == older.value().path);
}

TEST_CASE("for a team database the question says what a restore means for the team")
{
    Book book;
    auto made = backup::makeBackup(book.db, QDir(book.folder).filePath(QStringLiteral("one.db")));
    REQUIRE(made.isOk());
    RestoreBackupDialog dialog(book.db, book.folder, true);
    Answer no(false);
    CHECK_FALSE(dialog.restoreSelected());
    CHECK(no.asked.contains(QStringLiteral("new replica id")));
}

TEST_CASE("File > Restore from Backup: the window closes the database, restores it, keeps the old one and "
          "shows the backup's data")
{
    Book book;
    addAccount(*book.store, QStringLiteral("华为技术有限公司"));
    auto made = backup::backUpInto(book.db, book.folder, backup::Retention{});
    REQUIRE(made.isOk());
    addAccount(*book.store, QStringLiteral("中兴通讯股份有限公司"));
    ui::MainWindow window(std::move(book.store));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(accounts(window.workspace().store()) == 2);
    QAction* restoreAction = window.findChild<QAction*>(QStringLiteral("restoreBackup"));
    REQUIRE(restoreAction);
    CHECK(restoreAction->text().startsWith(QStringLiteral("Res&tore from Backup")));

    Answer yes(true);
    auto* dialog = qobject_cast<RestoreBackupDialog*>(window.showBackups());
    REQUIRE(dialog);
    REQUIRE(dialog->list()->topLevelItemCount() == 1);
    CHECK(dialog->restoreSelected());
    // The window takes the database down once the dialog has closed.
    REQUIRE(QTest::qWaitFor([&] { return accounts(window.workspace().store()) == 1; }, 5000));
    CHECK(window.workspace().store().path() == book.db);
    // The database as it was is now a backup too, and the message says where.
    REQUIRE(QTest::qWaitFor([&] { return window.findChild<QMessageBox*>() != nullptr; }, 5000));
    const auto listed = backup::list(book.folder);
    REQUIRE(listed.size() == 2);
    CHECK(listed[0].summary.accounts == 2);
    auto* box = window.findChild<QMessageBox*>();
    CHECK(box->text().contains(QDir::toNativeSeparators(listed[0].summary.path)));
    box->close();
    // The dialog tells the kept file from the others.
    auto* again = qobject_cast<RestoreBackupDialog*>(window.showBackups());
    REQUIRE(again);
    REQUIRE(again->list()->topLevelItemCount() == 2);
    CHECK(again->list()
              ->topLevelItem(0)
              ->text(RestoreBackupDialog::MadeColumn)
              .endsWith(QStringLiteral("(before a restore)")));
    CHECK_FALSE(again->list()
                    ->topLevelItem(1)
                    ->text(RestoreBackupDialog::MadeColumn)
                    .contains(QStringLiteral("restore")));
    again->close();
    // The restored database works: an edit goes through.
    addAccount(window.workspace().store(), QStringLiteral("恢复后集团"));
    CHECK(accounts(window.workspace().store()) == 2);

    // A bad file is refused; the window goes on with the database as it was.
    const QString junk = book.dir.filePath(QStringLiteral("junk.db"));
    {
        QFile f(junk);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(5000, 'x'));
    }
    CHECK_FALSE(window.restoreBackup(junk));
    CHECK(accounts(window.workspace().store()) == 2);
    CHECK(QTest::qWaitFor(
        [&] {
            for (QMessageBox* b : window.findChildren<QMessageBox*>())
                if (b->isVisible() && b->text().contains(QStringLiteral("Nothing was restored")) &&
                    b->text().contains(QStringLiteral("junk.db")))
                    return true;
            return false;
        },
        5000));
}

TEST_CASE("Back Up Now says where the backup is, and saves a copy elsewhere")
{
    Book book;
    addAccount(*book.store, QStringLiteral("华为技术有限公司"));
    ui::BackupNowDialog dialog(book.db, book.folder);
    QSignalSpy finished(&dialog, &ui::BackupNowDialog::backupFinished);
    CHECK(dialog.isRunning());
    CHECK_FALSE(dialog.saveCopyButton()->isEnabled());
    REQUIRE(QTest::qWaitFor([&] { return finished.size() == 1; }, 20000));
    CHECK(finished.at(0).at(0).toBool());
    CHECK(QFileInfo(dialog.backupPath()).absolutePath() == QDir(book.folder).absolutePath());
    CHECK(dialog.messageLabel()->text().contains(QDir::toNativeSeparators(dialog.backupPath())));
    CHECK(dialog.saveCopyButton()->isEnabled());

    const QString elsewhere = book.dir.filePath(QStringLiteral("usb/copy.db"));
    QDir().mkpath(QFileInfo(elsewhere).absolutePath());
    ui::BackupNowDialog::saveCopyFile = [&](QWidget*, const QString& suggested) {
        CHECK(suggested == QFileInfo(dialog.backupPath()).fileName());
        return elsewhere;
    };
    CHECK(dialog.saveCopy());
    CHECK(dialog.messageLabel()->text().contains(QDir::toNativeSeparators(elsewhere)));
    auto copy = backup::inspect(elsewhere, backup::Check::Full);
    REQUIRE(copy.isOk());
    CHECK(copy.value().accounts == 1);
    ui::BackupNowDialog::saveCopyFile = [](QWidget*, const QString&) {
        return QString();
    };
    CHECK_FALSE(dialog.saveCopy()); // cancelled
}

TEST_CASE("the automatic backup makes one when none is a day old, on a worker, and not again the same day")
{
    Book book;
    addAccount(*book.store, QStringLiteral("华为技术有限公司"));
    ui::AutoBackup automatic(book.db, book.folder);
    QSignalSpy checked(&automatic, &ui::AutoBackup::checked);
    automatic.checkNow();
    CHECK(automatic.isRunning());
    // Writing goes on meanwhile.
    addAccount(*book.store, QStringLiteral("中兴通讯股份有限公司"));
    automatic.wait();
    REQUIRE(checked.size() == 1);
    const QString made = checked.at(0).at(0).toString();
    CHECK(QFileInfo::exists(made));
    automatic.checkNow();
    automatic.wait();
    REQUIRE(checked.size() == 2);
    CHECK(checked.at(1).at(0).toString().isEmpty()); // not due
    CHECK(backup::list(book.folder).size() == 1);
    CHECK(automatic.timer()->interval() == 0); // not started: no timer yet
    automatic.start(3600 * 1000);
    CHECK(automatic.timer()->interval() == ui::AutoBackup::kIntervalHours * 3600 * 1000);
}

TEST_CASE("a damaged database offers its backups: the one chosen is restored in its place and opens")
{
    Book book;
    addAccount(*book.store, QStringLiteral("华为技术有限公司"));
    REQUIRE(backup::backUpInto(book.db, book.folder, backup::Retention{}).isOk());
    book.store.reset();
    {
        // Garbage over the first pages: SQLite no longer reads it as a database.
        QFile f(book.db);
        REQUIRE(f.open(QIODevice::ReadWrite));
        f.write(QByteArray(8192, '\x5a'));
    }
    REQUIRE_FALSE(Store::open(book.db).isOk());

    Answer yes(true);
    bool offered = false;
    // The restore dialog is modal: choose the first backup once it shows.
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<RestoreBackupDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return; // the check below fails: nothing was offered
        offered = dialog->list()->topLevelItemCount() == 1;
        dialog->restoreSelected();
    });
    CHECK(RestoreBackupDialog::restoreClosedDatabase(nullptr, book.db));
    CHECK(offered);
    auto reopened = Store::open(book.db);
    REQUIRE_MESSAGE(reopened.isOk(), reopened.message().toStdString());
    CHECK(accounts(*reopened.value()) == 1);
    // The damaged file is kept beside the backups, byte for byte.
    CHECK(backup::list(book.folder).size() == 2);
}
