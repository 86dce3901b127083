#pragma once
// Fictional households for Regie's demo and load tests, as plain values: no database ids,
// no I/O. Objects refer to each other by index (a household's afspraak names "reservering
// 2 of this household"); the Loader turns indexes into database ids.
//
// Bank lines are stored compactly (a Boeking points at a shared Post for its texts), so a
// load-test set of 5,000 households x 24 months (2.4 million events) peaks near 125 MB.

#include "domain/Domain.h"
#include "money/Money.h"
#include "rules/Afspraak.h"
#include "services/Boekingen.h"
#include "services/Huishoudens.h"
#include "services/Organisatie.h"

#include <QtCore/QDate>
#include <QtCore/QList>
#include <QtCore/QString>

#include <optional>

namespace regie::demo {

// Upper bounds, so a typo on a command line cannot ask for a billion households. The BSN
// range used (see Identiteit.h) holds about 90,000 numbers.
inline constexpr int kMaxInwoners = 50'000;
inline constexpr int kMaxMaanden = 120;
inline constexpr int kMaxMedewerkers = 500;
// Used when GeneratorParams::tot is not set, so genereer() never reads the clock.
inline QDate standaardTot() { return QDate(2026, 11, 27); }

struct GeneratorParams {
    int inwoners = 5;
    int maanden = 12;
    quint64 seed = 20261128;
    QDate tot; // last day of the history; invalid means standaardTot()
    int medewerkers = 3;
};

struct Team {
    QString naam, telefoon, email;
    Money vierOgenGrens;
};

struct Vorm {
    QString code, naam, uitleg;
    rules::Afspraak standaard; // Scope::Vorm default for everyone in this form
    QString reden;
};

struct Gebruiker {
    QString username, displayName;
    Role role = Role::Medewerker;
    int team = -1; // index in Dataset::teams, for medewerker and teamleider
    QString email, telefoon, organisatie;
};

// The texts shared by many bank lines of one household (one employer, one landlord).
struct Post {
    enum class Periode : quint8 { Geen, Maand, Week }; // appended to omschrijving
    QString omschrijving, tegenpartij, categorie;
    Periode periode = Periode::Geen;
};

// One event on the beheerrekening. Bank: a statement line (bedrag > 0 in, < 0 out; with
// reservering >= 0 it is paid from that reservering). Storting: the internal monthly
// allocation from the unallocated part into a reservering (bedrag > 0), not a bank line.
struct Boeking {
    enum class Soort : quint8 { Bank, Storting };
    QDate datum;
    Money bedrag;
    qint32 volgnummer = 0;  // unique within the household; the basis of externId
    qint16 post = -1;       // index in Huishouden::posten (Bank only)
    qint16 reservering = -1;
    Soort soort = Soort::Bank;
};

struct PlanRegel {
    services::BudgetplanRegel regel; // regel.reserveringId stays empty here
    int reservering = -1;            // index in Huishouden::reserveringen, or -1
};

struct HuishoudAfspraak {
    rules::Afspraak afspraak; // Scope::Inwoner or Scope::Reservering; ids left empty
    int reservering = -1;     // for Scope::Reservering: index in Huishouden::reserveringen
    QString reden;
};

struct Huishouden {
    int index = 0;
    QString relatiecode; // also how the Loader recognises a household it loaded before
    QString scenario;    // a Scenario::code, or empty
    services::NieuweInwoner inwoner; // teamId left 0: see team
    int team = 0;        // index in Dataset::teams
    int medewerker = 0;  // index in Dataset::gebruikers
    QList<services::NieuweReservering> reserveringen;
    services::Budgetplan budgetplan; // regels empty: see planRegels
    QList<PlanRegel> planRegels;
    std::optional<services::Lening> lening;
    QList<HuishoudAfspraak> afspraken;
    QList<Post> posten;
    QList<Boeking> boekingen; // in the order they happened
    // The balances after the last Boeking, as the generator computed them.
    Money eindsaldoAlgemeen;
    QList<Money> eindsaldoReserveringen;
    int overgeslagen = 0; // planned payments left out because the money was not there
};

// A household set up so that one outcome of the use case can be shown.
struct Scenario {
    QString code; // "vrij", "na_akkoord", "niet_toegestaan", "onvoldoende_saldo", "lening_achterstand"
    std::optional<rules::Uitkomst> verwacht; // what an opname of bedrag from reservering gives
    int huishouden = 0;
    int reservering = -1;
    Money bedrag;
    QString uitleg; // one Dutch sentence for the presenter
};

struct Dataset {
    GeneratorParams params; // as used: bounded and with tot filled in
    QDate historieVan;      // first day of the window the bank history covers
    QList<Team> teams;
    QList<Vorm> vormen;
    QList<Gebruiker> gebruikers;
    QList<services::Reden> redenen;
    QList<Huishouden> huishoudens;
    QList<Scenario> scenarios;

    const Scenario *scenario(QStringView code) const;
    const Scenario *scenario(rules::Uitkomst uitkomst) const;
    qsizetype aantalBoekingen() const;
};

// Turn a compact Boeking into what the services take.
QString externId(const Huishouden &huishouden, const Boeking &boeking);
QString stortingSleutel(const Huishouden &huishouden, const Boeking &boeking);
QString omschrijving(const Huishouden &huishouden, const Boeking &boeking);
// reserveringId is left empty: the caller maps Boeking::reservering to a database id.
services::BankTransactie bankTransactie(const Huishouden &huishouden, const Boeking &boeking);

} // namespace regie::demo
