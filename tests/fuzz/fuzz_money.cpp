// libFuzzer harness for the money-path text parsers: Dutch amounts, machine decimals,
// IBAN and BSN. Besides "never crash" it checks the round-trips the rest of Regie relies
// on: whatever is accepted formats back to text that parses to the same value.
#include "money/Bsn.h"
#include "money/Iban.h"
#include "money/Money.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using regie::Bsn;
using regie::Iban;
using regie::Money;

namespace {

void require(bool condition)
{
    if (!condition)
        std::abort();
}

void checkDutch(QStringView text)
{
    const Money::ParseResult parsed = Money::parseDutch(text, Money::Sign::AllowNegative);
    if (!parsed.value)
        return;
    const Money m = *parsed.value;
    require(m.inRange());
    const Money::ParseResult withSymbol = Money::parseDutch(m.formatDutch(), Money::Sign::AllowNegative);
    require(withSymbol.value && *withSymbol.value == m);
    const Money::ParseResult plain = Money::parseDutch(m.formatDutch(Money::Style::Plain), Money::Sign::AllowNegative);
    require(plain.value && *plain.value == m);
    const auto machine = Money::fromDecimalString(m.toDecimalString());
    require(machine && *machine == m);
}

void checkDecimal(QStringView text)
{
    for (const bool extraZeros : {false, true}) {
        const auto parsed = Money::fromDecimalString(text, extraZeros);
        if (!parsed)
            continue;
        const auto again = Money::fromDecimalString(parsed->toDecimalString());
        require(again && *again == *parsed);
    }
}

void checkIban(QStringView text)
{
    const auto iban = Iban::parse(text);
    if (!iban)
        return;
    const auto electronic = Iban::parse(iban->electronic());
    require(electronic && *electronic == *iban);
    const auto formatted = Iban::parse(iban->formatted());
    require(formatted && *formatted == *iban);
}

void checkBsn(QStringView text)
{
    const auto bsn = Bsn::parse(text);
    if (!bsn)
        return;
    require(bsn->digits().size() == 9 && Bsn::elevenProof(bsn->digits()));
    const auto again = Bsn::parse(bsn->digits());
    require(again && again->digits() == bsn->digits());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size > 512) // these are form fields and XML values, never long
        return 0;
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    checkDutch(text);
    checkDecimal(text);
    checkIban(text);
    checkBsn(text);
    return 0;
}
