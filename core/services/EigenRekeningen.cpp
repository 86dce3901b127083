#include "services/EigenRekeningen.h"

#include "audit/AuditActions.h"
#include "money/Iban.h"
#include "services/Support.h"
#include "services/UnitOfWork.h"

namespace regie::services {

using storage::Sql;

namespace {

const QString kSelect = QStringLiteral(
    "SELECT e.id, e.label, e.iban_eind, e.geverifieerd, e.verificatie, e.verificatie_notitie,"
    " COALESCE(u.display_name, ''), e.geverifieerd_at, e.beeindigd_at, e.beeindigd_reden"
    " FROM eigen_rekeningen e LEFT JOIN users u ON u.id = e.geverifieerd_door");

EigenRekeningView leesRekening(Sql &q)
{
    EigenRekeningView r;
    r.id = q.int64(0);
    r.label = q.text(1);
    r.ibanEind = q.text(2);
    r.bruikbaar = q.int64(3) != 0;
    r.verificatie = q.text(4);
    r.verificatieNotitie = q.text(5);
    r.geverifieerdDoor = q.text(6);
    r.geverifieerdOp = q.isNull(7) ? QDateTime() : storage::fromDbTime(q.text(7));
    r.beeindigdOp = q.isNull(8) ? QDateTime() : storage::fromDbTime(q.text(8));
    r.beeindigdReden = q.text(9);
    return r;
}

Result<EigenRekeningView> rekening(storage::Database &db, qint64 inwonerId, qint64 rekeningId)
{
    Sql q(db, kSelect + QStringLiteral(" WHERE e.id = :r AND e.inwoner_id = :i"));
    q.bind(QStringLiteral(":r"), rekeningId).bind(QStringLiteral(":i"), inwonerId);
    if (!q.exec())
        return storageFailure<EigenRekeningView>(q.error());
    if (!q.next())
        return notFound<EigenRekeningView>();
    return Result<EigenRekeningView>::success(leesRekening(q));
}

std::optional<FieldError> invoerFout(const NieuweGeverifieerdeRekening &invoer)
{
    Iban::Error fout = Iban::Error::None;
    if (!Iban::parse(invoer.iban, &fout))
        return FieldError{QStringLiteral("iban"), Iban::errorText(fout)};
    if (invoer.label.trimmed().isEmpty() || invoer.label.size() > 100)
        return FieldError{QStringLiteral("label"), QStringLiteral("Geef de rekening een naam (max. 100 tekens).")};
    if (!EigenRekeningen::verificatieMethoden().contains(invoer.verificatie))
        return FieldError{QStringLiteral("verificatie"), QStringLiteral("Kies hoe u de rekening heeft gecontroleerd.")};
    if (invoer.notitie.trimmed().isEmpty() || invoer.notitie.size() > EigenRekeningen::kMaxTekst)
        return FieldError{QStringLiteral("notitie"), QStringLiteral("Schrijf op wat u heeft gezien (max. 500 tekens).")};
    return std::nullopt;
}

// A new row, or an ended one with the same IBAN taken into use again: the UNIQUE key on
// (inwoner, hash) keeps one row per account, so its history stays in one place.
Result<qint64> schrijfRekening(Change &c, qint64 inwonerId, const Iban &iban, const NieuweGeverifieerdeRekening &invoer,
                               bool *weer)
{
    const QString hash = c.ctx().cipher.lookupHash(iban.electronic(), QStringLiteral("iban"));
    Sql bestaand(c.db(), QStringLiteral("SELECT id, beeindigd_at FROM eigen_rekeningen WHERE inwoner_id = :i AND iban_hash = :h")
                             + c.db().lockClause());
    bestaand.bind(QStringLiteral(":i"), inwonerId).bind(QStringLiteral(":h"), hash);
    Sql aantal(c.db(), QStringLiteral("SELECT COUNT(*) FROM eigen_rekeningen WHERE inwoner_id = :i"));
    aantal.bind(QStringLiteral(":i"), inwonerId);
    if (!bestaand.exec() || !aantal.exec() || !aantal.next())
        return storageFailure<qint64>(bestaand.error() + aantal.error());
    *weer = bestaand.next();
    if (*weer && bestaand.isNull(1))
        return Result<qint64>::failure(ErrorCode::Conflict, QStringLiteral("Deze rekening staat al bij de inwoner."),
                                       {FieldError{QStringLiteral("iban"), QStringLiteral("Deze rekening staat er al.")}});
    if (!*weer && aantal.int64(0) >= EigenRekeningen::kMaxRekeningen)
        return Result<qint64>::failure(ErrorCode::Conflict, QStringLiteral("Deze inwoner heeft al 20 rekeningen."));
    Sql w(c.db(), *weer ? QStringLiteral("UPDATE eigen_rekeningen SET label = :l, geverifieerd = 1, verificatie = :v,"
                                         " verificatie_notitie = :n, geverifieerd_door = :d, geverifieerd_at = :at,"
                                         " beeindigd_at = NULL, beeindigd_reden = '' WHERE id = :id RETURNING id")
                        : QStringLiteral("INSERT INTO eigen_rekeningen (inwoner_id, iban_enc, iban_hash, iban_eind, geverifieerd,"
                                         " label, verificatie, verificatie_notitie, geverifieerd_door, geverifieerd_at)"
                                         " VALUES (:i, :enc, :h, :eind, 1, :l, :v, :n, :d, :at) RETURNING id"));
    if (*weer) {
        w.bind(QStringLiteral(":id"), bestaand.int64(0));
    } else {
        w.bind(QStringLiteral(":i"), inwonerId)
            .bind(QStringLiteral(":enc"), c.ctx().cipher.encrypt(iban.electronic().toUtf8(), "eigen_rekeningen.iban"))
            .bind(QStringLiteral(":h"), hash)
            .bind(QStringLiteral(":eind"), iban.electronic().right(4));
    }
    w.bind(QStringLiteral(":l"), invoer.label.trimmed())
        .bind(QStringLiteral(":v"), invoer.verificatie)
        .bind(QStringLiteral(":n"), invoer.notitie.trimmed())
        .bind(QStringLiteral(":d"), storage::nullable(c.actor().userId > 0 ? std::optional<qint64>(c.actor().userId) : std::nullopt))
        .bind(QStringLiteral(":at"), storage::toDbTime(c.now()));
    if (!w.exec() || !w.next())
        return storageFailure<qint64>(w.error());
    return Result<qint64>::success(w.int64(0));
}

} // namespace

EigenRekeningen::EigenRekeningen(ServiceContext &context) : ctx_(context) {}

const QStringList &EigenRekeningen::verificatieMethoden()
{
    // bankpas: card and ID at the desk; afschrift: a bank statement with the inwoner's name;
    // allegro: the account as Allegro holds it after the bank's own check; bank: confirmed by
    // the bank; anders: described in the note.
    static const QStringList methoden{QStringLiteral("bankpas"), QStringLiteral("afschrift"), QStringLiteral("allegro"),
                                      QStringLiteral("bank"), QStringLiteral("anders")};
    return methoden;
}

Result<QList<EigenRekeningView>> EigenRekeningen::lijst(const Actor &actor, qint64 inwonerId)
{
    if (!checkAccess(ctx_, actor, auth::Action::LeesDossier, inwonerId, audit::actions::DossierBekeken,
                     QStringLiteral("eigen_rekeningen"), QString()))
        return notFound<QList<EigenRekeningView>>();
    Sql q(ctx_.db, kSelect + QStringLiteral(" WHERE e.inwoner_id = :i ORDER BY e.beeindigd_at IS NOT NULL, e.id LIMIT :n"));
    q.bind(QStringLiteral(":i"), inwonerId).bind(QStringLiteral(":n"), kMaxRekeningen);
    if (!q.exec())
        return storageFailure<QList<EigenRekeningView>>(q.error());
    QList<EigenRekeningView> out;
    while (q.next())
        out.append(leesRekening(q));
    return Result<QList<EigenRekeningView>>::success(out);
}

Result<EigenRekeningView> EigenRekeningen::voegToe(const Actor &actor, qint64 inwonerId,
                                                   const NieuweGeverifieerdeRekening &invoer)
{
    // Where money may go is part of the arrangements: who may change the afspraken may do this.
    if (!checkAccess(ctx_, actor, auth::Action::WijzigAfspraken, inwonerId, audit::actions::EigenRekeningToegevoegd,
                     QStringLiteral("eigen_rekening"), QString()))
        return notFound<EigenRekeningView>();
    if (const auto fout = invoerFout(invoer))
        return Result<EigenRekeningView>::failure(ErrorCode::Invalid, fout->message, {*fout});
    const Iban iban = *Iban::parse(invoer.iban);
    const auto id = UnitOfWork(ctx_).run<qint64>(actor, [&](Change &c) -> Result<qint64> {
        bool weer = false;
        auto geschreven = schrijfRekening(c, inwonerId, iban, invoer, &weer);
        if (!geschreven.ok())
            return geschreven;
        c.audit(weer ? audit::actions::EigenRekeningGeverifieerd : audit::actions::EigenRekeningToegevoegd,
                inwonerPseudonym(c.ctx(), inwonerId), QStringLiteral("eigen_rekening"), QString::number(*geschreven.value),
                QJsonObject{{QStringLiteral("verificatie"), invoer.verificatie}, {QStringLiteral("geverifieerd"), true}});
        return geschreven;
    });
    if (!id.ok())
        return Result<EigenRekeningView>::from(id);
    return rekening(ctx_.db, inwonerId, *id.value);
}

Result<EigenRekeningView> EigenRekeningen::beeindig(const Actor &actor, qint64 inwonerId, qint64 rekeningId,
                                                    const QString &reden)
{
    if (!checkAccess(ctx_, actor, auth::Action::WijzigAfspraken, inwonerId, audit::actions::EigenRekeningVerwijderd,
                     QStringLiteral("eigen_rekening"), QString::number(rekeningId)))
        return notFound<EigenRekeningView>();
    if (reden.trimmed().isEmpty() || reden.size() > kMaxTekst)
        return Result<EigenRekeningView>::failure(ErrorCode::Invalid, QStringLiteral("Geef een reden."),
                                                  {FieldError{QStringLiteral("reden"), QStringLiteral("Geef een reden.")}});
    const auto done = UnitOfWork(ctx_).run<bool>(actor, [&](Change &c) -> Result<bool> {
        Sql wacht(c.db(), QStringLiteral("SELECT COUNT(*) FROM verzoeken WHERE eigen_rekening_id = :r"
                                         " AND status IN ('concept', 'wacht_op_akkoord', 'wacht_op_tweede_akkoord')"));
        wacht.bind(QStringLiteral(":r"), rekeningId);
        if (!wacht.exec() || !wacht.next())
            return storageFailure<bool>(wacht.error());
        if (wacht.int64(0) > 0)
            return Result<bool>::failure(ErrorCode::Conflict,
                                         QStringLiteral("Er wacht nog een verzoek naar deze rekening. Beslis daar eerst over."));
        Sql q(c.db(), QStringLiteral("UPDATE eigen_rekeningen SET geverifieerd = 0, beeindigd_at = :at, beeindigd_reden = :r"
                                     " WHERE id = :id AND inwoner_id = :i AND beeindigd_at IS NULL"));
        q.bind(QStringLiteral(":at"), storage::toDbTime(c.now())).bind(QStringLiteral(":r"), reden.trimmed())
            .bind(QStringLiteral(":id"), rekeningId).bind(QStringLiteral(":i"), inwonerId);
        if (!q.exec())
            return storageFailure<bool>(q.error());
        if (q.numRowsAffected() != 1)
            return notFound<bool>();
        c.audit(audit::actions::EigenRekeningVerwijderd, inwonerPseudonym(c.ctx(), inwonerId),
                QStringLiteral("eigen_rekening"), QString::number(rekeningId), QJsonObject{{QStringLiteral("beeindigd"), true}});
        return Result<bool>::success(true);
    });
    if (!done.ok())
        return Result<EigenRekeningView>::from(done);
    return rekening(ctx_.db, inwonerId, rekeningId);
}

} // namespace regie::services
