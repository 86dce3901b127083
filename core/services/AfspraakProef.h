#pragma once
// The "Proberen" panel of the maatwerk editor: a medewerker drafts an afspraak for one
// reservering and an amount, and sees what the rule engine would decide right now with the
// real balance, the week's and month's earlier opnames and the inwoner's own accounts.
// Nothing is saved: the draft never reaches the afspraken table, and evaluate() is pure.

#include "domain/Domain.h"
#include "money/Money.h"
#include "rules/Afspraak.h"
#include "rules/Beoordeling.h"
#include "rules/Validatie.h"
#include "services/ServiceContext.h"

#include <QtCore/QList>

#include <optional>

namespace regie::services {

struct AfspraakProefUitkomst {
    QList<rules::ValidatieFout> validatie;   // non-empty: the draft cannot be used as it is
    std::optional<rules::Beoordeling> beoordeling; // set when the draft is valid
    std::optional<Money> maxVrij;            // the most that would be free under the draft
    Money beschikbaar;                       // available in the reservering now
    QString uitlegVoorInwoner;               // what the inwoner would read about this pot
};

// A made-up situation for trying a vorm's default afspraak: no inwoner's data is read, so
// whoever maintains the defaults can try them without access to any dossier.
struct VormSituatie {
    ReserveringSoort soort = ReserveringSoort::VrijBesteedbaar;
    Money beschikbaar;         // in the pot
    Money bedrag;              // asked for now
    int eerderAantal = 0;      // withdrawals earlier this week (and so this month)
    Money eerderBedrag;        // their total
};

class AfspraakProef {
public:
    explicit AfspraakProef(ServiceContext &context);

    // `ontwerp` is treated as a Scope::Reservering afspraak for reserveringId, whatever its
    // own scope says. NotFound for a reservering outside the actor's caseload.
    Result<AfspraakProefUitkomst> probeer(const Actor &actor, qint64 reserveringId, const rules::Afspraak &ontwerp,
                                          Money bedrag);

    // `ontwerp` as the default of vorm `vormCode` (Scope::Vorm), in `situatie`. For those
    // who may change the vorm's defaults (Afspraken::zet).
    Result<AfspraakProefUitkomst> probeerVorm(const Actor &actor, const QString &vormCode, const rules::Afspraak &ontwerp,
                                              const VormSituatie &situatie);

private:
    ServiceContext &ctx_;
};

} // namespace regie::services
