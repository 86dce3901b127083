#include "server/RealtimeRelay.h"

#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QLoggingCategory>

namespace regie::web {
namespace {
Q_LOGGING_CATEGORY(lcRelay, "regie.web.realtime")

constexpr qsizetype kMaxFieldChars = 200;
} // namespace

RealtimeRelay::RealtimeRelay(RealtimeHub &hub, services::ServiceContext &services, QString instance, QObject *parent)
    : QObject(parent), hub_(hub), services_(services), channel_(services.db.config(), instance),
      presence_(services.db, instance)
{
    presenceTimer_.setInterval(kPresenceIntervalMs);
    connect(&presenceTimer_, &QTimer::timeout, this, &RealtimeRelay::reportPresence);
    debounce_.setSingleShot(true);
    debounce_.setInterval(kPresenceDebounceMs);
    connect(&debounce_, &QTimer::timeout, this, &RealtimeRelay::reportPresence);
    connect(&hub_, &RealtimeHub::connectionsChanged, &debounce_, [this] {
        if (!debounce_.isActive())
            debounce_.start();
    });
    connect(&channel_, &cluster::EventChannel::received, this, [this](const QByteArray &payload) {
        if (const auto event = decode(payload))
            hub_.deliver(*event);
    });
}

RealtimeRelay::~RealtimeRelay()
{
    hub_.relay = nullptr;
}

bool RealtimeRelay::start(QString *error)
{
    hub_.relay = [this](const services::DomainEvent &event) {
        if (channel_.isActive())
            channel_.send(encode(event));
    };
    presenceTimer_.start();
    reportPresence();
    return channel_.start(error);
}

void RealtimeRelay::stop()
{
    hub_.relay = nullptr;
    presenceTimer_.stop();
    debounce_.stop();
    presence_.clear();
}

void RealtimeRelay::reportPresence()
{
    if (!presence_.report(hub_.connectedInwoners(), services_.now().addMSecs(kPresenceValidMs)))
        qCWarning(lcRelay) << "realtime: could not report the open pages (the sync's priority waits for the next try)";
}

QByteArray RealtimeRelay::encode(const services::DomainEvent &event)
{
    QJsonObject o{{QStringLiteral("k"), event.kind.left(kMaxFieldChars)},
                  {QStringLiteral("i"), event.inwonerId},
                  {QStringLiteral("o"), event.objectId.left(kMaxFieldChars)}};
    if (event.userId)
        o.insert(QStringLiteral("u"), *event.userId);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<services::DomainEvent> RealtimeRelay::decode(const QByteArray &payload)
{
    const QJsonObject o = QJsonDocument::fromJson(payload).object();
    services::DomainEvent event;
    event.kind = o.value(QStringLiteral("k")).toString();
    event.inwonerId = o.value(QStringLiteral("i")).toInteger();
    event.objectId = o.value(QStringLiteral("o")).toString();
    if (o.contains(QStringLiteral("u")))
        event.userId = o.value(QStringLiteral("u")).toInteger();
    if (event.kind.isEmpty() || event.kind.size() > kMaxFieldChars || event.objectId.size() > kMaxFieldChars
        || event.inwonerId < 0)
        return std::nullopt;
    return event;
}

} // namespace regie::web
