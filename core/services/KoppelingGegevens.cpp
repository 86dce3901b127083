#include "services/KoppelingGegevens.h"

#include "services/Persoonsgegevens.h"
#include "services/Support.h"

namespace regie::services {

using storage::Sql;

namespace {

bool isSysteem(const Actor &actor) { return actor.role == Role::Systeem; }

template <typename T>
Result<T> onleesbaar(const QString &wat)
{
    return Result<T>::failure(ErrorCode::Invalid, wat + QStringLiteral(" is niet leesbaar"));
}

} // namespace

Result<Iban> KoppelingGegevens::eigenRekeningIban(const Actor &actor, qint64 inwonerId, qint64 eigenRekeningId)
{
    if (!isSysteem(actor))
        return forbidden<Iban>();
    Sql q(ctx_.db, QStringLiteral("SELECT iban_enc FROM eigen_rekeningen WHERE id = :r AND inwoner_id = :i"));
    q.bind(QStringLiteral(":r"), eigenRekeningId).bind(QStringLiteral(":i"), inwonerId);
    return leesIban(q, VersleuteldVeld::EigenRekeningIban, QStringLiteral("eigen rekening"));
}

Result<Iban> KoppelingGegevens::beheerIban(const Actor &actor, qint64 inwonerId)
{
    if (!magInrichten(actor))
        return forbidden<Iban>();
    Sql q(ctx_.db, QStringLiteral("SELECT iban_enc FROM beheerrekeningen WHERE inwoner_id = :i"));
    q.bind(QStringLiteral(":i"), inwonerId);
    return leesIban(q, VersleuteldVeld::BeheerrekeningIban, QStringLiteral("beheerrekening"));
}

Result<Iban> KoppelingGegevens::leesIban(storage::Sql &q, VersleuteldVeld veld, const QString &wat)
{
    if (!q.exec())
        return storageFailure<Iban>(q.error());
    if (!q.next())
        return notFound<Iban>();
    const auto iban = Persoonsgegevens(ctx_.cipher).iban(veld, q.value(0));
    return iban ? Result<Iban>::success(*iban) : onleesbaar<Iban>(wat);
}

Result<QString> KoppelingGegevens::relatiecode(const Actor &actor, qint64 inwonerId)
{
    if (!isSysteem(actor))
        return forbidden<QString>();
    Sql q(ctx_.db, QStringLiteral("SELECT allegro_relatiecode FROM inwoners WHERE id = :i"));
    q.bind(QStringLiteral(":i"), inwonerId);
    if (!q.exec())
        return storageFailure<QString>(q.error());
    if (!q.next())
        return notFound<QString>();
    return Result<QString>::success(q.text(0));
}

Result<Bsn> KoppelingGegevens::bsn(const Actor &actor, qint64 inwonerId)
{
    if (!isSysteem(actor))
        return forbidden<Bsn>();
    Sql q(ctx_.db, QStringLiteral("SELECT bsn_enc FROM inwoners WHERE id = :i"));
    q.bind(QStringLiteral(":i"), inwonerId);
    if (!q.exec())
        return storageFailure<Bsn>(q.error());
    const auto bsn = q.next() ? Persoonsgegevens(ctx_.cipher).bsn(q.value(0)) : std::nullopt;
    return bsn ? Result<Bsn>::success(*bsn) : notFound<Bsn>();
}

Result<ZaakVerzoek> KoppelingGegevens::zaakVerzoek(const Actor &actor, const QString &verzoekPublicId)
{
    if (!isSysteem(actor))
        return forbidden<ZaakVerzoek>();
    Sql q(ctx_.db, QStringLiteral("SELECT v.id, v.bedrag_cents, r.naam, v.verstuurd_at, v.created_at, v.afgerond_at,"
                                  " v.zaak_url, i.bsn_enc FROM verzoeken v JOIN inwoners i ON i.id = v.inwoner_id"
                                  " JOIN reserveringen r ON r.id = v.reservering_id WHERE v.public_id = :p"));
    q.bind(QStringLiteral(":p"), verzoekPublicId);
    if (!q.exec())
        return storageFailure<ZaakVerzoek>(q.error());
    if (!q.next())
        return notFound<ZaakVerzoek>();
    const auto bsn = Persoonsgegevens(ctx_.cipher).bsn(q.value(7));
    if (!bsn)
        return onleesbaar<ZaakVerzoek>(QStringLiteral("BSN"));
    return Result<ZaakVerzoek>::success(ZaakVerzoek{q.int64(0), verzoekPublicId, *bsn, Money::fromCents(q.int64(1)),
                                                    q.text(2), storage::fromDbTime(q.text(q.isNull(3) ? 4 : 3)),
                                                    q.isNull(5) ? ctx_.now() : storage::fromDbTime(q.text(5)),
                                                    q.text(6)});
}

Result<bool> KoppelingGegevens::isEigenBetaling(const Actor &actor, const QString &verzoekPublicId)
{
    if (!magInrichten(actor))
        return forbidden<bool>();
    Sql q(ctx_.db, QStringLiteral("SELECT 1 FROM verzoeken WHERE public_id = :p"));
    q.bind(QStringLiteral(":p"), verzoekPublicId);
    if (!q.exec())
        return storageFailure<bool>(q.error());
    return Result<bool>::success(q.next());
}

Result<VerzoekStatus> KoppelingGegevens::verzoekStatus(const Actor &actor, const QString &verzoekPublicId)
{
    if (!isSysteem(actor))
        return forbidden<VerzoekStatus>();
    Sql q(ctx_.db, QStringLiteral("SELECT status FROM verzoeken WHERE public_id = :p"));
    q.bind(QStringLiteral(":p"), verzoekPublicId);
    if (!q.exec())
        return storageFailure<VerzoekStatus>(q.error());
    if (!q.next())
        return notFound<VerzoekStatus>();
    const auto status = verzoekStatusFromCode(q.text(0));
    return status ? Result<VerzoekStatus>::success(*status) : notFound<VerzoekStatus>();
}

Result<QString> KoppelingGegevens::mailAdres(const Actor &actor, const MailOntvanger &ontvanger)
{
    if (!isSysteem(actor))
        return forbidden<QString>();
    if (ontvanger.id <= 0)
        return Result<QString>::success(QString());
    Sql q(ctx_.db, ontvanger.medewerker ? QStringLiteral("SELECT email, active FROM users WHERE id = :id")
                                        : QStringLiteral("SELECT email, wil_mail FROM inwoners WHERE id = :id"));
    q.bind(QStringLiteral(":id"), ontvanger.id);
    if (!q.exec())
        return storageFailure<QString>(q.error());
    // A medewerker who left, or an inwoner who no longer wants mail, counts as no address.
    if (!q.next() || q.int64(1) != 1)
        return Result<QString>::success(QString());
    return Result<QString>::success(q.text(0).trimmed());
}

Result<QList<UitgevoerdeOpname>> KoppelingGegevens::uitgevoerdeOpnames(const Actor &actor, const QDateTime &van,
                                                                       const QDateTime &tot, int limit)
{
    if (!magInrichten(actor))
        return forbidden<QList<UitgevoerdeOpname>>();
    Sql q(ctx_.db, QStringLiteral(
        "SELECT v.public_id, v.bedrag_cents, e.iban_enc, i.voornaam, i.achternaam, r.naam FROM verzoeken v"
        " JOIN eigen_rekeningen e ON e.id = v.eigen_rekening_id JOIN inwoners i ON i.id = v.inwoner_id"
        " JOIN reserveringen r ON r.id = v.reservering_id"
        " WHERE v.status = 'uitgevoerd' AND v.afgerond_at >= :from AND v.afgerond_at < :to ORDER BY v.id LIMIT :n"));
    q.bind(QStringLiteral(":from"), storage::toDbTime(van))
        .bind(QStringLiteral(":to"), storage::toDbTime(tot))
        .bind(QStringLiteral(":n"), qMax(1, limit));
    if (!q.exec())
        return storageFailure<QList<UitgevoerdeOpname>>(q.error());
    const Persoonsgegevens persoonsgegevens(ctx_.cipher);
    QList<UitgevoerdeOpname> out;
    while (q.next()) {
        const auto iban = persoonsgegevens.iban(VersleuteldVeld::EigenRekeningIban, q.value(2));
        if (!iban)
            return storageFailure<QList<UitgevoerdeOpname>>(QStringLiteral("eigen rekening niet leesbaar"));
        out.append(UitgevoerdeOpname{q.text(0), Money::fromCents(q.int64(1)), *iban, q.text(3), q.text(4), q.text(5)});
    }
    return Result<QList<UitgevoerdeOpname>>::success(out);
}

Result<qint64> KoppelingGegevens::wachtendeBerichten(const Actor &actor)
{
    if (!magInrichten(actor))
        return forbidden<qint64>();
    Sql q(ctx_.db, QStringLiteral("SELECT COUNT(*) FROM outbox WHERE status = 'nieuw'"));
    if (!q.exec() || !q.next())
        return storageFailure<qint64>(q.error());
    return Result<qint64>::success(q.int64(0));
}

} // namespace regie::services
