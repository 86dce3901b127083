// The werkvoorraad and decisions: GET /verzoeken, GET /verzoeken/{id},
// GET /verzoeken/{id}/besluit-voorbeeld, POST /verzoeken/{id}/besluit, GET /redenen.

#include "api/ApiJson.h"
#include "api/ApiRoutes.h"
#include "api/ApiSupport.h"

#include "services/Besluiten.h"
#include "services/Opnames.h"
#include "services/Werkvoorraad.h"

namespace regie::web::api {

namespace {

std::optional<services::WerkvoorraadVraag> vraagUit(Context &ctx, QList<services::FieldError> *bad)
{
    const Request &r = ctx.request;
    services::WerkvoorraadVraag vraag;
    const QString status = queryText(r, QStringLiteral("status"), 300);
    if (!status.isEmpty()) {
        vraag.statussen.clear();
        for (const QString &code : status.split(u',', Qt::SkipEmptyParts).mid(0, services::WerkvoorraadVraag::kMaxStatussen)) {
            const auto s = verzoekStatusFromCode(code.trimmed());
            if (!s || *s == VerzoekStatus::Concept) {
                bad->append({QStringLiteral("status"), QStringLiteral("Onbekende status: %1.").arg(code.left(40))});
                return std::nullopt;
            }
            vraag.statussen.append(*s);
        }
    }
    vraag.medewerkerId = queryInteger(r, QStringLiteral("medewerker"), 1, std::numeric_limits<qint32>::max(), bad);
    vraag.reservering = queryText(r, QStringLiteral("reservering"), 100);
    if (const auto uren = queryInteger(r, QStringLiteral("minimumWachtUren"), 0, 24 * 366, bad))
        vraag.minimumWachtUren = static_cast<int>(*uren);
    const QString sort = queryText(r, QStringLiteral("sort"), 40);
    if (!sort.isEmpty()) {
        const auto s = services::werkvoorraadSorteringFromCode(sort);
        if (!s)
            bad->append({QStringLiteral("sort"), QStringLiteral("Kies verstuurd, -verstuurd, bedrag, -bedrag, reservering of inwoner.")});
        else
            vraag.sortering = *s;
    }
    const QString inwoner = queryText(r, QStringLiteral("inwoner"), 64);
    if (!inwoner.isEmpty()) {
        const auto id = services::Werkvoorraad(ctx.services).inwonerId(ctx.actor(), inwoner);
        vraag.inwonerId = id.ok() ? *id.value : -1; // an unknown inwoner simply has no requests here
    }
    if (!bad->isEmpty())
        return std::nullopt;
    return vraag;
}

Response lijst(Context &ctx)
{
    Response error;
    const auto paging = parsePaging(ctx.request, &error);
    if (!paging)
        return error;
    QList<services::FieldError> bad;
    auto vraag = vraagUit(ctx, &bad);
    if (!vraag)
        return problem(400, QStringLiteral("Ongeldige invoer"), bad.first().message, bad);
    vraag->limit = paging->pageSize;
    vraag->offset = paging->offset();
    const auto result = services::Werkvoorraad(ctx.services).lijst(ctx.actor(), *vraag);
    if (!result.ok())
        return fromResult(result);
    QJsonArray data;
    for (const auto &regel : result.value->regels)
        data.append(json::werkvoorraadRegel(regel));
    return paged(ctx.request, *paging, data, result.value->totaal);
}

Response bekijk(Context &ctx)
{
    const auto result = services::Opnames(ctx.services).bekijk(ctx.actor(), ctx.request.pathArgs.value(QStringLiteral("id")).left(64));
    if (!result.ok())
        return fromResult(result);
    return ok(json::verzoek(*result.value));
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
        return problem(400, QStringLiteral("Ongeldige invoer"), bad.first().message, bad);
    services::BesluitInvoer invoer;
    invoer.akkoord = *akkoord;
    invoer.redenCode = queryText(ctx.request, QStringLiteral("reden"), 64);
    invoer.extraToelichting = queryText(ctx.request, QStringLiteral("toelichting"), services::Besluiten::kMaxExtraToelichting + 1);
    const auto result = services::Besluiten(ctx.services).voorbeeld(ctx.actor(), ctx.request.pathArgs.value(QStringLiteral("id")).left(64), invoer);
    if (!result.ok())
        return fromResult(result);
    return ok(json::besluitVoorbeeld(*result.value));
}

Response beslis(Context &ctx)
{
    Response error;
    const auto body = parseBody(ctx.request, &error);
    if (!body)
        return error;
    QList<services::FieldError> bad;
    services::BesluitInvoer invoer;
    const auto akkoord = readBool(*body, QStringLiteral("akkoord"), &bad);
    if (!akkoord && bad.isEmpty())
        bad.append({QStringLiteral("akkoord"), QStringLiteral("Kies akkoord (true) of weigering (false).")});
    invoer.akkoord = akkoord.value_or(false);
    invoer.redenCode = readString(*body, QStringLiteral("redenCode"), 64, &bad).value_or(QString());
    invoer.extraToelichting = readString(*body, QStringLiteral("extraToelichting"), services::Besluiten::kMaxExtraToelichting, &bad)
                                  .value_or(QString());
    if (!bad.isEmpty())
        return problem(400, QStringLiteral("Ongeldige invoer"), bad.first().message, bad);
    const auto result = services::Opnames(ctx.services).beslis(ctx.actor(), ctx.request.pathArgs.value(QStringLiteral("id")).left(64), invoer);
    if (!result.ok())
        return fromResult(result);
    return ok(json::verzoek(*result.value));
}

Response redenen(Context &ctx)
{
    const auto result = services::Besluiten(ctx.services).redenen(ctx.actor(), queryText(ctx.request, QStringLiteral("soort"), 20));
    if (!result.ok())
        return fromResult(result);
    QJsonArray data;
    for (const auto &r : *result.value)
        data.append(json::reden(r));
    return ok(QJsonObject{{QStringLiteral("data"), data}});
}

} // namespace

void mountVerzoeken(Router &router)
{
    router.get(kPrefix + QStringLiteral("/verzoeken"), Guard::Staff, lijst);
    router.get(kPrefix + QStringLiteral("/verzoeken/{id}"), Guard::Staff, bekijk);
    router.get(kPrefix + QStringLiteral("/verzoeken/{id}/besluit-voorbeeld"), Guard::Staff, voorbeeld);
    router.post(kPrefix + QStringLiteral("/verzoeken/{id}/besluit"), Guard::Staff, beslis);
    router.get(kPrefix + QStringLiteral("/redenen"), Guard::Staff, redenen);
}

} // namespace regie::web::api
