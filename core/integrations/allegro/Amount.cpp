#include "integrations/allegro/Amount.h"

namespace regie::allegro {
namespace {

constexpr qsizetype kMaxMantissaDigits = 40;
constexpr int kMaxExponent = 30;
constexpr qsizetype kNoiseDigits = 4;

bool allDigits(QStringView s)
{
    for (QChar c : s) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

bool allChar(QStringView s, QChar ch)
{
    for (QChar c : s) {
        if (c != ch)
            return false;
    }
    return true;
}

struct Decimal {
    bool negative = false;
    QString digits; // integer and fraction digits together, no point
    qsizetype scale = 0; // how many of `digits` are after the decimal point (may be <0)
};

std::optional<Decimal> splitDecimal(QStringView s)
{
    Decimal d;
    if (s.startsWith(u'-') || s.startsWith(u'+')) {
        d.negative = s.startsWith(u'-');
        s = s.mid(1);
    }
    int exponent = 0;
    const qsizetype e = s.indexOf(u'e', 0, Qt::CaseInsensitive);
    if (e >= 0) {
        QStringView exp = s.mid(e + 1);
        s = s.left(e);
        bool expNegative = false;
        if (exp.startsWith(u'-') || exp.startsWith(u'+')) {
            expNegative = exp.startsWith(u'-');
            exp = exp.mid(1);
        }
        if (exp.isEmpty() || exp.size() > 3 || !allDigits(exp))
            return std::nullopt;
        exponent = exp.toInt();
        if (exponent > kMaxExponent)
            return std::nullopt;
        exponent = expNegative ? -exponent : exponent;
    }
    const qsizetype dot = s.indexOf(u'.');
    QStringView integerPart = dot >= 0 ? s.left(dot) : s;
    QStringView fractionPart = dot >= 0 ? s.mid(dot + 1) : QStringView();
    if ((integerPart.isEmpty() && fractionPart.isEmpty()) || !allDigits(integerPart)
        || !allDigits(fractionPart))
        return std::nullopt;
    if (integerPart.size() + fractionPart.size() > kMaxMantissaDigits)
        return std::nullopt;
    d.digits = integerPart.toString() + fractionPart.toString();
    d.scale = fractionPart.size() - exponent;
    return d;
}

// Cents from digits with `scale` decimals; the digits beyond the cents are the tail.
std::optional<qint64> toCents(const Decimal &d, AmountPolicy policy, AmountError &error)
{
    QString digits = d.digits;
    qsizetype scale = d.scale;
    if (scale < 2) {
        digits += QString(2 - scale, u'0');
        scale = 2;
    }
    const qsizetype tailSize = scale - 2;
    if (digits.size() <= tailSize)
        digits.prepend(QString(tailSize - digits.size() + 1, u'0'));
    const QStringView head = QStringView(digits).left(digits.size() - tailSize);
    const QStringView tail = QStringView(digits).right(tailSize);
    int carry = 0;
    if (!allChar(tail, u'0')) {
        const bool noise = policy == AmountPolicy::TolerateBinaryNoise && tail.size() >= kNoiseDigits;
        if (noise && allChar(tail.left(kNoiseDigits), u'0'))
            carry = 0;
        else if (noise && allChar(tail.left(kNoiseDigits), u'9'))
            carry = 1;
        else {
            error = AmountError::NeedsRounding;
            return std::nullopt;
        }
    }
    qint64 cents = 0;
    for (QChar c : head) {
        const qint64 digit = c.unicode() - u'0';
        if (cents > (Money::kMaxAbsCents - digit) / 10) {
            error = AmountError::OutOfRange;
            return std::nullopt;
        }
        cents = cents * 10 + digit;
    }
    cents += carry;
    if (cents > Money::kMaxAbsCents) {
        error = AmountError::OutOfRange;
        return std::nullopt;
    }
    return cents;
}

} // namespace

std::optional<Money> parseAmount(QStringView text, AmountPolicy policy, AmountError *error)
{
    AmountError local = AmountError::None;
    AmountError &err = error ? *error : local;
    err = AmountError::None;
    const QStringView s = text.trimmed();
    if (s.isEmpty()) {
        err = AmountError::Empty;
        return std::nullopt;
    }
    const auto decimal = splitDecimal(s);
    if (!decimal) {
        err = AmountError::NotANumber;
        return std::nullopt;
    }
    const auto cents = toCents(*decimal, policy, err);
    if (!cents)
        return std::nullopt;
    return Money::fromCents(decimal->negative ? -*cents : *cents);
}

QString amountErrorName(AmountError error)
{
    switch (error) {
    case AmountError::None: return QStringLiteral("None");
    case AmountError::Empty: return QStringLiteral("Empty");
    case AmountError::NotANumber: return QStringLiteral("NotANumber");
    case AmountError::NeedsRounding: return QStringLiteral("NeedsRounding");
    case AmountError::OutOfRange: return QStringLiteral("OutOfRange");
    }
    return QStringLiteral("Unknown");
}

bool isDecimalText(QStringView text)
{
    const auto d = splitDecimal(text.trimmed());
    return d.has_value() && !text.trimmed().isEmpty();
}

} // namespace regie::allegro
