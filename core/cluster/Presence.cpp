#include "cluster/Presence.h"

#include "base/Assert.h"

namespace regie::cluster {

using storage::Sql;

Presence::Presence(storage::Database &db, QString instance) : db_(db), instance_(std::move(instance))
{
    REGIE_ASSERT(!instance_.isEmpty());
}

bool Presence::report(const QSet<qint64> &inwoners, const QDateTime &until)
{
    REGIE_ASSERT(inwoners.size() <= kMaxInwoners);
    // No transaction: only this instance writes its rows, and a half-done report is
    // corrected by the next one (every heartbeat).
    QSet<qint64> known;
    {
        Sql q(db_, QStringLiteral("SELECT inwoner_id FROM realtime_aanwezig WHERE instance = :i"));
        q.bind(QStringLiteral(":i"), instance_);
        if (!q.exec())
            return false;
        while (q.next())
            known.insert(q.int64(0));
    }
    for (qint64 gone : known - inwoners) {
        Sql q(db_, QStringLiteral("DELETE FROM realtime_aanwezig WHERE instance = :i AND inwoner_id = :w"));
        q.bind(QStringLiteral(":i"), instance_).bind(QStringLiteral(":w"), gone);
        if (!q.exec())
            return false;
    }
    for (qint64 added : inwoners - known) {
        Sql q(db_, QStringLiteral("INSERT INTO realtime_aanwezig (instance, inwoner_id, tot) VALUES (:i, :w, :t)"));
        q.bind(QStringLiteral(":i"), instance_).bind(QStringLiteral(":w"), added).bind(QStringLiteral(":t"),
                                                                                     storage::toDbTime(until));
        if (!q.exec())
            return false;
    }
    Sql renew(db_, QStringLiteral("UPDATE realtime_aanwezig SET tot = :t WHERE instance = :i"));
    renew.bind(QStringLiteral(":t"), storage::toDbTime(until)).bind(QStringLiteral(":i"), instance_);
    if (!renew.exec())
        return false;
    // Rows of instances that died: gone once they are well past their expiry.
    Sql dead(db_, QStringLiteral("DELETE FROM realtime_aanwezig WHERE tot < :t"));
    dead.bind(QStringLiteral(":t"), storage::toDbTime(until.addSecs(-3600)));
    return dead.exec();
}

bool Presence::clear()
{
    Sql q(db_, QStringLiteral("DELETE FROM realtime_aanwezig WHERE instance = :i"));
    q.bind(QStringLiteral(":i"), instance_);
    return q.exec();
}

QSet<qint64> Presence::connected(const QDateTime &now)
{
    QSet<qint64> out;
    Sql q(db_, QStringLiteral("SELECT DISTINCT inwoner_id FROM realtime_aanwezig WHERE tot >= :t LIMIT :n"));
    q.bind(QStringLiteral(":t"), storage::toDbTime(now)).bind(QStringLiteral(":n"), kMaxInwoners);
    if (!q.exec())
        return out;
    while (q.next())
        out.insert(q.int64(0));
    return out;
}

} // namespace regie::cluster
