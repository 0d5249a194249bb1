// Operations from another replica are untrusted input: each is admitted only
// when it is well formed, dated within a day of this clock, keeps its record's
// type and account, and carries values the schema accepts. A refused batch
// changes nothing, the clock included, and a local edit never vanishes because
// a forged operation took its id.

#include "StoreTestHelpers.h"
#include "store/Hlc.h"

using namespace summit;
using namespace summit::storetest; // exportOf, remote, kAccount, kContact
using test::StoreFixture;

namespace {

const QString kPeer = QStringLiteral("b7e1c0ffee000002");

// A batch that must be refused: the message says why, and the database, its
// log and its clock are as they were.
void checkRefused(StoreFixture& f, const std::vector<StampedOperation>& batch, const QString& why)
{
    const QByteArray before = exportOf(*f.store);
    const quint64 ops = f.store->operationCount();
    const quint64 clock = f.store->clock().last();
    auto r = f.store->integrate(batch);
    REQUIRE_FALSE(r.isOk());
    CHECK_MESSAGE(r.message().contains(why), r.message().toStdString());
    CHECK(exportOf(*f.store) == before);
    CHECK(f.store->operationCount() == ops);
    CHECK(f.store->clock().last() == clock);
}

} // namespace

TEST_CASE("a well-formed remote batch is admitted")
{
    StoreFixture f;
    const QString a = f.account();
    const QString person = ids::newId();
    auto r = f.store->integrate({remote(kPeer, 1, f.store->clock().last() + 10,
                                        Operation::set(kContact, person,
                                                       {{QStringLiteral("account_id"), a},
                                                        {QStringLiteral("name"), QStringLiteral("周明")}}))});
    REQUIRE_MESSAGE(r.isOk(), r.message().toStdString());
    CHECK(r.value() == 1);
}

TEST_CASE("an operation whose id is not its device and sequence number is refused")
{
    StoreFixture f;
    const QString a = f.account();
    const quint64 hlc = f.store->clock().last() + 10;
    StampedOperation forged =
        remote(kPeer, 1, hlc, Operation::set(kAccount, a, {{QStringLiteral("tier"), QStringLiteral("A")}}));
    SUBCASE("an id that names another sequence number")
    {
        forged.opId = kPeer + QStringLiteral(":7");
    }
    SUBCASE("an id that names another device")
    {
        forged.opId = QStringLiteral("ffff000000000001:1");
    }
    SUBCASE("sequence number zero")
    {
        forged.seq = 0;
        forged.opId = kPeer + QStringLiteral(":0");
    }
    SUBCASE("a device id with a colon in it")
    {
        forged.replica = QStringLiteral("a:b");
        forged.opId = QStringLiteral("a:b:1");
    }
    checkRefused(f, {forged}, QStringLiteral("does not match its device and sequence number"));
}

TEST_CASE("an operation that claims to come from this device is refused, and cannot swallow its next edit")
{
    StoreFixture f;
    const QString a = f.account();
    const QString self = f.store->replicaId();
    const qint64 nextSeq = qint64(f.store->operationCount()) + 1; // this device wrote every operation so far
    // The attack: an operation under this device's next id, so that the device's
    // own next edit would be taken for a replay and silently dropped.
    checkRefused(f,
                 {remote(self, nextSeq, f.store->clock().last() + 10,
                         Operation::set(kAccount, a, {{QStringLiteral("tier"), QStringLiteral("C")}}))},
                 QStringLiteral("claims to be written on this device"));
    REQUIRE(f.set(kAccount, a, {{QStringLiteral("tier"), QStringLiteral("A")}}));
    CHECK(f.get(kAccount, a, QStringLiteral("tier")) == QStringLiteral("A"));
}

TEST_CASE("a local edit whose operation id is already taken fails loudly instead of vanishing")
{
    StoreFixture f;
    const QString a = f.account();
    const QString self = f.store->replicaId();
    const qint64 nextSeq = qint64(f.store->operationCount()) + 1;
    // Written behind the store, as another process under the same id could: the
    // row takes the id the store's next edit would get.
    REQUIRE(test::writeBehindStore(
        f.path(),
        QStringLiteral("INSERT INTO ops (op_id, replica, seq, hlc, kind, entity, "
                       "entity_id) VALUES (?, ?, ?, ?, 'set', 'account', ?)"),
        {QStringLiteral("%1:%2").arg(self).arg(nextSeq), QStringLiteral("elsewhere"), 1, 1, a}));
    const Status s = f.set(kAccount, a, {{QStringLiteral("tier"), QStringLiteral("B")}});
    REQUIRE_FALSE(s.isOk());
    CHECK(s.message().contains(QStringLiteral("already holds an operation")));
    CHECK(f.get(kAccount, a, QStringLiteral("tier")).isNull());
}

TEST_CASE("a remote clock more than a day ahead is refused and does not move this clock")
{
    StoreFixture f;
    const QString a = f.account();
    const qint64 wall = f.store->clock().wallMillis();
    SUBCASE("a year ahead")
    {
        checkRefused(f,
                     {remote(kPeer, 1, HybridClock::pack(wall + 365LL * 24 * 3600 * 1000, 0),
                             Operation::set(kAccount, a, {{QStringLiteral("tier"), QStringLiteral("C")}}))},
                     QStringLiteral("more than a day ahead"));
    }
    SUBCASE("the top of the clock, where adding one would wrap")
    {
        checkRefused(f,
                     {remote(kPeer, 1, ~quint64(0),
                             Operation::set(kAccount, a, {{QStringLiteral("tier"), QStringLiteral("C")}}))},
                     QStringLiteral("more than a day ahead"));
    }
    SUBCASE("a good operation before the bad one is not kept either")
    {
        checkRefused(
            f,
            {remote(kPeer, 1, f.store->clock().last() + 5,
                    Operation::set(kAccount, a, {{QStringLiteral("region"), QStringLiteral("华北")}})),
             remote(kPeer, 2, HybridClock::pack(wall + 3LL * 24 * 3600 * 1000, 0),
                    Operation::set(kAccount, a, {{QStringLiteral("tier"), QStringLiteral("C")}}))},
            QStringLiteral("more than a day ahead"));
    }
    // Within the bound is fine: clocks of a team's laptops drift by minutes.
    auto ok = f.store->integrate(
        {remote(kPeer, 1, HybridClock::pack(wall + 3600 * 1000, 0),
                Operation::set(kAccount, a, {{QStringLiteral("tier"), QStringLiteral("B")}}))});
    REQUIRE_MESSAGE(ok.isOk(), ok.message().toStdString());
}

TEST_CASE("a record keeps its type: an operation calling an account a contact is refused")
{
    StoreFixture f;
    const QString a = f.account();
    checkRefused(f,
                 {remote(kPeer, 1, f.store->clock().last() + 10,
                         Operation::set(kContact, a,
                                        {{QStringLiteral("account_id"), a},
                                         {QStringLiteral("name"), QStringLiteral("假")}}))},
                 QStringLiteral("not a"));
    // The same for a delete: it would act on a row that is not there.
    checkRefused(f, {remote(kPeer, 1, f.store->clock().last() + 10, Operation::remove(kContact, a))},
                 QStringLiteral("not a"));
}

TEST_CASE("remote values pass the schema's checks and the size limits")
{
    StoreFixture f;
    const QString a = f.account();
    const quint64 hlc = f.store->clock().last() + 10;
    SUBCASE("a choice that is not in the list")
    {
        checkRefused(f,
                     {remote(kPeer, 1, hlc,
                             Operation::set(kAccount, a, {{QStringLiteral("tier"), QStringLiteral("Z")}}))},
                     kPeer);
    }
    SUBCASE("a whole-number field given a fraction, a boolean or a number too large to be exact")
    {
        // QVariant would round 2.5 to 3 and turn true into 1: refused, never converted.
        checkRefused(f,
                     {remote(kPeer, 1, hlc,
                             Operation::set(kAccount, a, {{QStringLiteral("payment_terms_days"), 2.5}}))},
                     QStringLiteral("whole number"));
        checkRefused(f,
                     {remote(kPeer, 1, hlc,
                             Operation::set(kAccount, a, {{QStringLiteral("payment_terms_days"), true}}))},
                     QStringLiteral("whole number"));
        checkRefused(
            f,
            {remote(kPeer, 1, hlc, Operation::set(kAccount, a, {{QStringLiteral("credit_limit"), 1e300}}))},
            QStringLiteral("whole number"));
        // A local edit meets the same check.
        const Status local =
            f.store->apply({QStringLiteral("edit"),
                            {Operation::set(kAccount, a, {{QStringLiteral("payment_terms_days"), 2.5}})}});
        REQUIRE_FALSE(local.isOk());
        CHECK(local.message().contains(QStringLiteral("whole number")));
        // A whole number that arrived as a JSON double is a number like any other.
        REQUIRE(f.store
                    ->integrate(
                        {remote(kPeer, 1, hlc,
                                Operation::set(kAccount, a, {{QStringLiteral("payment_terms_days"), 30.0}}))})
                    .isOk());
        CHECK(f.store->reader()
                  .scalar(QStringLiteral("SELECT payment_terms_days FROM accounts WHERE id = ?"), {a})
                  .toInt() == 30);
    }
    SUBCASE("a text, choice, date or reference field given a number or a boolean")
    {
        // Stored as they came, "13800138000" and 13800138000 would differ between replicas'
        // exports; refused instead, never converted.
        checkRefused(
            f,
            {remote(kPeer, 1, hlc, Operation::set(kAccount, a, {{QStringLiteral("region"), 13800138000LL}}))},
            QStringLiteral("expected text"));
        checkRefused(f,
                     {remote(kPeer, 1, hlc, Operation::set(kAccount, a, {{QStringLiteral("name"), true}}))},
                     QStringLiteral("expected text"));
        checkRefused(f, {remote(kPeer, 1, hlc, Operation::set(kAccount, a, {{QStringLiteral("tier"), 1}}))},
                     QStringLiteral("expected text"));
        checkRefused(f,
                     {remote(kPeer, 1, hlc, Operation::set(kAccount, a, {{QStringLiteral("am_id"), 7.0}}))},
                     QStringLiteral("expected text"));
        // A local edit meets the same check; text that looks like a number is text.
        const Status local = f.store->apply(
            {QStringLiteral("edit"), {Operation::set(kAccount, a, {{QStringLiteral("industry"), 42}})}});
        REQUIRE_FALSE(local.isOk());
        CHECK(local.message().contains(QStringLiteral("expected text")));
        REQUIRE(f.store
                    ->integrate({remote(
                        kPeer, 1, hlc,
                        Operation::set(kAccount, a, {{QStringLiteral("region"), QStringLiteral("42")}}))})
                    .isOk());
    }
    SUBCASE("a field the record type does not have")
    {
        checkRefused(
            f,
            {remote(kPeer, 1, hlc,
                    Operation::set(kAccount, a, {{QStringLiteral("Not A Field!"), QStringLiteral("x")}}))},
            QStringLiteral("has no field"));
    }
    SUBCASE("a value of several megabytes")
    {
        checkRefused(f,
                     {remote(kPeer, 1, hlc,
                             Operation::set(kAccount, a,
                                            {{QStringLiteral("name"), QString(3 << 20, QLatin1Char('x'))}}))},
                     QStringLiteral("larger than"));
    }
    SUBCASE("an unknown record type")
    {
        checkRefused(
            f,
            {remote(kPeer, 1, hlc,
                    Operation::set(QStringLiteral("invoice"), ids::newId(), {{QStringLiteral("n"), 1}}))},
            QStringLiteral("unknown record type"));
    }
    SUBCASE("an id that is not a record id")
    {
        checkRefused(f,
                     {remote(kPeer, 1, hlc,
                             Operation::set(kAccount, QStringLiteral("../../etc"),
                                            {{QStringLiteral("name"), QStringLiteral("x")}}))},
                     QStringLiteral("is not a record id"));
    }
    SUBCASE("a delete that carries fields")
    {
        Operation op = Operation::remove(kAccount, a);
        op.fields = {{QStringLiteral("tier"), QStringLiteral("A")}};
        checkRefused(f, {remote(kPeer, 1, hlc, op)}, QStringLiteral("wrong number of fields"));
    }
    SUBCASE("a move of a field that is not a parent")
    {
        checkRefused(f,
                     {remote(kPeer, 1, hlc,
                             Operation::move(kAccount, a, QStringLiteral("name"), QStringLiteral("x")))},
                     QStringLiteral("exactly one parent field"));
    }
}

TEST_CASE("the local clock saturates instead of wrapping")
{
    HybridClock clock([] { return qint64(1'780'000'000'000); });
    clock.setLast(HybridClock::kMax - 1);
    CHECK(clock.tick() == HybridClock::kMax);
    CHECK(clock.tick() == HybridClock::kMax);
    clock.observe(~quint64(0));
    CHECK(clock.last() == HybridClock::kMax);

    HybridClock fresh([] { return qint64(1'780'000'000'000); });
    CHECK_FALSE(fresh.admits(~quint64(0)));
    CHECK(fresh.admits(HybridClock::pack(1'780'000'000'000 + HybridClock::kMaxAheadMillis, 0)));
    CHECK_FALSE(fresh.admits(HybridClock::pack(1'780'000'000'000 + HybridClock::kMaxAheadMillis + 1, 0)));
}
