#pragma once
// Lets doctest print Qt strings in failed assertions.
#include <doctest/doctest.h>

#include <QString>
#include <QVariant>

namespace doctest {
template <> struct StringMaker<QString>
{
    static String convert(const QString& s) { return String(s.toUtf8().constData()); }
};
template <> struct StringMaker<QVariant>
{
    static String convert(const QVariant& v) { return String(v.toString().toUtf8().constData()); }
};
} // namespace doctest
