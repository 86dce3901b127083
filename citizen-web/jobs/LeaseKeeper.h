#pragma once
// Runs regie-server's background work (the system jobs, the outbox dispatcher, the Allegro
// sync) on one instance at a time: the instance that holds the lease "achtergrond" in the
// store (cluster::Lease). It tries to take the lease at start and every third of the lease
// time; on gaining it, onGained starts the work; when it cannot renew in time, onLost stops
// it before another instance may take over. An instance that is killed stops renewing, so
// another takes over within one lease time (docs/DEPLOY.md). A clean stop gives the lease
// back at once.
//
// On SQLite (one instance) the lease is always free for it: the same path, no waiting.

#include "cluster/Lease.h"

#include <QtCore/QDateTime>
#include <QtCore/QElapsedTimer>
#include <QtCore/QObject>
#include <QtCore/QTimer>

#include <chrono>
#include <functional>

namespace regie::web::jobs {

class LeaseKeeper : public QObject {
    Q_OBJECT
public:
    inline static const QString kLeaseName = QStringLiteral("achtergrond");

    LeaseKeeper(storage::Database &db, std::function<QDateTime()> clock, std::chrono::milliseconds lease,
                const QString &instance, QObject *parent = nullptr);
    ~LeaseKeeper() override;

    std::function<void()> onGained;
    std::function<void()> onLost;

    void start();
    // Stops the work (onLost) and gives the lease back.
    void stop();
    bool holds() const { return holds_; }
    // One attempt to take or renew, now (also run by the timer).
    void tick();

private:
    cluster::Lease lease_;
    std::function<QDateTime()> clock_;
    std::chrono::milliseconds duration_;
    QTimer timer_;
    QElapsedTimer sinceRenewed_; // monotonic: a clock step cannot stretch our own lease
    bool holds_ = false;
};

} // namespace regie::web::jobs
