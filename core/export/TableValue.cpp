#include "export/TableValue.h"

#include <cmath>

namespace summit::exports {

Value Value::ofText(const QString& text)
{
    Value v;
    if (!text.isEmpty()) {
        v.kind = Kind::Text;
        v.text = text;
    }
    return v;
}

Value Value::ofNumber(double number)
{
    Value v;
    v.kind = Kind::Number;
    v.number = number;
    return v;
}

Value Value::ofMoney(qint64 minor, const QString& currency)
{
    Value v;
    v.kind = Kind::Money;
    v.minor = minor;
    v.text = currency;
    return v;
}

Value Value::ofDate(const QDate& date)
{
    Value v;
    if (date.isValid()) {
        v.kind = Kind::Date;
        v.date = date;
    }
    return v;
}

Value Value::ofDateTime(const QDateTime& clock)
{
    Value v;
    if (clock.isValid()) {
        v.kind = Kind::DateTime;
        v.clock = clock;
    }
    return v;
}

Value Value::ofBoolean(bool yes)
{
    Value v;
    v.kind = Kind::Boolean;
    v.yes = yes;
    return v;
}

Value Value::fromCell(const QVariant& cell)
{
    switch (cell.typeId()) {
    case QMetaType::Double:
    case QMetaType::Int:
    case QMetaType::LongLong:
        return ofNumber(cell.toDouble());
    case QMetaType::Bool:
        return ofBoolean(cell.toBool());
    case QMetaType::QDate:
        return ofDate(cell.toDate());
    case QMetaType::QDateTime:
        return ofDateTime(cell.toDateTime());
    default:
        return cell.isNull() ? Value() : ofText(cell.toString());
    }
}

QString Value::toText() const
{
    switch (kind) {
    case Kind::Empty:
        return {};
    case Kind::Text:
        return text;
    case Kind::Number:
        if (std::isfinite(number) && number == std::floor(number) && std::fabs(number) < 1e15)
            return QString::number(qint64(number));
        return QString::number(number, 'g', 15);
    case Kind::Money: {
        const qint64 whole = minor / 100, cents = std::abs(minor % 100);
        const QString sign = minor < 0 && whole == 0 ? QStringLiteral("-") : QString();
        return sign + QString::number(whole) + QLatin1Char('.') +
               QString::number(cents).rightJustified(2, QLatin1Char('0'));
    }
    case Kind::Date:
        return date.toString(Qt::ISODate);
    case Kind::DateTime: {
        const QTime t = clock.time();
        const QString format = t.msec() != 0     ? QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")
                               : t.second() != 0 ? QStringLiteral("yyyy-MM-dd HH:mm:ss")
                                                 : QStringLiteral("yyyy-MM-dd HH:mm");
        return clock.toString(format);
    }
    case Kind::Boolean:
        return yes ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    }
    return {};
}

} // namespace summit::exports
