// Backups: the rotation rule, copies made while another connection writes,
// a backup's summary, and restores that refuse bad files and change nothing.
#include "StoreFixture.h"

#include "backup/Backup.h"
#include "backup/Restore.h"
#include "backup/Retention.h"
#include "store/Migrations.h"
#include "store/SyncKeys.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTimeZone>
#include <atomic>
#include <random>
#include <thread>

using namespace summit;
using backup::Dated;
using backup::Retention;
using test::StoreFixture;

namespace {

const QTimeZone kShanghai("Asia/Shanghai");

QDateTime at(int y, int m, int d, int h = 12, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), kShanghai);
}

Dated dated(const QDateTime& t)
{
    return {t.toString(Qt::ISODate), t};
}

QStringList kept(const std::vector<Dated>& all, const Retention& keep, const QDateTime& now)
{
    const QStringList gone = backup::toDelete(all, keep, now);
    QStringList out;
    for (const Dated& b : all)
        if (!gone.contains(b.path))
            out << b.path;
    return out;
}

QByteArray hashOf(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QStringList filesIn(const QString& dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

// A small book: two accounts, three contacts (one in the trash), a follow-up, an opportunity, a task.
void fillBook(StoreFixture& f)
{
    const QString hw = f.account(), zte = f.account(QStringLiteral("中兴通讯股份有限公司"));
    f.contact(hw, QStringLiteral("王建国"));
    f.contact(zte, QStringLiteral("李娜"));
    const QString gone = f.contact(hw, QStringLiteral("赵磊"));
    REQUIRE(f.store->apply({QStringLiteral("delete"), {Operation::remove(QStringLiteral("contact"), gone)}}));
    f.add(QStringLiteral("followup"), {{QStringLiteral("account_id"), hw},
                                       {QStringLiteral("type"), QStringLiteral("visit")},
                                       {QStringLiteral("at"), QStringLiteral("2026-05-20T10:00:00Z")},
                                       {QStringLiteral("summary"), QStringLiteral("拜访")}});
    f.add(QStringLiteral("opportunity"),
          {{QStringLiteral("account_id"), hw}, {QStringLiteral("name"), QStringLiteral("云平台")}});
    f.add(QStringLiteral("task"), {{QStringLiteral("title"), QStringLiteral("发报价单")}});
}

} // namespace

// ---------------------------------------------------------------- rotation

TEST_CASE("rotation: the only backup is never deleted, however old and whatever the numbers")
{
    const QDateTime now = at(2026, 12, 5);
    const std::vector<Dated> one = {dated(at(2025, 1, 1))};
    for (const Retention keep : {Retention{}, Retention{0, 0}, Retention{1, 0}, Retention{0, 1}})
        CHECK(backup::toDelete(one, keep, now).isEmpty());
    CHECK(backup::toDelete({}, Retention{}, now).isEmpty());
}

TEST_CASE("rotation: the newest of each of the last 7 days, the newest of each of the last 4 ISO weeks")
{
    // Two backups a day (09:00 and 18:00) for 40 days, up to Saturday 2026-12-05.
    const QDateTime now = at(2026, 12, 5, 20);
    std::vector<Dated> all;
    for (int back = 0; back < 40; ++back) {
        const QDate d = now.date().addDays(-back);
        all.push_back(dated(at(d.year(), d.month(), d.day(), 9)));
        all.push_back(dated(at(d.year(), d.month(), d.day(), 18)));
    }
    const QStringList left = kept(all, Retention{}, now);
    QStringList expected;
    // Days: 2026-11-29 .. 2026-12-05, each its 18:00 backup.
    for (int back = 0; back < 7; ++back) {
        const QDate d = now.date().addDays(-back);
        expected << at(d.year(), d.month(), d.day(), 18).toString(Qt::ISODate);
    }
    // Weeks: this one (Mon 11-30 .. Sat 12-05: covered by 12-05), and the three before, each by its
    // Sunday 18:00 (11-29 is already in by the days, then 11-22 and 11-15).
    expected << at(2026, 11, 22, 18).toString(Qt::ISODate) << at(2026, 11, 15, 18).toString(Qt::ISODate);
    expected.sort();
    QStringList got = left;
    got.sort();
    CHECK(got == expected);
    CHECK(backup::toDelete(all, Retention{}, now).size() == int(all.size()) - expected.size());
}

TEST_CASE("rotation: days are the local calendar's, not UTC's")
{
    // 23:30 and 00:30 in Shanghai are two days there, but one day (15:30 and 16:30) in UTC.
    const QDateTime lateEvening = at(2026, 12, 3, 23, 30), pastMidnight = at(2026, 12, 4, 0, 30);
    REQUIRE(lateEvening.toUTC().date() == pastMidnight.toUTC().date());
    const QDateTime now = at(2026, 12, 4, 12);
    const std::vector<Dated> all = {dated(lateEvening), dated(pastMidnight)};
    CHECK(backup::toDelete(all, Retention{7, 0}, now).isEmpty());
    // Seen from UTC, they are one day, and the older goes.
    CHECK(backup::toDelete(all, Retention{7, 0}, now.toUTC()) == QStringList{dated(lateEvening).path});
}

TEST_CASE("rotation: ISO weeks across the turn of the year (week 53 of 2026 ends on Sunday 2027-01-03)")
{
    const QDateTime monday53 = at(2026, 12, 28), thursday = at(2026, 12, 31), sunday = at(2027, 1, 3),
                    monday1 = at(2027, 1, 4), tuesday1 = at(2027, 1, 5);
    int year = 0;
    REQUIRE(sunday.date().weekNumber(&year) == 53);
    REQUIRE(year == 2026);
    REQUIRE(monday1.date().weekNumber(&year) == 1);
    const std::vector<Dated> all = {dated(monday53), dated(thursday), dated(sunday), dated(monday1),
                                    dated(tuesday1)};
    const QDateTime now = at(2027, 1, 5, 20);
    // No days, two weeks: week 1 of 2027 by its newest (the newest of all), week 53 by its Sunday.
    QStringList left = kept(all, Retention{0, 2}, now);
    CHECK(left == QStringList{dated(sunday).path, dated(tuesday1).path});
    // One week only: week 53 has fallen out.
    CHECK(kept(all, Retention{0, 1}, now) == QStringList{dated(tuesday1).path});
}

TEST_CASE("rotation: the counts are configurable, and a backup dated in the future is left alone")
{
    const QDateTime now = at(2026, 12, 5, 20);
    std::vector<Dated> all;
    for (int back = 0; back < 30; ++back) {
        const QDate d = now.date().addDays(-back);
        all.push_back(dated(at(d.year(), d.month(), d.day())));
    }
    CHECK(kept(all, Retention{2, 0}, now).size() == 2);
    CHECK(kept(all, Retention{14, 0}, now).size() == 14);
    CHECK(kept(all, Retention{0, 0}, now) == QStringList{dated(at(2026, 12, 5)).path});
    // 30 days back from Saturday 12-05 reach Friday 11-06: five weeks have a backup.
    CHECK(kept(all, Retention{0, 10}, now).size() == 5);
    // A clock that was wrong: the future backup stays, and the newest real one too.
    all.push_back(dated(at(2027, 3, 1)));
    const QStringList left = kept(all, Retention{0, 0}, now);
    CHECK(left.contains(dated(at(2027, 3, 1)).path));
    CHECK(left.contains(dated(at(2026, 12, 5)).path));
    CHECK(left.size() == 2);
}

TEST_CASE("rotation applied to a folder deletes only that database's old backups")
{
    StoreFixture f(QStringLiteral("book.db"));
    StoreFixture other(QStringLiteral("book.db")); // another database with the same file name
    const QString folder = f.dir.filePath(QStringLiteral("backups"));
    const QDateTime now = at(2026, 12, 5);
    for (int back = 10; back >= 0; --back) {
        auto made = backup::backUpInto(f.path(QStringLiteral("book.db")), folder, Retention{3, 0},
                                       now.addDays(-back));
        REQUIRE_MESSAGE(made.isOk(), made.message().toStdString());
    }
    auto foreign =
        backup::makeBackup(other.path(QStringLiteral("book.db")),
                           QDir(folder).filePath(QStringLiteral("book-20200101-000000.db")), at(2020, 1, 1));
    REQUIRE(foreign.isOk());
    auto last =
        backup::backUpInto(f.path(QStringLiteral("book.db")), folder, Retention{3, 0}, now.addSecs(60));
    REQUIRE(last.isOk());
    // Three days of f's backups (today's newest, the two days before), and the other database's untouched.
    CHECK(filesIn(folder).size() == 4);
    CHECK(filesIn(folder).contains(QStringLiteral("book-20200101-000000.db")));
    CHECK(last.value().deleted.size() == 1); // today's earlier one
}

// ---------------------------------------------------------------- making and reading backups

TEST_CASE("a backup made while another connection writes is one consistent state, and checked")
{
    StoreFixture f(QStringLiteral("live.db"));
    const QString acc = f.account();
    // Some bulk first, so the copy takes a while.
    for (int i = 0; i < 300; ++i)
        f.contact(acc, QStringLiteral("联系人%1").arg(i));
    const QString copy = f.dir.filePath(QStringLiteral("copy.db"));
    std::atomic<bool> done{false};
    Result<backup::Summary> made = Result<backup::Summary>::fail(QString());
    std::thread backupThread([&] {
        made = backup::makeBackup(f.path(QStringLiteral("live.db")), copy);
        done = true;
    });
    // Meanwhile the app writes: every change one transaction of one contact.
    int writes = 0, duringBackup = 0;
    while (!done || writes < 20) {
        f.contact(acc, QStringLiteral("新联系人%1").arg(writes));
        ++writes;
        if (!done)
            ++duringBackup;
    }
    backupThread.join();
    REQUIRE_MESSAGE(made.isOk(), made.message().toStdString());
    CHECK(duringBackup > 0);
    // The copy holds whole transactions only: as many contacts as contact operations.
    auto opened = Store::open(copy);
    REQUIRE(opened.isOk());
    const qint64 contacts =
        opened.value()->reader().scalar(QStringLiteral("SELECT count(*) FROM contacts")).toLongLong();
    CHECK(contacts >= 300);
    CHECK(contacts <= 300 + writes);
    CHECK(qint64(opened.value()->operationCount()) == contacts + 1); // and the account
    CHECK(made.value().contacts == contacts);
    // One file, no WAL beside it, and the live database goes on.
    opened.value().reset();
    CHECK_FALSE(QFile::exists(copy + QStringLiteral("-wal")));
    CHECK_FALSE(QFile::exists(copy + QStringLiteral(".partial")));
    CHECK(f.store->reader().scalar(QStringLiteral("SELECT count(*) FROM contacts")).toLongLong() ==
          300 + writes);
}

TEST_CASE("a backup's summary: when, schema, live record counts, replica and team, read without a change")
{
    StoreFixture f(QStringLiteral("book.db"));
    fillBook(f);
    REQUIRE(f.store->setLocalValue(synckeys::kRemote, QStringLiteral("git://127.0.0.1/team.git")));
    const QDateTime when = at(2026, 12, 5, 14, 30);
    const QString file = f.dir.filePath(QStringLiteral("backups/book-20261205-063000.db"));
    auto made = backup::makeBackup(f.path(QStringLiteral("book.db")), file, when);
    REQUIRE_MESSAGE(made.isOk(), made.message().toStdString());
    const QByteArray before = hashOf(file);
    const QStringList filesBefore = filesIn(f.dir.filePath(QStringLiteral("backups")));

    auto s = backup::inspect(file, backup::Check::Full);
    REQUIRE_MESSAGE(s.isOk(), s.message().toStdString());
    CHECK(s.value().madeAt == when);
    CHECK(s.value().schemaVersion == migrations::latestVersion());
    CHECK(s.value().accounts == 2);
    CHECK(s.value().contacts == 2); // the one in the trash is not counted
    CHECK(s.value().followUps == 1);
    CHECK(s.value().opportunities == 1);
    CHECK(s.value().tasks == 1);
    CHECK(s.value().replicaId == f.store->replicaId());
    CHECK(s.value().remote == QStringLiteral("git://127.0.0.1/team.git"));
    CHECK(s.value().source == QFileInfo(f.path(QStringLiteral("book.db"))).absoluteFilePath());
    CHECK(s.value().bytes == QFileInfo(file).size());
    // Nothing written: the same bytes, no journal or WAL files beside it.
    CHECK(hashOf(file) == before);
    CHECK(filesIn(f.dir.filePath(QStringLiteral("backups"))) == filesBefore);
    // Listing finds it with the same summary.
    const auto listed = backup::list(f.dir.filePath(QStringLiteral("backups")));
    REQUIRE(listed.size() == 1);
    CHECK(listed[0].problem.isEmpty());
    CHECK(listed[0].summary.contacts == 2);
    CHECK(backup::timeFromName(QStringLiteral("book-20261205-063000.db")) == when);
}

TEST_CASE("the automatic backup is made when the newest is a day old, not before")
{
    StoreFixture f(QStringLiteral("book.db"));
    fillBook(f);
    const QString db = f.path(QStringLiteral("book.db")), folder = f.dir.filePath(QStringLiteral("auto"));
    const QDateTime start = at(2026, 12, 5, 9);
    auto first = backup::backUpIfDue(db, folder, Retention{}, start);
    REQUIRE(first.isOk());
    CHECK(first.value().has_value()); // none yet: one is made
    auto soon = backup::backUpIfDue(db, folder, Retention{}, start.addSecs(23 * 3600));
    REQUIRE(soon.isOk());
    CHECK_FALSE(soon.value().has_value());
    auto dayLater = backup::backUpIfDue(db, folder, Retention{}, start.addSecs(24 * 3600));
    REQUIRE(dayLater.isOk());
    CHECK(dayLater.value().has_value());
    CHECK(filesIn(folder).size() == 2);
    CHECK(backup::newestBackup(db, folder, start.addDays(2)) == start.addSecs(24 * 3600));
}

// ---------------------------------------------------------------- restoring

namespace {

struct RestoreCase
{
    StoreFixture f{QStringLiteral("book.db")};
    QString db = f.path(QStringLiteral("book.db"));
    QString keep = f.dir.filePath(QStringLiteral("kept"));
    QString backupFile = f.dir.filePath(QStringLiteral("good.db"));
    RestoreCase()
    {
        fillBook(f);
        auto made = backup::makeBackup(db, backupFile);
        REQUIRE(made.isOk());
    }
    // The store is closed, as the window and the CLI do before a restore.
    void close() { f.store.reset(); }
    void reopen()
    {
        auto r = Store::open(db);
        REQUIRE_MESSAGE(r.isOk(), r.message().toStdString());
        f.store = std::move(r.value());
    }
    qint64 accounts()
    {
        return f.store->reader().scalar(QStringLiteral("SELECT count(*) FROM accounts")).toLongLong();
    }
};

} // namespace

TEST_CASE("restore: bad files are refused with a message naming them, and nothing changes")
{
    RestoreCase c;
    c.f.account(QStringLiteral("恢复前集团")); // after the backup
    c.close();
    const QByteArray before = hashOf(c.db);
    std::mt19937 random(7);
    QByteArray noise(64 * 1024, '\0');
    for (char& b : noise)
        b = char(random() & 0xff);
    QFile good(c.backupFile);
    REQUIRE(good.open(QIODevice::ReadOnly));
    const QByteArray whole = good.readAll();
    good.close();

    struct Bad
    {
        const char* name;
        QByteArray bytes;
        const char* says;
    };
    const std::vector<Bad> bad = {
        {"noise.db", noise, "not a Summit database"},
        {"truncated.db", whole.left(whole.size() / 2), "damaged"},
        {"empty.db", QByteArray(), "empty"},
    };
    for (const Bad& b : bad) {
        const std::string name = b.name;
        CAPTURE(name);
        const QString path = c.f.dir.filePath(QString::fromLatin1(b.name));
        writeFile(path, b.bytes);
        auto r = backup::restore(path, c.db, c.keep);
        REQUIRE_FALSE(r.isOk());
        CHECK(r.message().contains(QString::fromLatin1(b.name)));
        CHECK_MESSAGE(r.message().contains(QString::fromLatin1(b.says)), r.message().toStdString());
        CHECK(r.message().startsWith(QStringLiteral("Nothing was restored")));
        CHECK(hashOf(c.db) == before);
        CHECK_FALSE(QFile::exists(c.keep)); // not even the current file was kept: nothing began
        CHECK_FALSE(QFile::exists(c.db + QStringLiteral(".restoring")));
    }

    // Written by a newer Summit.
    const QString newer = c.f.dir.filePath(QStringLiteral("newer.db"));
    REQUIRE(QFile::copy(c.backupFile, newer));
    REQUIRE(test::writeBehindStore(
        newer, QStringLiteral("PRAGMA user_version = %1").arg(migrations::latestVersion() + 1)));
    auto r = backup::restore(newer, c.db, c.keep);
    REQUIRE_FALSE(r.isOk());
    CHECK(r.message().contains(QStringLiteral("newer Summit")));
    // A SQLite database that is not Summit's, a missing file, and the database itself.
    const QString foreign = c.f.dir.filePath(QStringLiteral("foreign.db"));
    REQUIRE(test::writeBehindStore(foreign, QStringLiteral("CREATE TABLE t (x)")));
    CHECK(backup::restore(foreign, c.db, c.keep).message().contains(QStringLiteral("not Summit's")));
    CHECK(backup::restore(c.f.dir.filePath(QStringLiteral("missing.db")), c.db, c.keep)
              .message()
              .contains(QStringLiteral("does not exist")));
    CHECK(backup::restore(c.db, c.db, c.keep).message().contains(QStringLiteral("the database itself")));
    CHECK(hashOf(c.db) == before);
    CHECK_FALSE(QFile::exists(c.keep));
    c.reopen();
    CHECK(c.accounts() == 3);
}

TEST_CASE("restore: refused while another connection has the database open")
{
    RestoreCase c;
    // c.f.store is still open.
    auto r = backup::restore(c.backupFile, c.db, c.keep);
    REQUIRE_FALSE(r.isOk());
    CHECK(r.message().contains(QStringLiteral("open in another program")));
    CHECK_FALSE(QFile::exists(c.keep));
}

TEST_CASE("restore: the backup replaces the database, which is kept first; a solo database keeps its id")
{
    RestoreCase c;
    const QString replica = c.f.store->replicaId();
    c.f.account(QStringLiteral("恢复前集团"));
    REQUIRE(c.accounts() == 3);
    c.close();
    auto r = backup::restore(c.backupFile, c.db, c.keep);
    REQUIRE_MESSAGE(r.isOk(), r.message().toStdString());
    CHECK_FALSE(r.value().team);
    CHECK(r.value().replica == replica);
    CHECK_FALSE(r.value().keptUnverified);
    // The kept file is a backup like any other, with the account made after the backup.
    auto kept = backup::inspect(r.value().keptCurrent, backup::Check::Full);
    REQUIRE(kept.isOk());
    CHECK(kept.value().accounts == 3);
    CHECK(QFileInfo(r.value().keptCurrent).absolutePath() ==
          QFileInfo(c.keep + QStringLiteral("/x")).absolutePath());
    CHECK(r.value().keptCurrent.endsWith(QStringLiteral("-before-restore.db")));
    CHECK(backup::isKeptBeforeRestore(r.value().keptCurrent));
    CHECK(backup::timeFromName(QFileInfo(r.value().keptCurrent).fileName()).isValid());
    // The only copy of what the restore undid: the retention leaves it, however many backups follow.
    for (int i = 0; i < 3; ++i)
        REQUIRE(
            backup::backUpInto(c.db, c.keep, Retention{1, 0}, QDateTime::currentDateTimeUtc().addSecs(i + 1))
                .isOk());
    CHECK(QFile::exists(r.value().keptCurrent));
    CHECK(filesIn(c.keep).size() == 2); // it, and the newest of today
    c.reopen();
    CHECK(c.accounts() == 2);
    CHECK(c.f.store->replicaId() == replica);
    CHECK_FALSE(QFile::exists(c.db + QStringLiteral(".restoring")));
    // And back again, from the kept file.
    c.close();
    auto back = backup::restore(r.value().keptCurrent, c.db, c.keep);
    REQUIRE(back.isOk());
    c.reopen();
    CHECK(c.accounts() == 3);
}

TEST_CASE("restore: a damaged current database is kept byte for byte, unchecked, and replaced")
{
    RestoreCase c;
    c.close();
    QFile db(c.db);
    REQUIRE(db.open(QIODevice::ReadWrite));
    const QByteArray whole = db.readAll();
    REQUIRE(db.resize(whole.size() / 3)); // cut short: quick_check fails on it
    db.close();
    auto r = backup::restore(c.backupFile, c.db, c.keep);
    REQUIRE_MESSAGE(r.isOk(), r.message().toStdString());
    CHECK(r.value().keptUnverified);
    CHECK(QFileInfo(r.value().keptCurrent).size() == whole.size() / 3);
    c.reopen();
    CHECK(c.accounts() == 2);
}

TEST_CASE("restore: a write-ahead log left beside a missing database is not replayed into the restored one")
{
    RestoreCase c;
    // Another database's log, full of its frames, lies where the restored file goes.
    StoreFixture other(QStringLiteral("other.db"));
    for (int i = 0; i < 50; ++i)
        other.account(QStringLiteral("别的集团%1").arg(i));
    const QString target = c.f.dir.filePath(QStringLiteral("new/book.db"));
    QDir().mkpath(QFileInfo(target).absolutePath());
    REQUIRE(QFileInfo(other.path(QStringLiteral("other.db")) + QStringLiteral("-wal")).size() > 0);
    REQUIRE(QFile::copy(other.path(QStringLiteral("other.db")) + QStringLiteral("-wal"),
                        target + QStringLiteral("-wal")));
    auto r = backup::restore(c.backupFile, target, c.keep);
    REQUIRE_MESSAGE(r.isOk(), r.message().toStdString());
    CHECK(r.value().keptCurrent.isEmpty()); // there was no database to keep
    auto opened = Store::open(target);
    REQUIRE_MESSAGE(opened.isOk(), opened.message().toStdString());
    CHECK(opened.value()->reader().scalar(QStringLiteral("SELECT count(*) FROM accounts")).toInt() == 2);
    CHECK(opened.value()->reader().scalar(QStringLiteral("PRAGMA quick_check")).toString() ==
          QStringLiteral("ok"));
}

TEST_CASE("restore: an older schema is upgraded on the way in")
{
    RestoreCase c;
    const QString old = c.f.dir.filePath(QStringLiteral("v5.db"));
    {
        Database raw;
        REQUIRE(raw.open(old));
        REQUIRE(migrations::createAt(raw, 5));
    }
    c.close();
    auto r = backup::restore(old, c.db, c.keep);
    REQUIRE_MESSAGE(r.isOk(), r.message().toStdString());
    c.reopen();
    CHECK(migrations::currentVersion(c.f.store->reader()) == migrations::latestVersion());
    CHECK(c.accounts() == 0);
}

TEST_CASE("restore of a team database: a new replica id; what the team never received is renumbered under it")
{
    // The backup wrote as R with 5 operations, 3 of them confirmed by the remote.
    RestoreCase c; // fillBook wrote 9 operations
    const QString r0 = c.f.store->replicaId();
    REQUIRE(c.f.store->setLocalValue(synckeys::kRemote, QStringLiteral("git://127.0.0.1/team.git")));
    REQUIRE(c.f.store->setLocalValue(synckeys::kPushedSeq, 6));
    REQUIRE(c.f.store->setLocalValue(synckeys::kOwnTip,
                                     QStringLiteral("0123456789abcdef0123456789abcdef01234567")));
    auto made = backup::makeBackup(c.db, c.backupFile);
    REQUIRE(made.isOk());
    const qint64 ops = qint64(c.f.store->operationCount());
    REQUIRE(ops == 9);

    SUBCASE("the database it replaces had sent only what the backup knew of: the rest is renumbered")
    {
        c.f.account(
            QStringLiteral("未发送集团")); // op 10, never sent: lost with the replaced file (kept aside)
        c.close();
        auto r = backup::restore(c.backupFile, c.db, c.keep);
        REQUIRE_MESSAGE(r.isOk(), r.message().toStdString());
        CHECK(r.value().team);
        CHECK(r.value().previousReplica == r0);
        CHECK(r.value().replica != r0);
        CHECK(r.value().renumbered == 3);
        c.reopen();
        Store& s = *c.f.store;
        CHECK(s.replicaId() == r.value().replica);
        CHECK(s.confirmedSeqOf(r0) == 6); // R's first six stay R's: the team holds them under those ids
        CHECK(s.countOwnOperationsAfter(0) == 3);
        // The renumbered ones say they had seen R's first six, so none reads as concurrent with them.
        CHECK(s.reader()
                  .scalar(QStringLiteral("SELECT count(*) FROM ops o JOIN frontiers f ON f.id = o.frontier "
                                         "WHERE o.replica = ? AND f.value = ?"),
                          {s.replicaId(), QStringLiteral("%1:6").arg(r0)})
                  .toInt() == 3);
        // What sync recorded of R's own batches is gone; the team remote stays.
        CHECK(s.localValue(synckeys::kOwnTip).isNull());
        CHECK(s.localValue(synckeys::kPushedSeq).isNull());
        CHECK(s.localValue(synckeys::kRemote).toString() == QStringLiteral("git://127.0.0.1/team.git"));
        // A new edit is numbered after them, under the new id.
        const QString acc = c.f.account(QStringLiteral("恢复后集团"));
        CHECK(s.countOwnOperationsAfter(0) == 4);
        CHECK(s.reader().scalar(QStringLiteral("SELECT op_id FROM ops ORDER BY n DESC LIMIT 1")).toString() ==
              QStringLiteral("%1:4").arg(s.replicaId()));
        CHECK_FALSE(acc.isEmpty());
    }
    SUBCASE("the database it replaces had sent more: nothing is renumbered, sync brings the rest")
    {
        c.f.account(QStringLiteral("已发送集团"));
        REQUIRE(c.f.store->setLocalValue(synckeys::kPushedSeq, 10));
        c.close();
        auto r = backup::restore(c.backupFile, c.db, c.keep);
        REQUIRE(r.isOk());
        CHECK(r.value().renumbered == 0);
        c.reopen();
        CHECK(c.f.store->confirmedSeqOf(r0) == 9);
        CHECK(c.f.store->countOwnOperationsAfter(0) == 0);
    }
    SUBCASE("a backup from before the team was joined takes the team's remote from the file it replaces")
    {
        c.close();
        const QString early = c.f.dir.filePath(QStringLiteral("early.db"));
        REQUIRE(QFile::copy(c.backupFile, early));
        REQUIRE(test::writeBehindStore(early, QStringLiteral("DELETE FROM local WHERE key LIKE 'sync.%'")));
        auto r = backup::restore(early, c.db, c.keep);
        REQUIRE(r.isOk());
        CHECK(r.value().team);
        CHECK(r.value().renumbered == 3); // the replaced file had confirmed six of R's operations
        c.reopen();
        CHECK(c.f.store->localValue(synckeys::kRemote).toString() ==
              QStringLiteral("git://127.0.0.1/team.git"));
    }
}
