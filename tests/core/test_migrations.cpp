#include "QtDoctest.h"
#include "StoreFixture.h"
#include "store/Database.h"
#include "store/Migrations.h"

#include <QFile>

using namespace summit;

TEST_CASE("a new database is created at the latest schema")
{
    test::StoreFixture f;
    CHECK(migrations::currentVersion(f.store->reader()) == migrations::latestVersion());
    CHECK(migrations::latestVersion() >= 2);
}

TEST_CASE("upgrading step by step from every older version gives the schema of a fresh database")
{
    QTemporaryDir dir;
    Database fresh;
    REQUIRE(fresh.open(dir.filePath(QStringLiteral("fresh.db"))));
    REQUIRE(migrations::upgrade(fresh));
    const QStringList expected = migrations::describeSchema(fresh);
    CHECK(expected.size() > 50);

    for (int v = 1; v < migrations::latestVersion(); ++v) {
        CAPTURE(v);
        const QString path = dir.filePath(QStringLiteral("v%1.db").arg(v));
        {
            Database old;
            REQUIRE(old.open(path));
            REQUIRE(migrations::createAt(old, v));
            CHECK(migrations::currentVersion(old) == v);
            // Data written at the old version survives the upgrade.
            REQUIRE(old.exec(QStringLiteral("INSERT INTO accounts (id, name) VALUES ('a', '旧数据')")));
        }
        auto store = Store::open(path);
        REQUIRE_MESSAGE(store.isOk(), store.message().toStdString());
        CHECK(migrations::describeSchema(store.value()->reader()) == expected);
        CHECK(store.value()
                  ->reader()
                  .scalar(QStringLiteral("SELECT name FROM accounts WHERE id = 'a'"))
                  .toString() == QStringLiteral("旧数据"));
    }
}

TEST_CASE("a database from a newer Summit is refused with a clear message and left alone")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.db"));
    {
        Database db;
        REQUIRE(db.open(path));
        REQUIRE(migrations::upgrade(db));
        REQUIRE(db.exec(QStringLiteral("PRAGMA user_version = 999")));
    }
    auto store = Store::open(path);
    REQUIRE_FALSE(store.isOk());
    CHECK(store.message().contains(QStringLiteral("newer version of Summit")));
    CHECK(store.message().contains(QStringLiteral("999")));
    Database db;
    REQUIRE(db.open(path));
    CHECK(migrations::currentVersion(db) == 999);
}

TEST_CASE("a SQLite file that is not ours, or not SQLite at all, is refused")
{
    QTemporaryDir dir;
    const QString foreign = dir.filePath(QStringLiteral("foreign.db"));
    {
        Database db;
        REQUIRE(db.open(foreign));
        REQUIRE(db.exec(QStringLiteral("CREATE TABLE t (x)")));
    }
    auto a = Store::open(foreign);
    REQUIRE_FALSE(a.isOk());
    CHECK(a.message().contains(QStringLiteral("not a Summit database")));

    const QString garbage = dir.filePath(QStringLiteral("garbage.db"));
    QFile file(garbage);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    auto b = Store::open(garbage);
    REQUIRE_FALSE(b.isOk());
    CHECK(b.message().contains(garbage));
}
