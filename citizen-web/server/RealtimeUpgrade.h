#pragma once
// Where a request becomes a realtime connection: GET /events (Server-Sent Events, cookie
// session) and the WebSocket upgrades on /ws (cookie session, our own Origin) and
// /api/v1/ws (staff: bearer token on the handshake or a first auth message). Checks the
// login and the hub's bounds, then hands the connection to the RealtimeHub.
//
// Qt 6.4 detail: a refused upgrade must make handleRequest return false (Qt would
// otherwise complete the handshake); Qt then calls missingHandler, which writes the
// refusal kept here. An accepted upgrade writes nothing and waits for Qt's handshake.

#include "server/Config.h"
#include "server/RealtimeHub.h"
#include "server/Web.h"

#include <QtCore/QHash>
#include <QtCore/QObject>

#include <optional>

class QHttpServerRequest;
class QTcpSocket;

namespace regie::web {

class HttpTransport;
class RequestPipeline;
class TokenStore;
struct Exchange;

class RealtimeUpgrade : public QObject {
    Q_OBJECT
public:
    static constexpr qint64 kPendingUpgradeMs = 30000; // accepted, but Qt never finished the handshake
    static constexpr int kMaxPendingUpgrades = 1000;   // handshakes in progress at once

    RealtimeUpgrade(const Config &config, RealtimeHub &hub, TokenStore &tokens, RequestPipeline &pipeline,
                    HttpTransport &transport, QObject *parent = nullptr);

    static bool isStream(const Exchange &x);
    static bool isUpgrade(const Exchange &x);
    // Writes the stream head and hands the socket to the hub, or writes the refusal.
    void openStream(Exchange &x);
    // True: accepted, Qt completes the handshake. False: refused; see writeRefusal().
    bool acceptUpgrade(Exchange &x, bool shuttingDown);
    // Qt's missingHandler after a refused upgrade.
    void writeRefusal(const QHttpServerRequest &request, QTcpSocket *socket);

private:
    struct Admitted {
        int refusal = 0;                      // the status to refuse with; 0: admitted
        std::optional<Subscriber> subscriber; // empty for staff who authenticate by message
    };
    Admitted admitCookieSession(Exchange &x);
    Admitted admitStaff(const Request &request);
    bool refuseUpgrade(const Exchange &x, int status);
    void onNewWebSocket();
    void forgetStalePending();

    const Config &config_;
    RealtimeHub &hub_;
    TokenStore &tokens_;
    RequestPipeline &pipeline_;
    HttpTransport &transport_;
    std::optional<Response> pendingRefusal_;
    // Accepted upgrades waiting for Qt's WebSocket handshake, by peer "address|port".
    struct PendingUpgrade {
        std::optional<Subscriber> subscriber;
        qint64 acceptedAtMs = 0;
        QString reservedFor; // no subscriber yet: the client whose unauthenticated place it holds
    };
    QHash<QString, PendingUpgrade> pendingUpgrades_;
};

} // namespace regie::web
