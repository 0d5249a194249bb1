#pragma once
// A store on a temporary file with a fixed, stepping clock, and helpers to
// create small accounts in tests.

#include "store/Database.h"
#include "store/Ids.h"
#include "store/Store.h"

#include <QFile>
#include <QStringList>
#include <QTemporaryDir>
#include <doctest/doctest.h>

namespace summit::test {

// A statement run behind the store's back on a connection of its own: the
// store's connection refuses writes outside its write path (query_only), so a
// test that damages or trims a database on purpose goes through this.
inline Status writeBehindStore(const QString& path, const QString& sql, const QVariantList& binds = {})
{
    Database raw;
    if (Status s = raw.open(path); !s)
        return s;
    return raw.exec(sql, binds);
}

// The rows of `sql` as text, one line per row with cells joined by '|': states of two
// databases compare as lists.
inline QStringList rowsAsText(Store& store, const QString& sql)
{
    auto rows = store.reader().rows(sql);
    REQUIRE(rows.isOk());
    QStringList out;
    for (const QVariantList& r : rows.value()) {
        QStringList cells;
        for (const QVariant& v : r)
            cells << v.toString();
        out << cells.join(QLatin1Char('|'));
    }
    return out;
}

struct StoreFixture
{
    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    qint64 now = 1'780'000'000'000; // a fixed instant, stepped by one second per read

    // `copyFrom`: a database file the store starts as a copy of (see DemoFixture.h).
    explicit StoreFixture(const QString& name = QStringLiteral("test.db"), const QString& copyFrom = {})
    {
        REQUIRE(dir.isValid());
        if (!copyFrom.isEmpty())
            REQUIRE(QFile::copy(copyFrom, dir.filePath(name)));
        auto r = Store::open(dir.filePath(name));
        REQUIRE_MESSAGE(r.isOk(), r.message().toStdString());
        store = std::move(r.value());
        store->setWallClock([this] { return now += 1000; });
    }

    QString path(const QString& name = QStringLiteral("test.db")) const { return dir.filePath(name); }

    QString add(const QString& entity, FieldValues fields)
    {
        const QString id = ids::newId();
        const Status s =
            store->apply({QStringLiteral("add"), {Operation::set(entity, id, std::move(fields))}});
        REQUIRE_MESSAGE(s.isOk(), s.message().toStdString());
        return id;
    }
    Status set(const QString& entity, const QString& id, FieldValues fields)
    {
        return store->apply({QStringLiteral("edit"), {Operation::set(entity, id, std::move(fields))}});
    }
    QVariant get(const QString& entity, const QString& id, const QString& field)
    {
        auto r = store->record(entity, id);
        REQUIRE_MESSAGE(r.isOk(), r.message().toStdString());
        return r.value().value(field);
    }
    QString account(const QString& name = QStringLiteral("华为技术有限公司"))
    {
        return add(QStringLiteral("account"), {{QStringLiteral("name"), name}});
    }
    QString unit(const QString& account, const QString& name, const QVariant& parent = {})
    {
        FieldValues f = {{QStringLiteral("account_id"), account}, {QStringLiteral("name"), name}};
        if (!parent.isNull())
            f.emplace_back(QStringLiteral("parent_id"), parent);
        return add(QStringLiteral("org_unit"), f);
    }
    QString contact(const QString& account, const QString& name, FieldValues more = {})
    {
        FieldValues f = {{QStringLiteral("account_id"), account}, {QStringLiteral("name"), name}};
        f.insert(f.end(), more.begin(), more.end());
        return add(QStringLiteral("contact"), f);
    }
};

} // namespace summit::test
