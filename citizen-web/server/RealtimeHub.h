#pragma once
// Pushes DomainEvents to open pages and desktops within a second of the commit.
// Services call ServiceContext::publish after commit; the hub forwards only the kind and
// the object id (never amounts or names) to the connections the event applies to:
//   - inwoner sessions (SSE /events, WebSocket /ws): events about that inwoner;
//   - ketenpartner sessions: events about inwoners who gave them consent;
//   - staff (WebSocket /api/v1/ws): werkvoorraad.gewijzigd and melding.nieuw addressed to
//     them, or about inwoners in their caseload (medewerker) or team (teamleider).
// Connections are bounded per session and in total; a heartbeat keeps proxies from
// closing idle streams and drops connections whose session or token ended. Only
// authenticated connections count against the realtime slots: a staff WebSocket that has
// not yet sent its token lives in a small pool of its own (bounded in total and per client,
// 10 s to authenticate), so unauthenticated handshakes cannot crowd out logged-in users.

#include "server/Config.h"
#include "domain/Domain.h"
#include "services/ServiceContext.h"

#include <QtCore/QHash>
#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QSet>
#include <QtCore/QTimer>

#include <functional>
#include <memory>

class QTcpSocket;
class QWebSocket;

namespace regie::web {

struct Subscriber {
    Actor actor;
    QString sessionHash;  // cookie sessions: SHA-256 of the id; staff: empty
    QString accessToken;  // staff: re-validated on every heartbeat
};

class RealtimeHub : public QObject {
    Q_OBJECT
public:
    static constexpr int kAuthTimeoutMs = 10000;
    // A stream whose reader stopped reading is dropped at the next heartbeat rather than
    // collecting events in the server's memory.
    static constexpr qint64 kMaxUnreadStreamBytes = 64 * 1024;

    RealtimeHub(services::ServiceContext &services, const Config &config, QObject *parent = nullptr);
    ~RealtimeHub() override;

    enum class Admission { Ok, TooManyForSession, TooManyTotal };
    Admission admit(const QString &sessionHash) const;
    // A place in the unauthenticated pool for a staff WebSocket that will send its token in
    // its first message; TooManyForSession when this client holds its share already.
    Admission reserveUnauthenticated(const QString &clientKey);
    void releaseUnauthenticated(const QString &clientKey);

    // The caller has written the SSE response head; the hub owns the stream from here.
    void addSse(QTcpSocket *socket, const Subscriber &subscriber);
    // An upgraded WebSocket. Without subscriber.actor (staff who did not send the token in
    // the handshake) the first text message must be {"type":"auth","token":"..."}; the
    // socket then holds the reservation made for `clientKey`.
    void addWebSocket(std::unique_ptr<QWebSocket> socket, std::optional<Subscriber> subscriber,
                      const QString &clientKey = {});

    // An event of this instance: to its own connections, then to `relay` (the other
    // instances, RealtimeRelay). deliver() is for events that came from another instance.
    void publish(const services::DomainEvent &event);
    void deliver(const services::DomainEvent &event);
    // The inwoners with an authenticated page open here (for the Allegro sync's priority).
    QSet<qint64> connectedInwoners() const;
    void closeSession(const QString &sessionHash);
    void closeAll();
    int connectionCount() const; // authenticated connections: what the slots bound
    int sseCount() const;
    int unauthenticatedCount() const { return unauthenticatedTotal_; }

    // Checked on every heartbeat; false closes the connection.
    std::function<bool(const Subscriber &)> stillValid;
    // Turns a staff access token into an actor (first-message authentication).
    std::function<std::optional<Actor>(const QString &token)> authenticateStaff;
    // Hands this instance's events on to the other instances; empty: one instance.
    std::function<void(const services::DomainEvent &)> relay;

Q_SIGNALS:
    // An authenticated connection opened or closed (the set of connected inwoners may differ).
    void connectionsChanged();

public:

    static bool applies(const services::DomainEvent &event, const Actor &actor,
                        storage::Database &db);
    static QByteArray payload(const services::DomainEvent &event);

private:
    struct Sse {
        QPointer<QTcpSocket> socket;
        Subscriber subscriber;
    };
    struct Ws {
        QWebSocket *socket = nullptr; // owned (deleteLater on close)
        std::optional<Subscriber> subscriber;
        QTimer *authTimer = nullptr;
        QString reservedFor;          // unauthenticated: the client whose pool place it holds
    };
    void heartbeat();
    void removeSse(quint64 key);
    void removeWs(quint64 key);
    void onWsMessage(quint64 key, const QString &message);

    services::ServiceContext &services_;
    const Config &config_;
    QTimer heartbeat_;
    quint64 nextKey_ = 1;
    QHash<quint64, Sse> sse_;
    QHash<quint64, Ws> ws_;
    QHash<QString, int> unauthenticatedPerClient_;
    int unauthenticatedTotal_ = 0;
};

} // namespace regie::web
