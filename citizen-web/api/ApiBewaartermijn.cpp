// The beheerder's view of retention: GET /bewaartermijn answers when the scheduled run
// (citizen-web/jobs/SystemJobs.h, services::Bewaartermijn) last ran and what it did, read
// from its audit event. Read-only: the period is configuration (docs/PRIVACY.md).

#include "api/ApiHandler.h"
#include "api/ApiRoutes.h"

#include "services/Bewaartermijn.h"

namespace regie::web::api {

namespace {

QJsonValue runJson(const std::optional<services::BewaarRun> &run)
{
    if (!run)
        return QJsonValue(QJsonValue::Null);
    return QJsonObject{{QStringLiteral("moment"), time(run->moment)},
                       {QStringLiteral("bewaarMaanden"), run->bewaarMaanden},
                       {QStringLiteral("grens"), run->grens.toString(Qt::ISODate)},
                       {QStringLiteral("geanonimiseerd"), run->geanonimiseerd},
                       {QStringLiteral("volledig"), run->volledig}};
}

Response status(Context &ctx)
{
    return answer(services::Bewaartermijn(ctx.services).laatsteRun(ctx.actor()),
                  [](const std::optional<services::BewaarRun> &run) {
                      return QJsonObject{{QStringLiteral("laatsteRun"), runJson(run)}};
                  });
}

} // namespace

void mountBewaartermijn(Router &router)
{
    router.get(kPrefix + QStringLiteral("/bewaartermijn"), Guard::Staff, handle(status));
}

} // namespace regie::web::api
