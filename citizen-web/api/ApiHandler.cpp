#include "api/ApiHandler.h"

#include "services/Werkvoorraad.h"

namespace regie::web::api {

std::optional<JsonBody> JsonBody::read(Context &ctx, Response *refusal)
{
    std::optional<QJsonObject> body = parseBody(ctx.request, refusal);
    if (!body)
        return std::nullopt;
    JsonBody out;
    static_cast<QJsonObject &>(out) = std::move(*body);
    return out;
}

std::optional<PathId> PathId::read(Context &ctx, Response *refusal)
{
    const std::optional<qint64> id = pathId(ctx.request, QStringLiteral("id"));
    if (!id) {
        *refusal = notFound();
        return std::nullopt;
    }
    return PathId{*id};
}

std::optional<PathInwoner> PathInwoner::read(Context &ctx, Response *refusal)
{
    const auto id = services::Werkvoorraad(ctx.services).inwonerId(ctx.actor(), ctx.request.pathArgs.value(QStringLiteral("id")));
    if (!id.ok()) {
        *refusal = fromResult(id);
        return std::nullopt;
    }
    return PathInwoner{*id.value};
}

} // namespace regie::web::api
