#include "jobs/LeaseKeeper.h"

#include "base/Assert.h"

#include <QtCore/QLoggingCategory>

namespace regie::web::jobs {
namespace {
Q_LOGGING_CATEGORY(lcLease, "regie.jobs")
}

LeaseKeeper::LeaseKeeper(storage::Database &db, std::function<QDateTime()> clock, std::chrono::milliseconds lease,
                         const QString &instance, QObject *parent)
    : QObject(parent), lease_(db, kLeaseName, instance), clock_(std::move(clock)), duration_(lease)
{
    REGIE_ASSERT(duration_.count() >= 300 && duration_.count() <= 3'600'000);
    timer_.setInterval(static_cast<int>(duration_.count() / 3));
    connect(&timer_, &QTimer::timeout, this, &LeaseKeeper::tick);
}

LeaseKeeper::~LeaseKeeper()
{
    stop();
}

void LeaseKeeper::start()
{
    timer_.start();
    tick();
}

void LeaseKeeper::tick()
{
    if (lease_.claim(clock_(), duration_)) {
        sinceRenewed_.restart();
        if (!holds_) {
            holds_ = true;
            qCInfo(lcLease).noquote() << "background work: this instance holds the lease" << lease_.name() << "for"
                                      << duration_.count() << "ms; starting the jobs and koppelingen";
            if (onGained)
                onGained();
        }
        return;
    }
    if (!holds_)
        return; // another instance runs the work
    // Someone else has it, or the store did not answer. Another instance may take over once
    // the lease ran out, so the work stops at half of it, well before.
    const bool taken = lease_.error().isEmpty();
    if (!taken && sinceRenewed_.elapsed() < duration_.count() / 2)
        return;
    holds_ = false;
    qCWarning(lcLease).noquote() << "background work: lost the lease" << lease_.name()
                                 << (taken ? "to another instance; stopping" : "(the database did not answer); stopping");
    if (onLost)
        onLost();
}

void LeaseKeeper::stop()
{
    timer_.stop();
    if (!holds_)
        return;
    holds_ = false;
    if (onLost)
        onLost();
    lease_.release();
    qCInfo(lcLease) << "background work: lease given back";
}

} // namespace regie::web::jobs
