#include "demo/DemoRandom.h"

#include "demo/DemoData.h"
#include "demo/DemoFormat.h"

namespace summit::demo {

namespace detail {

QString digits(Rng& rng, int count, bool nonZeroFirst)
{
    QString s(count, Qt::Uninitialized);
    for (int i = 0; i < count; ++i)
        s[i] = QChar(digit(i == 0 && nonZeroFirst ? rng.between(1, 9) : rng.below(10)));
    return s;
}

// ---------------------------------------------------------------- credit codes

namespace {

constexpr char16_t kCodeAlphabet[] = u"0123456789ABCDEFGHJKLMNPQRTUWXY"; // 31 characters
constexpr int kCodeWeights[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

int codeValue(QChar c)
{
    for (int i = 0; i < 31; ++i)
        if (kCodeAlphabet[i] == c.unicode())
            return i;
    return -1;
}

} // namespace

// Appends the GB 32100-2015 check character to 17 characters.
QString withCheckChar(QString first17)
{
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += codeValue(first17[i]) * kCodeWeights[i];
    first17 += QChar(kCodeAlphabet[(31 - sum % 31) % 31]);
    return first17;
}

} // namespace detail

QString makeCreditCode(QStringView divisionCode, const std::function<quint64()>& random)
{
    QString s;
    s.reserve(18);
    s += u"91";
    s += divisionCode;
    while (s.size() < 17)
        s += QChar(detail::kCodeAlphabet[random() % 31]);
    return detail::withCheckChar(s);
}

} // namespace summit::demo
