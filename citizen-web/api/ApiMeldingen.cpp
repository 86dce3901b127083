// The staff member's own meldingen: GET /meldingen, POST /meldingen/{id}/gelezen,
// POST /meldingen/gelezen (all).

#include "api/ApiJson.h"
#include "api/ApiRoutes.h"
#include "api/ApiSupport.h"

#include "services/Dossier.h"

namespace regie::web::api {

namespace {

constexpr int kMaxMeldingen = 500;

Response lijst(Context &ctx)
{
    Response error;
    const auto paging = parsePaging(ctx.request, &error);
    if (!paging)
        return error;
    const auto result = services::Dossier(ctx.services).meldingen(ctx.actor(), kMaxMeldingen);
    if (!result.ok())
        return fromResult(result);
    const bool alleenOngelezen = queryText(ctx.request, QStringLiteral("ongelezen"), 5) == QLatin1String("true");
    QList<services::MeldingView> gekozen;
    for (const auto &m : *result.value) {
        if (!alleenOngelezen || !m.gelezen)
            gekozen.append(m);
    }
    QJsonArray data;
    for (qsizetype i = paging->offset(); i < gekozen.size() && data.size() < paging->pageSize; ++i)
        data.append(json::melding(gekozen[i]));
    return paged(ctx.request, *paging, data, static_cast<int>(gekozen.size()));
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
    bool ok = false;
    const qint64 id = ctx.request.pathArgs.value(QStringLiteral("id")).left(20).toLongLong(&ok);
    if (!ok || id <= 0)
        return problem(404, QStringLiteral("Niet gevonden"), QStringLiteral("Deze melding bestaat niet."));
    return markeer(ctx, id);
}

Response markeerAlles(Context &ctx) { return markeer(ctx, std::nullopt); }

} // namespace

void mountMeldingen(Router &router)
{
    router.get(kPrefix + QStringLiteral("/meldingen"), Guard::Staff, lijst);
    router.post(kPrefix + QStringLiteral("/meldingen/gelezen"), Guard::Staff, markeerAlles);
    router.post(kPrefix + QStringLiteral("/meldingen/{id}/gelezen"), Guard::Staff, markeerEen);
}

} // namespace regie::web::api
