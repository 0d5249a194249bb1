#include "CoreText.h"
#include "query/Reports.h"

#include <QRegularExpression>

namespace summit::query {

namespace {

ReportPeriod quarterPeriod(int year, int number)
{
    ReportPeriod p;
    p.kind = ReportPeriod::Kind::Quarter;
    p.from = QDate(year, 3 * number - 2, 1);
    p.to = p.from.addMonths(3).addDays(-1);
    p.key = QStringLiteral("%1Q%2").arg(year).arg(number);
    return p;
}

ReportPeriod yearPeriod(int year)
{
    ReportPeriod p;
    p.kind = ReportPeriod::Kind::Year;
    p.from = QDate(year, 1, 1);
    p.to = QDate(year, 12, 31);
    p.key = QString::number(year);
    return p;
}

} // namespace

Result<ReportPeriod> parseReportPeriod(const QString& text)
{
    const auto refuse = [&text] {
        return Result<ReportPeriod>::fail(
            CoreText::tr("Cannot read the period %1: write a month as YYYY-MM (2026-11), a week as "
                         "YYYY-Www (2026-W47), a quarter as YYYYQn (2026Q4) or a year as YYYY (2026).")
                .arg(text));
    };
    static const QRegularExpression month(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    static const QRegularExpression week(QStringLiteral("^(\\d{4})-[Ww](\\d{2})$"));
    static const QRegularExpression quarter(QStringLiteral("^(\\d{4})-?[Qq](\\d)$"));
    static const QRegularExpression wholeYear(QStringLiteral("^(\\d{4})$"));
    const QString t = text.trimmed();
    ReportPeriod p;
    if (const auto m = month.match(t); m.hasMatch()) {
        const QDate first(m.captured(1).toInt(), m.captured(2).toInt(), 1);
        if (!first.isValid())
            return refuse();
        p.kind = ReportPeriod::Kind::Month;
        p.from = first;
        p.to = first.addMonths(1).addDays(-1);
        p.key = first.toString(QStringLiteral("yyyy-MM"));
        return p;
    }
    if (const auto m = week.match(t); m.hasMatch()) {
        const int year = m.captured(1).toInt();
        const int number = m.captured(2).toInt();
        // ISO week 1 holds 4 January; its Monday starts the week-based year.
        const QDate jan4(year, 1, 4);
        const QDate monday = jan4.addDays(1 - jan4.dayOfWeek()).addDays(7 * (number - 1));
        int isoYear = 0;
        if (number < 1 || monday.weekNumber(&isoYear) != number || isoYear != year)
            return refuse();
        p.kind = ReportPeriod::Kind::Week;
        p.from = monday;
        p.to = monday.addDays(6);
        p.key = QStringLiteral("%1-W%2").arg(year).arg(number, 2, 10, QLatin1Char('0'));
        return p;
    }
    if (const auto m = quarter.match(t); m.hasMatch()) {
        const int number = m.captured(2).toInt();
        if (number < 1 || number > 4)
            return refuse();
        return quarterPeriod(m.captured(1).toInt(), number);
    }
    if (const auto m = wholeYear.match(t); m.hasMatch() && m.captured(1).toInt() > 0)
        return yearPeriod(m.captured(1).toInt());
    return refuse();
}

ReportPeriod reportPeriodCovering(const QDate& from, const QDate& to, const QDate& today)
{
    ReportPeriod p;
    if (from.isValid() && from.dayOfWeek() == 1 && to == from.addDays(6)) {
        int year = 0;
        const int week = from.weekNumber(&year);
        p.kind = ReportPeriod::Kind::Week;
        p.from = from;
        p.to = to;
        p.key = QStringLiteral("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0'));
        return p;
    }
    if (from.isValid() && from.day() == 1 && (from.month() - 1) % 3 == 0) {
        if (from.month() == 1 && to == QDate(from.year(), 12, 31))
            return yearPeriod(from.year());
        if (to == from.addMonths(3).addDays(-1))
            return quarterPeriod(from.year(), (from.month() + 2) / 3);
    }
    const QDate day = from.isValid() ? from : today;
    p.from = QDate(day.year(), day.month(), 1);
    p.to = p.from.addMonths(1).addDays(-1);
    p.key = p.from.toString(QStringLiteral("yyyy-MM"));
    return p;
}

} // namespace summit::query
