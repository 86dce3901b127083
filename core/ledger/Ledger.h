#pragma once
// Double-entry ledger in integer cents, modelled on TigerBeetle's accounts and transfers.
//
// Accounts per inwoner:
//   bank        the money on the beheerrekening (debit-normal; may never go below zero)
//   algemeen    the part not set aside (credit-normal; may never go below zero)
//   reservering one per reservering (credit-normal; may never go below zero)
// Every transfer debits one account and credits another, so for each inwoner
//   bank.debits - bank.credits == sum over algemeen and reserveringen of (credits - debits)
// holds after every transaction (checkInvariants verifies it; every transfer asserts it).
//
// Two-phase transfers: a pending transfer (a hold) reserves the amount; exactly one later
// transfer posts or voids it. Transfers are immutable: a correction is a new transfer.
// Every call must run inside the caller's open WriteTransaction; idempotency keys make a
// retried call return the original transfer instead of moving money twice.

#include "money/Money.h"
#include "storage/Database.h"

#include <QtCore/QDateTime>
#include <QtCore/QString>

#include <functional>

#include <optional>

namespace regie::ledger {

enum class AccountSoort { Bank, Algemeen, Reservering };
QString toCode(AccountSoort soort);

struct Balance {
    Money debitsPosted, creditsPosted, debitsPending, creditsPending;
    // For credit-normal accounts (algemeen, reservering): what is there, and what is free.
    Money postedCredit() const { return Money::fromCents(creditsPosted.cents() - debitsPosted.cents()); }
    Money availableCredit() const { return Money::fromCents(postedCredit().cents() - debitsPending.cents()); }
    Money pendingDebits() const { return debitsPending; }
    // For the debit-normal bank account.
    Money postedDebit() const { return Money::fromCents(debitsPosted.cents() - creditsPosted.cents()); }
};

enum class TransferKind { Single, Pending, PostPending, VoidPending };

enum class Error {
    None,
    InvalidAmount,        // zero, negative or out of range
    SameAccount,
    AccountNotFound,
    ExceedsBalance,       // the debit account would go below zero
    PendingNotFound,
    PendingAlreadyResolved,
    IdempotencyConflict,  // the key was used before for a different transfer
    Storage
};

struct TransferRequest {
    QString idempotencyKey;
    qint64 debitAccountId = 0;
    qint64 creditAccountId = 0;
    Money amount;
    QString code;          // stable code: "opname", "reservering_storting", "vaste_last", ...
    QString omschrijving;  // no personal data
    std::optional<qint64> verzoekId;
};

struct TransferResult {
    qint64 transferId = 0;
    bool replayed = false; // the idempotency key was seen before with the same content
    Error error = Error::None;
    QString message;
    bool ok() const { return error == Error::None; }
};

class Ledger {
public:
    explicit Ledger(storage::Database &database, std::function<QDateTime()> clock = {});

    std::optional<qint64> createAccount(std::optional<qint64> inwonerId, AccountSoort soort,
                                        std::optional<qint64> reserveringId, QString *error);
    std::optional<qint64> accountForReservering(qint64 reserveringId);
    std::optional<qint64> accountFor(qint64 inwonerId, AccountSoort soort);
    std::optional<Balance> balance(qint64 accountId);

    TransferResult transfer(const TransferRequest &request);        // posted at once
    TransferResult createPending(const TransferRequest &request);   // a hold
    TransferResult postPending(const QString &idempotencyKey, qint64 pendingTransferId);
    TransferResult voidPending(const QString &idempotencyKey, qint64 pendingTransferId);

    // bank == algemeen + reserveringen for posted and for pending amounts, and no account
    // below zero. Returns false with a description (no personal data) when broken. Every
    // transfer asserts this for its inwoner before it returns (REGIE_ASSERT, also in release
    // builds): a broken ledger stops the process instead of paying a wrong euro.
    bool checkInvariants(qint64 inwonerId, QString *problem);

private:
    struct AccountRow;
    enum class Controle { Klopt, Kapot, Onleesbaar };
    Controle controleer(qint64 inwonerId, QString *problem);
    std::optional<TransferResult> checkAfter(qint64 inwonerId, std::optional<qint64> pendingId);
    TransferResult apply(const TransferRequest &request, TransferKind kind,
                         std::optional<qint64> pendingId);
    std::optional<AccountRow> lockAccount(qint64 accountId);
    TransferResult resolvePending(const QString &idempotencyKey, qint64 pendingTransferId,
                                  TransferKind kind);
    std::optional<TransferResult> replay(const TransferRequest &request, TransferKind kind,
                                         std::optional<qint64> pendingId);

    storage::Database &database_;
    std::function<QDateTime()> clock_;
};

QString errorText(Error error); // for staff and logs; inwoner texts come from the workflow

} // namespace regie::ledger
