// The beheerder's resources: /gebruikers, /teams, /caseloads and /uitgaande-berichten.
// Role checks and audit are in services::Beheer; deactivating an account also ends its tokens.

#include "api/ApiJson.h"
#include "api/ApiRoutes.h"
#include "api/ApiSupport.h"

#include "crypto/Base32.h"
#include "crypto/Totp.h"
#include "server/TokenStore.h"
#include "services/Beheer.h"

namespace regie::web::api {

namespace {

using services::FieldError;

std::optional<qint64> padId(const Context &ctx, const QString &name = QStringLiteral("id"))
{
    bool ok = false;
    const qint64 id = ctx.request.pathArgs.value(name).left(20).toLongLong(&ok);
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

Response notFound() { return problem(404, QStringLiteral("Niet gevonden"), QStringLiteral("Dit bestaat niet.")); }

Response invalid(const QList<FieldError> &bad) { return problem(400, QStringLiteral("Ongeldige invoer"), bad.first().message, bad); }

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

Response gebruikers(Context &ctx)
{
    Response error;
    const auto paging = parsePaging(ctx.request, &error);
    if (!paging)
        return error;
    const auto result = services::Beheer(ctx.services).gebruikers(ctx.actor(), paging->pageSize, paging->offset());
    if (!result.ok())
        return fromResult(result);
    QJsonArray data;
    for (const auto &g : result.value->items)
        data.append(json::gebruiker(g));
    return paged(ctx.request, *paging, data, result.value->totaal);
}

Response gebruiker(Context &ctx)
{
    const auto id = padId(ctx);
    if (!id)
        return notFound();
    const auto result = services::Beheer(ctx.services).gebruiker(ctx.actor(), *id);
    return result.ok() ? ok(json::gebruiker(*result.value)) : fromResult(result);
}

Response maakGebruiker(Context &ctx)
{
    Response error;
    const auto body = parseBody(ctx.request, &error);
    if (!body)
        return error;
    QList<FieldError> bad;
    services::NieuweGebruiker g;
    g.username = readString(*body, QStringLiteral("username"), 100, &bad).value_or(QString());
    g.displayName = readString(*body, QStringLiteral("displayName"), 200, &bad).value_or(QString());
    g.role = rolUit(*body, &bad).value_or(Role::Medewerker);
    g.teamId = readInteger(*body, QStringLiteral("teamId"), &bad).value_or(0);
    g.organisatie = readString(*body, QStringLiteral("organisatie"), 200, &bad).value_or(QString());
    g.email = readString(*body, QStringLiteral("email"), 200, &bad).value_or(QString());
    g.password = readString(*body, QStringLiteral("wachtwoord"), 1024, &bad).value_or(QString());
    if (g.username.trimmed().isEmpty() || g.displayName.trimmed().isEmpty() || !body->contains(QStringLiteral("rol")))
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

Response wijzigGebruiker(Context &ctx)
{
    const auto id = padId(ctx);
    if (!id)
        return notFound();
    Response error;
    const auto body = parseBody(ctx.request, &error);
    if (!body)
        return error;
    QList<FieldError> bad;
    services::GebruikerWijziging w;
    w.displayName = readString(*body, QStringLiteral("displayName"), 200, &bad);
    w.role = rolUit(*body, &bad);
    w.teamId = readInteger(*body, QStringLiteral("teamId"), &bad);
    w.actief = readBool(*body, QStringLiteral("actief"), &bad);
    w.wachtwoord = readString(*body, QStringLiteral("wachtwoord"), 1024, &bad);
    w.ontgrendel = readBool(*body, QStringLiteral("ontgrendel"), &bad).value_or(false);
    if (!bad.isEmpty())
        return invalid(bad);
    const auto result = services::Beheer(ctx.services).wijzigGebruiker(ctx.actor(), *id, w);
    if (!result.ok())
        return fromResult(result);
    if (ctx.tokens && (w.actief == false || w.role || w.wachtwoord))
        ctx.tokens->revokeAll(*id); // a changed account logs in anew
    return ok(json::gebruiker(*result.value));
}

Response deactiveerGebruiker(Context &ctx)
{
    const auto id = padId(ctx);
    if (!id)
        return notFound();
    services::GebruikerWijziging w;
    w.actief = false;
    const auto result = services::Beheer(ctx.services).wijzigGebruiker(ctx.actor(), *id, w);
    if (!result.ok())
        return fromResult(result);
    if (ctx.tokens)
        ctx.tokens->revokeAll(*id);
    return noContent();
}

Response nieuweTweedeFactor(Context &ctx)
{
    const auto id = padId(ctx);
    if (!id)
        return notFound();
    services::Beheer beheer(ctx.services);
    const auto user = beheer.gebruiker(ctx.actor(), *id);
    if (!user.ok())
        return fromResult(user);
    const auto secret = beheer.zetTweedeFactor(ctx.actor(), *id);
    if (!secret.ok())
        return fromResult(secret);
    if (ctx.tokens)
        ctx.tokens->revokeAll(*id);
    return ok(tweedeFactorJson(user.value->username, *secret.value), 201);
}

Response teams(Context &ctx)
{
    const auto result = services::Beheer(ctx.services).teams(ctx.actor());
    if (!result.ok())
        return fromResult(result);
    QJsonArray data;
    for (const auto &t : *result.value)
        data.append(json::team(t));
    return ok(QJsonObject{{QStringLiteral("data"), data}});
}

Response team(Context &ctx)
{
    const auto id = padId(ctx);
    if (!id)
        return notFound();
    const auto result = services::Beheer(ctx.services).team(ctx.actor(), *id);
    return result.ok() ? ok(json::team(*result.value)) : fromResult(result);
}

Response maakTeam(Context &ctx)
{
    Response error;
    const auto body = parseBody(ctx.request, &error);
    if (!body)
        return error;
    QList<FieldError> bad;
    const QString naam = readString(*body, QStringLiteral("naam"), 200, &bad).value_or(QString()).trimmed();
    const QString telefoon = readString(*body, QStringLiteral("telefoon"), 50, &bad).value_or(QString());
    const QString email = readString(*body, QStringLiteral("email"), 200, &bad).value_or(QString());
    const qint64 grens = readCents(*body, QStringLiteral("vierOgenGrensCents"), &bad).value_or(50000);
    if (naam.isEmpty())
        bad.append({QStringLiteral("naam"), QStringLiteral("Vul een naam in.")});
    if (!bad.isEmpty())
        return invalid(bad);
    const auto result = services::Beheer(ctx.services).maakTeam(ctx.actor(), naam, telefoon, email, Money::fromCents(grens));
    return result.ok() ? ok(json::team(*result.value), 201) : fromResult(result);
}

Response wijzigTeam(Context &ctx)
{
    const auto id = padId(ctx);
    if (!id)
        return notFound();
    Response error;
    const auto body = parseBody(ctx.request, &error);
    if (!body)
        return error;
    QList<FieldError> bad;
    services::TeamWijziging w;
    w.naam = readString(*body, QStringLiteral("naam"), 200, &bad);
    w.telefoon = readString(*body, QStringLiteral("telefoon"), 50, &bad);
    w.email = readString(*body, QStringLiteral("email"), 200, &bad);
    if (const auto uren = readInteger(*body, QStringLiteral("doelBehandeltijdUren"), &bad))
        w.doelBehandeltijdUren = static_cast<int>(qBound(qint64(-1), *uren, qint64(100000)));
    if (const auto grens = readCents(*body, QStringLiteral("vierOgenGrensCents"), &bad))
        w.vierOgenGrens = Money::fromCents(*grens);
    if (!bad.isEmpty())
        return invalid(bad);
    const auto result = services::Beheer(ctx.services).wijzigTeam(ctx.actor(), *id, w);
    return result.ok() ? ok(json::team(*result.value)) : fromResult(result);
}

Response caseloads(Context &ctx)
{
    Response error;
    const auto paging = parsePaging(ctx.request, &error);
    if (!paging)
        return error;
    QList<FieldError> bad;
    const auto medewerker = queryInteger(ctx.request, QStringLiteral("medewerker"), 1, std::numeric_limits<qint32>::max(), &bad);
    if (!bad.isEmpty())
        return invalid(bad);
    const auto result = services::Beheer(ctx.services).caseloads(ctx.actor(), medewerker, paging->pageSize, paging->offset());
    if (!result.ok())
        return fromResult(result);
    QJsonArray data;
    for (const auto &c : result.value->items)
        data.append(json::caseload(c));
    return paged(ctx.request, *paging, data, result.value->totaal);
}

Response koppel(Context &ctx)
{
    Response error;
    const auto body = parseBody(ctx.request, &error);
    if (!body)
        return error;
    QList<FieldError> bad;
    const auto medewerker = readInteger(*body, QStringLiteral("medewerkerId"), &bad);
    const QString inwoner = readString(*body, QStringLiteral("inwoner"), 64, &bad).value_or(QString());
    if (!medewerker || inwoner.isEmpty())
        bad.append({QStringLiteral("medewerkerId"), QStringLiteral("Kies een medewerker en een inwoner.")});
    if (!bad.isEmpty())
        return invalid(bad);
    const auto result = services::Beheer(ctx.services).koppel(ctx.actor(), *medewerker, inwoner);
    return result.ok() ? ok(json::caseload(*result.value), 201) : fromResult(result);
}

Response ontkoppel(Context &ctx)
{
    const auto medewerker = padId(ctx, QStringLiteral("medewerkerId"));
    if (!medewerker)
        return notFound();
    const auto result = services::Beheer(ctx.services)
                            .ontkoppel(ctx.actor(), *medewerker, ctx.request.pathArgs.value(QStringLiteral("inwoner")));
    return result.ok() ? noContent() : fromResult(result);
}

Response uitgaand(Context &ctx)
{
    QString status = queryText(ctx.request, QStringLiteral("status"), 20);
    if (status.isEmpty())
        status = QStringLiteral("mislukt");
    const auto result = services::Beheer(ctx.services).uitgaandeBerichten(ctx.actor(), status, 500);
    if (!result.ok())
        return fromResult(result);
    QJsonArray data;
    for (const auto &b : *result.value)
        data.append(json::uitgaandBericht(b));
    return ok(QJsonObject{{QStringLiteral("data"), data}});
}

Response opnieuw(Context &ctx)
{
    const auto id = padId(ctx);
    if (!id)
        return notFound();
    const auto result = services::Beheer(ctx.services).opnieuw(ctx.actor(), *id);
    return result.ok() ? ok(json::uitgaandBericht(*result.value)) : fromResult(result);
}

} // namespace

void mountBeheer(Router &router)
{
    const QString g = kPrefix + QStringLiteral("/gebruikers");
    router.get(g, Guard::Staff, gebruikers);
    router.post(g, Guard::Staff, maakGebruiker);
    router.get(g + QStringLiteral("/{id}"), Guard::Staff, gebruiker);
    router.add(QStringLiteral("PATCH"), g + QStringLiteral("/{id}"), Guard::Staff, wijzigGebruiker);
    router.add(QStringLiteral("DELETE"), g + QStringLiteral("/{id}"), Guard::Staff, deactiveerGebruiker);
    router.post(g + QStringLiteral("/{id}/tweede-factor"), Guard::Staff, nieuweTweedeFactor);
    const QString t = kPrefix + QStringLiteral("/teams");
    router.get(t, Guard::Staff, teams);
    router.post(t, Guard::Staff, maakTeam);
    router.get(t + QStringLiteral("/{id}"), Guard::Staff, team);
    router.add(QStringLiteral("PATCH"), t + QStringLiteral("/{id}"), Guard::Staff, wijzigTeam);
    const QString c = kPrefix + QStringLiteral("/caseloads");
    router.get(c, Guard::Staff, caseloads);
    router.post(c, Guard::Staff, koppel);
    router.add(QStringLiteral("DELETE"), c + QStringLiteral("/{medewerkerId}/{inwoner}"), Guard::Staff, ontkoppel);
    router.get(kPrefix + QStringLiteral("/uitgaande-berichten"), Guard::Staff, uitgaand);
    router.post(kPrefix + QStringLiteral("/uitgaande-berichten/{id}/opnieuw"), Guard::Staff, opnieuw);
}

} // namespace regie::web::api
