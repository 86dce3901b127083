#pragma once
// The common shape of a staff API handler, written once. A handler names the parts of the
// request it needs in its signature; handle() reads them in that order, and the first part
// that cannot be read is the answer (415/400 for the body, 404 for an id, 400 for paging:
// Paging in ApiSupport.h is a part too).
// What is left in the handler is the translation between JSON and one service call:
//
//   Response wijzigTeam(Context &ctx, PathId id, JsonBody body)
//   {
//       ... read the fields of body into a services::TeamWijziging ...
//       return answer(services::Beheer(ctx.services).wijzigTeam(ctx.actor(), id.value, w), json::team);
//   }
//   router.add(QStringLiteral("PATCH"), t + QStringLiteral("/{id}"), Guard::Staff, handle(wijzigTeam));
//
// answer() maps a services::Result to the JSON answer or to problem+json (ApiSupport.h).

#include "api/ApiSupport.h"

#include <optional>
#include <tuple>
#include <type_traits>

namespace regie::web::api {

// The request body as a JSON object (Content-Type application/json).
struct JsonBody : QJsonObject {
    static std::optional<JsonBody> read(Context &ctx, Response *refusal);
};

// {id} as a database id: a positive integer, else 404.
struct PathId {
    qint64 value = 0;
    static std::optional<PathId> read(Context &ctx, Response *refusal);
};

// {id} as an inwoner's pseudonym (public_id) the actor may see; else the service's answer (404).
struct PathInwoner {
    qint64 id = 0;
    static std::optional<PathInwoner> read(Context &ctx, Response *refusal);
};

template <typename... Parts>
Handler handle(Response (*handler)(Context &, Parts...))
{
    return [handler](Context &ctx) -> Response {
        Response refusal;
        std::tuple<std::optional<std::remove_cvref_t<Parts>>...> parts;
        // Left to right, stopping at the first part that is refused.
        const bool complete = std::apply(
            [&](auto &...part) {
                return ((part = std::remove_cvref_t<decltype(*part)>::read(ctx, &refusal), part.has_value()) && ...);
            },
            parts);
        if (!complete)
            return refusal;
        return std::apply([&](auto &...part) { return handler(ctx, *part...); }, parts);
    };
}

} // namespace regie::web::api
