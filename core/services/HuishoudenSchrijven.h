#pragma once
// The writes of a household's set-up inside a running change, shared by Huishoudens (one step
// per call) and Overname (the whole take-over from Allegro in one change). Internal to
// core/services: callers outside go through those two services.

#include "money/Bsn.h"
#include "money/Iban.h"
#include "services/Huishoudens.h"
#include "services/UnitOfWork.h"

namespace regie::services::inrichting {

extern const QString kBsnPurpose;

struct GeldigeInwoner {
    Bsn bsn;
    Iban beheerIban;
    QList<Iban> eigen; // in the order of NieuweInwoner::eigenRekeningen
};

// Everything an inwoner's set-up needs checked before anything is written.
Result<GeldigeInwoner> controleer(const NieuweInwoner &input);
// The inwoner row, the beheerrekening, own accounts, the bank and algemeen ledger accounts
// and (when input.username is set) the inwoner's login account. No audit event.
Result<qint64> schrijfNieuweInwoner(Change &c, const NieuweInwoner &input, const GeldigeInwoner &geldig,
                                    const QString &bsnHash, const QString &publicId);
// The reservering row and its ledger account. No audit event.
std::optional<qint64> schrijfReservering(Change &c, qint64 inwonerId, const NieuweReservering &input, QString *error);
bool schrijfLeefgeld(Change &c, qint64 inwonerId, Money leefgeld, Periode periode, const QDate &volgende, QString *error);
bool schrijfBudgetplanRegels(Change &c, qint64 inwonerId, const QList<BudgetplanRegel> &regels, QString *error);
std::optional<qint64> schrijfLening(Change &c, qint64 inwonerId, const Lening &lening, QString *error);
Result<QString> bestaandeInwoner(Change &c, qint64 inwonerId);

} // namespace regie::services::inrichting
