#pragma once
// An inwoner's own bank accounts, as the medewerker keeps them: the money of a withdrawal
// only ever goes to one of these, and only to a verified one that has not ended. The
// medewerker adds an account after verifying it (how: a closed list; a note for the
// colleagues), never the inwoner alone; an account is ended, never deleted, because past
// requests name it. The IBAN is checked (mod 97), stored encrypted with a keyed hash for
// look-up, and never leaves this service in full: screens see the last four characters.

#include "domain/Domain.h"
#include "services/ServiceContext.h"

#include <QtCore/QDateTime>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>

namespace regie::services {

struct EigenRekeningView {
    qint64 id = 0;
    QString label;
    QString ibanEind;          // last four characters
    bool bruikbaar = false;    // verified and not ended: a withdrawal may go here
    QString verificatie;       // one of EigenRekeningen::verificatieMethoden(); empty: not verified
    QString verificatieNotitie;
    QString geverifieerdDoor;  // display name
    QDateTime geverifieerdOp, beeindigdOp;
    QString beeindigdReden;
};

struct NieuweGeverifieerdeRekening {
    QString iban;              // any notation people type; checked
    QString label;             // "Betaalrekening ING"
    QString verificatie;       // how it was verified
    QString notitie;           // what was seen, for colleagues (no IBAN or BSN)
};

class EigenRekeningen {
public:
    static constexpr int kMaxRekeningen = 20;   // per inwoner, ended ones included
    static constexpr int kMaxTekst = 500;

    explicit EigenRekeningen(ServiceContext &context);

    // How a medewerker may have verified that the account is the inwoner's own.
    static const QStringList &verificatieMethoden();

    // Staff with the inwoner in their caseload (medewerker) or team (teamleider).
    Result<QList<EigenRekeningView>> lijst(const Actor &actor, qint64 inwonerId);
    // Conflict when the account is already in use; an ended account with the same IBAN is
    // taken into use again with the new verification.
    Result<EigenRekeningView> voegToe(const Actor &actor, qint64 inwonerId, const NieuweGeverifieerdeRekening &invoer);
    // Conflict while a request waits to be paid to this account.
    Result<EigenRekeningView> beeindig(const Actor &actor, qint64 inwonerId, qint64 rekeningId, const QString &reden);

private:
    ServiceContext &ctx_;
};

} // namespace regie::services
