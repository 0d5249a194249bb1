#pragma once
// Field validation for contact and company data. Every check* function returns
// an empty QString when the value is acceptable and otherwise one translated
// sentence naming the problem; the caller prefixes the field name. Empty input
// is always acceptable: fields are optional, required-ness is checked elsewhere.

#include <QChar>
#include <QString>
#include <QStringView>

namespace summit::validation {

// GB 32100-2015 unified social credit code (统一社会信用代码), 18 characters:
// 1 registration authority, 2 institution type, 3-8 administrative division
// code (digits), 9-17 organisation code, 18 check character. Alphabet is
// 0-9 and A-Z without I, O, S, V, Z.

// Trims, upper-cases, removes inner white space and folds full-width forms
// (ＡＢ１２ typed with a Chinese IME) to ASCII. Store this form.
QString normalizeCreditCode(const QString& input);
// The check character for the first 17 characters, or QChar() if first17 is
// not exactly 17 characters of the (upper-case) alphabet.
QChar creditCodeCheckChar(QStringView first17);
// Normalises first, so lower case and spaces are accepted.
QString checkCreditCode(const QString& code);

// Pragmatic: one @, a local part without spaces (+ and non-ASCII allowed) and
// a domain with at least one dot; Chinese / IDN labels allowed. Surrounding
// white space is ignored.
QString checkEmail(const QString& email);

// Mainland mobiles (11 digits, 1[3-9]), landlines with area code (010-12345678,
// 0571-8888888) and optional extension ("-123", "转123", "ext 123", "x123"),
// 400/800 service numbers, +86 / 0086 prefixes, and international numbers
// (+CC then 6-14 digits, at most 15 in all). Separators: spaces, dashes, dots,
// parentheses; full-width characters are folded first.
QString checkPhone(const QString& phone);
// Canonical display form: "+86 138 0013 8000", "010-12345678-123",
// "400-820-8820", "+44 20 7946 0958" (the typed grouping is kept for foreign
// numbers). Returns the input unchanged if checkPhone rejects it.
QString normalizePhone(const QString& phone);
// Like checkPhone, but landlines, service numbers and extensions are refused.
// International numbers are accepted (their type cannot be told offline).
QString checkMobile(const QString& phone);

} // namespace summit::validation
