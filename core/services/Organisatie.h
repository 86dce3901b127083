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
#include <QtCore/QDateTime>
#include <QtCore/QList>
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

// One reason of the catalogue as it stands: its current version, or retired.
struct RedenRegel {
    QString code, soort, tekstB1, tekstMedewerker;
    int versie = 1;
    bool actief = true;
};

// One version of a reason as it was written; decisions keep the version they used.
struct RedenVersie {
    QString code, soort, tekstB1, tekstMedewerker;
    int versie = 1;
    QString auteur, waarom;
    QDateTime aangemaakt;
};

struct VormView {
    QString code, naam, uitleg;
};

class Organisatie {
public:
    explicit Organisatie(ServiceContext &context);

    // telefoon, email and openingstijden are what an inwoner is told when they must contact
    // their team.
    Result<qint64> maakTeam(const Actor &actor, const QString &naam, const QString &telefoon,
                            const QString &email, Money vierOgenGrens, const QString &openingstijden = {});
    Result<QList<VormView>> vormen(const Actor &actor); // staff
    Result<bool> zetVorm(const Actor &actor, const QString &code, const QString &naam, const QString &uitleg);
    // The reason catalogue (teamleider, beheerder; the system for set-up). An edit adds a
    // version; the same texts again change nothing. A reason is retired, never deleted: past
    // decisions still name it. The soort of an existing reason never changes.
    // `waarom`: why this version; required from staff, the system may leave it empty.
    Result<bool> zetReden(const Actor &actor, const Reden &reden, const QString &waarom = {});
    Result<RedenRegel> trekRedenIn(const Actor &actor, const QString &code, const QString &waarom);
    Result<QList<RedenRegel>> redenCatalogus(const Actor &actor);
    Result<QList<RedenVersie>> redenVersies(const Actor &actor, const QString &code);
    Result<qint64> maakGebruiker(const Actor &actor, const NieuweGebruiker &input);
    Result<bool> koppelCaseload(const Actor &actor, qint64 medewerkerId, qint64 inwonerId);

private:
    ServiceContext &ctx_;
};

} // namespace regie::services
