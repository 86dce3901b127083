#include "money/Money.h"

#include <QtCore/QCoreApplication>

namespace regie {
namespace {

std::optional<Money> bounded(qint64 cents)
{
    if (cents < -Money::kMaxAbsCents || cents > Money::kMaxAbsCents)
        return std::nullopt;
    return Money::fromCents(cents);
}

bool isAsciiDigit(QChar c) { return c >= u'0' && c <= u'9'; }

// Accumulates decimal digits into a non-negative value, refusing anything that would pass
// kMaxAbsCents; returns false on a non-digit or overflow.
bool accumulateDigits(QStringView digits, qint64 &value)
{
    for (QChar c : digits) {
        if (!isAsciiDigit(c))
            return false;
        const qint64 digit = c.unicode() - u'0';
        if (value > (Money::kMaxAbsCents - digit) / 10)
            return false;
        value = value * 10 + digit;
    }
    return true;
}

// Integer part as typed by a Dutch person: "1234" or "1.234" (dots only between groups of
// exactly three digits).
bool parseDutchIntegerPart(QStringView text, qint64 &value)
{
    if (text.isEmpty())
        return false;
    if (!text.contains(u'.'))
        return accumulateDigits(text, value);
    const auto groups = text.split(u'.');
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const QStringView group = groups.at(i);
        const bool first = (i == 0);
        if (group.isEmpty() || group.size() > 3 || (!first && group.size() != 3))
            return false;
        if (!accumulateDigits(group, value))
            return false;
    }
    return true;
}

// Why an integer part did not parse: "far too many digits" or "not a number at all".
Money::ParseError integerPartError(QStringView integerPart)
{
    bool allDigitsOrDots = !integerPart.isEmpty();
    for (QChar c : integerPart)
        allDigitsOrDots = allDigitsOrDots && (isAsciiDigit(c) || c == u'.');
    if (allDigitsOrDots && integerPart.size() > 12 && !integerPart.contains(u'.'))
        return Money::ParseError::TooLarge;
    return Money::ParseError::NotANumber;
}

QString groupThousands(qint64 euros)
{
    QString digits = QString::number(euros);
    for (qsizetype pos = digits.size() - 3; pos > 0; pos -= 3)
        digits.insert(pos, u'.');
    return digits;
}

} // namespace

std::optional<Money> Money::plus(Money other) const
{
    qint64 result = 0;
    const bool overflow = qAddOverflow(cents_, other.cents_, &result);
    REGIE_ASSERT(!overflow || !inRange() || !other.inRange());
    if (overflow)
        return std::nullopt;
    return bounded(result);
}

std::optional<Money> Money::minus(Money other) const
{
    qint64 result = 0;
    const bool overflow = qSubOverflow(cents_, other.cents_, &result);
    REGIE_ASSERT(!overflow || !inRange() || !other.inRange());
    if (overflow)
        return std::nullopt;
    return bounded(result);
}

std::optional<Money> Money::times(qint64 factor) const
{
    qint64 result = 0;
    if (qMulOverflow(cents_, factor, &result))
        return std::nullopt;
    return bounded(result);
}

Money::ParseResult Money::parseDutch(QStringView text, Sign sign)
{
    QStringView s = text.trimmed();
    if (s.isEmpty())
        return {std::nullopt, ParseError::Empty};

    bool negative = false;
    if (s.startsWith(u'-')) {
        negative = true;
        s = s.mid(1).trimmed();
    }
    if (s.startsWith(u'\u20AC')) { // euro sign
        s = s.mid(1).trimmed();
        if (!negative && s.startsWith(u'-')) { // "€ -12,50" as Regie itself formats it
            negative = true;
            s = s.mid(1).trimmed();
        }
    }
    if (s.isEmpty())
        return {std::nullopt, ParseError::NotANumber};

    QStringView integerPart = s;
    QStringView fractionPart;
    const qsizetype comma = s.indexOf(u',');
    if (comma >= 0) {
        integerPart = s.left(comma);
        fractionPart = s.mid(comma + 1);
        if (fractionPart.contains(u',') || fractionPart.contains(u'.'))
            return {std::nullopt, ParseError::NotANumber};
        if (fractionPart == u"-" || fractionPart == u"\u2013")
            fractionPart = QStringView(); // "12,-" means twelve euros
        else if (fractionPart.isEmpty())
            return {std::nullopt, ParseError::NotANumber};
    }
    if (integerPart.isEmpty() && comma >= 0)
        integerPart = u"0"; // ",50" is fifty cents
    for (QChar c : fractionPart) {
        if (!isAsciiDigit(c))
            return {std::nullopt, ParseError::NotANumber};
    }
    if (fractionPart.size() > 2)
        return {std::nullopt, ParseError::TooManyDecimals};

    qint64 euros = 0;
    if (!parseDutchIntegerPart(integerPart, euros))
        return {std::nullopt, integerPartError(integerPart)};
    qint64 fractionCents = 0;
    if (!fractionPart.isEmpty()) {
        accumulateDigits(fractionPart, fractionCents);
        if (fractionPart.size() == 1)
            fractionCents *= 10;
    }
    if (euros > kMaxAbsCents / 100)
        return {std::nullopt, ParseError::TooLarge};
    qint64 cents = euros * 100 + fractionCents;
    if (cents > kMaxAbsCents)
        return {std::nullopt, ParseError::TooLarge};
    if (negative)
        cents = -cents;

    if (cents < 0 && sign != Sign::AllowNegative)
        return {std::nullopt, ParseError::Negative};
    if (cents == 0 && sign == Sign::PositiveOnly)
        return {std::nullopt, ParseError::Zero};
    const Money value(cents);
    // What the parser hands out is what its caller asked for; services rely on it.
    REGIE_ASSERT(value.inRange() && (sign == Sign::AllowNegative || !value.isNegative())
                 && (sign != Sign::PositiveOnly || value.isPositive()));
    return {value, ParseError::None};
}

QString Money::parseErrorText(ParseError error)
{
    switch (error) {
    case ParseError::None:
        return {};
    case ParseError::Empty:
        return QCoreApplication::translate("Money", "Vul een bedrag in.");
    case ParseError::NotANumber:
        return QCoreApplication::translate("Money",
                                           "Vul een bedrag in met cijfers. Bijvoorbeeld 25 of 12,50.");
    case ParseError::TooManyDecimals:
        return QCoreApplication::translate("Money",
                                           "Gebruik niet meer dan 2 cijfers na de komma. Bijvoorbeeld 12,50.");
    case ParseError::Negative:
        return QCoreApplication::translate("Money", "Het bedrag moet hoger zijn dan nul.");
    case ParseError::Zero:
        return QCoreApplication::translate("Money", "Het bedrag moet hoger zijn dan nul.");
    case ParseError::TooLarge:
        return QCoreApplication::translate("Money", "Dit bedrag is te hoog.");
    }
    return {};
}

QString Money::formatDutch(Style style) const
{
    const bool negative = cents_ < 0;
    const qint64 absolute = abs().cents();
    const qint64 euros = absolute / 100;
    const qint64 rest = absolute % 100;
    QString number = groupThousands(euros) + u',' + QString::number(rest).rightJustified(2, u'0');
    if (negative)
        number.prepend(u'-');
    if (style == Style::Plain)
        return number;
    return QStringLiteral("\u20AC ") + number;
}

QString Money::toDecimalString() const
{
    const bool negative = cents_ < 0;
    const qint64 absolute = abs().cents();
    QString s = QString::number(absolute / 100) + u'.'
                + QString::number(absolute % 100).rightJustified(2, u'0');
    if (negative)
        s.prepend(u'-');
    return s;
}

std::optional<Money> Money::fromDecimalString(QStringView text, bool allowExtraZeroDecimals)
{
    QStringView s = text.trimmed();
    bool negative = false;
    if (s.startsWith(u'-') || s.startsWith(u'+')) {
        negative = s.startsWith(u'-');
        s = s.mid(1);
    }
    if (s.isEmpty())
        return std::nullopt;
    QStringView integerPart = s;
    QStringView fractionPart;
    const qsizetype dot = s.indexOf(u'.');
    if (dot >= 0) {
        integerPart = s.left(dot);
        fractionPart = s.mid(dot + 1);
        if (integerPart.isEmpty() || fractionPart.isEmpty())
            return std::nullopt;
    }
    if (fractionPart.size() > 2) {
        if (!allowExtraZeroDecimals)
            return std::nullopt;
        for (QChar c : fractionPart.mid(2)) {
            if (c != u'0')
                return std::nullopt; // would need rounding: refuse rather than guess
        }
        fractionPart = fractionPart.left(2);
    }
    qint64 euros = 0;
    qint64 fraction = 0;
    if (!accumulateDigits(integerPart, euros) || !accumulateDigits(fractionPart, fraction))
        return std::nullopt;
    if (fractionPart.size() == 1)
        fraction *= 10;
    if (euros > kMaxAbsCents / 100)
        return std::nullopt;
    const qint64 cents = euros * 100 + fraction;
    if (cents > kMaxAbsCents)
        return std::nullopt;
    const Money value(negative ? -cents : cents);
    REGIE_ASSERT(value.inRange());
    return value;
}

} // namespace regie
