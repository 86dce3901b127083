#pragma once
// Setting up and feeding an inwoner's dossier: creating the inwoner with their accounts,
// reserveringen, budgetplan and loan, and booking bank transactions of the beheerrekening.
// Used by the beheerder's onboarding, the demo data, the Allegro sync and the CAMT.053
// import, so all of them post the same ledger transfers and audit events.

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

// One line on the beheerrekening statement. bedrag > 0 comes in, < 0 goes out. When
// reserveringId is set, the money comes from (or goes into) that reservering instead of the
// unallocated part.
struct BankTransactie {
    QDate datum;
    Money bedrag;
    QString omschrijving, tegenpartij, categorie;
    QString bron = QStringLiteral("regie"); // allegro | camt | regie | demo
    QString externId;      // unique per inwoner and bron: re-imports are recognised
    std::optional<qint64> reserveringId;
};

struct BoekResultaat {
    int geboekt = 0;
    int alBekend = 0;      // duplicates recognised by (bron, externId)
};

struct NieuweGebruiker {
    QString username, displayName;
    Role role = Role::Medewerker;
    qint64 teamId = 0;
    qint64 inwonerId = 0;      // for Role::Inwoner
    QString email, telefoon, organisatie;
    QString password;          // hashed with scrypt; empty: no password login (e.g. DigiD only)
    QByteArray totpSecret;     // raw secret bytes; stored encrypted; empty: none
};

struct Reden {
    QString code, soort;       // soort: weigering | akkoord
    QString tekstB1, tekstMedewerker;
};

class Inrichting {
public:
    explicit Inrichting(ServiceContext &context);

    Result<qint64> maakInwoner(const Actor &actor, const NieuweInwoner &input);
    Result<qint64> voegReserveringToe(const Actor &actor, qint64 inwonerId, const NieuweReservering &input);
    Result<bool> zetBudgetplan(const Actor &actor, qint64 inwonerId, const Budgetplan &plan);
    Result<qint64> zetLening(const Actor &actor, qint64 inwonerId, const Lening &lening);
    Result<BoekResultaat> boekTransacties(const Actor &actor, qint64 inwonerId,
                                          const QList<BankTransactie> &transacties);
    // Moves money inside the beheerrekening from the unallocated part into a reservering
    // (the budgetplan's monthly allocation); idempotent on key.
    Result<bool> stortInReservering(const Actor &actor, qint64 reserveringId, Money bedrag,
                                    const QString &idempotencyKey);
    // The same for many allocations of one inwoner in one transaction (statement imports,
    // the demo loader): each idempotent on its key, one audit event for the batch.
    struct Storting {
        qint64 reserveringId = 0;
        Money bedrag;
        QString idempotencyKey;
    };
    Result<int> stortInReserveringen(const Actor &actor, qint64 inwonerId, const QList<Storting> &stortingen);
    Result<qint64> maakTeam(const Actor &actor, const QString &naam, const QString &telefoon,
                            const QString &email, Money vierOgenGrens);
    Result<bool> zetVorm(const Actor &actor, const QString &code, const QString &naam, const QString &uitleg);
    Result<qint64> maakGebruiker(const Actor &actor, const NieuweGebruiker &input);
    Result<bool> zetReden(const Actor &actor, const Reden &reden);
    Result<bool> koppelCaseload(const Actor &actor, qint64 medewerkerId, qint64 inwonerId);

private:
    ServiceContext &ctx_;
};

} // namespace regie::services
