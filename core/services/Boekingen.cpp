#include "services/Boekingen.h"

#include "audit/AuditActions.h"
#include "ledger/Ledger.h"
#include "services/Support.h"
#include "services/UnitOfWork.h"

namespace regie::services {

using storage::Sql;

namespace {

bool compleet(const BankTransactie &t)
{
    return !t.bedrag.isZero() && t.bedrag.inRange() && !t.externId.isEmpty() && t.datum.isValid();
}

// The statement line itself; false when (inwoner, bron, externId) was booked before.
std::optional<bool> schrijfRegel(Change &c, qint64 inwonerId, const BankTransactie &t, QString *error)
{
    Sql insert(c.db(), QStringLiteral(
        "INSERT INTO transacties (inwoner_id, datum, bedrag_cents, omschrijving, tegenpartij, categorie,"
        " reservering_id, bron, extern_id, created_at) VALUES (:i, :d, :b, :o, :t, :c, :r, :bron, :x, :at)"
        " ON CONFLICT (inwoner_id, bron, extern_id) DO NOTHING"));
    insert.bind(QStringLiteral(":i"), inwonerId)
        .bind(QStringLiteral(":d"), storage::toDbDate(t.datum))
        .bind(QStringLiteral(":b"), t.bedrag.cents())
        .bind(QStringLiteral(":o"), t.omschrijving)
        .bind(QStringLiteral(":t"), t.tegenpartij)
        .bind(QStringLiteral(":c"), t.categorie)
        .bind(QStringLiteral(":r"), storage::nullable(t.reserveringId))
        .bind(QStringLiteral(":bron"), t.bron)
        .bind(QStringLiteral(":x"), t.externId)
        .bind(QStringLiteral(":at"), storage::toDbTime(c.now()));
    if (!insert.exec()) {
        *error = insert.error();
        return std::nullopt;
    }
    return insert.numRowsAffected() == 1;
}

// Money in is debited to the bank and credited to the side (algemeen or the reservering);
// money out the other way round.
ledger::TransferRequest boeking(qint64 inwonerId, const BankTransactie &t, qint64 bank, qint64 kant)
{
    ledger::TransferRequest request;
    request.idempotencyKey = QStringLiteral("tx:%1:%2:%3").arg(inwonerId).arg(t.bron, t.externId);
    request.amount = t.bedrag.abs();
    request.code = t.bedrag.isPositive() ? QStringLiteral("bank_bij") : QStringLiteral("bank_af");
    request.omschrijving = t.categorie;
    request.debitAccountId = t.bedrag.isPositive() ? bank : kant;
    request.creditAccountId = t.bedrag.isPositive() ? kant : bank;
    return request;
}

struct Rekeningen {
    qint64 bank = 0, algemeen = 0;
};

Result<Rekeningen> rekeningenVan(ledger::Ledger &ledger, qint64 inwonerId)
{
    const auto bank = ledger.accountFor(inwonerId, ledger::AccountSoort::Bank);
    const auto algemeen = ledger.accountFor(inwonerId, ledger::AccountSoort::Algemeen);
    if (!bank || !algemeen)
        return storageFailure<Rekeningen>(QStringLiteral("ledger accounts missing"));
    return Result<Rekeningen>::success(Rekeningen{*bank, *algemeen});
}

Result<BoekResultaat> boekAlles(Change &c, qint64 inwonerId, const QList<BankTransactie> &transacties)
{
    ledger::Ledger ledger(c.db(), c.ctx().clock);
    const auto rekeningen = rekeningenVan(ledger, inwonerId);
    if (!rekeningen.ok())
        return Result<BoekResultaat>::from(rekeningen);
    BoekResultaat result;
    for (const BankTransactie &t : transacties) {
        qint64 kant = rekeningen.value->algemeen;
        if (t.reserveringId) {
            const auto account = ledger.accountForReservering(*t.reserveringId);
            if (!account || inwonerIdForReservering(c.ctx(), *t.reserveringId) != inwonerId)
                return invalid<BoekResultaat>(QStringLiteral("reservering"),
                                              QStringLiteral("Reservering hoort niet bij deze inwoner."));
            kant = *account;
        }
        QString error;
        const auto nieuw = schrijfRegel(c, inwonerId, t, &error);
        if (!nieuw)
            return storageFailure<BoekResultaat>(error);
        if (!*nieuw) {
            ++result.alBekend;
            continue;
        }
        const auto transfer = ledger.transfer(boeking(inwonerId, t, rekeningen.value->bank, kant));
        if (!transfer.ok())
            return Result<BoekResultaat>::failure(ErrorCode::Conflict,
                                                  QStringLiteral("Transactie %1 kan niet worden geboekt: %2")
                                                      .arg(t.externId, transfer.message));
        ++result.geboekt;
    }
    return Result<BoekResultaat>::success(result);
}

// One allocation inside the change: from the unallocated part into the reservering. Returns
// whether money moved now (false on a replayed key).
Result<bool> stort(Change &c, ledger::Ledger &ledger, qint64 inwonerId, const Boekingen::Storting &s)
{
    const auto algemeen = ledger.accountFor(inwonerId, ledger::AccountSoort::Algemeen);
    const auto reservering = ledger.accountForReservering(s.reserveringId);
    if (!algemeen || !reservering || inwonerIdForReservering(c.ctx(), s.reserveringId) != inwonerId)
        return notFound<bool>();
    ledger::TransferRequest request;
    request.idempotencyKey = QStringLiteral("storting:") + s.idempotencyKey;
    request.debitAccountId = *algemeen;
    request.creditAccountId = *reservering;
    request.amount = s.bedrag;
    request.code = QStringLiteral("reservering_storting");
    request.omschrijving = QStringLiteral("budgetplan");
    const auto transfer = ledger.transfer(request);
    if (!transfer.ok())
        return Result<bool>::failure(ErrorCode::Conflict, transfer.message);
    return Result<bool>::success(!transfer.replayed);
}

} // namespace

Boekingen::Boekingen(ServiceContext &context) : ctx_(context) {}

Result<BoekResultaat> Boekingen::boekTransacties(const Actor &actor, qint64 inwonerId,
                                                 const QList<BankTransactie> &transacties)
{
    if (!magInrichten(actor))
        return forbidden<BoekResultaat>();
    if (transacties.size() > kMaxBatch)
        return invalid<BoekResultaat>(QStringLiteral("transacties"), QStringLiteral("Te veel transacties in één keer."));
    for (const BankTransactie &t : transacties) {
        if (!compleet(t))
            return invalid<BoekResultaat>(QStringLiteral("transacties"), QStringLiteral("Een transactie is niet compleet."));
    }
    return UnitOfWork(ctx_).run<BoekResultaat>(actor, [&](Change &c) -> Result<BoekResultaat> {
        const QString subject = inwonerPseudonym(ctx_, inwonerId);
        if (subject.isEmpty())
            return notFound<BoekResultaat>();
        const auto result = boekAlles(c, inwonerId, transacties);
        // A re-import that adds nothing changes nothing, so it leaves no event either.
        if (!result.ok() || result.value->geboekt == 0)
            return result;
        Sql touch(c.db(), QStringLiteral("UPDATE inwoners SET saldo_bijgewerkt_at = :at WHERE id = :i"));
        touch.bind(QStringLiteral(":at"), storage::toDbTime(c.now())).bind(QStringLiteral(":i"), inwonerId);
        if (!touch.exec())
            return storageFailure<BoekResultaat>(touch.error());
        c.audit(audit::actions::TransactiesGeboekt, subject, QStringLiteral("beheerrekening"), subject,
                QJsonObject{{QStringLiteral("geboekt"), result.value->geboekt},
                            {QStringLiteral("al_bekend"), result.value->alBekend}});
        c.publish({QStringLiteral("saldo.gewijzigd"), inwonerId, std::nullopt, {}});
        return result;
    });
}

Result<bool> Boekingen::stortInReservering(const Actor &actor, qint64 reserveringId, Money bedrag,
                                           const QString &idempotencyKey)
{
    const auto inwonerId = inwonerIdForReservering(ctx_, reserveringId);
    if (!inwonerId)
        return notFound<bool>();
    const auto result = stortInReserveringen(actor, *inwonerId, {Storting{reserveringId, bedrag, idempotencyKey}});
    if (!result.ok())
        return Result<bool>::from(result);
    return Result<bool>::success(true);
}

Result<int> Boekingen::stortInReserveringen(const Actor &actor, qint64 inwonerId, const QList<Storting> &stortingen)
{
    if (!magInrichten(actor))
        return forbidden<int>();
    if (stortingen.size() > kMaxBatch)
        return invalid<int>(QStringLiteral("stortingen"), QStringLiteral("Te veel stortingen in één keer."));
    for (const Storting &s : stortingen) {
        if (!s.bedrag.isPositive() || !s.bedrag.inRange() || s.idempotencyKey.isEmpty())
            return invalid<int>(QStringLiteral("bedrag"), QStringLiteral("Bedrag moet positief zijn."));
    }
    return UnitOfWork(ctx_).run<int>(actor, [&](Change &c) -> Result<int> {
        const QString subject = inwonerPseudonym(ctx_, inwonerId);
        if (subject.isEmpty())
            return notFound<int>();
        ledger::Ledger ledger(c.db(), ctx_.clock);
        int moved = 0;
        qint64 totaal = 0;
        for (const Storting &s : stortingen) {
            const auto now = stort(c, ledger, inwonerId, s);
            if (!now.ok())
                return Result<int>::from(now);
            if (*now.value) {
                ++moved;
                totaal += s.bedrag.cents();
            }
        }
        if (moved > 0) {
            c.audit(audit::actions::ReserveringGestort, subject, QStringLiteral("beheerrekening"), subject,
                    QJsonObject{{QStringLiteral("aantal"), moved}, {QStringLiteral("bedrag_cents"), totaal}});
            c.publish({QStringLiteral("saldo.gewijzigd"), inwonerId, std::nullopt, {}});
        }
        return Result<int>::success(moved);
    });
}

} // namespace regie::services
