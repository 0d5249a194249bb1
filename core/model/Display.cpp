#include "model/Display.h"

#include <QDate>
#include <QDateTime>
#include <QTimeZone>
#include <vector>

namespace summit::model {

namespace {

bool isChinese(const QLocale& locale)
{
    return locale.language() == QLocale::Chinese;
}

QString symbolOf(const QString& currency)
{
    if (currency.isEmpty() || currency == QLatin1String("CNY"))
        return QStringLiteral("¥");
    if (currency == QLatin1String("USD"))
        return QStringLiteral("US$");
    if (currency == QLatin1String("EUR"))
        return QStringLiteral("€");
    return currency + QLatin1Char(' ');
}

} // namespace

QString formatMoney(qint64 minor, const QString& currency, const QLocale& locale)
{
    const QString sign = minor < 0 ? locale.negativeSign() : QString();
    const qint64 abs = minor < 0 ? -minor : minor;
    const QString symbol = symbolOf(currency);
    // 10万 = 100,000 yuan = 10,000,000 分. Below that the exact amount reads better.
    if (isChinese(locale) && abs >= 10'000'000) {
        // One decimal of 万 (a thousand yuan), rounded half up, trailing .0 dropped.
        const qint64 thousands = (abs + 50'000) / 100'000; // in 千元
        QString text = locale.toString(thousands / 10);
        if (thousands % 10)
            text += locale.decimalPoint() + QString::number(thousands % 10);
        return sign + symbol + text + QStringLiteral("万");
    }
    const QString units = locale.toString(abs / 100);
    const QString cents = QStringLiteral("%1").arg(abs % 100, 2, 10, QLatin1Char('0'));
    return sign + symbol + units + locale.decimalPoint() + cents;
}

QString formatMoneyCompact(qint64 minor, const QLocale& locale)
{
    const QString sign = minor < 0 ? locale.negativeSign() : QString();
    const qint64 yuan = ((minor < 0 ? -minor : minor) + 50) / 100;
    struct Unit
    {
        qint64 size; // in yuan
        QString suffix;
    };
    const std::vector<Unit> units =
        isChinese(locale)
            ? std::vector<Unit>{{100'000'000, QStringLiteral("亿")}, {10'000, QStringLiteral("万")}}
            : std::vector<Unit>{{1'000'000, QStringLiteral("M")}, {1'000, QStringLiteral("K")}};
    for (const Unit& u : units) {
        if (yuan < 10'000 || yuan < u.size)
            continue;
        const qint64 tenths = (yuan * 10 + u.size / 2) / u.size; // one decimal, half up
        QString text = locale.toString(tenths / 10);
        if (tenths % 10)
            text += locale.decimalPoint() + QString::number(tenths % 10);
        return sign + QStringLiteral("¥") + text + u.suffix;
    }
    return sign + QStringLiteral("¥") + locale.toString(yuan);
}

QString formatDate(const QString& isoDate, const QLocale& locale)
{
    const QDate d = QDate::fromString(isoDate, Qt::ISODate);
    return d.isValid() ? locale.toString(d, QLocale::ShortFormat) : isoDate;
}

QString formatDateTime(const QString& isoUtc, const QLocale& locale)
{
    QDateTime t = QDateTime::fromString(isoUtc, Qt::ISODateWithMs);
    if (!t.isValid())
        return isoUtc;
    t.setTimeZone(QTimeZone::utc());
    return locale.toString(t.toLocalTime(), QLocale::ShortFormat);
}

QString displayValue(const FieldDef& field, const QVariant& value, const QLocale& locale)
{
    if (!value.isValid() || value.isNull())
        return {};
    switch (field.type) {
    case FieldType::Enum:
        return enumLabel(field.name, value.toString());
    case FieldType::Money:
        return formatMoney(value.toLongLong(), QStringLiteral("CNY"), locale);
    case FieldType::Int:
        return locale.toString(value.toLongLong());
    case FieldType::Date:
        return formatDate(value.toString(), locale);
    case FieldType::DateTime:
        return formatDateTime(value.toString(), locale);
    default:
        return value.toString();
    }
}

} // namespace summit::model
