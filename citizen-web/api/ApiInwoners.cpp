// The dossier as staff see it: GET /inwoners, /inwoners/{id}, .../transacties, .../verzoeken,
// .../meldingen, .../afspraken (current per reservering + history), POST .../afspraken (a new version) and
// POST .../afspraken/proberen (the rule engine on a draft; nothing saved).
// {id} is the inwoner's pseudonym (public_id), never the database id.

#include "api/ApiHandler.h"
#include "api/ApiJson.h"
#include "api/ApiRoutes.h"

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

Response lijst(Context &ctx, Paging paging)
{
    services::InwonerVraag vraag;
    vraag.zoek = queryText(ctx.request, QStringLiteral("zoek"), 100);
    vraag.limit = paging.pageSize;
    vraag.offset = paging.offset();
    const auto result = services::Werkvoorraad(ctx.services).inwoners(ctx.actor(), vraag);
    if (!result.ok())
        return fromResult(result);
    return paged(ctx.request, paging, jsonArray(result.value->inwoners, json::inwonerRegel), result.value->totaal);
}

Response overzicht(Context &ctx, PathInwoner inwoner)
{
    return answer(services::Dossier(ctx.services).overzicht(ctx.actor(), inwoner.id), json::overzicht);
}

// van, tot and zoek from the query; read before the inwoner, so a bad filter is a 400 for anyone.
struct TransactieVraag {
    services::TransactieFilter filter;
    static std::optional<TransactieVraag> read(Context &ctx, Response *refusal)
    {
        QList<services::FieldError> bad;
        TransactieVraag vraag;
        if (const auto van = queryDateTime(ctx.request, QStringLiteral("van"), &bad))
            vraag.filter.van = van->date();
        if (const auto tot = queryDateTime(ctx.request, QStringLiteral("tot"), &bad))
            vraag.filter.tot = tot->date();
        if (!bad.isEmpty()) {
            *refusal = invalid(bad);
            return std::nullopt;
        }
        vraag.filter.zoek = queryText(ctx.request, QStringLiteral("zoek"), 100);
        return vraag;
    }
};

Response transacties(Context &ctx, Paging paging, TransactieVraag vraag, PathInwoner inwoner)
{
    vraag.filter.limit = paging.pageSize;
    vraag.filter.offset = paging.offset();
    const auto result = services::Dossier(ctx.services).transacties(ctx.actor(), inwoner.id, vraag.filter);
    if (!result.ok())
        return fromResult(result);
    return paged(ctx.request, paging, jsonArray(result.value->transacties, json::transactie), result.value->totaal);
}

Response verzoeken(Context &ctx, Paging paging, PathInwoner inwoner)
{
    const auto result = services::Opnames(ctx.services).vanInwoner(ctx.actor(), inwoner.id, 1000);
    return result.ok() ? pageOf(ctx.request, paging, *result.value, json::verzoek) : fromResult(result);
}

Response meldingen(Context &ctx, Paging paging, PathInwoner inwoner)
{
    const auto result = services::InwonerMeldingen(ctx.services)
                            .lijst(ctx.actor(), inwoner.id, services::InwonerMeldingen::kMaxMeldingen);
    return result.ok() ? pageOf(ctx.request, paging, *result.value, json::melding) : fromResult(result);
}

Response afspraken(Context &ctx, PathInwoner inwoner)
{
    const auto dossier = services::Dossier(ctx.services).overzicht(ctx.actor(), inwoner.id);
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
    const auto historie = service.geschiedenis(ctx.actor(), inwoner.id);
    if (!historie.ok())
        return fromResult(historie);
    return ok(QJsonObject{{QStringLiteral("reserveringen"), reserveringen},
                          {QStringLiteral("geschiedenis"), jsonArray(*historie.value, json::afspraakVersie)}});
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

Response zetAfspraak(Context &ctx, JsonBody body, PathInwoner inwoner)
{
    QList<services::FieldError> bad;
    services::AfspraakInvoer invoer;
    invoer.afspraak = json::nieuweVersieUit(body, &invoer.reden, &bad);
    const auto reservering = reserveringVan(ctx, body, inwoner.id, &bad, false);
    invoer.afspraak.scope = reservering ? rules::Scope::Reservering : rules::Scope::Inwoner;
    invoer.afspraak.reserveringId = reservering;
    invoer.inwonerId = inwoner.id;
    if (!bad.isEmpty())
        return invalid(bad);
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

Response proberen(Context &ctx, JsonBody body, PathInwoner inwoner)
{
    QList<services::FieldError> bad;
    rules::Afspraak ontwerp = json::afspraakUit(body, &bad);
    if (!ontwerp.ingangsdatum.isValid())
        ontwerp.ingangsdatum = ctx.services.now().toTimeZone(QTimeZone("Europe/Amsterdam")).date();
    const auto reservering = reserveringVan(ctx, body, inwoner.id, &bad, true);
    const auto bedrag = readCents(body, QStringLiteral("bedragCents"), &bad);
    if (!bedrag && bad.isEmpty())
        bad.append({QStringLiteral("bedragCents"), QStringLiteral("Vul een bedrag in centen in.")});
    if (!bad.isEmpty())
        return invalid(bad);
    return answer(services::AfspraakProef(ctx.services).probeer(ctx.actor(), *reservering, ontwerp, Money::fromCents(*bedrag)),
                  json::proef);
}

} // namespace

void mountInwoners(Router &router)
{
    const QString base = kPrefix + QStringLiteral("/inwoners");
    router.get(base, Guard::Staff, handle(lijst));
    router.get(base + QStringLiteral("/{id}"), Guard::Staff, handle(overzicht));
    router.get(base + QStringLiteral("/{id}/transacties"), Guard::Staff, handle(transacties));
    router.get(base + QStringLiteral("/{id}/verzoeken"), Guard::Staff, handle(verzoeken));
    router.get(base + QStringLiteral("/{id}/meldingen"), Guard::Staff, handle(meldingen));
    router.get(base + QStringLiteral("/{id}/afspraken"), Guard::Staff, handle(afspraken));
    router.post(base + QStringLiteral("/{id}/afspraken"), Guard::Staff, handle(zetAfspraak));
    router.post(base + QStringLiteral("/{id}/afspraken/proberen"), Guard::Staff, handle(proberen));
}

} // namespace regie::web::api
