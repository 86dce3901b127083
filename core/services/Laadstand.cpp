#include "services/Laadstand.h"


#include <QtCore/QList>

#include <utility>

namespace regie::services {

using storage::Sql;

namespace {

using Binding = std::pair<QString, QVariant>;

// A single number from a read-only query (an id or a count); 0 when there is no row.
Result<qint64> getal(ServiceContext &ctx, const Actor &actor, const QString &sql, const QList<Binding> &bindingen)
{
    if (actor.role != Role::Systeem)
        return Result<qint64>::failure(ErrorCode::Forbidden, QStringLiteral("Geen toegang."));
    Sql q(ctx.db, sql);
    for (const Binding &b : bindingen)
        q.bind(b.first, b.second);
    if (!q.exec())
        return storageFailure<qint64>(q.error());
    return Result<qint64>::success(q.next() ? q.int64(0) : 0);
}

Result<bool> bestaat(ServiceContext &ctx, const Actor &actor, const QString &sql, const QList<Binding> &bindingen)
{
    const Result<qint64> n = getal(ctx, actor, sql, bindingen);
    return n.ok() ? Result<bool>::success(*n.value > 0) : Result<bool>::from(n);
}

} // namespace

Result<bool> Laadstand::teamBestaat(const Actor &actor, const QString &naam)
{
    return bestaat(ctx_, actor, QStringLiteral("SELECT COUNT(*) FROM teams WHERE naam = :n"), {{QStringLiteral(":n"), naam}});
}

Result<bool> Laadstand::vormBestaat(const Actor &actor, const QString &code, const QString &naam, const QString &uitleg)
{
    return bestaat(ctx_, actor, QStringLiteral("SELECT COUNT(*) FROM vormen WHERE code = :c AND naam = :n AND uitleg = :u"),
                   {{QStringLiteral(":c"), code}, {QStringLiteral(":n"), naam}, {QStringLiteral(":u"), uitleg}});
}

Result<bool> Laadstand::vormAfspraakBestaat(const Actor &actor, const QString &vormCode)
{
    return bestaat(ctx_, actor, QStringLiteral("SELECT COUNT(*) FROM afspraken WHERE scope = 'vorm' AND vorm_code = :c"),
                   {{QStringLiteral(":c"), vormCode}});
}

Result<bool> Laadstand::redenBestaat(const Actor &actor, const Reden &r)
{
    return bestaat(ctx_, actor,
                   QStringLiteral("SELECT COUNT(*) FROM redenen WHERE code = :c AND soort = :s"
                                  " AND tekst_b1 = :b AND tekst_medewerker = :m"),
                   {{QStringLiteral(":c"), r.code}, {QStringLiteral(":s"), r.soort},
                    {QStringLiteral(":b"), r.tekstB1}, {QStringLiteral(":m"), r.tekstMedewerker}});
}

Result<bool> Laadstand::gebruikerBestaat(const Actor &actor, const QString &username)
{
    return bestaat(ctx_, actor, QStringLiteral("SELECT COUNT(*) FROM users WHERE username = :u"),
                   {{QStringLiteral(":u"), username}});
}

Result<qint64> Laadstand::inwonerMetRelatiecode(const Actor &actor, const QString &relatiecode)
{
    return getal(ctx_, actor, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM inwoners WHERE allegro_relatiecode = :r"),
                 {{QStringLiteral(":r"), relatiecode}});
}

Result<bool> Laadstand::budgetplanBestaat(const Actor &actor, qint64 inwonerId)
{
    return bestaat(ctx_, actor, QStringLiteral("SELECT COUNT(*) FROM budgetplannen WHERE inwoner_id = :i"),
                   {{QStringLiteral(":i"), inwonerId}});
}

Result<bool> Laadstand::leningBestaat(const Actor &actor, qint64 inwonerId, const QString &omschrijving)
{
    return bestaat(ctx_, actor, QStringLiteral("SELECT COUNT(*) FROM leningen WHERE inwoner_id = :i AND omschrijving = :o"),
                   {{QStringLiteral(":i"), inwonerId}, {QStringLiteral(":o"), omschrijving}});
}

Result<bool> Laadstand::afspraakBestaat(const Actor &actor, const QString &scope, qint64 inwonerId,
                                        std::optional<qint64> reserveringId)
{
    return bestaat(ctx_, actor,
                   QStringLiteral("SELECT COUNT(*) FROM afspraken WHERE scope = :s AND inwoner_id = :i"
                                  " AND COALESCE(reservering_id, 0) = :r"),
                   {{QStringLiteral(":s"), scope}, {QStringLiteral(":i"), inwonerId},
                    {QStringLiteral(":r"), reserveringId.value_or(0)}});
}

Result<bool> Laadstand::caseloadBestaat(const Actor &actor, qint64 medewerkerId, qint64 inwonerId)
{
    return bestaat(ctx_, actor, QStringLiteral("SELECT COUNT(*) FROM caseload WHERE medewerker_id = :m AND inwoner_id = :i"),
                   {{QStringLiteral(":m"), medewerkerId}, {QStringLiteral(":i"), inwonerId}});
}

Result<qint64> Laadstand::transacties(const Actor &actor, qint64 inwonerId, const QString &bron)
{
    return getal(ctx_, actor, QStringLiteral("SELECT COUNT(*) FROM transacties WHERE inwoner_id = :i AND bron = :b"),
                 {{QStringLiteral(":i"), inwonerId}, {QStringLiteral(":b"), bron}});
}

Result<qint64> Laadstand::stortingen(const Actor &actor, const QString &prefix)
{
    // A key range rather than LIKE, so the UNIQUE index answers it without a table scan:
    // every key with the prefix continues with '-', and '.' sorts right after '-'.
    return getal(ctx_, actor,
                 QStringLiteral("SELECT COUNT(*) FROM ledger_transfers WHERE idempotency_key > :van AND idempotency_key < :tot"),
                 {{QStringLiteral(":van"), QString(prefix + QLatin1Char('-'))},
                  {QStringLiteral(":tot"), QString(prefix + QLatin1Char('.'))}});
}

Result<qint64> Laadstand::reserveringMetNaam(const Actor &actor, qint64 inwonerId, const QString &naam)
{
    return getal(ctx_, actor, QStringLiteral("SELECT COALESCE(MIN(id), 0) FROM reserveringen WHERE inwoner_id = :i AND naam = :n"),
                 {{QStringLiteral(":i"), inwonerId}, {QStringLiteral(":n"), naam}});
}

Result<qint64> Laadstand::eersteMedewerker(const Actor &actor, qint64 inwonerId)
{
    return getal(ctx_, actor, QStringLiteral("SELECT COALESCE(MIN(medewerker_id), 0) FROM caseload WHERE inwoner_id = :i"),
                 {{QStringLiteral(":i"), inwonerId}});
}

} // namespace regie::services
