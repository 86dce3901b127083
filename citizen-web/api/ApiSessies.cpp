// POST /sessies (login), POST /sessies/vernieuwen (refresh), DELETE /sessies (logout),
// GET /sessies/huidig. The rules of a login (password, TOTP, lockout) are in auth::StaffLogin,
// its outcome and audit events in services::MedewerkerLogin; tokens and their rotation are in
// TokenStore.

#include "api/ApiHandler.h"
#include "api/ApiRoutes.h"

#include "auth/StaffLogin.h"
#include "services/MedewerkerLogin.h"
#include "server/Config.h"
#include "server/RateLimiter.h"
#include "server/TokenStore.h"


namespace regie::web::api {

namespace {

QJsonObject actorJson(const Actor &a)
{
    return QJsonObject{{QStringLiteral("id"), a.userId},
                       {QStringLiteral("displayName"), a.displayName},
                       {QStringLiteral("rol"), toCode(a.role)},
                       {QStringLiteral("teamId"), a.teamId > 0 ? QJsonValue(a.teamId) : QJsonValue(QJsonValue::Null)}};
}

Response tokensAnswer(const Context &ctx, const IssuedTokens &t, const Actor &actor, int status)
{
    return ok(QJsonObject{{QStringLiteral("accessToken"), t.accessToken},
                          {QStringLiteral("refreshToken"), t.refreshToken},
                          {QStringLiteral("tokenType"), QStringLiteral("Bearer")},
                          {QStringLiteral("expiresIn"), qint64(ctx.services.now().secsTo(t.accessExpiresAt))},
                          {QStringLiteral("accessVerlooptOp"), time(t.accessExpiresAt)},
                          {QStringLiteral("refreshVerlooptOp"), time(t.refreshExpiresAt)},
                          {QStringLiteral("gebruiker"), actorJson(actor)},
                          // A demo store (fixed when it was created): regie-desk shows its banner.
                          {QStringLiteral("demo"), ctx.config.demo}},
              status);
}

Response unauthorized(const QString &detail)
{
    Response r = problem(401, QStringLiteral("Niet ingelogd"), detail);
    r.headers.append({QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer realm=\"regie\"")});
    return r;
}

Response unavailable()
{
    return problem(503, QStringLiteral("Tijdelijk niet beschikbaar"), QStringLiteral("Inloggen kan nu niet."));
}

// The token store as a handler part: without it logging in cannot work now.
struct Tokens {
    TokenStore *store = nullptr;
    static std::optional<Tokens> read(Context &ctx, Response *refusal)
    {
        if (!ctx.tokens) {
            *refusal = unavailable();
            return std::nullopt;
        }
        return Tokens{ctx.tokens};
    }
};

QString bearer(const Request &request)
{
    const QByteArray value = request.header(QByteArrayLiteral("authorization"));
    if (!value.startsWith("Bearer ") || value.size() > 7 + TokenStore::kMaxTokenChars)
        return {};
    return QString::fromLatin1(value.mid(7)).trimmed();
}

Response login(Context &ctx, Tokens tokens, JsonBody body)
{
    QList<services::FieldError> bad;
    const QString username = readString(body, QStringLiteral("username"), auth::StaffLogin::kMaxUsernameChars, &bad).value_or(QString());
    const QString password = readString(body, QStringLiteral("password"), 1024, &bad).value_or(QString());
    const QString totp = readString(body, QStringLiteral("totp"), auth::StaffLogin::kMaxTotpChars, &bad).value_or(QString());
    if (username.isEmpty() || password.isEmpty() || totp.isEmpty())
        bad.append({QStringLiteral("username"), QStringLiteral("Vul gebruikersnaam, wachtwoord en code in.")});
    if (!bad.isEmpty())
        return invalid(bad);
    // Counted per client and per client and user name: a name is never throttled for everyone,
    // so failing on purpose cannot lock a named user out (behind the proxy, clientKey is the
    // proxy's client). The answer does not depend on whether the name exists.
    const QString client = ctx.request.clientKey.isEmpty() ? ctx.request.remoteAddress : ctx.request.clientKey;
    const QString clientUser = client + u'\n' + username;
    if (ctx.rateLimiter && !ctx.rateLimiter->allow(client, clientUser)) {
        Response r = problem(429, QStringLiteral("Te veel pogingen"), QStringLiteral("Wacht even en probeer het opnieuw."));
        r.headers.append({QByteArrayLiteral("Retry-After"),
                          QByteArray::number(ctx.rateLimiter->retryAfterSeconds(client, clientUser))});
        return r;
    }
    const auth::StaffLoginUitkomst uitkomst = services::MedewerkerLogin(ctx.services).login({username, password, totp, client});
    switch (uitkomst.fout) {
    case auth::LoginFout::Geen:
        break;
    case auth::LoginFout::Storing:
        return unavailable();
    case auth::LoginFout::Ongeldig:
        // One text for an unknown name, a wrong password or code and a back-off.
        return unauthorized(QStringLiteral("Gebruikersnaam, wachtwoord of code klopt niet. Na vijf mislukte pogingen"
                                           " wacht u eerst een minuut of langer."));
    }
    const auto issued = tokens.store->issue(*uitkomst.actor);
    if (!issued)
        return unavailable();
    if (ctx.rateLimiter)
        ctx.rateLimiter->succeeded(clientUser);
    return tokensAnswer(ctx, *issued, *uitkomst.actor, 201);
}

Response vernieuw(Context &ctx, Tokens tokens, JsonBody body)
{
    QList<services::FieldError> bad;
    const QString token = readString(body, QStringLiteral("refreshToken"), TokenStore::kMaxTokenChars, &bad).value_or(QString());
    if (token.isEmpty())
        return badRequest(QStringLiteral("refreshToken"), QStringLiteral("Stuur het refreshToken mee."));
    const RefreshUitkomst r = tokens.store->refresh(token);
    switch (r.fout) {
    case TokenFout::Geen:
        return tokensAnswer(ctx, *r.tokens, *r.actor, 200);
    case TokenFout::Verlopen:
        return unauthorized(QStringLiteral("Uw sessie is verlopen. Log opnieuw in."));
    case TokenFout::Hergebruikt:
        return unauthorized(QStringLiteral("Dit token is al gebruikt. Voor de veiligheid bent u overal uitgelogd."));
    case TokenFout::Storing:
        return unavailable();
    case TokenFout::Ongeldig:
        break;
    }
    return unauthorized(QStringLiteral("Ongeldig token. Log opnieuw in."));
}

Response logout(Context &ctx, Tokens tokens)
{
    const QString token = bearer(ctx.request);
    if (token.isEmpty() || !tokens.store->revokeFamily(token))
        return unauthorized(QStringLiteral("Ongeldig token."));
    return noContent();
}

Response huidig(Context &ctx) { return ok(actorJson(ctx.actor())); }

} // namespace

void mountSessies(Router &router)
{
    router.post(kPrefix + QStringLiteral("/sessies"), Guard::Public, handle(login));
    router.post(kPrefix + QStringLiteral("/sessies/vernieuwen"), Guard::Public, handle(vernieuw));
    router.add(QStringLiteral("DELETE"), kPrefix + QStringLiteral("/sessies"), Guard::Staff, handle(logout));
    router.get(kPrefix + QStringLiteral("/sessies/huidig"), Guard::Staff, handle(huidig));
}

} // namespace regie::web::api
