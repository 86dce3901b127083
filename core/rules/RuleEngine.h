#pragma once
// The maatwerk rule engine: decides whether an inwoner's opname from a reservering is
// Vrij (executed at once), NaAkkoord (a medewerker approves first), NietToegestaan
// (refused automatically) or OnvoldoendeSaldo (use case alternative A1), and says why.
//
// evaluate() is a pure function in the style of Cedar: no I/O, no clock, no database.
// The same inputs give the same Beoordeling, and the same JSON byte for byte, so the
// decision, the inwoner's preview, the medewerker's "try it" and the audit trail agree.
//
// Precedence (also in docs/RULES.md):
//  0. Invalid input is an error, not an outcome: Resultaat::fout is set and there is no
//     Beoordeling (an afspraak that fails valideer(), a verzoek for another reservering,
//     an amount <= 0 or beyond Money's range, a malformed IBAN, an impossible context).
//  1. NietToegestaan: modus niet_toegestaan; reservering gebonden; reservering not
//     active; afspraak not valid on today's Amsterdam date; destination IBAN not one of
//     the inwoner's verified IBANs while alleenEigenIban is set.
//  2. OnvoldoendeSaldo: bedrag > beschikbaar (SALDO_TE_LAAG); otherwise
//     beschikbaar - bedrag < minimumSaldo (MINIMUM_SALDO). The second only fires when the
//     money is there, because "not enough money" already says it better.
//  3. NaAkkoord: modus na_akkoord; bedrag > maxPerOpname; this ISO week's opnames
//     including this one above maxPerWeekBedrag or maxPerWeekAantal; the same for the
//     calendar month.
//  4. Vrij: nothing fired.
// Every rule that fires becomes a Reden, in the fixed order of regie::rules::code, and the
// outcome is the strongest effect among them. Weeks run Monday 00:00 to Sunday 23:59:59 and
// months are calendar months, both in Europe/Amsterdam time (see calendar/AmsterdamTijd.h).
// Earlier opnames count whether executed or still pending.

#include "rules/Afspraak.h"
#include "rules/Beoordeling.h"

#include <QtCore/QDate>
#include <QtCore/QList>
#include <QtCore/QString>

#include <optional>

namespace regie::rules {

enum class InvoerFout {
    Geen,
    BedragNietPositief,
    BedragTeGroot,        // beyond Money::kMaxAbsCents
    ReserveringKloptNiet, // verzoek, context and afspraak name different reserveringen
    AfspraakOngeldig,     // valideer() reports at least one problem
    IbanOngeldig,         // the destination is not a well-formed IBAN
    ContextOngeldig       // invalid moment, a bound exceeded, malformed own IBAN, sums out of range
};
QString toString(InvoerFout fout); // "bedrag_niet_positief", ... stable codes for logs

struct Resultaat {
    std::optional<Beoordeling> beoordeling; // set iff fout == Geen
    InvoerFout fout = InvoerFout::Geen;
};

Resultaat evaluate(const Afspraak &afspraak, const Verzoek &verzoek, const Context &context);

// The largest amount that evaluate() would call Vrij right now when sent to one of the
// inwoner's own IBANs; nullopt when no amount (not even one cent) would be Vrij.
std::optional<Money> maxVrijBedrag(const Afspraak &afspraak, const Context &context);

// Which afspraak applies on `datum`: among candidates whose validity covers the date, a
// Scope::Reservering one for this reservering beats Scope::Inwoner, which beats
// Scope::Vorm; within a scope the highest versie wins (then the latest ingangsdatum, then
// the highest id, so the choice never depends on list order). Candidates that fail
// valideer() are not skipped: falling back to a more general afspraak could allow more
// than the medewerker meant, so evaluate() reports AfspraakOngeldig instead.
// More than kMaxKandidaten candidates or an invalid date gives nullopt.
std::optional<Afspraak> kiesGeldende(const QList<Afspraak> &kandidaten, qint64 reserveringId,
                                     QDate datum);

// B1 Dutch: what the inwoner may do with a reservering under this afspraak.
QString uitlegVoorInwoner(const Afspraak &afspraak);

} // namespace regie::rules
