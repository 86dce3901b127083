#include "server/Options.h"

#include "server/ClientAddress.h"
#include "server/ZgwWebhook.h"

#include "config/Reference.h"
#include "storage/Conninfo.h"

#include <QtCore/QUrl>

namespace regie::web {
namespace {

using config::Values;

const Values::ProgramFlag kProgramFlags[] = {
    {"config", "file", "INI file with settings (flags override it)"},
    {"help", nullptr, "Show this help"},
    {"version", nullptr, "Show the version"},
};

// The [limits] group: each bound is checked against the table's range on the way in.
void applyLimits(const Values &v, Config &c)
{
    for (auto [key, target] : {std::pair{"limits/max_page_body", &c.maxPageBodyBytes},
                               std::pair{"limits/max_api_body", &c.maxApiBodyBytes},
                               std::pair{"limits/max_buffered_bytes", &c.maxBufferedBytes}})
        *target = v.number(key);
    for (auto [key, target] : {std::pair{"limits/max_connections", &c.maxConnections},
                               std::pair{"limits/max_connections_per_client", &c.maxConnectionsPerClient},
                               std::pair{"limits/max_realtime_connections", &c.maxRealtimeConnections},
                               std::pair{"limits/max_unauthenticated_websockets", &c.maxUnauthenticatedWebSockets},
                               std::pair{"limits/max_unauthenticated_websockets_per_client",
                                         &c.maxUnauthenticatedWebSocketsPerClient},
                               std::pair{"limits/login_requests_per_client", &c.loginRequestsPerClient}})
        *target = static_cast<int>(v.number(key));
    for (auto [key, target] : {std::pair{"limits/header_timeout", &c.headerTimeout},
                               std::pair{"limits/request_timeout", &c.requestTimeout},
                               std::pair{"limits/idle_timeout", &c.connectionIdleTimeout},
                               std::pair{"limits/deferred_timeout", &c.deferredTimeout},
                               std::pair{"session/idle_timeout", &c.idleTimeout},
                               std::pair{"session/absolute_timeout", &c.absoluteTimeout},
                               std::pair{"tokens/access_lifetime", &c.accessTokenLifetime},
                               std::pair{"tokens/refresh_lifetime", &c.refreshTokenLifetime}})
        *target = std::chrono::seconds(v.number(key));
    // The warning comes two minutes before the end, or halfway for very short timeouts.
    c.idleWarning = c.idleTimeout > std::chrono::seconds(240) ? c.idleTimeout - std::chrono::seconds(120)
                                                              : c.idleTimeout / 2;
}

bool applyServer(const Values &v, StartOptions *o, QString *error)
{
    Config &c = o->config;
    if (!parseListen(v.text("server/listen"), &c.listenAddress, &c.port)) {
        *error = v.origin("server/listen") + QStringLiteral(": listen must be host:port, e.g. 127.0.0.1:8080");
        return false;
    }
    c.dataDir = v.text("server/data");
    if (c.dataDir.isEmpty()) {
        *error = QStringLiteral("--data DIR (or [server] data) is required: it holds the database and the key file");
        return false;
    }
    c.assetsDir = v.isSet("server/assets") ? v.text("server/assets") : QStringLiteral(REGIE_DEFAULT_ASSETS_DIR);
    c.tlsCertFile = v.text("server/tls_cert");
    c.tlsKeyFile = v.text("server/tls_key");
    if (c.tlsCertFile.isEmpty() != c.tlsKeyFile.isEmpty()) {
        *error = QStringLiteral("tls_cert and tls_key (--tls-cert, --tls-key) go together");
        return false;
    }
    c.publicOrigin = v.text("server/public_origin");
    if (!checkPublicOrigin(c.publicOrigin, error))
        return false;
    if (v.isSet("server/trusted_proxies") && !parseSubnets(v.text("server/trusted_proxies"), &c.trustedProxies, error)) {
        *error = QStringLiteral("--trusted-proxy ([server] trusted_proxies): ") + *error;
        return false;
    }
    c.demo = v.toggled("server/demo");
    o->demoInwoners = static_cast<int>(v.number("server/demo_inwoners"));
    o->demoMaanden = static_cast<int>(v.number("server/demo_maanden"));
    c.contactPhone = v.text("contact/phone");
    c.contactEmail = v.text("contact/email");
    c.teamName = v.text("contact/team");
    o->jobsInterval = std::chrono::seconds(v.number("jobs/interval"));
    o->leaseTime = std::chrono::seconds(v.number("cluster/lease"));
    o->retentionMonths = static_cast<int>(v.number("retention/months"));
    o->retentionInterval = std::chrono::seconds(v.number("retention/interval"));
    o->masterKey = v.text("keys/master_key");
    if (v.isSet("database/postgres") && !parsePostgres(v.text("database/postgres"), &c.database, error))
        return false;
    if (const QString password = v.text("database/password"); !password.isEmpty())
        c.database.password = password;
    applyLimits(v, c);
    return true;
}

// Metrics, the DigiD values and the webhook secret: the Config parts the pages and the
// monitoring read themselves.
bool applyConfigSecrets(const Values &v, Config &c, QString *error)
{
    if (v.isSet("metrics/listen") && !parseListen(v.text("metrics/listen"), &c.metricsAddress, &c.metricsPort)) {
        *error = v.origin("metrics/listen") + QStringLiteral(": metrics listen must be host:port, e.g. 127.0.0.1:9464");
        return false;
    }
    c.metricsToken = v.text("metrics/token");
    c.zgwWebhookSecret = v.text("zgw/webhook_secret");
    for (const config::Setting &s : config::settings()) {
        const QString key = QString::fromLatin1(s.key);
        if (key.startsWith(QLatin1String("digid/")) && !v.text(s.key).isEmpty())
            c.digid.insert(key.mid(6), v.text(s.key));
    }
    return true;
}

bool applyKoppelingen(const Values &v, KoppelingOptions *k, QString *error)
{
    k->allegroUrl = v.text("allegro/url");
    k->allegroUser = v.text("allegro/user");
    k->allegroPassword = v.text("allegro/password");
    k->allegroTimeoutMs = static_cast<int>(v.number("allegro/timeout") * 1000);
    k->zgwOrigin = v.text("zgw/origin");
    while (k->zgwOrigin.endsWith(QLatin1Char('/')))
        k->zgwOrigin.chop(1);
    k->zgwClientId = v.text("zgw/client_id");
    k->zgwSecret = v.text("zgw/secret");
    k->zgwRsin = v.text("zgw/rsin");
    k->zgwTimeoutMs = static_cast<int>(v.number("zgw/timeout") * 1000);
    k->zgwZaaktype = v.isSet("zgw/zaaktype") ? v.text("zgw/zaaktype") : k->zgwOrigin + kZgwSimZaaktypePath;
    k->zgwCallbackUrl = v.text("zgw/callback_url");
    for (auto [key, target] : {std::pair{"smtp/host", &k->smtp.host}, std::pair{"smtp/port", &k->smtp.port},
                               std::pair{"smtp/security", &k->smtp.security}, std::pair{"smtp/user", &k->smtp.username},
                               std::pair{"smtp/password", &k->smtp.password}, std::pair{"smtp/from", &k->smtp.from},
                               std::pair{"smtp/from_name", &k->smtp.fromName}})
        *target = v.text(key);
    if (!integrations::applySmtpOptions(k->smtp, &k->mail, error))
        return false;
    k->syncIntervalSeconds = static_cast<int>(v.number("sync/interval"));
    k->syncMaxBackoffSeconds = static_cast<int>(v.number("sync/max_backoff"));
    return true;
}

// The abonnement's callback: given, or derived from the public origin. Refused when it is
// not an absolute http(s) URL (the zaaksysteem would store a URL it cannot call).
bool zgwCallback(const Config &c, KoppelingOptions *k, QString *error)
{
    if (k->zgwOrigin.isEmpty()) {
        k->zgwCallbackUrl.clear(); // no zaaksysteem, no abonnement
        return true;
    }
    if (k->zgwCallbackUrl.isEmpty() && !c.publicOrigin.isEmpty()) {
        QString origin = c.publicOrigin;
        while (origin.endsWith(QLatin1Char('/')))
            origin.chop(1);
        k->zgwCallbackUrl = origin + QLatin1String(kZgwWebhookPath);
    }
    if (k->zgwCallbackUrl.isEmpty())
        return true;
    const QUrl url(k->zgwCallbackUrl, QUrl::StrictMode);
    if (!url.isValid() || !url.scheme().startsWith(QLatin1String("http")) || url.host().isEmpty()
        || !url.userInfo().isEmpty() || k->zgwCallbackUrl.size() > 200) {
        *error = QStringLiteral("--zgw-callback (or --public-origin) must give an http(s) URL of at most 200"
                                " characters without user info");
        return false;
    }
    return true;
}

} // namespace

bool parseListen(const QString &text, QHostAddress *address, quint16 *port)
{
    QString host = QStringLiteral("127.0.0.1");
    QString portText = text;
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon >= 0) {
        host = text.left(colon);
        portText = text.mid(colon + 1);
        if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
            host = host.mid(1, host.size() - 2);
        if (host.isEmpty())
            host = QStringLiteral("127.0.0.1");
    }
    bool ok = false;
    const uint p = portText.toUInt(&ok);
    if (!ok || p > 65535)
        return false;
    QHostAddress a;
    if (host == QLatin1String("localhost"))
        a = QHostAddress::LocalHost;
    else if (!a.setAddress(host))
        return false;
    *address = a;
    *port = static_cast<quint16>(p);
    return true;
}

bool parseDuration(const QString &text, std::chrono::seconds *out)
{
    qint64 seconds = 0;
    if (!config::parseSeconds(text, &seconds))
        return false;
    *out = std::chrono::seconds(seconds);
    return true;
}

bool parsePostgres(const QString &text, storage::DatabaseConfig *out, QString *error)
{
    return storage::parseConninfo(text, out, error);
}

QString usageText()
{
    return config::usageText(QStringLiteral("Usage: regie-server [options]\n\nServes the Regie inwoner pages and the staff"
                                            " API. docs/CONFIGURATION.md explains every setting."),
                             kProgramFlags)
           + QStringLiteral("With zgw, a webhook secret and a public origin (or zgw/callback_url), the server registers a"
                            " notificaties abonnement for kanaal zaken at start-up.\n");
}

bool checkPublicOrigin(const QString &origin, QString *error)
{
    if (origin.isEmpty())
        return true;
    const QUrl url(origin, QUrl::StrictMode);
    const bool https = url.scheme() == QLatin1String("https");
    const QHostAddress host(url.host());
    const bool loopback = url.host() == QLatin1String("localhost") || (!host.isNull() && host.isLoopback());
    // Plain http is for development on this machine: elsewhere the cookies and the session
    // would travel in the clear.
    if (!url.isValid() || url.host().isEmpty() || !url.path().isEmpty() || url.hasQuery() || !url.userInfo().isEmpty()
        || (!https && !(url.scheme() == QLatin1String("http") && loopback))) {
        *error = QStringLiteral("--public-origin must be https://host[:port] (plain http only for a loopback host)");
        return false;
    }
    return true;
}

bool parseOptions(const QStringList &arguments, StartOptions *o, QString *error)
{
    Values &v = o->values;
    if (!v.readFlags(arguments, kProgramFlags, error))
        return false;
    o->help = v.hasProgramFlag("help");
    o->version = v.hasProgramFlag("version");
    if (o->help || o->version)
        return true;
    // The flags were checked first (a typo fails before the file is read); they still win.
    Values fromFile;
    if (v.hasProgramFlag("config")) {
        o->configFile = v.programFlag("config");
        o->config.configFile = o->configFile;
        if (!fromFile.readIni(o->configFile, error))
            return false;
    }
    fromFile.readEnvironment();
    if (!fromFile.readFlags(arguments, kProgramFlags, error))
        return false;
    v = fromFile;
    return applyServer(v, o, error) && applyConfigSecrets(v, o->config, error)
           && applyKoppelingen(v, &o->koppelingen, error) && zgwCallback(o->config, &o->koppelingen, error);
}

} // namespace regie::web
