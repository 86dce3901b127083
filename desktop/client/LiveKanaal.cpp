#include "client/LiveKanaal.h"

#include "client/ApiClient.h"

#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QTimer>
#include <QtWebSockets/QWebSocket>

namespace regie::desk {

LiveKanaal::LiveKanaal(ApiClient &api, QObject *parent) : QObject(parent), api_(api) {}

LiveKanaal::~LiveKanaal() { stop(); }

void LiveKanaal::start()
{
    stop();
    socket_ = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    connect(socket_, &QWebSocket::connected, this, [this] {
        const QJsonObject auth{{QStringLiteral("type"), QStringLiteral("auth")}, {QStringLiteral("token"), api_.accessToken()}};
        socket_->sendTextMessage(QString::fromUtf8(QJsonDocument(auth).toJson(QJsonDocument::Compact)));
    });
    connect(socket_, &QWebSocket::textMessageReceived, this, &LiveKanaal::bericht);
    connect(socket_, &QWebSocket::disconnected, this, [this] {
        verbonden_ = false;
        verbindOpnieuw();
    });
    QUrl url = api_.server();
    url.setScheme(url.scheme() == QLatin1String("https") ? QStringLiteral("wss") : QStringLiteral("ws"));
    url.setPath(url.path() + QLatin1String(kApiPrefix) + QStringLiteral("/ws"));
    socket_->open(url);
}

void LiveKanaal::stop()
{
    if (!socket_)
        return;
    socket_->disconnect(this);
    socket_->close();
    socket_->deleteLater();
    socket_ = nullptr;
    verbonden_ = false;
}

// Backs off to at most a minute; the screens' reload timers cover the gap meanwhile.
void LiveKanaal::verbindOpnieuw()
{
    if (!api_.loggedIn())
        return;
    QTimer::singleShot(herverbindMs_, this, [this] {
        if (socket_ && !verbonden_ && api_.loggedIn())
            start();
    });
    herverbindMs_ = qMin(herverbindMs_ * 2, kMaxHerverbindMs);
}

void LiveKanaal::bericht(const QString &tekst)
{
    const QJsonObject o = QJsonDocument::fromJson(tekst.left(kMaxBerichtTekens).toUtf8()).object();
    const QString soort = o.value(QStringLiteral("kind")).toString();
    if (soort == QLatin1String("verbonden")) {
        verbonden_ = true;
        herverbindMs_ = kEersteHerverbindMs;
        return;
    }
    Q_EMIT gewijzigd(soort);
}

} // namespace regie::desk
