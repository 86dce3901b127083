// The beheerder's resources: /gebruikers, /teams, /caseloads and /uitgaande-berichten.
// Role checks and audit are in services::Beheer; deactivating an account also ends its tokens.

#include "api/ApiHandler.h"
#include "api/ApiJson.h"
#include "api/ApiRoutes.h"

#include "crypto/Base32.h"
#include "crypto/Totp.h"
#include "server/TokenStore.h"
#include "services/Beheer.h"

namespace regie::web::api {

namespace {

using services::FieldError;

std::optional<Role> rolUit(const QJsonObject &o, QList<FieldError> *bad)
{
    const auto text = readString(o, QStringLiteral("rol"), 20, bad);
    if (!text)
        return std::nullopt;
    const auto role = roleFromCode(*text);
    if (!role || (*role != Role::Medewerker && *role != Role::Teamleider && *role != Role::Beheerder)) {
        bad->append({QStringLiteral("rol"), QStringLiteral("Kies medewerker, teamleider of beheerder.")});
        return std::nullopt;
    }
    return role;
}

QJsonObject tweedeFactorJson(const QString &username, const QByteArray &secret)
{
    return QJsonObject{{QStringLiteral("secretBase32"), crypto::base32Encode(secret, crypto::Base32Padding::WithoutPadding)},
                       {QStringLiteral("otpauthUri"), crypto::totpProvisioningUri(u"Regie", username, secret)}};
}

// A changed account logs in anew.
void revokeTokens(Context &ctx, qint64 userId)
{
    if (ctx.tokens)
        ctx.tokens->revokeAll(userId);
}

// A deactivated account stops at once: its tokens, and its cookie sessions (a ketenpartner's)
// with their open streams. Every request checks `active` too (WebSessions::find), so a
// session this misses still lets nobody in.
void stopAccount(Context &ctx, qint64 userId)
{
    revokeTokens(ctx, userId);
    ctx.sessions.endAllFor(userId, 0);
}

// 202: the change waits for a teamleider (separation of duties, services::Voorstellen).
Response voorstelAnswer(Context &ctx, qint64 voorstelId)
{
    const auto open = services::Voorstellen(ctx.services).open(ctx.actor());
    if (open.ok()) {
        for (const services::Voorstel &v : *open.value) {
            if (v.id == voorstelId)
                return ok(json::voorstel(v), 202);
        }
    }
    return ok(QJsonObject{{QStringLiteral("id"), voorstelId}, {QStringLiteral("status"), QStringLiteral("open")}}, 202);
}

Response gebruikers(Context &ctx, Paging paging)
{
    const auto result = services::Beheer(ctx.services).gebruikers(ctx.actor(), paging.pageSize, paging.offset());
    if (!result.ok())
        return fromResult(result);
    return paged(ctx.request, paging, jsonArray(result.value->items, json::gebruiker), result.value->totaal);
}

Response gebruiker(Context &ctx, PathId id)
{
    return answer(services::Beheer(ctx.services).gebruiker(ctx.actor(), id.value), json::gebruiker);
}

Response maakGebruiker(Context &ctx, JsonBody body)
{
    QList<FieldError> bad;
    services::NieuweGebruiker g;
    g.username = readString(body, QStringLiteral("username"), 100, &bad).value_or(QString());
    g.displayName = readString(body, QStringLiteral("displayName"), 200, &bad).value_or(QString());
    g.role = rolUit(body, &bad).value_or(Role::Medewerker);
    g.teamId = readInteger(body, QStringLiteral("teamId"), &bad).value_or(0);
    g.organisatie = readString(body, QStringLiteral("organisatie"), 200, &bad).value_or(QString());
    g.email = readString(body, QStringLiteral("email"), 200, &bad).value_or(QString());
    g.password = readString(body, QStringLiteral("wachtwoord"), 1024, &bad).value_or(QString());
    if (g.username.trimmed().isEmpty() || g.displayName.trimmed().isEmpty() || !body.contains(QStringLiteral("rol")))
        bad.append({QStringLiteral("username"), QStringLiteral("Gebruikersnaam, naam en rol zijn verplicht.")});
    if (!bad.isEmpty())
        return invalid(bad);
    services::Beheer beheer(ctx.services);
    const auto made = beheer.maakGebruiker(ctx.actor(), g);
    if (!made.ok())
        return fromResult(made);
    // Every staff account needs its second factor; the secret is shown this once.
    const auto secret = beheer.zetTweedeFactor(ctx.actor(), made.value->id);
    if (!secret.ok())
        return fromResult(secret);
    QJsonObject out = json::gebruiker(*beheer.gebruiker(ctx.actor(), made.value->id).value);
    out.insert(QStringLiteral("tweedeFactorInstelling"), tweedeFactorJson(g.username, *secret.value));
    return ok(out, 201);
}

Response wijzigGebruiker(Context &ctx, PathId id, JsonBody body)
{
    QList<FieldError> bad;
    services::GebruikerWijziging w;
    w.displayName = readString(body, QStringLiteral("displayName"), 200, &bad);
    w.role = rolUit(body, &bad);
    w.teamId = readInteger(body, QStringLiteral("teamId"), &bad);
    w.actief = readBool(body, QStringLiteral("actief"), &bad);
    w.wachtwoord = readString(body, QStringLiteral("wachtwoord"), 1024, &bad);
    w.ontgrendel = readBool(body, QStringLiteral("ontgrendel"), &bad).value_or(false);
    if (!bad.isEmpty())
        return invalid(bad);
    const auto result = services::Beheer(ctx.services).wijzigGebruiker(ctx.actor(), id.value, w);
    if (result.ok() && w.actief == false)
        stopAccount(ctx, id.value);
    else if (result.ok() && (w.role || w.wachtwoord))
        revokeTokens(ctx, id.value);
    return answer(result, json::gebruiker);
}

Response deactiveerGebruiker(Context &ctx, PathId id)
{
    services::GebruikerWijziging w;
    w.actief = false;
    const auto result = services::Beheer(ctx.services).wijzigGebruiker(ctx.actor(), id.value, w);
    if (result.ok())
        stopAccount(ctx, id.value);
    return answerNoContent(result);
}

Response nieuweTweedeFactor(Context &ctx, PathId id)
{
    services::Beheer beheer(ctx.services);
    const auto user = beheer.gebruiker(ctx.actor(), id.value);
    if (!user.ok())
        return fromResult(user);
    const auto secret = beheer.zetTweedeFactor(ctx.actor(), id.value);
    if (!secret.ok())
        return fromResult(secret);
    revokeTokens(ctx, id.value);
    return ok(tweedeFactorJson(user.value->username, *secret.value), 201);
}

Response teams(Context &ctx)
{
    const auto result = services::Beheer(ctx.services).teams(ctx.actor());
    return result.ok() ? dataAnswer(*result.value, json::team) : fromResult(result);
}

Response team(Context &ctx, PathId id)
{
    return answer(services::Beheer(ctx.services).team(ctx.actor(), id.value), json::team);
}

Response maakTeam(Context &ctx, JsonBody body)
{
    QList<FieldError> bad;
    const QString naam = readString(body, QStringLiteral("naam"), 200, &bad).value_or(QString()).trimmed();
    const QString telefoon = readString(body, QStringLiteral("telefoon"), 50, &bad).value_or(QString());
    const QString email = readString(body, QStringLiteral("email"), 200, &bad).value_or(QString());
    const QString openingstijden = readString(body, QStringLiteral("openingstijden"), 500, &bad).value_or(QString());
    const qint64 grens = readCents(body, QStringLiteral("vierOgenGrensCents"), &bad).value_or(50000);
    if (naam.isEmpty())
        bad.append({QStringLiteral("naam"), QStringLiteral("Vul een naam in.")});
    if (!bad.isEmpty())
        return invalid(bad);
    return answer(services::Beheer(ctx.services).maakTeam(ctx.actor(), naam, telefoon, email, Money::fromCents(grens),
                                                                 openingstijden),
                  json::team, 201);
}

Response wijzigTeam(Context &ctx, PathId id, JsonBody body)
{
    QList<FieldError> bad;
    services::TeamWijziging w;
    w.naam = readString(body, QStringLiteral("naam"), 200, &bad);
    w.telefoon = readString(body, QStringLiteral("telefoon"), 50, &bad);
    w.email = readString(body, QStringLiteral("email"), 200, &bad);
    w.openingstijden = readString(body, QStringLiteral("openingstijden"), 500, &bad);
    if (const auto uren = readInteger(body, QStringLiteral("doelBehandeltijdUren"), &bad))
        w.doelBehandeltijdUren = static_cast<int>(qBound(qint64(-1), *uren, qint64(100000)));
    if (const auto grens = readCents(body, QStringLiteral("vierOgenGrensCents"), &bad))
        w.vierOgenGrens = Money::fromCents(*grens);
    if (!bad.isEmpty())
        return invalid(bad);
    const auto result = services::Beheer(ctx.services).wijzigTeam(ctx.actor(), id.value, w);
    if (result.ok() && result.value->voorstelId > 0)
        return voorstelAnswer(ctx, result.value->voorstelId);
    return answer(result, json::team);
}

Response caseloads(Context &ctx, Paging paging)
{
    QList<FieldError> bad;
    const auto medewerker = queryInteger(ctx.request, QStringLiteral("medewerker"), 1, std::numeric_limits<qint32>::max(), &bad);
    if (!bad.isEmpty())
        return invalid(bad);
    const auto result = services::Beheer(ctx.services).caseloads(ctx.actor(), medewerker, paging.pageSize, paging.offset());
    if (!result.ok())
        return fromResult(result);
    return paged(ctx.request, paging, jsonArray(result.value->items, json::caseload), result.value->totaal);
}

Response koppel(Context &ctx, JsonBody body)
{
    QList<FieldError> bad;
    const auto medewerker = readInteger(body, QStringLiteral("medewerkerId"), &bad);
    const QString inwoner = readString(body, QStringLiteral("inwoner"), 64, &bad).value_or(QString());
    if (!medewerker || inwoner.isEmpty())
        bad.append({QStringLiteral("medewerkerId"), QStringLiteral("Kies een medewerker en een inwoner.")});
    if (!bad.isEmpty())
        return invalid(bad);
    const auto result = services::Beheer(ctx.services).koppel(ctx.actor(), *medewerker, inwoner);
    if (result.ok() && result.value->voorstelId > 0)
        return voorstelAnswer(ctx, result.value->voorstelId);
    return answer(result, json::caseload, 201);
}

Response ontkoppel(Context &ctx)
{
    const auto medewerker = pathId(ctx.request, QStringLiteral("medewerkerId"));
    if (!medewerker)
        return notFound();
    return answerNoContent(services::Beheer(ctx.services)
                               .ontkoppel(ctx.actor(), *medewerker, ctx.request.pathArgs.value(QStringLiteral("inwoner"))));
}

Response uitgaand(Context &ctx)
{
    QString status = queryText(ctx.request, QStringLiteral("status"), 20);
    if (status.isEmpty())
        status = QStringLiteral("mislukt");
    const auto result = services::Beheer(ctx.services).uitgaandeBerichten(ctx.actor(), status, 500);
    return result.ok() ? dataAnswer(*result.value, json::uitgaandBericht) : fromResult(result);
}

Response opnieuw(Context &ctx, PathId id)
{
    return answer(services::Beheer(ctx.services).opnieuw(ctx.actor(), id.value), json::uitgaandBericht);
}

} // namespace

void mountBeheer(Router &router)
{
    const QString g = kPrefix + QStringLiteral("/gebruikers");
    router.get(g, Guard::Staff, handle(gebruikers));
    router.post(g, Guard::Staff, handle(maakGebruiker));
    router.get(g + QStringLiteral("/{id}"), Guard::Staff, handle(gebruiker));
    router.add(QStringLiteral("PATCH"), g + QStringLiteral("/{id}"), Guard::Staff, handle(wijzigGebruiker));
    router.add(QStringLiteral("DELETE"), g + QStringLiteral("/{id}"), Guard::Staff, handle(deactiveerGebruiker));
    router.post(g + QStringLiteral("/{id}/tweede-factor"), Guard::Staff, handle(nieuweTweedeFactor));
    const QString t = kPrefix + QStringLiteral("/teams");
    router.get(t, Guard::Staff, handle(teams));
    router.post(t, Guard::Staff, handle(maakTeam));
    router.get(t + QStringLiteral("/{id}"), Guard::Staff, handle(team));
    router.add(QStringLiteral("PATCH"), t + QStringLiteral("/{id}"), Guard::Staff, handle(wijzigTeam));
    const QString c = kPrefix + QStringLiteral("/caseloads");
    router.get(c, Guard::Staff, handle(caseloads));
    router.post(c, Guard::Staff, handle(koppel));
    router.add(QStringLiteral("DELETE"), c + QStringLiteral("/{medewerkerId}/{inwoner}"), Guard::Staff, handle(ontkoppel));
    router.get(kPrefix + QStringLiteral("/uitgaande-berichten"), Guard::Staff, handle(uitgaand));
    router.post(kPrefix + QStringLiteral("/uitgaande-berichten/{id}/opnieuw"), Guard::Staff, handle(opnieuw));
}

} // namespace regie::web::api
