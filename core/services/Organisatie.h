#pragma once
// The organisation around the dossiers: teams, vormen of budgetbeheer, the catalogue of
// reasons for decisions, staff and inwoner login accounts, and which medewerker has which
// inwoner in their caseload. Used by the beheerder (through Beheer), the demo data and the
// test worlds, so all of them write the same rows and audit events. Creating is idempotent on
// the natural key (team name, username): a second call answers the existing id.

#include "domain/Domain.h"
#include "money/Money.h"
#include "services/ServiceContext.h"

#include <QtCore/QByteArray>
#include <QtCore/QString>

namespace regie::services {

struct NieuweGebruiker {
    QString username, displayName;
    Role role = Role::Medewerker;
    qint64 teamId = 0;
    qint64 inwonerId = 0;      // for Role::Inwoner
    QString email, telefoon, organisatie;
    QString password;          // hashed with scrypt; empty: no password login (e.g. DigiD only)
    QByteArray totpSecret;     // raw secret bytes; stored encrypted; empty: none
    bool demo = false;         // made by the demo loader (systeem, demo store only): test login, demo TOTP
};

struct Reden {
    QString code, soort;       // soort: weigering | akkoord
    QString tekstB1, tekstMedewerker;
};

class Change;

// Puts the inwoner in the medewerker's caseload (nothing when already there) with its
// caseload.gewijzigd event, in the caller's change: koppelCaseload and an approved
// Voorstellen proposal write it the same way.
Result<bool> schrijfCaseload(Change &c, qint64 medewerkerId, qint64 inwonerId);

class Organisatie {
public:
    explicit Organisatie(ServiceContext &context);

    Result<qint64> maakTeam(const Actor &actor, const QString &naam, const QString &telefoon,
                            const QString &email, Money vierOgenGrens);
    Result<bool> zetVorm(const Actor &actor, const QString &code, const QString &naam, const QString &uitleg);
    Result<bool> zetReden(const Actor &actor, const Reden &reden);
    Result<qint64> maakGebruiker(const Actor &actor, const NieuweGebruiker &input);
    Result<bool> koppelCaseload(const Actor &actor, qint64 medewerkerId, qint64 inwonerId);

private:
    ServiceContext &ctx_;
};

} // namespace regie::services
