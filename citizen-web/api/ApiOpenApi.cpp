// GET /api/v1/openapi.json: the API description kept in the repository
// (citizen-web/api/openapi.json), compiled in as the Qt resource :/api/openapi.json.

#include "api/ApiRoutes.h"
#include "api/ApiSupport.h"

#include <QtCore/QFile>

namespace regie::web::api {

namespace {

constexpr qint64 kMaxDocumentBytes = 2 * 1024 * 1024;

Response document(Context &)
{
    QFile file(QStringLiteral(":/api/openapi.json"));
    if (!file.open(QIODevice::ReadOnly) || file.size() > kMaxDocumentBytes)
        return problem(503, QStringLiteral("Niet beschikbaar"), QStringLiteral("De API-beschrijving is niet ingebouwd."));
    Response r = Response::bytes(file.readAll(), QByteArrayLiteral("application/json"));
    return r;
}

} // namespace

void mountOpenApi(Router &router)
{
    router.get(kPrefix + QStringLiteral("/openapi.json"), Guard::Public, document);
}

} // namespace regie::web::api
