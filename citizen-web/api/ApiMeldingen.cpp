// The staff member's own meldingen: GET /meldingen, POST /meldingen/{id}/gelezen,
// POST /meldingen/gelezen (all).

#include "api/ApiHandler.h"
#include "api/ApiJson.h"
#include "api/ApiRoutes.h"

#include "services/Dossier.h"

namespace regie::web::api {

namespace {

constexpr int kMaxMeldingen = 500;

Response lijst(Context &ctx, Paging paging)
{
    const auto result = services::Dossier(ctx.services).meldingen(ctx.actor(), kMaxMeldingen);
    if (!result.ok())
        return fromResult(result);
    const bool alleenOngelezen = queryText(ctx.request, QStringLiteral("ongelezen"), 5) == QLatin1String("true");
    QList<services::MeldingView> gekozen;
    for (const auto &m : *result.value) {
        if (!alleenOngelezen || !m.gelezen)
            gekozen.append(m);
    }
    return pageOf(ctx.request, paging, gekozen, json::melding);
}

Response markeer(Context &ctx, std::optional<qint64> id)
{
    const auto result = services::Dossier(ctx.services).markeerGelezen(ctx.actor(), id);
    if (!result.ok())
        return fromResult(result);
    if (id && *result.value == 0)
        return problem(404, QStringLiteral("Niet gevonden"), QStringLiteral("Deze melding bestaat niet of is al gelezen."));
    return ok(QJsonObject{{QStringLiteral("gemarkeerd"), *result.value}});
}

Response markeerEen(Context &ctx)
{
    const auto id = pathId(ctx.request, QStringLiteral("id"));
    if (!id)
        return problem(404, QStringLiteral("Niet gevonden"), QStringLiteral("Deze melding bestaat niet."));
    return markeer(ctx, id);
}

Response markeerAlles(Context &ctx) { return markeer(ctx, std::nullopt); }

} // namespace

void mountMeldingen(Router &router)
{
    router.get(kPrefix + QStringLiteral("/meldingen"), Guard::Staff, handle(lijst));
    router.post(kPrefix + QStringLiteral("/meldingen/gelezen"), Guard::Staff, handle(markeerAlles));
    router.post(kPrefix + QStringLiteral("/meldingen/{id}/gelezen"), Guard::Staff, handle(markeerEen));
}

} // namespace regie::web::api
