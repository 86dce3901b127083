#pragma once
// What makes one instance's realtime hub part of several (docs/DEPLOY.md):
//   - events: every event this instance publishes goes to the other instances over
//     PostgreSQL LISTEN/NOTIFY (cluster::EventChannel), and theirs reach the pages open
//     here. On SQLite there is one instance: the hub's in-process path is the whole path.
//   - open pages: the inwoners connected here are reported to the store (cluster::Presence)
//     whenever the set changes and on a heartbeat, so the instance that runs the Allegro
//     sync gives their households priority.
// Lives on the server's thread; the presence reports use the server's connection between
// two requests, the events a connection of their own.

#include "server/RealtimeHub.h"

#include "cluster/EventChannel.h"
#include "cluster/Presence.h"

#include <QtCore/QObject>
#include <QtCore/QTimer>

#include <optional>

namespace regie::web {

class RealtimeRelay : public QObject {
    Q_OBJECT
public:
    static constexpr int kPresenceIntervalMs = 10'000;
    static constexpr int kPresenceValidMs = 3 * kPresenceIntervalMs; // outlives two missed reports
    static constexpr int kPresenceDebounceMs = 300;

    RealtimeRelay(RealtimeHub &hub, services::ServiceContext &services, QString instance, QObject *parent = nullptr);
    ~RealtimeRelay() override;

    // Starts listening (PostgreSQL) and reporting. False: the event channel could not be
    // opened now (it keeps trying; the pages of this instance still get its own events).
    bool start(QString *error);
    // Takes this instance's open pages out of the store (clean stop).
    void stop();

    // The event between instances: the hub's fields, never amounts or names.
    static QByteArray encode(const services::DomainEvent &event);
    static std::optional<services::DomainEvent> decode(const QByteArray &payload);

private:
    void reportPresence();

    RealtimeHub &hub_;
    services::ServiceContext &services_;
    cluster::EventChannel channel_;
    cluster::Presence presence_;
    QTimer presenceTimer_;
    QTimer debounce_;
};

} // namespace regie::web
