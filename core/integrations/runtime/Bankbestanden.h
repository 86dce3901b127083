#pragma once
// Bank files of the beheerrekening, as a service:
//   importeerCamt: a camt.053 statement for one inwoner's beheerrekening. Every statement's
//     IBAN must be that beheerrekening; a file that does not parse, does not add up or names
//     another account is refused whole. Entries are booked through Boekingen::boekTransacties
//     (bron "camt", externId = the entry's dedupKey), so overlapping files only add what is new.
//     Debits carrying a Regie EndToEndId are Regie's own payouts, already in the ledger.
//   exporteerPain001: the withdrawals executed on a day (Europe/Amsterdam) as one pain.001,
//     debtor = the municipality's account, EndToEndId = the verzoek's referentie.
// Both are recorded in the audit trail (actor beheerder or systeem).

#include "integrations/sepa/Pain001.h"
#include "domain/Domain.h"
#include "services/ServiceContext.h"

#include <QtCore/QByteArray>
#include <QtCore/QDate>

namespace regie::integrations {

struct CamtImport {
    int geboekt = 0;
    int alBekend = 0;        // seen in an earlier file (or earlier in this one)
    int eigenBetalingen = 0; // Regie's own payouts, skipped
};

struct Pain001Export {
    QByteArray xml;
    int betalingen = 0;
    Money totaal;
    QString messageId;
};

// "REGIE-<publicId>" in the SEPA character set: '_' of the URL-safe id becomes '+' (which
// the id never contains), so the mapping can be reversed when the statement comes back.
QString sepaReferentie(const QString &referentie);
QString referentieUitSepa(const QString &endToEndId);

class Bankbestanden {
public:
    explicit Bankbestanden(services::ServiceContext &ctx);

    services::Result<CamtImport> importeerCamt(const Actor &actor, qint64 inwonerId, const QByteArray &xml);
    services::Result<CamtImport> importeerCamtBestand(const Actor &actor, qint64 inwonerId, const QString &path);
    services::Result<Pain001Export> exporteerPain001(const Actor &actor, const QDate &dag,
                                                     const sepa::Pain001Debtor &gemeente);

private:
    services::ServiceContext &ctx_;
};

} // namespace regie::integrations
