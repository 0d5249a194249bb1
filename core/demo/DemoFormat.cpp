#include "demo/DemoFormat.h"

#include <QDate>
#include <algorithm>

namespace summit::demo::detail {

namespace {

void put2(char16_t* p, int v)
{
    p[0] = digit(v / 10);
    p[1] = digit(v % 10);
}

void putDate(char16_t* p, qint64 julianDay)
{
    int y = 0, m = 0, d = 0;
    QDate::fromJulianDay(julianDay).getDate(&y, &m, &d);
    put2(p, y / 100);
    put2(p + 2, y % 100);
    p[4] = u'-';
    put2(p + 5, m);
    p[7] = u'-';
    put2(p + 8, d);
}

} // namespace

QString cat(std::initializer_list<QStringView> parts)
{
    qsizetype n = 0;
    for (QStringView p : parts)
        n += p.size();
    QString s;
    s.reserve(n);
    for (QStringView p : parts)
        s += p;
    return s;
}

QString fill(QStringView tpl, const Vars& v)
{
    QString out;
    out.reserve(tpl.size() + 24);
    qsizetype i = 0;
    while (i < tpl.size()) {
        const qsizetype open = tpl.indexOf(u'{', i);
        if (open < 0) {
            out += tpl.sliced(i);
            break;
        }
        out += tpl.sliced(i, open - i);
        const qsizetype close = tpl.indexOf(u'}', open);
        const QStringView key = tpl.sliced(open + 1, close - open - 1);
        if (key == u"name")
            out += v.name;
        else if (key == u"title")
            out += v.title;
        else if (key == u"topic")
            out += v.topic;
        else if (key == u"short")
            out += v.shortName;
        else if (key == u"eb")
            out += v.eb;
        else if (key == u"tb")
            out += v.tb;
        else if (key == u"fa")
            out += v.fa;
        else if (key == u"competitor")
            out += v.competitor;
        i = close + 1;
    }
    return out;
}

char16_t digit(int v)
{
    return static_cast<char16_t>(u'0' + v);
}

QString dateText(qint64 julianDay)
{
    char16_t buf[10];
    putDate(buf, julianDay);
    return QString::fromUtf16(buf, 10);
}

QString utcText(qint64 julianDay, int localHour, int minute)
{
    char16_t buf[24];
    int hour = localHour - 8;
    if (hour < 0) {
        hour += 24;
        --julianDay;
    }
    putDate(buf, julianDay);
    buf[10] = u'T';
    put2(buf + 11, hour);
    buf[13] = u':';
    put2(buf + 14, minute);
    const char16_t tail[] = u":00.000Z";
    std::copy(tail, tail + 8, buf + 16);
    return QString::fromUtf16(buf, 24);
}

} // namespace summit::demo::detail
