#pragma once
// Runs regie-server's background jobs on the event loop of the thread that owns it. That
// is the server's thread on purpose: the jobs use the same database connection as the
// handlers, between two requests, never during one. Every interval each job runs once, in
// the order added; a job that fails is logged by name and the others still run.
//
// The HTTP server knows nothing about jobs; main.cpp builds the scheduler and adds them
// (SystemJobs.h).

#include <QtCore/QList>
#include <QtCore/QObject>
#include <QtCore/QString>
#include <QtCore/QTimer>

#include <chrono>
#include <functional>

namespace regie::web::jobs {

class Scheduler : public QObject {
    Q_OBJECT
public:
    static constexpr int kMaxJobs = 16;
    // False: the job failed this round (logged; the next round tries again).
    using Job = std::function<bool()>;

    explicit Scheduler(std::chrono::milliseconds interval, QObject *parent = nullptr);

    void add(const QString &name, Job job);
    void start();
    void stop();
    bool isRunning() const { return timer_.isActive(); }
    // One round of every job, now; returns how many failed.
    int runAll();

private:
    struct Entry {
        QString name;
        Job job;
    };
    QList<Entry> jobs_;
    QTimer timer_;
};

} // namespace regie::web::jobs
