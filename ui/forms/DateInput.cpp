#include "ui/forms/DateInput.h"
#include "ui/UiText.h"

#include <QKeyEvent>
#include <QLocale>
#include <QTimeZone>

namespace summit::ui::forms {

namespace {

const QString kDateFormat = QStringLiteral("yyyy-MM-dd");
const QString kDateTimeFormat = QStringLiteral("yyyy-MM-dd HH:mm");

} // namespace

DateInput::DateInput(Mode mode, QWidget* parent) : QLineEdit(parent), m_mode(mode)
{
    setPlaceholderText(mode == Mode::Date ? UiText::tr("YYYY-MM-DD") : UiText::tr("YYYY-MM-DD HH:MM"));
    setClearButtonEnabled(true);
}

QDate DateInput::parseDate(const QString& input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return {};
    for (const QString& format :
         {kDateFormat, QStringLiteral("yyyy-M-d"), QStringLiteral("yyyy/M/d"), QStringLiteral("yyyy.M.d"),
          QStringLiteral("yyyyMMdd"), QStringLiteral("yyyy年M月d日")}) {
        const QDate d = QDate::fromString(text, format);
        if (d.isValid())
            return d;
    }
    return QLocale().toDate(text, QLocale::ShortFormat);
}

QDateTime DateInput::parseDateTime(const QString& input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return {};
    for (const QString& format : {kDateTimeFormat, QStringLiteral("yyyy-MM-dd HH:mm:ss"),
                                  QStringLiteral("yyyy-M-d H:mm"), QStringLiteral("yyyy/M/d H:mm")}) {
        const QDateTime t = QDateTime::fromString(text, format);
        if (t.isValid())
            return t;
    }
    // Stored UTC form pasted back in.
    QDateTime utc = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (utc.isValid())
        return utc.toLocalTime();
    // A bare date means the start of that day.
    const QDate d = parseDate(text);
    return d.isValid() ? QDateTime(d, QTime(0, 0)) : QDateTime();
}

QVariant DateInput::storedValue(QString* error) const
{
    if (text().trimmed().isEmpty())
        return {};
    if (m_mode == Mode::Date) {
        const QDate d = parseDate(text());
        if (!d.isValid()) {
            *error = UiText::tr("\"%1\" is not a date such as 2026-05-20.").arg(text().trimmed());
            return {};
        }
        return d.toString(kDateFormat);
    }
    const QDateTime t = parseDateTime(text());
    if (!t.isValid()) {
        *error = UiText::tr("\"%1\" is not a date and time such as 2026-05-20 14:30.").arg(text().trimmed());
        return {};
    }
    return t.toUTC().toString(Qt::ISODateWithMs);
}

void DateInput::setStoredValue(const QVariant& stored)
{
    const QString s = stored.isNull() ? QString() : stored.toString();
    if (s.isEmpty()) {
        clear();
        return;
    }
    if (m_mode == Mode::Date) {
        setText(s);
        return;
    }
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    setText(t.isValid() ? t.toLocalTime().toString(kDateTimeFormat) : s);
}

void DateInput::setDate(const QDate& day)
{
    if (m_mode == Mode::Date)
        setText(day.isValid() ? day.toString(kDateFormat) : QString());
    else
        setDateTime(day.isValid() ? QDateTime(day, QTime(0, 0)) : QDateTime());
}

void DateInput::setDateTime(const QDateTime& when)
{
    if (!when.isValid())
        clear();
    else if (m_mode == Mode::Date)
        setText(when.toLocalTime().date().toString(kDateFormat));
    else
        setText(when.toLocalTime().toString(kDateTimeFormat));
}

QDate DateInput::date() const
{
    return m_mode == Mode::Date ? parseDate(text()) : parseDateTime(text()).date();
}

void DateInput::keyPressEvent(QKeyEvent* event)
{
    const int step = event->key() == Qt::Key_Up ? 1 : event->key() == Qt::Key_Down ? -1 : 0;
    if (step == 0 || event->modifiers() != Qt::NoModifier) {
        QLineEdit::keyPressEvent(event);
        return;
    }
    if (m_mode == Mode::Date) {
        const QDate d = date();
        const QDate from = d.isValid() ? d : (m_reference.isValid() ? m_reference : QDate::currentDate());
        setDate(d.isValid() ? from.addDays(step) : from);
    } else {
        const QDateTime t = parseDateTime(text());
        if (t.isValid())
            setDateTime(t.addDays(step));
    }
    // Typed text changes emit textEdited; a step is an edit too.
    emit textEdited(text());
    event->accept();
}

} // namespace summit::ui::forms
