#pragma once
// Allegro sends amounts as xs:double in euros ("46.92", "1600", "-0.5",
// "89.1199999999999"). They become regie::Money straight from the decimal text, with
// integer arithmetic only: the text is never converted to a double.
//
// Decisions (see docs/ALLEGRO.md):
// - Plain decimals and exponent forms ("1.2E2", "5E-1") are parsed exactly: the exponent
//   only moves the decimal point. Exponents beyond +-30 and mantissas beyond 40 digits are
//   refused, so a hostile value cannot cost time or memory.
// - More than two decimals: trailing zeros are always fine ("12.500"). Anything else would
//   need rounding and is refused ("12.505") -- except, with Policy::TolerateBinaryNoise,
//   the tail that a Delphi double sum leaves behind: at least four 9s or four 0s right
//   after the cents ("89.1199999999999" is 89.12, "0.30000000000000004" is 0.30). That is
//   less than 0.0001 cent away from a whole cent, so no real amount is ever altered.
// - Strict Policy::Exact is used where money moves (payment orders received by the sim);
//   the tolerant policy for figures Allegro reports (the real GetPL example needs it).

#include "money/Money.h"

#include <QtCore/QString>
#include <QtCore/QStringView>

#include <optional>

namespace regie::allegro {

enum class AmountPolicy { Exact, TolerateBinaryNoise };
enum class AmountError { None, Empty, NotANumber, NeedsRounding, OutOfRange };

std::optional<Money> parseAmount(QStringView text, AmountPolicy policy,
                                 AmountError *error = nullptr);
QString amountErrorName(AmountError error); // English token for messages: "NeedsRounding"

// The exact xs:double text Regie sends: Money::toDecimalString ("12.50", "-0.05").
inline QString formatAmount(Money amount) { return amount.toDecimalString(); }

// A non-money decimal (percentages such as EffectiefJaarpercentage "3", MaandPercentage
// "0.246"): validated, kept as its exact text.
bool isDecimalText(QStringView text);

} // namespace regie::allegro
