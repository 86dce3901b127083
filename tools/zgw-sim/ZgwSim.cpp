#include "ZgwSim.h"

#include "integrations/zgw/Jwt.h"
#include "integrations/zgw/Problem.h"
#include "money/Bsn.h"

#include <QtCore/QDateTime>
#include <QtCore/QDir>
#include <QtCore/QJsonDocument>
#include <QtCore/QUrlQuery>
#include <QtCore/QUuid>
#include <QtNetwork/QNetworkReply>

namespace regie::zgwsim {

namespace {

const QString kZaken = QStringLiteral("/zaken/api/v1");
const QString kCatalogi = QStringLiteral("/catalogi/api/v1");
const QString kBesluiten = QStringLiteral("/besluiten/api/v1");
const QString kNotificaties = QStringLiteral("/notificaties/api/v1");

// Fixed identifiers so catalogue URLs survive a restart with the same data file.
const QString kCatalogusUuid = QStringLiteral("6b2f3c1e-0d4a-4f59-9d0e-5a1c2b3d4e01");
const QString kZaaktypeUuid = QStringLiteral("6b2f3c1e-0d4a-4f59-9d0e-5a1c2b3d4e02");
const QString kBesluittypeUuid = QStringLiteral("6b2f3c1e-0d4a-4f59-9d0e-5a1c2b3d4e03");
const QString kRsin = QStringLiteral("002220647"); // gemeente Utrecht

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

HttpResponse ok(const QJsonObject &o, int status = 200)
{
    HttpResponse r;
    r.status = status;
    r.body = json(o);
    return r;
}

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString lastSegment(const QString &url)
{
    return QUrl(url).path().section(QLatin1Char('/'), -1);
}

bool isRsin(const QString &s)
{
    return s.size() == 9 && regie::Bsn::elevenProof(s);
}

QString todayText()
{
    return QDate::currentDate().toString(Qt::ISODate);
}

} // namespace

HttpResponse problem(int status, const QString &code, const QString &title, const QString &detail,
                     const QList<InvalidParam> &params)
{
    HttpResponse r;
    r.status = status;
    r.contentType = "application/problem+json";
    r.body = json(regie::zgw::problemJson(status, code, title, detail,
                                          QStringLiteral("urn:uuid:") + newUuid(), params));
    return r;
}

namespace {
HttpResponse invalid(const QString &name, const QString &code, const QString &reason)
{
    return problem(400, QStringLiteral("invalid"), QStringLiteral("Invalid input."), reason,
                   {InvalidParam{name, code, reason}});
}
} // namespace

ZgwSim::ZgwSim(SimOptions options, QObject *parent)
    : QObject(parent), options_(std::move(options)),
      random_(options_.seed != 0 ? options_.seed : QRandomGenerator::global()->generate()),
      network_(new QNetworkAccessManager(this)),
      server_(new MiniHttpServer([this](const HttpRequest &r) { return handle(r); }, this))
{
    faults_.failRate = options_.failRate;
    faults_.slowMs = options_.slowMs;
    faults_.rejectAll = options_.rejectAll;
}

bool ZgwSim::start(const QHostAddress &address, quint16 port, QString *error)
{
    const QList<std::pair<QString, QString>> specs{{kZaken, QStringLiteral("zaken")},
                                                   {kCatalogi, QStringLiteral("catalogi")},
                                                   {kBesluiten, QStringLiteral("besluiten")},
                                                   {kNotificaties, QStringLiteral("notificaties")}};
    for (const auto &[prefix, name] : specs) {
        auto validator = OpenApiValidator::load(QDir(options_.specDir).filePath(name + QStringLiteral(".json")), error);
        if (!validator)
            return false;
        apis_.append(Api{prefix, name, std::make_shared<OpenApiValidator>(std::move(*validator))});
    }
    auto webhook = OpenApiValidator::load(QDir(options_.specDir).filePath(QStringLiteral("notificaties-consumer-webhook.json")), error);
    if (!webhook)
        return false;
    webhookSpec_ = std::make_shared<OpenApiValidator>(std::move(*webhook));
    if (!server_->listen(address, port)) {
        *error = server_->errorString();
        return false;
    }
    origin_ = QStringLiteral("http://%1:%2").arg(address.toString()).arg(server_->port());
    store_ = std::make_unique<SimStore>(options_.dataFile, origin_);
    if (!store_->open(error))
        return false;
    seedCatalog();
    return true;
}

quint16 ZgwSim::port() const
{
    return server_->port();
}

QString ZgwSim::newUrl(const QString &apiPrefix, const QString &resource, const QString &uuid) const
{
    return origin_ + apiPrefix + QLatin1Char('/') + resource + QLatin1Char('/') + uuid;
}

QString ZgwSim::zaaktypeUrl() const
{
    return newUrl(kCatalogi, QStringLiteral("zaaktypen"), kZaaktypeUuid);
}

QString ZgwSim::besluittypeUrl() const
{
    return newUrl(kCatalogi, QStringLiteral("besluittypen"), kBesluittypeUuid);
}

void ZgwSim::seedCatalog()
{
    const QString catalogus = newUrl(kCatalogi, QStringLiteral("catalogussen"), kCatalogusUuid);
    const QString zaaktype = zaaktypeUrl();
    auto typeUrl = [this](const QString &resource, int n) {
        return newUrl(kCatalogi, resource, QStringLiteral("6b2f3c1e-0d4a-4f59-9d0e-5a1c2b3d4%1").arg(n, 3, 10, QLatin1Char('0')));
    };
    QJsonArray statustypen, resultaattypen, roltypen;
    const QStringList statusNames{QStringLiteral("Verzoek ontvangen"), QStringLiteral("In behandeling"),
                                  QStringLiteral("Afgehandeld")};
    for (int i = 0; i < statusNames.size(); ++i) {
        const QString url = typeUrl(QStringLiteral("statustypen"), 100 + i);
        statustypen.append(url);
        catalog_[QStringLiteral("statustypen")].append(QJsonObject{
            {QStringLiteral("url"), url}, {QStringLiteral("omschrijving"), statusNames[i]},
            {QStringLiteral("omschrijvingGeneriek"), statusNames[i]}, {QStringLiteral("statustekst"), QString()},
            {QStringLiteral("zaaktype"), zaaktype}, {QStringLiteral("zaaktypeIdentificatie"), QStringLiteral("REGIE-OPNAME")},
            {QStringLiteral("catalogus"), catalogus}, {QStringLiteral("volgnummer"), i + 1},
            {QStringLiteral("isEindstatus"), i + 1 == statusNames.size()}, {QStringLiteral("informeren"), false},
            {QStringLiteral("zaakobjecttype"), QString()}});
    }
    const QList<std::pair<QString, QString>> resultaten{{QStringLiteral("Toegekend"), QStringLiteral("toegekend")},
                                                        {QStringLiteral("Afgewezen"), QStringLiteral("afgewezen")}};
    for (int i = 0; i < resultaten.size(); ++i) {
        const QString url = typeUrl(QStringLiteral("resultaattypen"), 200 + i);
        resultaattypen.append(url);
        catalog_[QStringLiteral("resultaattypen")].append(QJsonObject{
            {QStringLiteral("url"), url}, {QStringLiteral("omschrijving"), resultaten[i].first},
            {QStringLiteral("omschrijvingGeneriek"), resultaten[i].second}, {QStringLiteral("zaaktype"), zaaktype},
            {QStringLiteral("zaaktypeIdentificatie"), QStringLiteral("REGIE-OPNAME")}, {QStringLiteral("catalogus"), catalogus},
            {QStringLiteral("resultaattypeomschrijving"), QStringLiteral("https://selectielijst.openzaak.nl/api/v1/resultaattypeomschrijvingen/1")},
            {QStringLiteral("selectielijstklasse"), QStringLiteral("https://selectielijst.openzaak.nl/api/v1/resultaten/1")},
            {QStringLiteral("archiefnominatie"), QStringLiteral("vernietigen")}, {QStringLiteral("archiefactietermijn"), QStringLiteral("P7Y")},
            {QStringLiteral("besluittypeOmschrijving"), QJsonArray{}}, {QStringLiteral("informatieobjecttypeOmschrijving"), QJsonArray{}},
            {QStringLiteral("zaakobjecttypen"), QJsonArray{}}});
    }
    const QList<std::pair<QString, QString>> rollen{{QStringLiteral("Inwoner"), QStringLiteral("initiator")},
                                                    {QStringLiteral("Medewerker"), QStringLiteral("behandelaar")}};
    for (int i = 0; i < rollen.size(); ++i) {
        const QString url = typeUrl(QStringLiteral("roltypen"), 300 + i);
        roltypen.append(url);
        catalog_[QStringLiteral("roltypen")].append(QJsonObject{
            {QStringLiteral("url"), url}, {QStringLiteral("omschrijving"), rollen[i].first},
            {QStringLiteral("omschrijvingGeneriek"), rollen[i].second}, {QStringLiteral("zaaktype"), zaaktype},
            {QStringLiteral("zaaktypeIdentificatie"), QStringLiteral("REGIE-OPNAME")}, {QStringLiteral("catalogus"), catalogus}});
    }
    catalog_[QStringLiteral("besluittypen")].append(QJsonObject{
        {QStringLiteral("url"), besluittypeUrl()}, {QStringLiteral("catalogus"), catalogus},
        {QStringLiteral("omschrijving"), QStringLiteral("Besluit opnameverzoek")}, {QStringLiteral("zaaktypen"), QJsonArray{zaaktype}},
        {QStringLiteral("publicatieIndicatie"), false}, {QStringLiteral("beginGeldigheid"), QStringLiteral("2024-01-01")},
        {QStringLiteral("concept"), false}});
    catalog_[QStringLiteral("zaaktypen")].append(QJsonObject{
        {QStringLiteral("url"), zaaktype}, {QStringLiteral("identificatie"), QStringLiteral("REGIE-OPNAME")},
        {QStringLiteral("omschrijving"), QStringLiteral("Opnameverzoek budgetbeheer")}, {QStringLiteral("catalogus"), catalogus},
        {QStringLiteral("vertrouwelijkheidaanduiding"), QStringLiteral("vertrouwelijk")},
        {QStringLiteral("doel"), QStringLiteral("Beslissen over een opname uit een reservering")},
        {QStringLiteral("aanleiding"), QStringLiteral("Verzoek van een inwoner in budgetbeheer")},
        {QStringLiteral("indicatieInternOfExtern"), QStringLiteral("extern")},
        {QStringLiteral("handelingInitiator"), QStringLiteral("indienen")}, {QStringLiteral("onderwerp"), QStringLiteral("Opname")},
        {QStringLiteral("handelingBehandelaar"), QStringLiteral("beoordelen")}, {QStringLiteral("doorlooptijd"), QStringLiteral("P14D")},
        {QStringLiteral("opschortingEnAanhoudingMogelijk"), false}, {QStringLiteral("verlengingMogelijk"), false},
        {QStringLiteral("publicatieIndicatie"), false}, {QStringLiteral("productenOfDiensten"), QJsonArray{}},
        {QStringLiteral("statustypen"), statustypen}, {QStringLiteral("resultaattypen"), resultaattypen},
        {QStringLiteral("roltypen"), roltypen}, {QStringLiteral("besluittypen"), QJsonArray{besluittypeUrl()}},
        {QStringLiteral("beginGeldigheid"), QStringLiteral("2024-01-01")}, {QStringLiteral("versiedatum"), QStringLiteral("2024-01-01")},
        {QStringLiteral("concept"), false}});
    catalog_[QStringLiteral("catalogussen")].append(QJsonObject{
        {QStringLiteral("url"), catalogus}, {QStringLiteral("domein"), QStringLiteral("REGIE")}, {QStringLiteral("rsin"), kRsin},
        {QStringLiteral("contactpersoonBeheerNaam"), QStringLiteral("Beheer Regie")},
        {QStringLiteral("zaaktypen"), QJsonArray{zaaktype}}, {QStringLiteral("besluittypen"), QJsonArray{besluittypeUrl()}},
        {QStringLiteral("informatieobjecttypen"), QJsonArray{}}});
}

// ---- request pipeline -----------------------------------------------------------------

HttpResponse ZgwSim::handle(const HttpRequest &request)
{
    const QString path = request.url.path();
    if (path.startsWith(QLatin1String("/admin/")))
        return admin(request);
    const Api *api = nullptr;
    for (const Api &a : apis_) {
        if (path.startsWith(a.prefix + QLatin1Char('/')))
            api = &a;
    }
    if (!api)
        return problem(404, QStringLiteral("not_found"), QStringLiteral("Niet gevonden."), QStringLiteral("Onbekende API."));

    HttpResponse response;
    if (faults_.rejectAll) {
        response = problem(403, QStringLiteral("permission_denied"), QStringLiteral("Geen toegang."),
                           QStringLiteral("Alle verzoeken worden geweigerd (reject-all)."));
    } else if (faults_.failRate > 0 && random_.generateDouble() < faults_.failRate) {
        response = problem(503, QStringLiteral("service_unavailable"), QStringLiteral("Tijdelijk niet beschikbaar."),
                           QStringLiteral("Gesimuleerde storing (fail-rate)."));
    } else {
        response = authorizeAndDispatch(*api, request);
    }
    response.delayMs = faults_.slowMs;
    response.headers.append(std::make_pair(QByteArray("API-version"),
                                           QByteArray(api->name == QLatin1String("zaken") ? "1.5.1" : "1.0.0")));
    return response;
}

HttpResponse ZgwSim::authorizeAndDispatch(const Api &api, const HttpRequest &request)
{
    const QByteArray authorization = request.headers.value("authorization");
    if (!authorization.startsWith("Bearer "))
        return problem(401, QStringLiteral("not_authenticated"), QStringLiteral("Niet geauthenticeerd."),
                       QStringLiteral("Authorization: Bearer <JWT> ontbreekt."));
    const auto verification = regie::zgw::verifyJwt(authorization.mid(7), options_.secret,
                                                    QDateTime::currentSecsSinceEpoch());
    if (!verification.ok())
        return problem(403, QStringLiteral("permission_denied"), QStringLiteral("Geen toegang."), verification.reason);

    RequestView view;
    view.method = request.method;
    view.path = request.url.path().mid(api.prefix.size());
    view.headers = request.headers;
    for (const auto &[key, value] : QUrlQuery(request.url).queryItems(QUrl::FullyDecoded))
        view.query.append({key, value});
    QJsonObject body;
    if (!request.body.isEmpty()) {
        QJsonParseError parseError{};
        const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return invalid(QStringLiteral("nonFieldErrors"), QStringLiteral("parse_error"), QStringLiteral("Geen geldige JSON."));
        view.body = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
        body = doc.object();
    }
    const ValidationOutcome outcome = api.validator->validate(view);
    if (!outcome.ok()) {
        return problem(outcome.httpStatus, outcome.code,
                       outcome.httpStatus == 400 ? QStringLiteral("Invalid input.") : QStringLiteral("Verzoek geweigerd."),
                       QStringLiteral("Het verzoek voldoet niet aan de specificatie (%1).").arg(outcome.operationId),
                       outcome.invalidParams);
    }
    const QStringList segments = view.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    Call call{&api, segments.value(0), segments.value(1), view.query, body};
    HttpResponse response = dispatch(call, request.method);
    if (response.status == 201 && faults_.failAfterCommit > 0) {
        // The write is stored, but the client never hears so: the crash-in-between case.
        --faults_.failAfterCommit;
        return problem(500, QStringLiteral("error"), QStringLiteral("Interne fout."),
                       QStringLiteral("Gesimuleerde fout na opslaan (failAfterCommit)."));
    }
    if (api.prefix == kZaken && segments.value(0) == QLatin1String("zaken"))
        response.headers.append(std::make_pair(QByteArray("Content-Crs"), QByteArray("EPSG:4326")));
    return response;
}

HttpResponse ZgwSim::dispatch(const Call &call, const QByteArray &method)
{
    if (call.api->prefix == kCatalogi)
        return catalogi(call);
    struct Route {
        QString prefix;
        QString resource;
        QString kind;
        HttpResponse (ZgwSim::*create)(const Call &);
        QStringList filters;
    };
    static const QList<Route> routes{
        {kZaken, QStringLiteral("zaken"), QStringLiteral("zaak"), &ZgwSim::createZaak,
         {QStringLiteral("identificatie"), QStringLiteral("bronorganisatie"), QStringLiteral("zaaktype")}},
        {kZaken, QStringLiteral("rollen"), QStringLiteral("rol"), &ZgwSim::createRol,
         {QStringLiteral("zaak"), QStringLiteral("betrokkeneType"), QStringLiteral("roltype")}},
        {kZaken, QStringLiteral("statussen"), QStringLiteral("status"), &ZgwSim::createStatus,
         {QStringLiteral("zaak"), QStringLiteral("statustype")}},
        {kZaken, QStringLiteral("resultaten"), QStringLiteral("resultaat"), &ZgwSim::createResultaat,
         {QStringLiteral("zaak"), QStringLiteral("resultaattype")}},
        {kBesluiten, QStringLiteral("besluiten"), QStringLiteral("besluit"), &ZgwSim::createBesluit,
         {QStringLiteral("identificatie"), QStringLiteral("verantwoordelijkeOrganisatie"), QStringLiteral("besluittype"),
          QStringLiteral("zaak")}},
        {kNotificaties, QStringLiteral("abonnement"), QStringLiteral("abonnement"), &ZgwSim::createAbonnement, {}}};
    for (const Route &route : routes) {
        if (route.prefix != call.api->prefix || route.resource != call.resource)
            continue;
        if (method == "POST" && call.uuid.isEmpty())
            return (this->*route.create)(call);
        // Notificaties 1.0 (abonnement_list) answers a plain array, without paging.
        if (method == "GET" && call.uuid.isEmpty() && route.kind == QLatin1String("abonnement")) {
            QJsonArray all;
            for (const QJsonObject &o : views(route.kind))
                all.append(o);
            HttpResponse r;
            r.body = QJsonDocument(all).toJson(QJsonDocument::Compact);
            return r;
        }
        if (method == "GET" && !call.uuid.isEmpty())
            return getStored(route.kind, call.uuid);
        if (method == "GET")
            return list(call, views(route.kind), route.filters);
    }
    return problem(501, QStringLiteral("not_implemented"), QStringLiteral("Niet ondersteund."),
                   QStringLiteral("zgw-sim ondersteunt deze operatie niet."));
}

// ---- reading --------------------------------------------------------------------------

HttpResponse ZgwSim::catalogi(const Call &call)
{
    const auto it = catalog_.constFind(call.resource);
    if (it == catalog_.constEnd())
        return problem(501, QStringLiteral("not_implemented"), QStringLiteral("Niet ondersteund."),
                       QStringLiteral("zgw-sim ondersteunt deze catalogus-resource niet."));
    if (!call.uuid.isEmpty()) {
        for (const QJsonObject &o : *it) {
            if (lastSegment(o.value(QStringLiteral("url")).toString()) == call.uuid)
                return ok(o);
        }
        return problem(404, QStringLiteral("not_found"), QStringLiteral("Niet gevonden."), QStringLiteral("Onbekend object."));
    }
    return list(call, *it, {QStringLiteral("zaaktype"), QStringLiteral("catalogus"), QStringLiteral("identificatie")});
}

HttpResponse ZgwSim::list(const Call &call, const QList<QJsonObject> &items, const QStringList &filterFields)
{
    // Parameters that only narrow the publication state or shape of the answer.
    static const QStringList ignored{QStringLiteral("page"), QStringLiteral("status"), QStringLiteral("expand"),
                                     QStringLiteral("ordering")};
    QList<QJsonObject> selected = items;
    int page = 1;
    for (const auto &[key, value] : call.query) {
        if (key == QLatin1String("page")) {
            bool okPage = false;
            page = value.toInt(&okPage);
            if (!okPage || page < 1)
                return problem(404, QStringLiteral("not_found"), QStringLiteral("Niet gevonden."), QStringLiteral("Ongeldige pagina."));
            continue;
        }
        if (ignored.contains(key))
            continue;
        if (!filterFields.contains(key))
            return invalid(key, QStringLiteral("unsupported-filter"), QStringLiteral("zgw-sim filtert niet op dit veld."));
        QList<QJsonObject> kept;
        for (const QJsonObject &o : selected) {
            if (o.value(key).toString() == value)
                kept.append(o);
        }
        selected = kept;
    }
    const qsizetype pageSize = options_.pageSize;
    const qsizetype first = (page - 1) * pageSize;
    if (first > 0 && first >= selected.size())
        return problem(404, QStringLiteral("not_found"), QStringLiteral("Niet gevonden."), QStringLiteral("Ongeldige pagina."));
    QJsonArray results;
    for (qsizetype i = first; i < selected.size() && i < first + pageSize; ++i)
        results.append(selected.at(i));
    auto pageUrl = [&](int n) {
        QUrl url(origin_ + call.api->prefix + QLatin1Char('/') + call.resource);
        QUrlQuery q;
        for (const auto &[key, value] : call.query) {
            if (key != QLatin1String("page"))
                q.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
        }
        q.addQueryItem(QStringLiteral("page"), QString::number(n));
        url.setQuery(q);
        return QJsonValue(url.toString(QUrl::FullyEncoded));
    };
    const bool hasNext = first + pageSize < selected.size();
    return ok(QJsonObject{{QStringLiteral("count"), selected.size()},
                          {QStringLiteral("next"), hasNext ? pageUrl(page + 1) : QJsonValue(QJsonValue::Null)},
                          {QStringLiteral("previous"), page > 1 ? pageUrl(page - 1) : QJsonValue(QJsonValue::Null)},
                          {QStringLiteral("results"), results}});
}

QList<QJsonObject> ZgwSim::views(const QString &kind) const
{
    QList<QJsonObject> out;
    for (const StoredResource &r : store_->list(kind))
        out.append(kind == QLatin1String("zaak") ? zaakView(r) : r.body);
    return out;
}

// status, resultaat, einddatum and rollen are derived, as in a real zaaksysteem, from
// the objects that point at the zaak.
QJsonObject ZgwSim::zaakView(const StoredResource &zaak) const
{
    QJsonObject view = zaak.body;
    QJsonArray rollen;
    for (const StoredResource &r : store_->listForZaak(QStringLiteral("rol"), zaak.uuid))
        rollen.append(r.body.value(QStringLiteral("url")));
    view.insert(QStringLiteral("rollen"), rollen);
    QJsonValue status(QJsonValue::Null);
    QJsonValue einddatum(QJsonValue::Null);
    QDateTime latest;
    for (const StoredResource &s : store_->listForZaak(QStringLiteral("status"), zaak.uuid)) {
        const QDateTime gezet = QDateTime::fromString(s.body.value(QStringLiteral("datumStatusGezet")).toString(), Qt::ISODateWithMs);
        if (latest.isValid() && gezet < latest)
            continue;
        latest = gezet;
        status = s.body.value(QStringLiteral("url"));
        const auto type = catalogObject(QStringLiteral("statustypen"), s.body.value(QStringLiteral("statustype")).toString());
        einddatum = type && type->value(QStringLiteral("isEindstatus")).toBool()
                        ? QJsonValue(gezet.toUTC().date().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
    }
    view.insert(QStringLiteral("status"), status);
    view.insert(QStringLiteral("einddatum"), einddatum);
    const auto resultaten = store_->listForZaak(QStringLiteral("resultaat"), zaak.uuid);
    view.insert(QStringLiteral("resultaat"), resultaten.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                  : resultaten.first().body.value(QStringLiteral("url")));
    return view;
}

HttpResponse ZgwSim::getStored(const QString &kind, const QString &uuid)
{
    const auto r = store_->find(kind, uuid);
    if (!r)
        return problem(404, QStringLiteral("not_found"), QStringLiteral("Niet gevonden."), QStringLiteral("Onbekend object."));
    return ok(kind == QLatin1String("zaak") ? zaakView(*r) : r->body);
}

std::optional<QJsonObject> ZgwSim::catalogObject(const QString &resource, const QString &url) const
{
    for (const QJsonObject &o : catalog_.value(resource)) {
        if (o.value(QStringLiteral("url")).toString() == url)
            return o;
    }
    return std::nullopt;
}

std::optional<StoredResource> ZgwSim::storedByUrl(const QString &kind, const QString &apiPrefix,
                                                  const QString &resource, const QString &url) const
{
    const QString prefix = origin_ + apiPrefix + QLatin1Char('/') + resource + QLatin1Char('/');
    if (!url.startsWith(prefix))
        return std::nullopt;
    return store_->find(kind, url.mid(prefix.size()));
}

// ---- writing --------------------------------------------------------------------------

HttpResponse ZgwSim::created(const StoredResource &resource)
{
    if (!store_->insert(resource))
        return problem(500, QStringLiteral("error"), QStringLiteral("Opslaan mislukt."), QStringLiteral("Opslag vol of conflict."));
    notify(resource);
    HttpResponse r = ok(resource.kind == QLatin1String("zaak") ? zaakView(resource) : resource.body, 201);
    r.headers.append(std::make_pair(QByteArray("Location"), resource.body.value(QStringLiteral("url")).toString().toUtf8()));
    return r;
}

HttpResponse ZgwSim::createZaak(const Call &call)
{
    QJsonObject z = call.body;
    const QString zaaktype = z.value(QStringLiteral("zaaktype")).toString();
    if (!catalogObject(QStringLiteral("zaaktypen"), zaaktype))
        return invalid(QStringLiteral("zaaktype"), QStringLiteral("bad-url"), QStringLiteral("Geen geldig zaaktype."));
    for (const char *field : {"bronorganisatie", "verantwoordelijkeOrganisatie"}) {
        if (!isRsin(z.value(QLatin1String(field)).toString()))
            return invalid(QLatin1String(field), QStringLiteral("invalid"), QStringLiteral("Geen geldig RSIN."));
    }
    const QString bron = z.value(QStringLiteral("bronorganisatie")).toString();
    QString identificatie = z.value(QStringLiteral("identificatie")).toString();
    if (identificatie.isEmpty())
        identificatie = QStringLiteral("ZAAK-%1-%2").arg(QDate::currentDate().year()).arg(store_->count() + 1, 10, 10, QLatin1Char('0'));
    if (store_->findByIdentificatie(QStringLiteral("zaak"), bron, identificatie))
        return invalid(QStringLiteral("identificatie"), QStringLiteral("identificatie-niet-uniek"),
                       QStringLiteral("Deze identificatie bestaat al voor deze bronorganisatie."));
    const QString uuid = newUuid();
    z.insert(QStringLiteral("url"), newUrl(kZaken, QStringLiteral("zaken"), uuid));
    z.insert(QStringLiteral("uuid"), uuid);
    z.insert(QStringLiteral("identificatie"), identificatie);
    if (!z.contains(QStringLiteral("registratiedatum")))
        z.insert(QStringLiteral("registratiedatum"), todayText());
    const QString vertrouwelijkheid = QStringLiteral("vertrouwelijkheidaanduiding");
    if (!z.contains(vertrouwelijkheid))
        z.insert(vertrouwelijkheid, catalogObject(QStringLiteral("zaaktypen"), zaaktype)->value(vertrouwelijkheid));
    for (const char *empty : {"deelzaken", "eigenschappen", "zaakinformatieobjecten", "zaakobjecten", "relevanteAndereZaken",
                              "kenmerken", "productenOfDiensten"}) {
        if (!z.contains(QLatin1String(empty)))
            z.insert(QLatin1String(empty), QJsonArray{});
    }
    z.insert(QStringLiteral("betalingsindicatieWeergave"), QString());
    return created(StoredResource{QStringLiteral("zaak"), uuid, uuid, identificatie, bron, z});
}

HttpResponse ZgwSim::createRol(const Call &call)
{
    QJsonObject rol = call.body;
    const auto zaak = storedByUrl(QStringLiteral("zaak"), kZaken, QStringLiteral("zaken"), rol.value(QStringLiteral("zaak")).toString());
    if (!zaak)
        return invalid(QStringLiteral("zaak"), QStringLiteral("bad-url"), QStringLiteral("De zaak bestaat niet."));
    const auto roltype = catalogObject(QStringLiteral("roltypen"), rol.value(QStringLiteral("roltype")).toString());
    if (!roltype)
        return invalid(QStringLiteral("roltype"), QStringLiteral("bad-url"), QStringLiteral("Geen geldig roltype."));
    if (roltype->value(QStringLiteral("zaaktype")) != zaak->body.value(QStringLiteral("zaaktype")))
        return invalid(QStringLiteral("roltype"), QStringLiteral("zaaktype-mismatch"), QStringLiteral("Roltype hoort niet bij het zaaktype."));
    const QString uuid = newUuid();
    rol.insert(QStringLiteral("url"), newUrl(kZaken, QStringLiteral("rollen"), uuid));
    rol.insert(QStringLiteral("uuid"), uuid);
    rol.insert(QStringLiteral("omschrijving"), roltype->value(QStringLiteral("omschrijving")));
    rol.insert(QStringLiteral("omschrijvingGeneriek"), roltype->value(QStringLiteral("omschrijvingGeneriek")));
    rol.insert(QStringLiteral("registratiedatum"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    rol.insert(QStringLiteral("statussen"), QJsonArray{});
    return created(StoredResource{QStringLiteral("rol"), uuid, zaak->uuid, QString(), QString(), rol});
}

HttpResponse ZgwSim::createStatus(const Call &call)
{
    QJsonObject status = call.body;
    const auto zaak = storedByUrl(QStringLiteral("zaak"), kZaken, QStringLiteral("zaken"), status.value(QStringLiteral("zaak")).toString());
    if (!zaak)
        return invalid(QStringLiteral("zaak"), QStringLiteral("bad-url"), QStringLiteral("De zaak bestaat niet."));
    const auto statustype = catalogObject(QStringLiteral("statustypen"), status.value(QStringLiteral("statustype")).toString());
    if (!statustype)
        return invalid(QStringLiteral("statustype"), QStringLiteral("bad-url"), QStringLiteral("Geen geldig statustype."));
    if (statustype->value(QStringLiteral("zaaktype")) != zaak->body.value(QStringLiteral("zaaktype")))
        return invalid(QStringLiteral("statustype"), QStringLiteral("zaaktype-mismatch"), QStringLiteral("Statustype hoort niet bij het zaaktype."));
    // zrc-007: closing a zaak derives archiving dates from its resultaat, so it must exist.
    if (statustype->value(QStringLiteral("isEindstatus")).toBool()
        && store_->listForZaak(QStringLiteral("resultaat"), zaak->uuid).isEmpty())
        return invalid(QStringLiteral("nonFieldErrors"), QStringLiteral("resultaat-does-not-exist"),
                       QStringLiteral("De zaak heeft geen resultaat; een eindstatus kan pas daarna gezet worden."));
    const QString uuid = newUuid();
    status.insert(QStringLiteral("url"), newUrl(kZaken, QStringLiteral("statussen"), uuid));
    status.insert(QStringLiteral("uuid"), uuid);
    status.insert(QStringLiteral("indicatieLaatstGezetteStatus"), true);
    status.insert(QStringLiteral("zaakinformatieobjecten"), QJsonArray{});
    return created(StoredResource{QStringLiteral("status"), uuid, zaak->uuid, QString(), QString(), status});
}

HttpResponse ZgwSim::createResultaat(const Call &call)
{
    QJsonObject resultaat = call.body;
    const auto zaak = storedByUrl(QStringLiteral("zaak"), kZaken, QStringLiteral("zaken"), resultaat.value(QStringLiteral("zaak")).toString());
    if (!zaak)
        return invalid(QStringLiteral("zaak"), QStringLiteral("bad-url"), QStringLiteral("De zaak bestaat niet."));
    const auto type = catalogObject(QStringLiteral("resultaattypen"), resultaat.value(QStringLiteral("resultaattype")).toString());
    if (!type)
        return invalid(QStringLiteral("resultaattype"), QStringLiteral("bad-url"), QStringLiteral("Geen geldig resultaattype."));
    if (type->value(QStringLiteral("zaaktype")) != zaak->body.value(QStringLiteral("zaaktype")))
        return invalid(QStringLiteral("resultaattype"), QStringLiteral("zaaktype-mismatch"), QStringLiteral("Resultaattype hoort niet bij het zaaktype."));
    if (!store_->listForZaak(QStringLiteral("resultaat"), zaak->uuid).isEmpty())
        return invalid(QStringLiteral("zaak"), QStringLiteral("unique"), QStringLiteral("De zaak heeft al een resultaat."));
    const QString uuid = newUuid();
    resultaat.insert(QStringLiteral("url"), newUrl(kZaken, QStringLiteral("resultaten"), uuid));
    resultaat.insert(QStringLiteral("uuid"), uuid);
    return created(StoredResource{QStringLiteral("resultaat"), uuid, zaak->uuid, QString(), QString(), resultaat});
}

HttpResponse ZgwSim::createBesluit(const Call &call)
{
    QJsonObject besluit = call.body;
    if (!catalogObject(QStringLiteral("besluittypen"), besluit.value(QStringLiteral("besluittype")).toString()))
        return invalid(QStringLiteral("besluittype"), QStringLiteral("bad-url"), QStringLiteral("Geen geldig besluittype."));
    const QString org = besluit.value(QStringLiteral("verantwoordelijkeOrganisatie")).toString();
    if (!isRsin(org))
        return invalid(QStringLiteral("verantwoordelijkeOrganisatie"), QStringLiteral("invalid"), QStringLiteral("Geen geldig RSIN."));
    QString zaakUuid;
    const QString zaakUrl = besluit.value(QStringLiteral("zaak")).toString();
    if (!zaakUrl.isEmpty()) {
        const auto zaak = storedByUrl(QStringLiteral("zaak"), kZaken, QStringLiteral("zaken"), zaakUrl);
        if (!zaak)
            return invalid(QStringLiteral("zaak"), QStringLiteral("bad-url"), QStringLiteral("De zaak bestaat niet."));
        zaakUuid = zaak->uuid;
    }
    QString identificatie = besluit.value(QStringLiteral("identificatie")).toString();
    if (identificatie.isEmpty())
        identificatie = QStringLiteral("BESLUIT-%1").arg(store_->count() + 1, 10, 10, QLatin1Char('0'));
    if (store_->findByIdentificatie(QStringLiteral("besluit"), org, identificatie))
        return invalid(QStringLiteral("identificatie"), QStringLiteral("identificatie-niet-uniek"),
                       QStringLiteral("Deze identificatie bestaat al voor deze organisatie."));
    const QString uuid = newUuid();
    besluit.insert(QStringLiteral("url"), newUrl(kBesluiten, QStringLiteral("besluiten"), uuid));
    besluit.insert(QStringLiteral("identificatie"), identificatie);
    return created(StoredResource{QStringLiteral("besluit"), uuid, zaakUuid, identificatie, org, besluit});
}

HttpResponse ZgwSim::createAbonnement(const Call &call)
{
    QJsonObject abonnement = call.body;
    for (const QJsonValue &k : abonnement.value(QStringLiteral("kanalen")).toArray()) {
        const QString naam = k.toObject().value(QStringLiteral("naam")).toString();
        if (naam != QLatin1String("zaken") && naam != QLatin1String("besluiten"))
            return invalid(QStringLiteral("kanalen"), QStringLiteral("kanaal-bestaat-niet"), QStringLiteral("Onbekend kanaal."));
    }
    const QString uuid = newUuid();
    abonnement.insert(QStringLiteral("url"), newUrl(kNotificaties, QStringLiteral("abonnement"), uuid));
    return created(StoredResource{QStringLiteral("abonnement"), uuid, QString(), QString(), QString(), abonnement});
}

// ---- notificaties --------------------------------------------------------------------

void ZgwSim::notify(const StoredResource &resource)
{
    if (resource.kind == QLatin1String("abonnement"))
        return;
    const bool besluit = resource.kind == QLatin1String("besluit");
    const QString url = resource.body.value(QStringLiteral("url")).toString();
    QString hoofdObject = besluit || resource.kind == QLatin1String("zaak") ? url : resource.body.value(QStringLiteral("zaak")).toString();
    QJsonObject kenmerken;
    if (const auto zaak = store_->find(QStringLiteral("zaak"), resource.zaakUuid); zaak && !besluit) {
        kenmerken.insert(QStringLiteral("bronorganisatie"), zaak->body.value(QStringLiteral("bronorganisatie")));
        kenmerken.insert(QStringLiteral("zaaktype"), zaak->body.value(QStringLiteral("zaaktype")));
    } else if (besluit) {
        kenmerken.insert(QStringLiteral("verantwoordelijkeOrganisatie"), resource.organisatie);
    }
    const QString kanaal = besluit ? QStringLiteral("besluiten") : QStringLiteral("zaken");
    const QJsonObject message{{QStringLiteral("kanaal"), kanaal},
                              {QStringLiteral("hoofdObject"), hoofdObject},
                              {QStringLiteral("resource"), resource.kind},
                              {QStringLiteral("resourceUrl"), url},
                              {QStringLiteral("actie"), QStringLiteral("create")},
                              {QStringLiteral("aanmaakdatum"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                              {QStringLiteral("kenmerken"), kenmerken}};
    if (!webhookSpec_->validateValue(QStringLiteral("Notificatie"), message).isEmpty()) {
        qWarning("zgw-sim: built a notification that violates the webhook spec; not sent");
        return;
    }
    for (const StoredResource &a : store_->list(QStringLiteral("abonnement"))) {
        bool wanted = false;
        for (const QJsonValue &k : a.body.value(QStringLiteral("kanalen")).toArray()) {
            const QJsonObject channel = k.toObject();
            if (channel.value(QStringLiteral("naam")).toString() != kanaal)
                continue;
            const QJsonObject filters = channel.value(QStringLiteral("filters")).toObject();
            bool match = true;
            for (auto f = filters.begin(); f != filters.end(); ++f)
                match = match && kenmerken.value(f.key()) == f.value();
            wanted = wanted || match;
        }
        if (!wanted)
            continue;
        QNetworkRequest request(QUrl(a.body.value(QStringLiteral("callbackUrl")).toString()));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        request.setRawHeader("Authorization", a.body.value(QStringLiteral("auth")).toString().toUtf8());
        request.setTransferTimeout(5000);
        QNetworkReply *reply = network_->post(request, json(message));
        connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    }
}

// ---- admin ----------------------------------------------------------------------------

QJsonObject ZgwSim::state() const
{
    QJsonArray zaken;
    for (const StoredResource &z : store_->list(QStringLiteral("zaak"))) {
        QJsonObject entry{{QStringLiteral("zaak"), zaakView(z)}};
        for (const auto &[kind, key] : QList<std::pair<QString, QString>>{{QStringLiteral("rol"), QStringLiteral("rollen")},
                                                                          {QStringLiteral("status"), QStringLiteral("statussen")},
                                                                          {QStringLiteral("resultaat"), QStringLiteral("resultaten")},
                                                                          {QStringLiteral("besluit"), QStringLiteral("besluiten")}}) {
            QJsonArray items;
            for (const StoredResource &r : store_->listForZaak(kind, z.uuid))
                items.append(r.body);
            entry.insert(key, items);
        }
        zaken.append(entry);
    }
    QJsonArray abonnementen;
    for (const StoredResource &a : store_->list(QStringLiteral("abonnement")))
        abonnementen.append(a.body);
    return QJsonObject{{QStringLiteral("zaken"), zaken},
                       {QStringLiteral("abonnementen"), abonnementen},
                       {QStringLiteral("zaaktype"), zaaktypeUrl()},
                       {QStringLiteral("besluittype"), besluittypeUrl()},
                       {QStringLiteral("faults"), QJsonObject{{QStringLiteral("failRate"), faults_.failRate},
                                                              {QStringLiteral("slowMs"), faults_.slowMs},
                                                              {QStringLiteral("rejectAll"), faults_.rejectAll},
                                                              {QStringLiteral("failAfterCommit"), faults_.failAfterCommit}}}};
}

HttpResponse ZgwSim::admin(const HttpRequest &request)
{
    const QString path = request.url.path();
    if (request.method == "GET" && path == QLatin1String("/admin/state"))
        return ok(state());
    if (request.method == "POST" && path == QLatin1String("/admin/faults")) {
        const QJsonObject o = QJsonDocument::fromJson(request.body).object();
        const double failRate = o.value(QStringLiteral("failRate")).toDouble(faults_.failRate);
        const int slowMs = o.value(QStringLiteral("slowMs")).toInt(faults_.slowMs);
        const int failAfterCommit = o.value(QStringLiteral("failAfterCommit")).toInt(faults_.failAfterCommit);
        if (failRate < 0 || failRate > 1 || slowMs < 0 || slowMs > 60000 || failAfterCommit < 0 || failAfterCommit > 1000)
            return invalid(QStringLiteral("faults"), QStringLiteral("invalid"), QStringLiteral("failRate 0..1, slowMs 0..60000, failAfterCommit 0..1000."));
        faults_.failRate = failRate;
        faults_.slowMs = slowMs;
        faults_.failAfterCommit = failAfterCommit;
        faults_.rejectAll = o.value(QStringLiteral("rejectAll")).toBool(faults_.rejectAll);
        return ok(state().value(QStringLiteral("faults")).toObject());
    }
    return problem(404, QStringLiteral("not_found"), QStringLiteral("Niet gevonden."), QStringLiteral("Onbekend admin-pad."));
}

} // namespace regie::zgwsim
