#include "services/Koppelingen.h"

#include "audit/AuditActions.h"
#include "ledger/Ledger.h"
#include "outbox/Outbox.h"
#include "services/Support.h"
#include "services/UnitOfWork.h"

#include <QtCore/QJsonDocument>

namespace regie::services {

using storage::Sql;

namespace {

const QString kSyncStatusKey = QStringLiteral("koppelingen.allegro.sync");
// Audit codes of the bank files; not yet in AuditActions.h (well-formed codes are accepted).
const QString kBankbestandActie = QStringLiteral("bankbestand.verwerkt");
const QString kOutboxOpnieuw = QStringLiteral("outbox.opnieuw");

bool isSysteem(const Actor &actor) { return actor.role == Role::Systeem; }
bool isBeheer(const Actor &actor) { return actor.role == Role::Systeem || actor.role == Role::Beheerder; }

struct VerzoekRef {
    qint64 id = 0;
    qint64 inwonerId = 0;
    QString zaakUrl;
};

std::optional<VerzoekRef> verzoek(storage::Database &db, const QString &publicId)
{
    Sql q(db, QStringLiteral("SELECT id, inwoner_id, zaak_url FROM verzoeken WHERE public_id = :p"));
    q.bind(QStringLiteral(":p"), publicId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return VerzoekRef{q.int64(0), q.int64(1), q.text(2)};
}

// Marks the message sent; a message another dispatcher already marked counts as done.
bool markOutboxSent(Change &c, qint64 outboxId, QString *error)
{
    if (outboxId <= 0 || outbox::markSent(c.db(), outboxId, c.now()))
        return true;
    Sql q(c.db(), QStringLiteral("SELECT status FROM outbox WHERE id = :id"));
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
std::optional<bool> insertReferentie(Change &c, qint64 verzoekId, const QString &systeem,
                                     const QString &referentie, const QString &externId, QString *error)
{
    Sql q(c.db(), QStringLiteral("INSERT INTO extern_referenties (verzoek_id, systeem, referentie, extern_id, created_at)"
                                 " VALUES (:v, :s, :r, :x, :at) ON CONFLICT (verzoek_id, systeem) DO NOTHING"));
    q.bind(QStringLiteral(":v"), verzoekId)
        .bind(QStringLiteral(":s"), systeem)
        .bind(QStringLiteral(":r"), referentie)
        .bind(QStringLiteral(":x"), externId)
        .bind(QStringLiteral(":at"), storage::toDbTime(c.now()));
    if (!q.exec()) {
        *error = q.error();
        return std::nullopt;
    }
    return q.numRowsAffected() == 1;
}

} // namespace

Koppelingen::Koppelingen(ServiceContext &context) : ctx_(context) {}

namespace {

// What an outside system did with a request, recorded in one change: the verzoek read inside
// the change, an optional write of the verzoek itself (the zaak URL), the external reference
// (its first insert decides "new"), the outbox row marked sent, the audit event only when new,
// and the realtime event for a step the inwoner sees.
struct Levering {
    QString systeem, referentie, externId;
    QLatin1String auditAction;
    QJsonObject auditDetails;
    bool publiceer = false;
    QString zaakUrl; // set: store it on the verzoek when it has none yet
};

bool zetZaakUrl(Change &c, qint64 verzoekId, const QString &zaakUrl, QString *error)
{
    Sql set(c.db(), QStringLiteral("UPDATE verzoeken SET zaak_url = :u WHERE id = :id AND (zaak_url IS NULL OR zaak_url = '')"));
    set.bind(QStringLiteral(":u"), zaakUrl).bind(QStringLiteral(":id"), verzoekId);
    if (!set.exec()) {
        *error = set.error();
        return false;
    }
    return true;
}

Result<bool> legLeveringVast(ServiceContext &ctx, const Actor &actor, const QString &verzoekPublicId, qint64 outboxId,
                             const Levering &l)
{
    return UnitOfWork(ctx).run<bool>(actor, [&](Change &c) -> Result<bool> {
        const auto v = verzoek(c.db(), verzoekPublicId);
        if (!v)
            return notFound<bool>();
        QString error;
        if (!l.zaakUrl.isEmpty() && !zetZaakUrl(c, v->id, l.zaakUrl, &error))
            return storageFailure<bool>(error);
        const auto isNew = insertReferentie(c, v->id, l.systeem, l.referentie, l.externId, &error);
        if (!isNew || !markOutboxSent(c, outboxId, &error))
            return storageFailure<bool>(error);
        if (*isNew)
            c.audit(l.auditAction, inwonerPseudonym(ctx, v->inwonerId), QStringLiteral("verzoek"), verzoekPublicId,
                    l.auditDetails);
        if (l.publiceer)
            c.publish({QStringLiteral("verzoek.gewijzigd"), v->inwonerId, std::nullopt, verzoekPublicId});
        return Result<bool>::success(*isNew);
    });
}

} // namespace

Result<bool> Koppelingen::betaalopdrachtVerwerkt(const Actor &actor, const QString &verzoekPublicId,
                                                 const QString &referentie, const QString &allegroOrderId,
                                                 qint64 outboxId)
{
    if (!isSysteem(actor))
        return forbidden<bool>();
    return legLeveringVast(ctx_, actor, verzoekPublicId, outboxId,
                           {systemen::kAllegroBetaalopdracht, referentie, allegroOrderId,
                            audit::actions::BetaalopdrachtAangemaakt,
                            QJsonObject{{QStringLiteral("systeem"), QStringLiteral("allegro")}}, true, {}});
}

Result<bool> Koppelingen::berichtVerstuurd(const Actor &actor, const QString &verzoekPublicId, const QString &referentie,
                                           const QString &berichtCode, qint64 outboxId)
{
    if (!isSysteem(actor))
        return forbidden<bool>();
    return legLeveringVast(ctx_, actor, verzoekPublicId, outboxId,
                           {systemen::kAllegroBericht, referentie, berichtCode, audit::actions::BerichtVerstuurd,
                            QJsonObject{{QStringLiteral("systeem"), QStringLiteral("allegro")}}, false, {}});
}

Result<bool> Koppelingen::zaakAangemaakt(const Actor &actor, const QString &verzoekPublicId, const QString &zaakUrl,
                                         qint64 outboxId)
{
    if (!isSysteem(actor))
        return forbidden<bool>();
    if (zaakUrl.isEmpty() || zaakUrl.size() > 1000)
        return Result<bool>::failure(ErrorCode::Invalid, QStringLiteral("zaak url missing or too long"));
    return legLeveringVast(ctx_, actor, verzoekPublicId, outboxId,
                           {systemen::kZgwZaak, zaakUrl, QString(), audit::actions::ZaakAangemaakt,
                            QJsonObject{{QStringLiteral("systeem"), QStringLiteral("zgw")}}, true, zaakUrl});
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
    return legLeveringVast(ctx_, actor, verzoekPublicId, outboxId,
                           {systemen::kZgwZaak + QStringLiteral(".resultaat"), zaakUrl, resultaat,
                            audit::actions::ZaakBijgewerkt,
                            QJsonObject{{QStringLiteral("systeem"), QStringLiteral("zgw")},
                                        {QStringLiteral("resultaat"), resultaat}},
                            false, zaakUrl});
}

Result<QList<ExterneReferentie>> Koppelingen::referenties(const Actor &actor, const QString &verzoekPublicId)
{
    const auto v = verzoek(ctx_.db, verzoekPublicId);
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

namespace {

// Active inwoners with an Allegro relatiecode, not anonymised; `extra` narrows them further.
QString syncInwonersSql(const QString &extra)
{
    return QStringLiteral("SELECT i.id, i.allegro_relatiecode, s.vanaf FROM inwoners i"
                          " LEFT JOIN koppeling_sync s ON s.inwoner_id = i.id"
                          " WHERE i.status = 'actief' AND i.allegro_relatiecode IS NOT NULL"
                          " AND i.allegro_relatiecode <> '' AND i.geanonimiseerd_at IS NULL")
        + extra + QStringLiteral(" ORDER BY i.id LIMIT :n");
}

Result<QList<SyncInwoner>> readSyncInwoners(Sql &q)
{
    if (!q.exec())
        return storageFailure<QList<SyncInwoner>>(q.error());
    QList<SyncInwoner> out;
    while (q.next())
        out.append({q.int64(0), q.text(1), q.isNull(2) ? QDateTime() : storage::fromDbTime(q.text(2))});
    return Result<QList<SyncInwoner>>::success(out);
}

} // namespace

Result<QList<SyncInwoner>> Koppelingen::teSynchroniseren(const Actor &actor, int limit)
{
    if (!isSysteem(actor))
        return forbidden<QList<SyncInwoner>>();
    Sql q(ctx_.db, syncInwonersSql(QString()));
    q.bind(QStringLiteral(":n"), qBound(1, limit, 1000000));
    return readSyncInwoners(q);
}

Result<QList<SyncInwoner>> Koppelingen::metOpenPagina(const Actor &actor, const QDateTime &now, int limit)
{
    if (!isSysteem(actor))
        return forbidden<QList<SyncInwoner>>();
    Sql q(ctx_.db, syncInwonersSql(QStringLiteral(" AND i.id IN (SELECT inwoner_id FROM realtime_aanwezig WHERE tot >= :t)")));
    q.bind(QStringLiteral(":t"), storage::toDbTime(now)).bind(QStringLiteral(":n"), qBound(1, limit, 100000));
    return readSyncInwoners(q);
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
        " WHERE r.inwoner_id = :i AND r.actief = 1 AND r.allegro_nummer IS NOT NULL AND r.allegro_nummer <> ''"
        " ORDER BY r.id"));
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
    return UnitOfWork(ctx_).run<bool>(actor, [&](Change &c) -> Result<bool> {
        const auto inwonerId = inwonerIdForReservering(ctx_, reserveringId);
        if (!inwonerId)
            return notFound<bool>();
        ledger::Ledger ledger(c.db(), ctx_.clock);
        const auto reservering = ledger.accountForReservering(reserveringId);
        const auto algemeen = ledger.accountFor(*inwonerId, ledger::AccountSoort::Algemeen);
        if (!reservering || !algemeen)
            return storageFailure<bool>(QStringLiteral("ledger accounts missing"));
        const bool erbij = verschil.isPositive();
        const auto transfer = ledger.transfer(ledger::TransferRequest{
            QStringLiteral("allegro-correctie:") + key, erbij ? *algemeen : *reservering,
            erbij ? *reservering : *algemeen, verschil.abs(), QStringLiteral("allegro_correctie"),
            QStringLiteral("saldo gelijkgetrokken met Allegro"), std::nullopt});
        if (!transfer.ok())
            return Result<bool>::failure(ErrorCode::Conflict, QStringLiteral("correctie niet geboekt: ") + transfer.message);
        if (transfer.replayed)
            return Result<bool>::success(false);
        c.audit(audit::actions::AllegroGesynchroniseerd, inwonerPseudonym(ctx_, *inwonerId),
                QStringLiteral("reservering"), QString::number(reserveringId),
                QJsonObject{{QStringLiteral("correctie_cents"), verschil.cents()},
                            {QStringLiteral("transfer"), transfer.transferId}});
        c.publish({QStringLiteral("saldo.gewijzigd"), *inwonerId, std::nullopt, {}});
        return Result<bool>::success(true);
    });
}

Result<bool> Koppelingen::markeerGesynchroniseerd(const Actor &actor, qint64 inwonerId, const QDateTime &at,
                                                  const QDateTime &vanaf)
{
    if (!isSysteem(actor))
        return forbidden<bool>();
    // Bookkeeping of the sync itself; the changes it made carry their own audit events.
    return UnitOfWork(ctx_).run<bool>(actor, [&](Change &c) -> Result<bool> {
        Sql touch(c.db(), QStringLiteral("UPDATE inwoners SET saldo_bijgewerkt_at = :at WHERE id = :i"));
        touch.bind(QStringLiteral(":at"), storage::toDbTime(at)).bind(QStringLiteral(":i"), inwonerId);
        if (!touch.exec())
            return storageFailure<bool>(touch.error());
        if (touch.numRowsAffected() != 1)
            return notFound<bool>();
        Sql state(c.db(), QStringLiteral("INSERT INTO koppeling_sync (inwoner_id, vanaf, laatste_succes_at)"
                                         " VALUES (:i, :v, :at) ON CONFLICT (inwoner_id) DO UPDATE SET"
                                         " vanaf = excluded.vanaf, laatste_succes_at = excluded.laatste_succes_at,"
                                         " laatste_fout = NULL"));
        state.bind(QStringLiteral(":i"), inwonerId)
            .bind(QStringLiteral(":v"), storage::toDbTime(vanaf))
            .bind(QStringLiteral(":at"), storage::toDbTime(at));
        if (!state.exec())
            return storageFailure<bool>(state.error());
        return Result<bool>::success(true);
    });
}

Result<bool> Koppelingen::zetSyncStatus(const Actor &actor, const QJsonObject &status)
{
    if (!isSysteem(actor))
        return forbidden<bool>();
    return UnitOfWork(ctx_).run<bool>(actor, [&](Change &c) -> Result<bool> {
        Sql q(c.db(), QStringLiteral("INSERT INTO settings (key, value) VALUES (:k, :v)"
                                     " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
        q.bind(QStringLiteral(":k"), kSyncStatusKey)
            .bind(QStringLiteral(":v"), QString::fromUtf8(QJsonDocument(status).toJson(QJsonDocument::Compact)));
        if (!q.exec())
            return storageFailure<bool>(q.error());
        return Result<bool>::success(true);
    });
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
    return UnitOfWork(ctx_).run<bool>(actor, [&](Change &c) -> Result<bool> {
        if (!outbox::retryNow(c.db(), outboxId, c.now()))
            return Result<bool>::failure(ErrorCode::Conflict, QStringLiteral("Dit bericht staat niet op mislukt."));
        c.audit(kOutboxOpnieuw, QString(), QStringLiteral("outbox"), QString::number(outboxId));
        return Result<bool>::success(true);
    });
}

Result<bool> Koppelingen::legBankbestandVast(const Actor &actor, const QString &soort, std::optional<qint64> inwonerId,
                                             const QJsonObject &details)
{
    if (!isBeheer(actor))
        return forbidden<bool>();
    QJsonObject all = details;
    all.insert(QStringLiteral("soort"), soort);
    return UnitOfWork(ctx_).record(actor, kBankbestandActie, inwonerId ? inwonerPseudonym(ctx_, *inwonerId) : QString(),
                                   QStringLiteral("bankbestand"), soort, all);
}

} // namespace regie::services
