#pragma once
// What of a demo dataset is already in the database. The demo loader (core/demo) writes only
// through the services and may run again on the same data folder; before each step it asks
// here whether that step's result is there. regie-demo finds the records of its scenarios
// here too. Reads only, for the systeem actor; nothing personal is returned.

#include "domain/Domain.h"
#include "services/Organisatie.h"
#include "services/ServiceContext.h"

#include <QtCore/QString>

#include <optional>

namespace regie::services {

class Laadstand {
public:
    explicit Laadstand(ServiceContext &context) : ctx_(context) {}

    Result<bool> teamBestaat(const Actor &actor, const QString &naam);
    // The vorm with exactly these texts, and its standard afspraak.
    Result<bool> vormBestaat(const Actor &actor, const QString &code, const QString &naam, const QString &uitleg);
    Result<bool> vormAfspraakBestaat(const Actor &actor, const QString &vormCode);
    Result<bool> redenBestaat(const Actor &actor, const Reden &reden);
    Result<bool> gebruikerBestaat(const Actor &actor, const QString &username);
    // The newest inwoner with this Allegro relatiecode; 0 when there is none.
    Result<qint64> inwonerMetRelatiecode(const Actor &actor, const QString &relatiecode);
    Result<bool> budgetplanBestaat(const Actor &actor, qint64 inwonerId);
    Result<bool> leningBestaat(const Actor &actor, qint64 inwonerId, const QString &omschrijving);
    // An afspraak of this scope for the inwoner and reservering (none: the inwoner's own).
    Result<bool> afspraakBestaat(const Actor &actor, const QString &scope, qint64 inwonerId,
                                 std::optional<qint64> reserveringId);
    Result<bool> caseloadBestaat(const Actor &actor, qint64 medewerkerId, qint64 inwonerId);
    // How many bank lines of this bron the inwoner has.
    Result<qint64> transacties(const Actor &actor, qint64 inwonerId, const QString &bron);
    // How many ledger transfers carry an idempotency key that starts with `prefix` + '-'.
    Result<qint64> stortingen(const Actor &actor, const QString &prefix);
    // The inwoner's reservering with this name; 0 when there is none.
    Result<qint64> reserveringMetNaam(const Actor &actor, qint64 inwonerId, const QString &naam);
    // The first medewerker in the inwoner's caseload; 0 when there is none.
    Result<qint64> eersteMedewerker(const Actor &actor, qint64 inwonerId);

private:
    ServiceContext &ctx_;
};

} // namespace regie::services
