// The werkvoorraad and decisions: GET /verzoeken, GET /verzoeken/{id},
// GET /verzoeken/{id}/besluit-voorbeeld, POST /verzoeken/{id}/besluit, GET /redenen.

#include "api/ApiHandler.h"
#include "api/ApiJson.h"
#include "api/ApiRoutes.h"

#include "services/Besluiten.h"
#include "services/Opnames.h"
#include "services/Werkvoorraad.h"

namespace regie::web::api {

namespace {

std::optional<QList<VerzoekStatus>> statussenUit(const QString &text, QList<services::FieldError> *bad)
{
    QList<VerzoekStatus> statussen;
    for (const QString &code : text.split(u',', Qt::SkipEmptyParts).mid(0, services::WerkvoorraadVraag::kMaxStatussen)) {
        const auto s = verzoekStatusFromCode(code.trimmed());
        if (!s || *s == VerzoekStatus::Concept) {
            bad->append({QStringLiteral("status"), QStringLiteral("Onbekende status: %1.").arg(code.left(40))});
            return std::nullopt;
        }
        statussen.append(*s);
    }
    return statussen;
}

// The werkvoorraad's filters and sort order from the query.
struct Vraag {
    services::WerkvoorraadVraag vraag;

    static std::optional<Vraag> read(Context &ctx, Response *refusal)
    {
        const Request &r = ctx.request;
        QList<services::FieldError> bad;
        Vraag out;
        services::WerkvoorraadVraag &vraag = out.vraag;
        const QString status = queryText(r, QStringLiteral("status"), 300);
        if (!status.isEmpty()) {
            const auto statussen = statussenUit(status, &bad);
            if (!statussen) {
                *refusal = invalid(bad);
                return std::nullopt;
            }
            vraag.statussen = *statussen;
        }
        vraag.medewerkerId = queryInteger(r, QStringLiteral("medewerker"), 1, std::numeric_limits<qint32>::max(), &bad);
        vraag.reservering = queryText(r, QStringLiteral("reservering"), 100);
        if (const auto uren = queryInteger(r, QStringLiteral("minimumWachtUren"), 0, 24 * 366, &bad))
            vraag.minimumWachtUren = static_cast<int>(*uren);
        const QString sort = queryText(r, QStringLiteral("sort"), 40);
        if (!sort.isEmpty()) {
            const auto s = services::werkvoorraadSorteringFromCode(sort);
            if (!s)
                bad.append({QStringLiteral("sort"), QStringLiteral("Kies verstuurd, -verstuurd, bedrag, -bedrag, reservering of inwoner.")});
            else
                vraag.sortering = *s;
        }
        const QString inwoner = queryText(r, QStringLiteral("inwoner"), 64);
        if (!inwoner.isEmpty()) {
            const auto id = services::Werkvoorraad(ctx.services).inwonerId(ctx.actor(), inwoner);
            vraag.inwonerId = id.ok() ? *id.value : -1; // an unknown inwoner simply has no requests here
        }
        if (!bad.isEmpty()) {
            *refusal = invalid(bad);
            return std::nullopt;
        }
        return out;
    }
};

// {id} of a verzoek: its public id, looked up by the service (404 when not the actor's).
QString verzoekId(const Context &ctx)
{
    return ctx.request.pathArgs.value(QStringLiteral("id")).left(64);
}

Response lijst(Context &ctx, Paging paging, Vraag vraag)
{
    vraag.vraag.limit = paging.pageSize;
    vraag.vraag.offset = paging.offset();
    const auto result = services::Werkvoorraad(ctx.services).lijst(ctx.actor(), vraag.vraag);
    if (!result.ok())
        return fromResult(result);
    return paged(ctx.request, paging, jsonArray(result.value->regels, json::werkvoorraadRegel), result.value->totaal);
}

Response bekijk(Context &ctx)
{
    return answer(services::Opnames(ctx.services).bekijk(ctx.actor(), verzoekId(ctx)), json::verzoek);
}

std::optional<bool> queryBool(const Request &r, const QString &key, QList<services::FieldError> *bad)
{
    const QString v = queryText(r, key, 10);
    if (v == QLatin1String("true"))
        return true;
    if (v == QLatin1String("false"))
        return false;
    bad->append({key, QStringLiteral("Kies true of false.")});
    return std::nullopt;
}

Response voorbeeld(Context &ctx)
{
    QList<services::FieldError> bad;
    const auto akkoord = queryBool(ctx.request, QStringLiteral("akkoord"), &bad);
    if (!akkoord)
        return invalid(bad);
    services::BesluitInvoer invoer;
    invoer.akkoord = *akkoord;
    invoer.redenCode = queryText(ctx.request, QStringLiteral("reden"), 64);
    invoer.extraToelichting = queryText(ctx.request, QStringLiteral("toelichting"), services::Besluiten::kMaxExtraToelichting + 1);
    return answer(services::Besluiten(ctx.services).voorbeeld(ctx.actor(), verzoekId(ctx), invoer), json::besluitVoorbeeld);
}

Response beslis(Context &ctx, JsonBody body)
{
    QList<services::FieldError> bad;
    services::BesluitInvoer invoer;
    const auto akkoord = readBool(body, QStringLiteral("akkoord"), &bad);
    if (!akkoord && bad.isEmpty())
        bad.append({QStringLiteral("akkoord"), QStringLiteral("Kies akkoord (true) of weigering (false).")});
    invoer.akkoord = akkoord.value_or(false);
    invoer.redenCode = readString(body, QStringLiteral("redenCode"), 64, &bad).value_or(QString());
    invoer.extraToelichting = readString(body, QStringLiteral("extraToelichting"), services::Besluiten::kMaxExtraToelichting, &bad)
                                  .value_or(QString());
    if (!bad.isEmpty())
        return invalid(bad);
    return answer(services::Opnames(ctx.services).beslis(ctx.actor(), verzoekId(ctx), invoer), json::verzoek);
}

Response redenen(Context &ctx)
{
    const auto result = services::Besluiten(ctx.services).redenen(ctx.actor(), queryText(ctx.request, QStringLiteral("soort"), 20));
    return result.ok() ? dataAnswer(*result.value, json::reden) : fromResult(result);
}

} // namespace

void mountVerzoeken(Router &router)
{
    router.get(kPrefix + QStringLiteral("/verzoeken"), Guard::Staff, handle(lijst));
    router.get(kPrefix + QStringLiteral("/verzoeken/{id}"), Guard::Staff, handle(bekijk));
    router.get(kPrefix + QStringLiteral("/verzoeken/{id}/besluit-voorbeeld"), Guard::Staff, handle(voorbeeld));
    router.post(kPrefix + QStringLiteral("/verzoeken/{id}/besluit"), Guard::Staff, handle(beslis));
    router.get(kPrefix + QStringLiteral("/redenen"), Guard::Staff, handle(redenen));
}

} // namespace regie::web::api
