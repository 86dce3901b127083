#include "config/Settings.h"

#include <QtCore/QRegularExpression>
#include <QtCore/QUrl>

namespace regie::config {
namespace {

using K = Kind;
constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 24 * kHour;
constexpr qint64 kWeek = 7 * kDay;

// Grouped as in the INI file; the reference and the example INI keep this order.
const Setting kSettings[] = {
    // ---- [server] ---------------------------------------------------------------------
    {"server/listen", "listen", K::Address, "127.0.0.1:8080", nullptr, "host:port",
     "Address and port to listen on (behind a proxy: a loopback address)", "127.0.0.1:8081"},
    {"server/data", "data", K::Path, "", nullptr, "dir",
     "Data folder: regie.sqlite and the key file, created owner-only (required)", "/var/lib/regie"},
    {"server/assets", "assets", K::Path, "", nullptr, "dir",
     "Folder with the static files served under /assets/ (empty: the built-in folder)", "/usr/share/regie/assets"},
    {"server/tls_cert", "tls-cert", K::Path, "", nullptr, "file",
     "PEM certificate chain: serve HTTPS (goes with tls_key)", "/etc/regie/tls/server.crt"},
    {"server/tls_key", "tls-key", K::Path, "", nullptr, "file",
     "PEM private key for tls_cert", "/etc/regie/tls/server.key"},
    {"server/public_origin", "public-origin", K::Url, "", nullptr, "url",
     "Origin browsers use behind a TLS proxy, e.g. https://regie.utrecht.nl (empty: from the request)",
     "https://regie.utrecht.nl"},
    {"server/trusted_proxies", "trusted-proxy", K::Networks, "", nullptr, "list",
     "Proxies whose X-Forwarded-For is believed: addresses or CIDRs, comma separated", "10.0.0.5,10.1.0.0/16"},
    {"server/demo", "demo", K::Switch, "false", nullptr, "bool",
     "Fill an empty data folder with demo data (only for a store created as demo)", "true"},
    {"server/demo_inwoners", "demo-inwoners", K::Number, "5", nullptr, "n", "Number of demo households", "7", 1, 50000},
    {"server/demo_maanden", "demo-maanden", K::Number, "12", nullptr, "n", "Months of demo history per household", "3",
     1, 36},
    // ---- [database] -------------------------------------------------------------------
    {"database/postgres", "postgres", K::Conninfo, "", nullptr, "conninfo",
     "Use PostgreSQL: \"host=... port=... dbname=... user=...\" (empty: SQLite in the data folder)",
     "host=127.0.0.1 port=5432 dbname=regie user=regie"},
    {"database/password", nullptr, K::Text, "", "REGIE_POSTGRES_PASSWORD", "secret",
     "PostgreSQL password (instead of password= in postgres)", "pg-secret"},
    // ---- [keys] -----------------------------------------------------------------------
    {"keys/master_key", nullptr, K::Text, "", "REGIE_MASTER_KEY", "secret",
     "Master keys \"id:base64\" (empty: the key file regie.key in the data folder)",
     "1:AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8="},
    // ---- [session] and [tokens] ------------------------------------------------------
    {"session/idle_timeout", "idle-timeout", K::Duration, "15m", nullptr, "duration",
     "Inwoner session ends after this long without a request", "10m", 60, kDay},
    {"session/absolute_timeout", "absolute-timeout", K::Duration, "8h", nullptr, "duration",
     "Longest session, active or not", "4h", 60, kWeek},
    {"tokens/access_lifetime", "access-token-lifetime", K::Duration, "15m", nullptr, "duration",
     "Lifetime of a staff access token (regie-desk)", "10m", 60, kDay},
    {"tokens/refresh_lifetime", "refresh-token-lifetime", K::Duration, "8h", nullptr, "duration",
     "Lifetime of a staff refresh token", "4h", 60, kWeek},
    // ---- [limits] ---------------------------------------------------------------------
    {"limits/max_page_body", "max-page-body", K::Number, "65536", nullptr, "bytes",
     "Largest form post to a page", "32768", 1024, 64 * 1024 * 1024},
    {"limits/max_api_body", "max-api-body", K::Number, "1048576", nullptr, "bytes",
     "Largest request body to the staff API", "524288", 1024, 64 * 1024 * 1024},
    {"limits/max_buffered_bytes", "max-buffered-bytes", K::Number, "268435456", nullptr, "bytes",
     "Request bytes held for all connections together", "134217728", 1024 * 1024, qint64(16) * 1024 * 1024 * 1024},
    {"limits/max_connections", "max-connections", K::Number, "5000", nullptr, "n",
     "Open connections (streams included)", "4000", 1, 100000},
    {"limits/max_connections_per_client", "max-connections-per-client", K::Number, "64", nullptr, "n",
     "Open connections per client address", "32", 1, 100000},
    {"limits/max_realtime_connections", "max-realtime-connections", K::Number, "2000", nullptr, "n",
     "Open live-update streams (SSE and WebSocket together)", "1000", 1, 100000},
    {"limits/max_unauthenticated_websockets", "max-unauthenticated-websockets", K::Number, "100", nullptr, "n",
     "Staff WebSockets still waiting for their token", "50", 1, 100000},
    {"limits/max_unauthenticated_websockets_per_client", "max-unauthenticated-websockets-per-client", K::Number, "4",
     nullptr, "n", "The same, per client address", "2", 1, 1000},
    {"limits/login_requests_per_client", "login-requests-per-client", K::Number, "60", nullptr, "n",
     "Requests to the login routes per client per 15 minutes", "30", 1, 100000},
    {"limits/header_timeout", "header-timeout", K::Duration, "10s", nullptr, "duration",
     "From a request's first byte to the end of its headers", "5s", 1, kHour},
    {"limits/request_timeout", "request-timeout", K::Duration, "30s", nullptr, "duration",
     "From a request's first byte to its last body byte", "20s", 1, kHour},
    {"limits/idle_timeout", "connection-idle-timeout", K::Duration, "60s", nullptr, "duration",
     "Keep-alive connection without a request", "30s", 1, kHour},
    {"limits/deferred_timeout", "deferred-timeout", K::Duration, "30s", nullptr, "duration",
     "A handler that answers later (DigiD) must answer by then", "20s", 1, kHour},
    // ---- [jobs], [retention] and [sync] -----------------------------------------------
    {"jobs/interval", "jobs-interval", K::Duration, "60s", nullptr, "duration",
     "Time between the server's own jobs (expiry, clean-up)", "30s", 1, kDay},
    {"cluster/lease", "lease", K::Duration, "30s", nullptr, "duration",
     "Several instances: how soon another takes over the background work of one that died", "60s", 2, 600},
    {"retention/months", "retention-months", K::Number, "84", nullptr, "months",
     "Personal data is anonymised this long after budgetbeheer ends (docs/PRIVACY.md)", "120", 1, 1200},
    {"retention/interval", "retention-interval", K::Duration, "24h", nullptr, "duration",
     "How often the retention job runs", "12h", 60, kWeek},
    {"sync/interval", "sync-interval", K::Duration, "60s", nullptr, "duration",
     "Time between Allegro syncs", "5m", 1, kDay},
    {"sync/max_backoff", "sync-max-backoff", K::Duration, "15m", nullptr, "duration",
     "Longest wait between syncs while Allegro is down", "30m", 1, kDay},
    // ---- [contact] --------------------------------------------------------------------
    {"contact/phone", "contact-phone", K::Text, "", nullptr, "text",
     "Phone number shown on pages (empty: the first team's)", "030 286 00 00"},
    {"contact/email", "contact-email", K::Text, "", nullptr, "text",
     "E-mail address shown on pages (empty: the first team's)", "budgetbeheer@utrecht.nl"},
    {"contact/team", "team", K::Text, "", nullptr, "text", "Team name shown on pages (empty: the first team's)",
     "Budgetbeheer Utrecht"},
    // ---- [allegro] --------------------------------------------------------------------
    {"allegro/url", "allegro", K::Url, "", nullptr, "url",
     "Allegro SOAP endpoint: send payment orders and sync balances (empty: off)",
     "https://allegro.utrecht.nl/soap"},
    {"allegro/user", "allegro-user", K::Text, "", nullptr, "name", "User for AllegroWebLogin", "regie"},
    {"allegro/password", nullptr, K::Text, "", "REGIE_ALLEGRO_PASSWORD", "secret", "Password for allegro/user",
     "allegro-secret"},
    {"allegro/timeout", "allegro-timeout", K::Duration, "15s", nullptr, "duration", "Per call to Allegro", "30s", 1,
     300},
    // ---- [zgw] ------------------------------------------------------------------------
    {"zgw/origin", "zgw", K::Url, "", nullptr, "url",
     "Origin of the ZGW APIs (zaken, catalogi, besluiten, notificaties): register zaken (empty: off)",
     "https://zaken.utrecht.nl"},
    {"zgw/client_id", "zgw-client-id", K::Text, "regie", nullptr, "id", "ZGW JWT client id", "regie-utrecht"},
    {"zgw/secret", nullptr, K::Text, "", "REGIE_ZGW_SECRET", "secret", "ZGW JWT secret", "zgw-secret"},
    {"zgw/rsin", "zgw-rsin", K::Text, "002220647", nullptr, "rsin", "RSIN of the gemeente", "001234567"},
    {"zgw/zaaktype", "zgw-zaaktype", K::Url, "", nullptr, "url",
     "Zaaktype URL (empty: zgw-sim's seeded zaaktype under zgw/origin)",
     "https://zaken.utrecht.nl/catalogi/api/v1/zaaktypen/1"},
    {"zgw/callback_url", "zgw-callback", K::Url, "", nullptr, "url",
     "Webhook URL the zaaksysteem calls (empty: public_origin + /api/v1/notificaties)",
     "https://regie.utrecht.nl/api/v1/notificaties"},
    {"zgw/webhook_secret", nullptr, K::Text, "", "REGIE_ZGW_WEBHOOK_SECRET", "secret",
     "Authorization value the notificaties component sends to the webhook", "Bearer webhook-secret"},
    {"zgw/timeout", "zgw-timeout", K::Duration, "10s", nullptr, "duration", "Per call to the ZGW APIs", "20s", 1, 300},
    // ---- [smtp] -----------------------------------------------------------------------
    {"smtp/host", "smtp-host", K::Text, "", nullptr, "host",
     "Mail server for the outbox's mails (empty: mails wait in the outbox)", "smtp.utrecht.nl"},
    {"smtp/port", "smtp-port", K::Text, "", nullptr, "port", "Mail server port (empty: 587, 465 with tls, 25 with none)",
     "2525"},
    {"smtp/security", "smtp-security", K::Text, "starttls", nullptr, "mode",
     "starttls, tls, or none (none only for a loopback host)", "tls"},
    {"smtp/user", "smtp-user", K::Text, "", nullptr, "name", "SMTP login (empty: no AUTH)", "regie"},
    {"smtp/password", nullptr, K::Text, "", "REGIE_SMTP_PASSWORD", "secret", "SMTP password", "smtp-secret"},
    {"smtp/from", "smtp-from", K::Text, "", nullptr, "address", "Sender address of the mails (required with a host)",
     "noreply@utrecht.nl"},
    {"smtp/from_name", "smtp-from-name", K::Text, "", nullptr, "text", "Sender name of the mails", "Gemeente Utrecht"},
    // ---- [digid] ----------------------------------------------------------------------
    {"digid/issuer", "digid-issuer", K::Url, "", nullptr, "url",
     "OIDC issuer of the DigiD broker, exactly as its \"iss\" (empty: DigiD off)", "https://broker.example.nl/oidc"},
    {"digid/client_id", "digid-client-id", K::Text, "", nullptr, "id", "Client id at the broker", "regie-utrecht"},
    {"digid/client_secret", nullptr, K::Text, "", "REGIE_DIGID_CLIENT_SECRET", "secret", "Client secret at the broker",
     "digid-secret"},
    {"digid/client_secret_file", "digid-client-secret-file", K::Path, "", nullptr, "file",
     "File holding the client secret (owner-only), instead of client_secret", "/etc/regie/digid-secret"},
    {"digid/redirect_uri", "digid-redirect-uri", K::Url, "", nullptr, "url",
     "Where the broker sends the browser back: <public origin>/inloggen/digid/terug",
     "https://regie.utrecht.nl/inloggen/digid/terug"},
    {"digid/scope", "digid-scope", K::Text, "openid", nullptr, "scopes", "Scopes asked for", "openid bsn"},
    {"digid/bsn_claim", "digid-bsn-claim", K::Text, "sub", nullptr, "claim", "ID-token claim that carries the BSN",
     "bsn"},
    {"digid/acr_level", "digid-acr-level", K::Text, "substantieel", nullptr, "level",
     "Lowest DigiD level accepted: basis, midden, substantieel or hoog", "hoog"},
    {"digid/acr_accepted", "digid-acr-accepted", K::Text, "", nullptr, "list",
     "The broker's own acr values, lowest first (instead of acr_level)", "urn:a,urn:b"},
    {"digid/acr_values", "digid-acr-values", K::Text, "", nullptr, "text",
     "acr_values asked for (empty: the lowest accepted)", "urn:a"},
    {"digid/client_auth", "digid-client-auth", K::Text, "basic", nullptr, "mode",
     "Client authentication at the token endpoint: basic or post", "post"},
    {"digid/max_pending_logins", "digid-max-pending-logins", K::Number, "10000", nullptr, "n",
     "Logins started but not finished, in all", "5000", 1, 1000000},
    {"digid/max_pending_per_client", "digid-max-pending-per-client", K::Number, "20", nullptr, "n",
     "The same, per client address", "10", 1, 10000},
    // ---- [metrics] --------------------------------------------------------------------
    {"metrics/listen", "metrics-listen", K::Address, "", nullptr, "host:port",
     "Separate address for /metrics and /health (empty: only on the main address, /metrics needs the token)",
     "127.0.0.1:9464"},
    {"metrics/token", nullptr, K::Text, "", "REGIE_METRICS_TOKEN", "secret",
     "Bearer token for /metrics on the main address (empty: /metrics only on metrics/listen)", "metrics-token"},
};

} // namespace

std::span<const Setting> settings()
{
    return kSettings;
}

const Setting *byKey(const QString &key)
{
    for (const Setting &s : kSettings) {
        if (key == QLatin1String(s.key))
            return &s;
    }
    return nullptr;
}

const Setting *byFlag(const QString &flag)
{
    for (const Setting &s : kSettings) {
        if (s.flag && flag == QLatin1String(s.flag))
            return &s;
    }
    return nullptr;
}

QString wouldBeFlag(const Setting &setting)
{
    QString name = QString::fromLatin1(setting.key);
    name.replace(QLatin1Char('/'), QLatin1Char('-')).replace(QLatin1Char('_'), QLatin1Char('-'));
    return name;
}

bool parseSeconds(const QString &text, qint64 *seconds)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,7})([smh]?)$"));
    const QRegularExpressionMatch m = re.match(text.trimmed());
    if (!m.hasMatch())
        return false;
    qint64 v = m.captured(1).toLongLong();
    const QString unit = m.captured(2);
    if (unit == QLatin1String("m"))
        v *= 60;
    else if (unit == QLatin1String("h"))
        v *= kHour;
    if (v < 1 || v > kWeek)
        return false;
    *seconds = v;
    return true;
}

bool check(const Setting &s, const QString &value, QString *error)
{
    if (value.isEmpty())
        return true; // empty means the default
    switch (s.kind) {
    case Kind::Switch:
        if (value == QLatin1String("true") || value == QLatin1String("false"))
            return true;
        *error = QStringLiteral("must be true or false");
        return false;
    case Kind::Number: {
        bool ok = false;
        const qint64 v = value.toLongLong(&ok);
        if (ok && v >= s.min && v <= s.max)
            return true;
        *error = QStringLiteral("must be a whole number from %1 to %2").arg(s.min).arg(s.max);
        return false;
    }
    case Kind::Duration: {
        qint64 v = 0;
        if (parseSeconds(value, &v) && v >= s.min && v <= s.max)
            return true;
        *error = QStringLiteral("must be a duration from %1 s to %2 s, e.g. 90, 90s, 15m or 8h").arg(s.min).arg(s.max);
        return false;
    }
    case Kind::Url: {
        const QUrl url(value, QUrl::StrictMode);
        if (url.isValid() && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
            && !url.host().isEmpty())
            return true;
        *error = QStringLiteral("must be an http(s) URL");
        return false;
    }
    default:
        return true; // the server's own parsers check the rest, naming the setting
    }
}

} // namespace regie::config
