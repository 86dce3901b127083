#pragma once
// Booking money on an inwoner's beheerrekening: the lines of the bank statement (from the
// Allegro sync, a CAMT.053 import, the demo data) and the budgetplan's allocations from the
// unallocated part into the reserveringen. Each call is one transaction with its ledger
// transfers and one audit event; re-imports are recognised and change nothing.

#include "domain/Domain.h"
#include "money/Money.h"
#include "services/ServiceContext.h"

#include <QtCore/QDate>
#include <QtCore/QList>
#include <QtCore/QString>

#include <optional>

namespace regie::services {

// One line on the beheerrekening statement. bedrag > 0 comes in, < 0 goes out. When
// reserveringId is set, the money comes from (or goes into) that reservering instead of the
// unallocated part.
struct BankTransactie {
    QDate datum;
    Money bedrag;
    QString omschrijving, tegenpartij, categorie;
    QString bron = QStringLiteral("regie"); // allegro | camt | regie | demo
    QString externId;      // unique per inwoner and bron: re-imports are recognised
    std::optional<qint64> reserveringId;
};

struct BoekResultaat {
    int geboekt = 0;
    int alBekend = 0;      // duplicates recognised by (bron, externId)
};

class Boekingen {
public:
    static constexpr qsizetype kMaxBatch = 50000; // one statement import; bounds the transaction

    explicit Boekingen(ServiceContext &context);

    Result<BoekResultaat> boekTransacties(const Actor &actor, qint64 inwonerId,
                                          const QList<BankTransactie> &transacties);
    // Moves money inside the beheerrekening from the unallocated part into a reservering
    // (the budgetplan's monthly allocation); idempotent on key.
    Result<bool> stortInReservering(const Actor &actor, qint64 reserveringId, Money bedrag,
                                    const QString &idempotencyKey);
    // The same for many allocations of one inwoner in one transaction (statement imports,
    // the demo loader): each idempotent on its key, one audit event for the batch.
    struct Storting {
        qint64 reserveringId = 0;
        Money bedrag;
        QString idempotencyKey;
    };
    Result<int> stortInReserveringen(const Actor &actor, qint64 inwonerId, const QList<Storting> &stortingen);

private:
    ServiceContext &ctx_;
};

} // namespace regie::services
