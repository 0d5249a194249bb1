#include "sync/BatchFormat.h"
#include "sync/DeviceKey.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace summit::sync {

namespace {

// The translation context of this file (lupdate and the runtime agree on it).
struct SyncText
{
    Q_DECLARE_TR_FUNCTIONS(Sync)
};

QJsonValue toJson(const QVariant& v)
{
    if (v.isNull())
        return QJsonValue::Null;
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        return QJsonValue(v.toLongLong());
    default:
        return QJsonValue(v.toString());
    }
}

QVariant fromJson(const QJsonValue& v)
{
    if (v.isNull() || v.isUndefined())
        return QVariant();
    if (v.isDouble())
        return QVariant(qint64(v.toInteger()));
    return QVariant(v.toString());
}

const QString kSignatureScheme = QStringLiteral("ed25519");

QByteArray line(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

} // namespace

QByteArray encodeBatch(const Batch& batch, const DeviceKey* signer)
{
    BatchHeader h = batch.header;
    if (signer) {
        h.version = kBatchFormatVersion;
        h.signature = kSignatureScheme;
        h.key = signer->publicKey();
    } else {
        h.version = 1;
        h.signature.clear();
        h.key.clear();
    }
    QJsonObject frontier;
    for (auto it = h.frontier.begin(); it != h.frontier.end(); ++it)
        frontier.insert(it.key(), it.value());
    QJsonObject header{
        {QStringLiteral("format"), QStringLiteral("summit-batch")},
        {QStringLiteral("version"), h.version},
        {QStringLiteral("team"), h.team},
        {QStringLiteral("replica"), h.replica},
        {QStringLiteral("author"), h.author},
        {QStringLiteral("first_seq"), h.firstSeq},
        {QStringLiteral("last_seq"), h.lastSeq},
        {QStringLiteral("previous"), h.previous},
        {QStringLiteral("frontier"), frontier},
        // 64-bit clock values travel as strings: JSON numbers are doubles.
        {QStringLiteral("hlc_min"), QString::number(h.hlcMin)},
        {QStringLiteral("hlc_max"), QString::number(h.hlcMax)},
        {QStringLiteral("signature"), h.signature.isEmpty() ? QJsonValue::Null : QJsonValue(h.signature)},
        {QStringLiteral("encryption"), h.encryption.isEmpty() ? QJsonValue::Null : QJsonValue(h.encryption)},
    };
    if (signer)
        header.insert(QStringLiteral("key"), QString::fromLatin1(h.key.toBase64()));
    QByteArray out = line(header);
    for (const StampedOperation& s : batch.ops) {
        QJsonObject fields;
        for (const auto& [name, value] : s.op.fields)
            fields.insert(name, toJson(value));
        out += line(QJsonObject{
            {QStringLiteral("id"), s.opId},
            {QStringLiteral("replica"), s.replica},
            {QStringLiteral("seq"), s.seq},
            {QStringLiteral("hlc"), QString::number(s.hlc)},
            {QStringLiteral("author"), s.author},
            {QStringLiteral("kind"), opKindName(s.op.kind)},
            {QStringLiteral("entity"), s.op.entity},
            {QStringLiteral("entity_id"), s.op.id},
            {QStringLiteral("fields"), fields},
        });
    }
    if (signer) // the last line signs every byte before it
        out += line(QJsonObject{
            {kSignatureScheme, QString::fromLatin1(signer->sign(out).toBase64())},
        });
    return out;
}

Result<Batch> decodeBatch(const QByteArray& data, const QString& where)
{
    using R = Result<Batch>;
    if (data.size() > kMaxBatchBytes)
        return R::fail(SyncText::tr("Batch %1 is larger than %2 MB; it was not read.")
                           .arg(where)
                           .arg(kMaxBatchBytes >> 20));
    // A signed batch ends with its signature line: the operations are read from the
    // bytes it signs, once the signature is checked below.
    QByteArray body = data;
    QByteArray signatureLine;
    if (data.startsWith("{") && data.size() > 2) {
        const qsizetype end = data.endsWith('\n') ? data.size() - 1 : data.size();
        const qsizetype start = data.lastIndexOf('\n', end - 1) + 1;
        if (start > 0 &&
            data.mid(start, end - start).startsWith("{\"" + kSignatureScheme.toLatin1() + "\"")) {
            signatureLine = data.mid(start, end - start);
            body = data.left(start);
        }
    }
    const QList<QByteArray> lines = body.split('\n');
    if (lines.size() > kMaxBatchOps + 2)
        return R::fail(SyncText::tr("Batch %1 holds more than %2 operations.").arg(where).arg(kMaxBatchOps));
    if (lines.isEmpty() || lines.first().trimmed().isEmpty())
        return R::fail(SyncText::tr("Batch %1 is empty.").arg(where));
    Batch batch;
    QJsonParseError pe{};
    const QJsonDocument head = QJsonDocument::fromJson(lines.first(), &pe);
    const QJsonObject h = head.object();
    if (pe.error != QJsonParseError::NoError ||
        h.value(QStringLiteral("format")).toString() != QLatin1String("summit-batch"))
        return R::fail(SyncText::tr("%1 is not a Summit batch (line 1).").arg(where));
    batch.header.version = h.value(QStringLiteral("version")).toInt();
    if (batch.header.version > kBatchFormatVersion)
        return R::fail(
            SyncText::tr(
                "Batch %1 has format version %2; this Summit reads up to %3. Update Summit to sync with "
                "this team.")
                .arg(where)
                .arg(batch.header.version)
                .arg(kBatchFormatVersion));
    if (batch.header.version < 1)
        return R::fail(SyncText::tr("Batch %1 has no valid format version (line 1).").arg(where));
    batch.header.team = h.value(QStringLiteral("team")).toString();
    batch.header.replica = h.value(QStringLiteral("replica")).toString();
    batch.header.author = h.value(QStringLiteral("author")).toString();
    batch.header.firstSeq = h.value(QStringLiteral("first_seq")).toInteger();
    batch.header.lastSeq = h.value(QStringLiteral("last_seq")).toInteger();
    batch.header.previous = h.value(QStringLiteral("previous")).toString();
    const QJsonObject frontier = h.value(QStringLiteral("frontier")).toObject();
    for (auto it = frontier.begin(); it != frontier.end(); ++it)
        batch.header.frontier.insert(it.key(), it.value().toInteger());
    batch.header.hlcMin = h.value(QStringLiteral("hlc_min")).toString().toULongLong();
    batch.header.hlcMax = h.value(QStringLiteral("hlc_max")).toString().toULongLong();
    batch.header.signature = h.value(QStringLiteral("signature")).toString();
    batch.header.encryption = h.value(QStringLiteral("encryption")).toString();
    if (batch.header.version >= 2 || !batch.header.signature.isEmpty() || !signatureLine.isEmpty()) {
        // Signed: the scheme this Summit knows, the key it names, and a signature of
        // exactly the bytes before the last line. Anything else is refused unread.
        if (batch.header.version < 2 || batch.header.signature != kSignatureScheme)
            return R::fail(SyncText::tr("Batch %1 names a signature this Summit does not know (\"%2\").")
                               .arg(where, batch.header.signature.left(40)));
        batch.header.key = QByteArray::fromBase64(h.value(QStringLiteral("key")).toString().toLatin1(),
                                                  QByteArray::AbortOnBase64DecodingErrors);
        const QByteArray signature = QByteArray::fromBase64(
            QJsonDocument::fromJson(signatureLine).object().value(kSignatureScheme).toString().toLatin1(),
            QByteArray::AbortOnBase64DecodingErrors);
        if (batch.header.key.size() != DeviceKey::kPublicKeyBytes)
            return R::fail(
                SyncText::tr("Batch %1 is signed but names no valid key; it was not read.").arg(where));
        if (signatureLine.isEmpty() || !DeviceKey::verify(batch.header.key, body, signature))
            return R::fail(
                SyncText::tr("The signature of batch %1 does not match its contents: it was changed after it "
                             "was signed, or signed by someone else. It was not read.")
                    .arg(where));
    }
    if (!batch.header.encryption.isEmpty())
        return R::fail(SyncText::tr("Batch %1 is encrypted (%2), which this Summit cannot read.")
                           .arg(where, batch.header.encryption));

    for (int i = 1; i < lines.size(); ++i) {
        if (lines[i].size() > kMaxLineBytes)
            return R::fail(SyncText::tr("Batch %1 has a line longer than %2 MB (line %3).")
                               .arg(where)
                               .arg(kMaxLineBytes >> 20)
                               .arg(i + 1));
        if (lines[i].trimmed().isEmpty())
            continue;
        const QJsonDocument doc = QJsonDocument::fromJson(lines[i], &pe);
        const QJsonObject o = doc.object();
        bool okHlc = false;
        StampedOperation s;
        s.opId = o.value(QStringLiteral("id")).toString();
        s.replica = o.value(QStringLiteral("replica")).toString();
        s.seq = o.value(QStringLiteral("seq")).toInteger();
        s.hlc = o.value(QStringLiteral("hlc")).toString().toULongLong(&okHlc);
        s.author = o.value(QStringLiteral("author")).toString();
        s.op.entity = o.value(QStringLiteral("entity")).toString();
        s.op.id = o.value(QStringLiteral("entity_id")).toString();
        const bool okKind = opKindFromName(o.value(QStringLiteral("kind")).toString(), &s.op.kind);
        if (pe.error != QJsonParseError::NoError || !doc.isObject() || s.opId.isEmpty() ||
            s.replica.isEmpty() || !okHlc || !okKind || s.op.entity.isEmpty() || s.op.id.isEmpty())
            return R::fail(
                SyncText::tr("Batch %1 has a malformed operation on line %2.").arg(where).arg(i + 1));
        const QJsonObject fields = o.value(QStringLiteral("fields")).toObject();
        for (auto it = fields.begin(); it != fields.end(); ++it)
            s.op.fields.emplace_back(it.key(), fromJson(it.value()));
        batch.ops.push_back(std::move(s));
    }
    if (qint64(batch.ops.size()) != batch.header.lastSeq - batch.header.firstSeq + 1 && !batch.ops.empty())
        return R::fail(SyncText::tr("Batch %1 is truncated: the header announces %2 operations, it holds %3.")
                           .arg(where)
                           .arg(batch.header.lastSeq - batch.header.firstSeq + 1)
                           .arg(batch.ops.size()));
    // One replica's operations, numbered without a gap or a repeat from first_seq on.
    for (size_t i = 0; i < batch.ops.size(); ++i) {
        const StampedOperation& op = batch.ops[i];
        if (op.replica != batch.header.replica || op.seq != batch.header.firstSeq + qint64(i))
            return R::fail(SyncText::tr("Batch %1: operation %2 is not number %3 of device %4, as its place "
                                        "in the batch says.")
                               .arg(where, op.opId.left(80))
                               .arg(batch.header.firstSeq + qint64(i))
                               .arg(batch.header.replica.left(80)));
    }
    return batch;
}

} // namespace summit::sync
