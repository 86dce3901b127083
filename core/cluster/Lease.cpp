#include "cluster/Lease.h"

#include "base/Assert.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QRandomGenerator>
#include <QtNetwork/QHostInfo>

namespace regie::cluster {

using storage::Sql;

Lease::Lease(storage::Database &db, QString name, QString holder)
    : db_(db), name_(std::move(name)), holder_(std::move(holder))
{
    REGIE_ASSERT(!name_.isEmpty() && name_.size() <= kMaxNameChars);
    REGIE_ASSERT(!holder_.isEmpty() && holder_.size() <= kMaxHolderChars);
}

bool Lease::claim(const QDateTime &now, std::chrono::milliseconds duration)
{
    REGIE_ASSERT(duration.count() > 0);
    // The upsert's WHERE decides: a row of another holder is only overwritten when it ran
    // out. Both engines lock the row for the statement, so of two claimers one wins.
    Sql q(db_, QStringLiteral("INSERT INTO cluster_leases (naam, houder, tot, sinds) VALUES (:n, :h, :tot, :nu)"
                              " ON CONFLICT (naam) DO UPDATE SET houder = excluded.houder, tot = excluded.tot,"
                              " sinds = CASE WHEN cluster_leases.houder = excluded.houder THEN cluster_leases.sinds"
                              " ELSE excluded.sinds END"
                              " WHERE cluster_leases.houder = excluded.houder OR cluster_leases.tot < :nu2"));
    q.bind(QStringLiteral(":n"), name_)
        .bind(QStringLiteral(":h"), holder_)
        .bind(QStringLiteral(":tot"), storage::toDbTime(now.addMSecs(duration.count())))
        .bind(QStringLiteral(":nu"), storage::toDbTime(now))
        .bind(QStringLiteral(":nu2"), storage::toDbTime(now));
    if (!q.exec()) {
        error_ = q.error();
        return false;
    }
    error_.clear();
    return q.numRowsAffected() == 1;
}

bool Lease::release()
{
    Sql q(db_, QStringLiteral("DELETE FROM cluster_leases WHERE naam = :n AND houder = :h"));
    q.bind(QStringLiteral(":n"), name_).bind(QStringLiteral(":h"), holder_);
    if (!q.exec()) {
        error_ = q.error();
        return false;
    }
    return q.numRowsAffected() == 1;
}

std::optional<LeaseHolder> Lease::current()
{
    Sql q(db_, QStringLiteral("SELECT houder, tot, sinds FROM cluster_leases WHERE naam = :n"));
    q.bind(QStringLiteral(":n"), name_);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return LeaseHolder{q.text(0), storage::fromDbTime(q.text(1)), storage::fromDbTime(q.text(2))};
}

QString instanceName()
{
    static const QString name = QStringLiteral("%1:%2:%3")
                                    .arg(QHostInfo::localHostName().left(100))
                                    .arg(QCoreApplication::applicationPid())
                                    .arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0'));
    return name;
}

} // namespace regie::cluster
