// Core pieces behind the replication GUI: settling conflicts and restoring from
// the trash as ordinary changes, the conflict badge lookup, and a store that
// catches up with writes made by another connection (the sync worker's).
#include "QtDoctest.h"
#include "StoreFixture.h"
#include "commands/Commands.h"
#include "query/ConflictResolution.h"
#include "query/Trash.h"
#include "store/OperationLog.h"

#include <QSignalSpy>

using namespace summit;
using test::StoreFixture;

namespace {
const QString kAccount = QStringLiteral("account");
const QString kContact = QStringLiteral("contact");
const QString kTier = QStringLiteral("tier");

// Sends everything `from` wrote after its sequence number `after` to `to`, as sync would.
void send(Store& from, Store& to, qint64 after = 0)
{
    auto ops = from.ownOperationsAfter(after, 100000);
    REQUIRE(ops.isOk());
    REQUIRE(to.integrate(ops.value()).isOk());
}
qint64 lastSeq(Store& s)
{
    return s.reader()
        .scalar(QStringLiteral("SELECT max(seq) FROM ops WHERE replica = ?"), {s.replicaId()})
        .toLongLong();
}
} // namespace

TEST_CASE("a concurrent losing value is listed, flagged on its record and settled by keeping theirs")
{
    StoreFixture a(QStringLiteral("a.db")), b(QStringLiteral("b.db"));
    const QString acc = a.account(QStringLiteral("中国移动"));
    send(*a.store, *b.store);
    const qint64 aBase = lastSeq(*a.store), bBase = lastSeq(*b.store);
    REQUIRE(a.set(kAccount, acc, {{kTier, QStringLiteral("S")}}));
    b.now += 60'000; // a minute later on b: the two edits do not share a clock value
    REQUIRE(b.set(kAccount, acc, {{kTier, QStringLiteral("A")}}));
    send(*a.store, *b.store, aBase);
    send(*b.store, *a.store, bBase);

    CHECK(hasConflict(a.store->reader(), acc));
    CHECK_FALSE(hasConflict(a.store->reader(), QStringLiteral("no-such-record")));
    auto rows = listConflicts(a.store->reader());
    REQUIRE(rows.isOk());
    REQUIRE(rows.value().size() == 1);
    const ConflictRow conflict = rows.value().front();
    CHECK(conflict.title == QStringLiteral("中国移动"));
    CHECK(conflict.mine != conflict.theirs);
    // The current value's writer is the other side of the conflict.
    auto writer = lastWriter(a.store->reader(), acc, kTier);
    REQUIRE(writer.isOk());
    CHECK(writer.value().hlc != conflict.hlc);
    CHECK(writer.value().hlc > 0);
    auto found = findConflict(a.store->reader(), conflict.key);
    REQUIRE(found.isOk());
    CHECK(found.value().theirs == conflict.theirs);
    CHECK_FALSE(findConflict(a.store->reader(), QStringLiteral("nope")).isOk());

    Change keep;
    commands::Commands recording(*a.store, [&](const Change& c) {
        keep = c;
        return a.store->apply(c);
    });
    const qint64 aBefore = lastSeq(*a.store);
    REQUIRE(recording.resolveConflict(conflict, KeepValue::Theirs));
    CHECK(keep.label.contains(QStringLiteral("中国移动")));
    CHECK(a.get(kAccount, acc, kTier) == conflict.theirs);
    CHECK_FALSE(hasConflict(a.store->reader(), acc));
    // The settling write has seen both values, so it closes the conflict elsewhere too.
    send(*a.store, *b.store, aBefore);
    CHECK(b.get(kAccount, acc, kTier) == conflict.theirs);
    CHECK_FALSE(hasConflict(b.store->reader(), acc));
}

TEST_CASE(
    "an edit racing a delete keeps the record on both replicas; Keep or Delete after all settles it on both")
{
    StoreFixture a(QStringLiteral("a.db")), b(QStringLiteral("b.db"));
    const QString acc = a.account();
    const QString c = a.contact(acc, QStringLiteral("李娜"));
    send(*a.store, *b.store);
    const qint64 aBase = lastSeq(*a.store), bBase = lastSeq(*b.store);
    REQUIRE(a.store->apply({QStringLiteral("delete"), {Operation::remove(kContact, c)}}));
    REQUIRE(b.set(kContact, c, {{QStringLiteral("title"), QStringLiteral("CIO")}}));
    send(*a.store, *b.store, aBase);
    send(*b.store, *a.store, bBase);
    for (StoreFixture* side : {&a, &b}) {
        auto rows = listConflicts(side->store->reader());
        REQUIRE(rows.isOk());
        REQUIRE(rows.value().size() == 1);
        CHECK(rows.value().front().kind == QStringLiteral("deleted"));
        CHECK(side->get(kContact, c, QStringLiteral("deleted")) == 0); // the update won
        CHECK(side->get(kContact, c, QStringLiteral("title")) == QStringLiteral("CIO"));
    }
    const qint64 aNow = lastSeq(*a.store);

    SUBCASE("Keep: a restore that has seen both")
    {
        auto rows = listConflicts(a.store->reader());
        REQUIRE(commands::Commands(*a.store).resolveConflict(rows.value().front(), KeepValue::Mine));
        CHECK(a.get(kContact, c, QStringLiteral("deleted")) == 0);
        CHECK(listConflicts(a.store->reader()).value().empty());
        send(*a.store, *b.store, aNow);
        CHECK(b.get(kContact, c, QStringLiteral("deleted")) == 0);
        CHECK(listConflicts(b.store->reader()).value().empty());
    }
    SUBCASE("Delete after all: a delete that has seen the edit")
    {
        auto rows = listConflicts(a.store->reader());
        REQUIRE(commands::Commands(*a.store).resolveConflict(rows.value().front(), KeepValue::Theirs));
        CHECK(a.get(kContact, c, QStringLiteral("deleted")) == 1);
        CHECK(listConflicts(a.store->reader()).value().empty());
        send(*a.store, *b.store, aNow);
        CHECK(b.get(kContact, c, QStringLiteral("deleted")) == 1);
        CHECK(listConflicts(b.store->reader()).value().empty());
        // Undo of the resolution brings the record back on this replica.
        REQUIRE(a.store->undo());
        CHECK(a.get(kContact, c, QStringLiteral("deleted")) == 0);
    }
}

TEST_CASE("restoring from the trash is an undoable change; an unknown id is refused")
{
    StoreFixture f;
    const QString acc = f.account();
    const QString c = f.contact(acc, QStringLiteral("王建国"));
    REQUIRE(f.store->apply({QStringLiteral("delete"), {Operation::remove(kContact, c)}}));
    REQUIRE(listTrash(f.store->reader()).value().size() == 1);
    commands::Commands commands(*f.store);
    REQUIRE(commands.restoreFromTrash({c}));
    CHECK(f.get(kContact, c, QStringLiteral("deleted")) == 0);
    CHECK(listTrash(f.store->reader()).value().empty());
    REQUIRE(f.store->undo());
    CHECK(f.get(kContact, c, QStringLiteral("deleted")) == 1);
    CHECK_FALSE(commands.restoreFromTrash({QStringLiteral("missing")}).isOk());
}

TEST_CASE("a store catches up with operations another connection integrated into its file")
{
    StoreFixture gui(QStringLiteral("team.db")), remote(QStringLiteral("remote.db"));
    auto opened = Store::open(gui.path(QStringLiteral("team.db"))); // the sync worker's connection
    REQUIRE(opened.isOk());
    Store& worker = *opened.value();
    const QString acc = gui.account(QStringLiteral("国家电网"));
    send(*gui.store, *remote.store);
    // The other replica's clock runs an hour ahead: its write must not beat a
    // later local edit made after seeing it.
    remote.now += 3600 * 1000;
    const qint64 base = lastSeq(*remote.store);
    REQUIRE(remote.set(kAccount, acc, {{kTier, QStringLiteral("S")}}));
    ChangeSet integrated; // what the sync worker's store heard, handed to the GUI's thread
    QObject::connect(&worker, &Store::changed, [&](const ChangeSet& c) { integrated = c; });
    send(*remote.store, worker, base);
    CHECK(integrated.remote);
    CHECK(integrated.ids == QSet<QString>{acc});

    QSignalSpy spy(gui.store.get(), &Store::changed);
    gui.store->notifyExternalChange(integrated);
    REQUIRE(spy.count() == 1);
    const auto set = spy.at(0).at(0).value<ChangeSet>();
    CHECK(set.remote);
    CHECK_FALSE(set.everything);
    CHECK(set.ids == QSet<QString>{acc}); // exactly what changed: views reload only that
    CHECK(set.entities == QSet<QString>{kAccount});
    CHECK(gui.get(kAccount, acc, kTier) == QStringLiteral("S"));

    // Without a change set (another program wrote the file) everything is announced.
    gui.store->notifyExternalChange();
    REQUIRE(spy.count() == 2);
    const auto all = spy.at(1).at(0).value<ChangeSet>();
    CHECK(all.everything);
    CHECK(all.entities.contains(QStringLiteral("followup")));

    const qint64 guiBase = lastSeq(*gui.store);
    REQUIRE(gui.set(kAccount, acc, {{kTier, QStringLiteral("B")}}));
    CHECK(gui.get(kAccount, acc, kTier) == QStringLiteral("B"));
    CHECK(listConflicts(gui.store->reader()).value().empty()); // it had seen S: no conflict
    // The other replica agrees that the later edit wins (its clock value is past S's).
    send(*gui.store, *remote.store, guiBase);
    CHECK(remote.get(kAccount, acc, kTier) == QStringLiteral("B"));
    CHECK(listConflicts(remote.store->reader()).value().empty());
}

TEST_CASE("a local write goes out under the replica id the sync worker took")
{
    StoreFixture gui(QStringLiteral("team.db"));
    auto opened = Store::open(gui.path(QStringLiteral("team.db")));
    REQUIRE(opened.isOk());
    Store& worker = *opened.value();
    const QString acc = gui.account();
    const QString old = gui.store->replicaId();
    REQUIRE(worker.changeReplicaId(0));
    REQUIRE(worker.replicaId() != old);
    // No notification needed: the write path looks at the file before it stamps.
    REQUIRE(gui.set(kAccount, acc, {{kTier, QStringLiteral("A")}}));
    CHECK(gui.store->replicaId() == worker.replicaId());
    CHECK(gui.store->reader().scalar(QStringLiteral("SELECT replica FROM ops ORDER BY n DESC LIMIT 1")) ==
          worker.replicaId());
    CHECK(gui.store->reader().scalar(QStringLiteral("SELECT count(*) FROM ops WHERE replica = ?"), {old}) ==
          0);
}

TEST_CASE("the trash names who deleted each record and when, newest first")
{
    StoreFixture f;
    const QString me = f.add(QStringLiteral("member"), {{QStringLiteral("name"), QStringLiteral("张伟")}});
    f.store->setAuthor(me);
    const QString acc = f.account();
    const QString first = f.contact(acc, QStringLiteral("王建国"));
    const QString second = f.contact(acc, QStringLiteral("李娜"));
    REQUIRE(f.store->apply({QStringLiteral("delete"), {Operation::remove(kContact, first)}}));
    const quint64 firstAt = f.store->clock().last();
    REQUIRE(f.store->apply({QStringLiteral("delete"), {Operation::remove(kContact, second)}}));
    auto rows = listTrashRows(f.store->reader());
    REQUIRE(rows.isOk());
    REQUIRE(rows.value().size() == 2);
    CHECK(rows.value()[0].id == second);
    CHECK(rows.value()[0].title == QStringLiteral("李娜"));
    CHECK(rows.value()[0].entity == kContact);
    CHECK(rows.value()[0].author == me);
    CHECK(rows.value()[1].deletedHlc == firstAt);
}
