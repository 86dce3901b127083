#include "server/Metrics.h"

#include <QtCore/QMutexLocker>

#include <algorithm>

namespace regie::web {

QString HttpMetrics::group(const QString &route)
{
    if (route.startsWith(QLatin1String("/api/v1/sessies")) || route.startsWith(QLatin1String("/inloggen"))
        || route.startsWith(QLatin1String("/uitloggen")))
        return QStringLiteral("login");
    if (route.startsWith(QLatin1String("/api/")))
        return QStringLiteral("api");
    if (route.startsWith(QLatin1String("/health")) || route == QLatin1String("/metrics"))
        return QStringLiteral("health");
    if (route == QLatin1String("(static)") || route.startsWith(QLatin1String("/assets")))
        return QStringLiteral("assets");
    if (route == QLatin1String("/events") || route == QLatin1String("(websocket)"))
        return QStringLiteral("realtime");
    if (route.startsWith(QLatin1Char('/')))
        return QStringLiteral("pages");
    return QStringLiteral("none");
}

void HttpMetrics::observe(const AccessLogEntry &e)
{
    const QString statusClass = QString::number(std::clamp(e.status / 100, 1, 5)) + QStringLiteral("xx");
    const double seconds = e.durationMs / 1000.0; // a duration, not money
    QMutexLocker lock(&mutex_);
    Series &s = series_[{group(e.route), statusClass}];
    ++s.count;
    s.sumSeconds += seconds;
    for (std::size_t i = 0; i < kBuckets.size(); ++i) {
        if (seconds <= kBuckets[i])
            ++s.buckets[i];
    }
}

QByteArray HttpMetrics::exposition() const
{
    QByteArray out = "# HELP regie_http_requests_total Answered HTTP requests by route group and status class.\n"
                     "# TYPE regie_http_requests_total counter\n";
    QByteArray latency = "# HELP regie_http_request_duration_seconds Time from a request's first byte to its answer.\n"
                         "# TYPE regie_http_request_duration_seconds histogram\n";
    QMutexLocker lock(&mutex_);
    for (const auto &[key, s] : series_) {
        const QByteArray labels = "group=\"" + key.first.toLatin1() + "\",status=\"" + key.second.toLatin1() + '"';
        out += "regie_http_requests_total{" + labels + "} " + QByteArray::number(s.count) + '\n';
        for (std::size_t i = 0; i < kBuckets.size(); ++i)
            latency += "regie_http_request_duration_seconds_bucket{" + labels + ",le=\"" + QByteArray::number(kBuckets[i])
                       + "\"} " + QByteArray::number(s.buckets[i]) + '\n';
        latency += "regie_http_request_duration_seconds_bucket{" + labels + ",le=\"+Inf\"} " + QByteArray::number(s.count) + '\n';
        latency += "regie_http_request_duration_seconds_sum{" + labels + "} " + QByteArray::number(s.sumSeconds, 'f', 6) + '\n';
        latency += "regie_http_request_duration_seconds_count{" + labels + "} " + QByteArray::number(s.count) + '\n';
    }
    return out + latency;
}

HttpMetrics &httpMetrics()
{
    static HttpMetrics metrics;
    return metrics;
}

QByteArray exposition(const QList<Gauge> &gauges)
{
    QByteArray out;
    for (const Gauge &g : gauges) {
        out += QByteArray("# HELP ") + g.name + ' ' + g.help + "\n# TYPE " + g.name + " gauge\n";
        for (const auto &[labels, value] : g.samples)
            out += QByteArray(g.name) + (labels.isEmpty() ? QByteArray() : '{' + labels.toLatin1() + '}') + ' '
                   + QByteArray::number(value, 'g', 12) + '\n';
    }
    return out;
}

} // namespace regie::web
