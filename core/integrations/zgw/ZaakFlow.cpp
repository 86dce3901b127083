#include "integrations/zgw/ZaakFlow.h"

#include <algorithm>

namespace regie::zgw {

namespace {

template <typename T>
Result<T> failWith(ErrorKind kind, const QString &message)
{
    Error e;
    e.kind = kind;
    e.message = message;
    return Result<T>::fail(e);
}

} // namespace

std::optional<StatusType> ZaakCatalog::statusType(const QString &omschrijving) const
{
    for (const StatusType &t : statustypen) {
        if (t.omschrijving == omschrijving)
            return t;
    }
    return std::nullopt;
}

std::optional<ResultaatType> ZaakCatalog::resultaatType(const QString &omschrijving) const
{
    for (const ResultaatType &t : resultaattypen) {
        if (t.omschrijving == omschrijving)
            return t;
    }
    return std::nullopt;
}

std::optional<RolType> ZaakCatalog::rolType(const QString &omschrijvingGeneriek) const
{
    for (const RolType &t : roltypen) {
        if (t.omschrijvingGeneriek == omschrijvingGeneriek)
            return t;
    }
    return std::nullopt;
}

std::optional<StatusType> ZaakCatalog::eindstatus() const
{
    const auto it = std::max_element(statustypen.begin(), statustypen.end(),
                                     [](const StatusType &a, const StatusType &b) { return a.volgnummer < b.volgnummer; });
    if (it == statustypen.end())
        return std::nullopt;
    return *it;
}

Result<ZaakCatalog> loadCatalog(ZgwClient &client, const QUrl &zaaktype)
{
    ZaakCatalog catalog;
    auto statussen = client.listStatusTypen(zaaktype);
    if (!statussen)
        return Result<ZaakCatalog>::fail(statussen.error);
    auto resultaten = client.listResultaatTypen(zaaktype);
    if (!resultaten)
        return Result<ZaakCatalog>::fail(resultaten.error);
    auto rollen = client.listRolTypen(zaaktype);
    if (!rollen)
        return Result<ZaakCatalog>::fail(rollen.error);
    catalog.statustypen = *statussen.value;
    catalog.resultaattypen = *resultaten.value;
    catalog.roltypen = *rollen.value;
    if (catalog.statustypen.size() < 2)
        return failWith<ZaakCatalog>(ErrorKind::BadResponse, QStringLiteral("zaaktype needs at least two statustypen"));
    return Result<ZaakCatalog>::ok(std::move(catalog));
}

ZaakFlow::ZaakFlow(ZgwClient &client, ZaakFlowConfig config, ZaakCatalog catalog)
    : client_(client), config_(std::move(config)), catalog_(std::move(catalog))
{
}

QString ZaakFlow::identificatieFor(qint64 requestId)
{
    return QStringLiteral("REGIE-%1").arg(requestId, 6, 10, QLatin1Char('0'));
}

QString ZaakFlow::besluitIdentificatieFor(qint64 requestId)
{
    return identificatieFor(requestId) + QStringLiteral("-B");
}

Result<Zaak> ZaakFlow::open(const WithdrawalCase &request, const QDateTime &receivedAt)
{
    const auto ontvangen = catalog_.statusType(config_.statusOntvangen);
    if (!ontvangen)
        return failWith<Zaak>(ErrorKind::InvalidInput, QStringLiteral("statustype for 'ontvangen' not in catalogus"));
    Result<Zaak> zaak = findOrCreateZaak(request);
    if (!zaak)
        return zaak;
    const Result<Rol> rol = ensureInwonerRol(zaak.value->url, request.inwoner);
    if (!rol)
        return Result<Zaak>::fail(rol.error);
    const Result<ZaakStatus> status = ensureStatus(zaak.value->url, *ontvangen, receivedAt);
    if (!status)
        return Result<Zaak>::fail(status.error);
    return zaak;
}

Result<ZaakStatus> ZaakFlow::moveTo(const QUrl &zaak, const QString &statusOmschrijving, const QDateTime &at)
{
    const auto type = catalog_.statusType(statusOmschrijving);
    if (!type)
        return failWith<ZaakStatus>(ErrorKind::InvalidInput, QStringLiteral("statustype not in catalogus"));
    const auto eind = catalog_.eindstatus();
    if (eind && eind->url == type->url)
        return failWith<ZaakStatus>(ErrorKind::InvalidInput, QStringLiteral("the eindstatus is set by decide()"));
    return ensureStatus(zaak, *type, at);
}

Result<Zaak> ZaakFlow::decide(const QUrl &zaak, qint64 requestId, const Decision &decision)
{
    const QString resultaatNaam =
        decision.outcome == Outcome::Granted ? config_.resultaatToegekend : config_.resultaatAfgewezen;
    const auto resultaatType = catalog_.resultaatType(resultaatNaam);
    const auto eind = catalog_.eindstatus();
    if (!resultaatType || !eind)
        return failWith<Zaak>(ErrorKind::InvalidInput, QStringLiteral("resultaattype or eindstatus not in catalogus"));
    // zrc-007: the resultaat must exist before the eindstatus closes the zaak.
    const Result<ZaakResultaat> resultaat = ensureResultaat(zaak, *resultaatType, decision.toelichting);
    if (!resultaat)
        return Result<Zaak>::fail(resultaat.error);
    if (!config_.besluittype.isEmpty()) {
        const Result<Besluit> besluit = ensureBesluit(zaak, requestId, decision);
        if (!besluit)
            return Result<Zaak>::fail(besluit.error);
    }
    const Result<ZaakStatus> status = ensureStatus(zaak, *eind, decision.decidedAt);
    if (!status)
        return Result<Zaak>::fail(status.error);
    return client_.getZaak(zaak);
}

Result<Zaak> ZaakFlow::findOrCreateZaak(const WithdrawalCase &request)
{
    const QString identificatie = identificatieFor(request.requestId);
    const auto existing = client_.findZaak(config_.bronorganisatie, identificatie);
    if (!existing)
        return Result<Zaak>::fail(existing.error);
    if (existing.value->has_value())
        return Result<Zaak>::ok(**existing.value);
    NewZaak z;
    z.identificatie = identificatie;
    z.bronorganisatie = config_.bronorganisatie;
    z.verantwoordelijkeOrganisatie = config_.verantwoordelijkeOrganisatie;
    z.zaaktype = config_.zaaktype;
    z.startdatum = request.startdatum;
    z.omschrijving = request.omschrijving.left(80);
    z.toelichting = request.toelichting.left(1000);
    Result<Zaak> created = client_.createZaak(z);
    if (!created && created.error.hasInvalidParam(QStringLiteral("identificatie-niet-uniek"))) {
        // Another worker (or our own lost answer) won the race: use what is there.
        const auto again = client_.findZaak(config_.bronorganisatie, identificatie);
        if (again && again.value->has_value())
            return Result<Zaak>::ok(**again.value);
    }
    return created;
}

Result<Rol> ZaakFlow::ensureInwonerRol(const QUrl &zaak, const Bsn &inwoner)
{
    const auto rolType = catalog_.rolType(config_.rolOmschrijvingGeneriek);
    if (!rolType)
        return failWith<Rol>(ErrorKind::InvalidInput, QStringLiteral("roltype not in catalogus"));
    const auto rollen = client_.listRollen(zaak);
    if (!rollen)
        return Result<Rol>::fail(rollen.error);
    for (const Rol &r : *rollen.value) {
        if (r.roltype == rolType->url && r.betrokkeneType == QLatin1String("natuurlijk_persoon")) {
            if (r.inpBsn == inwoner.digits())
                return Result<Rol>::ok(r);
            return failWith<Rol>(ErrorKind::Conflict, QStringLiteral("zaak already has another inwoner"));
        }
    }
    NewRolNatuurlijkPersoon rol;
    rol.zaak = zaak;
    rol.roltype = rolType->url;
    rol.roltoelichting = QStringLiteral("Inwoner die het verzoek deed");
    rol.inpBsn = inwoner.digits();
    return client_.createRol(rol);
}

Result<ZaakStatus> ZaakFlow::ensureStatus(const QUrl &zaak, const StatusType &type, const QDateTime &at)
{
    const auto statussen = client_.listStatussen(zaak);
    if (!statussen)
        return Result<ZaakStatus>::fail(statussen.error);
    for (const ZaakStatus &s : *statussen.value) {
        if (s.statustype == type.url)
            return Result<ZaakStatus>::ok(s);
    }
    return client_.createStatus(zaak, type.url, at);
}

Result<ZaakResultaat> ZaakFlow::ensureResultaat(const QUrl &zaak, const ResultaatType &type, const QString &toelichting)
{
    const auto resultaten = client_.listResultaten(zaak);
    if (!resultaten)
        return Result<ZaakResultaat>::fail(resultaten.error);
    for (const ZaakResultaat &r : *resultaten.value) {
        if (r.resultaattype == type.url)
            return Result<ZaakResultaat>::ok(r);
        // A zaak has one resultaat; a different one means an earlier decision stands.
        return failWith<ZaakResultaat>(ErrorKind::Conflict, QStringLiteral("zaak already has another resultaat"));
    }
    return client_.createResultaat(zaak, type.url, toelichting);
}

Result<Besluit> ZaakFlow::ensureBesluit(const QUrl &zaak, qint64 requestId, const Decision &decision)
{
    const QString identificatie = besluitIdentificatieFor(requestId);
    const auto existing = client_.findBesluit(config_.verantwoordelijkeOrganisatie, identificatie);
    if (!existing)
        return Result<Besluit>::fail(existing.error);
    if (existing.value->has_value())
        return Result<Besluit>::ok(**existing.value);
    NewBesluit b;
    b.identificatie = identificatie;
    b.verantwoordelijkeOrganisatie = config_.verantwoordelijkeOrganisatie;
    b.besluittype = config_.besluittype;
    b.zaak = zaak;
    b.datum = decision.decidedAt.toUTC().date();
    b.ingangsdatum = b.datum;
    b.toelichting = decision.toelichting.left(1000);
    return client_.createBesluit(b);
}

} // namespace regie::zgw
