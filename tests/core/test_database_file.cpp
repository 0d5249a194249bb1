// Opening a database file a person named: every way the file can be wrong is
// refused with a message that names the file, and the file is left as it was;
// a read-only file opens read-only and refuses every write; a full disk or a
// busy file rolls the change back and says so; two connections writing under
// one replica id (the app and summit-cli) never reuse an operation's number.
#include "QtDoctest.h"
#include "ReadOnlyFile.h"
#include "StoreFixture.h"
#include "store/Database.h"
#include "store/DatabaseFile.h"
#include "store/Ids.h"
#include "store/Migrations.h"
#include "store/Queries.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace summit;
using dbfile::Problem;

namespace {

QByteArray digest(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

Change accounts(int n, const QString& prefix)
{
    Change c{QStringLiteral("add accounts"), {}};
    for (int i = 0; i < n; ++i)
        c.ops.push_back(
            Operation::set(QStringLiteral("account"), ids::newId(),
                           {{QStringLiteral("name"), QStringLiteral("%1%2").arg(prefix).arg(i)}}));
    return c;
}

// A closed Summit database with `n` accounts (closing checkpoints the WAL into the file).
void makeDatabase(const QString& path, int n = 3)
{
    auto store = Store::open(path);
    REQUIRE_MESSAGE(store.isOk(), store.message().toStdString());
    REQUIRE(store.value()->apply(accounts(n, QStringLiteral("客户"))));
}

qint64 liveAccounts(Store& store)
{
    auto n = countLive(store.reader(), QStringLiteral("account"));
    REQUIRE(n.isOk());
    return n.value();
}

} // namespace

TEST_CASE("a missing file or folder is refused, and nothing is created unless asked for")
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("客户.db"));
    dbfile::Opening opened = dbfile::open(missing);
    CHECK_FALSE(opened);
    CHECK(opened.problem == Problem::Missing);
    CHECK(opened.message.contains(QDir::toNativeSeparators(missing)));
    CHECK(opened.message.contains(QStringLiteral("does not exist")));
    CHECK_FALSE(QFile::exists(missing));

    const QString noFolder = dir.filePath(QStringLiteral("gone/team.db"));
    opened = dbfile::open(noFolder);
    CHECK(opened.problem == Problem::FolderMissing);
    CHECK(opened.message.contains(QDir::toNativeSeparators(dir.filePath(QStringLiteral("gone")))));
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("gone"))));

    // Creating is an explicit choice: then the folder and the database are made.
    dbfile::Options create;
    create.create = true;
    opened = dbfile::open(noFolder, create);
    REQUIRE_MESSAGE(opened, opened.message.toStdString());
    CHECK(opened.created);
    CHECK(QFile::exists(noFolder));
    CHECK_FALSE(opened.store->isReadOnly());
}

TEST_CASE("an empty file, a folder and a file of another kind are refused and left as they were")
{
    QTemporaryDir dir;
    const QString empty = dir.filePath(QStringLiteral("empty.db"));
    writeFile(empty, {});
    dbfile::Opening opened = dbfile::open(empty);
    CHECK(opened.problem == Problem::Empty);
    CHECK(opened.message.contains(QStringLiteral("0 bytes")));
    CHECK(QFileInfo(empty).size() == 0);
    dbfile::Options create;
    create.create = true;
    CHECK(dbfile::open(empty, create)); // asked for: the empty file becomes a database

    opened = dbfile::open(dir.path());
    CHECK(opened.problem == Problem::NotAFile);

    const QString text = dir.filePath(QStringLiteral("notes.db"));
    writeFile(text, "客户名单\nthis is not a database\n");
    const QByteArray before = digest(text);
    opened = dbfile::open(text);
    CHECK(opened.problem == Problem::NotSqlite);
    CHECK(opened.message.contains(QDir::toNativeSeparators(text)));
    CHECK(digest(text) == before);
    CHECK_FALSE(QFile::exists(text + QStringLiteral("-wal")));
    opened = dbfile::open(text, create); // even when creating is allowed, it is not overwritten
    CHECK(opened.problem == Problem::NotSqlite);
    CHECK(digest(text) == before);
}

TEST_CASE("another program's SQLite database is refused without switching it to WAL")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("music.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("CREATE TABLE songs (title TEXT)")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO songs VALUES ('月亮代表我的心')")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    const QByteArray before = digest(path);
    dbfile::Opening opened = dbfile::open(path);
    CHECK(opened.problem == Problem::NotSummit);
    CHECK(opened.message.contains(QStringLiteral("another program")));
    CHECK(digest(path) == before); // byte 18 still says "rollback journal", not WAL
}

TEST_CASE("a database from a newer Summit is refused and not written to")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newer.db"));
    makeDatabase(path);
    const int newer = migrations::latestVersion() + 1;
    REQUIRE(test::writeBehindStore(path, QStringLiteral("PRAGMA user_version = %1").arg(newer)));
    const QByteArray before = digest(path);

    for (bool readOnly : {false, true}) {
        CAPTURE(readOnly);
        dbfile::Options options;
        options.readOnly = readOnly; // reading is refused as well: this build cannot know what it means
        const dbfile::Opening opened = dbfile::open(path, options);
        CHECK_FALSE(opened);
        CHECK(opened.problem == Problem::Newer);
        CHECK(opened.message.contains(QDir::toNativeSeparators(path)));
        CHECK(opened.message.contains(QStringLiteral("newer version of Summit")));
        CHECK(opened.message.contains(QString::number(newer)));
        CHECK(opened.message.contains(QString::number(migrations::latestVersion())));
    }
    CHECK(digest(path) == before);
    Database look;
    REQUIRE(look.open(path, OpenMode::ReadOnly));
    CHECK(migrations::currentVersion(look) == newer);
}

TEST_CASE("a damaged database is refused: a broken header, and damage only quick_check finds")
{
    QTemporaryDir dir;
    // The header after the 16-byte signature overwritten: SQLite cannot read it at all.
    const QString header = dir.filePath(QStringLiteral("header.db"));
    makeDatabase(header);
    {
        QFile f(header);
        REQUIRE(f.open(QIODevice::ReadWrite));
        f.seek(16);
        f.write(QByteArray(84, '\xff'));
    }
    dbfile::Opening opened = dbfile::open(header);
    CHECK(opened.problem == Problem::Damaged);
    CHECK(opened.message.contains(QDir::toNativeSeparators(header)));
    CHECK(opened.message.contains(QStringLiteral("damaged")));

    // Pages in the middle of the tables overwritten; the header and the schema are fine.
    const QString pages = dir.filePath(QStringLiteral("pages.db"));
    makeDatabase(pages, 400);
    qint64 pageSize = 0, pageCount = 0;
    {
        Database look;
        REQUIRE(look.open(pages, OpenMode::ReadOnly));
        pageSize = look.scalar(QStringLiteral("PRAGMA page_size")).toLongLong();
        pageCount = look.scalar(QStringLiteral("PRAGMA page_count")).toLongLong();
    }
    REQUIRE(pageCount > 20);
    {
        QFile f(pages);
        REQUIRE(f.open(QIODevice::ReadWrite));
        f.seek((pageCount / 2) * pageSize);
        f.write(QByteArray(int(4 * pageSize), '\x55'));
    }
    auto found = dbfile::checkIntegrity(pages);
    const bool reported = !found || !found.value().isEmpty(); // an error, or what it found
    CHECK(reported);
    opened = dbfile::open(pages);
    CHECK_FALSE(opened);
    CHECK(opened.problem == Problem::Damaged);
    CHECK(opened.message.contains(QDir::toNativeSeparators(pages)));
    CHECK_FALSE(opened.message.contains(QLatin1Char('\n'))); // one line, however much SQLite found
    CHECK_FALSE(opened.message.contains(QStringLiteral("***")));

    // A sound file passes.
    const QString sound = dir.filePath(QStringLiteral("sound.db"));
    makeDatabase(sound);
    found = dbfile::checkIntegrity(sound, true);
    REQUIRE(found.isOk());
    CHECK(found.value().isEmpty());
}

TEST_CASE("a database opened read-only shows its data and refuses every write, naming the file")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.db"));
    makeDatabase(path, 2);
    const QByteArray before = digest(path);
    dbfile::Options options;
    options.readOnly = true;
    dbfile::Opening opened = dbfile::open(path, options);
    REQUIRE_MESSAGE(opened, opened.message.toStdString());
    Store& store = *opened.store;
    CHECK(store.isReadOnly());
    CHECK(liveAccounts(store) == 2);
    CHECK_FALSE(store.replicaId().isEmpty());

    const Status added = store.apply(accounts(1, QStringLiteral("新客户")));
    CHECK_FALSE(added);
    CHECK(added.message().contains(QStringLiteral("read-only")));
    CHECK(added.message().contains(QDir::toNativeSeparators(path)));
    CHECK_FALSE(store.setLocalValue(QStringLiteral("author"), QStringLiteral("x")));
    CHECK_FALSE(store.undo());
    CHECK_FALSE(store.rebuildFromLog());
    CHECK_FALSE(store.integrate({}));
    CHECK(liveAccounts(store) == 2);
    opened.store.reset();
    CHECK(digest(path) == before);
}

TEST_CASE("a file or a folder this user cannot write to opens read-only by itself")
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("archive"));
    REQUIRE(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/2025.db");
    makeDatabase(path, 2);
    const QByteArray before = digest(path);

    SUBCASE("the file")
    {
        test::ReadOnlyFile readOnly(path);
        if (!readOnly.ok()) {
            MESSAGE("cannot make a file read-only here (root without chattr): not checked");
            return;
        }
        dbfile::Opening opened = dbfile::open(path);
        REQUIRE_MESSAGE(opened, opened.message.toStdString());
        CHECK(opened.store->isReadOnly());
        CHECK(liveAccounts(*opened.store) == 2);
        const Status s = opened.store->apply(accounts(1, QStringLiteral("新")));
        CHECK(s.message().contains(QStringLiteral("read-only")));
    }
    SUBCASE("the folder (no -wal or -shm file can be made beside it)")
    {
        REQUIRE_FALSE(QFile::exists(path + QStringLiteral("-wal")));
        test::ReadOnlyFile readOnly(folder);
        if (!readOnly.ok()) {
            MESSAGE("cannot make a folder read-only here (root without chattr): not checked");
            return;
        }
        dbfile::Opening opened = dbfile::open(path);
        REQUIRE_MESSAGE(opened, opened.message.toStdString());
        CHECK(opened.store->isReadOnly());
        CHECK(liveAccounts(*opened.store) == 2);
        CHECK_FALSE(opened.store->apply(accounts(1, QStringLiteral("新"))));
        CHECK(QDir(folder).entryList(QDir::Files) == QStringList{QStringLiteral("2025.db")});
    }
    CHECK(digest(path) == before);
}

TEST_CASE("an older database that is read-only cannot be upgraded: refused with the reason")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.db"));
    {
        Database old;
        REQUIRE(old.open(path));
        REQUIRE(migrations::createAt(old, migrations::latestVersion() - 1));
    }
    dbfile::Options options;
    options.readOnly = true;
    const dbfile::Opening opened = dbfile::open(path, options);
    CHECK(opened.problem == Problem::UpgradeReadOnly);
    CHECK(opened.message.contains(QStringLiteral("older version")));
    Database look;
    REQUIRE(look.open(path, OpenMode::ReadOnly));
    CHECK(migrations::currentVersion(look) == migrations::latestVersion() - 1);
}

TEST_CASE("a full disk: the change rolls back, the message says so and names the file, the file stays sound")
{
    test::StoreFixture f;
    f.account(QStringLiteral("已有客户"));
    Database& db = f.store->reader();
    const qint64 pages = db.scalar(QStringLiteral("PRAGMA page_count")).toLongLong();
    // SQLite's limit on the file's size stands in for a full disk: the same SQLITE_FULL.
    REQUIRE(db.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 1)));
    const Change big = accounts(300, QStringLiteral("新客户"));
    const Status s = f.store->apply(big);
    REQUIRE_FALSE(s);
    CHECK(s.message().contains(QStringLiteral("disk is full")));
    CHECK(s.message().contains(QDir::toNativeSeparators(f.path())));
    CHECK(liveAccounts(*f.store) == 1);
    CHECK(f.store->undoLabel() != big.label); // nothing of it on the undo stack
    auto check = dbfile::checkIntegrity(f.path());
    REQUIRE(check.isOk());
    CHECK(check.value().isEmpty());

    // Space again: the same change goes through, numbered as if the failed one never was.
    REQUIRE(db.exec(QStringLiteral("PRAGMA max_page_count = 1073741823")));
    REQUIRE(f.store->apply(big));
    CHECK(liveAccounts(*f.store) == 301);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) = count(DISTINCT op_id) FROM ops")).toBool());
}

TEST_CASE(
    "a write waits for another connection's write lock, and says the file is busy when it waits too long")
{
    test::StoreFixture f;
    auto other = Store::open(f.path());
    REQUIRE(other.isOk());
    QElapsedTimer timer;
    timer.start();
    {
        StoreTransaction holding(*f.store);
        REQUIRE(holding.status());
        const Status s = other.value()->apply(accounts(1, QStringLiteral("等待")));
        CHECK_FALSE(s);
        CHECK(timer.elapsed() >= Database::kBusyTimeoutMs - 500); // it waited before giving up
        CHECK(s.message().contains(QStringLiteral("busy")));
        CHECK(s.message().contains(QDir::toNativeSeparators(f.path())));
    }
    CHECK(other.value()->apply(accounts(1, QStringLiteral("等待"))));
}

TEST_CASE("two connections writing under one replica id never give two operations the same number")
{
    // The app and summit-cli on one file are the same replica.
    test::StoreFixture f;
    auto other = Store::open(f.path());
    REQUIRE(other.isOk());
    REQUIRE(other.value()->replicaId() == f.store->replicaId());
    for (int i = 0; i < 5; ++i) {
        REQUIRE(f.store->apply(accounts(2, QStringLiteral("甲%1-").arg(i))));
        const Status s = other.value()->apply(accounts(2, QStringLiteral("乙%1-").arg(i)));
        REQUIRE_MESSAGE(s, s.message().toStdString());
    }
    Database& db = f.store->reader();
    CHECK(liveAccounts(*f.store) == 20);
    CHECK(db.scalar(QStringLiteral("SELECT count(DISTINCT seq) FROM ops")).toInt() == 20);
    CHECK(db.scalar(QStringLiteral("SELECT max(seq) FROM ops")).toInt() == 20);
}
