#pragma once
// Setting up an inwoner's household in Regie: the inwoner with the beheerrekening, their own
// accounts and the ledger accounts, the reserveringen ("potjes"), the budgetplan and the loan.
// Used by the beheerder's onboarding, the demo data and the Allegro sync (the loan), so all
// of them write the same rows, ledger accounts and audit events. Setting up twice is a no-op
// on the natural key (BSN, reservering name, loan description).

#include "domain/Domain.h"
#include "money/Money.h"
#include "services/ServiceContext.h"

#include <QtCore/QDate>
#include <QtCore/QList>
#include <QtCore/QString>

#include <optional>

namespace regie::services {

struct NieuweEigenRekening {
    QString iban;          // any accepted notation; validated
    QString label;         // "Mijn betaalrekening"
    bool geverifieerd = true;
};

struct NieuweInwoner {
    QString bsn;           // validated (11-proef), stored encrypted + keyed hash
    QString voornaam, achternaam, email, telefoon;
    bool wilMail = false;
    QString vormCode;      // must exist in vormen
    qint64 teamId = 0;
    QDate budgetbeheerStart;
    QString beheerIban;    // the beheerrekening held by the municipality
    QList<NieuweEigenRekening> eigenRekeningen;
    QString allegroRelatiecode;
    QString username;      // optional: create a login account (role inwoner) with this name
    bool demo = false;     // that account is the demo loader's (Organisatie's NieuweGebruiker::demo)
};

struct NieuweReservering {
    QString naam;
    ReserveringSoort soort = ReserveringSoort::VrijBesteedbaar;
    Money bedragPerPeriode;
    Periode periode = Periode::Maand;
    std::optional<Money> doel, maximum;
    QString allegroNummer;
};

struct BudgetplanRegel {
    BudgetplanSoort soort = BudgetplanSoort::Uitgave;
    QString omschrijving;
    Money bedrag;          // positive
    Periode periode = Periode::Maand;
    std::optional<QDate> volgendeDatum;
    std::optional<qint64> reserveringId;
    QString allegroVolgnummer; // the line's key in Allegro (TBBROpdracht.Volgnummer), when it came from there
};

struct Budgetplan {
    Money leefgeld;
    Periode leefgeldPeriode = Periode::Week;
    QDate leefgeldVolgendeDatum;
    QList<BudgetplanRegel> regels;
};

struct Lening {
    QString omschrijving;  // "Saneringskrediet"
    Money geleend, openstaand, maandtermijn, achterstand;
    int resterendeLooptijdMaanden = 0;
    QDate startdatum, einddatum;
};

class Huishoudens {
public:
    explicit Huishoudens(ServiceContext &context);

    Result<qint64> maakInwoner(const Actor &actor, const NieuweInwoner &input);
    Result<qint64> voegReserveringToe(const Actor &actor, qint64 inwonerId, const NieuweReservering &input);
    Result<bool> zetBudgetplan(const Actor &actor, qint64 inwonerId, const Budgetplan &plan);
    Result<qint64> zetLening(const Actor &actor, qint64 inwonerId, const Lening &lening);

private:
    ServiceContext &ctx_;
};

} // namespace regie::services
