#pragma once
// Shared vocabulary of Regie: roles, statuses and the read-side shapes that services hand to
// the UI and HTTP layers. Enums are stored in the database as their stable string codes
// (toCode/fromCode), never as integers, so the data stays readable and migrations stay safe.

#include "money/Money.h"

#include <QtCore/QDate>
#include <QtCore/QDateTime>
#include <QtCore/QList>
#include <QtCore/QString>

#include <optional>

namespace regie {

enum class Role { Inwoner, Medewerker, Teamleider, Ketenpartner, Beheerder, Systeem };

// The lifecycle of an opnameverzoek (docs/ARCHITECTURE.md has the diagram).
enum class VerzoekStatus {
    Concept,          // created with a preview; the inwoner has not said Ja or Nee yet
    Geannuleerd,      // the inwoner said Nee
    WachtOpAkkoord,   // hold placed, waiting for a medewerker
    WachtOpTweedeAkkoord, // four-eyes: one medewerker approved, a second must too
    Uitgevoerd,       // money posted out of the reservering, payout ordered
    Geweigerd,        // a medewerker refused; hold voided
    Afgewezen,        // refused automatically (NietToegestaan or OnvoldoendeSaldo)
    Ingetrokken,      // the inwoner withdrew a waiting request; hold voided
    Verlopen,         // waited too long and expired (hold voided), or a concept nobody answered
    NietGelukt        // was paid, but Allegro refused the payment order for good (or it could
                      // not be delivered in time and was cancelled): the money is back in the potje
};

enum class ReserveringSoort { VrijBesteedbaar, Gebonden };
enum class BudgetplanSoort { Inkomst, Uitgave };
enum class Periode { Week, VierWeken, Maand, Kwartaal, Jaar };
enum class InwonerStatus { Actief, Beeindigd, Geanonimiseerd };

QString toCode(Role role);
std::optional<Role> roleFromCode(QStringView code);
QString toCode(VerzoekStatus status);
std::optional<VerzoekStatus> verzoekStatusFromCode(QStringView code);
QString toCode(ReserveringSoort soort);
std::optional<ReserveringSoort> reserveringSoortFromCode(QStringView code);
QString toCode(BudgetplanSoort soort);
std::optional<BudgetplanSoort> budgetplanSoortFromCode(QStringView code);
QString toCode(Periode periode);
std::optional<Periode> periodeFromCode(QStringView code);
QString toCode(InwonerStatus status);
std::optional<InwonerStatus> inwonerStatusFromCode(QStringView code);

bool isFinal(VerzoekStatus status);
bool isWaiting(VerzoekStatus status); // WachtOpAkkoord or WachtOpTweedeAkkoord
// B1 Dutch label for an inwoner ("Wacht op je medewerker"), translatable.
QString statusLabel(VerzoekStatus status);
QString roleLabel(Role role);
QString periodeLabel(Periode periode); // "per maand"

// Who is acting. Built by the auth layer from a verified session or token; services trust
// nothing else about the caller.
struct Actor {
    qint64 userId = 0;
    Role role = Role::Systeem;
    qint64 inwonerId = 0; // for Role::Inwoner: the inwoner this account belongs to
    qint64 teamId = 0;    // for medewerker/teamleider
    QString displayName;  // for screens only, never for logs

    static Actor systeem() { return Actor{}; }
    bool isStaff() const
    {
        return role == Role::Medewerker || role == Role::Teamleider || role == Role::Beheerder;
    }
};

} // namespace regie
