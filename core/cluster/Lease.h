#pragma once
// A lease in the store (cluster_leases): one holder at a time runs what the lease guards
// (regie-server's background work: jobs, outbox dispatch, Allegro sync). The holder renews
// it well before it runs out; another instance may take it only after it has run out, so an
// instance that was killed is replaced within one lease time. Works on SQLite (one
// instance: it always holds the lease) and PostgreSQL.
//
// Times are the instances' own clocks (as for sessions): keep them in step with NTP; the
// margin between renewing (a third of the lease) and running out absorbs a small skew.

#include "storage/Database.h"

#include <QtCore/QDateTime>
#include <QtCore/QString>

#include <chrono>
#include <optional>

namespace regie::cluster {

struct LeaseHolder {
    QString holder;
    QDateTime until;
    QDateTime since;
};

class Lease {
public:
    static constexpr int kMaxNameChars = 64;
    static constexpr int kMaxHolderChars = 200;

    Lease(storage::Database &db, QString name, QString holder);

    // Takes the lease when it is free or ran out, or renews it when this holder has it; in
    // one statement, so two instances can never both succeed. False: someone else holds it
    // (or the store could not be reached; error() says which).
    bool claim(const QDateTime &now, std::chrono::milliseconds duration);
    // Gives the lease up (on a clean stop), so another instance takes over at once.
    bool release();
    std::optional<LeaseHolder> current();

    const QString &name() const { return name_; }
    const QString &holder() const { return holder_; }
    const QString &error() const { return error_; }

private:
    storage::Database &db_;
    QString name_;
    QString holder_;
    QString error_;
};

// A name for this process that differs between instances and restarts: host, pid and a
// random part (a restarted process must not inherit its predecessor's lease or claims).
QString instanceName();

} // namespace regie::cluster
