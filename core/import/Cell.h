#pragma once
// One value read from a spreadsheet or a CSV file, and one row of them. The readers
// stream rows to a callback, so both stay small and cheap to copy: a cell is a kind,
// a number and an implicitly shared string. Nothing here knows about Summit's fields;
// turning "2024-03-15" or 13812345678 into a field value is the mapping layer's job.

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace summit::import {

class Cell
{
public:
    enum class Kind : quint8
    {
        Empty,
        Text,     // CSV fields are always text; XLSX strings, inline strings and formula strings
        Number,   // a double, as Excel stores it
        Boolean,  // TRUE / FALSE
        Date,     // a number styled as a date without a time of day
        DateTime, // a number styled with a time (a clock time alone falls on the base date)
        Error,    // #N/A, #DIV/0!, ... (text() holds the code)
    };

    Cell() = default;
    static Cell text(QString value);
    static Cell number(double value);
    static Cell boolean(bool value);
    static Cell date(QDate value);
    // The clock time as written in the file: spreadsheets carry no time zone, so the
    // value is held as UTC to keep it from being shifted by daylight saving rules.
    static Cell dateTime(const QDateTime& value);
    static Cell error(QString code);

    Kind kind() const { return m_kind; }
    // Empty, or text with no characters.
    bool isEmpty() const { return m_kind == Kind::Empty || (m_kind == Kind::Text && m_text.isEmpty()); }

    const QString& text() const { return m_text; } // Text and Error; empty otherwise
    double number() const { return m_kind == Kind::Number ? m_number : 0; }
    bool boolean() const { return m_kind == Kind::Boolean && m_number != 0; }
    QDate date() const;         // Date and DateTime
    QDateTime dateTime() const; // Date (at midnight) and DateTime, in UTC as above

    // How the value reads in a message or a preview: integers without an exponent,
    // dates as ISO 8601, booleans as TRUE/FALSE.
    QString toString() const;

    bool operator==(const Cell& other) const = default;

private:
    QString m_text;
    double m_number = 0; // Number; Boolean 0/1; Date as a Julian day; DateTime as ms since 1970 UTC
    Kind m_kind = Kind::Empty;
};

struct Row
{
    int number = 0;      // 1-based: the sheet's row number, or the CSV record's number
    int line = 0;        // CSV: the 1-based line where the record starts; 0 for XLSX
    bool hidden = false; // XLSX: the row is hidden in the workbook
    QList<Cell> cells;   // index = 0-based column; ends at the last non-empty cell

    const Cell& cell(qsizetype column) const;
};

// "A", "Z", "AA", ... for a 0-based column index: how messages name a column.
QString columnName(int column);

} // namespace summit::import
