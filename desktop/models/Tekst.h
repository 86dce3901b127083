#pragma once
// How the desk writes amounts, moments and codes in a table cell or label: one place, so
// every screen says "€ 12,50" and "24-11-2026 10:00" the same way.

#include "client/ApiTypes.h"

#include <optional>

namespace regie::desk {

QString bedragTekst(Money bedrag);                      // "€ 12,50"
QString bedragTekst(const std::optional<Money> &bedrag); // "—" for none
QString tijdTekst(const QDateTime &moment);              // local "dd-MM-yyyy HH:mm", or "—"
QString datumTekst(const QDate &datum);                  // "dd-MM-yyyy", or "—"
QString periodeTekst(Periode periode);                   // "maand", "vier weken", ...
QString statusTekst(VerzoekStatus status);               // "Wacht op akkoord", ...
QString verificatieTekst(RekeningControle verificatie);        // "bankpas en legitimatie", ...

} // namespace regie::desk
