#pragma once
// The AVG (GDPR) duties towards one inwoner:
//  - the right of access (art. 15): everything Regie holds on them, as one JSON document;
//  - storage limitation (art. 5(1)(e)): when budgetbeheer has ended, personal data is
//    anonymised after a configurable period.
// The audit trail only carries the inwoner's pseudonym (public_id), never names, BSN or
// IBAN, so anonymising the dossier leaves the hash chain untouched and verifiable.

#include "services/ServiceContext.h"

#include "domain/Domain.h"

#include <QtCore/QDate>
#include <QtCore/QJsonDocument>

namespace regie::privacy {

class Inzage {
public:
    explicit Inzage(services::ServiceContext &context);

    // The inwoner themself (or their medewerker/teamleider on their behalf). Audited as
    // export.gegevens. Contains the inwoner's own BSN and IBANs in full: it is their data.
    services::Result<QJsonDocument> exporteer(const Actor &actor, qint64 inwonerId);

private:
    services::ServiceContext &ctx_;
};

class Bewaartermijn {
public:
    explicit Bewaartermijn(services::ServiceContext &context);

    // Beheerder or systeem: budgetbeheer ends on `einde`; the retention period starts then.
    services::Result<bool> beeindig(const Actor &actor, qint64 inwonerId, QDate einde);
    // Systeem job: anonymises every inwoner whose budgetbeheer ended more than
    // `bewaarMaanden` months ago. Returns how many were anonymised.
    services::Result<int> verwerk(const Actor &actor, int bewaarMaanden);

private:
    bool anonimiseer(qint64 inwonerId, QString *error);
    services::ServiceContext &ctx_;
};

} // namespace regie::privacy
