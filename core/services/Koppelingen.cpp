#include "services/Koppelingen.h"

#include "audit/AuditActions.h"
#include "ledger/Ledger.h"
#include "outbox/Outbox.h"
#include "services/Support.h"

#include <QtCore/QJsonDocument>

namespace regie::services {

using storage::Sql;
using storage::WriteTransaction;

namespace {

const QString kSyncStatusKey = QStringLiteral("koppelingen.allegro.sync");
// Audit codes of the bank files; not yet in AuditActions.h (well-formed codes are accepted).
const QString kBankbestandActie = QStringLiteral("bankbestand.verwerkt");
const QString kOutboxOpnieuw = QStringLiteral("outbox.opnieuw");

bool isSysteem(const Actor &actor) { return actor.role == Role::Systeem; }
bool isBeheer(const Actor &actor) { return actor.role == Role::Systeem || actor.role == Role::Beheerder; }

template <typename T>
Result<T> forbidden()
{
    return Result<T>::failure(ErrorCode::Forbidden, QStringLiteral("Geen toegang."));
}

struct VerzoekRef {
    qint64 id = 0;
    qint64 inwonerId = 0;
    QString zaakUrl;
};

std::optional<VerzoekRef> verzoek(ServiceContext &ctx, const QString &publicId)
{
    Sql q(ctx.db, QStringLiteral("SELECT id, inwoner_id, zaak_url FROM verzoeken WHERE public_id = :p"));
    q.bind(QStringLiteral(":p"), publicId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return VerzoekRef{q.int64(0), q.int64(1), q.text(2)};
}

// Marks the message sent; a message another dispatcher already marked counts as done.
bool markSentInTx(ServiceContext &ctx, qint64 outboxId, QString *error)
{
    if (outboxId <= 0 || outbox::markSent(ctx.db, outboxId, ctx.now()))
        return true;
    Sql q(ctx.db, QStringLiteral("SELECT status FROM outbox WHERE id = :id"));
    q.bind(QStringLiteral(":id"), outboxId);
    if (q.exec() && q.next() && q.text(0) == QLatin1String("verzonden"))
        return true;
    *error = QStringLiteral("outbox message %1 could not be marked sent").arg(outboxId);
    return false;
}

// External references (order numbers, zaak URLs with UUIDs) stay out of the audit details:
// digit groups in them can look like a BSN to the audit guard, and they live in
// extern_referenties anyway, next to the verzoek the event names.

// Inserts the reference once; returns whether it is new (so the audit event is written once).
std::optional<bool> insertReferentie(ServiceContext &ctx, qint64 verzoekId, const QString &systeem,
                                     const QString &referentie, const QString &externId, QString *error)
{
    Sql q(ctx.db, QStringLiteral("INSERT INTO extern_referenties (verzoek_id, systeem, referentie, extern_id, created_at)"
                                 " VALUES (:v, :s, :r, :x, :at) ON CONFLICT (verzoek_id, systeem) DO NOTHING"));
    q.bind(QStringLiteral(":v"), verzoekId)
        .bind(QStringLiteral(":s"), systeem)
        .bind(QStringLiteral(":r"), referentie)
        .bind(QStringLiteral(":x"), externId)
        .bind(QStringLiteral(":at"), storage::toDbTime(ctx.now()));
    if (!q.exec()) {
        *error = q.error();
        return std::nullopt;
    }
    return q.numRowsAffected() == 1;
}

} // namespace

Koppelingen::Koppelingen(ServiceContext &context) : ctx_(context) {}

namespace {

// The common tail of recording what an outside system did with a request: the external
// reference (its first insert decides "new"), the outbox row marked sent, an audit event
// only when new, the commit, and optionally the realtime event, all in the caller's
// transaction `tx`.
struct Levering {
    QString systeem, referentie, externId;
    QLatin1String auditAction;
    QJsonObject auditDetails;
    bool publiceer = false;
};

Result<bool> legLeveringVast(ServiceContext &ctx, WriteTransaction &tx, const Actor &actor, const VerzoekRef &v,
                             const QString &verzoekPublicId, qint64 outboxId, const Levering &l)
{
    QString error;
    const auto isNew = insertReferentie(ctx, v.id, l.systeem, l.referentie, l.externId, &error);
    if (!isNew || !markSentInTx(ctx, outboxId, &error))
        return storageFailure<bool>(error);
    if (*isNew
        && !auditInTx(ctx, actor, l.auditAction, inwonerPseudonym(ctx, v.inwonerId), QStringLiteral("verzoek"),
                      verzoekPublicId, l.auditDetails, &error))
        return storageFailure<bool>(error);
    if (!tx.commit())
        return storageFailure<bool>(tx.error());
    if (l.publiceer)
        ctx.emitEvents({DomainEvent{QStringLiteral("verzoek.gewijzigd"), v.inwonerId, std::nullopt, verzoekPublicId}});
    return Result<bool>::success(*isNew);
}

} // namespace

Result<bool> Koppelingen::betaalopdrachtVerwerkt(const Actor &actor, const QString &verzoekPublicId,
                                                 const QString &referentie, const QString &allegroOrderId,
                                                 qint64 outboxId)
{
    if (!isSysteem(actor))
        return forbidden<bool>();
    WriteTransaction tx(ctx_.db);
    if (!tx.isOpen())
        return storageFailure<bool>(tx.error());
    const auto v = verzoek(ctx_, verzoekPublicId);
    if (!v)
        return notFound<bool>();
    return legLeveringVast(ctx_, tx, actor, *v, verzoekPublicId, outboxId,
                           {systemen::kAllegroBetaalopdracht, referentie, allegroOrderId,
                            audit::actions::BetaalopdrachtAangemaakt,
                            QJsonObject{{QStringLiteral("systeem"), QStringLiteral("allegro")}}, true});
}

Result<bool> Koppelingen::berichtVerstuurd(const Actor &actor, const QString &verzoekPublicId, const QString &referentie,
                                           const QString &berichtCode, qint64 outboxId)
{
    if (!isSysteem(actor))
        return forbidden<bool>();
    WriteTransaction tx(ctx_.db);
    if (!tx.isOpen())
        return storageFailure<bool>(tx.error());
    const auto v = verzoek(ctx_, verzoekPublicId);
    if (!v)
        return notFound<bool>();
    return legLeveringVast(ctx_, tx, actor, *v, verzoekPublicId, outboxId,
                           {systemen::kAllegroBericht, referentie, berichtCode, audit::actions::BerichtVerstuurd,
                            QJsonObject{{QStringLiteral("systeem"), QStringLiteral("allegro")}}, false});
}

Result<bool> Koppelingen::zaakAangemaakt(const Actor &actor, const QString &verzoekPublicId, const QString &zaakUrl,
                                         qint64 outboxId)
{
    if (!isSysteem(actor))
        return forbidden<bool>();
    if (zaakUrl.isEmpty() || zaakUrl.size() > 1000)
        return Result<bool>::failure(ErrorCode::Invalid, QStringLiteral("zaak url missing or too long"));
    WriteTransaction tx(ctx_.db);
    if (!tx.isOpen())
        return storageFailure<bool>(tx.error());
    const auto v = verzoek(ctx_, verzoekPublicId);
    if (!v)
        return notFound<bool>();
    Sql set(ctx_.db, QStringLiteral("UPDATE verzoeken SET zaak_url = :u WHERE id = :id AND (zaak_url IS NULL OR zaak_url = '')"));
    set.bind(QStringLiteral(":u"), zaakUrl).bind(QStringLiteral(":id"), v->id);
    if (!set.exec())
        return storageFailure<bool>(set.error());
    return legLeveringVast(ctx_, tx, actor, *v, verzoekPublicId, outboxId,
                           {systemen::kZgwZaak, zaakUrl, QString(), audit::actions::ZaakAangemaakt,
                            QJsonObject{{QStringLiteral("systeem"), QStringLiteral("zgw")}}, true});
}

Result<bool> Koppelingen::zaakAfgerond(const Actor &actor, const QString &verzoekPublicId, const QString &zaakUrl,
                                       const QString &resultaat, qint64 outboxId)
{
    if (!isSysteem(actor))
        return forbidden<bool>();
    static const QStringList kResultaten{QStringLiteral("toegekend"), QStringLiteral("geweigerd"),
                                         QStringLiteral("ingetrokken"), QStringLiteral("verlopen")};
    if (!kResultaten.contains(resultaat) || zaakUrl.isEmpty() || zaakUrl.size() > 1000)
        return Result<bool>::failure(ErrorCode::Invalid, QStringLiteral("unknown resultaat or zaak url"));
    WriteTransaction tx(ctx_.db);
    if (!tx.isOpen())
        return storageFailure<bool>(tx.error());
    const auto v = verzoek(ctx_, verzoekPublicId);
    if (!v)
        return notFound<bool>();
    Sql set(ctx_.db, QStringLiteral("UPDATE verzoeken SET zaak_url = :u WHERE id = :id AND (zaak_url IS NULL OR zaak_url = '')"));
    set.bind(QStringLiteral(":u"), zaakUrl).bind(QStringLiteral(":id"), v->id);
    if (!set.exec())
        return storageFailure<bool>(set.error());
    return legLeveringVast(ctx_, tx, actor, *v, verzoekPublicId, outboxId,
                           {systemen::kZgwZaak + QStringLiteral(".resultaat"), zaakUrl, resultaat,
                            audit::actions::ZaakBijgewerkt,
                            QJsonObject{{QStringLiteral("systeem"), QStringLiteral("zgw")},
                                        {QStringLiteral("resultaat"), resultaat}},
                            false});
}

Result<QList<ExterneReferentie>> Koppelingen::referenties(const Actor &actor, const QString &verzoekPublicId)
{
    const auto v = verzoek(ctx_, verzoekPublicId);
    if (!v || !checkAccess(ctx_, actor, auth::Action::LeesDossier, v->inwonerId, audit::actions::VerzoekBekeken,
                           QStringLiteral("verzoek"), verzoekPublicId))
        return notFound<QList<ExterneReferentie>>();
    Sql q(ctx_.db, QStringLiteral("SELECT systeem, referentie, extern_id, created_at FROM extern_referenties"
                                  " WHERE verzoek_id = :v ORDER BY id"));
    q.bind(QStringLiteral(":v"), v->id);
    if (!q.exec())
        return storageFailure<QList<ExterneReferentie>>(q.error());
    QList<ExterneReferentie> out;
    while (q.next())
        out.append({q.text(0), q.text(1), q.text(2), storage::fromDbTime(q.text(3))});
    return Result<QList<ExterneReferentie>>::success(out);
}

// ---- Allegro sync ------------------------------------------------------------------

Result<QList<SyncInwoner>> Koppelingen::teSynchroniseren(const Actor &actor, int limit)
{
    if (!isSysteem(actor))
        return forbidden<QList<SyncInwoner>>();
    Sql q(ctx_.db, QStringLiteral("SELECT i.id, i.allegro_relatiecode, s.vanaf FROM inwoners i"
                                  " LEFT JOIN koppeling_sync s ON s.inwoner_id = i.id"
                                  " WHERE i.status = 'actief' AND i.allegro_relatiecode IS NOT NULL"
                                  " AND i.allegro_relatiecode <> '' AND i.geanonimiseerd_at IS NULL"
                                  " ORDER BY i.id LIMIT :n"));
    q.bind(QStringLiteral(":n"), qBound(1, limit, 1000000));
    if (!q.exec())
        return storageFailure<QList<SyncInwoner>>(q.error());
    QList<SyncInwoner> out;
    while (q.next())
        out.append({q.int64(0), q.text(1), q.isNull(2) ? QDateTime() : storage::fromDbTime(q.text(2))});
    return Result<QList<SyncInwoner>>::success(out);
}

Result<QList<SyncReservering>> Koppelingen::reserveringenVoorSync(const Actor &actor, qint64 inwonerId)
{
    if (!isSysteem(actor))
        return forbidden<QList<SyncReservering>>();
    // A payout whose Allegro order is not recorded yet makes the two balances differ for a
    // while; such a reservering is reconciled only after the order is confirmed.
    Sql q(ctx_.db, QStringLiteral(
        "SELECT r.id, r.allegro_nummer, a.credits_posted_cents - a.debits_posted_cents,"
        " EXISTS (SELECT 1 FROM verzoeken v WHERE v.reservering_id = r.id AND v.status = 'uitgevoerd'"
        "   AND NOT EXISTS (SELECT 1 FROM extern_referenties e WHERE e.verzoek_id = v.id"
        "                   AND e.systeem = 'allegro.betaalopdracht'))"
        " FROM reserveringen r JOIN ledger_accounts a ON a.reservering_id = r.id"
        " WHERE r.inwoner_id = :i AND r.allegro_nummer IS NOT NULL AND r.allegro_nummer <> '' ORDER BY r.id"));
    q.bind(QStringLiteral(":i"), inwonerId);
    if (!q.exec())
        return storageFailure<QList<SyncReservering>>(q.error());
    QList<SyncReservering> out;
    while (q.next())
        out.append({q.int64(0), q.text(1), Money::fromCents(q.int64(2)), q.int64(3) != 0});
    return Result<QList<SyncReservering>>::success(out);
}

Result<QSet<QString>> Koppelingen::bekendeExternIds(const Actor &actor, qint64 inwonerId, const QString &bron,
                                                    const QStringList &candidates)
{
    if (!isBeheer(actor))
        return forbidden<QSet<QString>>();
    QSet<QString> out;
    constexpr qsizetype kChunk = 200; // bounded IN lists
    for (qsizetype start = 0; start < candidates.size(); start += kChunk) {
        const QStringList part = candidates.mid(start, kChunk);
        QStringList marks;
        for (qsizetype i = 0; i < part.size(); ++i)
            marks.append(QStringLiteral(":x%1").arg(i));
        Sql q(ctx_.db, QStringLiteral("SELECT extern_id FROM transacties WHERE inwoner_id = :i AND bron = :b"
                                      " AND extern_id IN (") + marks.join(u',') + u')');
        q.bind(QStringLiteral(":i"), inwonerId).bind(QStringLiteral(":b"), bron);
        for (qsizetype i = 0; i < part.size(); ++i)
            q.bind(marks.at(i), part.at(i));
        if (!q.exec())
            return storageFailure<QSet<QString>>(q.error());
        while (q.next())
            out.insert(q.text(0));
    }
    return Result<QSet<QString>>::success(out);
}

Result<QHash<QString, LeningStand>> Koppelingen::leningen(const Actor &actor, qint64 inwonerId)
{
    if (!isSysteem(actor))
        return forbidden<QHash<QString, LeningStand>>();
    Sql q(ctx_.db, QStringLiteral("SELECT omschrijving, openstaand_cents, maandtermijn_cents, achterstand_cents,"
                                  " resterende_looptijd_maanden FROM leningen WHERE inwoner_id = :i LIMIT 100"));
    q.bind(QStringLiteral(":i"), inwonerId);
    if (!q.exec())
        return storageFailure<QHash<QString, LeningStand>>(q.error());
    QHash<QString, LeningStand> out;
    while (q.next())
        out.insert(q.text(0), LeningStand{Money::fromCents(q.int64(1)), Money::fromCents(q.int64(2)),
                                          Money::fromCents(q.int64(3)), static_cast<int>(q.int64(4))});
    return Result<QHash<QString, LeningStand>>::success(out);
}

Result<bool> Koppelingen::corrigeerReservering(const Actor &actor, qint64 reserveringId, Money verschil,
                                               const QString &key)
{
    if (!isSysteem(actor))
        return forbidden<bool>();
    if (verschil.isZero() || !verschil.inRange() || key.isEmpty())
        return Result<bool>::failure(ErrorCode::Invalid, QStringLiteral("correction without amount or key"));
    WriteTransaction tx(ctx_.db);
    if (!tx.isOpen())
        return storageFailure<bool>(tx.error());
    const auto inwonerId = inwonerIdForReservering(ctx_, reserveringId);
    if (!inwonerId)
        return notFound<bool>();
    ledger::Ledger ledger(ctx_.db, ctx_.clock);
    const auto reservering = ledger.accountForReservering(reserveringId);
    const auto algemeen = ledger.accountFor(*inwonerId, ledger::AccountSoort::Algemeen);
    if (!reservering || !algemeen)
        return storageFailure<bool>(QStringLiteral("ledger accounts missing"));
    const bool erbij = verschil.isPositive();
    const auto transfer = ledger.transfer(ledger::TransferRequest{
        QStringLiteral("allegro-correctie:") + key, erbij ? *algemeen : *reservering, erbij ? *reservering : *algemeen,
        verschil.abs(), QStringLiteral("allegro_correctie"), QStringLiteral("saldo gelijkgetrokken met Allegro"),
        std::nullopt});
    if (!transfer.ok())
        return Result<bool>::failure(ErrorCode::Conflict, QStringLiteral("correctie niet geboekt: ") + transfer.message);
    QString error;
    if (!transfer.replayed
        && !auditInTx(ctx_, actor, audit::actions::AllegroGesynchroniseerd, inwonerPseudonym(ctx_, *inwonerId),
                      QStringLiteral("reservering"), QString::number(reserveringId),
                      QJsonObject{{QStringLiteral("correctie_cents"), verschil.cents()},
                                  {QStringLiteral("transfer"), transfer.transferId}},
                      &error))
        return storageFailure<bool>(error);
    if (!tx.commit())
        return storageFailure<bool>(tx.error());
    if (!transfer.replayed)
        ctx_.emitEvents({DomainEvent{QStringLiteral("saldo.gewijzigd"), *inwonerId, std::nullopt, {}}});
    return Result<bool>::success(!transfer.replayed);
}

Result<bool> Koppelingen::markeerGesynchroniseerd(const Actor &actor, qint64 inwonerId, const QDateTime &at,
                                                  const QDateTime &vanaf)
{
    if (!isSysteem(actor))
        return forbidden<bool>();
    // Bookkeeping of the sync itself; the changes it made carry their own audit events.
    WriteTransaction tx(ctx_.db);
    if (!tx.isOpen())
        return storageFailure<bool>(tx.error());
    Sql touch(ctx_.db, QStringLiteral("UPDATE inwoners SET saldo_bijgewerkt_at = :at WHERE id = :i"));
    touch.bind(QStringLiteral(":at"), storage::toDbTime(at)).bind(QStringLiteral(":i"), inwonerId);
    Sql state(ctx_.db, QStringLiteral("INSERT INTO koppeling_sync (inwoner_id, vanaf, laatste_succes_at) VALUES (:i, :v, :at)"
                                      " ON CONFLICT (inwoner_id) DO UPDATE SET vanaf = excluded.vanaf,"
                                      " laatste_succes_at = excluded.laatste_succes_at, laatste_fout = NULL"));
    state.bind(QStringLiteral(":i"), inwonerId)
        .bind(QStringLiteral(":v"), storage::toDbTime(vanaf))
        .bind(QStringLiteral(":at"), storage::toDbTime(at));
    if (!touch.exec())
        return storageFailure<bool>(touch.error());
    if (touch.numRowsAffected() != 1)
        return notFound<bool>();
    if (!state.exec() || !tx.commit())
        return storageFailure<bool>(state.error().isEmpty() ? tx.error() : state.error());
    return Result<bool>::success(true);
}

Result<bool> Koppelingen::zetSyncStatus(const Actor &actor, const QJsonObject &status)
{
    if (!isSysteem(actor))
        return forbidden<bool>();
    WriteTransaction tx(ctx_.db);
    if (!tx.isOpen())
        return storageFailure<bool>(tx.error());
    Sql q(ctx_.db, QStringLiteral("INSERT INTO settings (key, value) VALUES (:k, :v)"
                                  " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.bind(QStringLiteral(":k"), kSyncStatusKey)
        .bind(QStringLiteral(":v"), QString::fromUtf8(QJsonDocument(status).toJson(QJsonDocument::Compact)));
    if (!q.exec() || !tx.commit())
        return storageFailure<bool>(q.error().isEmpty() ? tx.error() : q.error());
    return Result<bool>::success(true);
}

// Anyone who sees figures may know how current they are; the status holds no personal data.
Result<QJsonObject> Koppelingen::syncStatus(const Actor &)
{
    Sql q(ctx_.db, QStringLiteral("SELECT value FROM settings WHERE key = :k"));
    q.bind(QStringLiteral(":k"), kSyncStatusKey);
    if (!q.exec())
        return storageFailure<QJsonObject>(q.error());
    if (!q.next())
        return Result<QJsonObject>::success(QJsonObject());
    return Result<QJsonObject>::success(QJsonDocument::fromJson(q.text(0).toUtf8()).object());
}

// ---- Beheerder ---------------------------------------------------------------------

Result<bool> Koppelingen::opnieuwVersturen(const Actor &actor, qint64 outboxId)
{
    if (!isBeheer(actor))
        return forbidden<bool>();
    WriteTransaction tx(ctx_.db);
    if (!tx.isOpen())
        return storageFailure<bool>(tx.error());
    if (!outbox::retryNow(ctx_.db, outboxId, ctx_.now()))
        return Result<bool>::failure(ErrorCode::Conflict, QStringLiteral("Dit bericht staat niet op mislukt."));
    QString error;
    if (!auditInTx(ctx_, actor, kOutboxOpnieuw, QString(), QStringLiteral("outbox"), QString::number(outboxId), {},
                   &error)
        || !tx.commit())
        return storageFailure<bool>(error.isEmpty() ? tx.error() : error);
    return Result<bool>::success(true);
}

Result<bool> Koppelingen::legBankbestandVast(const Actor &actor, const QString &soort, std::optional<qint64> inwonerId,
                                             const QJsonObject &details)
{
    if (!isBeheer(actor))
        return forbidden<bool>();
    WriteTransaction tx(ctx_.db);
    if (!tx.isOpen())
        return storageFailure<bool>(tx.error());
    QJsonObject all = details;
    all.insert(QStringLiteral("soort"), soort);
    QString error;
    if (!auditInTx(ctx_, actor, kBankbestandActie, inwonerId ? inwonerPseudonym(ctx_, *inwonerId) : QString(),
                   QStringLiteral("bankbestand"), soort, all, &error)
        || !tx.commit())
        return storageFailure<bool>(error.isEmpty() ? tx.error() : error);
    return Result<bool>::success(true);
}

} // namespace regie::services
