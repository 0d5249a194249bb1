#include "store/Ids.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUuid>

namespace summit::ids {

namespace {
std::function<quint64()>& randomSource()
{
    static std::function<quint64()> source;
    return source;
}
std::function<qint64()>& millisSource()
{
    static std::function<qint64()> source;
    return source;
}
quint64 random64()
{
    return randomSource() ? randomSource()() : QRandomGenerator::global()->generate64();
}
qint64 nowMillis()
{
    return millisSource() ? millisSource()() : QDateTime::currentMSecsSinceEpoch();
}

QString hex(quint64 v, int digits)
{
    return QStringLiteral("%1").arg(v, digits, 16, QLatin1Char('0'));
}
} // namespace

QString newId()
{
    const quint64 ms = quint64(nowMillis()) & 0xFFFFFFFFFFFFull;
    const quint64 a = random64();
    const quint64 b = random64();
    const quint64 randA = a & 0xFFF; // 12 bits
    const quint64 variantAndRandB = (b & 0x3FFFFFFFFFFFFFFFull) | 0x8000000000000000ull;
    QString s;
    s.reserve(36);
    s += hex(ms >> 16, 8);
    s += QLatin1Char('-');
    s += hex(ms & 0xFFFF, 4);
    s += QLatin1Char('-');
    s += hex(0x7000 | randA, 4);
    s += QLatin1Char('-');
    s += hex(variantAndRandB >> 48, 4);
    s += QLatin1Char('-');
    s += hex(variantAndRandB & 0xFFFFFFFFFFFFull, 12);
    return s;
}

QString newReplicaId()
{
    return hex(random64(), 16);
}

bool looksLikeId(const QString& text)
{
    static const QRegularExpression re(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return re.match(text).hasMatch();
}

QString nameId(const QString& name)
{
    // A fixed namespace of Summit's own (a random v4 uuid chosen once).
    static const QUuid ns(QStringLiteral("{5f0d6a3e-8c41-4b7e-9a52-3c1d2e7f9b04}"));
    return QUuid::createUuidV5(ns, name).toString(QUuid::WithoutBraces);
}

void setRandomSource(std::function<quint64()> source, std::function<qint64()> millis)
{
    randomSource() = std::move(source);
    millisSource() = std::move(millis);
}

} // namespace summit::ids
