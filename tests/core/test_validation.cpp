#include <doctest/doctest.h>

#include "QtDoctest.h"
#include "validation/Validation.h"

#include <random>

using namespace summit::validation;

namespace {

const QString kAlphabet = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");

// Independent reference for the GB 32100 check character: the weights are 3^i mod 31.
QChar referenceCheckChar(const QString& first17)
{
    int sum = 0;
    int weight = 1;
    for (QChar c : first17) {
        sum += static_cast<int>(kAlphabet.indexOf(c)) * weight;
        weight = weight * 3 % 31;
    }
    return kAlphabet[(31 - sum % 31) % 31];
}

// Deterministic pseudo-random first 17 characters; positions 3-8 (division code) are digits.
QString randomFirst17(std::mt19937& rng)
{
    QString s;
    for (int i = 0; i < 17; ++i) {
        const bool digitOnly = i >= 2 && i < 8;
        s += kAlphabet[static_cast<qsizetype>(rng() % (digitOnly ? 10 : 31))];
    }
    return s;
}

const QString kKnownCode = QStringLiteral("914403001922038216");

} // namespace

TEST_CASE("empty input is valid for every check")
{
    for (const QString& empty : {QString(), QStringLiteral(""), QStringLiteral("   ")}) {
        CAPTURE(empty);
        CHECK(checkCreditCode(empty) == QString());
        CHECK(checkEmail(empty) == QString());
        CHECK(checkPhone(empty) == QString());
        CHECK(checkMobile(empty) == QString());
    }
    CHECK(normalizePhone(QString()) == QString());
}

TEST_CASE("credit code: check character")
{
    SUBCASE("known codes")
    {
        CHECK(creditCodeCheckChar(QStringView(kKnownCode).first(17)) == QChar(u'6'));
        CHECK(creditCodeCheckChar(u"91110000802100433") == QChar(u'B'));
    }
    SUBCASE("agrees with an independent reference on generated codes")
    {
        std::mt19937 rng(20240601);
        for (int i = 0; i < 500; ++i) {
            const QString first17 = randomFirst17(rng);
            CAPTURE(first17);
            REQUIRE(creditCodeCheckChar(first17) == referenceCheckChar(first17));
        }
    }
    SUBCASE("null for anything but 17 alphabet characters")
    {
        CHECK(creditCodeCheckChar(u"9144030019220382").isNull());   // 16
        CHECK(creditCodeCheckChar(u"914403001922038216").isNull()); // 18
        CHECK(creditCodeCheckChar(u"9144030019220382I").isNull());
        CHECK(creditCodeCheckChar(u"91110000802100433b").isNull());
        CHECK(creditCodeCheckChar(u"9111000080210043b").isNull()); // lower case: normalise first
    }
}

TEST_CASE("credit code: valid codes")
{
    SUBCASE("real-world codes (checksum confirmed)")
    {
        for (const char16_t* code :
             {u"914403001922038216", u"91110000802100433B", u"91440300708461136T", u"91330100799655058B"}) {
            CAPTURE(QString::fromUtf16(code));
            CHECK(checkCreditCode(QString::fromUtf16(code)) == QString());
        }
    }
    SUBCASE("generated codes with their computed check character")
    {
        std::mt19937 rng(7);
        for (int i = 0; i < 200; ++i) {
            const QString first17 = randomFirst17(rng);
            const QString code = first17 + referenceCheckChar(first17);
            CAPTURE(code);
            REQUIRE(checkCreditCode(code) == QString());
        }
    }
    SUBCASE("lower case, spaces and full-width characters after normalisation")
    {
        CHECK(normalizeCreditCode(QStringLiteral("  91110000802100433b ")) ==
              QStringLiteral("91110000802100433B"));
        CHECK(normalizeCreditCode(QStringLiteral("9144 0300 1922 0382 16")) == kKnownCode);
        CHECK(normalizeCreditCode(QStringLiteral("９１４４０３００１９２２０３８２１６")) == kKnownCode);
        CHECK(checkCreditCode(QStringLiteral("91110000802100433b")) == QString());
        CHECK(checkCreditCode(QStringLiteral(" 9144 0300 1922 0382 16\t")) == QString());
        CHECK(checkCreditCode(QStringLiteral("９１４４０３００１９２２０３８２１６")) == QString());
    }
}

TEST_CASE("credit code: wrong check character names the expected one")
{
    const QString wrong = QStringLiteral("914403001922038217");
    const QString message = checkCreditCode(wrong);
    CAPTURE(message);
    CHECK(message.contains(QStringLiteral("should be 6")));
    CHECK(message.contains(QStringLiteral("not 7")));

    SUBCASE("every other check character is refused")
    {
        for (QChar c : kAlphabet) {
            if (c == u'6')
                continue;
            const QString code = kKnownCode.left(17) + c;
            CAPTURE(code);
            CHECK(checkCreditCode(code).contains(QStringLiteral("should be 6")));
        }
    }
    SUBCASE("a swap of two adjacent characters is detected")
    {
        for (qsizetype i = 0; i + 1 < 17; ++i) {
            QString code = kKnownCode;
            if (code[i] == code[i + 1])
                continue;
            std::swap(code[i], code[i + 1]);
            CAPTURE(code);
            CHECK(checkCreditCode(code) != QString());
        }
    }
}

TEST_CASE("credit code: wrong length says how many characters there are")
{
    const QString seventeen = checkCreditCode(kKnownCode.left(17));
    CAPTURE(seventeen);
    CHECK(seventeen.contains(QStringLiteral("18")));
    CHECK(seventeen.contains(QStringLiteral("17")));

    const QString nineteen = checkCreditCode(kKnownCode + u'0');
    CAPTURE(nineteen);
    CHECK(nineteen.contains(QStringLiteral("19")));
}

TEST_CASE("credit code: characters outside the alphabet are refused with their position")
{
    for (QChar letter : {u'I', u'O', u'Z', u'S', u'V'}) {
        QString code = kKnownCode;
        code[9] = letter; // position 10, inside the organisation code
        const QString message = checkCreditCode(code);
        CAPTURE(message);
        CHECK(message.contains(QStringLiteral("“%1”").arg(letter)));
        CHECK(message.contains(QStringLiteral("position 10")));
    }
    SUBCASE("lower-case forbidden letters are refused too")
    {
        QString code = kKnownCode;
        code[0] = u'o';
        const QString message = checkCreditCode(code);
        CAPTURE(message);
        CHECK(message.contains(QStringLiteral("“O” at position 1")));
    }
    SUBCASE("punctuation")
    {
        QString code = kKnownCode;
        code[17] = u'-';
        CHECK(checkCreditCode(code).contains(QStringLiteral("position 18")));
    }
    SUBCASE("the administrative division code is digits only")
    {
        QString code = kKnownCode.left(4) + u'A' + kKnownCode.mid(5, 12);
        code += referenceCheckChar(code); // checksum right, so only the letter can be the problem
        const QString message = checkCreditCode(code);
        CAPTURE(message);
        CHECK(message.contains(QStringLiteral("position 5")));
    }
}

TEST_CASE("email")
{
    SUBCASE("accepted")
    {
        for (const char16_t* email : {u"zhang.san@example.com", u"zhang.san+crm@example.com.cn",
                                      u"张三@例子.中国", u"li@销售.公司.cn", u"a_b-c@sub-domain.example.org",
                                      u"  wang@example.com  ", u"o'neil@example.ie"}) {
            CAPTURE(QString::fromUtf16(email));
            CHECK(checkEmail(QString::fromUtf16(email)) == QString());
        }
    }
    SUBCASE("refused, with the reason")
    {
        struct Case
        {
            const char16_t* email;
            const char16_t* mentions;
        };
        for (const Case& c : {
                 Case{u"zhang.example.com", u"needs an @"},
                 Case{u"zhang@san@example.com", u"has 2"},
                 Case{u"zhang san@example.com", u"spaces"},
                 Case{u"zhang@example .com", u"spaces"},
                 Case{u"zhang@example", u"needs a dot"},
                 Case{u".zhang@example.com", u"start or end with a dot"},
                 Case{u"zhang.@example.com", u"start or end with a dot"},
                 Case{u"zhang..san@example.com", u"two dots"},
                 Case{u"zhang@.example.com", u"start or end with a dot"},
                 Case{u"zhang@example.com.", u"start or end with a dot"},
                 Case{u"zhang@example..com", u"two dots"},
                 Case{u"@example.com", u"nothing before"},
                 Case{u"zhang@", u"nothing after"},
                 Case{u"zhang＠example.com", u"full-width"},
                 Case{u"zhang@example。com", u"“。”"},
                 Case{u"zhang@-example.com", u"hyphen"},
                 Case{u"zhang@exa_mple.com", u"“_”"},
                 Case{u"<zhang@example.com>", u"“<”"},
                 Case{u"zhang@😀.com", u"“😀”"},
                 Case{u"zhang@example.c", u"top-level"},
                 Case{u"zhang@10.0.0.1", u"top-level"},
             }) {
            const QString message = checkEmail(QString::fromUtf16(c.email));
            CAPTURE(QString::fromUtf16(c.email));
            CAPTURE(message);
            CHECK(message.contains(QString::fromUtf16(c.mentions)));
        }
    }
}

TEST_CASE("phone: accepted numbers and their canonical form")
{
    struct Case
    {
        const char16_t* input;
        const char16_t* canonical;
    };
    for (const Case& c : {
             Case{u"13800138000", u"+86 138 0013 8000"},
             Case{u"+86 138 0013 8000", u"+86 138 0013 8000"},
             Case{u"0086-13800138000", u"+86 138 0013 8000"},
             Case{u"+8613800138000", u"+86 138 0013 8000"},
             Case{u"138.0013.8000", u"+86 138 0013 8000"},
             Case{u"１３８ ００１３ ８０００", u"+86 138 0013 8000"},
             Case{u"19912345678", u"+86 199 1234 5678"},
             Case{u"010-12345678", u"010-12345678"},
             Case{u"(0755) 8888 9999", u"0755-88889999"},
             Case{u"（０７５５）８８８８９９９９", u"0755-88889999"},
             Case{u"0755-8888-9999", u"0755-88889999"},
             Case{u"021-6666 7777 转 8021", u"021-66667777-8021"},
             Case{u"0571-88888888-123", u"0571-88888888-123"},
             Case{u"0571-8888888", u"0571-8888888"},
             Case{u"010 1234 5678 ext. 12", u"010-12345678-12"},
             Case{u"010-12345678 x1234", u"010-12345678-1234"},
             Case{u"010-12345678分机99", u"010-12345678-99"},
             Case{u"+86 10 1234 5678", u"010-12345678"},
             Case{u"+86 (0)21 6666 7777", u"021-66667777"},
             Case{u"400-820-8820", u"400-820-8820"},
             Case{u"400 820 8820 转 1", u"400-820-8820-1"},
             Case{u"+1 415 555 2671", u"+1 415 555 2671"},
             Case{u"+44 20 7946 0958", u"+44 20 7946 0958"},
             Case{u"+442079460958", u"+44 2079460958"},
             Case{u"00852 2345 6789", u"+852 2345 6789"},
             Case{u"+1 (415) 555-2671 ext 7", u"+1 415 555 2671 ext. 7"},
         }) {
        const QString input = QString::fromUtf16(c.input);
        CAPTURE(input);
        CHECK(checkPhone(input) == QString());
        const QString canonical = normalizePhone(input);
        CHECK(canonical == QString::fromUtf16(c.canonical));
        CHECK(normalizePhone(canonical) == canonical); // the canonical form is stable
    }
}

TEST_CASE("phone: the country code is split off by the E.164 code table")
{
    CHECK(normalizePhone(QStringLiteral("+6421234567")) == QStringLiteral("+64 21234567"));
    CHECK(normalizePhone(QStringLiteral("+85223456789")) == QStringLiteral("+852 23456789"));
    CHECK(normalizePhone(QStringLiteral("+74951234567")) == QStringLiteral("+7 4951234567"));
    CHECK(normalizePhone(QStringLiteral("+9613123456")) == QStringLiteral("+961 3123456"));
}

TEST_CASE("phone: refused numbers")
{
    struct Case
    {
        const char16_t* input;
        const char16_t* mentions;
    };
    for (const Case& c : {
             Case{u"12345", u"11 digits; this one has 5"},
             Case{u"2800138000", u"start with 1 (mobile)"},
             Case{u"28001380000", u"start with 1 (mobile)"},
             Case{u"12800138000", u"13 to 19, not 12"},
             Case{u"1380013800", u"this one has 10"},
             Case{u"abcdefg", u"“a”"},
             Case{u"138001380OO", u"“O”"},
             Case{u"---", u"needs digits"},
             Case{u"12345678", u"area code"},
             Case{u"010-1234567", u"8 digits, not 7"},
             Case{u"0571-123456", u"7 or 8 digits, not 6"},
             Case{u"0571", u"missing"},
             Case{u"13800138000 转 1", u"cannot have an extension"},
             Case{u"010-12345678 转 12a", u"1 to 6 digits"},
             Case{u"010-12345678 ext", u"extension number is missing"},
             Case{u"138 0013 8000 🙂", u"“🙂”"},
             Case{u"138+00138000", u"only allowed at the start"},
             Case{u"+44 12345", u"6 to 13 digits, not 5"},
             Case{u"+1 415 555 2671 2345 67", u"6 to 14 digits, not 16"},
             Case{u"+0 123456789", u"country code"},
             Case{u"+86", u"country code"},
             Case{u"400-820-882", u"10 digits; this one has 9"},
         }) {
        const QString input = QString::fromUtf16(c.input);
        const QString message = checkPhone(input);
        CAPTURE(input);
        CAPTURE(message);
        CHECK(message.contains(QString::fromUtf16(c.mentions)));
        CHECK(normalizePhone(input) == input); // invalid input is returned unchanged
    }
}

TEST_CASE("mobile numbers")
{
    for (const char16_t* ok :
         {u"13800138000", u"+86 138 0013 8000", u"0086 199 1234 5678", u"+44 7700 900123"}) {
        CAPTURE(QString::fromUtf16(ok));
        CHECK(checkMobile(QString::fromUtf16(ok)) == QString());
    }
    CHECK(checkMobile(QStringLiteral("010-12345678")).contains(QStringLiteral("landline")));
    CHECK(checkMobile(QStringLiteral("+86 10 1234 5678")).contains(QStringLiteral("landline")));
    CHECK(checkMobile(QStringLiteral("400-820-8820")).contains(QStringLiteral("service")));
    CHECK(checkMobile(QStringLiteral("+1 415 555 2671 x12")).contains(QStringLiteral("extension")));
    CHECK(checkMobile(QStringLiteral("12345")).contains(QStringLiteral("11 digits")));
}
