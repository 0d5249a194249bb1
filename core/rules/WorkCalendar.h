#pragma once
// The working calendar deadlines in workdays are counted on: weekends off,
// China's public holidays off, and the weekend days worked in their place
// (调休) on. The State Council's notices ship as data (cn-workday-calendar.tsv,
// built into Summit); the team's own days (calendar_day records, synced) are
// laid over them. A year the data does not cover falls back to plain weekends,
// and coversYear() says so, so callers can tell the user.

#include "Result.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QString>
#include <vector>

namespace summit {
class Database;
}

namespace summit::rules {

struct CalendarDay
{
    QDate date;
    bool workday = false; // true: a weekend day worked (调休); false: a day off
    QString name;         // the holiday's name, e.g. 国庆节
};

// One of the team's own days (a calendar_day record not in the trash), with its record id.
struct TeamDay
{
    QString id;
    CalendarDay day;
};
// The team's own days, by date.
Result<std::vector<TeamDay>> teamDays(Database& db);

class WorkCalendar
{
public:
    // Plain weekends, no holidays.
    WorkCalendar() = default;

    // The calendar of the shipped notices.
    static const WorkCalendar& builtIn();
    // The shipped notices with the team's days (calendar_day records not in the
    // trash) laid over them.
    static Result<WorkCalendar> forTeam(Database& db);

    // Reads the TSV layout of cn-workday-calendar.tsv: "date<TAB>kind<TAB>name",
    // kind holiday or workday, '#' comments and a header line. `source` names the
    // file in messages ("calendar.tsv, line 7: …"); a malformed line fails the whole.
    static Result<WorkCalendar> parse(const QString& text, const QString& source);

    // Adds or replaces one day; its year counts as covered from then on.
    void set(const CalendarDay& day);

    bool isWorkday(const QDate& date) const;
    // The holiday's or worked day's name, empty for an ordinary day.
    QString dayName(const QDate& date) const;
    // True when the data holds the year's notice; other years are weekends only.
    bool coversYear(int year) const { return m_years.contains(year); }
    QList<int> years() const;

    // The n-th workday after `from` ("within 5 workdays" of a Friday before 国庆
    // lands after the holiday). n = 0: `from` itself when it is a workday, else
    // the next workday. Negative n counts back the same way.
    QDate addWorkdays(const QDate& from, int n) const;
    // Workdays after `from` up to and including `to` (0 when to <= from).
    int workdaysBetween(const QDate& from, const QDate& to) const;

private:
    QHash<QDate, CalendarDay> m_days;
    QSet<int> m_years;
};

} // namespace summit::rules
