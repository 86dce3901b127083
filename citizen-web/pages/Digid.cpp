#include "pages/Digid.h"

#include "pages/DigidHttp.h"
#include "pages/PageKit.h"
#include "server/Config.h"

#include "services/InwonerLogin.h"

#include <QtCore/QFile>
#include <QtCore/QLoggingCategory>
#include <QtCore/QSettings>

#include <memory>

Q_LOGGING_CATEGORY(lcDigid, "regie.digid")

namespace regie::web::pages {

namespace {

using auth::oidc::ProviderConfig;

const QByteArray kCookie = QByteArrayLiteral("regie_digid");
const QString kCookiePath = QStringLiteral("/inloggen/digid");
constexpr qint64 kMaxSecretFileBytes = 4096;

struct Digid {
    std::optional<ProviderConfig> config;
    DigidHttpClient http;
    std::unique_ptr<auth::oidc::RelyingParty> party;
};

QByteArray bindingCookie(const Context &ctx, const QString &value, qint64 maxAgeSeconds)
{
    QByteArray cookie = kCookie + '=' + value.toLatin1() + "; Path=" + kCookiePath.toLatin1()
                        + "; HttpOnly; SameSite=Lax; Max-Age=" + QByteArray::number(maxAgeSeconds);
    if (ctx.request.secure)
        cookie += "; Secure";
    return cookie;
}

Response foutLogin(Context &ctx, int status, const QString &uitleg)
{
    Pagina pagina;
    pagina.titel = tr("Inloggen is niet gelukt");
    pagina.status = status;
    pagina.inhoud = h1(tr("Inloggen is niet gelukt"))
                    + p(uitleg)
                    + p(knopLink(QStringLiteral("/inloggen"), tr("Opnieuw inloggen"), true));
    return toon(ctx, pagina);
}

Response probeerOpnieuw(Context &ctx)
{
    return foutLogin(ctx, 400, tr("Inloggen is niet gelukt. Probeer het opnieuw."));
}

Response start(Digid &digid, Context &ctx)
{
    if (!digid.party)
        return foutLogin(ctx, 503, tr("Inloggen met DigiD kan nu niet. Probeer het later opnieuw."));
    auth::oidc::Failure failure = auth::oidc::Failure::None;
    const auto login = digid.party->begin(&failure);
    if (!login) {
        qCWarning(lcDigid) << "DigiD login cannot start:" << auth::oidc::toCode(failure);
        return foutLogin(ctx, 503, tr("Inloggen met DigiD kan nu niet. Probeer het later opnieuw."));
    }
    Response response = Response::redirect(login->authorizationUrl.toString(QUrl::FullyEncoded), 302);
    const qint64 lifetime = digid.config->loginLifetime.count();
    response.headers.append({QByteArrayLiteral("Set-Cookie"), bindingCookie(ctx, login->browserBinding, lifetime)});
    response.headers.append({QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store")});
    return response;
}

Response terug(Digid &digid, Context &ctx)
{
    if (!digid.party)
        return foutLogin(ctx, 503, tr("Inloggen met DigiD kan nu niet. Probeer het later opnieuw."));
    const auth::oidc::LoginResult result =
        digid.party->complete(ctx.request.query, ctx.request.cookies.value(QString::fromLatin1(kCookie)));
    Response response;
    if (!result.ok()) {
        qCWarning(lcDigid) << "DigiD login refused:" << auth::oidc::toCode(result.failure) << result.detail;
        services::auditLoginMislukt(ctx.services, auth::oidc::toCode(result.failure));
        response = probeerOpnieuw(ctx);
    } else if (const auto actor = services::actorVoorBsn(ctx.services, *result.bsn)) {
        ctx.sessions.begin(*actor, false);
        response = Response::redirect(QStringLiteral("/overzicht"));
    } else {
        QString uitleg = tr("Inloggen is niet gelukt. We vinden geen account bij jouw DigiD.");
        if (!ctx.config.contactPhone.isEmpty())
            uitleg += QLatin1Char(' ') + tr("Bel je medewerker op %1.").arg(ctx.config.contactPhone);
        else
            uitleg += QLatin1Char(' ') + tr("Bel of mail je medewerker.");
        response = foutLogin(ctx, 403, uitleg);
    }
    // The binding cookie has done its work either way.
    response.headers.append({QByteArrayLiteral("Set-Cookie"), bindingCookie(ctx, QString(), 0)});
    response.headers.append({QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store")});
    return response;
}

void fillCommon(ProviderConfig &config, const std::function<QString(const char *)> &value)
{
    config.issuer = value("issuer");
    config.clientId = value("client_id");
    config.redirectUri = QUrl(value("redirect_uri"), QUrl::StrictMode);
    if (!value("bsn_claim").isEmpty())
        config.bsnClaim = value("bsn_claim");
    if (!value("scope").isEmpty())
        config.scope = value("scope");
    config.acrValues = value("acr_values");
    if (value("client_auth") == QLatin1String("post"))
        config.clientAuth = auth::oidc::ClientAuth::SecretPost;
}

QString secretFromFile(const QString &path)
{
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly) || file.size() > kMaxSecretFileBytes)
        return {};
    return QString::fromUtf8(file.readAll()).trimmed();
}

std::optional<ProviderConfig> complete(ProviderConfig config)
{
    const QByteArray envSecret = qgetenv("REGIE_DIGID_CLIENT_SECRET");
    if (!envSecret.isEmpty())
        config.clientSecret = QString::fromUtf8(envSecret);
    if (!config.isComplete())
        return std::nullopt;
    return config;
}

} // namespace

std::optional<ProviderConfig> digidConfigFromSettings(QSettings &settings)
{
    settings.beginGroup(QStringLiteral("digid"));
    ProviderConfig config;
    fillCommon(config, [&settings](const char *key) { return settings.value(QLatin1String(key)).toString(); });
    config.clientSecret = settings.value(QStringLiteral("client_secret")).toString();
    if (config.clientSecret.isEmpty())
        config.clientSecret = secretFromFile(settings.value(QStringLiteral("client_secret_file")).toString());
    settings.endGroup();
    return complete(std::move(config));
}

std::optional<ProviderConfig> digidConfigFromEnvironment()
{
    ProviderConfig config;
    fillCommon(config, [](const char *key) {
        return QString::fromUtf8(qgetenv(QByteArray("REGIE_DIGID_" + QByteArray(key).toUpper()).constData()));
    });
    return complete(std::move(config));
}

void mountDigid(Router &router, std::optional<ProviderConfig> config)
{
    auto digid = std::make_shared<Digid>();
    digid->config = std::move(config);
    if (digid->config)
        digid->party = std::make_unique<auth::oidc::RelyingParty>(*digid->config, digid->http);
    router.get(QStringLiteral("/inloggen/digid"), Guard::Public, [digid](Context &ctx) { return start(*digid, ctx); });
    router.get(QStringLiteral("/inloggen/digid/terug"), Guard::Public,
               [digid](Context &ctx) { return terug(*digid, ctx); });
}

void mountDigid(Router &router)
{
    mountDigid(router, digidConfigFromEnvironment());
}

} // namespace regie::web::pages
