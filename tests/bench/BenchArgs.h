#pragma once
// The options of the benchmarks that measure a demo book:
//   --db FILE       the book (generated when missing, else opened read-only)
//   --accounts N    how many accounts a generated book has (200 unless given)
//   --today DATE    the day the figures are computed for (the current date unless given)

#include <QDate>
#include <QString>
#include <QStringList>

namespace summit::bench {

struct BookArgs
{
    QString path; // empty: a temporary file
    int accounts = 200;
    QDate today = QDate::currentDate();
};

inline BookArgs bookArgs(const QStringList& args)
{
    BookArgs out;
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--db"))
            out.path = args[i + 1];
        else if (args[i] == QLatin1String("--accounts"))
            out.accounts = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--today"))
            out.today = QDate::fromString(args[i + 1], Qt::ISODate);
    }
    return out;
}

} // namespace summit::bench
