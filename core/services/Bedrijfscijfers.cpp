#include "services/Bedrijfscijfers.h"

#include "services/Support.h"

namespace regie::services {

using storage::Sql;

namespace {

qint64 secondsSince(const QString &dbTime, const QDateTime &now)
{
    const QDateTime at = storage::fromDbTime(dbTime);
    return at.isValid() ? std::max<qint64>(0, at.secsTo(now)) : 0;
}

} // namespace

Result<bool> BedrijfscijfersLezen::opslagBereikbaar(const Actor &actor)
{
    if (!magInrichten(actor))
        return forbidden<bool>();
    Sql q(ctx_.db, QStringLiteral("SELECT COUNT(*) FROM settings"));
    if (!q.exec() || !q.next())
        return Result<bool>::failure(ErrorCode::Unavailable, q.error());
    return Result<bool>::success(true);
}

Result<Bedrijfscijfers> BedrijfscijfersLezen::lees(const Actor &actor, const QDateTime &actiefSinds)
{
    if (!magInrichten(actor))
        return forbidden<Bedrijfscijfers>();
    const QDateTime now = ctx_.now();
    Bedrijfscijfers c;
    Sql outbox(ctx_.db, QStringLiteral("SELECT status, COUNT(*), MIN(created_at) FROM outbox"
                                       " WHERE status IN ('nieuw', 'mislukt') GROUP BY status"));
    if (!outbox.exec())
        return storageFailure<Bedrijfscijfers>(outbox.error());
    while (outbox.next()) {
        if (outbox.text(0) == QLatin1String("nieuw")) {
            c.outboxWachtend = outbox.int64(1);
            c.outboxOudsteSeconden = secondsSince(outbox.text(2), now);
        } else {
            c.outboxMislukt = outbox.int64(1);
        }
    }
    Sql sync(ctx_.db, QStringLiteral("SELECT MAX(laatste_succes_at),"
                                     " SUM(CASE WHEN laatste_fout IS NOT NULL THEN 1 ELSE 0 END) FROM koppeling_sync"));
    if (!sync.exec() || !sync.next())
        return storageFailure<Bedrijfscijfers>(sync.error());
    if (!sync.isNull(0))
        c.syncLeeftijdSeconden = secondsSince(sync.text(0), now);
    c.syncFouten = sync.int64(1);
    Sql verzoeken(ctx_.db, QStringLiteral("SELECT status, COUNT(*) FROM verzoeken GROUP BY status ORDER BY status"));
    if (!verzoeken.exec())
        return storageFailure<Bedrijfscijfers>(verzoeken.error());
    while (verzoeken.next())
        c.verzoekenPerStatus.append({verzoeken.text(0), verzoeken.int64(1)});
    Sql sessies(ctx_.db, QStringLiteral("SELECT COUNT(*) FROM web_sessions WHERE last_seen_at >= :t"));
    sessies.bind(QStringLiteral(":t"), storage::toDbTime(actiefSinds));
    if (!sessies.exec() || !sessies.next())
        return storageFailure<Bedrijfscijfers>(sessies.error());
    c.openSessies = sessies.int64(0);
    return Result<Bedrijfscijfers>::success(std::move(c));
}

} // namespace regie::services
