#include "import/Cell.h"

#include <QLocale>
#include <cmath>

namespace summit::import {

Cell Cell::text(QString value)
{
    Cell c;
    c.m_kind = Kind::Text;
    c.m_text = std::move(value);
    return c;
}

Cell Cell::number(double value)
{
    Cell c;
    c.m_kind = Kind::Number;
    c.m_number = value;
    return c;
}

Cell Cell::boolean(bool value)
{
    Cell c;
    c.m_kind = Kind::Boolean;
    c.m_number = value ? 1 : 0;
    return c;
}

Cell Cell::date(QDate value)
{
    Cell c;
    c.m_kind = Kind::Date;
    c.m_number = double(value.toJulianDay());
    return c;
}

Cell Cell::dateTime(const QDateTime& value)
{
    Cell c;
    c.m_kind = Kind::DateTime;
    c.m_number = double(QDateTime(value.date(), value.time(), Qt::UTC).toMSecsSinceEpoch());
    return c;
}

Cell Cell::error(QString code)
{
    Cell c;
    c.m_kind = Kind::Error;
    c.m_text = std::move(code);
    return c;
}

QDate Cell::date() const
{
    if (m_kind == Kind::Date)
        return QDate::fromJulianDay(qint64(m_number));
    if (m_kind == Kind::DateTime)
        return dateTime().date();
    return {};
}

QDateTime Cell::dateTime() const
{
    if (m_kind == Kind::DateTime)
        return QDateTime::fromMSecsSinceEpoch(qint64(m_number), Qt::UTC);
    if (m_kind == Kind::Date)
        return QDateTime(date(), QTime(0, 0), Qt::UTC);
    return {};
}

QString Cell::toString() const
{
    switch (m_kind) {
    case Kind::Empty:
        return {};
    case Kind::Text:
    case Kind::Error:
        return m_text;
    case Kind::Number:
        // Phone numbers and ids stored as numbers read back as written, not as 1.38e+10.
        if (std::isfinite(m_number) && std::fabs(m_number) < 1e15 && m_number == std::trunc(m_number))
            return QString::number(qint64(m_number));
        return QString::number(m_number, 'g', QLocale::FloatingPointShortest);
    case Kind::Boolean:
        return m_number != 0 ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    case Kind::Date:
        return date().toString(Qt::ISODate);
    case Kind::DateTime: {
        const QDateTime dt = dateTime();
        const QString time = dt.time().msec() ? dt.time().toString(QStringLiteral("HH:mm:ss.zzz"))
                                              : dt.time().toString(QStringLiteral("HH:mm:ss"));
        return dt.date().toString(Qt::ISODate) + QLatin1Char(' ') + time;
    }
    }
    return {};
}

const Cell& Row::cell(qsizetype column) const
{
    static const Cell empty;
    return column >= 0 && column < cells.size() ? cells[column] : empty;
}

QString columnName(int column)
{
    QString name;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        name.prepend(QLatin1Char(char('A' + (n - 1) % 26)));
    return name;
}

} // namespace summit::import
