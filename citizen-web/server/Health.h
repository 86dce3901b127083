#pragma once
// Liveness, readiness and metrics for the beheerder's monitoring:
//   GET /health/live    200 while the event loop answers (no database touched)
//   GET /health/ready   200 when the store answers and every registered check passes
//                       (main.cpp registers the koppelingen), else 503; JSON says which
//   GET /metrics        Prometheus text: server/Metrics.h plus the gauges below
// On the main address /metrics needs "Authorization: Bearer <metrics/token>" (404 without a
// token configured); with metrics/listen all three are also served on that address, without
// a token, for a monitoring agent on the same network segment. Neither says anything about a
// person: counts, ages and states only.
//
// Allegro or the zaaksysteem being down does not make the server unready: inwoners can still
// see their money and ask, the outbox waits (docs/BEHEER.md). It shows in the metrics
// (outbox age, sync age), where an alert belongs.

#include "server/Config.h"
#include "server/Web.h"

#include <QtCore/QObject>

#include <functional>

class QTcpServer;
class QTcpSocket;

namespace regie::web {

class RealtimeHub;

class Monitoring : public QObject {
    Q_OBJECT
public:
    static constexpr int kMaxConnections = 16;        // on the metrics listener
    static constexpr qint64 kMaxRequestBytes = 8192;  // request line and headers
    static constexpr int kRequestTimeoutMs = 5000;

    Monitoring(const Config &config, services::ServiceContext &services, RealtimeHub &hub, QObject *parent = nullptr);

    void mount(Router &router);
    // A readiness check besides the store: returns an empty string when fine, else a short
    // reason without personal data ("gestopt").
    void addCheck(const QString &name, std::function<QString()> check);
    // The separate listener of metrics/listen; true without one configured.
    bool listen(QString *error);
    quint16 port() const;
    void stop();

    Response live() const;
    Response ready();
    Response metrics();

private:
    void onConnection();
    void answer(QTcpSocket *socket);

    const Config &config_;
    services::ServiceContext &services_;
    RealtimeHub &hub_;
    QList<std::pair<QString, std::function<QString()>>> checks_;
    QTcpServer *server_ = nullptr;
    int open_ = 0;
};

} // namespace regie::web
