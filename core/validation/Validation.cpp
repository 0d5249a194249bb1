#include "validation/Validation.h"
#include "CoreText.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

#include <algorithm>
#include <array>
#include <vector>

namespace summit::validation {

namespace {

// GB 32100-2015 alphabet; the index of a character is its value.
constexpr QStringView kAlphabet = u"0123456789ABCDEFGHJKLMNPQRTUWXY";
// 3^i mod 31 for positions 1..17.
constexpr std::array<int, 17> kWeights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

// Email and phone checks walk code points (char32_t) so that an emoji or a rare
// CJK character is reported whole rather than as half a surrogate pair.
bool isAsciiDigit(char32_t c)
{
    return c >= U'0' && c <= U'9';
}
bool isAsciiLetterOrDigit(char32_t c)
{
    return isAsciiDigit(c) || (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z');
}
bool allDigits(QStringView s)
{
    return std::all_of(s.begin(), s.end(), [](QChar c) { return isAsciiDigit(c.unicode()); });
}

// A character as it can be shown inside a message; invisible ones as U+XXXX.
QString shown(char32_t c)
{
    if (QChar::isPrint(c) && !QChar::isSpace(c))
        return QString::fromUcs4(&c, 1);
    return QStringLiteral("U+%1").arg(QString::number(c, 16).toUpper().rightJustified(4, u'0'));
}

// ---- e-mail ---------------------------------------------------------------

QString checkLocalPart(const QString& local)
{
    if (local.isEmpty())
        return CoreText::tr("There is nothing before the @ sign.");
    if (local.size() > 64)
        return CoreText::tr("The part before the @ sign is longer than 64 characters.");
    if (local.startsWith(u'.') || local.endsWith(u'.'))
        return CoreText::tr("The part before the @ sign cannot start or end with a dot.");
    if (local.contains(QLatin1String("..")))
        return CoreText::tr("The part before the @ sign cannot contain two dots in a row.");
    static const QString allowedPunctuation = QStringLiteral("!#$%&'*+-/=?^_`{|}~.");
    for (char32_t c : local.toUcs4()) {
        // Non-ASCII is fine: SMTPUTF8 mailboxes such as 张三@例子.中国.
        const bool ok =
            c > 0x7f ? QChar::isPrint(c) : (isAsciiLetterOrDigit(c) || allowedPunctuation.contains(QChar(c)));
        if (!ok)
            return CoreText::tr("The character “%1” is not allowed in an email address.").arg(shown(c));
    }
    return {};
}

QString checkDomain(const QString& domain)
{
    if (domain.isEmpty())
        return CoreText::tr("There is nothing after the @ sign.");
    // Chinese input methods produce these instead of a plain dot.
    for (QChar wideDot : {QChar(0x3002), QChar(0xFF0E), QChar(0xFF61)}) {
        if (domain.contains(wideDot))
            return CoreText::tr("Use a plain dot “.” instead of “%1” in the domain.").arg(wideDot);
    }
    if (domain.startsWith(u'.') || domain.endsWith(u'.'))
        return CoreText::tr("The domain cannot start or end with a dot.");
    if (!domain.contains(u'.'))
        return CoreText::tr("The domain “%1” needs a dot, as in example.com.").arg(domain);
    if (domain.contains(QLatin1String("..")))
        return CoreText::tr("The domain cannot contain two dots in a row.");

    const QStringList labels = domain.split(u'.');
    for (const QString& label : labels) {
        for (char32_t c : label.toUcs4()) {
            const bool ok = c > 0x7f ? (QChar::isLetterOrNumber(c) || QChar::isMark(c))
                                     : (isAsciiLetterOrDigit(c) || c == U'-');
            if (!ok)
                return CoreText::tr("The character “%1” is not allowed in a domain name.").arg(shown(c));
        }
        if (label.startsWith(u'-') || label.endsWith(u'-'))
            return CoreText::tr("“%1” in the domain cannot start or end with a hyphen.").arg(label);
    }
    const QString& topLevel = labels.last();
    if (topLevel.size() < 2 || allDigits(topLevel))
        return CoreText::tr("The domain “%1” does not end in a top-level domain such as .com or .cn.")
            .arg(domain);

    // Length limits apply to the ASCII (punycode) form that DNS sees.
    const QByteArray ace = QUrl::toAce(domain);
    if (ace.isEmpty())
        return CoreText::tr("The domain “%1” is not a valid domain name.").arg(domain);
    const bool labelTooLong = std::any_of(
        labels.begin(), labels.end(), [](const QString& label) { return QUrl::toAce(label).size() > 63; });
    if (ace.size() > 253 || labelTooLong)
        return CoreText::tr("The domain “%1” is too long.").arg(domain);
    return {};
}

// ---- phone numbers --------------------------------------------------------

// A run of digits as typed, and whether a dash separated it from the previous run
// (a trailing "-123" may be an extension).
struct Group
{
    QString digits;
    bool afterDash = false;
};
using Groups = std::vector<Group>;

struct Phone
{
    enum class Kind
    {
        Mobile,
        Landline,
        Service,
        International
    };
    Kind kind = Kind::Mobile;
    QString countryCode; // international only
    QString area;        // landline, with its leading 0
    QString number;      // subscriber / national number
    QStringList groups;  // international: the national digits as the user grouped them
    QString extension;
};

QString joined(const Groups& groups)
{
    QString s;
    for (const Group& g : groups)
        s += g.digits;
    return s;
}

// Removes the first n digits, dropping groups that become empty.
void dropDigits(Groups& groups, qsizetype n)
{
    while (n > 0 && !groups.empty()) {
        Group& first = groups.front();
        const qsizetype take = std::min(n, first.digits.size());
        first.digits.remove(0, take);
        n -= take;
        if (first.digits.isEmpty())
            groups.erase(groups.begin());
    }
}

// E.164 country codes are prefix-free: 1 and 7 stand alone, these are two
// digits long and every other code has three.
int countryCodeLength(QStringView digits)
{
    constexpr QStringView twoDigit =
        u"20 27 30 31 32 33 34 36 39 40 41 43 44 45 46 47 48 49 51 52 53 54 55 56 "
        u"57 58 60 61 62 63 64 65 66 81 82 84 86 90 91 92 93 94 95 98";
    if (digits.startsWith(u'0'))
        return 0;
    if (digits.startsWith(u'1') || digits.startsWith(u'7'))
        return 1;
    if (digits.size() >= 2 && twoDigit.contains(digits.first(2)))
        return 2;
    return 3;
}

// 010 and 02x are the three-digit area codes; all others have four.
qsizetype areaCodeLength(QStringView digits)
{
    return digits.startsWith(u"010") || digits.startsWith(u"02") ? 3 : 4;
}

QString checkLandlineDigits(const QString& digits)
{
    const qsizetype areaLength = areaCodeLength(digits);
    const bool shortArea = areaLength == 3;
    if (digits.size() < areaLength)
        return CoreText::tr("The area code %1 is incomplete; area codes look like 010 or 0571.").arg(digits);
    const QString area = digits.left(areaLength);
    const qsizetype subscriber = digits.size() - areaLength;
    if (subscriber == 0)
        return CoreText::tr("The number after the area code %1 is missing.").arg(area);
    if (shortArea && subscriber != 8)
        return CoreText::tr("After the area code %1 there should be 8 digits, not %2.")
            .arg(area, QString::number(subscriber));
    if (!shortArea && (subscriber < 7 || subscriber > 8))
        return CoreText::tr("After the area code %1 there should be 7 or 8 digits, not %2.")
            .arg(area, QString::number(subscriber));
    return {};
}

// Mainland mobiles start with 13 to 19 (Beijing's area code 10 also starts with 1).
bool isMobilePrefix(QStringView digits)
{
    return digits.size() >= 2 && digits[0] == u'1' && digits[1] >= u'3';
}

// Digits of a mainland number with the trunk 0 where landlines have one.
QString parseMainlandDigits(const QString& digits, Phone& out)
{
    if (digits.startsWith(u'1') && (isMobilePrefix(digits) || (digits.size() != 7 && digits.size() != 8))) {
        if (digits.size() != 11)
            return CoreText::tr("A mobile number has 11 digits; this one has %n.", nullptr,
                                static_cast<int>(digits.size()));
        if (!isMobilePrefix(digits))
            return CoreText::tr("Mobile numbers start with 13 to 19, not %1.").arg(digits.left(2));
        out.kind = Phone::Kind::Mobile;
        out.number = digits;
        return {};
    }
    if (digits.startsWith(u'0')) {
        if (QString error = checkLandlineDigits(digits); !error.isEmpty())
            return error;
        const qsizetype areaLength = areaCodeLength(digits);
        out.kind = Phone::Kind::Landline;
        out.area = digits.left(areaLength);
        out.number = digits.mid(areaLength);
        return {};
    }
    if (digits.startsWith(QLatin1String("400")) || digits.startsWith(QLatin1String("800"))) {
        if (digits.size() != 10)
            return CoreText::tr("A 400 or 800 number has 10 digits; this one has %n.", nullptr,
                                static_cast<int>(digits.size()));
        out.kind = Phone::Kind::Service;
        out.number = digits;
        return {};
    }
    if (digits.size() == 7 || digits.size() == 8)
        return CoreText::tr("A landline number needs its area code, as in 010-12345678.");
    return CoreText::tr("Mainland numbers start with 1 (mobile), 0 (area code), 400 or 800; "
                        "write numbers from other countries with + and the country code.");
}

QString parseMainland(Groups groups, bool afterCountryCode, bool hasExtension, Phone& out)
{
    if (afterCountryCode) {
        // After +86 the area code drops its trunk 0; put it back (and accept it if typed anyway).
        const QString digits = joined(groups);
        const bool service =
            digits.startsWith(QLatin1String("400")) || digits.startsWith(QLatin1String("800"));
        if (!digits.startsWith(u'0') && !isMobilePrefix(digits) && !service)
            groups.front().digits.prepend(u'0');
    }
    // A trailing dash group ("0571-88888888-123") is an extension when what
    // precedes it is already a complete landline or service number.
    if (!hasExtension && groups.size() >= 2 && groups.back().afterDash && groups.back().digits.size() <= 6) {
        Groups rest(groups.begin(), groups.end() - 1);
        Phone candidate;
        if (parseMainlandDigits(joined(rest), candidate).isEmpty() && candidate.kind != Phone::Kind::Mobile) {
            out = candidate;
            out.extension = groups.back().digits;
            return {};
        }
    }
    if (QString error = parseMainlandDigits(joined(groups), out); !error.isEmpty())
        return error;
    if (hasExtension && out.kind == Phone::Kind::Mobile)
        return CoreText::tr("A mobile number cannot have an extension.");
    return {};
}

// Parses a non-empty phone number; returns the error message or fills out.
QString parsePhone(const QString& input, Phone& out)
{
    // NFKC folds full-width digits, ＋, （）and － typed with a Chinese IME.
    const QString text = input.normalized(QString::NormalizationForm_KC).trimmed();

    QString main = text;
    bool hasExtension = false;
    static const QRegularExpression marker(QStringLiteral(R"(\s*(?:转|分机|ext\.?|x)\s*:?\s*)"),
                                           QRegularExpression::CaseInsensitiveOption);
    if (const QRegularExpressionMatch m = marker.match(text); m.hasMatch()) {
        main = text.left(m.capturedStart());
        out.extension = text.mid(m.capturedEnd());
        hasExtension = true;
        if (out.extension.isEmpty())
            return CoreText::tr("The extension number is missing.");
        if (out.extension.size() > 6 || !allDigits(out.extension))
            return CoreText::tr("The extension should be 1 to 6 digits, not “%1”.").arg(out.extension);
    }

    Groups groups;
    bool plus = false;
    bool startNewGroup = true;
    bool sawDash = false;
    const QList<uint> codePoints = main.toUcs4();
    for (qsizetype i = 0; i < codePoints.size(); ++i) {
        const char32_t c = codePoints[i];
        if (isAsciiDigit(c)) {
            if (startNewGroup)
                groups.push_back({{}, sawDash});
            groups.back().digits += QChar(c);
            startNewGroup = sawDash = false;
        } else if (c == U'+') {
            if (i != 0)
                return CoreText::tr("A + sign is only allowed at the start, before the country code.");
            plus = true;
        } else if (QChar::isSpace(c) || c == U'-' || c == U'.' || c == U'(' || c == U')') {
            startNewGroup = true;
            sawDash = sawDash || c == U'-';
        } else {
            return CoreText::tr("The character “%1” is not allowed in a phone number.").arg(shown(c));
        }
    }
    if (groups.empty())
        return CoreText::tr("A phone number needs digits.");

    QString digits = joined(groups);
    if (!plus && !digits.startsWith(QLatin1String("00")))
        return parseMainland(groups, false, hasExtension, out);

    // +CC or 00CC: international format.
    const qsizetype prefix = plus ? 0 : 2;
    dropDigits(groups, prefix);
    digits.remove(0, prefix);
    const int ccLength = countryCodeLength(digits);
    if (digits.isEmpty() || ccLength == 0)
        return CoreText::tr("A country code such as 86 or 1 should follow + or 00.");
    if (digits.size() <= ccLength)
        return CoreText::tr("The number after the country code +%1 is missing.").arg(digits);
    const QString countryCode = digits.left(ccLength);
    dropDigits(groups, ccLength);
    if (countryCode == u"86")
        return parseMainland(groups, true, hasExtension, out);

    // E.164 allows 15 digits including the country code.
    const qsizetype national = digits.size() - ccLength;
    const qsizetype maximum = std::min<qsizetype>(14, 15 - ccLength);
    if (national < 6 || national > maximum)
        return CoreText::tr("After the country code +%1 there should be 6 to %2 digits, not %3.")
            .arg(countryCode, QString::number(maximum), QString::number(national));
    out.kind = Phone::Kind::International;
    out.countryCode = countryCode;
    for (const Group& g : groups)
        out.groups.append(g.digits);
    return {};
}

QString format(const Phone& p)
{
    const QString& n = p.number;
    switch (p.kind) {
    case Phone::Kind::Mobile:
        return QStringLiteral("+86 %1 %2 %3").arg(n.left(3), n.mid(3, 4), n.mid(7));
    case Phone::Kind::Landline:
        return p.area + u'-' + n + (p.extension.isEmpty() ? QString() : u'-' + p.extension);
    case Phone::Kind::Service:
        return QStringLiteral("%1-%2-%3").arg(n.left(3), n.mid(3, 3), n.mid(6)) +
               (p.extension.isEmpty() ? QString() : u'-' + p.extension);
    case Phone::Kind::International:
        return u'+' + p.countryCode + u' ' + p.groups.join(u' ') +
               (p.extension.isEmpty() ? QString() : QStringLiteral(" ext. ") + p.extension);
    }
    return {};
}

} // namespace

// ---- unified social credit code -----------------------------------------------

QString normalizeCreditCode(const QString& input)
{
    const QString folded = input.normalized(QString::NormalizationForm_KC);
    QString out;
    out.reserve(folded.size());
    for (QChar c : folded) {
        if (!c.isSpace())
            out += c.toUpper();
    }
    return out;
}

QChar creditCodeCheckChar(QStringView first17)
{
    if (first17.size() != 17)
        return {};
    int sum = 0;
    for (qsizetype i = 0; i < 17; ++i) {
        const qsizetype value = kAlphabet.indexOf(first17[i]);
        if (value < 0)
            return {};
        sum += static_cast<int>(value) * kWeights[static_cast<size_t>(i)];
    }
    return kAlphabet[(31 - sum % 31) % 31];
}

QString checkCreditCode(const QString& code)
{
    const QString c = normalizeCreditCode(code);
    if (c.isEmpty())
        return {};
    if (c.size() != 18)
        return CoreText::tr("A credit code has 18 characters; this one has %n.", nullptr,
                            static_cast<int>(c.size()));
    for (qsizetype i = 0; i < c.size(); ++i) {
        const QString position = QString::number(i + 1);
        if (!kAlphabet.contains(c[i]))
            return CoreText::tr("The character “%1” at position %2 is not allowed; credit codes use "
                                "digits and capital letters except I, O, S, V and Z.")
                .arg(shown(c[i].unicode()), position);
        if (i >= 2 && i < 8 && !isAsciiDigit(c[i].unicode()))
            return CoreText::tr("Positions 3 to 8 are the administrative division code and must be "
                                "digits, but position %1 is “%2”.")
                .arg(position, shown(c[i].unicode()));
    }
    const QChar expected = creditCodeCheckChar(QStringView(c).first(17));
    if (expected != c[17])
        return CoreText::tr("The check character (the last one) should be %1, not %2; "
                            "a character is probably mistyped.")
            .arg(QString(expected), QString(c[17]));
    return {};
}

// ---- public e-mail and phone checks -------------------------------------------

QString checkEmail(const QString& email)
{
    const QString e = email.trimmed();
    if (e.isEmpty())
        return {};
    if (e.contains(QChar(0xFF20)))
        return CoreText::tr("Use the plain @ sign instead of the full-width ＠.");
    if (std::any_of(e.begin(), e.end(), [](QChar c) { return c.isSpace(); }))
        return CoreText::tr("An email address cannot contain spaces.");
    const qsizetype atSigns = e.count(u'@');
    if (atSigns == 0)
        return CoreText::tr("An email address needs an @ sign, as in name@example.com.");
    if (atSigns > 1)
        return CoreText::tr("An email address has one @ sign; this one has %n.", nullptr,
                            static_cast<int>(atSigns));
    const qsizetype at = e.indexOf(u'@');
    if (QString error = checkLocalPart(e.left(at)); !error.isEmpty())
        return error;
    return checkDomain(e.mid(at + 1));
}

QString checkPhone(const QString& phone)
{
    if (phone.trimmed().isEmpty())
        return {};
    Phone parsed;
    return parsePhone(phone, parsed);
}

QString normalizePhone(const QString& phone)
{
    Phone parsed;
    if (phone.trimmed().isEmpty() || !parsePhone(phone, parsed).isEmpty())
        return phone;
    return format(parsed);
}

QString checkMobile(const QString& phone)
{
    if (phone.trimmed().isEmpty())
        return {};
    Phone parsed;
    if (QString error = parsePhone(phone, parsed); !error.isEmpty())
        return error;
    switch (parsed.kind) {
    case Phone::Kind::Landline:
        return CoreText::tr("This is a landline number; a mobile number is needed.");
    case Phone::Kind::Service:
        return CoreText::tr("This is a 400/800 service number, not a mobile number.");
    case Phone::Kind::International:
        if (!parsed.extension.isEmpty())
            return CoreText::tr("A mobile number cannot have an extension.");
        break;
    case Phone::Kind::Mobile:
        break;
    }
    return {};
}

} // namespace summit::validation
