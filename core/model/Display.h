#pragma once
// How stored values read on screen and in reports: enum keys as their labels,
// money per locale (¥1,234.50; ¥1,234.5万 for large amounts in Chinese), dates
// and times in local time. Core only needs QLocale, so the CLI and exports
// format the same way the UI does.

#include "model/Schema.h"

#include <QLocale>
#include <QString>
#include <QVariant>

namespace summit::model {

// `minor` is a count of minor units (分). In a Chinese locale amounts of
// 100,000 or more are shown in 万 ("¥1,234.5万"); elsewhere in full with
// grouping ("¥12,345,000.00"). Other currencies carry their ISO code.
QString formatMoney(qint64 minor, const QString& currency = QStringLiteral("CNY"),
                    const QLocale& locale = QLocale());

// The same amount, short enough for a chart's axis or a tile: whole yuan below
// 10,000; above, in Chinese 万 and 亿 ("¥35万", "¥1.2亿"), elsewhere K and M
// ("¥350K", "¥1.2M"), with at most one decimal, rounded half up.
QString formatMoneyCompact(qint64 minor, const QLocale& locale = QLocale());

// A stored yyyy-MM-dd date as the locale's short date.
QString formatDate(const QString& isoDate, const QLocale& locale = QLocale());
// A stored UTC timestamp as local date and time, in the locale's short format.
QString formatDateTime(const QString& isoUtc, const QLocale& locale = QLocale());

// Any stored field value as it reads on screen. References are returned as
// they are (ids); resolving them to names is the caller's job.
QString displayValue(const FieldDef& field, const QVariant& value, const QLocale& locale = QLocale());

} // namespace summit::model
