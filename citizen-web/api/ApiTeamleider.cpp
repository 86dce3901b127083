// The teamleider's reports: GET /audit (filtered trail), GET /audit/export (CSV or JSON),
// GET /audit/verificatie (the chain check) and GET /rapportages/werkvoorraad.

#include "api/ApiHandler.h"
#include "api/ApiJson.h"
#include "api/ApiRoutes.h"

#include "audit/AuditActions.h"
#include "services/AuditInzage.h"
#include "services/Werkvoorraad.h"

namespace regie::web::api {

namespace {

constexpr int kRapportStandaardDagen = 30;

std::optional<audit::Filter> filterUit(const Request &r, QList<services::FieldError> *bad)
{
    audit::Filter f;
    f.from = queryDateTime(r, QStringLiteral("van"), bad);
    f.to = queryDateTime(r, QStringLiteral("tot"), bad);
    f.actorUserId = queryInteger(r, QStringLiteral("medewerker"), 1, std::numeric_limits<qint32>::max(), bad);
    f.subject = queryText(r, QStringLiteral("inwoner"), 64);
    const QString acties = queryText(r, QStringLiteral("acties"), 2000);
    for (const QString &a : acties.split(u',', Qt::SkipEmptyParts)) {
        if (!audit::actions::isWellFormed(a.trimmed()) || f.actions.size() >= audit::AuditLog::kMaxFilterActions) {
            bad->append({QStringLiteral("acties"), QStringLiteral("Onbekende actie of te veel acties.")});
            break;
        }
        f.actions.append(a.trimmed());
    }
    if (f.from && f.to && *f.to <= *f.from)
        bad->append({QStringLiteral("tot"), QStringLiteral("Tot moet na van liggen.")});
    if (!bad->isEmpty())
        return std::nullopt;
    return f;
}

// The audit filter from the query, as a handler part.
struct AuditVraag {
    audit::Filter filter;
    static std::optional<AuditVraag> read(Context &ctx, Response *refusal)
    {
        QList<services::FieldError> bad;
        const auto filter = filterUit(ctx.request, &bad);
        if (!filter) {
            *refusal = invalid(bad);
            return std::nullopt;
        }
        return AuditVraag{*filter};
    }
};

Response zoek(Context &ctx, Paging paging, AuditVraag vraag)
{
    // Newest first; the page is cut from at most kMaxQueryLimit events (exports have no cap).
    vraag.filter.newestFirst = true;
    vraag.filter.limit = audit::AuditLog::kMaxQueryLimit;
    const auto result = services::AuditInzage(ctx.services).zoek(ctx.actor(), vraag.filter);
    return result.ok() ? pageOf(ctx.request, paging, *result.value, json::auditEvent) : fromResult(result);
}

Response exporteer(Context &ctx)
{
    QList<services::FieldError> bad;
    auto filter = filterUit(ctx.request, &bad);
    const QString format = queryText(ctx.request, QStringLiteral("format"), 10);
    if (format != QLatin1String("csv") && format != QLatin1String("json"))
        bad.append({QStringLiteral("format"), QStringLiteral("Kies csv of json.")});
    if (!bad.isEmpty())
        return invalid(bad);
    const bool csv = format == QLatin1String("csv");
    const auto result = services::AuditInzage(ctx.services)
                            .exporteer(ctx.actor(), *filter, csv ? services::AuditFormaat::Csv : services::AuditFormaat::Json);
    if (!result.ok())
        return fromResult(result);
    Response r = Response::bytes(*result.value, csv ? QByteArrayLiteral("text/csv; charset=utf-8")
                                                    : QByteArrayLiteral("application/json"));
    r.headers.append({QByteArrayLiteral("Content-Disposition"),
                      csv ? QByteArrayLiteral("attachment; filename=\"audit.csv\"")
                          : QByteArrayLiteral("attachment; filename=\"audit.json\"")});
    return r;
}

Response verificatie(Context &ctx)
{
    return answer(services::AuditInzage(ctx.services).verifieer(ctx.actor()), json::verificatie);
}

Response rapport(Context &ctx)
{
    QList<services::FieldError> bad;
    const QDateTime now = ctx.services.now();
    const QDateTime van = queryDateTime(ctx.request, QStringLiteral("van"), &bad).value_or(now.addDays(-kRapportStandaardDagen));
    // tot is exclusive: one second past now includes what happened this very second.
    const QDateTime tot = queryDateTime(ctx.request, QStringLiteral("tot"), &bad).value_or(now.addSecs(1));
    if (!bad.isEmpty())
        return invalid(bad);
    return answer(services::Werkvoorraad(ctx.services).rapport(ctx.actor(), van, tot), json::rapport);
}

// Separation of duties: what a beheerder proposed and a teamleider of the team decides.
Response voorstellen(Context &ctx)
{
    const auto result = services::Voorstellen(ctx.services).open(ctx.actor());
    return result.ok() ? dataAnswer(*result.value, json::voorstel) : fromResult(result);
}

Response akkoord(Context &ctx, PathId id)
{
    return answer(services::Voorstellen(ctx.services).besluit(ctx.actor(), id.value, true), json::voorstel);
}

Response afwijzing(Context &ctx, PathId id)
{
    return answer(services::Voorstellen(ctx.services).besluit(ctx.actor(), id.value, false), json::voorstel);
}

} // namespace

void mountTeamleider(Router &router)
{
    router.get(kPrefix + QStringLiteral("/voorstellen"), Guard::Staff, handle(voorstellen));
    router.post(kPrefix + QStringLiteral("/voorstellen/{id}/akkoord"), Guard::Staff, handle(akkoord));
    router.post(kPrefix + QStringLiteral("/voorstellen/{id}/afwijzing"), Guard::Staff, handle(afwijzing));
    router.get(kPrefix + QStringLiteral("/audit"), Guard::Staff, handle(zoek));
    router.get(kPrefix + QStringLiteral("/audit/export"), Guard::Staff, handle(exporteer));
    router.get(kPrefix + QStringLiteral("/audit/verificatie"), Guard::Staff, handle(verificatie));
    router.get(kPrefix + QStringLiteral("/rapportages/werkvoorraad"), Guard::Staff, handle(rapport));
}

} // namespace regie::web::api
