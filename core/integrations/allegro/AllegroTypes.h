#pragma once
// The Allegro records Regie uses, with field names exactly as in the public WSDL
// (Allegro-KreditLibrary.wsdl, namespace http://tempuri.org/). Money fields are
// regie::Money (xs:double in euros on the wire), dates QDateTime (null = no date).
// Each record has a visit() that lists its fields once for reading and writing.
// Opdrachtgever, OpdrachtgeverContact and ExtraInfo are xs:int in the WSDL, but the real
// examples carry larger values (77776666655555), so they are read as 64-bit.

#include "integrations/allegro/Codec.h"
#include "money/Money.h"

#include <QtCore/QDateTime>
#include <QtCore/QString>

#include <vector>

namespace regie::allegro {

// ---- LoginService -------------------------------------------------------------------

struct AWUserInfo {
    QString SessionID;
    QString UserID;
    QString LoginType;
    qint32 RelatieCode = 0;
    QString Naam;
    QDateTime LaatsteLogin;
    QString Autorisaties;
    qint64 ExtraInfo = 0;
    QString ExtraInfoOmschrijving;
    bool WachtwoordWijzigen = false;
    bool operator==(const AWUserInfo &) const = default;
};
template <class V> void visit(V &v, AWUserInfo &t)
{
    v(u"SessionID", t.SessionID); v(u"UserID", t.UserID); v(u"LoginType", t.LoginType);
    v(u"RelatieCode", t.RelatieCode); v(u"Naam", t.Naam); v(u"LaatsteLogin", t.LaatsteLogin);
    v(u"Autorisaties", t.Autorisaties); v(u"ExtraInfo", t.ExtraInfo);
    v(u"ExtraInfoOmschrijving", t.ExtraInfoOmschrijving);
    v(u"WachtwoordWijzigen", t.WachtwoordWijzigen);
}

struct TRelatiecodeBedrijfcode {
    qint32 Relatiecode = 0;
    qint32 Bedrijfscode = 0; // 10 = FiBu (budgetbeheer), 2 = Kredietbank (leningen)
    QString Bedrijfsnaam;
    bool operator==(const TRelatiecodeBedrijfcode &) const = default;
};
template <class V> void visit(V &v, TRelatiecodeBedrijfcode &t)
{
    v(u"Relatiecode", t.Relatiecode); v(u"Bedrijfscode", t.Bedrijfscode);
    v(u"Bedrijfsnaam", t.Bedrijfsnaam);
}

// ---- BBRService (budgetbeheer) ------------------------------------------------------

struct TBBRHeader {
    qint32 RelatieCode = 0;
    qint32 Volgnummer = 0;
    QString Medewerker;
    qint64 Opdrachtgever = 0;
    qint64 OpdrachtgeverContact = 0;
    QString VormCode; // form of budgetbeheer, e.g. "T" = Totaal
    QString VormNaam;
    QString ProductNaam;
    QString ProductOmschrijving;
    QString Team;
    bool operator==(const TBBRHeader &) const = default;
};
template <class V> void visit(V &v, TBBRHeader &t)
{
    v(u"RelatieCode", t.RelatieCode); v(u"Volgnummer", t.Volgnummer); v(u"Medewerker", t.Medewerker);
    v(u"Opdrachtgever", t.Opdrachtgever); v(u"OpdrachtgeverContact", t.OpdrachtgeverContact);
    v(u"VormCode", t.VormCode); v(u"VormNaam", t.VormNaam); v(u"ProductNaam", t.ProductNaam);
    v(u"ProductOmschrijving", t.ProductOmschrijving); v(u"Team", t.Team);
}

// A budgetplan line: a periodic payment order, paid out (Doorbetaling) or put aside into
// a reservering (NummerReservering).
struct TBBROpdracht {
    qint32 Relatiecode = 0;
    qint32 Volgnummer = 0;
    qint32 CodeBegunstigde = 0;
    QString Begunstigde;
    QString Omschrijving;
    QString Referentie;
    QString Periodiciteit;
    qint32 AantalKeerPerPeriode = 0;
    Money PeriodeBedrag;
    Money Maximaal;
    QDateTime StartDatum;
    QDateTime VolgendeDatum;
    Money BetaaldBedrag;
    QString RestBetaling;
    QString Soort;
    qint32 NummerReservering = 0;
    qint32 UniekVolgnummer = 0;
    QDateTime DatumLaatsteBetaling;
    qint32 Prioriteit = 0;
    bool operator==(const TBBROpdracht &) const = default;
};
template <class V> void visit(V &v, TBBROpdracht &t)
{
    v(u"Relatiecode", t.Relatiecode); v(u"Volgnummer", t.Volgnummer);
    v(u"CodeBegunstigde", t.CodeBegunstigde); v(u"Begunstigde", t.Begunstigde);
    v(u"Omschrijving", t.Omschrijving); v(u"Referentie", t.Referentie);
    v(u"Periodiciteit", t.Periodiciteit); v(u"AantalKeerPerPeriode", t.AantalKeerPerPeriode);
    v(u"PeriodeBedrag", t.PeriodeBedrag); v(u"Maximaal", t.Maximaal); v(u"StartDatum", t.StartDatum);
    v(u"VolgendeDatum", t.VolgendeDatum); v(u"BetaaldBedrag", t.BetaaldBedrag);
    v(u"RestBetaling", t.RestBetaling); v(u"Soort", t.Soort);
    v(u"NummerReservering", t.NummerReservering); v(u"UniekVolgnummer", t.UniekVolgnummer);
    v(u"DatumLaatsteBetaling", t.DatumLaatsteBetaling); v(u"Prioriteit", t.Prioriteit);
}

struct TRekeningnummer {
    qint32 Volgnummer = 0;
    QString IBAN; // personal data: never logged
    QString BIC;
    QString Bank;
    QString Omschrijving;
    bool Buitenland = false;
    bool Geblokkeerd = false;
    bool operator==(const TRekeningnummer &) const = default;
};
template <class V> void visit(V &v, TRekeningnummer &t)
{
    v(u"Volgnummer", t.Volgnummer); v(u"IBAN", t.IBAN); v(u"BIC", t.BIC); v(u"Bank", t.Bank);
    v(u"Omschrijving", t.Omschrijving); v(u"Buitenland", t.Buitenland); v(u"Geblokkeerd", t.Geblokkeerd);
}

struct TBBRBegunstigde {
    QString Achternaam;
    QString Voorvoegsels;
    QString Voorletters;
    QString PlaatsnaamBezoekadres;
    qint32 Relatiecode = 0;
    QString OpdrachtSoortKeuze; // eSoortOpdracht: ReserveringOfDoorbetaling | Reservering | Doorbetaling
    bool KeuzeReservering = false;
    QString Betaalwijze;
    std::vector<TRekeningnummer> Rekeningnummers;
    bool operator==(const TBBRBegunstigde &) const = default;
};
template <class V> void visit(V &v, TBBRBegunstigde &t)
{
    v(u"Achternaam", t.Achternaam); v(u"Voorvoegsels", t.Voorvoegsels); v(u"Voorletters", t.Voorletters);
    v(u"PlaatsnaamBezoekadres", t.PlaatsnaamBezoekadres); v(u"Relatiecode", t.Relatiecode);
    v(u"OpdrachtSoortKeuze", t.OpdrachtSoortKeuze); v(u"KeuzeReservering", t.KeuzeReservering);
    v(u"Betaalwijze", t.Betaalwijze);
    v.list(u"Rekeningnummers", u"TRekeningnummer", t.Rekeningnummers);
}

struct TSaldoReservering {
    QDateTime Datum;
    qint32 Volgnummer = 0; // = NummerReservering of the budgetplan lines feeding it
    QString Omschrijving;
    Money Saldo;
    bool operator==(const TSaldoReservering &) const = default;
};
template <class V> void visit(V &v, TSaldoReservering &t)
{
    v(u"Datum", t.Datum); v(u"Volgnummer", t.Volgnummer); v(u"Omschrijving", t.Omschrijving);
    v(u"Saldo", t.Saldo);
}

struct TSaldoReserveringen {
    std::vector<TSaldoReservering> SaldoReserveringen;
    Money Totaal;
    bool operator==(const TSaldoReserveringen &) const = default;
};
template <class V> void visit(V &v, TSaldoReserveringen &t)
{
    v.list(u"SaldoReserveringen", u"TSaldoReservering", t.SaldoReserveringen);
    v(u"Totaal", t.Totaal);
}

// ---- PRS (beheerrekening) statements -------------------------------------------------

struct TPRSMutatie {
    qint32 RelatieCode = 0;
    qint32 UniekVolgnummer = 0;
    qint32 ContractCode = 0;
    qint32 ContractVolgnummer = 0;
    QDateTime Datum;
    QString AfBij; // "A" (af) or "B" (bij)
    Money Bedrag;
    qint32 VolgnummerAfschrift = 0;
    QString Omschrijving;
    Money SaldoVoor;
    bool operator==(const TPRSMutatie &) const = default;
};
template <class V> void visit(V &v, TPRSMutatie &t)
{
    v(u"RelatieCode", t.RelatieCode); v(u"UniekVolgnummer", t.UniekVolgnummer);
    v(u"ContractCode", t.ContractCode); v(u"ContractVolgnummer", t.ContractVolgnummer);
    v(u"Datum", t.Datum); v(u"AfBij", t.AfBij); v(u"Bedrag", t.Bedrag);
    v(u"VolgnummerAfschrift", t.VolgnummerAfschrift); v(u"Omschrijving", t.Omschrijving);
    v(u"SaldoVoor", t.SaldoVoor);
}

struct TPRSAfschrift {
    qint32 Relatiecode = 0;
    qint32 VolgnummerAfschrift = 0;
    QDateTime DatumAfschrift;
    Money SaldoPrs;
    Money TotaalBedragBijMutaties;
    Money TotaalBedragAfMutaties;
    Money TotaalInReserveringen;
    Money TotaalUitReserveringen;
    Money TotaalSaldoReserveringen;
    Money HuidigPrsSaldo;
    Money HuidigTotaalSaldoReserveringen;
    Money VorigSaldo;
    QDateTime VorigDatumAfschift; // sic: the WSDL spells it without the "r"
    bool operator==(const TPRSAfschrift &) const = default;
};
template <class V> void visit(V &v, TPRSAfschrift &t)
{
    v(u"Relatiecode", t.Relatiecode); v(u"VolgnummerAfschrift", t.VolgnummerAfschrift);
    v(u"DatumAfschrift", t.DatumAfschrift); v(u"SaldoPrs", t.SaldoPrs);
    v(u"TotaalBedragBijMutaties", t.TotaalBedragBijMutaties);
    v(u"TotaalBedragAfMutaties", t.TotaalBedragAfMutaties);
    v(u"TotaalInReserveringen", t.TotaalInReserveringen);
    v(u"TotaalUitReserveringen", t.TotaalUitReserveringen);
    v(u"TotaalSaldoReserveringen", t.TotaalSaldoReserveringen); v(u"HuidigPrsSaldo", t.HuidigPrsSaldo);
    v(u"HuidigTotaalSaldoReserveringen", t.HuidigTotaalSaldoReserveringen);
    v(u"VorigSaldo", t.VorigSaldo); v(u"VorigDatumAfschift", t.VorigDatumAfschift);
}

struct TPRSAfschriftMutatie {
    qint32 VolgnummerMutatie = 0; // unique per mutatie: the key for idempotent sync
    qint32 Contractcode = 0;
    qint32 ContractVolgnummer = 0;
    QDateTime DatumMutatie;
    bool IndicatieAf = false;
    bool IndicatieBij = false;
    Money Bedrag; // always positive; the direction is IndicatieAf/IndicatieBij
    QString Omschrijving;
    QString Rekeningnummer; // counterparty IBAN: personal data, never logged
    QString ExtraToelichting;
    bool Reservering = false;
    bool operator==(const TPRSAfschriftMutatie &) const = default;
};
template <class V> void visit(V &v, TPRSAfschriftMutatie &t)
{
    v(u"VolgnummerMutatie", t.VolgnummerMutatie); v(u"Contractcode", t.Contractcode);
    v(u"ContractVolgnummer", t.ContractVolgnummer); v(u"DatumMutatie", t.DatumMutatie);
    v(u"IndicatieAf", t.IndicatieAf); v(u"IndicatieBij", t.IndicatieBij); v(u"Bedrag", t.Bedrag);
    v(u"Omschrijving", t.Omschrijving); v(u"Rekeningnummer", t.Rekeningnummer);
    v(u"ExtraToelichting", t.ExtraToelichting); v(u"Reservering", t.Reservering);
}

// ---- FinancieringService (leningen) ---------------------------------------------------

struct TPLHeader {
    qint32 RelatieCode = 0;
    qint32 Volgnummer = 0;
    QDateTime Startdatum;
    bool operator==(const TPLHeader &) const = default;
};
template <class V> void visit(V &v, TPLHeader &t)
{
    v(u"RelatieCode", t.RelatieCode); v(u"Volgnummer", t.Volgnummer); v(u"Startdatum", t.Startdatum);
}

struct TPL {
    TPLHeader InfoHeader;
    qint64 Opdrachtgever = 0;
    qint64 OpdrachtgeverContact = 0;
    QDateTime TheoEinddatum;
    Money NettoKredietsom;
    Money BrutoKredietsom;
    Money Kredietvergoeding;
    Money MaandTermijn;
    Money KwartaalTermijn;
    qint32 AantalMaanden = 0;
    qint32 AantalKwartalen = 0;
    QDateTime DatumEersteAflossing;
    Money Betaald;
    Money SaldoLening;
    Money Achterstand;
    qint32 ResterendeLooptijd = 0; // months
    DecimalText EffectiefJaarpercentage;
    QDateTime DatumLaatsteBetaling;
    Money BedragLaatsteBetaling;
    Money VolledigVervroegdeAflossing;
    QString Medewerker;
    qint32 MedelenerCode = 0;
    Money OpenstaandeVertragingsrente;
    Money OpenstaandeKredietvergoeding;
    Money BetaaldeVertragingsrente;
    Money BetaaldeBoeterente;
    Money KostenVVA;
    Money Voorstand;
    QString LeningSoort;
    DecimalText MaandPercentage;
    Money BetaaldeKredietvergoeding;
    bool operator==(const TPL &) const = default;
};
template <class V> void visit(V &v, TPL &t)
{
    v(u"InfoHeader", t.InfoHeader); v(u"Opdrachtgever", t.Opdrachtgever);
    v(u"OpdrachtgeverContact", t.OpdrachtgeverContact); v(u"TheoEinddatum", t.TheoEinddatum);
    v(u"NettoKredietsom", t.NettoKredietsom); v(u"BrutoKredietsom", t.BrutoKredietsom);
    v(u"Kredietvergoeding", t.Kredietvergoeding); v(u"MaandTermijn", t.MaandTermijn);
    v(u"KwartaalTermijn", t.KwartaalTermijn); v(u"AantalMaanden", t.AantalMaanden);
    v(u"AantalKwartalen", t.AantalKwartalen); v(u"DatumEersteAflossing", t.DatumEersteAflossing);
    v(u"Betaald", t.Betaald); v(u"SaldoLening", t.SaldoLening); v(u"Achterstand", t.Achterstand);
    v(u"ResterendeLooptijd", t.ResterendeLooptijd);
    v(u"EffectiefJaarpercentage", t.EffectiefJaarpercentage);
    v(u"DatumLaatsteBetaling", t.DatumLaatsteBetaling);
    v(u"BedragLaatsteBetaling", t.BedragLaatsteBetaling);
    v(u"VolledigVervroegdeAflossing", t.VolledigVervroegdeAflossing); v(u"Medewerker", t.Medewerker);
    v(u"MedelenerCode", t.MedelenerCode);
    v(u"OpenstaandeVertragingsrente", t.OpenstaandeVertragingsrente);
    v(u"OpenstaandeKredietvergoeding", t.OpenstaandeKredietvergoeding);
    v(u"BetaaldeVertragingsrente", t.BetaaldeVertragingsrente);
    v(u"BetaaldeBoeterente", t.BetaaldeBoeterente); v(u"KostenVVA", t.KostenVVA);
    v(u"Voorstand", t.Voorstand); v(u"LeningSoort", t.LeningSoort);
    v(u"MaandPercentage", t.MaandPercentage);
    v(u"BetaaldeKredietvergoeding", t.BetaaldeKredietvergoeding);
}

// ---- BerichtenBoxService -------------------------------------------------------------

struct TBBoxHeader {
    qint64 Code = 0;
    QString AfzenderOntvanger;
    QString Onderwerp;
    QDateTime Tijdstip;
    bool IndicatieOntvangen = false;
    bool IndicatieGelezen = false;
    bool IndicatieArchief = false;
    bool IndicatieBijlage = false;
    bool operator==(const TBBoxHeader &) const = default;
};
template <class V> void visit(V &v, TBBoxHeader &t)
{
    v(u"Code", t.Code); v(u"AfzenderOntvanger", t.AfzenderOntvanger); v(u"Onderwerp", t.Onderwerp);
    v(u"Tijdstip", t.Tijdstip); v(u"IndicatieOntvangen", t.IndicatieOntvangen);
    v(u"IndicatieGelezen", t.IndicatieGelezen); v(u"IndicatieArchief", t.IndicatieArchief);
    v(u"IndicatieBijlage", t.IndicatieBijlage);
}

// The scalar part of TBBoxDetail. The nested TRelatie/TMedewerker records (names,
// addresses) are left out on purpose: Regie does not need them and should not hold them.
struct TBBoxDetail {
    qint64 Code = 0;
    qint32 ContractVolgnummer = 0;
    QString ContractSoort;
    QString SoortOpdracht;
    qint32 CodeEiserBegunstigde = 0;
    qint32 NummerReservering = 0; // a message can point at a reservering
    qint32 UniekVolgnummer = 0;
    QDateTime AanmaakDatum;
    QDateTime OntvangstDatum;
    bool Nieuw = false;
    QDateTime EmailDatum;
    QDateTime LeesDatum;
    QDateTime ArchiefDatum;
    QString Onderwerp;
    QString Tekst;
    qint32 BijlagenAantal = 0;
    bool operator==(const TBBoxDetail &) const = default;
};
template <class V> void visit(V &v, TBBoxDetail &t)
{
    v(u"Code", t.Code); v(u"ContractVolgnummer", t.ContractVolgnummer);
    v(u"ContractSoort", t.ContractSoort); v(u"SoortOpdracht", t.SoortOpdracht);
    v(u"CodeEiserBegunstigde", t.CodeEiserBegunstigde); v(u"NummerReservering", t.NummerReservering);
    v(u"UniekVolgnummer", t.UniekVolgnummer); v(u"AanmaakDatum", t.AanmaakDatum);
    v(u"OntvangstDatum", t.OntvangstDatum); v(u"Nieuw", t.Nieuw); v(u"EmailDatum", t.EmailDatum);
    v(u"LeesDatum", t.LeesDatum); v(u"ArchiefDatum", t.ArchiefDatum); v(u"Onderwerp", t.Onderwerp);
    v(u"Tekst", t.Tekst); v(u"BijlagenAantal", t.BijlagenAantal);
}

// ---- SchuldHulpService (read only; in the public WSDL and examples) --------------------

struct TSRVAanvraagHeader {
    qint32 RelatieCode = 0;
    qint32 Volgnummer = 0;
    bool IsNPS = false;
    QString Status;
    QString Statustekst;
    QDateTime Aanvraagdatum;
    QString ExtraStatus;
    bool operator==(const TSRVAanvraagHeader &) const = default;
};
template <class V> void visit(V &v, TSRVAanvraagHeader &t)
{
    v(u"RelatieCode", t.RelatieCode); v(u"Volgnummer", t.Volgnummer); v(u"IsNPS", t.IsNPS);
    v(u"Status", t.Status); v(u"Statustekst", t.Statustekst); v(u"Aanvraagdatum", t.Aanvraagdatum);
    v(u"ExtraStatus", t.ExtraStatus);
}

struct TSRVAanvraag {
    TSRVAanvraagHeader InfoHeader;
    QDateTime Startdatum;
    QDateTime Einddatum;
    QString Eindstatus;
    QString Medewerker;
    qint64 Opdrachtgever = 0;
    qint64 OpdrachtgeverContact = 0;
    Money VTLB;
    QDateTime DatumBerekening;
    Money BrutoAfloscapaciteit;
    Money KostenFinancieelBeheer;
    Money KostenSchuldhulpverlening;
    Money NettoAfloscapaciteit;
    Money TotaalAangemeldeSchuld;
    Money TotaalTeruggemeldeSchuld;
    qint32 PartnerCode = 0;
    QDateTime Aanvraagdatum;
    QString RedenOpschorting;
    Money ExtraInleg;
    bool operator==(const TSRVAanvraag &) const = default;
};
template <class V> void visit(V &v, TSRVAanvraag &t)
{
    v(u"InfoHeader", t.InfoHeader); v(u"Startdatum", t.Startdatum); v(u"Einddatum", t.Einddatum);
    v(u"Eindstatus", t.Eindstatus); v(u"Medewerker", t.Medewerker); v(u"Opdrachtgever", t.Opdrachtgever);
    v(u"OpdrachtgeverContact", t.OpdrachtgeverContact); v(u"VTLB", t.VTLB);
    v(u"DatumBerekening", t.DatumBerekening); v(u"BrutoAfloscapaciteit", t.BrutoAfloscapaciteit);
    v(u"KostenFinancieelBeheer", t.KostenFinancieelBeheer);
    v(u"KostenSchuldhulpverlening", t.KostenSchuldhulpverlening);
    v(u"NettoAfloscapaciteit", t.NettoAfloscapaciteit);
    v(u"TotaalAangemeldeSchuld", t.TotaalAangemeldeSchuld);
    v(u"TotaalTeruggemeldeSchuld", t.TotaalTeruggemeldeSchuld); v(u"PartnerCode", t.PartnerCode);
    v(u"Aanvraagdatum", t.Aanvraagdatum); v(u"RedenOpschorting", t.RedenOpschorting);
    v(u"ExtraInleg", t.ExtraInleg);
}

} // namespace regie::allegro
