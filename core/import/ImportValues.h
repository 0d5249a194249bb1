#pragma once
// Values from spreadsheets as Summit stores them. A cell arrives as text, a
// number, a boolean or a date (see Table.h); a field wants an enum key, minor
// units of money, an ISO date or a normalised phone number. Each function
// returns the stored value, or fills `error` with one translated sentence
// that says what was wrong with the value (the caller names row and column).
//
// The words a Chinese team writes in its sheets are understood: 关键决策人 is
// the economic buyer, 支持 a supporter, A类 tier A, 12.5万 is 125,000 yuan,
// 2026年1月5日 a date, +86 138 0013 8000 a mobile number.

#include "model/Schema.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVariant>

namespace summit::import {

// A date from a date cell, an Excel serial (1900 system), or text written as
// 2026-01-05, 2026/1/5, 2026.1.5, 2026年1月5日 or 20260105.
QDate parseDate(const QVariant& cell, QString* error);
// A moment from a date-time cell (the clock time is the user's own), an Excel
// serial with a fraction of a day, or text written as a date followed by a
// clock time ("2026-01-05 14:30", "2026/1/5 14:30:15", "2026-01-05T06:30:00Z",
// which is UTC, or with an offset such as +08:00). A day without a time is
// 09:00 that day, local time.
QDateTime parseDateTime(const QVariant& cell, QString* error);
// Minor units (分) from a number cell (yuan) or text: "¥1,234.50", "1234元",
// "12.5万", "12.5万元", "1.2亿", "RMB 300".
qint64 parseMoney(const QVariant& cell, QString* error);
// The enum key of `field` that `text` names: the key itself, its English or
// Chinese label, or a common synonym (A类 → A, 关键决策人 → economic_buyer).
QString parseChoice(const model::FieldDef& field, const QString& text, QString* error);

// The stored value of `cell` for `field` (any type: text trimmed, numbers
// whole, phones normalised, credit codes folded), checked as the store checks
// it. A null QVariant for an empty cell.
QVariant fieldValue(const model::EntityDef& entity, const model::FieldDef& field, const QVariant& cell,
                    QString* error);

// The cell as text, as a person reads it (numbers without ".0", dates ISO).
QString cellText(const QVariant& cell);

} // namespace summit::import
