#include "rules/WorkCalendar.h"

#include "CoreText.h"
#include "store/Database.h"

#include <algorithm>

// The notices, as text (generated from core/rules/cn-workday-calendar.tsv at build time).
#include "WorkCalendarData.h"

namespace summit::rules {

namespace {
bool weekend(const QDate& d)
{
    return d.dayOfWeek() >= 6;
}
} // namespace

const WorkCalendar& WorkCalendar::builtIn()
{
    static const WorkCalendar calendar = [] {
        auto parsed = parse(QString::fromUtf8(kWorkCalendarTsv), QStringLiteral("cn-workday-calendar.tsv"));
        // The shipped file is checked by the tests; a broken build falls back to weekends.
        return parsed ? parsed.value() : WorkCalendar();
    }();
    return calendar;
}

Result<WorkCalendar> WorkCalendar::parse(const QString& text, const QString& source)
{
    WorkCalendar c;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList cols = line.split(QLatin1Char('\t'));
        if (cols.first() == QLatin1String("date"))
            continue; // the header
        auto where = [&] {
            return CoreText::tr("%1, line %2").arg(source).arg(i + 1);
        };
        if (cols.size() < 2)
            return Result<WorkCalendar>::fail(
                CoreText::tr(
                    "%1: expected a date, a kind (holiday or workday) and a name, separated by tabs.")
                    .arg(where()));
        const QDate date = QDate::fromString(cols[0].trimmed(), Qt::ISODate);
        if (!date.isValid())
            return Result<WorkCalendar>::fail(
                CoreText::tr("%1: \"%2\" is not a date (YYYY-MM-DD).").arg(where(), cols[0].trimmed()));
        const QString kind = cols[1].trimmed();
        if (kind != QLatin1String("holiday") && kind != QLatin1String("workday"))
            return Result<WorkCalendar>::fail(
                CoreText::tr("%1: the kind \"%2\" is neither holiday nor workday.").arg(where(), kind));
        c.set({date, kind == QLatin1String("workday"), cols.value(2).trimmed()});
    }
    return c;
}

Result<std::vector<TeamDay>> teamDays(Database& db)
{
    auto rows = db.rows(QStringLiteral("SELECT id, date, kind, name FROM calendar_days WHERE deleted = 0 "
                                       "AND date IS NOT NULL ORDER BY date"));
    if (!rows)
        return rows.error();
    std::vector<TeamDay> out;
    for (const QVariantList& r : rows.value()) {
        const QDate d = QDate::fromString(r[1].toString(), Qt::ISODate);
        if (d.isValid())
            out.push_back(
                {r[0].toString(), {d, r[2].toString() == QLatin1String("workday"), r[3].toString()}});
    }
    return out;
}

Result<WorkCalendar> WorkCalendar::forTeam(Database& db)
{
    WorkCalendar c = builtIn();
    auto days = teamDays(db);
    if (!days)
        return days.error();
    for (const TeamDay& t : days.value())
        c.set(t.day);
    return c;
}

void WorkCalendar::set(const CalendarDay& day)
{
    m_days.insert(day.date, day);
    m_years.insert(day.date.year());
}

bool WorkCalendar::isWorkday(const QDate& date) const
{
    auto it = m_days.constFind(date);
    if (it != m_days.constEnd())
        return it->workday;
    return !weekend(date);
}

QString WorkCalendar::dayName(const QDate& date) const
{
    return m_days.value(date).name;
}

QList<int> WorkCalendar::years() const
{
    QList<int> out(m_years.begin(), m_years.end());
    std::sort(out.begin(), out.end());
    return out;
}

QDate WorkCalendar::addWorkdays(const QDate& from, int n) const
{
    if (!from.isValid())
        return {};
    QDate d = from;
    if (n == 0) {
        while (!isWorkday(d))
            d = d.addDays(1);
        return d;
    }
    const int step = n > 0 ? 1 : -1;
    for (int left = std::abs(n); left > 0;) {
        d = d.addDays(step);
        if (isWorkday(d))
            --left;
    }
    return d;
}

int WorkCalendar::workdaysBetween(const QDate& from, const QDate& to) const
{
    int n = 0;
    for (QDate d = from.addDays(1); d <= to; d = d.addDays(1))
        n += isWorkday(d) ? 1 : 0;
    return n;
}

} // namespace summit::rules
