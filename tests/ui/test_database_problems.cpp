// The desktop and a database file that cannot be opened as it is: the message
// names the file and the problem and offers the ways out (another file, a new
// database only when the file is missing, quit or keep the open one, restore
// from a backup once that is built); a read-only database shows a banner and
// refuses edits with the typed text kept; a full disk while saving a form says
// so and keeps what was typed.
#include "QtDoctest.h"
#include "StoreFixture.h"
#include "backup/Backup.h"

#include "store/DatabaseFile.h"
#include "store/Migrations.h"
#include "store/Queries.h"
#include "ui/MainWindow.h"
#include "ui/Workspace.h"
#include "ui/followup/QuickFollowUpDialog.h"
#include "ui/forms/RecordDialog.h"
#include "ui/forms/RecordForm.h"
#include "ui/shell/DatabaseProblem.h"
#include "ui/shell/FilePrompts.h"
#include "ui/shell/ReadOnlyBanner.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>

using namespace summit;
using namespace summit::ui::databases;
using dbfile::Problem;

namespace {

// Answers the questions in turn and keeps what was asked; puts the real ones back when done.
struct Scripted
{
    QList<Answer> answers;
    QList<ProblemReport> asked;
    QStringList picks; // what the file picker returns, in turn
    decltype(askAboutProblem) previousAsk = askAboutProblem;
    decltype(ui::prompts::openDatabaseFile) previousPick = ui::prompts::openDatabaseFile;

    Scripted(QList<Answer> a, QStringList p = {}) : answers(std::move(a)), picks(std::move(p))
    {
        askAboutProblem = [this](QWidget*, const ProblemReport& report) {
            asked << report;
            REQUIRE_FALSE(answers.isEmpty());
            return answers.takeFirst();
        };
        ui::prompts::openDatabaseFile = [this](QWidget*) {
            return picks.isEmpty() ? QString() : picks.takeFirst();
        };
    }
    ~Scripted()
    {
        askAboutProblem = previousAsk;
        ui::prompts::openDatabaseFile = previousPick;
    }
};

void makeDatabase(const QString& path, const QString& account)
{
    auto store = Store::open(path);
    REQUIRE(store.isOk());
    REQUIRE(store.value()->apply(
        {QStringLiteral("add"),
         {Operation::set(QStringLiteral("account"), ids::newId(), {{QStringLiteral("name"), account}})}}));
}

QStringList buttonNames(QMessageBox& box)
{
    QStringList names;
    for (QAbstractButton* b : box.buttons())
        names << b->objectName();
    names.sort();
    return names;
}

QAbstractButton* button(QMessageBox& box, const char* name)
{
    for (QAbstractButton* b : box.buttons())
        if (b->objectName() == QLatin1String(name))
            return b;
    return nullptr;
}

} // namespace

TEST_CASE("a missing file: another file, a new database only when asked, or quit; nothing is made meanwhile")
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("typo.db"));
    const QString good = dir.filePath(QStringLiteral("good.db"));
    makeDatabase(good, QStringLiteral("华为技术有限公司"));

    {
        // The picker cancelled first: the same question again; then a good file.
        Scripted script({Answer::ChooseAnother, Answer::ChooseAnother}, {QString(), good});
        QString path = missing;
        auto store = openOrAsk(nullptr, path, Intent::Open, true);
        REQUIRE(store);
        CHECK(path == good);
        CHECK(store->path() == good);
        REQUIRE(script.asked.size() == 2);
        CHECK(script.asked[0].problem == Problem::Missing);
        CHECK(script.asked[0].atStart);
        CHECK(script.asked[0].message.contains(QDir::toNativeSeparators(missing)));
        CHECK_FALSE(QFile::exists(missing));
    }
    {
        Scripted script({Answer::GiveUp});
        QString path = missing;
        CHECK_FALSE(openOrAsk(nullptr, path, Intent::Open, true));
        CHECK_FALSE(QFile::exists(missing));
    }
    {
        Scripted script({Answer::CreateNew});
        QString path = missing;
        auto store = openOrAsk(nullptr, path, Intent::Open, true);
        REQUIRE(store);
        CHECK(QFile::exists(missing));
        CHECK(countLive(store->reader(), QStringLiteral("account")).value() == 0);
    }
}

TEST_CASE("the message names the file and the problem, with the buttons that fit it")
{
    const QString path = QStringLiteral("/home/张伟/客户/2027.db");
    ProblemReport newer{
        path, Problem::Newer,
        QStringLiteral("%1 was saved by a newer version of Summit (schema 12; this version knows "
                       "up to 9).")
            .arg(path),
        true};
    std::unique_ptr<QMessageBox> box(makeProblemBox(nullptr, newer));
    CHECK(box->text().contains(QStringLiteral("newer version of Summit")));
    CHECK(box->informativeText().contains(path));
    CHECK(box->informativeText().contains(QStringLiteral("Update Summit")));
    // No "open read-only": this build cannot know what a newer schema means, so it does not show it.
    CHECK(buttonNames(*box) == QStringList{QStringLiteral("chooseAnother"), QStringLiteral("giveUp")});
    CHECK(button(*box, "giveUp")->text() == QStringLiteral("Quit"));
    CHECK(box->defaultButton() == button(*box, "chooseAnother"));
    CHECK(box->escapeButton() == button(*box, "giveUp"));

    newer.atStart = false; // File ▸ Open in a running window keeps the open database
    box.reset(makeProblemBox(nullptr, newer));
    CHECK(button(*box, "giveUp")->text() == QStringLiteral("Cancel"));

    box.reset(makeProblemBox(nullptr,
                             {path, Problem::Missing, QStringLiteral("%1 does not exist.").arg(path), true}));
    CHECK(buttonNames(*box) == QStringList{QStringLiteral("chooseAnother"), QStringLiteral("createNew"),
                                           QStringLiteral("giveUp")});

    // Damaged: "Restore from Backup…" only once something can restore.
    const ProblemReport damaged{path, Problem::Damaged, QStringLiteral("%1 is damaged.").arg(path), true};
    box.reset(makeProblemBox(nullptr, damaged));
    CHECK(buttonNames(*box) == QStringList{QStringLiteral("chooseAnother"), QStringLiteral("giveUp")});
    restoreFromBackup = [](QWidget*, const QString&) {
        return false;
    };
    box.reset(makeProblemBox(nullptr, damaged));
    CHECK(button(*box, "restoreFromBackup"));

    // A file overwritten by something else, or gone: the offer only when it has backups.
    QTemporaryDir dir;
    const QString gone = dir.filePath(QStringLiteral("gone-%1.db").arg(QDateTime::currentMSecsSinceEpoch()));
    const ProblemReport notSqlite{gone, Problem::NotSqlite, QStringLiteral("%1 is not a database.").arg(gone),
                                  true};
    const ProblemReport missing{gone, Problem::Missing, QStringLiteral("%1 does not exist.").arg(gone), true};
    box.reset(makeProblemBox(nullptr, notSqlite));
    CHECK_FALSE(button(*box, "restoreFromBackup"));
    const QString folder = backup::folderFor(gone);
    REQUIRE(QDir().mkpath(folder));
    {
        QFile backupFile(QDir(folder).filePath(QStringLiteral("gone-20261206-101500.db")));
        REQUIRE(backupFile.open(QIODevice::WriteOnly));
    }
    box.reset(makeProblemBox(nullptr, notSqlite));
    CHECK(button(*box, "restoreFromBackup"));
    box.reset(makeProblemBox(nullptr, missing));
    CHECK(button(*box, "createNew"));
    CHECK(button(*box, "restoreFromBackup"));
    QDir(folder).removeRecursively();
    restoreFromBackup = nullptr;
}

TEST_CASE("Restore from Backup hands the damaged file to the restore function and opens it again")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("team.db"));
    const QString backup = dir.filePath(QStringLiteral("team-backup.db"));
    makeDatabase(backup, QStringLiteral("备份里的客户"));
    QFile::copy(backup, path);
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadWrite));
        f.seek(16);
        f.write(QByteArray(84, '\xff'));
    }
    QString restored;
    restoreFromBackup = [&](QWidget*, const QString& damaged) {
        restored = damaged;
        QFile::remove(damaged);
        return QFile::copy(backup, damaged);
    };
    Scripted script({Answer::RestoreFromBackup});
    QString opened = path;
    auto store = openOrAsk(nullptr, opened, Intent::Open, true);
    restoreFromBackup = nullptr;
    REQUIRE(store);
    CHECK(restored == path);
    CHECK(script.asked.value(0).problem == Problem::Damaged);
    CHECK(countLive(store->reader(), QStringLiteral("account")).value() == 1);
}

TEST_CASE("File ▸ Open on a file from a newer Summit explains it and keeps the open database")
{
    QTemporaryDir dir;
    const QString current = dir.filePath(QStringLiteral("current.db"));
    const QString newer = dir.filePath(QStringLiteral("newer.db"));
    makeDatabase(current, QStringLiteral("当前客户"));
    makeDatabase(newer, QStringLiteral("新版客户"));
    REQUIRE(test::writeBehindStore(
        newer, QStringLiteral("PRAGMA user_version = %1").arg(migrations::latestVersion() + 1)));
    auto store = Store::open(current);
    REQUIRE(store.isOk());
    ui::MainWindow window(std::move(store.value()));
    Scripted script({Answer::GiveUp});
    CHECK_FALSE(window.switchTo(newer));
    CHECK(window.workspace().store().path() == current);
    REQUIRE(script.asked.size() == 1);
    CHECK(script.asked[0].problem == Problem::Newer);
    CHECK_FALSE(script.asked[0].atStart);
}

TEST_CASE("a read-only database: a banner says so, and a refused edit keeps what was typed")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("archive.db"));
    makeDatabase(path, QStringLiteral("华为技术有限公司"));
    dbfile::Options options;
    options.readOnly = true;
    dbfile::Opening opened = dbfile::open(path, options);
    REQUIRE(opened);
    ui::MainWindow window(std::move(opened.store));
    window.setAskWhoYouAre(true); // not asked: the answer could not be saved
    auto* banner = window.findChild<ui::ReadOnlyBanner*>(QStringLiteral("readOnlyBanner"));
    REQUIRE(banner);
    CHECK(banner->text().contains(QStringLiteral("Read-only")));
    CHECK(banner->text().contains(QDir::toNativeSeparators(path)));
    CHECK_FALSE(window.askWhoYouAreIfNeeded());
    window.showPage(ui::MainWindow::Page::Sync);
    CHECK_FALSE(window.syncController());

    ui::Workspace& ws = window.workspace();
    const QString account = listRecords(ws.store().reader(), QStringLiteral("account"))
                                .value()
                                .at(0)
                                .value(QStringLiteral("id"))
                                .toString();

    // A record form: the save is refused next to the form, the dialog stays with the text.
    ui::forms::RecordDialog edit(ws, QStringLiteral("account"), account);
    auto* name = qobject_cast<QLineEdit*>(edit.form()->editor(QStringLiteral("name")));
    REQUIRE(name);
    name->setText(QStringLiteral("华为技术有限公司（新名字）"));
    CHECK_FALSE(edit.save());
    CHECK(edit.result() != QDialog::Accepted);
    CHECK(name->text() == QStringLiteral("华为技术有限公司（新名字）"));
    CHECK(edit.form()->generalError().contains(QStringLiteral("read-only")));
    CHECK(edit.form()->generalError().contains(QDir::toNativeSeparators(path)));

    // The quick follow-up: the same.
    ui::followup::QuickFollowUpDialog quick(ws, account);
    auto* summary = quick.findChild<QPlainTextEdit*>(QStringLiteral("summary"));
    REQUIRE(summary);
    summary->setPlainText(QStringLiteral("拜访王建国，沟通扩容"));
    CHECK_FALSE(quick.save());
    CHECK(summary->toPlainText() == QStringLiteral("拜访王建国，沟通扩容"));
    auto* error = quick.findChild<QLabel*>(QStringLiteral("formError"));
    REQUIRE(error);
    CHECK(error->text().contains(QStringLiteral("read-only")));
    CHECK(countLive(ws.store().reader(), QStringLiteral("followup")).value() == 0);

    // Restoring a backup would replace the file: it says why not instead of listing backups.
    auto* notice = qobject_cast<QMessageBox*>(window.showBackups());
    REQUIRE(notice);
    CHECK(notice->text().contains(QStringLiteral("read-only")));
    notice->close();
}

TEST_CASE("a full disk while saving a form: the form says so, keeps the text, and saves once there is room")
{
    test::StoreFixture f;
    ui::Workspace ws(*f.store);
    Database& db = f.store->reader();
    const qint64 pages = db.scalar(QStringLiteral("PRAGMA page_count")).toLongLong();
    REQUIRE(db.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));

    ui::forms::RecordDialog dialog(ws, QStringLiteral("account"), QString());
    auto* name = qobject_cast<QLineEdit*>(dialog.form()->editor(QStringLiteral("name")));
    REQUIRE(name);
    const QString typed = QStringLiteral("中国石油天然气集团有限公司");
    name->setText(typed);
    // Notes longer than a page: the change needs pages the "disk" does not have.
    const QString notes = QStringLiteral("重点客户，年度框架协议续签。").repeated(400);
    QWidget* notesEditor = dialog.form()->editor(QStringLiteral("strategy_notes"));
    auto* notesLine = qobject_cast<QLineEdit*>(notesEditor);
    auto* notesText = qobject_cast<QPlainTextEdit*>(notesEditor);
    REQUIRE((notesLine || notesText));
    auto notesNow = [&] {
        return notesLine ? notesLine->text() : notesText->toPlainText();
    };
    if (notesLine)
        notesLine->setText(notes);
    else
        notesText->setPlainText(notes);
    CHECK_FALSE(dialog.save());
    CHECK(name->text() == typed);
    CHECK(notesNow() == notes);
    const QString message = dialog.form()->generalError();
    CHECK(message.contains(QStringLiteral("disk is full")));
    CHECK(message.contains(QDir::toNativeSeparators(f.path())));
    CHECK(countLive(db, QStringLiteral("account")).value() == 0);
    CHECK(dbfile::checkIntegrity(f.path()).value().isEmpty());

    REQUIRE(db.exec(QStringLiteral("PRAGMA max_page_count = 1073741823")));
    CHECK(dialog.save());
    CHECK(countLive(db, QStringLiteral("account")).value() == 1);
}
