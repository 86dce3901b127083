#include "jobs/Scheduler.h"

#include "base/Assert.h"

#include <QtCore/QLoggingCategory>

#include <exception>
#include <limits>

namespace regie::web::jobs {
namespace {
Q_LOGGING_CATEGORY(lcJobs, "regie.jobs")
}

Scheduler::Scheduler(std::chrono::milliseconds interval, QObject *parent) : QObject(parent)
{
    REGIE_ASSERT(interval.count() > 0 && interval.count() <= std::numeric_limits<int>::max());
    timer_.setInterval(static_cast<int>(interval.count()));
    connect(&timer_, &QTimer::timeout, this, &Scheduler::runAll);
}

void Scheduler::add(const QString &name, Job job)
{
    REGIE_ASSERT(jobs_.size() < kMaxJobs && job);
    jobs_.append({name, std::move(job)});
}

void Scheduler::start()
{
    timer_.start();
}

void Scheduler::stop()
{
    timer_.stop();
}

int Scheduler::runAll()
{
    int failed = 0;
    for (const Entry &entry : std::as_const(jobs_)) {
        bool ok = false;
        try {
            ok = entry.job();
        } catch (const std::exception &e) {
            qCWarning(lcJobs).noquote() << "job" << entry.name << "threw:" << e.what();
        }
        if (!ok) {
            ++failed;
            qCWarning(lcJobs).noquote() << "system job" << entry.name << "failed";
        }
    }
    return failed;
}

} // namespace regie::web::jobs
