#pragma once
// A date (or date and time) typed as text, so that "no date" is simply an
// empty field — QDateEdit cannot be empty. Accepts 2026-05-20, 2026/5/20,
// 20260520 and the locale's short date; Up and Down step by a day. Values come
// out in the stored form: yyyy-MM-dd, or for date-times UTC ISO 8601 with
// milliseconds (2026-05-20T01:30:00.000Z), entered and shown in local time.

#include <QDate>
#include <QDateTime>
#include <QLineEdit>
#include <QVariant>

namespace summit::ui::forms {

class DateInput : public QLineEdit
{
    Q_OBJECT
public:
    enum class Mode
    {
        Date,
        DateTime,
    };
    explicit DateInput(Mode mode, QWidget* parent = nullptr);

    Mode mode() const { return m_mode; }
    // The day Up/Down start from when the field is empty (a seam for a fixed today).
    void setReferenceDate(const QDate& day) { m_reference = day; }

    // The stored form of what is typed: null when empty; on text that is not a
    // date, null and a translated reason in *error.
    QVariant storedValue(QString* error) const;
    void setStoredValue(const QVariant& stored);
    void setDate(const QDate& day);
    void setDateTime(const QDateTime& when);
    // The typed date, invalid when empty or unreadable.
    QDate date() const;

    // Text → date or local date-time, invalid when unreadable (exposed for tests).
    static QDate parseDate(const QString& text);
    static QDateTime parseDateTime(const QString& text);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    Mode m_mode;
    QDate m_reference;
};

} // namespace summit::ui::forms
