#pragma once
// regie-server configuration, made from the settings table (core/config/Settings.h) by
// server/Options.h. Every limit the server enforces lives here so tests and
// operators can see and tune them in one place.

#include "storage/Database.h"

#include <QtCore/QHash>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtNetwork/QHostAddress>

#include <chrono>
#include <utility>

namespace regie::web {

struct Config {
    // ---- Listening ---------------------------------------------------------------------
    QHostAddress listenAddress = QHostAddress::LocalHost;
    quint16 port = 8080;
    QString tlsCertFile;             // PEM; both set = HTTPS (QSslServer)
    QString tlsKeyFile;
    bool tls() const { return !tlsCertFile.isEmpty() && !tlsKeyFile.isEmpty(); }
    // The origin browsers see, e.g. "https://regie.utrecht.nl" behind a TLS-terminating
    // proxy. Empty: derived from the request (scheme of this listener + Host header).
    QString publicOrigin;
    // Peers (address, prefix length) whose X-Forwarded-For is believed: the TLS proxy in
    // front. From any other peer the header is ignored (server/ClientAddress.h).
    QList<std::pair<QHostAddress, int>> trustedProxies;
    // Browsers reach us over https: the public origin says so, or this listener is TLS.
    // Decides Secure and the __Host- prefix of the cookies (server/SessionCookie.h).
    bool httpsOrigin() const
    {
        return publicOrigin.isEmpty() ? tls() : publicOrigin.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
    }

    // ---- Data --------------------------------------------------------------------------
    QString dataDir;                 // regie.sqlite + keys live here (0700)
    storage::DatabaseConfig database;// filled from dataDir or --postgres
    QString assetsDir;               // static files under /assets/
    bool demo = false;               // demo data and the demo login page
    // Allegro for the take-over of a household (POST /api/v1/inwoners); main.cpp copies
    // them from the koppeling options (--allegro, --allegro-user, --allegro-password).
    QString allegroUrl, allegroUser, allegroPassword;
    QString configFile;              // the INI file, for modules that read their own group

    // ---- Limits ------------------------------------------------------------------------
    qint64 maxPageBodyBytes = 64 * 1024;
    qint64 maxApiBodyBytes = 1024 * 1024;
    int maxFormFields = 100;
    int maxFormFieldLength = 8 * 1024;
    int maxSseConnectionsPerSession = 4;
    int maxRealtimeConnections = 2000; // SSE + WebSocket together
    int maxWebSocketMessageBytes = 4 * 1024;
    int maxConnections = 5000;          // open TCP connections (streams included)
    int maxConnectionsPerClient = 64;   // per peer address; trusted proxies only count in the total
    qint64 maxHeaderBytes = 32 * 1024;  // request line + headers
    qint64 maxBufferedBytes = 256 * 1024 * 1024; // request bytes held for all connections together
    int maxUnauthenticatedWebSockets = 100;     // staff sockets still waiting for their token
    int maxUnauthenticatedWebSocketsPerClient = 4;
    std::chrono::seconds connectionIdleTimeout{60}; // keep-alive without a request
    std::chrono::seconds headerTimeout{10};  // first byte of a request to the end of its headers
    std::chrono::seconds requestTimeout{30}; // first byte of a request to its last body byte
    std::chrono::seconds deferredTimeout{30};// a handler that answers later (DigiD) must by then

    // ---- Sessions and tokens -----------------------------------------------------------
    std::chrono::seconds idleTimeout{15 * 60};
    std::chrono::seconds idleWarning{13 * 60};     // when the page script warns
    std::chrono::seconds absoluteTimeout{8 * 60 * 60};
    std::chrono::seconds accessTokenLifetime{15 * 60};
    std::chrono::seconds refreshTokenLifetime{8 * 60 * 60};

    // ---- Login rate limiting (RateLimiter) ---------------------------------------------
    int loginAttemptsPerAddress = 20;  // per window
    int loginAttemptsPerUsername = 5;  // per window
    std::chrono::seconds loginWindow{15 * 60};
    // Requests to the login routes (Router::throttlePerClient) per client per login window,
    // checked by the server before the handler: a DigiD login takes two.
    int loginRequestsPerClient = 60;

    // ---- Realtime ----------------------------------------------------------------------
    std::chrono::seconds sseHeartbeat{15};

    // ---- Contact details shown on pages (defaults from the database team) -------------
    QString contactPhone;
    QString contactEmail;
    QString teamName;

    // ---- Integrations ------------------------------------------------------------------
    QString zgwWebhookSecret;        // Authorization value the ZGW notificaties component sends
    // The [digid] settings by name ("issuer", "client_id", ...), for pages::digidConfigFromValues.
    QHash<QString, QString> digid;

    // ---- Health and metrics (server/Health.h) ------------------------------------------
    // A second listener for /metrics and /health/* (monitoring on its own address); port 0
    // with a null address: none. On the main address /metrics answers only to metricsToken.
    QHostAddress metricsAddress;
    quint16 metricsPort = 0;
    QString metricsToken;
    bool metricsListener() const { return !metricsAddress.isNull(); }

    // ---- Informational -----------------------------------------------------------------
    QString version = QStringLiteral(REGIE_VERSION_STRING);
    QString apiVersion = QStringLiteral("1.0.0");
};

} // namespace regie::web
