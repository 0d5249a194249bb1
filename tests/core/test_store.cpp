// The store's local write path: logging, validation, trees, history, undo, rebuild,
// listeners and the read-only reader. Integrating remote operations: test_store_merge.cpp.
#include "StoreTestHelpers.h"
#include "store/History.h"

#include <QSignalSpy>
#include <algorithm>
#include <random>

using namespace summit;
using namespace summit::storetest;
using test::StoreFixture;

TEST_CASE("a change is logged, stamped and materialised in one step")
{
    StoreFixture f;
    const QString a = f.account();
    CHECK(f.get(kAccount, a, QStringLiteral("name")) == QStringLiteral("华为技术有限公司"));
    CHECK(opCount(*f.store) == 1);
    REQUIRE(f.set(
        kAccount, a,
        {{QStringLiteral("tier"), QStringLiteral("A")}, {QStringLiteral("region"), QStringLiteral("华南")}}));
    CHECK(f.get(kAccount, a, QStringLiteral("tier")) == QStringLiteral("A"));
    CHECK(opCount(*f.store) == 2);
    const auto stamps =
        f.store->reader().scalar(QStringLiteral("SELECT count(DISTINCT hlc) FROM ops")).toInt();
    CHECK(stamps == 2);
    CHECK(f.store->reader()
              .scalar(QStringLiteral("SELECT count(*) FROM ops WHERE replica <> ?"), {f.store->replicaId()})
              .toInt() == 0);
}

namespace {
int liveAccounts(Store& store)
{
    return store.reader().scalar(QStringLiteral("SELECT count(*) FROM accounts WHERE deleted = 0")).toInt();
}
} // namespace

TEST_CASE("a large change reports its progress, can be cancelled whole, and holds off other writes meanwhile")
{
    StoreFixture f;
    Change change{QStringLiteral("Import accounts.csv"), {}};
    for (int i = 0; i < 5000; ++i)
        change.ops.push_back(Operation::set(kAccount, ids::newId(),
                                            {{QStringLiteral("name"), QStringLiteral("客户%1").arg(i)}}));
    const quint64 clock = f.store->clock().last();
    const quint64 logged = f.store->operationCount();
    std::vector<std::pair<qint64, qint64>> reports;
    Status meanwhile;
    bool busy = false;
    ApplyOptions options;

    SUBCASE("cancelled: nothing of it is saved, the numbers are given back")
    {
        options.progress = [&](qint64 done, qint64 total) {
            reports.emplace_back(done, total);
            busy = f.store->isBusy();
            // What the progress dialog lets happen (a timer, a queued call) cannot write meanwhile.
            meanwhile =
                f.store->apply({QStringLiteral("edit"),
                                {Operation::set(kAccount, ids::newId(),
                                                {{QStringLiteral("name"), QStringLiteral("中途")}})}});
            return done < 4000;
        };
        const Status s = f.store->apply(change, options);
        REQUIRE_FALSE(s);
        CHECK(s.message().contains(QStringLiteral("Cancelled")));
        CHECK(reports == std::vector<std::pair<qint64, qint64>>{{2000, 5000}, {4000, 5000}});
        CHECK(busy);
        CHECK_FALSE(meanwhile);
        CHECK(meanwhile.message().contains(QStringLiteral("still saving")));
        CHECK_FALSE(f.store->isBusy());
        CHECK(liveAccounts(*f.store) == 0);
        CHECK(f.store->operationCount() == logged);
        CHECK(f.store->clock().last() == clock);
        CHECK_FALSE(f.store->canUndo());
        // The store writes again as before.
        f.add(kAccount, {{QStringLiteral("name"), QStringLiteral("之后")}});
        CHECK(liveAccounts(*f.store) == 1);
    }
    SUBCASE("let run: every operation saved in one change, one undo")
    {
        options.progress = [&](qint64 done, qint64 total) {
            reports.emplace_back(done, total);
            return true;
        };
        REQUIRE(f.store->apply(change, options));
        CHECK(reports == std::vector<std::pair<qint64, qint64>>{{2000, 5000}, {4000, 5000}, {5000, 5000}});
        CHECK(liveAccounts(*f.store) == 5000);
        REQUIRE(f.store->undo());
        CHECK(liveAccounts(*f.store) == 0);
    }
    SUBCASE("a small change reports nothing")
    {
        change.ops.resize(1999);
        options.progress = [&](qint64 done, qint64 total) {
            reports.emplace_back(done, total);
            return true;
        };
        REQUIRE(f.store->apply(change, options));
        CHECK(reports.empty());
    }
}

TEST_CASE("listeners hear once per change, with the records it touched")
{
    StoreFixture f;
    const QString a = f.account();
    QSignalSpy spy(f.store.get(), &Store::changed);
    const QString u1 = ids::newId(), u2 = ids::newId();
    REQUIRE(f.store->apply({QStringLiteral("two units"),
                            {Operation::set(kUnit, u1,
                                            {{QStringLiteral("account_id"), a},
                                             {QStringLiteral("name"), QStringLiteral("集团总部")}}),
                             Operation::set(kUnit, u2,
                                            {{QStringLiteral("account_id"), a},
                                             {QStringLiteral("name"), QStringLiteral("云业务部")},
                                             {QStringLiteral("parent_id"), u1}})}}));
    REQUIRE(spy.count() == 1);
    const auto set = spy.at(0).at(0).value<ChangeSet>();
    CHECK(set.ids.contains(u1));
    CHECK(set.ids.contains(u2));
    CHECK(set.entities.contains(kUnit));
    CHECK_FALSE(set.remote);
}

TEST_CASE("bad input names the field and the problem and changes nothing")
{
    StoreFixture f;
    const QString a = f.account();
    const QByteArray before = exportOf(*f.store);
    const qint64 ops = opCount(*f.store);

    SUBCASE("credit code with a wrong check character")
    {
        const Status s =
            f.set(kAccount, a, {{QStringLiteral("credit_code"), QStringLiteral("914403001922038217")}});
        REQUIRE_FALSE(s.isOk());
        CHECK(s.error().field == QStringLiteral("credit_code"));
        CHECK(s.message().contains(QStringLiteral("credit code")));
        CHECK(s.message().contains(QStringLiteral("6")));
        REQUIRE(f.set(kAccount, a, {{QStringLiteral("credit_code"), QStringLiteral("914403001922038216")}}));
        return;
    }
    SUBCASE("email, phone and mobile")
    {
        const QString c = f.contact(a, QStringLiteral("王建国"));
        const qint64 n = opCount(*f.store);
        CHECK(f.set(kContact, c, {{QStringLiteral("email"), QStringLiteral("wang@@example.com")}})
                  .error()
                  .field == QStringLiteral("email"));
        CHECK(f.set(kContact, c, {{QStringLiteral("phone"), QStringLiteral("12345")}}).error().field ==
              QStringLiteral("phone"));
        CHECK(
            f.set(kContact, c, {{QStringLiteral("mobile"), QStringLiteral("010-12345678")}}).error().field ==
            QStringLiteral("mobile"));
        CHECK(opCount(*f.store) == n);
        CHECK(f.set(kContact, c,
                    {{QStringLiteral("mobile"), QStringLiteral("13800138000")},
                     {QStringLiteral("phone"), QStringLiteral("0755-88889999转123")}}));
        return;
    }
    SUBCASE("enumerations and ranges")
    {
        const QString c = f.contact(a, QStringLiteral("李娜"));
        const qint64 n = opCount(*f.store);
        const Status stance = f.set(kContact, c, {{QStringLiteral("stance"), QStringLiteral("friendly")}});
        CHECK(stance.message().contains(QStringLiteral("champion")));
        CHECK(f.set(kContact, c, {{QStringLiteral("influence"), 6}}).error().field ==
              QStringLiteral("influence"));
        CHECK(f.set(kContact, c, {{QStringLiteral("influence"), QStringLiteral("high")}}).error().field ==
              QStringLiteral("influence"));
        CHECK(f.set(kAccount, a, {{QStringLiteral("tier"), QStringLiteral("Z")}}).error().field ==
              QStringLiteral("tier"));
        CHECK(f.set(kContact, c, {{QStringLiteral("left_on"), QStringLiteral("2024-02-30")}}).error().field ==
              QStringLiteral("left_on"));
        CHECK(opCount(*f.store) == n);
        return;
    }
    SUBCASE("required fields, unknown fields and unknown records")
    {
        const Status missing =
            f.store->apply({QStringLiteral("x"),
                            {Operation::set(kContact, ids::newId(), {{QStringLiteral("account_id"), a}})}});
        CHECK(missing.error().field == QStringLiteral("name"));
        CHECK(f.set(kAccount, a, {{QStringLiteral("name"), QString()}}).error().field ==
              QStringLiteral("name"));
        CHECK(f.set(kAccount, a, {{QStringLiteral("colour"), QStringLiteral("red")}})
                  .message()
                  .contains(QStringLiteral("colour")));
        CHECK_FALSE(f.store->apply({QStringLiteral("x"), {Operation::remove(kAccount, ids::newId())}}));
        CHECK_FALSE(f.store->apply(
            {QStringLiteral("x"),
             {Operation::set(QStringLiteral("planet"), ids::newId(), {{QStringLiteral("name"), 1}})}}));
        CHECK_FALSE(f.store->apply({QStringLiteral("x"),
                                    {Operation::set(kAccount, QStringLiteral("1"),
                                                    {{QStringLiteral("name"), QStringLiteral("x")}})}}));
    }
    SUBCASE("a change is all or nothing")
    {
        const Status s =
            f.store->apply({QStringLiteral("two"),
                            {Operation::set(kAccount, a, {{QStringLiteral("tier"), QStringLiteral("S")}}),
                             Operation::set(kAccount, a, {{QStringLiteral("tier"), QStringLiteral("Q")}})}});
        CHECK_FALSE(s.isOk());
        CHECK(f.get(kAccount, a, QStringLiteral("tier")).isNull());
    }
    CHECK(exportOf(*f.store) == before);
    CHECK(opCount(*f.store) == ops);
    // The failed attempts used no sequence numbers: the next one follows on.
    REQUIRE(f.set(kAccount, a, {{QStringLiteral("tier"), QStringLiteral("B")}}));
    CHECK(f.store->reader().scalar(QStringLiteral("SELECT max(seq) FROM ops")).toLongLong() == ops + 1);
}

TEST_CASE("trees: cycles and references into another account are refused")
{
    StoreFixture f;
    const QString a = f.account();
    const QString other = f.account(QStringLiteral("中国移动通信集团有限公司"));
    const QString hq = f.unit(a, QStringLiteral("集团总部"));
    const QString div = f.unit(a, QStringLiteral("企业业务部"), hq);
    const QString region = f.unit(a, QStringLiteral("华东区"), div);
    const QString foreignUnit = f.unit(other, QStringLiteral("总部"));

    const Status cycle = f.store->apply(
        {QStringLiteral("move"), {Operation::move(kUnit, hq, QStringLiteral("parent_id"), region)}});
    CHECK_FALSE(cycle.isOk());
    CHECK(cycle.message().contains(QStringLiteral("own ancestor")));
    CHECK_FALSE(f.store->apply(
        {QStringLiteral("move"), {Operation::move(kUnit, hq, QStringLiteral("parent_id"), hq)}}));
    const Status cross = f.store->apply(
        {QStringLiteral("move"), {Operation::move(kUnit, div, QStringLiteral("parent_id"), foreignUnit)}});
    CHECK(cross.message().contains(QStringLiteral("another account")));
    CHECK(f.get(kUnit, hq, QStringLiteral("parent_id")).isNull());
    CHECK(f.get(kUnit, div, QStringLiteral("parent_id")) == hq);

    REQUIRE(f.store->apply(
        {QStringLiteral("move"), {Operation::move(kUnit, region, QStringLiteral("parent_id"), hq)}}));
    CHECK(f.get(kUnit, region, QStringLiteral("parent_id")) == hq);

    const QString boss = f.contact(a, QStringLiteral("任总"));
    const QString mid = f.contact(a, QStringLiteral("王建国"), {{QStringLiteral("reports_to"), boss}});
    const QString staff = f.contact(a, QStringLiteral("李娜"), {{QStringLiteral("reports_to"), mid}});
    CHECK_FALSE(f.store->apply(
        {QStringLiteral("m"), {Operation::move(kContact, boss, QStringLiteral("reports_to"), staff)}}));
    const QString stranger = f.contact(other, QStringLiteral("张三"));
    CHECK(f.set(kContact, staff, {{QStringLiteral("reports_to"), stranger}})
              .message()
              .contains(QStringLiteral("another account")));
    CHECK(f.set(kContact, staff, {{QStringLiteral("org_unit_id"), foreignUnit}})
              .message()
              .contains(QStringLiteral("another account")));
    CHECK(f.set(kContact, staff, {{QStringLiteral("account_id"), other}}).error().field ==
          QStringLiteral("account_id"));
    CHECK(f.set(kContact, staff, {{QStringLiteral("org_unit_id"), region}}));
}

TEST_CASE("history: who changed which field when, old value to new value")
{
    StoreFixture f;
    const QString me =
        f.add(QStringLiteral("member"), {{QStringLiteral("name"), QStringLiteral("周明")},
                                         {QStringLiteral("role"), QStringLiteral("account_manager")}});
    f.store->setAuthor(me);
    const QString a = f.account();
    const QString c =
        f.contact(a, QStringLiteral("王建国"), {{QStringLiteral("stance"), QStringLiteral("neutral")}});
    REQUIRE(f.set(kContact, c, {{QStringLiteral("stance"), QStringLiteral("supporter")}}));
    REQUIRE(f.set(kContact, c, {{QStringLiteral("stance"), QStringLiteral("champion")}}));
    auto h = recordHistory(*f.store, c);
    REQUIRE(h.isOk());
    std::vector<HistoryEntry> stance;
    std::copy_if(h.value().begin(), h.value().end(), std::back_inserter(stance),
                 [](const HistoryEntry& e) { return e.field == QStringLiteral("stance"); });
    REQUIRE(stance.size() == 3);
    CHECK(stance[0].oldValue == QStringLiteral("supporter")); // newest first
    CHECK(stance[0].newValue == QStringLiteral("champion"));
    CHECK(stance[1].oldValue == QStringLiteral("neutral"));
    CHECK(stance[2].oldValue.isNull());
    CHECK(stance[0].authorName == QStringLiteral("周明"));
    CHECK(stance[0].hlc > stance[1].hlc);

    auto then = recordAsOf(*f.store, c, stance[1].hlc);
    REQUIRE(then.isOk());
    CHECK(then.value().value(QStringLiteral("stance")) == QStringLiteral("supporter"));
}

TEST_CASE("undo and redo are inverse operations through the same write path")
{
    StoreFixture f;
    const QString a = f.account();
    const QString c =
        f.contact(a, QStringLiteral("王建国"), {{QStringLiteral("stance"), QStringLiteral("neutral")}});
    REQUIRE(f.store->apply(
        {QStringLiteral("Edit stance of 王建国"),
         {Operation::set(kContact, c, {{QStringLiteral("stance"), QStringLiteral("opponent")}})}}));
    CHECK(f.store->undoLabel() == QStringLiteral("Edit stance of 王建国"));
    const qint64 before = opCount(*f.store);

    REQUIRE(f.store->undo());
    CHECK(f.get(kContact, c, QStringLiteral("stance")) == QStringLiteral("neutral"));
    CHECK(opCount(*f.store) == before + 1); // undo is a new operation: it replicates
    CHECK(f.store->redoLabel() == QStringLiteral("Edit stance of 王建国"));
    REQUIRE(f.store->redo());
    CHECK(f.get(kContact, c, QStringLiteral("stance")) == QStringLiteral("opponent"));
    REQUIRE(f.store->undo());
    CHECK(f.get(kContact, c, QStringLiteral("stance")) == QStringLiteral("neutral"));

    // Undo of a creation moves the record to the trash; redo brings it back.
    REQUIRE(f.store->undo()); // the contact's creation
    CHECK(f.get(kContact, c, QStringLiteral("deleted")) == 1);
    REQUIRE(f.store->redo());
    CHECK(f.get(kContact, c, QStringLiteral("deleted")) == 0);
    CHECK(f.get(kContact, c, QStringLiteral("name")) == QStringLiteral("王建国"));

    // A new change clears what could be redone.
    REQUIRE(f.store->undo());
    CHECK(f.store->canRedo());
    f.account(QStringLiteral("新客户"));
    CHECK_FALSE(f.store->canRedo());
    CHECK_FALSE(f.store->redo().isOk());

    // Moves undo to the old parent; deletes undo to a restore.
    const QString hq = f.unit(a, QStringLiteral("总部")), d1 = f.unit(a, QStringLiteral("一部"), hq),
                  d2 = f.unit(a, QStringLiteral("二部"), hq);
    REQUIRE(f.store->apply(
        {QStringLiteral("move"), {Operation::move(kUnit, d2, QStringLiteral("parent_id"), d1)}}));
    REQUIRE(f.store->undo());
    CHECK(f.get(kUnit, d2, QStringLiteral("parent_id")) == hq);
    REQUIRE(f.store->apply({QStringLiteral("delete"), {Operation::remove(kUnit, d1)}}));
    CHECK(f.get(kUnit, d1, QStringLiteral("deleted")) == 1);
    REQUIRE(f.store->undo());
    CHECK(f.get(kUnit, d1, QStringLiteral("deleted")) == 0);
}

TEST_CASE("undo survives closing and reopening the database")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("u.db"));
    QString a;
    {
        auto s = Store::open(path);
        REQUIRE(s.isOk());
        a = ids::newId();
        REQUIRE(s.value()->apply(
            {QStringLiteral("add"),
             {Operation::set(kAccount, a, {{QStringLiteral("name"), QStringLiteral("华为")}})}}));
        REQUIRE(s.value()->apply(
            {QStringLiteral("tier"),
             {Operation::set(kAccount, a, {{QStringLiteral("tier"), QStringLiteral("S")}})}}));
    }
    auto s = Store::open(path);
    REQUIRE(s.isOk());
    CHECK(s.value()->undoLabel() == QStringLiteral("tier"));
    REQUIRE(s.value()->undo());
    CHECK(s.value()->record(kAccount, a).value().value(QStringLiteral("tier")).isNull());
    // The sequence continues after reopening.
    CHECK(s.value()->reader().scalar(QStringLiteral("SELECT count(DISTINCT seq) FROM ops")).toInt() == 3);
}

TEST_CASE("rebuilding every table from the operation log gives the same state")
{
    StoreFixture f;
    std::mt19937 rng(7);
    const QString a = f.account();
    std::vector<QString> units = {f.unit(a, QStringLiteral("总部"))};
    std::vector<QString> people;
    const QStringList stances = {QStringLiteral("champion"), QStringLiteral("supporter"),
                                 QStringLiteral("neutral"), QStringLiteral("opponent")};
    for (int i = 0; i < 200; ++i) {
        const int what = int(rng() % 6);
        // Steps that the store refuses (a parent in the trash, a cycle) leave no trace.
        auto tryAdd = [&](const QString& entity, FieldValues fields, std::vector<QString>& into) {
            const QString id = ids::newId();
            if (f.store->apply({QStringLiteral("add"), {Operation::set(entity, id, std::move(fields))}}))
                into.push_back(id);
        };
        if (what == 0 || units.size() < 3) {
            tryAdd(kUnit,
                   {{QStringLiteral("account_id"), a},
                    {QStringLiteral("name"), QStringLiteral("部门%1").arg(i)},
                    {QStringLiteral("parent_id"), units[rng() % units.size()]}},
                   units);
        } else if (what == 1 || people.empty()) {
            tryAdd(kContact,
                   {{QStringLiteral("account_id"), a},
                    {QStringLiteral("name"), QStringLiteral("员工%1").arg(i)},
                    {QStringLiteral("org_unit_id"), units[rng() % units.size()]}},
                   people);
        } else if (what == 2) {
            // Here and below a refused step is part of the test: it must leave no trace.
            (void)f.set(kContact, people[rng() % people.size()],
                        {{QStringLiteral("stance"), stances[int(rng() % 4)]},
                         {QStringLiteral("influence"), qint64(rng() % 5 + 1)}});
        } else if (what == 3) {
            // Random moves; those that would make a cycle are refused and leave no trace.
            (void)f.store->apply(
                {QStringLiteral("m"),
                 {Operation::move(kUnit, units[rng() % units.size()], QStringLiteral("parent_id"),
                                  units[rng() % units.size()])}});
        } else if (what == 4) {
            (void)f.store->apply(
                {QStringLiteral("d"), {Operation::remove(kContact, people[rng() % people.size()])}});
        } else if (f.store->canUndo()) {
            REQUIRE(f.store->undo());
        }
    }
    const QByteArray before = exportOf(*f.store);
    const auto docs = f.store->reader().scalar(QStringLiteral("SELECT count(*) FROM search_docs")).toInt();
    REQUIRE(f.store->rebuildFromLog());
    CHECK(exportOf(*f.store) == before);
    CHECK(f.store->reader().scalar(QStringLiteral("SELECT count(*) FROM search_docs")).toInt() == docs);
    CHECK(before.size() > 10000);
}

TEST_CASE("listeners hear of changes once the outermost transaction commits, once, with all that changed")
{
    StoreFixture f;
    const QString acc = f.account();
    std::vector<ChangeSet> heard;
    bool visibleElsewhere = false;
    QObject::connect(f.store.get(), &Store::changed, [&](const ChangeSet& c) {
        heard.push_back(c);
        // What a listener hears about is committed: another connection sees it.
        auto other = Store::open(f.path());
        REQUIRE(other.isOk());
        visibleElsewhere = other.value()->entityOf(*c.ids.begin()) == QLatin1String("contact");
    });

    {
        StoreTransaction outer(*f.store); // as an import or a sync round holds one
        REQUIRE(outer.status());
        const QString a = f.contact(acc, QStringLiteral("王建国"));
        const QString b = f.contact(acc, QStringLiteral("李强"));
        CHECK(heard.empty()); // nothing yet: the outer transaction is open
        REQUIRE(outer.commit());
        REQUIRE(heard.size() == 1);
        CHECK(heard.front().ids.contains(a));
        CHECK(heard.front().ids.contains(b));
        CHECK(heard.front().entities.contains(QStringLiteral("contact")));
        CHECK_FALSE(heard.front().remote);
        CHECK(visibleElsewhere);
    }

    heard.clear();
    QString dropped;
    {
        StoreTransaction outer(*f.store);
        dropped = f.contact(acc, QStringLiteral("张伟"));
        // rolled back when `outer` goes out of scope without commit()
    }
    CHECK(heard.empty());
    CHECK(f.store->entityOf(dropped).isEmpty());

    // Without an outer transaction each change is heard right after its own commit.
    f.contact(acc, QStringLiteral("赵敏"));
    CHECK(heard.size() == 1);
}

TEST_CASE("the reading connection refuses writes; only the store's own write paths write")
{
    StoreFixture f;
    const QString acc = f.account();
    Database& reader = f.store->reader();
    const Status refused = reader.exec(QStringLiteral("DELETE FROM accounts"));
    CHECK_FALSE(refused.isOk());
    CHECK(refused.message().contains(QStringLiteral("readonly")));
    CHECK_FALSE(reader.exec(QStringLiteral("INSERT INTO local (key, value) VALUES ('x', 1)")).isOk());
    CHECK(f.store->entityOf(acc) == QLatin1String("account"));

    // The write paths still write, and leave the connection read-only behind them.
    REQUIRE(f.set(QStringLiteral("account"), acc, {{QStringLiteral("tier"), QStringLiteral("A")}}));
    REQUIRE(f.store->setLocalValue(QStringLiteral("sync.cursor.a_b"), 1));
    REQUIRE(f.store->setLocalValue(QStringLiteral("sync.cursorXa"), 1));
    CHECK_FALSE(reader.exec(QStringLiteral("DELETE FROM accounts")).isOk());
    {
        StoreTransaction t(*f.store);
        REQUIRE(t.status());
        REQUIRE(f.store->setLocalValue(QStringLiteral("sync.cursor.c"), 2));
        REQUIRE(t.commit());
    }
    CHECK_FALSE(reader.exec(QStringLiteral("DELETE FROM accounts")).isOk());

    // Local keys are counted by prefix as text: '_' and '.' are not wildcards.
    CHECK(f.store->countLocalValues(QStringLiteral("sync.cursor.")) == 2);
    CHECK(f.store->countOwnOperationsAfter(0) == 2);
    auto own = f.store->ownOperationsAfter(1, 10);
    REQUIRE(own.isOk());
    REQUIRE(own.value().size() == 1);
    CHECK(own.value().front().seq == 2);
}
