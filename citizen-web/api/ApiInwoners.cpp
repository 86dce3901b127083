// The dossier as staff see it: GET /inwoners, /inwoners/{id}, .../transacties, .../verzoeken,
// .../meldingen, .../afspraken (current per reservering + history), POST .../afspraken (a new version) and
// POST .../afspraken/proberen (the rule engine on a draft; nothing saved).
// {id} is the inwoner's pseudonym (public_id), never the database id.

#include "api/ApiJson.h"
#include "api/ApiRoutes.h"
#include "api/ApiSupport.h"

#include "services/AfspraakProef.h"
#include "services/Afspraken.h"
#include "services/Dossier.h"
#include "services/InwonerMeldingen.h"
#include "services/Opnames.h"
#include "services/Support.h"
#include "services/Werkvoorraad.h"

#include <QtCore/QTimeZone>

namespace regie::web::api {

namespace {

constexpr int kMaxReden = 1000;

services::Result<qint64> inwonerUitPad(Context &ctx)
{
    return services::Werkvoorraad(ctx.services).inwonerId(ctx.actor(), ctx.request.pathArgs.value(QStringLiteral("id")));
}

Response lijst(Context &ctx)
{
    Response error;
    const auto paging = parsePaging(ctx.request, &error);
    if (!paging)
        return error;
    services::InwonerVraag vraag;
    vraag.zoek = queryText(ctx.request, QStringLiteral("zoek"), 100);
    vraag.limit = paging->pageSize;
    vraag.offset = paging->offset();
    const auto result = services::Werkvoorraad(ctx.services).inwoners(ctx.actor(), vraag);
    if (!result.ok())
        return fromResult(result);
    QJsonArray data;
    for (const auto &i : result.value->inwoners)
        data.append(json::inwonerRegel(i));
    return paged(ctx.request, *paging, data, result.value->totaal);
}

Response overzicht(Context &ctx)
{
    const auto id = inwonerUitPad(ctx);
    if (!id.ok())
        return fromResult(id);
    const auto result = services::Dossier(ctx.services).overzicht(ctx.actor(), *id.value);
    if (!result.ok())
        return fromResult(result);
    return ok(json::overzicht(*result.value));
}

Response transacties(Context &ctx)
{
    Response error;
    const auto paging = parsePaging(ctx.request, &error);
    if (!paging)
        return error;
    QList<services::FieldError> bad;
    services::TransactieFilter filter;
    if (const auto van = queryDateTime(ctx.request, QStringLiteral("van"), &bad))
        filter.van = van->date();
    if (const auto tot = queryDateTime(ctx.request, QStringLiteral("tot"), &bad))
        filter.tot = tot->date();
    if (!bad.isEmpty())
        return problem(400, QStringLiteral("Ongeldige invoer"), bad.first().message, bad);
    filter.zoek = queryText(ctx.request, QStringLiteral("zoek"), 100);
    filter.limit = paging->pageSize;
    filter.offset = paging->offset();
    const auto id = inwonerUitPad(ctx);
    if (!id.ok())
        return fromResult(id);
    const auto result = services::Dossier(ctx.services).transacties(ctx.actor(), *id.value, filter);
    if (!result.ok())
        return fromResult(result);
    QJsonArray data;
    for (const auto &t : result.value->transacties)
        data.append(json::transactie(t));
    return paged(ctx.request, *paging, data, result.value->totaal);
}

Response verzoeken(Context &ctx)
{
    Response error;
    const auto paging = parsePaging(ctx.request, &error);
    if (!paging)
        return error;
    const auto id = inwonerUitPad(ctx);
    if (!id.ok())
        return fromResult(id);
    const auto result = services::Opnames(ctx.services).vanInwoner(ctx.actor(), *id.value, 1000);
    if (!result.ok())
        return fromResult(result);
    QJsonArray data;
    const auto &all = *result.value;
    for (qsizetype i = paging->offset(); i < all.size() && data.size() < paging->pageSize; ++i)
        data.append(json::verzoek(all[i]));
    return paged(ctx.request, *paging, data, static_cast<int>(all.size()));
}

Response meldingen(Context &ctx)
{
    Response error;
    const auto paging = parsePaging(ctx.request, &error);
    if (!paging)
        return error;
    const auto id = inwonerUitPad(ctx);
    if (!id.ok())
        return fromResult(id);
    const auto result = services::InwonerMeldingen(ctx.services)
                            .lijst(ctx.actor(), *id.value, services::InwonerMeldingen::kMaxMeldingen);
    if (!result.ok())
        return fromResult(result);
    QJsonArray data;
    const auto &all = *result.value;
    for (qsizetype i = paging->offset(); i < all.size() && data.size() < paging->pageSize; ++i)
        data.append(json::melding(all[i]));
    return paged(ctx.request, *paging, data, static_cast<int>(all.size()));
}

Response afspraken(Context &ctx)
{
    const auto id = inwonerUitPad(ctx);
    if (!id.ok())
        return fromResult(id);
    const auto dossier = services::Dossier(ctx.services).overzicht(ctx.actor(), *id.value);
    if (!dossier.ok())
        return fromResult(dossier);
    services::Afspraken service(ctx.services);
    QJsonArray reserveringen;
    for (const auto &r : dossier.value->reserveringen) {
        const auto geldend = service.geldend(ctx.actor(), r.id);
        if (!geldend.ok())
            return fromResult(geldend);
        reserveringen.append(QJsonObject{{QStringLiteral("reserveringId"), r.id},
                                         {QStringLiteral("naam"), r.naam},
                                         {QStringLiteral("soort"), toCode(r.soort)},
                                         {QStringLiteral("beschikbaarCents"), r.beschikbaar.cents()},
                                         {QStringLiteral("geldend"), json::afspraak(*geldend.value)}});
    }
    const auto historie = service.geschiedenis(ctx.actor(), *id.value);
    if (!historie.ok())
        return fromResult(historie);
    QJsonArray versies;
    for (const auto &v : *historie.value)
        versies.append(json::afspraakVersie(v));
    return ok(QJsonObject{{QStringLiteral("reserveringen"), reserveringen}, {QStringLiteral("geschiedenis"), versies}});
}

// The reservering named in a body must belong to the inwoner in the path.
std::optional<qint64> reserveringVan(Context &ctx, const QJsonObject &body, qint64 inwonerId,
                                     QList<services::FieldError> *bad, bool required)
{
    const auto reservering = readInteger(body, QStringLiteral("reserveringId"), bad);
    if (!reservering) {
        if (required && bad->isEmpty())
            bad->append({QStringLiteral("reserveringId"), QStringLiteral("Kies een reservering.")});
        return std::nullopt;
    }
    if (services::inwonerIdForReservering(ctx.services, *reservering) != inwonerId) {
        bad->append({QStringLiteral("reserveringId"), QStringLiteral("Deze reservering hoort niet bij deze inwoner.")});
        return std::nullopt;
    }
    return reservering;
}

Response zetAfspraak(Context &ctx)
{
    Response error;
    const auto body = parseBody(ctx.request, &error);
    if (!body)
        return error;
    const auto id = inwonerUitPad(ctx);
    if (!id.ok())
        return fromResult(id);
    QList<services::FieldError> bad;
    services::AfspraakInvoer invoer;
    invoer.afspraak = json::afspraakUit(*body, &bad);
    const auto reservering = reserveringVan(ctx, *body, *id.value, &bad, false);
    invoer.afspraak.scope = reservering ? rules::Scope::Reservering : rules::Scope::Inwoner;
    invoer.afspraak.reserveringId = reservering;
    invoer.inwonerId = *id.value;
    invoer.reden = readString(*body, QStringLiteral("reden"), kMaxReden, &bad).value_or(QString()).trimmed();
    if (invoer.reden.isEmpty())
        bad.append({QStringLiteral("reden"), QStringLiteral("Geef een reden voor deze wijziging.")});
    if (!invoer.afspraak.ingangsdatum.isValid())
        bad.append({QStringLiteral("ingangsdatum"), QStringLiteral("Kies de datum waarop de afspraak ingaat.")});
    if (!bad.isEmpty())
        return problem(400, QStringLiteral("Ongeldige invoer"), bad.first().message, bad);
    const auto result = services::Afspraken(ctx.services).zet(ctx.actor(), invoer);
    if (!result.ok())
        return fromResult(result);
    rules::Afspraak saved = invoer.afspraak;
    saved.id = *result.value;
    Response r = ok(QJsonObject{{QStringLiteral("id"), *result.value}, {QStringLiteral("afspraak"), json::afspraak(saved)}}, 201);
    r.headers.append({QByteArrayLiteral("Location"),
                      QString(kPrefix + QStringLiteral("/inwoners/") + ctx.request.pathArgs.value(QStringLiteral("id"))
                              + QStringLiteral("/afspraken")).toUtf8()});
    return r;
}

Response proberen(Context &ctx)
{
    Response error;
    const auto body = parseBody(ctx.request, &error);
    if (!body)
        return error;
    const auto id = inwonerUitPad(ctx);
    if (!id.ok())
        return fromResult(id);
    QList<services::FieldError> bad;
    rules::Afspraak ontwerp = json::afspraakUit(*body, &bad);
    if (!ontwerp.ingangsdatum.isValid())
        ontwerp.ingangsdatum = ctx.services.now().toTimeZone(QTimeZone("Europe/Amsterdam")).date();
    const auto reservering = reserveringVan(ctx, *body, *id.value, &bad, true);
    const auto bedrag = readCents(*body, QStringLiteral("bedragCents"), &bad);
    if (!bedrag && bad.isEmpty())
        bad.append({QStringLiteral("bedragCents"), QStringLiteral("Vul een bedrag in centen in.")});
    if (!bad.isEmpty())
        return problem(400, QStringLiteral("Ongeldige invoer"), bad.first().message, bad);
    const auto result = services::AfspraakProef(ctx.services).probeer(ctx.actor(), *reservering, ontwerp, Money::fromCents(*bedrag));
    if (!result.ok())
        return fromResult(result);
    return ok(json::proef(*result.value));
}

} // namespace

void mountInwoners(Router &router)
{
    const QString base = kPrefix + QStringLiteral("/inwoners");
    router.get(base, Guard::Staff, lijst);
    router.get(base + QStringLiteral("/{id}"), Guard::Staff, overzicht);
    router.get(base + QStringLiteral("/{id}/transacties"), Guard::Staff, transacties);
    router.get(base + QStringLiteral("/{id}/verzoeken"), Guard::Staff, verzoeken);
    router.get(base + QStringLiteral("/{id}/meldingen"), Guard::Staff, meldingen);
    router.get(base + QStringLiteral("/{id}/afspraken"), Guard::Staff, afspraken);
    router.post(base + QStringLiteral("/{id}/afspraken"), Guard::Staff, zetAfspraak);
    router.post(base + QStringLiteral("/{id}/afspraken/proberen"), Guard::Staff, proberen);
}

} // namespace regie::web::api
