#pragma once
// Prometheus metrics of regie-server (text exposition format 0.0.4). Request counts and
// latency are kept per route group and status class, never per path: a path can carry an
// id, and the label sets must stay few. Counted by logAccess (server/JsonLog.h), which every
// answered request passes; the gauges (sessions, streams, outbox, sync, requests per state)
// are read when /metrics is scraped (server/Health.h). No label ever carries personal data.

#include "server/JsonLog.h"

#include <QtCore/QByteArray>
#include <QtCore/QList>
#include <QtCore/QMutex>
#include <QtCore/QString>

#include <array>
#include <map>
#include <utility>

namespace regie::web {

class HttpMetrics {
public:
    // Upper bounds of the latency histogram, in seconds.
    static constexpr std::array<double, 11> kBuckets{0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};

    // The route group of a route label: api, login, pages, assets, realtime, health, none.
    static QString group(const QString &routeLabel);
    void observe(const AccessLogEntry &entry);
    // regie_http_requests_total and regie_http_request_duration_seconds.
    QByteArray exposition() const;

private:
    struct Series {
        qint64 count = 0;
        double sumSeconds = 0;
        std::array<qint64, kBuckets.size()> buckets{};
    };
    mutable QMutex mutex_;
    std::map<std::pair<QString, QString>, Series> series_; // (group, status class)
};

// One process, one set of counters: several Server objects in a test add up.
HttpMetrics &httpMetrics();

// One gauge line set: "# HELP", "# TYPE" and the samples.
struct Gauge {
    const char *name;
    const char *help;
    QList<std::pair<QString, double>> samples; // label text ("" or `status="x"`) -> value
};
QByteArray exposition(const QList<Gauge> &gauges);

} // namespace regie::web
