// What staff set up so Regie runs without the demo loader: the reason catalogue
// (/redencatalogus: versions, retiring), the afspraken per vorm (/vormen/{code}/afspraken,
// with "proberen" on a made-up situation) and an inwoner's own accounts
// (/inwoners/{id}/rekeningen: add after verification, end). Role checks and audit are in
// services::Organisatie, Afspraken, AfspraakProef and EigenRekeningen.

#include "api/ApiHandler.h"
#include "api/ApiJson.h"
#include "api/ApiRoutes.h"

#include "calendar/AmsterdamTijd.h"
#include "rules/RuleEngine.h"
#include "services/AfspraakProef.h"
#include "services/Afspraken.h"
#include "services/EigenRekeningen.h"
#include "services/Organisatie.h"

namespace regie::web::api {

namespace {

using services::FieldError;

constexpr int kMaxTekst = 1000;

QString padDeel(Context &ctx, const char *naam) { return ctx.request.pathArgs.value(QString::fromLatin1(naam)).left(64); }

// ---- the reason catalogue ------------------------------------------------------------------

Response catalogus(Context &ctx)
{
    const auto result = services::Organisatie(ctx.services).redenCatalogus(ctx.actor());
    return result.ok() ? dataAnswer(*result.value, json::redenRegel) : fromResult(result);
}

// The reason as it stands after a change: the catalogue row with this code.
Response redenNa(Context &ctx, const QString &code, int status)
{
    const auto lijst = services::Organisatie(ctx.services).redenCatalogus(ctx.actor());
    if (!lijst.ok())
        return fromResult(lijst);
    for (const auto &r : *lijst.value) {
        if (r.code == code)
            return ok(json::redenRegel(r), status);
    }
    return notFound();
}

std::optional<services::RedenRegel> bestaandeReden(Context &ctx, const QString &code)
{
    const auto lijst = services::Organisatie(ctx.services).redenCatalogus(ctx.actor());
    if (lijst.ok()) {
        for (const auto &r : *lijst.value) {
            if (r.code == code)
                return r;
        }
    }
    return std::nullopt;
}

Response schrijfReden(Context &ctx, const services::Reden &reden, const QString &waarom, int status)
{
    const auto result = services::Organisatie(ctx.services).zetReden(ctx.actor(), reden, waarom);
    return result.ok() ? redenNa(ctx, reden.code, status) : fromResult(result);
}

Response nieuweReden(Context &ctx, JsonBody body)
{
    QList<FieldError> bad;
    services::Reden r;
    r.code = readString(body, QStringLiteral("code"), 64, &bad).value_or(QString()).trimmed();
    r.soort = readString(body, QStringLiteral("soort"), 20, &bad).value_or(QString());
    r.tekstB1 = readString(body, QStringLiteral("tekstB1"), kMaxTekst, &bad).value_or(QString()).trimmed();
    r.tekstMedewerker = readString(body, QStringLiteral("tekstMedewerker"), kMaxTekst, &bad).value_or(QString()).trimmed();
    const QString waarom = readString(body, QStringLiteral("reden"), kMaxTekst, &bad).value_or(QString()).trimmed();
    if (!bad.isEmpty())
        return invalid(bad);
    if (bestaandeReden(ctx, r.code))
        return problem(409, QStringLiteral("Deze code bestaat al"), QStringLiteral("Maak een nieuwe versie van de bestaande reden."),
                       {FieldError{QStringLiteral("code"), QStringLiteral("Deze code bestaat al.")}});
    return schrijfReden(ctx, r, waarom, 201);
}

Response nieuweVersie(Context &ctx, JsonBody body)
{
    const auto huidig = bestaandeReden(ctx, padDeel(ctx, "code"));
    if (!huidig)
        return notFound();
    QList<FieldError> bad;
    services::Reden r{huidig->code, huidig->soort, {}, {}};
    r.tekstB1 = readString(body, QStringLiteral("tekstB1"), kMaxTekst, &bad).value_or(QString()).trimmed();
    r.tekstMedewerker = readString(body, QStringLiteral("tekstMedewerker"), kMaxTekst, &bad).value_or(QString()).trimmed();
    const QString waarom = readString(body, QStringLiteral("reden"), kMaxTekst, &bad).value_or(QString()).trimmed();
    if (!bad.isEmpty())
        return invalid(bad);
    return schrijfReden(ctx, r, waarom, 201);
}

Response trekIn(Context &ctx, JsonBody body)
{
    QList<FieldError> bad;
    const QString waarom = readString(body, QStringLiteral("reden"), kMaxTekst, &bad).value_or(QString()).trimmed();
    if (!bad.isEmpty())
        return invalid(bad);
    return answer(services::Organisatie(ctx.services).trekRedenIn(ctx.actor(), padDeel(ctx, "code"), waarom),
                  json::redenRegel);
}

Response versies(Context &ctx)
{
    const auto result = services::Organisatie(ctx.services).redenVersies(ctx.actor(), padDeel(ctx, "code"));
    return result.ok() ? dataAnswer(*result.value, json::redenVersie) : fromResult(result);
}

// ---- afspraken per vorm ----------------------------------------------------------------------

Response vormen(Context &ctx)
{
    const auto result = services::Organisatie(ctx.services).vormen(ctx.actor());
    return result.ok() ? dataAnswer(*result.value, json::vorm) : fromResult(result);
}

Response vormAfspraken(Context &ctx)
{
    const QString code = padDeel(ctx, "code");
    const auto lijst = services::Organisatie(ctx.services).vormen(ctx.actor());
    const auto historie = services::Afspraken(ctx.services).vormGeschiedenis(ctx.actor(), code);
    if (!lijst.ok() || !historie.ok())
        return !lijst.ok() ? fromResult(lijst) : fromResult(historie);
    QJsonObject vorm;
    for (const auto &v : *lijst.value) {
        if (v.code == code)
            vorm = json::vorm(v);
    }
    QList<rules::Afspraak> kandidaten;
    for (const auto &v : *historie.value)
        kandidaten.append(v.afspraak);
    const auto geldend = rules::kiesGeldende(kandidaten, 0, calendar::amsterdamDatum(ctx.services.now()));
    return ok(QJsonObject{{QStringLiteral("vorm"), vorm},
                          {QStringLiteral("geldend"), geldend ? QJsonValue(json::afspraak(*geldend)) : QJsonValue(QJsonValue::Null)},
                          {QStringLiteral("geschiedenis"), jsonArray(*historie.value, json::afspraakVersie)}});
}

Response zetVormAfspraak(Context &ctx, JsonBody body)
{
    QList<FieldError> bad;
    services::AfspraakInvoer invoer;
    invoer.afspraak = json::nieuweVersieUit(body, &invoer.reden, &bad);
    invoer.afspraak.scope = rules::Scope::Vorm;
    invoer.vormCode = padDeel(ctx, "code");
    if (body.contains(QStringLiteral("reserveringId")) && !body.value(QStringLiteral("reserveringId")).isNull())
        bad.append({QStringLiteral("reserveringId"), QStringLiteral("Een standaardafspraak geldt voor de hele vorm.")});
    if (!bad.isEmpty())
        return invalid(bad);
    if (const auto historie = services::Afspraken(ctx.services).vormGeschiedenis(ctx.actor(), invoer.vormCode); !historie.ok())
        return fromResult(historie);
    const auto result = services::Afspraken(ctx.services).zet(ctx.actor(), invoer);
    if (!result.ok())
        return fromResult(result);
    rules::Afspraak saved = invoer.afspraak;
    saved.id = *result.value;
    return ok(QJsonObject{{QStringLiteral("id"), *result.value}, {QStringLiteral("afspraak"), json::afspraak(saved)}}, 201);
}

Response probeerVorm(Context &ctx, JsonBody body)
{
    QList<FieldError> bad;
    rules::Afspraak ontwerp = json::afspraakUit(body, &bad);
    if (!ontwerp.ingangsdatum.isValid())
        ontwerp.ingangsdatum = calendar::amsterdamDatum(ctx.services.now());
    services::VormSituatie s;
    const QString soort = readString(body, QStringLiteral("soort"), 40, &bad).value_or(QStringLiteral("vrij_besteedbaar"));
    const auto soortCode = reserveringSoortFromCode(soort);
    if (!soortCode)
        bad.append({QStringLiteral("soort"), QStringLiteral("Kies vrij_besteedbaar of gebonden.")});
    s.soort = soortCode.value_or(ReserveringSoort::VrijBesteedbaar);
    s.bedrag = Money::fromCents(readCents(body, QStringLiteral("bedragCents"), &bad).value_or(0));
    s.beschikbaar = Money::fromCents(readCents(body, QStringLiteral("beschikbaarCents"), &bad).value_or(0));
    s.eerderAantal = static_cast<int>(qBound(qint64(-1), readInteger(body, QStringLiteral("eerderAantal"), &bad).value_or(0),
                                             qint64(1000)));
    s.eerderBedrag = Money::fromCents(readCents(body, QStringLiteral("eerderBedragCents"), &bad).value_or(0));
    if (!bad.isEmpty())
        return invalid(bad);
    return answer(services::AfspraakProef(ctx.services).probeerVorm(ctx.actor(), padDeel(ctx, "code"), ontwerp, s),
                  json::proef);
}

// ---- own accounts ------------------------------------------------------------------------------

Response rekeningen(Context &ctx, PathInwoner inwoner)
{
    const auto result = services::EigenRekeningen(ctx.services).lijst(ctx.actor(), inwoner.id);
    return result.ok() ? dataAnswer(*result.value, json::eigenRekening) : fromResult(result);
}

Response voegRekeningToe(Context &ctx, JsonBody body, PathInwoner inwoner)
{
    QList<FieldError> bad;
    services::NieuweGeverifieerdeRekening r;
    r.iban = readString(body, QStringLiteral("iban"), 64, &bad).value_or(QString());
    r.label = readString(body, QStringLiteral("label"), 100, &bad).value_or(QString());
    r.verificatie = readString(body, QStringLiteral("verificatie"), 20, &bad).value_or(QString());
    r.notitie = readString(body, QStringLiteral("notitie"), services::EigenRekeningen::kMaxTekst, &bad).value_or(QString());
    if (!bad.isEmpty())
        return invalid(bad);
    return answer(services::EigenRekeningen(ctx.services).voegToe(ctx.actor(), inwoner.id, r), json::eigenRekening, 201);
}

Response beeindigRekening(Context &ctx, JsonBody body, PathInwoner inwoner)
{
    const auto rekening = pathId(ctx.request, QStringLiteral("rekeningId"));
    if (!rekening)
        return notFound();
    QList<FieldError> bad;
    const QString reden =
        readString(body, QStringLiteral("reden"), services::EigenRekeningen::kMaxTekst, &bad).value_or(QString());
    if (!bad.isEmpty())
        return invalid(bad);
    return answer(services::EigenRekeningen(ctx.services).beeindig(ctx.actor(), inwoner.id, *rekening, reden),
                  json::eigenRekening);
}

} // namespace

void mountInrichting(Router &router)
{
    const QString r = kPrefix + QStringLiteral("/redencatalogus");
    router.get(r, Guard::Staff, handle(catalogus));
    router.post(r, Guard::Staff, handle(nieuweReden));
    router.get(r + QStringLiteral("/{code}/versies"), Guard::Staff, handle(versies));
    router.post(r + QStringLiteral("/{code}/versies"), Guard::Staff, handle(nieuweVersie));
    router.post(r + QStringLiteral("/{code}/intrekken"), Guard::Staff, handle(trekIn));
    const QString v = kPrefix + QStringLiteral("/vormen");
    router.get(v, Guard::Staff, handle(vormen));
    router.get(v + QStringLiteral("/{code}/afspraken"), Guard::Staff, handle(vormAfspraken));
    router.post(v + QStringLiteral("/{code}/afspraken"), Guard::Staff, handle(zetVormAfspraak));
    router.post(v + QStringLiteral("/{code}/afspraken/proberen"), Guard::Staff, handle(probeerVorm));
    const QString i = kPrefix + QStringLiteral("/inwoners/{id}/rekeningen");
    router.get(i, Guard::Staff, handle(rekeningen));
    router.post(i, Guard::Staff, handle(voegRekeningToe));
    router.post(i + QStringLiteral("/{rekeningId}/beeindigen"), Guard::Staff, handle(beeindigRekening));
}

} // namespace regie::web::api
