#pragma once
// ASSUMED OPERATIONS -- to be aligned with the vendor (Kredit) before production.
//
// The public WSDL and examples do not contain operations for the statements of the
// beheerrekening, the balances of reserveringen, the budgetplan lines, a one-time payment
// order (a withdrawal from a reservering) or sending a BerichtenBox message. Their DATA
// TYPES are published (TPRSAfschrift, TPRSAfschriftMutatie, TSaldoReserveringen,
// TBBROpdracht, TBBoxHeader); the operation names and parameters below are Regie's
// assumption, in the same RemObjects style. This file is the ONLY place that names them,
// so aligning with the real contract touches this file (and allegro-sim) only.
//
// Idempotency: every writing operation carries aReferentie, Regie's idempotency key (the
// outbox message id). A second call with the same aReferentie must return the first
// result and never create a second payment or message.

#include "integrations/allegro/Operations.h"

namespace regie::allegro {

// BBRService___GetOpdrachten(aRelatieCode) -> TBBROpdracht* (the budgetplan lines)
struct OpdrachtenResponse {
    std::vector<TBBROpdracht> Result;
    bool operator==(const OpdrachtenResponse &) const = default;
};
template <class V> void visit(V &v, OpdrachtenResponse &t) { v.list(u"Result", u"TBBROpdracht", t.Result); }

// BBRService___GetAfschriften(aRelatieCode, aVanafDatum)
//   -> Result: TPRSAfschrift (current figures) + Mutaties: TPRSAfschriftMutatie* since aVanafDatum
struct AfschriftenRequest {
    qint32 aRelatieCode = 0;
    QDateTime aVanafDatum;
    bool operator==(const AfschriftenRequest &) const = default;
};
template <class V> void visit(V &v, AfschriftenRequest &t)
{
    v(u"aRelatieCode", t.aRelatieCode); v(u"aVanafDatum", t.aVanafDatum);
}
struct AfschriftenResponse {
    TPRSAfschrift Result;
    std::vector<TPRSAfschriftMutatie> Mutaties;
    bool operator==(const AfschriftenResponse &) const = default;
};
template <class V> void visit(V &v, AfschriftenResponse &t)
{
    v(u"Result", t.Result); v.list(u"Mutaties", u"TPRSAfschriftMutatie", t.Mutaties);
}

// BBRService___GetSaldoReserveringen(aRelatieCode) -> TSaldoReserveringen
struct SaldoReserveringenResponse {
    TSaldoReserveringen Result;
    bool operator==(const SaldoReserveringenResponse &) const = default;
};
template <class V> void visit(V &v, SaldoReserveringenResponse &t) { v(u"Result", t.Result); }

// BBRService___MaakEenmaligeOpdracht(...) -> TBBROpdracht (Periodiciteit "E", Soort
// "Doorbetaling", Referentie = aReferentie). Paid from reservering aNummerReservering to aIBAN.
struct EenmaligeOpdrachtRequest {
    qint32 aRelatieCode = 0;
    qint32 aNummerReservering = 0;
    Money aBedrag;
    QString aIBAN; // personal data, never logged
    QString aOmschrijving;
    QString aReferentie; // idempotency key, at most 64 characters
    bool operator==(const EenmaligeOpdrachtRequest &) const = default;
};
template <class V> void visit(V &v, EenmaligeOpdrachtRequest &t)
{
    v(u"aRelatieCode", t.aRelatieCode); v(u"aNummerReservering", t.aNummerReservering);
    v(u"aBedrag", t.aBedrag); v(u"aIBAN", t.aIBAN); v(u"aOmschrijving", t.aOmschrijving);
    v(u"aReferentie", t.aReferentie);
}
struct EenmaligeOpdrachtResponse {
    TBBROpdracht Result;
    bool operator==(const EenmaligeOpdrachtResponse &) const = default;
};
template <class V> void visit(V &v, EenmaligeOpdrachtResponse &t) { v(u"Result", t.Result); }

// BerichtenBoxService___StuurBericht(aRelatieCode, aOnderwerp, aTekst, aReferentie) -> TBBoxHeader
struct StuurBerichtRequest {
    qint32 aRelatieCode = 0;
    QString aOnderwerp;
    QString aTekst;
    QString aReferentie;
    bool operator==(const StuurBerichtRequest &) const = default;
};
template <class V> void visit(V &v, StuurBerichtRequest &t)
{
    v(u"aRelatieCode", t.aRelatieCode); v(u"aOnderwerp", t.aOnderwerp); v(u"aTekst", t.aTekst);
    v(u"aReferentie", t.aReferentie);
}
struct StuurBerichtResponse {
    TBBoxHeader Result;
    bool operator==(const StuurBerichtResponse &) const = default;
};
template <class V> void visit(V &v, StuurBerichtResponse &t) { v(u"Result", t.Result); }

// RelatieService___GetRelatie(aRelatieCode) -> TRelatie. The record is the published
// TRelatie; Regie reads only the fields below (names and e-mail for the take-over) and
// leaves addresses, birth data and the BSN out of its copy.
struct TRelatie {
    qint32 RelatieCode = 0;
    QString Voornamen;
    QString Voorletters;
    QString Achternaam;
    QString Voorvoegsels;
    QString Email;
    bool operator==(const TRelatie &) const = default;
};
template <class V> void visit(V &v, TRelatie &t)
{
    v(u"RelatieCode", t.RelatieCode); v(u"Voornamen", t.Voornamen); v(u"Voorletters", t.Voorletters);
    v(u"Achternaam", t.Achternaam); v(u"Voorvoegsels", t.Voorvoegsels); v(u"Email", t.Email);
}
struct RelatieResponse {
    TRelatie Result;
    bool operator==(const RelatieResponse &) const = default;
};
template <class V> void visit(V &v, RelatieResponse &t) { v(u"Result", t.Result); }

// BBRService___GetRekeningnummers(aRelatieCode)
//   -> Result: TRekeningnummer* (the inwoner's own accounts Allegro pays out to)
//    + Beheerrekening: TRekeningnummer (the beheerrekening the municipality holds for them)
struct RekeningnummersResponse {
    std::vector<TRekeningnummer> Result;
    TRekeningnummer Beheerrekening;
    bool operator==(const RekeningnummersResponse &) const = default;
};
template <class V> void visit(V &v, RekeningnummersResponse &t)
{
    v.list(u"Result", u"TRekeningnummer", t.Result); v(u"Beheerrekening", t.Beheerrekening);
}

// TBBROpdracht.Periodiciteit values (assumed: the WSDL names the field, not its codes):
// "W" week, "4W" four weeks, "M" month, "K" quarter, "J" year, "E" one time (a payout).
enum class Periodiciteit { Week, VierWeken, Maand, Kwartaal, Jaar, Eenmalig };
std::optional<Periodiciteit> periodiciteitUitCode(QStringView code);
// BBRService___AnnuleerEenmaligeOpdracht(aReferentie) -> Result "Geannuleerd" | "Uitgevoerd",
// UniekVolgnummer (0 when Allegro never received the order). Assumed: Allegro cancels an
// order it has not paid yet, and remembers a Referentie it never received as cancelled, so a
// MaakEenmaligeOpdracht with it that arrives later (a message still in transit) is refused
// with a fault that names "geannuleerd". "Uitgevoerd": the money has gone; nothing cancelled.
struct AnnuleerOpdrachtRequest {
    QString aReferentie;
    bool operator==(const AnnuleerOpdrachtRequest &) const = default;
};
template <class V> void visit(V &v, AnnuleerOpdrachtRequest &t) { v(u"aReferentie", t.aReferentie); }
struct AnnuleerOpdrachtResponse {
    QString Result;
    qint32 UniekVolgnummer = 0;
    bool operator==(const AnnuleerOpdrachtResponse &) const = default;
};
template <class V> void visit(V &v, AnnuleerOpdrachtResponse &t)
{
    v(u"Result", t.Result); v(u"UniekVolgnummer", t.UniekVolgnummer);
}
inline const QString kOpdrachtGeannuleerd = QStringLiteral("Geannuleerd");
inline const QString kOpdrachtUitgevoerd = QStringLiteral("Uitgevoerd");

inline constexpr qsizetype kMaxReferentieChars = 64;

namespace assumed {
using Opdrachten = Operation<RelatieCodeRequest, OpdrachtenResponse>;
using Afschriften = Operation<AfschriftenRequest, AfschriftenResponse>;
using SaldoReserveringen = Operation<RelatieCodeRequest, SaldoReserveringenResponse>;
using EenmaligeOpdracht = Operation<EenmaligeOpdrachtRequest, EenmaligeOpdrachtResponse>;
using StuurBericht = Operation<StuurBerichtRequest, StuurBerichtResponse>;
using Relatie = Operation<RelatieCodeRequest, RelatieResponse>;
using Rekeningnummers = Operation<RelatieCodeRequest, RekeningnummersResponse>;
using AnnuleerEenmaligeOpdracht = Operation<AnnuleerOpdrachtRequest, AnnuleerOpdrachtResponse>;

extern const Opdrachten kGetOpdrachten;
extern const Afschriften kGetAfschriften;
extern const SaldoReserveringen kGetSaldoReserveringen;
extern const EenmaligeOpdracht kMaakEenmaligeOpdracht;
extern const StuurBericht kStuurBericht;
extern const Relatie kGetRelatie;
extern const Rekeningnummers kGetRekeningnummers;
extern const AnnuleerEenmaligeOpdracht kAnnuleerEenmaligeOpdracht;

// Every assumed operation name, for documentation checks and the simulator.
std::vector<OperationName> allAssumedOperations();
} // namespace assumed

} // namespace regie::allegro
