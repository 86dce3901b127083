#include "money/Bsn.h"

namespace regie {

bool Bsn::elevenProof(QStringView nineDigits)
{
    if (nineDigits.size() != 9)
        return false;
    int sum = 0;
    bool allZero = true;
    for (int i = 0; i < 9; ++i) {
        const QChar c = nineDigits.at(i);
        if (c < u'0' || c > u'9')
            return false;
        const int digit = c.unicode() - u'0';
        allZero = allZero && digit == 0;
        const int weight = (i == 8) ? -1 : 9 - i;
        sum += weight * digit;
    }
    return !allZero && sum % 11 == 0;
}

std::optional<Bsn> Bsn::parse(QStringView text)
{
    QString digits;
    for (QChar c : text) {
        if (c == u' ' || c == u'.' || c == u'-')
            continue;
        if (c < u'0' || c > u'9')
            return std::nullopt;
        digits.append(c);
    }
    if (digits.size() == 8)
        digits.prepend(u'0');
    if (!elevenProof(digits))
        return std::nullopt;
    return Bsn(digits);
}

} // namespace regie
