#include "import/XlsxFormats.h"

#include <cmath>

namespace summit::import::xlsx {

std::optional<CellRef> parseCellRef(QStringView text)
{
    CellRef ref;
    qsizetype i = 0;
    const qsizetype n = text.size();
    if (i < n && text[i] == u'$')
        ++i;
    int column = 0;
    int letters = 0;
    for (; i < n && letters < 4; ++i, ++letters) {
        const char16_t c = text[i].unicode();
        if (c >= u'A' && c <= u'Z')
            column = column * 26 + (c - u'A' + 1);
        else if (c >= u'a' && c <= u'z')
            column = column * 26 + (c - u'a' + 1);
        else
            break;
    }
    if (letters > 3 || column > maxSheetColumns)
        return std::nullopt;
    ref.column = column - 1;
    if (i < n && text[i] == u'$' && letters > 0)
        ++i;
    qint64 row = 0;
    int digits = 0;
    for (; i < n; ++i, ++digits) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9' || digits > 7)
            return std::nullopt;
        row = row * 10 + (c - u'0');
    }
    if ((letters == 0 && digits == 0) || (digits > 0 && (row < 1 || row > maxSheetRows)))
        return std::nullopt;
    ref.row = int(row);
    return ref;
}

std::optional<CellRange> parseRange(QStringView text)
{
    const qsizetype colon = text.indexOf(u':');
    const auto first = parseCellRef(colon < 0 ? text : text.left(colon));
    const auto last = colon < 0 ? first : parseCellRef(text.mid(colon + 1));
    if (!first || !last || first->row == 0 || last->row == 0 || first->column < 0 || last->column < 0)
        return std::nullopt;
    return CellRange{std::min(first->row, last->row), std::max(first->row, last->row),
                     std::min(first->column, last->column), std::max(first->column, last->column)};
}

QString cellName(int row, int column)
{
    return columnName(column) + QString::number(row);
}

DateKind builtInDateKind(int id)
{
    if ((id >= 14 && id <= 17) || (id >= 27 && id <= 31) || id == 36 || (id >= 50 && id <= 54) || id == 57 ||
        id == 58)
        return DateKind::Date;
    if ((id >= 18 && id <= 22) || (id >= 32 && id <= 35) || (id >= 45 && id <= 47) || id == 55 || id == 56)
        return DateKind::DateTime;
    return DateKind::None;
}

DateKind formatDateKind(QStringView code)
{
    bool year = false, month = false, day = false, hour = false, second = false, elapsed = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const char16_t c = code[i].unicode();
        if (c == u';')
            break;
        if (c == u'"') {
            const qsizetype end = code.indexOf(u'"', i + 1);
            if (end < 0)
                break;
            i = end;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i; // an escaped character, or the character a padding or fill repeats
        } else if (c == u'[') {
            const qsizetype end = code.indexOf(u']', i + 1);
            if (end < 0)
                break;
            const QStringView inner = code.mid(i + 1, end - i - 1);
            // [h], [mm], [ss]: elapsed time. Anything else is a colour, a locale or a condition.
            bool same = !inner.isEmpty();
            for (QChar ch : inner)
                same = same && ch.toLower() == inner.front().toLower();
            const QChar k = inner.isEmpty() ? QChar() : inner.front().toLower();
            if (same && (k == u'h' || k == u'm' || k == u's'))
                elapsed = true;
            i = end;
        } else {
            switch (QChar(c).toLower().unicode()) {
            case u'y':
                year = true;
                break;
            case u'm':
                month = true;
                break;
            case u'd':
                day = true;
                break;
            case u'h':
                hour = true;
                break;
            case u's':
                second = true;
                break;
            default:
                break;
            }
        }
    }
    const bool time = hour || second || elapsed;
    if (time)
        return DateKind::DateTime; // "m" next to hours or seconds means minutes
    if (year || month || day)
        return DateKind::Date;
    return DateKind::None;
}

Cell dateCell(double serial, DateKind kind, bool date1904)
{
    // 2958465 is 9999-12-31 in the 1900 system; the 1904 system ends 1462 days sooner.
    if (kind == DateKind::None || !std::isfinite(serial) || serial < 0 || serial >= 2958466)
        return Cell::number(serial);
    qint64 whole = qint64(std::floor(serial));
    qint64 ms = std::llround((serial - double(whole)) * 86'400'000.0);
    if (ms >= 86'400'000 && kind == DateKind::DateTime) {
        ++whole;
        ms -= 86'400'000;
    }
    ms = std::min<qint64>(ms, 86'399'999);
    QDate date;
    if (date1904)
        date = QDate(1904, 1, 1).addDays(whole);
    else if (whole >= 61)
        date = QDate(1899, 12, 30).addDays(whole);
    else if (whole == 60)
        date = QDate(1900, 2, 28); // Lotus's 1900-02-29, a day that never was
    else
        date = QDate(1899, 12, 31).addDays(whole); // serial 0 is Excel's "1900-01-00"
    if (!date.isValid() || date.year() > 9999)
        return Cell::number(serial);
    if (kind == DateKind::Date)
        return Cell::date(date);
    return Cell::dateTime(QDateTime(date, QTime::fromMSecsSinceStartOfDay(int(ms)), Qt::UTC));
}

QString decodeEscapes(QString text)
{
    qsizetype at = text.indexOf(QLatin1String("_x"));
    if (at < 0)
        return text;
    const auto hex = [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= u'0' && u <= u'9')   ? int(u - u'0')
               : (u >= u'a' && u <= u'f') ? int(u - u'a' + 10)
               : (u >= u'A' && u <= u'F') ? int(u - u'A' + 10)
                                          : -1;
    };
    QString out;
    out.reserve(text.size());
    qsizetype done = 0;
    for (; at >= 0 && at + 6 < text.size(); at = text.indexOf(QLatin1String("_x"), at)) {
        int code = 0;
        for (qsizetype k = at + 2; k < at + 6 && code >= 0; ++k)
            code = hex(text[k]) < 0 ? -1 : code * 16 + hex(text[k]);
        if (code < 0 || text[at + 6] != u'_') {
            at += 1;
            continue;
        }
        out += QStringView(text).mid(done, at - done);
        out += QChar(char16_t(code));
        at += 7;
        done = at;
    }
    out += QStringView(text).mid(done);
    return out;
}

} // namespace summit::import::xlsx
