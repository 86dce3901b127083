#pragma once
// Taking a household over from Allegro, keeping it in step, and ending budgetbeheer.
//
// A medewerker, teamleider (own team) or beheerder links an inwoner (BSN) to an Allegro
// relatie; the caller has read the household from Allegro first (integrations/runtime/
// HuishoudenLezer), and neemOver() stores all of it in ONE change: the inwoner (BSN
// encrypted), beheerrekening and own accounts (verified: Allegro pays out to them), the
// reserveringen with their balances as an opening booking, the budgetplan lines, the loans,
// the statement history (display only; the opening booking carries the money), the caseload
// and an audit event with the author (the reason is kept on the inwoner, free text stays out of
// the audit trail). The Allegro sync calls werkBij() with every new
// read: changed lines are updated, lines and reserveringen that disappeared are ended (never
// deleted), new ones added, loans updated; each change is its own audit event.

#include "services/Boekingen.h"
#include "services/Huishoudens.h"

#include <QtCore/QDateTime>

namespace regie::services {

struct AllegroReservering {
    QString nummer;        // TSaldoReservering.Volgnummer
    QString naam;
    Money saldo;
};

struct AllegroHuishouden {
    QString relatiecode;
    QString vormCode;      // TBBRHeader.VormCode; must exist in vormen
    QString voornaam, achternaam, email;
    QString beheerIban;
    QList<NieuweEigenRekening> eigenRekeningen;
    QList<AllegroReservering> reserveringen;
    QList<BudgetplanRegel> regels;  // allegroVolgnummer set; reserveringId unset (see reserveringNummers)
    QList<QString> regelReservering;// per regel: the Allegro reservering it fills, or empty
    std::optional<BudgetplanRegel> leefgeld; // the line Allegro calls "Leefgeld"
    QList<Lening> leningen;        // omschrijving is the key ("Lening <relatie>-<volgnummer>")
    Money beheersaldo;             // TPRSAfschrift.HuidigPrsSaldo
    QList<BankTransactie> mutaties;// the statement history at the take-over
};

struct Koppelverzoek {
    QString bsn;
    QString allegroRelatie;
    qint64 teamId = 0;
    std::optional<qint64> medewerkerId;
    QString reden;
};

struct BijwerkResultaat {
    int gewijzigd = 0;     // lines, reserveringen and loans changed, added or ended
};

class Overname {
public:
    explicit Overname(ServiceContext &context);

    // Conflict when the BSN or the relatie is already linked to an inwoner in budgetbeheer;
    // Invalid for a bad BSN, an unknown team or medewerker, or figures that do not add up.
    Result<qint64> neemOver(const Actor &actor, const Koppelverzoek &verzoek, const AllegroHuishouden &huishouden);
    // Checks what neemOver() would refuse before Allegro is asked (the API answers 409/422 early).
    Result<bool> controleerKoppeling(const Actor &actor, const Koppelverzoek &verzoek);
    Result<BijwerkResultaat> werkBij(const Actor &actor, qint64 inwonerId, const AllegroHuishouden &huishouden);
    Result<bool> beeindig(const Actor &actor, qint64 inwonerId, const QString &reden);
    // The inwoner behind a pseudonym for linking and ending: a beheerder any, medewerker and
    // teamleider their team's; else NotFound (audited).
    Result<qint64> inwonerId(const Actor &actor, const QString &pseudonym);
    // The inwoners taken over from Allegro that are still in budgetbeheer (for the sync).
    Result<bool> isOvergenomen(const Actor &actor, qint64 inwonerId);

private:
    ServiceContext &ctx_;
};

} // namespace regie::services
