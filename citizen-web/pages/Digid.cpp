#include "pages/Digid.h"

#include "pages/DigidFailures.h"
#include "pages/DigidHttp.h"
#include "pages/PageKit.h"
#include "server/Config.h"
#include "server/SessionCookie.h"

#include "services/InwonerLogin.h"

#include <QtCore/QFile>
#include <QtCore/QLoggingCategory>
#include <QtCore/QRegularExpression>
#include <QtCore/QSettings>

#include <memory>

Q_LOGGING_CATEGORY(lcDigid, "regie.digid")

namespace regie::web::pages {

namespace {

using auth::oidc::Failure;
using auth::oidc::LoginResult;
using auth::oidc::ProviderConfig;

const QByteArray kCookieBase = QByteArrayLiteral("regie_digid");
constexpr qint64 kMaxSecretFileBytes = 4096;
constexpr std::chrono::seconds kFailureWindow{60};

struct Digid {
    std::optional<ProviderConfig> config;
    std::unique_ptr<DigidHttpClient> http;
    std::unique_ptr<auth::oidc::RelyingParty> party; // declared after http: gone before it
    std::unique_ptr<DigidFailures> failures;         // made on first use, with the server's services

    DigidFailures &failuresFor(Context &ctx)
    {
        if (!failures)
            failures = std::make_unique<DigidFailures>(ctx.services, kFailureWindow);
        return *failures;
    }
};
using DigidPtr = std::shared_ptr<Digid>;

QString cookieName(const Context &ctx)
{
    return QString::fromLatin1(web::cookieName(kCookieBase, ctx.config.httpsOrigin()));
}

// The browser binding: __Host- prefixed and Secure over https, so no other site (not even a
// sibling subdomain) can plant it; Path=/ because the prefix demands it.
QByteArray bindingCookie(const Context &ctx, const QString &value, qint64 maxAgeSeconds)
{
    const bool https = ctx.config.httpsOrigin();
    return web::cookieName(kCookieBase, https) + '=' + value.toLatin1() + cookieAttributes(https)
           + "; Max-Age=" + QByteArray::number(maxAgeSeconds);
}

Response foutLogin(Context &ctx, int status, const QString &uitleg, const QString &extra = {})
{
    Pagina pagina;
    pagina.titel = tr("Inloggen is niet gelukt");
    pagina.status = status;
    pagina.inhoud = h1(tr("Inloggen is niet gelukt")) + p(uitleg);
    if (!extra.isEmpty())
        pagina.inhoud += p(extra);
    pagina.inhoud += p(knopLink(QStringLiteral("/inloggen"), tr("Opnieuw inloggen"), true));
    return toon(ctx, pagina);
}

// DigiD knows the inwoner, Regie has no budgetbeheer for them (never, or no longer): no data,
// only who to ask. The team that had them, else the gemeente's general contact.
Response geenBudgetbeheer(Context &ctx, const std::optional<services::TeamContact> &team)
{
    Pagina pagina;
    pagina.titel = tr("Je hebt geen budgetbeheer");
    pagina.status = 403;
    pagina.inhoud = h1(tr("Je hebt geen budgetbeheer")) + p(tr("Je bent goed ingelogd met DigiD."))
        + p(tr("Maar de gemeente beheert je geld niet (meer). Daarom zie je hier geen gegevens."));
    const QString naam = team ? team->naam : ctx.config.teamName;
    const QString telefoon = team ? team->telefoon : ctx.config.contactPhone;
    const QString email = team ? team->email : ctx.config.contactEmail;
    QString vraag = naam.isEmpty() ? tr("Heb je vragen? Neem contact op met de gemeente.")
                                   : tr("Heb je vragen? Neem contact op met %1.").arg(naam);
    if (!telefoon.isEmpty())
        vraag += QLatin1Char(' ') + tr("Bel %1.").arg(telefoon);
    if (!email.isEmpty())
        vraag += QLatin1Char(' ') + tr("Of mail naar %1.").arg(email);
    pagina.inhoud += p(vraag);
    return toon(ctx, pagina);
}

Response nuNiet(Context &ctx)
{
    return foutLogin(ctx, 503, tr("Inloggen met DigiD kan nu niet. Probeer het later opnieuw."));
}

// The binding cookie has done its work whatever the outcome.
Response zonderBinding(Context &ctx, Response response)
{
    response.headers.append({QByteArrayLiteral("Set-Cookie"), bindingCookie(ctx, QString(), 0)});
    response.headers.append({QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store")});
    return response;
}

Response startNu(Digid &digid, Context &ctx)
{
    Failure failure = Failure::None;
    const auto login = digid.party->begin(ctx.request.clientKey, &failure);
    if (!login) {
        qCWarning(lcDigid) << "DigiD login cannot start:" << auth::oidc::toCode(failure);
        if (failure == Failure::TooManyPendingLogins)
            return foutLogin(ctx, 429, tr("Je bent al een paar keer begonnen met inloggen."),
                             tr("Wacht tien minuten en probeer het dan opnieuw."));
        return nuNiet(ctx);
    }
    Response response = Response::redirect(login->authorizationUrl.toString(QUrl::FullyEncoded), 302);
    const qint64 lifetime = digid.config->loginLifetime.count();
    response.headers.append({QByteArrayLiteral("Set-Cookie"), bindingCookie(ctx, login->browserBinding, lifetime)});
    response.headers.append({QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store")});
    return response;
}

// Discovery is fetched once; until then the start waits for it without holding the server.
Response start(const DigidPtr &digid, Context &ctx)
{
    if (!digid->party)
        return nuNiet(ctx);
    if (digid->party->isReady() || !ctx.defer)
        return digid->party->isReady() ? startNu(*digid, ctx) : nuNiet(ctx);
    const std::shared_ptr<Later> later = ctx.defer();
    // Weak: the relying party holds this callback, and must not keep itself alive through it.
    digid->party->prepare([weak = std::weak_ptr<Digid>(digid), later](bool ready) {
        if (const DigidPtr d = weak.lock())
            later->answer([d, ready](Context &c) { return ready ? startNu(*d, c) : nuNiet(c); });
    });
    return Response::later();
}

Response geweigerd(Digid &digid, Context &ctx, const LoginResult &result)
{
    qCWarning(lcDigid) << "DigiD login refused:" << auth::oidc::toCode(result.failure) << result.detail;
    digid.failuresFor(ctx).record(ctx.request.clientKey, auth::oidc::toCode(result.failure));
    if (result.failure == Failure::AcrTooLow)
        return zonderBinding(ctx, foutLogin(ctx, 403, tr("Je bent ingelogd op een manier die niet veilig genoeg is voor Regie."),
                                            tr("Log in met de DigiD app. Doe in de app eerst de ID-check met je paspoort,"
                                               " rijbewijs of identiteitskaart.")));
    return zonderBinding(ctx, foutLogin(ctx, 400, tr("Inloggen is niet gelukt. Probeer het opnieuw.")));
}

Response afronden(Digid &digid, Context &ctx, const LoginResult &result)
{
    if (!result.ok())
        return geweigerd(digid, ctx, result);
    if (const auto actor = services::actorVoorBsn(ctx.services, *result.bsn)) {
        ctx.sessions.begin(*actor, false);
        return zonderBinding(ctx, Response::redirect(QStringLiteral("/overzicht")));
    }
    return zonderBinding(ctx, geenBudgetbeheer(ctx, services::contactBuitenBudgetbeheer(ctx.services, *result.bsn)));
}

// What a callback can be refused for without asking the broker is refused at once; only a
// callback of a login this browser started waits for the token request.
Response terug(const DigidPtr &digid, Context &ctx)
{
    if (!digid->party)
        return nuNiet(ctx);
    LoginResult refusal;
    std::optional<auth::oidc::Redemption> redemption =
        digid->party->checkCallback(ctx.request.query, ctx.request.cookies.value(cookieName(ctx)), &refusal);
    if (!redemption)
        return geweigerd(*digid, ctx, refusal);
    if (!ctx.defer)
        return nuNiet(ctx);
    const std::shared_ptr<Later> later = ctx.defer();
    digid->party->redeem(std::move(*redemption), [weak = std::weak_ptr<Digid>(digid), later](const LoginResult &result) {
        if (const DigidPtr d = weak.lock())
            later->answer([d, result](Context &c) { return afronden(*d, c, result); });
    });
    return Response::later();
}

QStringList acrList(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    return text.split(separators, Qt::SkipEmptyParts);
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
    // acr_accepted names the broker's own values; acr_level picks from DigiD's ladder.
    if (!value("acr_accepted").isEmpty())
        config.acceptedAcr = acrList(value("acr_accepted"));
    else if (!value("acr_level").isEmpty())
        config.acceptedAcr = auth::oidc::digidLevelsFrom(value("acr_level"));
    if (value("client_auth") == QLatin1String("post"))
        config.clientAuth = auth::oidc::ClientAuth::SecretPost;
    bool ok = false;
    if (const int n = value("max_pending_logins").toInt(&ok); ok && n > 0)
        config.maxPendingLogins = std::min(n, 1000000);
    if (const int n = value("max_pending_per_client").toInt(&ok); ok && n > 0)
        config.maxPendingLoginsPerClient = std::min(n, 10000);
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
    if (config.acceptedAcr.isEmpty() && !config.issuer.isEmpty())
        qCWarning(lcDigid) << "DigiD is off: acr_level is not basis, midden, substantieel or hoog";
    if (!config.isComplete())
        return std::nullopt;
    return config;
}

} // namespace

std::optional<ProviderConfig> digidConfigFromValues(const std::function<QString(const char *)> &value)
{
    ProviderConfig config;
    fillCommon(config, value);
    config.clientSecret = value("client_secret");
    if (config.clientSecret.isEmpty())
        config.clientSecret = secretFromFile(value("client_secret_file"));
    return complete(std::move(config));
}

std::optional<ProviderConfig> digidConfigFromSettings(QSettings &settings)
{
    settings.beginGroup(QStringLiteral("digid"));
    std::optional<ProviderConfig> config = digidConfigFromValues(
        [&settings](const char *key) { return settings.value(QLatin1String(key)).toString(); });
    settings.endGroup();
    return config;
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
    if (digid->config) {
        digid->http = std::make_unique<DigidHttpClient>();
        digid->party = std::make_unique<auth::oidc::RelyingParty>(*digid->config, *digid->http);
    }
    router.get(QStringLiteral("/inloggen/digid"), Guard::Public, [digid](Context &ctx) { return start(digid, ctx); });
    router.get(QStringLiteral("/inloggen/digid/terug"), Guard::Public,
               [digid](Context &ctx) { return terug(digid, ctx); });
}

void mountDigid(Router &router)
{
    mountDigid(router, digidConfigFromEnvironment());
}

} // namespace regie::web::pages
