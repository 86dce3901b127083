#include "services/Opnames.h"

#include "audit/AuditActions.h"
#include "calendar/WerkdagKalender.h"
#include "ledger/Ledger.h"
#include "outbox/Outbox.h"
#include "rules/AmsterdamTijd.h"
#include "rules/RuleEngine.h"
#include "services/Afspraken.h"
#include "services/Besluiten.h"
#include "services/Mailmeldingen.h"
#include "services/Support.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonDocument>
#include <QtCore/QTimeZone>

namespace regie::services {

using storage::Sql;
using storage::WriteTransaction;

namespace {

QString tr(const char *text) { return QCoreApplication::translate("Opnames", text); }

constexpr int kMaxToelichting = 500;
constexpr int kMaxExtraToelichting = 1000;

struct Row {
    qint64 id = 0;
    QString publicId;
    qint64 inwonerId = 0, reserveringId = 0, eigenRekeningId = 0;
    Money bedrag;
    VerzoekStatus status = VerzoekStatus::Concept;
    std::optional<qint64> holdTransferId;
    bool vierOgen = false;
    QString reserveringNaam;
};

const QString kRowSelect = QStringLiteral(
    "SELECT v.id, v.public_id, v.inwoner_id, v.reservering_id, v.eigen_rekening_id, v.bedrag_cents, v.status,"
    " v.hold_transfer_id, v.vier_ogen, r.naam AS reservering_naam"
    " FROM verzoeken v JOIN reserveringen r ON r.id = v.reservering_id WHERE v.public_id = :p");

std::optional<Row> loadRow(ServiceContext &ctx, const QString &publicId, bool forUpdate)
{
    Sql q(ctx.db, kRowSelect + (forUpdate ? ctx.db.lockClause(QStringLiteral("v")) : QString()));
    q.bind(QStringLiteral(":p"), publicId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Row r;
    r.id = q.int64(0);
    r.publicId = q.text(1);
    r.inwonerId = q.int64(2);
    r.reserveringId = q.int64(3);
    r.eigenRekeningId = q.int64(4);
    r.bedrag = Money::fromCents(q.int64(5));
    r.status = verzoekStatusFromCode(q.text(6)).value_or(VerzoekStatus::Concept);
    if (!q.isNull(7))
        r.holdTransferId = q.int64(7);
    r.vierOgen = q.int64(8) != 0;
    r.reserveringNaam = q.text(9);
    return r;
}

QString decryptIban(ServiceContext &ctx, const QByteArray &cipher, const char *column)
{
    const auto plain = ctx.cipher.decrypt(cipher, QByteArray(column));
    return plain ? QString::fromUtf8(*plain) : QString();
}

struct Evaluatie {
    rules::Afspraak afspraak;
    rules::Context context;
    rules::Verzoek verzoek;
};

// Gathers everything evaluate() needs from the database; pure evaluation follows.
std::optional<Evaluatie> gather(ServiceContext &ctx, qint64 inwonerId, qint64 reserveringId, Money bedrag,
                                qint64 eigenRekeningId, qint64 excludeVerzoekId)
{
    Sql res(ctx.db, QStringLiteral("SELECT soort, actief FROM reserveringen WHERE id = :r AND inwoner_id = :i"));
    res.bind(QStringLiteral(":r"), reserveringId).bind(QStringLiteral(":i"), inwonerId);
    if (!res.exec() || !res.next())
        return std::nullopt;
    Evaluatie e;
    e.afspraak = geldendeAfspraak(ctx, inwonerId, reserveringId);
    e.context.nu = ctx.now();
    e.context.reserveringId = reserveringId;
    e.context.soort = reserveringSoortFromCode(res.text(0)) == ReserveringSoort::Gebonden
                          ? rules::ReserveringSoort::Gebonden
                          : rules::ReserveringSoort::VrijBesteedbaar;
    e.context.reserveringActief = res.int64(1) != 0;

    ledger::Ledger ledger(ctx.db, ctx.clock);
    const auto account = ledger.accountForReservering(reserveringId);
    const auto balance = account ? ledger.balance(*account) : std::nullopt;
    if (!balance)
        return std::nullopt;
    e.context.beschikbaar = balance->availableCredit();

    Sql earlier(ctx.db, QStringLiteral(
        "SELECT verstuurd_at, bedrag_cents FROM verzoeken WHERE reservering_id = :r AND id <> :self"
        " AND status IN ('uitgevoerd', 'wacht_op_akkoord', 'wacht_op_tweede_akkoord') AND verstuurd_at >= :since"
        " ORDER BY verstuurd_at LIMIT 1000"));
    earlier.bind(QStringLiteral(":r"), reserveringId)
        .bind(QStringLiteral(":self"), excludeVerzoekId)
        .bind(QStringLiteral(":since"), storage::toDbTime(rules::vensterBegin(ctx.now())));
    if (!earlier.exec())
        return std::nullopt;
    while (earlier.next())
        e.context.eerdereOpnames.append(
            rules::EerdereOpname{storage::fromDbTime(earlier.text(0)), Money::fromCents(earlier.int64(1))});

    Sql own(ctx.db, QStringLiteral("SELECT id, iban_enc, geverifieerd FROM eigen_rekeningen WHERE inwoner_id = :i"));
    own.bind(QStringLiteral(":i"), inwonerId);
    if (!own.exec())
        return std::nullopt;
    while (own.next()) {
        const QString iban = decryptIban(ctx, own.value(1).toByteArray(), "eigen_rekeningen.iban");
        if (own.int64(2) != 0 && !iban.isEmpty())
            e.context.eigenIbans.append(iban);
        if (own.int64(0) == eigenRekeningId)
            e.verzoek.doelIban = iban;
    }
    if (e.verzoek.doelIban.isEmpty())
        return std::nullopt;
    e.verzoek.reserveringId = reserveringId;
    e.verzoek.bedrag = bedrag;
    if (e.afspraak.scope != rules::Scope::Reservering)
        e.afspraak.reserveringId.reset();
    return e;
}

std::optional<rules::Beoordeling> evaluateFor(const Evaluatie &e)
{
    const auto result = rules::evaluate(e.afspraak, e.verzoek, e.context);
    return result.beoordeling;
}

bool notify(ServiceContext &ctx, std::optional<qint64> userId, std::optional<qint64> inwonerId, const QString &soort,
            const QString &titel, const QString &tekst, qint64 verzoekId)
{
    Sql q(ctx.db, QStringLiteral("INSERT INTO meldingen (user_id, inwoner_id, soort, titel, tekst, verzoek_id, created_at)"
                                 " VALUES (:u, :i, :s, :t, :x, :v, :at)"));
    q.bind(QStringLiteral(":u"), storage::nullable(userId))
        .bind(QStringLiteral(":i"), storage::nullable(inwonerId))
        .bind(QStringLiteral(":s"), soort)
        .bind(QStringLiteral(":t"), titel)
        .bind(QStringLiteral(":x"), tekst)
        .bind(QStringLiteral(":v"), verzoekId)
        .bind(QStringLiteral(":at"), storage::toDbTime(ctx.now()));
    return q.exec();
}

QList<qint64> caseloadMedewerkers(ServiceContext &ctx, qint64 inwonerId)
{
    QList<qint64> out;
    Sql q(ctx.db, QStringLiteral("SELECT c.medewerker_id FROM caseload c JOIN users u ON u.id = c.medewerker_id"
                                 " WHERE c.inwoner_id = :i AND u.active = 1"));
    q.bind(QStringLiteral(":i"), inwonerId);
    if (q.exec()) {
        while (q.next())
            out.append(q.int64(0));
    }
    return out;
}

Money vierOgenGrens(ServiceContext &ctx, qint64 inwonerId)
{
    Sql q(ctx.db, QStringLiteral("SELECT t.vier_ogen_grens_cents FROM teams t JOIN inwoners i ON i.team_id = t.id"
                                 " WHERE i.id = :i"));
    q.bind(QStringLiteral(":i"), inwonerId);
    if (!q.exec() || !q.next())
        return Money::zero();
    return Money::fromCents(q.int64(0));
}

bool setStatus(ServiceContext &ctx, const Row &row, VerzoekStatus from, VerzoekStatus to, const QString &extraSet,
               const QList<std::pair<QString, QVariant>> &binds)
{
    Sql q(ctx.db, QStringLiteral("UPDATE verzoeken SET status = :to, versie = versie + 1") + extraSet
                      + QStringLiteral(" WHERE id = :id AND status = :from"));
    q.bind(QStringLiteral(":to"), toCode(to)).bind(QStringLiteral(":id"), row.id).bind(QStringLiteral(":from"), toCode(from));
    for (const auto &[name, value] : binds)
        q.bind(name, value);
    // Pair assertion with the read under lock: exactly this row moves, from exactly this state.
    return q.exec() && q.numRowsAffected() == 1;
}

QJsonObject payoutPayload(const Row &row, const QString &relatiecode, const QString &allegroNummer)
{
    return QJsonObject{{QStringLiteral("verzoek"), row.publicId},
                       {QStringLiteral("referentie"), QString(QStringLiteral("REGIE-") + row.publicId)},
                       {QStringLiteral("bedrag_cents"), row.bedrag.cents()},
                       {QStringLiteral("eigen_rekening_id"), row.eigenRekeningId},
                       {QStringLiteral("inwoner_id"), row.inwonerId},
                       {QStringLiteral("relatiecode"), relatiecode},
                       {QStringLiteral("reservering_nummer"), allegroNummer},
                       {QStringLiteral("omschrijving"), QString(QStringLiteral("Opname ") + row.reserveringNaam)}};
}

} // namespace

Opnames::Opnames(ServiceContext &context) : ctx_(context) {}

VrijeRuimte vrijeRuimte(ServiceContext &ctx, qint64 inwonerId, qint64 reserveringId)
{
    Sql own(ctx.db, QStringLiteral("SELECT id FROM eigen_rekeningen WHERE inwoner_id = :i AND geverifieerd = 1"
                                   " ORDER BY id LIMIT 1"));
    own.bind(QStringLiteral(":i"), inwonerId);
    if (!own.exec() || !own.next())
        return {};
    const auto e = gather(ctx, inwonerId, reserveringId, Money::fromCents(1), own.int64(0), 0);
    if (!e)
        return {};
    return VrijeRuimte{rules::maxVrijBedrag(e->afspraak, e->context), rules::uitlegVoorInwoner(e->afspraak)};
}

// ---- Shared steps --------------------------------------------------------------------

namespace {

struct Uitvoering {
    QDate datum;
    QString tekst;
};

Uitvoering bijschrijving(ServiceContext &ctx)
{
    calendar::WerkdagKalender kalender;
    const auto b = kalender.verwachteBijschrijving(ctx.now(), ctx.settings.cutOff, ctx.settings.verwerkingsWerkdagen);
    return Uitvoering{b.datum, b.uitlegB1};
}

// Posts the money out (directly or by posting the hold), queues the payout, notifies.
bool voerUit(ServiceContext &ctx, const Row &row, const Actor &actor, QString *error)
{
    ledger::Ledger ledger(ctx.db, ctx.clock);
    ledger::TransferResult transfer;
    if (row.holdTransferId) {
        transfer = ledger.postPending(QStringLiteral("opname-post:") + row.publicId, *row.holdTransferId);
    } else {
        const auto from = ledger.accountForReservering(row.reserveringId);
        const auto bank = ledger.accountFor(row.inwonerId, ledger::AccountSoort::Bank);
        if (!from || !bank) {
            *error = QStringLiteral("ledger accounts missing");
            return false;
        }
        transfer = ledger.transfer(ledger::TransferRequest{QStringLiteral("opname:") + row.publicId, *from, *bank,
                                                           row.bedrag, QStringLiteral("opname"),
                                                           QStringLiteral("opname naar eigen rekening"), row.id});
    }
    if (!transfer.ok()) {
        *error = transfer.message;
        return false;
    }
    const Uitvoering aankomst = bijschrijving(ctx);
    Sql update(ctx.db, QStringLiteral("UPDATE verzoeken SET uitvoer_transfer_id = :t, verwachte_bijschrijving = :d,"
                                      " afgerond_at = :at WHERE id = :id"));
    update.bind(QStringLiteral(":t"), transfer.transferId)
        .bind(QStringLiteral(":d"), storage::toDbDate(aankomst.datum))
        .bind(QStringLiteral(":at"), storage::toDbTime(ctx.now()))
        .bind(QStringLiteral(":id"), row.id);
    if (!update.exec()) {
        *error = update.error();
        return false;
    }
    Sql ids(ctx.db, QStringLiteral("SELECT i.allegro_relatiecode, r.allegro_nummer FROM inwoners i"
                                   " JOIN reserveringen r ON r.inwoner_id = i.id WHERE r.id = :r"));
    ids.bind(QStringLiteral(":r"), row.reserveringId);
    QString relatie, nummer;
    if (ids.exec() && ids.next()) {
        relatie = ids.text(0);
        nummer = ids.text(1);
    }
    if (!outbox::enqueue(ctx.db, outbox::topics::kAllegroBetaalopdracht, QStringLiteral("betaal:") + row.publicId,
                         payoutPayload(row, relatie, nummer), ctx.now(), error))
        return false;
    const QString tekst = tr("We sturen %1 uit je potje %2 naar je rekening.")
                              .arg(row.bedrag.formatDutch(), row.reserveringNaam)
                          + u' ' + aankomst.tekst;
    if (!notify(ctx, std::nullopt, row.inwonerId, QStringLiteral("verzoek.uitgevoerd"), tr("Je geld is onderweg"),
                tekst, row.id)) {
        *error = QStringLiteral("melding failed");
        return false;
    }
    return auditInTx(ctx, actor, audit::actions::VerzoekUitgevoerd, inwonerPseudonym(ctx, row.inwonerId),
                     QStringLiteral("verzoek"), row.publicId,
                     QJsonObject{{QStringLiteral("bedrag_cents"), row.bedrag.cents()},
                                 {QStringLiteral("transfer"), transfer.transferId}},
                     error);
}

bool voidHold(ServiceContext &ctx, const Row &row, const QString &why, QString *error)
{
    if (!row.holdTransferId)
        return true;
    ledger::Ledger ledger(ctx.db, ctx.clock);
    const auto result = ledger.voidPending(QStringLiteral("opname-void:") + row.publicId, *row.holdTransferId);
    if (!result.ok())
        *error = why + QStringLiteral(": ") + result.message;
    return result.ok();
}

} // namespace

// ---- Inwoner steps -------------------------------------------------------------------

Result<Voorvertoning> Opnames::probeer(const Actor &actor, qint64 reserveringId, Money bedrag)
{
    const auto inwonerId = inwonerIdForReservering(ctx_, reserveringId);
    if (!inwonerId || !checkAccess(ctx_, actor, auth::Action::LeesDossier, *inwonerId, audit::actions::DossierBekeken,
                                   QStringLiteral("reservering"), QString::number(reserveringId)))
        return notFound<Voorvertoning>();
    Sql own(ctx_.db, QStringLiteral("SELECT id FROM eigen_rekeningen WHERE inwoner_id = :i AND geverifieerd = 1"
                                    " ORDER BY id LIMIT 1"));
    own.bind(QStringLiteral(":i"), *inwonerId);
    if (!own.exec() || !own.next())
        return Result<Voorvertoning>::failure(ErrorCode::Conflict, tr("We kennen je eigen rekening nog niet. Bel je medewerker."));
    const auto e = gather(ctx_, *inwonerId, reserveringId, bedrag, own.int64(0), 0);
    if (!e)
        return storageFailure<Voorvertoning>(QStringLiteral("evaluation context"));
    const auto beoordeling = evaluateFor(*e);
    if (!beoordeling)
        return Result<Voorvertoning>::failure(ErrorCode::Invalid, Money::parseErrorText(Money::ParseError::Zero));
    return Result<Voorvertoning>::success(Voorvertoning{*beoordeling, rules::maxVrijBedrag(e->afspraak, e->context),
                                                        e->context.beschikbaar, rules::uitlegVoorInwoner(e->afspraak)});
}

Result<VerzoekView> Opnames::maakConcept(const Actor &actor, const OpnameInvoer &invoer)
{
    QList<FieldError> fields;
    Money bedrag;
    if (invoer.bedrag) {
        bedrag = *invoer.bedrag;
        if (!bedrag.isPositive() || !bedrag.inRange())
            fields.append({QStringLiteral("bedrag"), Money::parseErrorText(Money::ParseError::Zero)});
    } else {
        const auto parsed = Money::parseDutch(invoer.bedragTekst);
        if (parsed.ok())
            bedrag = *parsed.value;
        else
            fields.append({QStringLiteral("bedrag"), Money::parseErrorText(parsed.error)});
    }
    if (invoer.toelichting.size() > kMaxToelichting)
        fields.append({QStringLiteral("toelichting"), tr("Je uitleg is te lang. Gebruik niet meer dan 500 tekens.")});
    if (invoer.idempotencyKey.isEmpty() || invoer.idempotencyKey.size() > 100)
        fields.append({QStringLiteral("formulier"), tr("Er ging iets mis met het formulier. Probeer het opnieuw.")});

    const auto inwonerId = inwonerIdForReservering(ctx_, invoer.reserveringId);
    // Another inwoner's reservering looks exactly like one that does not exist.
    if (!inwonerId || !checkAccess(ctx_, actor, auth::Action::DoeOpname, *inwonerId, audit::actions::VerzoekAangemaakt,
                                   QStringLiteral("reservering"), QString::number(invoer.reserveringId)))
        return notFound<VerzoekView>();
    if (!fields.isEmpty())
        return Result<VerzoekView>::failure(ErrorCode::Invalid, fields.first().message, fields);

    WriteTransaction tx(ctx_.db);
    if (!tx.isOpen())
        return storageFailure<VerzoekView>(tx.error());
    Sql existing(ctx_.db, QStringLiteral("SELECT public_id, inwoner_id FROM verzoeken WHERE idempotency_key = :k"));
    existing.bind(QStringLiteral(":k"), invoer.idempotencyKey);
    if (!existing.exec())
        return storageFailure<VerzoekView>(existing.error());
    if (existing.next()) {
        if (existing.int64(1) != *inwonerId)
            return Result<VerzoekView>::failure(ErrorCode::Conflict, tr("Er ging iets mis met het formulier. Probeer het opnieuw."));
        const QString publicId = existing.text(0);
        tx.rollback();
        return bekijk(actor, publicId); // a double submit shows the same concept
    }
    Sql open(ctx_.db, QStringLiteral("SELECT COUNT(*) FROM verzoeken WHERE inwoner_id = :i"
                                     " AND status IN ('wacht_op_akkoord', 'wacht_op_tweede_akkoord')"));
    open.bind(QStringLiteral(":i"), *inwonerId);
    if (!open.exec() || !open.next())
        return storageFailure<VerzoekView>(open.error());
    if (open.int64(0) >= ctx_.settings.maxOpenVerzoekenPerInwoner)
        return Result<VerzoekView>::failure(ErrorCode::Conflict,
                                            tr("Je hebt al veel verzoeken die wachten. Wacht eerst op je medewerker."));

    qint64 rekeningId = invoer.eigenRekeningId.value_or(0);
    Sql own(ctx_.db, QStringLiteral("SELECT id, iban_eind FROM eigen_rekeningen WHERE inwoner_id = :i"
                                    " AND (id = :r OR (:r = 0 AND geverifieerd = 1)) ORDER BY id LIMIT 1"));
    own.bind(QStringLiteral(":i"), *inwonerId).bind(QStringLiteral(":r"), rekeningId);
    if (!own.exec())
        return storageFailure<VerzoekView>(own.error());
    if (!own.next())
        return Result<VerzoekView>::failure(ErrorCode::Invalid, tr("Kies je eigen rekening."),
                                            {FieldError{QStringLiteral("rekening"), tr("Kies je eigen rekening.")}});
    rekeningId = own.int64(0);

    const auto e = gather(ctx_, *inwonerId, invoer.reserveringId, bedrag, rekeningId, 0);
    const auto beoordeling = e ? evaluateFor(*e) : std::nullopt;
    if (!beoordeling)
        return Result<VerzoekView>::failure(ErrorCode::Invalid, Money::parseErrorText(Money::ParseError::TooLarge),
                                            {FieldError{QStringLiteral("bedrag"), Money::parseErrorText(Money::ParseError::TooLarge)}});
    const QString publicId = newPublicId();
    Sql insert(ctx_.db, QStringLiteral(
        "INSERT INTO verzoeken (public_id, inwoner_id, reservering_id, eigen_rekening_id, bedrag_cents,"
        " toelichting_inwoner, status, uitkomst, beoordeling_json, afspraak_id, idempotency_key, created_at)"
        " VALUES (:p, :i, :r, :e, :b, :t, 'concept', :u, :j, :a, :k, :at)"));
    insert.bind(QStringLiteral(":p"), publicId)
        .bind(QStringLiteral(":i"), *inwonerId)
        .bind(QStringLiteral(":r"), invoer.reserveringId)
        .bind(QStringLiteral(":e"), rekeningId)
        .bind(QStringLiteral(":b"), bedrag.cents())
        .bind(QStringLiteral(":t"), invoer.toelichting.trimmed())
        .bind(QStringLiteral(":u"), rules::toString(beoordeling->uitkomst))
        .bind(QStringLiteral(":j"), QString::fromUtf8(QJsonDocument(beoordeling->toJson()).toJson(QJsonDocument::Compact)))
        .bind(QStringLiteral(":a"), storage::nullable(e->afspraak.id > 0 ? std::optional<qint64>(e->afspraak.id) : std::nullopt))
        .bind(QStringLiteral(":k"), invoer.idempotencyKey)
        .bind(QStringLiteral(":at"), storage::toDbTime(ctx_.now()));
    QString error;
    if (!insert.exec())
        return storageFailure<VerzoekView>(insert.error());
    if (!auditInTx(ctx_, actor, audit::actions::VerzoekAangemaakt, inwonerPseudonym(ctx_, *inwonerId),
                   QStringLiteral("verzoek"), publicId,
                   QJsonObject{{QStringLiteral("bedrag_cents"), bedrag.cents()},
                               {QStringLiteral("voorvertoning"), rules::toString(beoordeling->uitkomst)}},
                   &error)
        || !tx.commit())
        return storageFailure<VerzoekView>(error.isEmpty() ? tx.error() : error);
    return bekijk(actor, publicId);
}

Result<VerzoekView> Opnames::annuleer(const Actor &actor, const QString &publicId)
{
    const auto peek = loadRow(ctx_, publicId, false);
    if (!peek || !checkAccess(ctx_, actor, auth::Action::DoeOpname, peek->inwonerId, audit::actions::VerzoekGeannuleerd,
                              QStringLiteral("verzoek"), publicId))
        return notFound<VerzoekView>();
    WriteTransaction tx(ctx_.db);
    if (!tx.isOpen())
        return storageFailure<VerzoekView>(tx.error());
    const auto row = loadRow(ctx_, publicId, true);
    if (!row)
        return notFound<VerzoekView>();
    if (row->status != VerzoekStatus::Concept) {
        tx.rollback();
        return bekijk(actor, publicId); // Nee after Ja (or twice): nothing changes
    }
    QString error;
    if (!setStatus(ctx_, *row, VerzoekStatus::Concept, VerzoekStatus::Geannuleerd, QStringLiteral(", afgerond_at = :at"),
                   {{QStringLiteral(":at"), storage::toDbTime(ctx_.now())}})
        || !auditInTx(ctx_, actor, audit::actions::VerzoekGeannuleerd, inwonerPseudonym(ctx_, row->inwonerId),
                      QStringLiteral("verzoek"), publicId, {}, &error)
        || !tx.commit())
        return storageFailure<VerzoekView>(error.isEmpty() ? tx.error() : error);
    ctx_.emitEvents({DomainEvent{QStringLiteral("verzoek.gewijzigd"), row->inwonerId, std::nullopt, publicId}});
    return bekijk(actor, publicId);
}

Result<VerzoekView> Opnames::bevestig(const Actor &actor, const QString &publicId)
{
    const auto peek = loadRow(ctx_, publicId, false);
    if (!peek || !checkAccess(ctx_, actor, auth::Action::DoeOpname, peek->inwonerId, audit::actions::VerzoekIngediend,
                              QStringLiteral("verzoek"), publicId))
        return notFound<VerzoekView>();
    WriteTransaction tx(ctx_.db);
    if (!tx.isOpen())
        return storageFailure<VerzoekView>(tx.error());
    const auto row = loadRow(ctx_, publicId, true);
    if (!row)
        return notFound<VerzoekView>();
    if (row->status != VerzoekStatus::Concept) {
        tx.rollback();
        return bekijk(actor, publicId); // double click on Ja: one effect, same answer
    }
    // Evaluate again under the write lock: balances or limits may have changed since the preview.
    const auto e = gather(ctx_, row->inwonerId, row->reserveringId, row->bedrag, row->eigenRekeningId, row->id);
    const auto beoordeling = e ? evaluateFor(*e) : std::nullopt;
    if (!beoordeling)
        return storageFailure<VerzoekView>(QStringLiteral("evaluation failed"));
    const QString json = QString::fromUtf8(QJsonDocument(beoordeling->toJson()).toJson(QJsonDocument::Compact));
    const QString now = storage::toDbTime(ctx_.now());
    const QString subject = inwonerPseudonym(ctx_, row->inwonerId);
    const QList<std::pair<QString, QVariant>> common{{QStringLiteral(":u"), rules::toString(beoordeling->uitkomst)},
                                                     {QStringLiteral(":j"), json},
                                                     {QStringLiteral(":at"), now}};
    const QString commonSet = QStringLiteral(", uitkomst = :u, beoordeling_json = :j, verstuurd_at = :at");
    QString error;
    QList<DomainEvent> events{{QStringLiteral("verzoek.gewijzigd"), row->inwonerId, std::nullopt, publicId}};

    switch (beoordeling->uitkomst) {
    case rules::Uitkomst::Vrij: {
        if (!setStatus(ctx_, *row, VerzoekStatus::Concept, VerzoekStatus::Uitgevoerd, commonSet, common)
            || !voerUit(ctx_, *row, actor, &error))
            return storageFailure<VerzoekView>(error);
        events.append({QStringLiteral("saldo.gewijzigd"), row->inwonerId, std::nullopt, publicId});
        break;
    }
    case rules::Uitkomst::NaAkkoord: {
        ledger::Ledger ledger(ctx_.db, ctx_.clock);
        const auto from = ledger.accountForReservering(row->reserveringId);
        const auto bank = ledger.accountFor(row->inwonerId, ledger::AccountSoort::Bank);
        if (!from || !bank)
            return storageFailure<VerzoekView>(QStringLiteral("ledger accounts missing"));
        const auto hold = ledger.createPending(ledger::TransferRequest{
            QStringLiteral("opname-hold:") + publicId, *from, *bank, row->bedrag, QStringLiteral("opname"),
            QStringLiteral("wacht op akkoord"), row->id});
        if (!hold.ok())
            return storageFailure<VerzoekView>(hold.message);
        const Money grens = vierOgenGrens(ctx_, row->inwonerId);
        const bool vierOgen = grens.isPositive() && row->bedrag >= grens;
        QList<std::pair<QString, QVariant>> binds = common;
        binds.append({QStringLiteral(":h"), hold.transferId});
        binds.append({QStringLiteral(":vo"), vierOgen ? 1 : 0});
        if (!setStatus(ctx_, *row, VerzoekStatus::Concept, VerzoekStatus::WachtOpAkkoord,
                       commonSet + QStringLiteral(", hold_transfer_id = :h, vier_ogen = :vo"), binds))
            return storageFailure<VerzoekView>(QStringLiteral("status change lost"));
        const QString tekst = tr("Je vraagt %1 uit je potje %2. Dit past niet in je afspraken. "
                                 "Je medewerker kijkt binnen 2 werkdagen naar je verzoek. Je krijgt daarna een bericht.")
                                  .arg(row->bedrag.formatDutch(), row->reserveringNaam);
        if (!notify(ctx_, std::nullopt, row->inwonerId, QStringLiteral("verzoek.ingediend"),
                    tr("Je verzoek is verstuurd"), tekst, row->id))
            return storageFailure<VerzoekView>(QStringLiteral("melding"));
        for (qint64 medewerker : caseloadMedewerkers(ctx_, row->inwonerId)) {
            if (!notify(ctx_, medewerker, std::nullopt, QStringLiteral("werkvoorraad.nieuw"), tr("Nieuw opnameverzoek"),
                        tr("Er wacht een verzoek van %1 uit %2.").arg(row->bedrag.formatDutch(), row->reserveringNaam),
                        row->id))
                return storageFailure<VerzoekView>(QStringLiteral("melding"));
            events.append({QStringLiteral("werkvoorraad.gewijzigd"), row->inwonerId, medewerker, publicId});
        }
        if (!meldNieuwVerzoek(ctx_, row->id, row->inwonerId, &error))
            return storageFailure<VerzoekView>(error);
        const QJsonObject zaak{{QStringLiteral("verzoek"), publicId},
                               {QStringLiteral("inwoner_id"), row->inwonerId},
                               {QStringLiteral("bedrag_cents"), row->bedrag.cents()},
                               {QStringLiteral("reservering"), row->reserveringNaam}};
        if (!outbox::enqueue(ctx_.db, outbox::topics::kZaakAanmaken, QStringLiteral("zaak:") + publicId, zaak, ctx_.now(), &error)
            || !auditInTx(ctx_, actor, audit::actions::VerzoekIngediend, subject, QStringLiteral("verzoek"), publicId,
                          QJsonObject{{QStringLiteral("bedrag_cents"), row->bedrag.cents()},
                                      {QStringLiteral("uitkomst"), rules::toString(beoordeling->uitkomst)},
                                      {QStringLiteral("vier_ogen"), vierOgen}},
                          &error))
            return storageFailure<VerzoekView>(error);
        events.append({QStringLiteral("saldo.gewijzigd"), row->inwonerId, std::nullopt, publicId});
        break;
    }
    case rules::Uitkomst::NietToegestaan:
    case rules::Uitkomst::OnvoldoendeSaldo: {
        if (!setStatus(ctx_, *row, VerzoekStatus::Concept, VerzoekStatus::Afgewezen,
                       commonSet + QStringLiteral(", afgerond_at = :at"), common))
            return storageFailure<VerzoekView>(QStringLiteral("status change lost"));
        const QString tekst = beoordeling->samenvatting();
        if (!notify(ctx_, std::nullopt, row->inwonerId, QStringLiteral("verzoek.afgewezen"), tr("Je verzoek kan niet"),
                    tekst, row->id)
            || !auditInTx(ctx_, actor, audit::actions::VerzoekAfgewezen, subject, QStringLiteral("verzoek"), publicId,
                          QJsonObject{{QStringLiteral("bedrag_cents"), row->bedrag.cents()},
                                      {QStringLiteral("uitkomst"), rules::toString(beoordeling->uitkomst)}},
                          &error))
            return storageFailure<VerzoekView>(error);
        break;
    }
    }
    if (!tx.commit())
        return storageFailure<VerzoekView>(tx.error());
    ctx_.emitEvents(events);
    return bekijk(actor, publicId);
}

Result<VerzoekView> Opnames::trekIn(const Actor &actor, const QString &publicId)
{
    const auto peek = loadRow(ctx_, publicId, false);
    if (!peek || !checkAccess(ctx_, actor, auth::Action::DoeOpname, peek->inwonerId, audit::actions::VerzoekIngetrokken,
                              QStringLiteral("verzoek"), publicId))
        return notFound<VerzoekView>();
    WriteTransaction tx(ctx_.db);
    if (!tx.isOpen())
        return storageFailure<VerzoekView>(tx.error());
    const auto row = loadRow(ctx_, publicId, true);
    if (!row)
        return notFound<VerzoekView>();
    if (!isWaiting(row->status))
        return Result<VerzoekView>::failure(ErrorCode::Conflict, tr("Dit verzoek kun je niet meer intrekken."));
    QString error;
    if (!setStatus(ctx_, *row, row->status, VerzoekStatus::Ingetrokken, QStringLiteral(", afgerond_at = :at"),
                   {{QStringLiteral(":at"), storage::toDbTime(ctx_.now())}})
        || !voidHold(ctx_, *row, QStringLiteral("intrekken"), &error)
        || !notify(ctx_, std::nullopt, row->inwonerId, QStringLiteral("verzoek.ingetrokken"), tr("Verzoek ingetrokken"),
                   tr("Je hebt je verzoek ingetrokken. Het geld blijft in je potje %1.").arg(row->reserveringNaam), row->id)
        || !outbox::enqueue(ctx_.db, outbox::topics::kZaakAfronden, QStringLiteral("zaak-einde:") + publicId,
                            QJsonObject{{QStringLiteral("verzoek"), publicId}, {QStringLiteral("resultaat"), QStringLiteral("ingetrokken")}},
                            ctx_.now(), &error)
        || !auditInTx(ctx_, actor, audit::actions::VerzoekIngetrokken, inwonerPseudonym(ctx_, row->inwonerId),
                      QStringLiteral("verzoek"), publicId, {}, &error)
        || !tx.commit())
        return storageFailure<VerzoekView>(error.isEmpty() ? tx.error() : error);
    QList<DomainEvent> events{{QStringLiteral("verzoek.gewijzigd"), row->inwonerId, std::nullopt, publicId},
                              {QStringLiteral("saldo.gewijzigd"), row->inwonerId, std::nullopt, publicId}};
    for (qint64 medewerker : caseloadMedewerkers(ctx_, row->inwonerId))
        events.append({QStringLiteral("werkvoorraad.gewijzigd"), row->inwonerId, medewerker, publicId});
    ctx_.emitEvents(events);
    return bekijk(actor, publicId);
}

// ---- Medewerker step -----------------------------------------------------------------

Result<VerzoekView> Opnames::beslis(const Actor &actor, const QString &publicId, const BesluitInvoer &besluit)
{
    const auto peek = loadRow(ctx_, publicId, false);
    if (!peek || !checkAccess(ctx_, actor, auth::Action::BeslisVerzoek, peek->inwonerId,
                              besluit.akkoord ? audit::actions::BesluitAkkoord : audit::actions::BesluitWeigering,
                              QStringLiteral("verzoek"), publicId))
        return notFound<VerzoekView>();
    if (besluit.extraToelichting.size() > kMaxExtraToelichting)
        return Result<VerzoekView>::failure(ErrorCode::Invalid, QStringLiteral("Toelichting is te lang (max. 1000 tekens)."),
                                            {FieldError{QStringLiteral("extraToelichting"), QStringLiteral("Te lang.")}});
    WriteTransaction tx(ctx_.db);
    if (!tx.isOpen())
        return storageFailure<VerzoekView>(tx.error());
    const auto row = loadRow(ctx_, publicId, true);
    if (!row)
        return notFound<VerzoekView>();
    if (!isWaiting(row->status))
        return Result<VerzoekView>::failure(ErrorCode::Conflict, QStringLiteral("Over dit verzoek is al beslist."));

    QString redenTekst;
    const QString redenCode = besluit.redenCode.isEmpty() && besluit.akkoord ? QString() : besluit.redenCode;
    if (!redenCode.isEmpty()) {
        Sql reden(ctx_.db, QStringLiteral("SELECT tekst_b1, soort FROM redenen WHERE code = :c AND actief = 1"));
        reden.bind(QStringLiteral(":c"), redenCode);
        if (!reden.exec() || !reden.next()
            || reden.text(1) != (besluit.akkoord ? QLatin1String("akkoord") : QLatin1String("weigering")))
            return Result<VerzoekView>::failure(ErrorCode::Invalid, QStringLiteral("Kies een reden uit de lijst."),
                                                {FieldError{QStringLiteral("redenCode"), QStringLiteral("Kies een reden uit de lijst.")}});
        redenTekst = reden.text(0);
    } else if (!besluit.akkoord) {
        return Result<VerzoekView>::failure(ErrorCode::Invalid, QStringLiteral("Een weigering heeft een reden nodig."),
                                            {FieldError{QStringLiteral("redenCode"), QStringLiteral("Kies een reden uit de lijst.")}});
    }
    Sql prior(ctx_.db, QStringLiteral("SELECT medewerker_id FROM besluiten WHERE verzoek_id = :v"));
    prior.bind(QStringLiteral(":v"), row->id);
    if (!prior.exec())
        return storageFailure<VerzoekView>(prior.error());
    int stap = 1;
    while (prior.next()) {
        if (prior.int64(0) == actor.userId)
            return Result<VerzoekView>::failure(ErrorCode::Conflict,
                                                QStringLiteral("Voor dit bedrag moet een andere medewerker ook akkoord geven."));
        ++stap;
    }
    Sql record(ctx_.db, QStringLiteral("INSERT INTO besluiten (verzoek_id, medewerker_id, besluit, reden_code,"
                                       " extra_toelichting, stap, created_at) VALUES (:v, :m, :b, :r, :x, :s, :at)"));
    record.bind(QStringLiteral(":v"), row->id)
        .bind(QStringLiteral(":m"), actor.userId)
        .bind(QStringLiteral(":b"), besluit.akkoord ? QStringLiteral("akkoord") : QStringLiteral("weigering"))
        .bind(QStringLiteral(":r"), storage::nullableText(redenCode.isEmpty() ? QString() : redenCode))
        .bind(QStringLiteral(":x"), besluit.extraToelichting.trimmed())
        .bind(QStringLiteral(":s"), stap)
        .bind(QStringLiteral(":at"), storage::toDbTime(ctx_.now()));
    if (!record.exec())
        return storageFailure<VerzoekView>(record.error());

    const QString subject = inwonerPseudonym(ctx_, row->inwonerId);
    const QString now = storage::toDbTime(ctx_.now());
    QString error;
    QList<DomainEvent> events{{QStringLiteral("verzoek.gewijzigd"), row->inwonerId, std::nullopt, publicId}};
    const QJsonObject details{{QStringLiteral("reden"), redenCode},
                              {QStringLiteral("stap"), stap},
                              {QStringLiteral("bedrag_cents"), row->bedrag.cents()}};
    const QString extra = besluit.extraToelichting.trimmed();
    if (besluit.akkoord && row->vierOgen && stap == 1) {
        // Four eyes: the first approval moves it to a second medewerker; no money moves yet.
        if (!setStatus(ctx_, *row, row->status, VerzoekStatus::WachtOpTweedeAkkoord, QString(), {})
            || !auditInTx(ctx_, actor, audit::actions::BesluitAkkoord, subject, QStringLiteral("verzoek"), publicId,
                          details, &error))
            return storageFailure<VerzoekView>(error);
    } else if (besluit.akkoord) {
        if (!setStatus(ctx_, *row, row->status, VerzoekStatus::Uitgevoerd, QStringLiteral(", afgerond_at = :at"),
                       {{QStringLiteral(":at"), now}})
            || !auditInTx(ctx_, actor, audit::actions::BesluitAkkoord, subject, QStringLiteral("verzoek"), publicId,
                          details, &error)
            || !voerUit(ctx_, *row, actor, &error))
            return storageFailure<VerzoekView>(error);
        // One source for the text: the medewerker's preview (Besluiten::voorbeeld) shows exactly this.
        const QString tekst = besluitTekstB1(true, row->bedrag, row->reserveringNaam, redenTekst, extra);
        if (!notify(ctx_, std::nullopt, row->inwonerId, QStringLiteral("besluit.akkoord"), besluitTitelB1(true),
                    tekst, row->id)
            || !outbox::enqueue(ctx_.db, outbox::topics::kZaakAfronden, QStringLiteral("zaak-einde:") + publicId,
                                QJsonObject{{QStringLiteral("verzoek"), publicId}, {QStringLiteral("resultaat"), QStringLiteral("toegekend")}},
                                ctx_.now(), &error)
            || !outbox::enqueue(ctx_.db, outbox::topics::kAllegroBericht, QStringLiteral("bericht:") + publicId,
                                QJsonObject{{QStringLiteral("verzoek"), publicId}, {QStringLiteral("inwoner_id"), row->inwonerId},
                                            {QStringLiteral("onderwerp"), besluitTitelB1(true)}, {QStringLiteral("tekst"), tekst}},
                                ctx_.now(), &error)
            || !meldBesluitAanInwoner(ctx_, row->id, row->inwonerId, besluitTitelB1(true), tekst, &error))
            return storageFailure<VerzoekView>(error.isEmpty() ? QStringLiteral("melding") : error);
        events.append({QStringLiteral("saldo.gewijzigd"), row->inwonerId, std::nullopt, publicId});
    } else {
        if (!setStatus(ctx_, *row, row->status, VerzoekStatus::Geweigerd, QStringLiteral(", afgerond_at = :at"),
                       {{QStringLiteral(":at"), now}})
            || !voidHold(ctx_, *row, QStringLiteral("weigering"), &error)
            || !auditInTx(ctx_, actor, audit::actions::BesluitWeigering, subject, QStringLiteral("verzoek"), publicId,
                          details, &error))
            return storageFailure<VerzoekView>(error);
        const QString tekst = besluitTekstB1(false, row->bedrag, row->reserveringNaam, redenTekst, extra);
        if (!notify(ctx_, std::nullopt, row->inwonerId, QStringLiteral("besluit.weigering"), besluitTitelB1(false),
                    tekst, row->id)
            || !outbox::enqueue(ctx_.db, outbox::topics::kZaakAfronden, QStringLiteral("zaak-einde:") + publicId,
                                QJsonObject{{QStringLiteral("verzoek"), publicId}, {QStringLiteral("resultaat"), QStringLiteral("geweigerd")}},
                                ctx_.now(), &error)
            || !outbox::enqueue(ctx_.db, outbox::topics::kAllegroBericht, QStringLiteral("bericht:") + publicId,
                                QJsonObject{{QStringLiteral("verzoek"), publicId}, {QStringLiteral("inwoner_id"), row->inwonerId},
                                            {QStringLiteral("onderwerp"), besluitTitelB1(false)}, {QStringLiteral("tekst"), tekst}},
                                ctx_.now(), &error)
            || !meldBesluitAanInwoner(ctx_, row->id, row->inwonerId, besluitTitelB1(false), tekst, &error))
            return storageFailure<VerzoekView>(error.isEmpty() ? QStringLiteral("melding") : error);
        events.append({QStringLiteral("saldo.gewijzigd"), row->inwonerId, std::nullopt, publicId});
    }
    if (!tx.commit())
        return storageFailure<VerzoekView>(tx.error());
    for (qint64 medewerker : caseloadMedewerkers(ctx_, row->inwonerId))
        events.append({QStringLiteral("werkvoorraad.gewijzigd"), row->inwonerId, medewerker, publicId});
    ctx_.emitEvents(events);
    return bekijk(actor, publicId);
}

// ---- System job ----------------------------------------------------------------------

Result<int> Opnames::verwerkWachtende(const Actor &actor)
{
    if (actor.role != Role::Systeem)
        return Result<int>::failure(ErrorCode::Forbidden, QStringLiteral("Alleen het systeem."));
    calendar::WerkdagKalender kalender;
    const QDateTime now = ctx_.now();
    const QDate today = now.toTimeZone(QTimeZone("Europe/Amsterdam")).date();
    Sql waiting(ctx_.db, QStringLiteral("SELECT public_id, verstuurd_at, gesignaleerd_at FROM verzoeken"
                                        " WHERE status IN ('wacht_op_akkoord', 'wacht_op_tweede_akkoord')"
                                        " ORDER BY verstuurd_at LIMIT 10000"));
    if (!waiting.exec())
        return storageFailure<int>(waiting.error());
    QStringList expire, flag;
    while (waiting.next()) {
        const QDateTime sent = storage::fromDbTime(waiting.text(1));
        const QDate sentDay = sent.toTimeZone(QTimeZone("Europe/Amsterdam")).date();
        if (kalender.plusWerkdagen(sentDay, ctx_.settings.verloopNaWerkdagen) <= today)
            expire.append(waiting.text(0));
        else if (waiting.isNull(2) && sent.secsTo(now) >= qint64(ctx_.settings.signaleerNaUren) * 3600)
            flag.append(waiting.text(0));
    }
    for (const QString &publicId : flag) {
        WriteTransaction tx(ctx_.db);
        if (!tx.isOpen())
            return storageFailure<int>(tx.error());
        Sql mark(ctx_.db, QStringLiteral("UPDATE verzoeken SET gesignaleerd_at = :at WHERE public_id = :p AND gesignaleerd_at IS NULL"));
        mark.bind(QStringLiteral(":at"), storage::toDbTime(now)).bind(QStringLiteral(":p"), publicId);
        if (mark.exec())
            tx.commit();
    }
    int expired = 0;
    for (const QString &publicId : expire) {
        WriteTransaction tx(ctx_.db);
        if (!tx.isOpen())
            return storageFailure<int>(tx.error());
        const auto row = loadRow(ctx_, publicId, true);
        if (!row || !isWaiting(row->status))
            continue;
        QString error;
        if (setStatus(ctx_, *row, row->status, VerzoekStatus::Verlopen, QStringLiteral(", afgerond_at = :at"),
                      {{QStringLiteral(":at"), storage::toDbTime(now)}})
            && voidHold(ctx_, *row, QStringLiteral("verlopen"), &error)
            && notify(ctx_, std::nullopt, row->inwonerId, QStringLiteral("verzoek.verlopen"), tr("Je verzoek is verlopen"),
                      tr("Je medewerker heeft niet op tijd naar je verzoek gekeken. Het geld blijft in je potje. "
                         "Bel je medewerker als je het geld nog nodig hebt."),
                      row->id)
            && outbox::enqueue(ctx_.db, outbox::topics::kZaakAfronden, QStringLiteral("zaak-einde:") + publicId,
                               QJsonObject{{QStringLiteral("verzoek"), publicId}, {QStringLiteral("resultaat"), QStringLiteral("verlopen")}},
                               now, &error)
            && auditInTx(ctx_, actor, audit::actions::VerzoekVerlopen, inwonerPseudonym(ctx_, row->inwonerId),
                         QStringLiteral("verzoek"), publicId, {}, &error)
            && tx.commit()) {
            ++expired;
            ctx_.emitEvents({{QStringLiteral("verzoek.gewijzigd"), row->inwonerId, std::nullopt, publicId},
                             {QStringLiteral("saldo.gewijzigd"), row->inwonerId, std::nullopt, publicId}});
        }
    }
    return Result<int>::success(expired);
}

} // namespace regie::services
