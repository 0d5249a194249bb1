#pragma once
// Text assembly of the demo data (private to core/demo): concatenation, the
// {placeholders} of the templates in DemoNames.h, and dates written by hand
// (no locale, no QDateTime time zone rules: the text depends only on the day).

#include <QString>
#include <QStringView>
#include <QtGlobal>
#include <initializer_list>

namespace summit::demo::detail {

// The parts, one after the other (one allocation).
QString cat(std::initializer_list<QStringView> parts);

// Values for the {placeholders} of the templates in DemoNames.h.
struct Vars
{
    QStringView name, title, topic, shortName, eb, tb, fa, competitor;
};

// `tpl` with each {key} replaced by the value of `v` (unknown keys by nothing).
QString fill(QStringView tpl, const Vars& v);

// The character of the decimal digit `v` (0-9).
char16_t digit(int v);

// "yyyy-MM-dd"
QString dateText(qint64 julianDay);

// "yyyy-MM-ddTHH:mm:00.000Z" for a China-time (UTC+8) working hour of that day.
QString utcText(qint64 julianDay, int localHour, int minute);

} // namespace summit::demo::detail
