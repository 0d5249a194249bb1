#include "QtDoctest.h"
#include "sync/BatchFormat.h"
#include "sync/DeviceKey.h"

#include <QFile>
#include <QTemporaryDir>

using namespace summit;
using namespace summit::sync;

namespace {
Batch sample()
{
    Batch b;
    b.header.team = QStringLiteral("team-1");
    b.header.replica = QStringLiteral("a1b2c3d4e5f60718");
    b.header.author = QStringLiteral("0190aaaa-0000-7000-8000-000000000001");
    b.header.firstSeq = 41;
    b.header.lastSeq = 42;
    b.header.previous = QStringLiteral("d00df00d");
    b.header.frontier = {{QStringLiteral("ffff000011112222"), 17}};
    b.header.hlcMin = (quint64(1780000000000) << 16) | 3; // beyond 2^53: must survive as a string
    b.header.hlcMax = b.header.hlcMin + 1;
    auto stamped = [&](qint64 seq, quint64 hlc, Operation op) {
        StampedOperation s;
        s.opId = QStringLiteral("a1b2c3d4e5f60718:%1").arg(seq);
        s.replica = b.header.replica;
        s.seq = seq;
        s.hlc = hlc;
        s.author = b.header.author;
        s.op = std::move(op);
        return s;
    };
    const StampedOperation s1 = stamped(41, b.header.hlcMin,
                                        Operation::set(QStringLiteral("contact"),
                                                       QStringLiteral("0190aaaa-0000-7000-8000-0000000000c1"),
                                                       {{QStringLiteral("name"), QStringLiteral("王建国")},
                                                        {QStringLiteral("influence"), qint64(5)},
                                                        {QStringLiteral("notes"), QVariant()}}));
    const StampedOperation s2 = stamped(
        42, b.header.hlcMax,
        Operation::remove(QStringLiteral("contact"), QStringLiteral("0190aaaa-0000-7000-8000-0000000000c1")));
    b.ops = {s1, s2};
    return b;
}
} // namespace

TEST_CASE("a batch survives encoding and decoding exactly")
{
    const Batch b = sample();
    const QByteArray bytes = encodeBatch(b);
    CHECK(bytes.count('\n') == 3);
    auto r = decodeBatch(bytes, QStringLiteral("commit 1234"));
    REQUIRE_MESSAGE(r.isOk(), r.message().toStdString());
    const Batch& d = r.value();
    CHECK(d.header.hlcMin == b.header.hlcMin);
    CHECK(d.header.frontier.value(QStringLiteral("ffff000011112222")) == 17);
    CHECK(d.header.previous == b.header.previous);
    REQUIRE(d.ops.size() == 2);
    CHECK(d.ops[0].hlc == b.ops[0].hlc);
    CHECK(d.ops[0].opId == b.ops[0].opId);
    CHECK(d.ops[1].op.kind == OpKind::Delete);
    QVariantMap fields;
    for (const auto& [k, v] : d.ops[0].op.fields)
        fields.insert(k, v);
    CHECK(fields.value(QStringLiteral("name")) == QStringLiteral("王建国"));
    CHECK(fields.value(QStringLiteral("influence")).toLongLong() == 5);
    CHECK(fields.contains(QStringLiteral("notes")));
    CHECK(fields.value(QStringLiteral("notes")).isNull());
    CHECK(encodeBatch(d) == bytes);
}

TEST_CASE("bad batches are refused with a message naming the batch and the line")
{
    const QByteArray good = encodeBatch(sample());
    SUBCASE("not a batch")
    {
        auto r = decodeBatch("hello\n", QStringLiteral("commit abc"));
        CHECK(r.message().contains(QStringLiteral("commit abc")));
    }
    SUBCASE("empty")
    {
        CHECK_FALSE(decodeBatch(QByteArray(), QStringLiteral("x")).isOk());
    }
    SUBCASE("truncated")
    {
        const QByteArray cut = good.left(good.lastIndexOf('\n', good.size() - 2) + 1);
        auto r = decodeBatch(cut, QStringLiteral("commit abc"));
        CHECK(r.message().contains(QStringLiteral("truncated")));
    }
    SUBCASE("a damaged operation line")
    {
        QByteArray bad = good;
        bad.replace("\"hlc\":\"", "\"hlc\":\"x");
        auto r = decodeBatch(bad, QStringLiteral("commit abc"));
        CHECK(r.message().contains(QStringLiteral("line 2")));
    }
    SUBCASE("a newer format version")
    {
        QByteArray newer = good;
        newer.replace("\"version\":1", "\"version\":7");
        auto r = decodeBatch(newer, QStringLiteral("commit abc"));
        CHECK(r.message().contains(QStringLiteral("version 7")));
        CHECK(r.message().contains(QStringLiteral("Update Summit")));
    }
    SUBCASE("encrypted with a cipher this build cannot read")
    {
        QByteArray enc = good;
        enc.replace("\"encryption\":null", "\"encryption\":\"xchacha20poly1305\"");
        CHECK(decodeBatch(enc, QStringLiteral("c")).message().contains(QStringLiteral("encrypted")));
    }
}

TEST_CASE("a batch whose operations do not follow its header's numbering is refused")
{
    Batch b = sample();
    b.ops[1].seq = 44; // a hole: 41, 44 under a header of 41..42
    b.ops[1].opId = QStringLiteral("a1b2c3d4e5f60718:44");
    auto r = decodeBatch(encodeBatch(b), QStringLiteral("commit 1"));
    REQUIRE_FALSE(r.isOk());
    CHECK(r.message().contains(QStringLiteral("a1b2c3d4e5f60718:44")));
    CHECK(r.message().contains(QStringLiteral("42")));

    b = sample();
    std::swap(b.ops[0], b.ops[1]); // out of order
    CHECK_FALSE(decodeBatch(encodeBatch(b), QStringLiteral("commit 2")).isOk());

    b = sample();
    b.ops[0].replica = QStringLiteral("ffff000011112222"); // another device's operation inside
    b.ops[0].opId = QStringLiteral("ffff000011112222:41");
    CHECK_FALSE(decodeBatch(encodeBatch(b), QStringLiteral("commit 3")).isOk());
}

TEST_CASE("a batch over the size limits is refused before it is parsed")
{
    // Over the byte limit: refused by its size, whatever it holds.
    QByteArray huge(int(kMaxBatchBytes) + 1, ' ');
    auto r = decodeBatch(huge, QStringLiteral("commit big"));
    REQUIRE_FALSE(r.isOk());
    CHECK(r.message().contains(QStringLiteral("commit big")));
    CHECK(r.message().contains(QStringLiteral("MB")));

    // One line over the line limit.
    const Batch b = sample();
    QByteArray longLine = encodeBatch(b);
    longLine += QByteArray(int(kMaxLineBytes) + 1, 'x') + '\n';
    r = decodeBatch(longLine, QStringLiteral("commit long"));
    REQUIRE_FALSE(r.isOk());
    CHECK(r.message().contains(QStringLiteral("line 4")));

    // More operation lines than any batch may hold (empty lines count as lines too).
    QByteArray many = encodeBatch(b);
    many += QByteArray(kMaxBatchOps + 1, '\n');
    r = decodeBatch(many, QStringLiteral("commit many"));
    REQUIRE_FALSE(r.isOk());
    CHECK(r.message().contains(QString::number(kMaxBatchOps)));
}

TEST_CASE("a signed batch: format 2, the key in its header, a last line that signs every byte before it")
{
    const Batch b = sample();
    const DeviceKey key = DeviceKey::generate();
    const QByteArray bytes = encodeBatch(b, &key);
    CHECK(bytes.count('\n') == 4);
    CHECK(bytes.startsWith("{"));
    auto r = decodeBatch(bytes, QStringLiteral("commit 5678"));
    REQUIRE_MESSAGE(r.isOk(), r.message().toStdString());
    CHECK(r.value().header.version == 2);
    CHECK(r.value().header.signature == QStringLiteral("ed25519"));
    CHECK(r.value().header.key == key.publicKey());
    REQUIRE(r.value().ops.size() == 2);           // the signature line is not an operation
    CHECK(encodeBatch(r.value(), &key) == bytes); // Ed25519 signatures are deterministic
    // Unsigned again, it is format 1 with no key, as older devices wrote.
    auto plain = decodeBatch(encodeBatch(r.value()), QStringLiteral("commit 5678"));
    REQUIRE(plain.isOk());
    CHECK(plain.value().header.version == 1);
    CHECK(plain.value().header.key.isEmpty());

    auto refused = [](const QByteArray& data, const char* words) {
        auto d = decodeBatch(data, QStringLiteral("commit 9abc"));
        REQUIRE_FALSE(d.isOk());
        CHECK(d.message().contains(QStringLiteral("commit 9abc")));
        CHECK_MESSAGE(d.message().contains(QString::fromUtf8(words)), d.message().toStdString());
    };
    SUBCASE("any byte changed is caught")
    {
        const qsizetype signatureLine = bytes.lastIndexOf('\n', bytes.size() - 2) + 1;
        for (qsizetype i = 0; i < signatureLine; i += 7) {
            QByteArray changed = bytes;
            changed[i] = char(changed[i] ^ 0x01);
            auto d = decodeBatch(changed, QStringLiteral("commit 9abc"));
            CHECK_FALSE(d.isOk()); // a changed signature, a broken line, or a changed value
        }
        QByteArray name = bytes;
        name.replace(QStringLiteral("王建国").toUtf8(), QStringLiteral("王建华").toUtf8());
        refused(name, "does not match its contents");
    }
    SUBCASE("the signature line removed, or moved to the header's key of another device")
    {
        const qsizetype signatureLine = bytes.lastIndexOf('\n', bytes.size() - 2) + 1;
        refused(bytes.left(signatureLine), "does not match its contents");
        QByteArray otherKey = bytes;
        otherKey.replace(key.publicKey().toBase64(), DeviceKey::generate().publicKey().toBase64());
        refused(otherKey, "does not match its contents");
        QByteArray noKey = bytes;
        noKey.replace(key.publicKey().toBase64(), "AAAA");
        refused(noKey, "names no valid key");
    }
    SUBCASE("a scheme this Summit does not know, or a signature on an unsigned format")
    {
        QByteArray scheme = bytes;
        scheme.replace("\"signature\":\"ed25519\"", "\"signature\":\"rsa\"");
        refused(scheme, "does not know");
        QByteArray oldFormat = bytes;
        oldFormat.replace("\"version\":2", "\"version\":1");
        refused(oldFormat, "does not know");
    }
}

TEST_CASE("a device key is kept in a file only its user can read, and read back the same")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sync/device-key"));
    auto made = DeviceKey::loadOrCreate(path);
    REQUIRE_MESSAGE(made.isOk(), made.message().toStdString());
    CHECK(made.value().publicKey().size() == DeviceKey::kPublicKeyBytes);
#ifdef Q_OS_UNIX
    CHECK((QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) == 0);
#endif
    auto again = DeviceKey::loadOrCreate(path);
    REQUIRE(again.isOk());
    CHECK(again.value().publicKey() == made.value().publicKey());
    const QByteArray message = QByteArrayLiteral("批次");
    CHECK(DeviceKey::verify(made.value().publicKey(), message, again.value().sign(message)));
    CHECK_FALSE(DeviceKey::verify(DeviceKey::generate().publicKey(), message, again.value().sign(message)));
#ifdef Q_OS_UNIX
    // A copy that made it readable to others is made private again when read.
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);
    REQUIRE(DeviceKey::loadOrCreate(path).isOk());
    CHECK((QFile::permissions(path) & QFileDevice::ReadOther) == 0);
#endif
    // Something else in its place is named and left alone.
    QFile junk(path);
    REQUIRE(junk.open(QIODevice::WriteOnly | QIODevice::Truncate));
    junk.write("not a key\n");
    junk.close();
    auto refused = DeviceKey::loadOrCreate(path);
    REQUIRE_FALSE(refused.isOk());
    CHECK(refused.message().contains(QStringLiteral("device-key")));
    QFile kept(path);
    REQUIRE(kept.open(QIODevice::ReadOnly));
    CHECK(kept.readAll() == "not a key\n");
}
