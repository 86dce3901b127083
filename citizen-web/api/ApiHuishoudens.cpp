// Households from Allegro: POST /inwoners links an inwoner (BSN) to an Allegro relatie and
// takes the household over (services::Overname); POST /inwoners/{id}/beeindigen ends
// budgetbeheer. Allegro is read on a worker thread (integrations::leesHuishouden, blocking
// calls) while the server answers other requests; the answer comes later (Context::defer).

#include "api/ApiHandler.h"
#include "api/ApiJson.h"
#include "api/ApiRoutes.h"

#include "integrations/runtime/HuishoudenLezer.h"
#include "money/Bsn.h"
#include "server/Config.h"
#include "services/Dossier.h"
#include "services/Overname.h"
#include "services/Support.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QThread>

#include <memory>

namespace regie::web::api {

namespace {

constexpr int kMaxReden = 1000;

std::optional<services::Koppelverzoek> koppelverzoek(const QJsonObject &body, Response *refusal)
{
    QList<services::FieldError> bad;
    services::Koppelverzoek v;
    v.bsn = readString(body, QStringLiteral("bsn"), 20, &bad).value_or(QString()).trimmed();
    // The relatiecode as text or as a JSON number: Allegro's codes are numbers.
    const QJsonValue relatie = body.value(QStringLiteral("allegroRelatie"));
    v.allegroRelatie = relatie.isDouble() ? QString::number(relatie.toInteger()) : relatie.toString().trimmed().left(20);
    v.teamId = readInteger(body, QStringLiteral("teamId"), &bad).value_or(0);
    v.medewerkerId = readInteger(body, QStringLiteral("medewerkerId"), &bad);
    v.reden = readString(body, QStringLiteral("reden"), kMaxReden, &bad).value_or(QString()).trimmed();
    if (v.bsn.isEmpty())
        bad.append({QStringLiteral("bsn"), QStringLiteral("Vul het BSN in.")});
    if (v.allegroRelatie.isEmpty())
        bad.append({QStringLiteral("allegroRelatie"), QStringLiteral("Vul de Allegro-relatiecode in.")});
    if (v.teamId <= 0)
        bad.append({QStringLiteral("teamId"), QStringLiteral("Kies een team.")});
    if (!bad.isEmpty()) {
        *refusal = invalid(bad);
        return std::nullopt;
    }
    return v;
}

// 422 for what is well-formed but cannot be linked: a BSN that fails the elfproef, a relatie
// Allegro does not know, figures that do not add up.
Response onverwerkbaar(const services::ServiceError &error)
{
    if (error.code != services::ErrorCode::Invalid)
        return fromError(error);
    return problem(422, QStringLiteral("Kan niet worden gekoppeld"), error.message, error.fields);
}

// The household as GET /inwoners/{id} shows it. A beheerder sets households up but does not
// read dossiers; the answer to their own take-over or ending is the one view they get, so
// they can check that what Allegro holds arrived (read, and audited, as the system).
services::Result<services::Overzicht> zoalsOvergenomen(Context &ctx, qint64 inwonerId)
{
    const Actor lezer = ctx.actor().role == Role::Beheerder ? Actor::systeem() : ctx.actor();
    return services::Dossier(ctx.services).overzicht(lezer, inwonerId);
}

Response gekoppeld(Context &ctx, qint64 inwonerId)
{
    const auto dossier = zoalsOvergenomen(ctx, inwonerId);
    if (!dossier.ok())
        return fromResult(dossier);
    Response r = ok(json::overzicht(*dossier.value), 201);
    r.headers.append({QByteArrayLiteral("Location"),
                      QString(kPrefix + QStringLiteral("/inwoners/") + dossier.value->pseudonym).toUtf8()});
    return r;
}

Response neemOver(Context &ctx, const services::Koppelverzoek &verzoek, const integrations::LeesUitkomst &gelezen)
{
    if (!gelezen.ok() && gelezen.fout.onbekendeRelatie)
        return problem(422, QStringLiteral("Kan niet worden gekoppeld"), QStringLiteral("Allegro kent deze relatie niet."),
                       {{QStringLiteral("allegroRelatie"), QStringLiteral("Allegro kent geen budgetbeheer voor deze relatie.")}});
    if (!gelezen.ok())
        return problem(503, QStringLiteral("Tijdelijk niet beschikbaar"),
                       QStringLiteral("Allegro gaf geen antwoord. Probeer het later opnieuw."));
    const auto made = services::Overname(ctx.services).neemOver(ctx.actor(), verzoek, *gelezen.huishouden);
    if (!made.ok())
        return onverwerkbaar(made.error);
    return gekoppeld(ctx, *made.value);
}

allegro::ClientConfig allegroConfig(const Config &config)
{
    allegro::ClientConfig c;
    c.baseUrl = QUrl(config.allegroUrl);
    c.username = config.allegroUser;
    c.password = config.allegroPassword;
    return c;
}

Response koppel(Context &ctx, JsonBody body)
{
    Response refusal;
    const auto verzoek = koppelverzoek(body, &refusal);
    if (!verzoek)
        return refusal;
    if (const auto vrij = services::Overname(ctx.services).controleerKoppeling(ctx.actor(), *verzoek); !vrij.ok())
        return onverwerkbaar(vrij.error);
    if (ctx.config.allegroUrl.isEmpty())
        return problem(503, QStringLiteral("Tijdelijk niet beschikbaar"), QStringLiteral("Er is geen koppeling met Allegro ingesteld."));
    const qint32 relatie = verzoek->allegroRelatie.toInt();
    const QString bsn = Bsn::parse(verzoek->bsn)->digits();
    const allegro::ClientConfig config = allegroConfig(ctx.config);
    if (!ctx.defer) // hand-built contexts in tests: read on this thread
    {
        allegro::AllegroClient client(config);
        return neemOver(ctx, *verzoek, integrations::leesHuishouden(client, relatie, bsn));
    }
    const std::shared_ptr<Later> later = ctx.defer();
    auto gelezen = std::make_shared<integrations::LeesUitkomst>();
    QThread *worker = QThread::create([config, relatie, bsn, gelezen] {
        allegro::AllegroClient client(config);
        *gelezen = integrations::leesHuishouden(client, relatie, bsn);
    });
    // finished is delivered on the server's thread (the application object lives there).
    QObject::connect(worker, &QThread::finished, QCoreApplication::instance(), [worker, later, gelezen, v = *verzoek] {
        later->answer([gelezen, v](Context &c) { return neemOver(c, v, *gelezen); });
        worker->deleteLater();
    });
    worker->start();
    return Response::later();
}

// {id} as the pseudonym of an inwoner the actor may link or end: a beheerder any, staff of
// the inwoner's team their own; else 404.
struct PathGekoppeld {
    qint64 id = 0;
    static std::optional<PathGekoppeld> read(Context &ctx, Response *refusal)
    {
        const auto id = services::Overname(ctx.services).inwonerId(ctx.actor(), ctx.request.pathArgs.value(QStringLiteral("id")));
        if (!id.ok()) {
            *refusal = fromResult(id);
            return std::nullopt;
        }
        return PathGekoppeld{*id.value};
    }
};

Response beeindig(Context &ctx, PathGekoppeld inwoner, JsonBody body)
{
    QList<services::FieldError> bad;
    const QString reden = readString(body, QStringLiteral("reden"), kMaxReden, &bad).value_or(QString()).trimmed();
    if (reden.isEmpty())
        bad.append({QStringLiteral("reden"), QStringLiteral("Geef een reden voor het einde van budgetbeheer.")});
    if (!bad.isEmpty())
        return invalid(bad);
    const auto ended = services::Overname(ctx.services).beeindig(ctx.actor(), inwoner.id, reden);
    if (!ended.ok())
        return fromResult(ended);
    return answer(zoalsOvergenomen(ctx, inwoner.id), json::overzicht);
}

} // namespace

void mountHuishoudens(Router &router)
{
    const QString base = kPrefix + QStringLiteral("/inwoners");
    router.post(base, Guard::Staff, handle(koppel));
    router.post(base + QStringLiteral("/{id}/beeindigen"), Guard::Staff, handle(beeindig));
}

} // namespace regie::web::api
