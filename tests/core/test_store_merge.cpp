// Integrating remote operations: last writer wins per field, trees converge in any order,
// conflicts kept, replicas converge. (The same suite as test_store.cpp.)
#include "StoreTestHelpers.h"
#include "store/History.h"

#include <QSignalSpy>
#include <algorithm>
#include <random>

using namespace summit;
using namespace summit::storetest;
using test::StoreFixture;

TEST_CASE("integrating remote operations: last writer wins per field, duplicates are harmless")
{
    StoreFixture f;
    const QString a = f.account();
    REQUIRE(f.set(kAccount, a, {{QStringLiteral("tier"), QStringLiteral("A")}}));
    const quint64 localHlc = f.store->clock().last();

    StampedOperation older = remote(QStringLiteral("r2"), 1, localHlc - 5,
                                    Operation::set(kAccount, a,
                                                   {{QStringLiteral("tier"), QStringLiteral("C")},
                                                    {QStringLiteral("region"), QStringLiteral("华北")}}));
    auto r = f.store->integrate({older});
    REQUIRE(r.isOk());
    CHECK(r.value() == 1);
    CHECK(f.get(kAccount, a, QStringLiteral("tier")) == QStringLiteral("A"));      // older write loses
    CHECK(f.get(kAccount, a, QStringLiteral("region")) == QStringLiteral("华北")); // no competition: applied

    StampedOperation newer =
        remote(QStringLiteral("r2"), 2, localHlc + 100,
               Operation::set(kAccount, a, {{QStringLiteral("tier"), QStringLiteral("S")}}));
    const QByteArray beforeDup = [&] {
        REQUIRE(f.store->integrate({newer}));
        return exportOf(*f.store);
    }();
    CHECK(f.get(kAccount, a, QStringLiteral("tier")) == QStringLiteral("S"));
    CHECK(f.store->clock().last() >= localHlc + 100); // the clock moved past what it saw
    auto again = f.store->integrate({newer, older});
    REQUIRE(again.isOk());
    CHECK(again.value() == 0);
    CHECK(exportOf(*f.store) == beforeDup);
}

TEST_CASE("a remote operation that creates a record: every field applies; a field named twice keeps its "
          "first value")
{
    StoreFixture f;
    const QString a = f.account();
    const QString person = ids::newId();
    const quint64 hlc = f.store->clock().last() + 10;
    // A record this replica has never seen takes its fields without a comparison
    // per field; a second write of the same field in the same operation is not a
    // second column in the row.
    auto r = f.store->integrate({remote(QStringLiteral("r2"), 1, hlc,
                                        Operation::set(kContact, person,
                                                       {{QStringLiteral("account_id"), a},
                                                        {QStringLiteral("name"), QStringLiteral("周明")},
                                                        {QStringLiteral("title"), QStringLiteral("CIO")},
                                                        {QStringLiteral("title"), QStringLiteral("CTO")}}))});
    REQUIRE_MESSAGE(r.isOk(), r.message().toStdString());
    CHECK(r.value() == 1);
    CHECK(f.get(kContact, person, QStringLiteral("name")) == QStringLiteral("周明"));
    CHECK(f.get(kContact, person, QStringLiteral("title")) == QStringLiteral("CIO"));

    // The same record, seen now: an older write of a field loses, a newer one wins.
    REQUIRE(f.store->integrate(
        {remote(QStringLiteral("r3"), 1, hlc - 5,
                Operation::set(kContact, person, {{QStringLiteral("title"), QStringLiteral("CFO")}})),
         remote(QStringLiteral("r3"), 2, hlc + 5,
                Operation::set(kContact, person, {{QStringLiteral("name"), QStringLiteral("周明明")}}))}));
    CHECK(f.get(kContact, person, QStringLiteral("title")) == QStringLiteral("CIO"));
    CHECK(f.get(kContact, person, QStringLiteral("name")) == QStringLiteral("周明明"));
    // r3 saw neither of r2's writes: the title it lost and the name it beat are both conflicts.
    CHECK(conflictCount(*f.store) == 2);
    const QByteArray state = exportOf(*f.store);
    REQUIRE(f.store->rebuildFromLog());
    CHECK(exportOf(*f.store) == state);
}

TEST_CASE("a change that fails leaves the frontier of the next local operation right")
{
    // The frontier of local operations (what this replica had seen) is worked out
    // once and kept; a change that fails rolls back the row it was stored in, and
    // the next change must not point at a row that is gone (or reused by another).
    StoreFixture f;
    const QString a = f.account();
    const quint64 hlc = f.store->clock().last() + 10;
    REQUIRE(f.store->integrate(
        {remote(QStringLiteral("r2"), 1, hlc,
                Operation::set(kAccount, a, {{QStringLiteral("region"), QStringLiteral("华东")}}))}));
    const Status bad =
        f.store->apply({QStringLiteral("half"),
                        {Operation::set(kAccount, a, {{QStringLiteral("tier"), QStringLiteral("A")}}),
                         Operation::set(kAccount, a, {{QStringLiteral("tier"), QStringLiteral("Z")}})}});
    REQUIRE_FALSE(bad.isOk());
    REQUIRE(f.set(kAccount, a, {{QStringLiteral("tier"), QStringLiteral("B")}}));
    auto own = f.store->ownOperationsAfter(0, 100);
    REQUIRE(own.isOk());
    REQUIRE_FALSE(own.value().empty());
    const QMap<QString, qint64> expected = {{QStringLiteral("r2"), 1}};
    CHECK(own.value().back().frontier == expected);
}

TEST_CASE("concurrent moves integrated in any order converge without cycles")
{
    // Replica X moves A under B while replica Y moves B under A: one is skipped.
    StoreFixture x(QStringLiteral("x.db"));
    const QString acc = x.account();
    const QString root = x.unit(acc, QStringLiteral("总部"));
    const QString ua = x.unit(acc, QStringLiteral("A部"), root);
    const QString ub = x.unit(acc, QStringLiteral("B部"), root);
    auto all = x.store->reader().run(
        QStringLiteral("SELECT op_id, replica, seq, hlc, entity, entity_id, n FROM ops ORDER BY n"));
    REQUIRE(all.isOk());
    std::vector<StampedOperation> base;
    while (all.value()->next()) {
        StampedOperation s;
        s.opId = all.value()->value(0).toString();
        s.replica = all.value()->value(1).toString();
        s.seq = all.value()->value(2).toLongLong();
        s.hlc = all.value()->value(3).toULongLong();
        s.op.entity = all.value()->value(4).toString();
        s.op.id = all.value()->value(5).toString();
        base.push_back(s);
    }
    for (StampedOperation& s : base) {
        auto fr = x.store->reader().run(
            QStringLiteral("SELECT field, value FROM op_fields WHERE entity_id = ? AND hlc = ?"),
            {s.op.id, qint64(s.hlc)});
        while (fr.value()->next())
            s.op.fields.emplace_back(fr.value()->value(0).toString(), fr.value()->value(1));
    }
    const quint64 t = x.store->clock().last();
    StampedOperation moveA =
        remote(QStringLiteral("p"), 1, t + 10, Operation::move(kUnit, ua, QStringLiteral("parent_id"), ub));
    StampedOperation moveB =
        remote(QStringLiteral("q"), 1, t + 20, Operation::move(kUnit, ub, QStringLiteral("parent_id"), ua));

    std::vector<QByteArray> exports;
    for (int order = 0; order < 2; ++order) {
        StoreFixture r(QStringLiteral("r%1.db").arg(order));
        REQUIRE(r.store->integrate(base));
        if (order == 0) {
            REQUIRE(r.store->integrate({moveA}));
            REQUIRE(r.store->integrate({moveB}));
        } else {
            REQUIRE(r.store->integrate({moveB}));
            REQUIRE(r.store->integrate({moveA}));
        }
        // The earlier move (A under B) wins; the later one would make a cycle and is skipped.
        CHECK(r.get(kUnit, ua, QStringLiteral("parent_id")) == ub);
        CHECK(r.get(kUnit, ub, QStringLiteral("parent_id")) == root);
        exports.push_back(exportOf(*r.store));
        REQUIRE(r.store->rebuildFromLog());
        CHECK(exportOf(*r.store) == exports.back());
    }
    CHECK(exports[0] == exports[1]);
}

TEST_CASE("trees converge whatever order creations, moves and account changes arrive in")
{
    // Integration re-plays an account's tree only when a write moves a node or
    // brings one into or out of the account. This checks that rule against the
    // whole-log rebuild: moves that arrive before their node or their parent,
    // people who change account (leaving their reports behind), edits that are
    // not moves, delivered in random chunks, some twice.
    std::mt19937 rng(7);
    const quint64 t0 = quint64(1'700'000'000'000) << 16;
    const QString reports = QStringLiteral("reports_to");
    const QStringList replicas = {QStringLiteral("p"), QStringLiteral("q"), QStringLiteral("r")};
    const std::vector<QString> accounts = {QStringLiteral("01900000-0000-7000-8000-000000000301"),
                                           QStringLiteral("01900000-0000-7000-8000-000000000302")};
    std::vector<QString> people;
    for (int i = 0; i < 10; ++i)
        people.push_back(
            QStringLiteral("01900000-0000-7000-8000-0000000004%1").arg(i, 2, 10, QLatin1Char('0')));
    QMap<QString, qint64> seq;
    quint64 clock = t0;
    auto stamp = [&](Operation op) {
        const QString rep = replicas[int(rng() % 3)];
        clock += 1 + rng() % 5;
        return remote(rep, ++seq[rep], clock, std::move(op));
    };
    std::vector<StampedOperation> first; // the accounts, delivered before anything else
    for (size_t i = 0; i < accounts.size(); ++i)
        first.push_back(stamp(Operation::set(kAccount, accounts[i],
                                             {{QStringLiteral("name"), QStringLiteral("客户%1").arg(i)}})));
    // Kept apart so that some rounds can deliver a kind last. People are created
    // without a manager: every reporting line is a move, which may arrive first.
    std::vector<StampedOperation> creations, moves, accountChanges, edits;
    for (size_t i = 0; i < people.size(); ++i)
        creations.push_back(
            stamp(Operation::set(kContact, people[i],
                                 {{QStringLiteral("account_id"), accounts[i % 2]},
                                  {QStringLiteral("name"), QStringLiteral("联系人%1").arg(i)}})));
    for (int i = 0; i < 80; ++i) {
        const QString who = people[rng() % people.size()];
        switch (rng() % 4) {
        case 0:
        case 1: // often to someone in the other account, or to a descendant: skipped
            moves.push_back(stamp(Operation::move(kContact, who, reports, people[rng() % people.size()])));
            break;
        case 2:
            accountChanges.push_back(
                stamp(Operation::set(kContact, who, {{QStringLiteral("account_id"), accounts[rng() % 2]}})));
            break;
        default:
            edits.push_back(stamp(
                Operation::set(kContact, who, {{QStringLiteral("title"), QStringLiteral("职务%1").arg(i)}})));
        }
    }
    auto shuffled = [&](std::initializer_list<const std::vector<StampedOperation>*> parts) {
        std::vector<StampedOperation> all;
        for (const auto* part : parts)
            all.insert(all.end(), part->begin(), part->end());
        std::shuffle(all.begin(), all.end(), rng);
        return all;
    };
    std::vector<QByteArray> exports;
    for (int round = 0; round < 9; ++round) {
        StoreFixture f(QStringLiteral("t%1.db").arg(round));
        REQUIRE(f.store->integrate(first));
        // All mixed; or every move before the people it names are created; or the
        // account changes last (a person leaves with their reports behind).
        std::vector<StampedOperation> order, last;
        if (round % 3 == 0) {
            order = shuffled({&creations, &moves, &accountChanges, &edits});
        } else if (round % 3 == 1) {
            order = shuffled({&moves, &edits});
            last = shuffled({&creations});
            const auto after = shuffled({&accountChanges});
            last.insert(last.end(), after.begin(), after.end());
        } else {
            order = shuffled({&creations, &moves, &edits});
            last = shuffled({&accountChanges});
        }
        order.insert(order.end(), last.begin(), last.end());
        for (size_t i = 0; i < order.size();) {
            const size_t n = std::min(order.size() - i, size_t(rng() % 5 + 1));
            std::vector<StampedOperation> chunk(order.begin() + long(i), order.begin() + long(i + n));
            REQUIRE(f.store->integrate(chunk));
            if (rng() % 4 == 0)
                REQUIRE(f.store->integrate(chunk));
            i += n;
        }
        exports.push_back(exportOf(*f.store));
        // Every manager is a live person of the same account, and nobody is their own ancestor.
        QHash<QString, QString> manager, account;
        auto rows = f.store->reader().rows(QStringLiteral("SELECT id, account_id, reports_to FROM contacts"));
        REQUIRE(rows.isOk());
        for (const QVariantList& r : rows.value()) {
            account.insert(r[0].toString(), r[1].toString());
            manager.insert(r[0].toString(), r[2].toString());
        }
        for (auto it = manager.cbegin(); it != manager.cend(); ++it) {
            if (it.value().isEmpty())
                continue;
            CHECK(account.value(it.value()) == account.value(it.key()));
            int steps = 0;
            for (QString up = it.value(); !up.isEmpty() && steps <= int(people.size());
                 up = manager.value(up))
                ++steps;
            CHECK(steps <= int(people.size()));
        }
        REQUIRE(f.store->rebuildFromLog());
        CHECK(exportOf(*f.store) == exports.back());
    }
    for (const QByteArray& e : exports)
        CHECK(e == exports.front());
}

TEST_CASE(
    "a reporting line that waited for the manager applies when the manager arrives, and goes when they leave")
{
    // The manager has no moves of their own: only the move to them as a parent makes
    // their arrival (and their leaving) matter to the tree.
    const quint64 t0 = quint64(1'700'000'000'000) << 16;
    const QString a = QStringLiteral("01900000-0000-7000-8000-000000000501");
    const QString b = QStringLiteral("01900000-0000-7000-8000-000000000502");
    const QString staff = QStringLiteral("01900000-0000-7000-8000-000000000511");
    const QString boss = QStringLiteral("01900000-0000-7000-8000-000000000512");
    const QString reports = QStringLiteral("reports_to");
    auto person = [&](const QString& id, const QString& account, const char* name) {
        return Operation::set(
            kContact, id,
            {{QStringLiteral("account_id"), account}, {QStringLiteral("name"), QString::fromUtf8(name)}});
    };
    const std::vector<StampedOperation> ops = {
        remote(QStringLiteral("p"), 1, t0,
               Operation::set(kAccount, a, {{QStringLiteral("name"), QStringLiteral("甲")}})),
        remote(QStringLiteral("p"), 2, t0 + 1,
               Operation::set(kAccount, b, {{QStringLiteral("name"), QStringLiteral("乙")}})),
        remote(QStringLiteral("p"), 3, t0 + 2, person(boss, a, "王总")),
        remote(QStringLiteral("q"), 1, t0 + 3, person(staff, a, "李工")),
        remote(QStringLiteral("q"), 2, t0 + 4, Operation::move(kContact, staff, reports, boss)),
        remote(QStringLiteral("p"), 4, t0 + 5,
               Operation::set(kContact, boss, {{QStringLiteral("account_id"), b}})),
    };
    StoreFixture f;
    REQUIRE(f.store->integrate({ops[0], ops[1], ops[3], ops[4]})); // the move before its parent
    CHECK(f.get(kContact, staff, reports).toString().isEmpty());
    REQUIRE(f.store->integrate({ops[2]})); // the manager arrives
    CHECK(f.get(kContact, staff, reports) == boss);
    REQUIRE(f.store->integrate({ops[5]})); // and moves to another account
    CHECK(f.get(kContact, staff, reports).toString().isEmpty());
    const QByteArray before = exportOf(*f.store);
    REQUIRE(f.store->rebuildFromLog());
    CHECK(exportOf(*f.store) == before);
}

TEST_CASE("conflicts: concurrent losing writes are kept, causal overwrites are not")
{
    const QString a = QStringLiteral("01900000-0000-7000-8000-0000000000aa");
    const quint64 t0 = quint64(1'700'000'000'000) << 16;
    const QString tier = QStringLiteral("tier");
    // Replica p creates the account; q and r then edit the tier without seeing each other.
    const auto create =
        remote(QStringLiteral("p"), 1, t0,
               Operation::set(kAccount, a, {{QStringLiteral("name"), QStringLiteral("华为")}}));
    const auto byQ =
        remote(QStringLiteral("q"), 1, t0 + 10, Operation::set(kAccount, a, {{tier, QStringLiteral("A")}}),
               {{QStringLiteral("p"), 1}});
    const auto byR =
        remote(QStringLiteral("r"), 1, t0 + 20, Operation::set(kAccount, a, {{tier, QStringLiteral("B")}}),
               {{QStringLiteral("p"), 1}});
    // q, having seen r's value, decides: a causal overwrite that settles the conflict.
    const auto settle =
        remote(QStringLiteral("q"), 2, t0 + 30, Operation::set(kAccount, a, {{tier, QStringLiteral("S")}}),
               {{QStringLiteral("p"), 1}, {QStringLiteral("r"), 1}});

    StoreFixture f;
    REQUIRE(f.store->integrate({create, byR}));
    CHECK(conflictCount(*f.store) == 0);
    REQUIRE(f.store->integrate({byQ}));
    CHECK(f.get(kAccount, a, tier) == QStringLiteral("B")); // later clock wins
    REQUIRE(conflictCount(*f.store) == 1);                  // the loser is kept, visible
    CHECK(f.store->reader().scalar(QStringLiteral("SELECT value FROM conflicts")).toString() ==
          QStringLiteral("A"));
    REQUIRE(f.store->integrate({settle}));
    CHECK(f.get(kAccount, a, tier) == QStringLiteral("S"));
    CHECK(conflictCount(*f.store) == 0);

    SUBCASE("a local write settles a conflict too")
    {
        StoreFixture g;
        REQUIRE(g.store->integrate({create, byQ, byR}));
        CHECK(conflictCount(*g.store) == 1);
        REQUIRE(g.set(kAccount, a, {{tier, QStringLiteral("C")}}));
        CHECK(conflictCount(*g.store) == 0);
    }
}

TEST_CASE(
    "an edit concurrent with a delete beats it: the record stays, flagged; an edit after the delete does not")
{
    const QString a = QStringLiteral("01900000-0000-7000-8000-0000000000ab");
    const quint64 t0 = quint64(1'700'000'000'000) << 16;
    const auto create =
        remote(QStringLiteral("p"), 1, t0,
               Operation::set(kAccount, a, {{QStringLiteral("name"), QStringLiteral("中国移动")}}));
    // q edits a field nobody wrote before, without having seen p's delete.
    const auto edit =
        remote(QStringLiteral("q"), 1, t0 + 50,
               Operation::set(kAccount, a, {{QStringLiteral("region"), QStringLiteral("华北")}}),
               {{QStringLiteral("p"), 1}});
    const auto del = remote(QStringLiteral("p"), 2, t0 + 20, Operation::remove(kAccount, a));

    SUBCASE("in either order of arrival, and after a rebuild from the log")
    {
        StoreFixture f;
        REQUIRE(f.store->integrate({create, edit, del}));
        CHECK(f.get(kAccount, a, QStringLiteral("deleted")) == 0);
        CHECK(f.get(kAccount, a, QStringLiteral("region")) == QStringLiteral("华北"));
        CHECK(conflictCount(*f.store, QStringLiteral("deleted")) == 1);
        // Searchable as a live record.
        CHECK(f.store->reader().scalar(QStringLiteral("SELECT count(*) FROM search_docs")).toInt() >= 1);

        StoreFixture g(QStringLiteral("g.db"));
        REQUIRE(g.store->integrate({create, del}));
        CHECK(g.get(kAccount, a, QStringLiteral("deleted")) == 1);
        REQUIRE(g.store->integrate({edit}));
        CHECK(g.get(kAccount, a, QStringLiteral("deleted")) == 0);
        CHECK(conflictCount(*g.store, QStringLiteral("deleted")) == 1);

        REQUIRE(g.store->rebuildFromLog());
        CHECK(g.get(kAccount, a, QStringLiteral("deleted")) == 0);
        CHECK(conflictCount(*g.store, QStringLiteral("deleted")) == 1);
    }
    SUBCASE("deleting it again, having seen the edit, puts it in the trash for good")
    {
        StoreFixture f;
        REQUIRE(f.store->integrate({create, edit, del}));
        REQUIRE(f.store->apply({QStringLiteral("delete"), {Operation::remove(kAccount, a)}}));
        CHECK(f.get(kAccount, a, QStringLiteral("deleted")) == 1);
        CHECK(conflictCount(*f.store, QStringLiteral("deleted")) == 0);
        REQUIRE(f.store->rebuildFromLog());
        CHECK(f.get(kAccount, a, QStringLiteral("deleted")) == 1);
    }
    SUBCASE("an edit made after seeing the delete leaves it in the trash")
    {
        const auto late =
            remote(QStringLiteral("q"), 1, t0 + 50,
                   Operation::set(kAccount, a, {{QStringLiteral("region"), QStringLiteral("华北")}}),
                   {{QStringLiteral("p"), 2}});
        StoreFixture f;
        REQUIRE(f.store->integrate({create, del, late}));
        CHECK(f.get(kAccount, a, QStringLiteral("deleted")) == 1);
        CHECK(conflictCount(*f.store, QStringLiteral("deleted")) == 0);
    }
    SUBCASE("a local edit of the same field afterwards leaves the flag, as the log says")
    {
        // The flag says why the deleted record is still there: the concurrent edit. Writing the
        // field again here does not change that; every other replica, and a rebuild from the
        // log, keep it. (Found by the randomised replication run: this laptop alone dropped it.)
        StoreFixture f;
        REQUIRE(f.store->integrate({create, edit, del}));
        REQUIRE(conflictCount(*f.store, QStringLiteral("deleted")) == 1);
        REQUIRE(f.set(kAccount, a, {{QStringLiteral("region"), QStringLiteral("华南")}}));
        CHECK(conflictCount(*f.store, QStringLiteral("deleted")) == 1);
        const QByteArray before = exportOf(*f.store);
        REQUIRE(f.store->rebuildFromLog());
        CHECK(exportOf(*f.store) == before);
    }
    SUBCASE("a later restore by the deleter settles it")
    {
        StoreFixture f;
        REQUIRE(f.store->integrate({create, edit, del}));
        REQUIRE(f.store->apply({QStringLiteral("restore"), {Operation::restore(kAccount, a)}}));
        CHECK(f.get(kAccount, a, QStringLiteral("deleted")) == 0);
        CHECK(conflictCount(*f.store, QStringLiteral("deleted")) == 0);
    }
}

TEST_CASE("replicas that receive the same operations in any order converge, conflicts included")
{
    std::mt19937 rng(11);
    const quint64 t0 = quint64(1'700'000'000'000) << 16;
    const QStringList replicas = {QStringLiteral("p"), QStringLiteral("q"), QStringLiteral("r")};
    std::vector<QString> accounts;
    for (int i = 0; i < 4; ++i)
        accounts.push_back(
            QStringLiteral("01900000-0000-7000-8000-0000000001%1").arg(i, 2, 10, QLatin1Char('0')));
    std::vector<StampedOperation> ops;
    QMap<QString, qint64> seq;
    for (int i = 0; i < 4; ++i)
        ops.push_back(remote(QStringLiteral("p"), ++seq[QStringLiteral("p")], t0 + quint64(i),
                             Operation::set(kAccount, accounts[size_t(i)],
                                            {{QStringLiteral("name"), QStringLiteral("客户%1").arg(i)}})));
    // Random edits and deletes in clock order; each writer has seen a growing prefix of the others' work.
    const QStringList tiers = {QStringLiteral("S"), QStringLiteral("A"), QStringLiteral("B"),
                               QStringLiteral("C")};
    QMap<QString, QMap<QString, qint64>> seen; // writer -> frontier, only ever growing
    for (int i = 0; i < 80; ++i) {
        const QString rep = replicas[int(rng() % 3)];
        QMap<QString, qint64>& frontier = seen[rep];
        for (const QString& other : replicas) {
            if (other == rep)
                continue;
            const qint64 low = std::max<qint64>(frontier.value(other), other == QStringLiteral("p") ? 4 : 0);
            const qint64 high = seq.value(other);
            if (high > low)
                frontier[other] = low + qint64(rng() % quint64(high - low + 1));
            else if (low > 0)
                frontier[other] = low;
        }
        const QString acc = accounts[rng() % accounts.size()];
        Operation op = rng() % 8 == 0
                           ? Operation::remove(kAccount, acc)
                           : Operation::set(kAccount, acc, {{QStringLiteral("tier"), tiers[int(rng() % 4)]}});
        ops.push_back(remote(rep, ++seq[rep], t0 + 100 + quint64(i) * 7, op, frontier));
    }
    std::vector<QByteArray> exports;
    for (int round = 0; round < 4; ++round) {
        StoreFixture f(QStringLiteral("c%1.db").arg(round));
        std::vector<StampedOperation> order(ops.begin() + 4, ops.end());
        std::shuffle(order.begin(), order.end(), rng);
        REQUIRE(f.store->integrate({ops.begin(), ops.begin() + 4}));
        // Delivered in random chunks, some twice.
        for (size_t i = 0; i < order.size();) {
            const size_t n = std::min(order.size() - i, size_t(rng() % 7 + 1));
            std::vector<StampedOperation> chunk(order.begin() + long(i), order.begin() + long(i + n));
            REQUIRE(f.store->integrate(chunk));
            if (rng() % 3 == 0)
                REQUIRE(f.store->integrate(chunk));
            i += n;
        }
        exports.push_back(exportOf(*f.store));
        CHECK(conflictCount(*f.store) > 0);
        REQUIRE(f.store->rebuildFromLog());
        CHECK(exportOf(*f.store) == exports.back());
    }
    for (const QByteArray& e : exports)
        CHECK(e == exports.front());
}
