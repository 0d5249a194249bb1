#pragma once
// One cell of a table Summit writes (a record list exported, an import's rows
// with errors), typed so that each file format can write it as its readers
// expect: text as text, numbers as numbers, money in yuan with its currency,
// dates and times as dates, yes/no as a boolean.

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVariant>

namespace summit::exports {

struct Value
{
    enum class Kind : quint8
    {
        Empty,
        Text,
        Number,   // a double
        Money,    // minor units (分) of `text`'s currency (empty: CNY)
        Date,     // a calendar day
        DateTime, // a clock time as the reader should see it (already local; no zone is written)
        Boolean,
    };
    Kind kind = Kind::Empty;
    QString text;
    double number = 0;
    qint64 minor = 0;
    QDate date;
    QDateTime clock;
    bool yes = false;

    static Value ofText(const QString& text);
    static Value ofNumber(double number);
    static Value ofMoney(qint64 minor, const QString& currency);
    static Value ofDate(const QDate& date);
    static Value ofDateTime(const QDateTime& clock);
    static Value ofBoolean(bool yes);
    // A cell as the import read it (QString, double, bool, QDate, QDateTime or null).
    static Value fromCell(const QVariant& cell);

    // As a CSV file writes it: integers without ".0", money as 1234.50, ISO
    // dates, times as 2026-01-05 14:30 (seconds only when there are some),
    // booleans as TRUE and FALSE (what Excel reads as booleans).
    QString toText() const;
};

} // namespace summit::exports
