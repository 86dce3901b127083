#pragma once
// Finding the inwoner behind a BSN that an identity provider (DigiD through a broker) has
// vouched for. The BSN is only used for the keyed lookup hash; it is never stored, logged or
// audited here.

#include "domain/Domain.h"
#include "money/Bsn.h"
#include "services/ServiceContext.h"

#include <optional>

namespace regie::services {

// The Actor of the inwoner's active login account (role inwoner), or nullopt when no such
// account exists (unknown BSN, no account, account switched off, inwoner anonymised).
// Audits login.gelukt (subject: the inwoner's pseudonym) or login.mislukt (no subject), both
// with details {"methode": "digid"}.
std::optional<Actor> actorVoorBsn(ServiceContext &ctx, const Bsn &bsn);

// Who an inwoner without budgetbeheer can turn to: the team that had them when budgetbeheer
// ended. nullopt for a BSN Regie does not know (the caller shows the gemeente's general
// contact). Reads only; the failed login itself is audited by actorVoorBsn.
struct TeamContact {
    QString naam, telefoon, email;
};
std::optional<TeamContact> contactBuitenBudgetbeheer(ServiceContext &ctx, const Bsn &bsn);

// Audits login.mislukt for a login that failed before a BSN was known (cancelled at DigiD,
// a token that did not pass the checks). `redenCode` is a short technical code such as
// "handtekening" or "state_onbekend"; never personal data. A flood is audited in counts:
// `aantal` failures of this reason from one source (`bron`, a pseudonymous tag of the
// client, letters only) in one event (details "aantal" and "bron" when given).
void auditLoginMislukt(ServiceContext &ctx, const QString &redenCode, qint64 aantal = 1, const QString &bron = {});

} // namespace regie::services
