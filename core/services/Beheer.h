#pragma once
// The beheerder's work on the organisation: staff accounts, teams, caseloads and outgoing
// messages that failed. Creating goes through Organisatie (one writer of each row kind);
// this service adds reading, changing, deactivating and the second factor. Every change is
// one transaction with its audit event; only a beheerder (or the systeem actor for set-up)
// may call these. Accounts are never deleted: the audit trail refers to them.

#include "domain/Domain.h"
#include "money/Money.h"
#include "outbox/Outbox.h"
#include "services/Organisatie.h"
#include "services/ServiceContext.h"

#include <QtCore/QByteArray>
#include <QtCore/QDateTime>
#include <QtCore/QList>
#include <QtCore/QString>

#include <optional>

namespace regie::services {

struct GebruikerView {
    qint64 id = 0;
    QString username, displayName;
    Role role = Role::Medewerker;
    qint64 teamId = 0;
    QString organisatie;
    bool actief = true;
    bool tweedeFactor = false;     // a TOTP secret is set
    QDateTime geblokkeerdTot;      // invalid when not locked
    QDateTime aangemaakt;
};

struct GebruikerWijziging {
    std::optional<QString> displayName;
    std::optional<Role> role;      // staff roles only; not to or from inwoner
    std::optional<qint64> teamId;
    std::optional<bool> actief;
    std::optional<QString> wachtwoord;
    bool ontgrendel = false;       // clears a lockout
};

struct TeamView {
    qint64 id = 0;
    QString naam, telefoon, email;
    QString openingstijden;       // free text for inwoners: "ma t/m vr 9.00-17.00"
    int doelBehandeltijdUren = 48;
    Money vierOgenGrens;
    int medewerkers = 0;
    int inwoners = 0;
    qint64 voorstelId = 0;         // a beheerder's four-eyes change waits for a teamleider (Voorstellen)
};

struct TeamWijziging {
    std::optional<QString> naam, telefoon, email, openingstijden;
    std::optional<int> doelBehandeltijdUren; // 1..720
    std::optional<Money> vierOgenGrens;      // >= 0
};

struct CaseloadRegel {
    qint64 medewerkerId = 0;
    QString medewerkerNaam;
    QString inwonerPseudonym;
    QDateTime sinds;
    qint64 voorstelId = 0;         // not made yet: waits for a teamleider (Voorstellen)
};

struct UitgaandBericht {
    qint64 id = 0;
    QString topic, status, lastError;
    int attempts = 0;
    QDateTime createdAt, nextAttemptAt;
};

template <typename T>
struct Pagina {
    QList<T> items;
    int totaal = 0;
};

class Beheer {
public:
    static constexpr int kMaxLimit = 1000;

    explicit Beheer(ServiceContext &context);

    Result<Pagina<GebruikerView>> gebruikers(const Actor &actor, int limit, int offset);
    Result<GebruikerView> gebruiker(const Actor &actor, qint64 id);
    // Conflict when the username is taken (Organisatie::maakGebruiker would return the old id).
    Result<GebruikerView> maakGebruiker(const Actor &actor, const NieuweGebruiker &input);
    Result<GebruikerView> wijzigGebruiker(const Actor &actor, qint64 id, const GebruikerWijziging &wijziging);
    // Stores a TOTP secret (encrypted). An empty secret makes a fresh random one. Returns the
    // raw secret so it can be shown once as an otpauth:// URI; it is never readable later.
    Result<QByteArray> zetTweedeFactor(const Actor &actor, qint64 userId, const QByteArray &secret = {});
    // Demo only (a demo store, systeem actor): gives every active staff account the demo
    // loader made (users.demo) without a second factor the secret auth::demoTotpSecret(username),
    // so regie-desk's demo banner can show its code. Returns how many accounts got one.
    Result<int> zetDemoTweedeFactoren(const Actor &actor);

    Result<QList<TeamView>> teams(const Actor &actor);
    Result<TeamView> team(const Actor &actor, qint64 id);
    Result<TeamView> maakTeam(const Actor &actor, const QString &naam, const QString &telefoon, const QString &email,
                              Money vierOgenGrens, const QString &openingstijden = {});
    Result<TeamView> wijzigTeam(const Actor &actor, qint64 id, const TeamWijziging &wijziging);

    Result<Pagina<CaseloadRegel>> caseloads(const Actor &actor, std::optional<qint64> medewerkerId, int limit, int offset);
    Result<CaseloadRegel> koppel(const Actor &actor, qint64 medewerkerId, const QString &inwonerPseudonym);
    Result<bool> ontkoppel(const Actor &actor, qint64 medewerkerId, const QString &inwonerPseudonym);

    // Failed outgoing messages (no payload: it may hold personal data) and "opnieuw".
    Result<QList<UitgaandBericht>> uitgaandeBerichten(const Actor &actor, const QString &status, int limit);
    Result<UitgaandBericht> opnieuw(const Actor &actor, qint64 berichtId);

private:
    ServiceContext &ctx_;
};

} // namespace regie::services
