#pragma once
// Money is an amount in euro cents held in a qint64. There is no floating point anywhere
// on the money path: not in arithmetic, parsing, formatting, JSON, SOAP or SQL.
//
// Arithmetic is checked: an operation that would overflow returns std::nullopt rather than
// wrapping, because a wrapped balance is money created or destroyed. Dutch parsing and
// formatting ("€ 1.234,56") live here and nowhere else.

#include "base/Assert.h"

#include <QtCore/QString>
#include <QtCore/QStringView>
#include <QtCore/QtGlobal>

#include <compare>
#include <limits>
#include <optional>

namespace regie {

class Money {
public:
    constexpr Money() = default;
    static constexpr Money fromCents(qint64 cents) { return Money(cents); }
    static constexpr Money zero() { return Money(0); }
    // The largest amount a single value in Regie may hold: € 10 billion. Far above any
    // household figure, far below the qint64 limit, so sums of many values stay exact.
    static constexpr qint64 kMaxAbsCents = 1'000'000'000'000LL;

    constexpr qint64 cents() const { return cents_; }
    constexpr bool isZero() const { return cents_ == 0; }
    constexpr bool isNegative() const { return cents_ < 0; }
    constexpr bool isPositive() const { return cents_ > 0; }
    constexpr bool inRange() const { return cents_ >= -kMaxAbsCents && cents_ <= kMaxAbsCents; }

    // Checked arithmetic: nullopt when the result leaves [-kMaxAbsCents, kMaxAbsCents]. For
    // operands within that range the qint64 itself never overflows (asserted).
    std::optional<Money> plus(Money other) const;
    std::optional<Money> minus(Money other) const;
    std::optional<Money> times(qint64 factor) const;
    // Every value Regie computes is within kMaxAbsCents, so these never overflow; one that is
    // not (a corrupt sum) must not wrap into a wrong sign.
    Money negated() const
    {
        REGIE_ASSERT(cents_ != kMinCents);
        return Money(-cents_);
    }
    Money abs() const
    {
        REGIE_ASSERT(cents_ != kMinCents);
        return Money(cents_ < 0 ? -cents_ : cents_);
    }

    constexpr auto operator<=>(const Money &) const = default;

    // ---- Dutch text -------------------------------------------------------------------
    enum class Sign { PositiveOnly, AllowZero, AllowNegative };
    enum class ParseError {
        None,
        Empty,          // nothing typed
        NotANumber,     // letters, "1e3", two commas, misplaced dots
        TooManyDecimals,// "12,505"
        Negative,       // "-5" where only positive is allowed
        Zero,           // "0" where a positive amount is needed
        TooLarge        // beyond kMaxAbsCents
    };
    struct ParseResult; // defined below: it holds a Money, which is incomplete here
    // Accepts what a Dutch person types: "12", "12,5", "12,50", "1.234,56", "1234,56",
    // "€ 12,50", "€12,50", "12,-", " 12,50 ", "-12,50" (if allowed). Thousands dots must be
    // in groups of three. Rejects "12.50" (ambiguous in Dutch), "12,505", "abc", "1e3".
    static ParseResult parseDutch(QStringView text, Sign sign = Sign::PositiveOnly);
    // A B1 Dutch sentence explaining the parse error, for an inwoner (translatable).
    static QString parseErrorText(ParseError error);

    enum class Style { WithSymbol, Plain };
    // "€ 1.234,56", "€ -12,50" (CLDR nl-NL), or "1.234,56" with Style::Plain.
    QString formatDutch(Style style = Style::WithSymbol) const;

    // ---- Machine text (XML, SOAP, CSV, SEPA) -------------------------------------------
    // "1234.56", "-0.05", "0.00": always two decimals, dot separator.
    QString toDecimalString() const;
    // Parses "1234.56", "1234.5", "1234", "-12.00", "+3.10". At most two decimals unless
    // allowExtraZeroDecimals, which accepts "12.500" (trailing zeros only, as some XML
    // serialisers of xs:decimal/xs:double produce). Never rounds.
    static std::optional<Money> fromDecimalString(QStringView text,
                                                  bool allowExtraZeroDecimals = false);

private:
    static constexpr qint64 kMinCents = std::numeric_limits<qint64>::min();
    constexpr explicit Money(qint64 cents) : cents_(cents) {}
    qint64 cents_ = 0;
};

struct Money::ParseResult {
    std::optional<Money> value;
    ParseError error = ParseError::None;
    bool ok() const { return value.has_value(); }
};

} // namespace regie
