#pragma once
// The withdrawal lifecycle as one table: (status, action) -> status, who may take the step,
// and what it does. A transition not in the table does not exist: Opnames asks this table
// before every change and asserts the row it moves matches (REGIE_ASSERT), and the diagram
// in docs/ARCHITECTURE.md is this table printed (tests/domain checks they agree).

#include "domain/Domain.h"

#include <QtCore/QList>
#include <QtCore/QString>

#include <optional>

namespace regie::lifecycle {

enum class Actie {
    Annuleer,      // inwoner says Nee on the check page
    Uitvoeren,     // inwoner says Ja and the afspraken allow it: paid at once
    Indienen,      // inwoner says Ja and it needs a medewerker: hold placed, zaak opened
    Afwijzen,      // inwoner says Ja and the rules refuse it (not allowed, not enough money)
    EersteAkkoord, // four eyes: the first medewerker approves, a second must too
    Akkoord,       // a medewerker approves: hold posted, payout ordered
    Weigeren,      // a medewerker refuses with a reason: hold voided
    Intrekken,     // the inwoner takes a waiting request back: hold voided
    Verlopen,      // nobody decided in time: hold voided
    Vervallen,     // a concept nobody said Ja or Nee to: it lapses, nothing was held
    Mislukt,       // Allegro refused the payment order for good, or it was cancelled after
                   // it could not be delivered in time: the money goes back into the potje
};

// What a step does besides changing the status; each is written in the same transaction.
enum Effect : unsigned {
    GeenEffect = 0,
    HoldPlaatsen = 1u << 0,       // pending transfer reservering -> bank
    Betalen = 1u << 1,            // post the hold, or a direct transfer, and order the payout
    HoldVrijgeven = 1u << 2,      // void the pending transfer: the money is back in the potje
    ZaakOpenen = 1u << 3,         // a zaak in the zaaksysteem (outbox)
    ZaakAfronden = 1u << 4,       // resultaat + eindstatus (outbox)
    BerichtAllegro = 1u << 5,     // the outcome as a message in Allegro (outbox)
    MeldInwoner = 1u << 6,        // a melding for the inwoner (and mail when chosen)
    MeldMedewerkers = 1u << 7,    // the caseload's medewerkers (or the team's teamleiders) are told
    Terugboeken = 1u << 8,        // a compensating transfer bank -> reservering
};

struct Overgang {
    VerzoekStatus van;
    Actie actie;
    VerzoekStatus naar;
    QList<Role> wie;      // the roles that may take this step (access to the inwoner is checked too)
    unsigned effecten;    // Effect flags
};

// Every allowed transition, in the order the lifecycle is usually walked.
const QList<Overgang> &overgangen();

// The transition for this step, or nullptr when the step is not allowed from `van` (or
// not for this role).
const Overgang *zoek(VerzoekStatus van, Actie actie, Role wie);

QString toCode(Actie actie);   // stable, e.g. "eerste_akkoord" (audit details, docs)
QString effectenTekst(unsigned effecten); // "hold, zaak" for the docs table

// The table as Markdown (docs/ARCHITECTURE.md carries exactly this text).
QString alsMarkdown();

} // namespace regie::lifecycle
