#include "server/Options.h"

#include "server/ClientAddress.h"
#include "server/ZgwWebhook.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QFileInfo>
#include <QtCore/QRegularExpression>
#include <QtCore/QSettings>
#include <QtCore/QUrl>

namespace regie::web {
namespace {

struct Flag {
    const char *name;
    const char *value; // nullptr: a switch
    const char *help;
};

const Flag kFlags[] = {
    {"config", "file", "INI file with settings (flags override it)"},
    {"listen", "host:port", "Address to listen on (default 127.0.0.1:8080)"},
    {"data", "dir", "Data folder: regie.sqlite and the key file (created 0700)"},
    {"demo", nullptr, "Fill an empty data folder with demo data and print the demo logins"},
    {"demo-inwoners", "n", "Number of demo households (default 5)"},
    {"demo-maanden", "n", "Months of demo history per household (default 12)"},
    {"tls-cert", "file", "PEM certificate chain: serve HTTPS"},
    {"tls-key", "file", "PEM private key for --tls-cert"},
    {"assets", "dir", "Folder with the static files served under /assets/"},
    {"idle-timeout", "duration", "Session idle timeout, e.g. 900, 15m (default 15m)"},
    {"absolute-timeout", "duration", "Maximum session length, e.g. 8h (default 8h)"},
    {"public-origin", "url", "Origin browsers use, e.g. https://regie.example.nl (behind a proxy)"},
    {"trusted-proxy", "list", "Proxies whose X-Forwarded-For is believed: addresses or CIDRs, e.g. 10.0.0.5,10.1.0.0/16"},
    {"contact-phone", "text", "Phone number shown on pages (default: the team's)"},
    {"contact-email", "text", "E-mail address shown on pages (default: the team's)"},
    {"team", "text", "Team name shown on pages (default: the first team's)"},
    {"postgres", "conninfo", "Use PostgreSQL: \"host=... port=... dbname=... user=... password=...\""},
    {"allegro", "url", "Allegro SOAP endpoint: send payment orders and sync balances"},
    {"allegro-user", "name", "User for AllegroWebLogin"},
    {"allegro-password", "password", "Password for --allegro-user (REGIE_ALLEGRO_PASSWORD wins)"},
    {"zgw", "origin", "Origin of the ZGW APIs (zaken, catalogi, besluiten): register zaken"},
    {"zgw-client-id", "id", "ZGW JWT client id (default regie)"},
    {"zgw-secret", "secret", "ZGW JWT secret (REGIE_ZGW_SECRET wins)"},
    {"zgw-rsin", "rsin", "RSIN of the gemeente (default 002220647, as zgw-sim)"},
    {"zgw-zaaktype", "url", "Zaaktype URL (default: zgw-sim's seeded zaaktype under --zgw)"},
    {"zgw-callback", "url", "Webhook URL the zaaksysteem calls (default: --public-origin + /api/v1/notificaties)"},
    {"sync-interval", "duration", "Time between Allegro syncs, e.g. 60, 5s, 1m (default 60s)"},
    {"smtp-host", "host", "Mail server for the outbox's mails (none: mails wait in the outbox)"},
    {"smtp-port", "port", "Mail server port (default 587, 465 with tls, 25 with none)"},
    {"smtp-security", "mode", "starttls (default), tls, or none (only for a loopback host)"},
    {"smtp-user", "name", "SMTP login (password: smtp/password or REGIE_SMTP_PASSWORD)"},
    {"smtp-from", "address", "Sender address of the mails, e.g. noreply@utrecht.nl"},
    {"smtp-from-name", "text", "Sender name of the mails, e.g. \"Gemeente Utrecht\""},
    {"help", nullptr, "Show this help"},
    {"version", nullptr, "Show the version"},
};

bool parseKoppelingen(const QCommandLineParser &p, KoppelingOptions *k, QString *error)
{
    auto val = [&p](const char *name) { return p.value(QString::fromLatin1(name)); };
    auto has = [&p](const char *name) { return p.isSet(QString::fromLatin1(name)); };
    for (const char *name : {"allegro", "zgw", "zgw-zaaktype"}) {
        const QUrl url(val(name));
        if (has(name) && (!url.isValid() || !url.scheme().startsWith(QLatin1String("http")) || url.host().isEmpty())) {
            *error = QStringLiteral("--%1 must be an http(s) URL").arg(QLatin1String(name));
            return false;
        }
    }
    k->allegroUrl = val("allegro");
    k->allegroUser = val("allegro-user");
    k->allegroPassword = qEnvironmentVariableIsSet("REGIE_ALLEGRO_PASSWORD") ? qEnvironmentVariable("REGIE_ALLEGRO_PASSWORD")
                                                                             : val("allegro-password");
    k->zgwOrigin = val("zgw");
    while (k->zgwOrigin.endsWith(QLatin1Char('/')))
        k->zgwOrigin.chop(1);
    if (has("zgw-client-id"))
        k->zgwClientId = val("zgw-client-id");
    k->zgwSecret = qEnvironmentVariableIsSet("REGIE_ZGW_SECRET") ? qEnvironmentVariable("REGIE_ZGW_SECRET") : val("zgw-secret");
    if (has("zgw-rsin"))
        k->zgwRsin = val("zgw-rsin");
    k->zgwZaaktype = has("zgw-zaaktype") ? val("zgw-zaaktype") : k->zgwOrigin + kZgwSimZaaktypePath;
    if (has("zgw-callback"))
        k->zgwCallbackUrl = val("zgw-callback");
    for (auto [flag, target] : {std::pair{"smtp-host", &k->smtp.host}, std::pair{"smtp-port", &k->smtp.port},
                                std::pair{"smtp-security", &k->smtp.security}, std::pair{"smtp-user", &k->smtp.username},
                                std::pair{"smtp-from", &k->smtp.from}, std::pair{"smtp-from-name", &k->smtp.fromName}}) {
        if (has(flag))
            *target = val(flag);
    }
    if (qEnvironmentVariableIsSet(integrations::kSmtpPasswordEnv))
        k->smtp.password = qEnvironmentVariable(integrations::kSmtpPasswordEnv);
    if (!integrations::applySmtpOptions(k->smtp, &k->mail, error))
        return false;
    if (has("sync-interval")) {
        std::chrono::seconds interval{};
        if (!parseDuration(val("sync-interval"), &interval) || interval.count() < 1 || interval.count() > 86'400) {
            *error = QStringLiteral("--sync-interval must be a duration between 1s and 24h, e.g. 60 or 1m");
            return false;
        }
        k->syncIntervalSeconds = static_cast<int>(interval.count());
    }
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

// The [limits] group: sizes in bytes, counts and durations, each with its bounds.
bool readLimits(QSettings &s, Config &c, QString *error)
{
    auto text = [&s](const char *key) { return s.value(QLatin1String(key)).toString(); };
    struct Bytes { const char *key; qint64 *target; qint64 min, max; };
    for (const Bytes &b : {Bytes{"limits/max_page_body", &c.maxPageBodyBytes, 1024, 64 * 1024 * 1024},
                           Bytes{"limits/max_api_body", &c.maxApiBodyBytes, 1024, 64 * 1024 * 1024},
                           Bytes{"limits/max_buffered_bytes", &c.maxBufferedBytes, 1024 * 1024, qint64(16) * 1024 * 1024 * 1024}}) {
        bool ok = true;
        if (text(b.key).isEmpty())
            continue;
        const qint64 v = text(b.key).toLongLong(&ok);
        if (!ok || v < b.min || v > b.max) {
            *error = QStringLiteral("%1 must be %2..%3 bytes").arg(QLatin1String(b.key)).arg(b.min).arg(b.max);
            return false;
        }
        *b.target = v;
    }
    struct Count { const char *key; int *target; int min, max; };
    for (const Count &n : {Count{"limits/max_connections", &c.maxConnections, 1, 100000},
                           Count{"limits/max_connections_per_client", &c.maxConnectionsPerClient, 1, 100000},
                           Count{"limits/max_realtime_connections", &c.maxRealtimeConnections, 1, 100000},
                           Count{"limits/max_unauthenticated_websockets", &c.maxUnauthenticatedWebSockets, 1, 100000},
                           Count{"limits/max_unauthenticated_websockets_per_client",
                                 &c.maxUnauthenticatedWebSocketsPerClient, 1, 1000},
                           Count{"limits/login_requests_per_client", &c.loginRequestsPerClient, 1, 100000}}) {
        bool ok = true;
        if (text(n.key).isEmpty())
            continue;
        const int v = text(n.key).toInt(&ok);
        if (!ok || v < n.min || v > n.max) {
            *error = QStringLiteral("%1 must be %2..%3").arg(QLatin1String(n.key)).arg(n.min).arg(n.max);
            return false;
        }
        *n.target = v;
    }
    for (auto [key, target] : {std::pair{"limits/header_timeout", &c.headerTimeout},
                               std::pair{"limits/request_timeout", &c.requestTimeout},
                               std::pair{"limits/idle_timeout", &c.connectionIdleTimeout},
                               std::pair{"limits/deferred_timeout", &c.deferredTimeout}}) {
        if (!text(key).isEmpty() && (!parseDuration(text(key), target) || target->count() > 3600)) {
            *error = QString::fromLatin1(key) + QStringLiteral(" is not a duration of at most 1h");
            return false;
        }
    }
    return true;
}

bool readSettings(const QString &file, StartOptions *o, QString *error)
{
    if (!QFileInfo(file).isReadable()) {
        *error = QStringLiteral("cannot read config file ") + file;
        return false;
    }
    QSettings s(file, QSettings::IniFormat);
    if (s.status() != QSettings::NoError) {
        *error = QStringLiteral("config file is not valid INI: ") + file;
        return false;
    }
    Config &c = o->config;
    auto text = [&s](const char *key) { return s.value(QLatin1String(key)).toString(); };
    if (!text("server/listen").isEmpty() && !parseListen(text("server/listen"), &c.listenAddress, &c.port)) {
        *error = QStringLiteral("server/listen is not host:port");
        return false;
    }
    if (!text("server/data").isEmpty())
        c.dataDir = text("server/data");
    if (!text("server/assets").isEmpty())
        c.assetsDir = text("server/assets");
    c.tlsCertFile = s.value(QStringLiteral("server/tls_cert"), c.tlsCertFile).toString();
    c.tlsKeyFile = s.value(QStringLiteral("server/tls_key"), c.tlsKeyFile).toString();
    c.publicOrigin = s.value(QStringLiteral("server/public_origin"), c.publicOrigin).toString();
    c.demo = s.value(QStringLiteral("server/demo"), c.demo).toBool();
    for (auto [key, target] : {std::pair{"session/idle_timeout", &c.idleTimeout},
                               std::pair{"session/absolute_timeout", &c.absoluteTimeout},
                               std::pair{"tokens/access_lifetime", &c.accessTokenLifetime},
                               std::pair{"tokens/refresh_lifetime", &c.refreshTokenLifetime},
                               std::pair{"jobs/interval", &o->jobsInterval},
                               std::pair{"retention/interval", &o->retentionInterval}}) {
        if (!text(key).isEmpty() && !parseDuration(text(key), target)) {
            *error = QString::fromLatin1(key) + QStringLiteral(" is not a duration");
            return false;
        }
    }
    if (!text("retention/bewaar_maanden").isEmpty()) {
        bool ok = false;
        o->retentionMonths = text("retention/bewaar_maanden").toInt(&ok);
        if (!ok || o->retentionMonths < 1 || o->retentionMonths > 1200) {
            *error = QStringLiteral("retention/bewaar_maanden must be a number of months (1-1200)");
            return false;
        }
    }
    if (!readLimits(s, c, error))
        return false;
    if (!text("server/trusted_proxies").isEmpty() && !parseSubnets(text("server/trusted_proxies"), &c.trustedProxies, error)) {
        *error = QStringLiteral("server/trusted_proxies: ") + *error;
        return false;
    }
    c.contactPhone = s.value(QStringLiteral("contact/phone"), c.contactPhone).toString();
    c.contactEmail = s.value(QStringLiteral("contact/email"), c.contactEmail).toString();
    c.teamName = s.value(QStringLiteral("contact/team"), c.teamName).toString();
    c.zgwWebhookSecret = s.value(QStringLiteral("zgw/webhook_secret"), c.zgwWebhookSecret).toString();
    o->koppelingen.zgwCallbackUrl = text("zgw/callback_url");
    integrations::SmtpOptions &smtp = o->koppelingen.smtp;
    for (auto [key, target] : {std::pair{"smtp/host", &smtp.host}, std::pair{"smtp/port", &smtp.port},
                               std::pair{"smtp/security", &smtp.security}, std::pair{"smtp/user", &smtp.username},
                               std::pair{"smtp/password", &smtp.password}, std::pair{"smtp/from", &smtp.from},
                               std::pair{"smtp/from_name", &smtp.fromName}})
        *target = text(key);
    o->masterKey = s.value(QStringLiteral("keys/master_key")).toString();
    if (!text("database/postgres").isEmpty() && !parsePostgres(text("database/postgres"), &c.database, error))
        return false;
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
    static const QRegularExpression re(QStringLiteral("^(\\d{1,7})([smh]?)$"));
    const QRegularExpressionMatch m = re.match(text.trimmed());
    if (!m.hasMatch())
        return false;
    qint64 v = m.captured(1).toLongLong();
    const QString unit = m.captured(2);
    if (unit == QLatin1String("m"))
        v *= 60;
    else if (unit == QLatin1String("h"))
        v *= 3600;
    if (v < 1 || v > 7 * 24 * 3600)
        return false;
    *out = std::chrono::seconds(v);
    return true;
}

bool parsePostgres(const QString &text, storage::DatabaseConfig *out, QString *error)
{
    storage::DatabaseConfig c;
    c.driver = storage::Driver::Postgres;
    // key=value pairs separated by spaces; a value may be 'single quoted' (libpq style).
    static const QRegularExpression re(QStringLiteral("(\\w+)\\s*=\\s*('((?:[^'\\\\]|\\\\.)*)'|\\S+)"));
    QRegularExpressionMatchIterator it = re.globalMatch(text);
    int pairs = 0;
    while (it.hasNext() && pairs < 20) {
        const QRegularExpressionMatch m = it.next();
        ++pairs;
        const QString key = m.captured(1);
        QString value = m.captured(3).isNull() ? m.captured(2) : m.captured(3);
        value.replace(QStringLiteral("\\'"), QStringLiteral("'"));
        if (key == QLatin1String("host"))
            c.host = value;
        else if (key == QLatin1String("port"))
            c.port = value.toInt();
        else if (key == QLatin1String("dbname"))
            c.name = value;
        else if (key == QLatin1String("user"))
            c.user = value;
        else if (key == QLatin1String("password"))
            c.password = value;
        else {
            *error = QStringLiteral("unknown --postgres key: ") + key;
            return false;
        }
    }
    if (pairs == 0 || c.port <= 0 || c.port > 65535) {
        *error = QStringLiteral("--postgres needs host=... port=... dbname=... user=... password=...");
        return false;
    }
    *out = c;
    return true;
}

QString usageText()
{
    QString out = QStringLiteral("Usage: regie-server [options]\n\n"
                                 "Serves the Regie inwoner pages and the staff API.\n\nOptions:\n");
    for (const Flag &f : kFlags) {
        QString left = QStringLiteral("  --") + QLatin1String(f.name);
        if (f.value)
            left += QLatin1Char(' ') + QLatin1String(f.value);
        out += left.leftJustified(30) + QLatin1Char(' ') + QLatin1String(f.help) + QLatin1Char('\n');
    }
    out += QStringLiteral("\nSecrets (ZGW webhook secret, SMTP password, master key) go in the INI file or the"
                          " environment (REGIE_MASTER_KEY, REGIE_ZGW_WEBHOOK_SECRET, REGIE_SMTP_PASSWORD),"
                          " never on the command line.\n"
                          "With --zgw, a webhook secret and a public origin (or --zgw-callback), the server"
                          " registers a notificaties abonnement for kanaal zaken at start-up.\n");
    return out;
}

namespace {

bool parseCommandLine(QCommandLineParser &p, const QStringList &arguments, QString *error)
{
    QList<QCommandLineOption> options;
    for (const Flag &f : kFlags) {
        options.append(f.value ? QCommandLineOption(QString::fromLatin1(f.name), QString::fromLatin1(f.help),
                                                    QString::fromLatin1(f.value))
                               : QCommandLineOption(QString::fromLatin1(f.name), QString::fromLatin1(f.help)));
    }
    p.addOptions(options);
    if (!p.parse(arguments)) {
        *error = p.errorText();
        return false;
    }
    if (!p.positionalArguments().isEmpty()) {
        *error = QStringLiteral("unexpected argument: ") + p.positionalArguments().constFirst();
        return false;
    }
    return true;
}

bool boundedInt(const QCommandLineParser &p, const char *name, int min, int max, int *out, QString *error)
{
    if (!p.isSet(QString::fromLatin1(name)))
        return true;
    bool ok = false;
    const int v = p.value(QString::fromLatin1(name)).toInt(&ok);
    if (!ok || v < min || v > max) {
        *error = QStringLiteral("--%1 must be %2..%3").arg(QLatin1String(name)).arg(min).arg(max);
        return false;
    }
    *out = v;
    return true;
}

// The flags that override the INI file, checked in the order --help lists them.
bool applyFlags(const QCommandLineParser &p, StartOptions *o, QString *error)
{
    Config &c = o->config;
    auto val = [&p](const char *name) { return p.value(QString::fromLatin1(name)); };
    auto has = [&p](const char *name) { return p.isSet(QString::fromLatin1(name)); };
    if (has("listen") && !parseListen(val("listen"), &c.listenAddress, &c.port)) {
        *error = QStringLiteral("--listen must be host:port, e.g. 127.0.0.1:8080");
        return false;
    }
    if (has("data"))
        c.dataDir = val("data");
    if (has("demo"))
        c.demo = true;
    if (!boundedInt(p, "demo-inwoners", 1, 50000, &o->demoInwoners, error)
        || !boundedInt(p, "demo-maanden", 1, 36, &o->demoMaanden, error))
        return false;
    if (has("tls-cert"))
        c.tlsCertFile = val("tls-cert");
    if (has("tls-key"))
        c.tlsKeyFile = val("tls-key");
    if (c.tlsCertFile.isEmpty() != c.tlsKeyFile.isEmpty()) {
        *error = QStringLiteral("--tls-cert and --tls-key go together");
        return false;
    }
    if (has("assets"))
        c.assetsDir = val("assets");
    if (has("idle-timeout") && !parseDuration(val("idle-timeout"), &c.idleTimeout)) {
        *error = QStringLiteral("--idle-timeout must be a duration such as 900 or 15m");
        return false;
    }
    if (has("absolute-timeout") && !parseDuration(val("absolute-timeout"), &c.absoluteTimeout)) {
        *error = QStringLiteral("--absolute-timeout must be a duration such as 8h");
        return false;
    }
    // The warning comes two minutes before the end, or halfway for very short timeouts.
    c.idleWarning = c.idleTimeout > std::chrono::seconds(240) ? c.idleTimeout - std::chrono::seconds(120)
                                                              : c.idleTimeout / 2;
    for (auto [name, target] : {std::pair{"public-origin", &c.publicOrigin}, std::pair{"contact-phone", &c.contactPhone},
                                std::pair{"contact-email", &c.contactEmail}, std::pair{"team", &c.teamName}}) {
        if (has(name))
            *target = val(name);
    }
    if (has("trusted-proxy") && !parseSubnets(val("trusted-proxy"), &c.trustedProxies, error)) {
        *error = QStringLiteral("--trusted-proxy: ") + *error;
        return false;
    }
    return !has("postgres") || parsePostgres(val("postgres"), &c.database, error);
}

} // namespace

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
    QCommandLineParser p;
    if (!parseCommandLine(p, arguments, error))
        return false;
    o->help = p.isSet(QStringLiteral("help"));
    o->version = p.isSet(QStringLiteral("version"));
    if (o->help || o->version)
        return true;

    Config &c = o->config;
    c.assetsDir = QStringLiteral(REGIE_DEFAULT_ASSETS_DIR);
    c.zgwWebhookSecret = qEnvironmentVariable("REGIE_ZGW_WEBHOOK_SECRET");
    if (p.isSet(QStringLiteral("config"))) {
        o->configFile = p.value(QStringLiteral("config"));
        o->config.configFile = o->configFile;
        if (!readSettings(o->configFile, o, error))
            return false;
        if (qEnvironmentVariableIsSet("REGIE_ZGW_WEBHOOK_SECRET"))
            c.zgwWebhookSecret = qEnvironmentVariable("REGIE_ZGW_WEBHOOK_SECRET");
    }
    if (!applyFlags(p, o, error) || !parseKoppelingen(p, &o->koppelingen, error) || !zgwCallback(c, &o->koppelingen, error))
        return false;
    if (c.dataDir.isEmpty()) {
        *error = QStringLiteral("--data DIR is required (it holds the database and the key file)");
        return false;
    }
    return checkPublicOrigin(c.publicOrigin, error);
}

} // namespace regie::web
