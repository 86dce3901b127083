#include "ledger/Ledger.h"

#include "base/Assert.h"

#include <QtCore/QLoggingCategory>

Q_LOGGING_CATEGORY(lcLedger, "regie.ledger")

namespace regie::ledger {

using storage::Sql;

namespace {

QString kindCode(TransferKind kind)
{
    switch (kind) {
    case TransferKind::Single:
        return QStringLiteral("single");
    case TransferKind::Pending:
        return QStringLiteral("pending");
    case TransferKind::PostPending:
        return QStringLiteral("post_pending");
    case TransferKind::VoidPending:
        return QStringLiteral("void_pending");
    }
    return {};
}

TransferResult failure(Error error, const QString &message = {})
{
    TransferResult result;
    result.error = error;
    result.message = message.isEmpty() ? errorText(error) : message;
    return result;
}

} // namespace

struct Ledger::AccountRow {
    qint64 id = 0;
    qint64 inwonerId = 0; // 0: an account of no inwoner
    qint64 debitsPosted = 0, creditsPosted = 0, debitsPending = 0, creditsPending = 0;
    bool debitsMustNotExceedCredits = false;
    bool creditsMustNotExceedDebits = false;

    // The limits the schema's CHECK constraints hold too: asserted on the way into storage
    // (before the UPDATE) and on the way out (after the SELECT), so a broken row is caught
    // by whichever side sees it first.
    bool withinLimits() const
    {
        return debitsPosted >= 0 && creditsPosted >= 0 && debitsPending >= 0 && creditsPending >= 0
               && (!debitsMustNotExceedCredits || debitsPosted + debitsPending <= creditsPosted)
               && (!creditsMustNotExceedDebits || creditsPosted + creditsPending <= debitsPosted);
    }
};

QString toCode(AccountSoort soort)
{
    switch (soort) {
    case AccountSoort::Bank:
        return QStringLiteral("bank");
    case AccountSoort::Algemeen:
        return QStringLiteral("algemeen");
    case AccountSoort::Reservering:
        return QStringLiteral("reservering");
    }
    return {};
}

QString errorText(Error error)
{
    switch (error) {
    case Error::None:
        return {};
    case Error::InvalidAmount:
        return QStringLiteral("amount must be positive and within range");
    case Error::SameAccount:
        return QStringLiteral("debit and credit account are the same");
    case Error::AccountNotFound:
        return QStringLiteral("account not found");
    case Error::ExceedsBalance:
        return QStringLiteral("the debit account does not hold enough");
    case Error::PendingNotFound:
        return QStringLiteral("pending transfer not found");
    case Error::PendingAlreadyResolved:
        return QStringLiteral("pending transfer was already posted or voided");
    case Error::IdempotencyConflict:
        return QStringLiteral("idempotency key was used for a different transfer");
    case Error::Storage:
        return QStringLiteral("storage error");
    }
    return {};
}

Ledger::Ledger(storage::Database &database, std::function<QDateTime()> clock)
    : database_(database), clock_(std::move(clock))
{
    if (!clock_)
        clock_ = [] { return QDateTime::currentDateTimeUtc(); };
}

std::optional<qint64> Ledger::createAccount(std::optional<qint64> inwonerId, AccountSoort soort,
                                            std::optional<qint64> reserveringId, QString *error)
{
    REGIE_ASSERT((soort == AccountSoort::Reservering) == reserveringId.has_value());
    Sql insert(database_, QStringLiteral(
        "INSERT INTO ledger_accounts (inwoner_id, soort, reservering_id,"
        " debits_must_not_exceed_credits, credits_must_not_exceed_debits)"
        " VALUES (:inwoner, :soort, :reservering, :dnec, :cned) RETURNING id"));
    insert.bind(QStringLiteral(":inwoner"), storage::nullable(inwonerId))
        .bind(QStringLiteral(":soort"), toCode(soort))
        .bind(QStringLiteral(":reservering"), storage::nullable(reserveringId))
        .bind(QStringLiteral(":dnec"), soort == AccountSoort::Bank ? 0 : 1)
        .bind(QStringLiteral(":cned"), soort == AccountSoort::Bank ? 1 : 0);
    if (!insert.exec() || !insert.next()) {
        if (error)
            *error = insert.error();
        return std::nullopt;
    }
    return insert.int64(0);
}

std::optional<qint64> Ledger::accountForReservering(qint64 reserveringId)
{
    Sql q(database_, QStringLiteral("SELECT id FROM ledger_accounts WHERE reservering_id = :r"));
    q.bind(QStringLiteral(":r"), reserveringId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return q.int64(0);
}

std::optional<qint64> Ledger::accountFor(qint64 inwonerId, AccountSoort soort)
{
    REGIE_ASSERT(soort != AccountSoort::Reservering);
    Sql q(database_, QStringLiteral("SELECT id FROM ledger_accounts WHERE inwoner_id = :i AND soort = :s"));
    q.bind(QStringLiteral(":i"), inwonerId).bind(QStringLiteral(":s"), toCode(soort));
    if (!q.exec() || !q.next())
        return std::nullopt;
    return q.int64(0);
}

std::optional<Ledger::AccountRow> Ledger::lockAccount(qint64 accountId)
{
    Sql q(database_, QStringLiteral(
        "SELECT id, debits_posted_cents, credits_posted_cents, debits_pending_cents,"
        " credits_pending_cents, debits_must_not_exceed_credits, credits_must_not_exceed_debits, inwoner_id"
        " FROM ledger_accounts WHERE id = :id") + database_.lockClause());
    q.bind(QStringLiteral(":id"), accountId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    AccountRow row;
    row.id = q.int64(0);
    row.debitsPosted = q.int64(1);
    row.creditsPosted = q.int64(2);
    row.debitsPending = q.int64(3);
    row.creditsPending = q.int64(4);
    row.debitsMustNotExceedCredits = q.int64(5) != 0;
    row.creditsMustNotExceedDebits = q.int64(6) != 0;
    row.inwonerId = q.isNull(7) ? 0 : q.int64(7);
    REGIE_ASSERT(row.withinLimits());
    return row;
}

std::optional<Balance> Ledger::balance(qint64 accountId)
{
    const auto row = lockAccount(accountId);
    if (!row)
        return std::nullopt;
    return Balance{Money::fromCents(row->debitsPosted), Money::fromCents(row->creditsPosted),
                   Money::fromCents(row->debitsPending), Money::fromCents(row->creditsPending)};
}

std::optional<TransferResult> Ledger::replay(const TransferRequest &request, TransferKind kind,
                                             std::optional<qint64> pendingId)
{
    Sql q(database_, QStringLiteral(
        "SELECT id, debit_account_id, credit_account_id, amount_cents, kind, pending_id"
        " FROM ledger_transfers WHERE idempotency_key = :k"));
    q.bind(QStringLiteral(":k"), request.idempotencyKey);
    if (!q.exec())
        return failure(Error::Storage, q.error());
    if (!q.next())
        return std::nullopt;
    const bool same = q.int64(1) == request.debitAccountId && q.int64(2) == request.creditAccountId
                      && q.int64(3) == request.amount.cents() && q.text(4) == kindCode(kind)
                      && (q.isNull(5) ? !pendingId.has_value() : pendingId == q.int64(5));
    if (!same)
        return failure(Error::IdempotencyConflict);
    TransferResult result;
    result.transferId = q.int64(0);
    result.replayed = true;
    return result;
}

TransferResult Ledger::transfer(const TransferRequest &request)
{
    return apply(request, TransferKind::Single, std::nullopt);
}

TransferResult Ledger::createPending(const TransferRequest &request)
{
    return apply(request, TransferKind::Pending, std::nullopt);
}

TransferResult Ledger::postPending(const QString &idempotencyKey, qint64 pendingTransferId)
{
    return resolvePending(idempotencyKey, pendingTransferId, TransferKind::PostPending);
}

TransferResult Ledger::voidPending(const QString &idempotencyKey, qint64 pendingTransferId)
{
    return resolvePending(idempotencyKey, pendingTransferId, TransferKind::VoidPending);
}

TransferResult Ledger::resolvePending(const QString &idempotencyKey, qint64 pendingTransferId,
                                      TransferKind kind)
{
    Sql pending(database_, QStringLiteral(
        "SELECT debit_account_id, credit_account_id, amount_cents, kind, code, verzoek_id"
        " FROM ledger_transfers WHERE id = :id"));
    pending.bind(QStringLiteral(":id"), pendingTransferId);
    if (!pending.exec())
        return failure(Error::Storage, pending.error());
    if (!pending.next() || pending.text(3) != kindCode(TransferKind::Pending))
        return failure(Error::PendingNotFound);
    REGIE_ASSERT(pending.int64(2) > 0 && pending.int64(2) <= Money::kMaxAbsCents); // as apply() wrote it
    TransferRequest request;
    request.idempotencyKey = idempotencyKey;
    request.debitAccountId = pending.int64(0);
    request.creditAccountId = pending.int64(1);
    request.amount = Money::fromCents(pending.int64(2));
    request.code = pending.text(4);
    request.omschrijving = kind == TransferKind::PostPending ? QStringLiteral("hold posted")
                                                             : QStringLiteral("hold voided");
    if (!pending.isNull(5))
        request.verzoekId = pending.int64(5);
    return apply(request, kind, pendingTransferId);
}

TransferResult Ledger::apply(const TransferRequest &request, TransferKind kind,
                             std::optional<qint64> pendingId)
{
    REGIE_ASSERT(!request.idempotencyKey.isEmpty());
    if (!request.amount.isPositive() || !request.amount.inRange())
        return failure(Error::InvalidAmount);
    if (request.debitAccountId == request.creditAccountId)
        return failure(Error::SameAccount);
    if (auto replayed = replay(request, kind, pendingId))
        return *replayed;

    if (pendingId) {
        Sql resolved(database_, QStringLiteral("SELECT id FROM ledger_transfers WHERE pending_id = :p"));
        resolved.bind(QStringLiteral(":p"), *pendingId);
        if (!resolved.exec())
            return failure(Error::Storage, resolved.error());
        if (resolved.next())
            return failure(Error::PendingAlreadyResolved);
    }

    auto debit = lockAccount(request.debitAccountId);
    auto credit = lockAccount(request.creditAccountId);
    if (!debit || !credit)
        return failure(Error::AccountNotFound);
    // Money never moves between two inwoners: the caller chose the accounts, so a mix-up is a
    // programmer error, and it would break both inwoners' balance equation.
    REGIE_ASSERT(debit->inwonerId == credit->inwonerId);
    const qint64 amount = request.amount.cents();

    // New balances per kind. A pending transfer moves amounts into *_pending; posting it
    // moves them from pending to posted; voiding releases them.
    AccountRow d = *debit;
    AccountRow c = *credit;
    switch (kind) {
    case TransferKind::Single:
        d.debitsPosted += amount;
        c.creditsPosted += amount;
        break;
    case TransferKind::Pending:
        d.debitsPending += amount;
        c.creditsPending += amount;
        break;
    case TransferKind::PostPending:
        d.debitsPending -= amount;
        c.creditsPending -= amount;
        d.debitsPosted += amount;
        c.creditsPosted += amount;
        break;
    case TransferKind::VoidPending:
        d.debitsPending -= amount;
        c.creditsPending -= amount;
        break;
    }
    REGIE_ASSERT(d.debitsPending >= 0 && c.creditsPending >= 0); // a resolved hold existed in full
    const bool debitOverdrawn = d.debitsMustNotExceedCredits && d.debitsPosted + d.debitsPending > d.creditsPosted;
    const bool creditOverdrawn = c.creditsMustNotExceedDebits && c.creditsPosted + c.creditsPending > c.debitsPosted;
    if (kind != TransferKind::VoidPending && (debitOverdrawn || creditOverdrawn))
        return failure(Error::ExceedsBalance);
    if (d.debitsPosted > Money::kMaxAbsCents || c.creditsPosted > Money::kMaxAbsCents)
        return failure(Error::InvalidAmount, QStringLiteral("account total out of range"));
    REGIE_ASSERT(d.withinLimits() && c.withinLimits()); // releasing a hold never overdraws

    Sql insert(database_, QStringLiteral(
        "INSERT INTO ledger_transfers (idempotency_key, debit_account_id, credit_account_id,"
        " amount_cents, kind, pending_id, code, omschrijving, verzoek_id, created_at)"
        " VALUES (:k, :d, :c, :a, :kind, :p, :code, :oms, :v, :t) RETURNING id"));
    insert.bind(QStringLiteral(":k"), request.idempotencyKey)
        .bind(QStringLiteral(":d"), request.debitAccountId)
        .bind(QStringLiteral(":c"), request.creditAccountId)
        .bind(QStringLiteral(":a"), amount)
        .bind(QStringLiteral(":kind"), kindCode(kind))
        .bind(QStringLiteral(":p"), storage::nullable(pendingId))
        .bind(QStringLiteral(":code"), request.code)
        .bind(QStringLiteral(":oms"), request.omschrijving)
        .bind(QStringLiteral(":v"), storage::nullable(request.verzoekId))
        .bind(QStringLiteral(":t"), storage::toDbTime(clock_()));
    if (!insert.exec() || !insert.next())
        return failure(Error::Storage, insert.error());
    const qint64 transferId = insert.int64(0);

    for (const AccountRow *row : {&d, &c}) {
        // The CHECK constraints on ledger_accounts assert the same limits again in the
        // database: a bug here fails the transaction instead of overdrawing.
        Sql update(database_, QStringLiteral(
            "UPDATE ledger_accounts SET debits_posted_cents = :dp, credits_posted_cents = :cp,"
            " debits_pending_cents = :dq, credits_pending_cents = :cq WHERE id = :id"));
        update.bind(QStringLiteral(":dp"), row->debitsPosted)
            .bind(QStringLiteral(":cp"), row->creditsPosted)
            .bind(QStringLiteral(":dq"), row->debitsPending)
            .bind(QStringLiteral(":cq"), row->creditsPending)
            .bind(QStringLiteral(":id"), row->id);
        if (!update.exec() || update.numRowsAffected() != 1)
            return failure(Error::Storage, update.error());
    }
    if (auto broken = checkAfter(d.inwonerId, pendingId))
        return *broken;
    TransferResult result;
    result.transferId = transferId;
    return result;
}

// Read back after every transfer: the inwoner's balance equation and limits hold, and a hold
// this transfer resolved is now resolved exactly once. A failed read is an operating error;
// a broken invariant is not.
std::optional<TransferResult> Ledger::checkAfter(qint64 inwonerId, std::optional<qint64> pendingId)
{
    QString problem;
    const Controle controle = controleer(inwonerId, &problem);
    if (controle == Controle::Onleesbaar)
        return failure(Error::Storage, problem);
    REGIE_ASSERT(controle == Controle::Klopt);
    if (!pendingId)
        return std::nullopt;
    Sql resolutions(database_, QStringLiteral("SELECT COUNT(*) FROM ledger_transfers WHERE pending_id = :p"));
    resolutions.bind(QStringLiteral(":p"), *pendingId);
    if (!resolutions.exec() || !resolutions.next())
        return failure(Error::Storage, resolutions.error());
    REGIE_ASSERT(resolutions.int64(0) == 1);
    return std::nullopt;
}

bool Ledger::checkInvariants(qint64 inwonerId, QString *problem)
{
    QString found;
    const bool holds = controleer(inwonerId, &found) == Controle::Klopt;
    if (!holds && problem)
        *problem = found;
    return holds;
}

Ledger::Controle Ledger::controleer(qint64 inwonerId, QString *problem)
{
    Sql q(database_, QStringLiteral(
        "SELECT soort, debits_posted_cents, credits_posted_cents, debits_pending_cents,"
        " credits_pending_cents FROM ledger_accounts WHERE inwoner_id = :i"));
    q.bind(QStringLiteral(":i"), inwonerId);
    if (!q.exec()) {
        *problem = q.error();
        return Controle::Onleesbaar;
    }
    qint64 bankPosted = 0, bankPending = 0, liabilityPosted = 0, liabilityPending = 0;
    while (q.next()) {
        const qint64 dp = q.int64(1), cp = q.int64(2), dq = q.int64(3), cq = q.int64(4);
        if (q.text(0) == QLatin1String("bank")) {
            bankPosted += dp - cp;
            bankPending += cq;
            if (dp - cp - cq < 0) {
                *problem = QStringLiteral("bank account below zero");
                return Controle::Kapot;
            }
        } else {
            liabilityPosted += cp - dp;
            liabilityPending += dq;
            if (cp - dp - dq < 0) {
                *problem = QStringLiteral("%1 account below zero").arg(q.text(0));
                return Controle::Kapot;
            }
        }
    }
    if (bankPosted != liabilityPosted || bankPending != liabilityPending) {
        *problem = QStringLiteral("bank (%1/%2) does not equal algemeen + reserveringen (%3/%4)")
                       .arg(bankPosted).arg(bankPending).arg(liabilityPosted).arg(liabilityPending);
        return Controle::Kapot;
    }
    return Controle::Klopt;
}

} // namespace regie::ledger
