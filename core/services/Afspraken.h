#pragma once
// Maatwerkafspraken: versioned arrangements that decide what an inwoner may withdraw.
// A change never updates a row: it adds a new version with an author, a reason and an
// effective date, so the history (and every past decision) stays explainable.

#include "rules/Afspraak.h"
#include "services/ServiceContext.h"

#include "domain/Domain.h"

#include <QtCore/QList>

namespace regie::services {

struct AfspraakInvoer {
    rules::Afspraak afspraak;  // id/versie are ignored: the service assigns them
    QString vormCode;          // for Scope::Vorm
    qint64 inwonerId = 0;      // for Scope::Inwoner and Scope::Reservering
    QString reden;             // mandatory: why this change
};

struct AfspraakVersie {
    rules::Afspraak afspraak;
    QString vormCode;
    qint64 inwonerId = 0;
    std::optional<qint64> auteurId;
    QString auteurNaam;
    QString reden;
    QDateTime aangemaakt;
};

// The defaults per vorm apply to every inwoner of that vorm in every team: the teamleider
// (who answers for the decisions) and the beheerder maintain them, and the system at set-up.
bool magVormAfsprakenWijzigen(const Actor &actor);

class Afspraken {
public:
    explicit Afspraken(ServiceContext &context);

    // Validates (rules::valideer), checks the role (WijzigAfspraken on the inwoner, or a
    // beheerder/systeem for Vorm defaults), writes the new version and the audit event.
    Result<qint64> zet(const Actor &actor, const AfspraakInvoer &invoer);
    // Every version that could apply to this inwoner: vorm defaults, inwoner-wide and per
    // reservering (the input of rules::kiesGeldende).
    Result<QList<rules::Afspraak>> kandidaten(const Actor &actor, qint64 inwonerId);
    Result<QList<AfspraakVersie>> geschiedenis(const Actor &actor, qint64 inwonerId);
    // Every version of a vorm's defaults, newest first; staff only (no inwoner's data).
    Result<QList<AfspraakVersie>> vormGeschiedenis(const Actor &actor, const QString &vormCode);
    // The afspraak that applies now to one reservering.
    Result<rules::Afspraak> geldend(const Actor &actor, qint64 reserveringId);

private:
    ServiceContext &ctx_;
};

// Internal, no access check: for services that already checked access and may be inside
// an open transaction. The fallback when nothing applies is NaAkkoord (default deny).
rules::Afspraak geldendeAfspraak(ServiceContext &ctx, qint64 inwonerId, qint64 reserveringId);

} // namespace regie::services
