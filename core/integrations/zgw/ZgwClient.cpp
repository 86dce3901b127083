#include "integrations/zgw/ZgwClient.h"

#include "integrations/zgw/Problem.h"

#include <QtCore/QDateTime>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QPointer>
#include <QtCore/QTimer>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtNetwork/QNetworkRequest>

namespace regie::zgw {

namespace {

constexpr const char *kTimedOut = "regieTimedOut";
constexpr const char *kTooLarge = "regieTooLarge";
constexpr qsizetype kMaxItemsPerList = 10000;

Error makeError(ErrorKind kind, const QString &message, int httpStatus = 0)
{
    Error e;
    e.kind = kind;
    e.message = message;
    e.httpStatus = httpStatus;
    return e;
}

QString dateText(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

// ZGW date-times are ISO 8601 with an offset; always sending UTC avoids DST ambiguity.
QString dateTimeText(const QDateTime &dt)
{
    return dt.toUTC().toString(Qt::ISODate);
}

QUrl urlField(const QJsonObject &o, const char *name)
{
    return QUrl(o.value(QLatin1String(name)).toString(), QUrl::StrictMode);
}

QString stringField(const QJsonObject &o, const char *name)
{
    return o.value(QLatin1String(name)).toString();
}

} // namespace

// ---- parsers ------------------------------------------------------------------------------

std::optional<Zaak> parseZaak(const QJsonObject &o)
{
    Zaak z;
    z.url = urlField(o, "url");
    z.uuid = stringField(o, "uuid");
    z.identificatie = stringField(o, "identificatie");
    z.bronorganisatie = stringField(o, "bronorganisatie");
    z.zaaktype = urlField(o, "zaaktype");
    z.startdatum = QDate::fromString(stringField(o, "startdatum"), Qt::ISODate);
    const QString eind = stringField(o, "einddatum");
    if (!eind.isEmpty())
        z.einddatum = QDate::fromString(eind, Qt::ISODate);
    z.status = urlField(o, "status");
    z.resultaat = urlField(o, "resultaat");
    if (!z.url.isValid() || z.url.isEmpty() || z.identificatie.isEmpty())
        return std::nullopt;
    return z;
}

std::optional<StatusType> parseStatusType(const QJsonObject &o)
{
    StatusType t;
    t.url = urlField(o, "url");
    t.omschrijving = stringField(o, "omschrijving");
    const QJsonValue volgnummer = o.value(QStringLiteral("volgnummer"));
    t.volgnummer = volgnummer.toInt();
    t.isEindstatus = o.value(QStringLiteral("isEindstatus")).toBool();
    if (t.url.isEmpty() || !volgnummer.isDouble())
        return std::nullopt;
    return t;
}

std::optional<ResultaatType> parseResultaatType(const QJsonObject &o)
{
    ResultaatType t{urlField(o, "url"), stringField(o, "omschrijving")};
    if (t.url.isEmpty())
        return std::nullopt;
    return t;
}

std::optional<RolType> parseRolType(const QJsonObject &o)
{
    RolType t{urlField(o, "url"), stringField(o, "omschrijving"), stringField(o, "omschrijvingGeneriek")};
    if (t.url.isEmpty())
        return std::nullopt;
    return t;
}

std::optional<Rol> parseRol(const QJsonObject &o)
{
    Rol r;
    r.url = urlField(o, "url");
    r.zaak = urlField(o, "zaak");
    r.roltype = urlField(o, "roltype");
    r.betrokkeneType = stringField(o, "betrokkeneType");
    r.inpBsn = o.value(QStringLiteral("betrokkeneIdentificatie")).toObject().value(QStringLiteral("inpBsn")).toString();
    if (r.url.isEmpty() || r.zaak.isEmpty())
        return std::nullopt;
    return r;
}

std::optional<ZaakStatus> parseStatus(const QJsonObject &o)
{
    ZaakStatus s;
    s.url = urlField(o, "url");
    s.zaak = urlField(o, "zaak");
    s.statustype = urlField(o, "statustype");
    s.datumStatusGezet = QDateTime::fromString(stringField(o, "datumStatusGezet"), Qt::ISODateWithMs);
    if (s.url.isEmpty() || s.statustype.isEmpty())
        return std::nullopt;
    return s;
}

std::optional<ZaakResultaat> parseResultaat(const QJsonObject &o)
{
    ZaakResultaat r{urlField(o, "url"), urlField(o, "zaak"), urlField(o, "resultaattype"),
                    stringField(o, "toelichting")};
    if (r.url.isEmpty() || r.resultaattype.isEmpty())
        return std::nullopt;
    return r;
}

std::optional<Besluit> parseBesluit(const QJsonObject &o)
{
    Besluit b;
    b.url = urlField(o, "url");
    b.identificatie = stringField(o, "identificatie");
    b.besluittype = urlField(o, "besluittype");
    b.zaak = urlField(o, "zaak");
    b.datum = QDate::fromString(stringField(o, "datum"), Qt::ISODate);
    if (b.url.isEmpty())
        return std::nullopt;
    return b;
}

// ---- client -------------------------------------------------------------------------------

ZgwClient::ZgwClient(ZgwConfig config, QObject *parent)
    : QObject(parent), config_(std::move(config)), network_(new QNetworkAccessManager(this))
{
}

ZgwClient::~ZgwClient() = default;

void ZgwClient::setActingUser(const QString &userId, const QString &userRepresentation)
{
    config_.userId = userId;
    config_.userRepresentation = userRepresentation;
}

QByteArray ZgwClient::makeToken() const
{
    JwtClaims claims;
    claims.issuer = config_.clientId;
    claims.issuedAt = QDateTime::currentSecsSinceEpoch();
    claims.clientId = config_.clientId;
    claims.userId = config_.userId;
    claims.userRepresentation = config_.userRepresentation;
    return encodeJwt(claims, config_.secret);
}

QUrl ZgwClient::endpoint(const QUrl &base, const QString &path)
{
    QUrl url = base;
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + QLatin1Char('/') + path);
    return url;
}

bool ZgwClient::sameOrigin(const QUrl &a, const QUrl &b) const
{
    return a.scheme() == b.scheme() && a.host() == b.host() && a.port() == b.port();
}

void ZgwClient::send(const QByteArray &method, const QUrl &url, const QJsonObject &body, Crs crs,
                     int expectedStatus, Callback<QJsonObject> done)
{
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        done(Result<QJsonObject>::fail(makeError(ErrorKind::InvalidInput, QStringLiteral("invalid API URL"))));
        return;
    }
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", QByteArray("Bearer ") + makeToken());
    request.setRawHeader("Accept", "application/json");
    if (crs == Crs::Yes) {
        request.setRawHeader("Accept-Crs", "EPSG:4326");
        request.setRawHeader("Content-Crs", "EPSG:4326");
    }
    // A redirect could carry the bearer token to another host: treat it as an error.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QByteArray payload;
    if (method != "GET") {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
    QNetworkReply *reply = network_->sendCustomRequest(request, method, payload);

    const qint64 maxBytes = config_.maxResponseBytes;
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply, maxBytes](qint64 received, qint64 total) {
        if (received > maxBytes || total > maxBytes) {
            reply->setProperty(kTooLarge, true);
            reply->abort();
        }
    });
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, reply, [reply] {
        reply->setProperty(kTimedOut, true);
        reply->abort();
    });
    timer->start(config_.timeoutMs);
    connect(reply, &QNetworkReply::finished, this, [this, reply, expectedStatus, done] {
        finish(reply, expectedStatus, done);
    });
}

void ZgwClient::finish(QNetworkReply *reply, int expectedStatus, const Callback<QJsonObject> &done)
{
    reply->deleteLater();
    if (reply->property(kTimedOut).toBool()) {
        done(Result<QJsonObject>::fail(makeError(ErrorKind::Timeout, QStringLiteral("ZGW call timed out"))));
        return;
    }
    if (reply->property(kTooLarge).toBool()) {
        done(Result<QJsonObject>::fail(makeError(ErrorKind::TooLarge, QStringLiteral("ZGW answer too large"))));
        return;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0) {
        // Qt's error string names the URL only, which carries no personal data.
        done(Result<QJsonObject>::fail(makeError(ErrorKind::Network, reply->errorString())));
        return;
    }
    const QByteArray body = reply->readAll();
    if (body.size() > config_.maxResponseBytes) {
        done(Result<QJsonObject>::fail(makeError(ErrorKind::TooLarge, QStringLiteral("ZGW answer too large"))));
        return;
    }
    if (status != expectedStatus) {
        done(Result<QJsonObject>::fail(parseProblem(status, body)));
        return;
    }
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    // A bare array (Notificaties' abonnement list) is handed on as one page without a next.
    if (parseError.error == QJsonParseError::NoError && doc.isArray()) {
        done(Result<QJsonObject>::ok(QJsonObject{{QStringLiteral("results"), doc.array()}}));
        return;
    }
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        done(Result<QJsonObject>::fail(
            makeError(ErrorKind::BadResponse, QStringLiteral("ZGW answer is not a JSON object"), status)));
        return;
    }
    done(Result<QJsonObject>::ok(doc.object()));
}

Result<QJsonObject> ZgwClient::send(const QByteArray &method, const QUrl &url, const QJsonObject &body,
                                    Crs crs, int expectedStatus)
{
    return waitFor<QJsonObject>(
        [&](Callback<QJsonObject> cb) { send(method, url, body, crs, expectedStatus, std::move(cb)); });
}

// ---- paging -------------------------------------------------------------------------------

template <typename T>
void ZgwClient::fetchAll(const QUrl &firstPage, Crs crs, std::function<std::optional<T>(const QJsonObject &)> parse,
                         Callback<QList<T>> done)
{
    fetchPage<T>(firstPage, crs, 0, std::make_shared<QList<T>>(), std::move(parse), std::move(done));
}

template <typename T>
void ZgwClient::fetchPage(const QUrl &page, Crs crs, int pageIndex, std::shared_ptr<QList<T>> collected,
                          std::function<std::optional<T>(const QJsonObject &)> parse, Callback<QList<T>> done)
{
    QPointer<ZgwClient> self(this);
    send("GET", page, {}, crs, 200, [self, page, crs, pageIndex, collected, parse, done](Result<QJsonObject> r) {
        if (!r) {
            done(Result<QList<T>>::fail(r.error));
            return;
        }
        const QJsonArray results = r.value->value(QStringLiteral("results")).toArray();
        for (const QJsonValue &item : results) {
            const std::optional<T> parsed = parse(item.toObject());
            if (!parsed) {
                done(Result<QList<T>>::fail(makeError(ErrorKind::BadResponse, QStringLiteral("list item incomplete"))));
                return;
            }
            if (collected->size() >= kMaxItemsPerList) {
                done(Result<QList<T>>::fail(makeError(ErrorKind::TooLarge, QStringLiteral("list too long"))));
                return;
            }
            collected->append(*parsed);
        }
        const QString next = r.value->value(QStringLiteral("next")).toString();
        if (next.isEmpty()) {
            done(Result<QList<T>>::ok(*collected));
            return;
        }
        const QUrl nextUrl(next, QUrl::StrictMode);
        if (!self || pageIndex + 1 >= self->config_.maxPages || !self->sameOrigin(nextUrl, page)) {
            done(Result<QList<T>>::fail(
                makeError(ErrorKind::BadResponse, QStringLiteral("paging exceeded bound or left the API host"))));
            return;
        }
        self->fetchPage<T>(nextUrl, crs, pageIndex + 1, collected, parse, done);
    });
}

// ---- Catalogi -----------------------------------------------------------------------------

namespace {
QUrl listUrl(const QUrl &base, const QString &path, const QList<std::pair<QString, QString>> &query)
{
    QUrl url = ZgwClient::endpoint(base, path);
    QByteArray q;
    for (const auto &[key, value] : query) {
        if (!q.isEmpty())
            q += '&';
        q += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    url.setQuery(QString::fromLatin1(q), QUrl::StrictMode);
    return url;
}
} // namespace

void ZgwClient::listStatusTypen(const QUrl &zaaktype, Callback<QList<StatusType>> done)
{
    fetchAll<StatusType>(listUrl(config_.catalogiBase, QStringLiteral("statustypen"),
                                 {{QStringLiteral("zaaktype"), zaaktype.toString(QUrl::FullyEncoded)}}),
                         Crs::No, parseStatusType, std::move(done));
}

void ZgwClient::listResultaatTypen(const QUrl &zaaktype, Callback<QList<ResultaatType>> done)
{
    fetchAll<ResultaatType>(listUrl(config_.catalogiBase, QStringLiteral("resultaattypen"),
                                    {{QStringLiteral("zaaktype"), zaaktype.toString(QUrl::FullyEncoded)}}),
                            Crs::No, parseResultaatType, std::move(done));
}

void ZgwClient::listRolTypen(const QUrl &zaaktype, Callback<QList<RolType>> done)
{
    fetchAll<RolType>(listUrl(config_.catalogiBase, QStringLiteral("roltypen"),
                              {{QStringLiteral("zaaktype"), zaaktype.toString(QUrl::FullyEncoded)}}),
                      Crs::No, parseRolType, std::move(done));
}

Result<QList<StatusType>> ZgwClient::listStatusTypen(const QUrl &zaaktype)
{
    return waitFor<QList<StatusType>>([&](auto cb) { listStatusTypen(zaaktype, std::move(cb)); });
}

Result<QList<ResultaatType>> ZgwClient::listResultaatTypen(const QUrl &zaaktype)
{
    return waitFor<QList<ResultaatType>>([&](auto cb) { listResultaatTypen(zaaktype, std::move(cb)); });
}

Result<QList<RolType>> ZgwClient::listRolTypen(const QUrl &zaaktype)
{
    return waitFor<QList<RolType>>([&](auto cb) { listRolTypen(zaaktype, std::move(cb)); });
}

// ---- Zaken --------------------------------------------------------------------------------

namespace {

template <typename T>
Callback<QJsonObject> parsed(std::optional<T> (*parse)(const QJsonObject &), Callback<T> done)
{
    return [parse, done](Result<QJsonObject> r) {
        if (!r) {
            done(Result<T>::fail(r.error));
            return;
        }
        std::optional<T> value = parse(*r.value);
        if (!value) {
            done(Result<T>::fail(makeError(ErrorKind::BadResponse, QStringLiteral("resource incomplete"))));
            return;
        }
        done(Result<T>::ok(std::move(*value)));
    };
}

Error checkNewZaak(const NewZaak &z)
{
    auto bad = [](const QString &what) { return makeError(ErrorKind::InvalidInput, what); };
    if (z.identificatie.isEmpty() || z.identificatie.size() > 40)
        return bad(QStringLiteral("identificatie must be 1..40 characters"));
    if (z.bronorganisatie.size() != 9 || z.verantwoordelijkeOrganisatie.size() != 9)
        return bad(QStringLiteral("RSIN must be 9 digits"));
    if (z.omschrijving.size() > 80 || z.toelichting.size() > 1000)
        return bad(QStringLiteral("omschrijving/toelichting too long"));
    if (!z.startdatum.isValid() || !z.zaaktype.isValid())
        return bad(QStringLiteral("startdatum or zaaktype missing"));
    return {};
}

} // namespace

void ZgwClient::findZaak(const QString &bronorganisatie, const QString &identificatie,
                         Callback<std::optional<Zaak>> done)
{
    const QUrl url = listUrl(config_.zakenBase, QStringLiteral("zaken"),
                             {{QStringLiteral("bronorganisatie"), bronorganisatie},
                              {QStringLiteral("identificatie"), identificatie}});
    fetchAll<Zaak>(url, Crs::Yes, parseZaak, [done](Result<QList<Zaak>> r) {
        if (!r) {
            done(Result<std::optional<Zaak>>::fail(r.error));
            return;
        }
        if (r.value->size() > 1) {
            done(Result<std::optional<Zaak>>::fail(
                makeError(ErrorKind::Conflict, QStringLiteral("identificatie is not unique in the zaaksysteem"))));
            return;
        }
        done(Result<std::optional<Zaak>>::ok(r.value->isEmpty() ? std::nullopt
                                                                : std::optional<Zaak>(r.value->first())));
    });
}

void ZgwClient::getZaak(const QUrl &zaak, Callback<Zaak> done)
{
    send("GET", zaak, {}, Crs::Yes, 200, parsed<Zaak>(parseZaak, std::move(done)));
}

void ZgwClient::createZaak(const NewZaak &z, Callback<Zaak> done)
{
    if (const Error e = checkNewZaak(z); e.isError()) {
        done(Result<Zaak>::fail(e));
        return;
    }
    QJsonObject body{{QStringLiteral("identificatie"), z.identificatie},
                     {QStringLiteral("bronorganisatie"), z.bronorganisatie},
                     {QStringLiteral("verantwoordelijkeOrganisatie"), z.verantwoordelijkeOrganisatie},
                     {QStringLiteral("zaaktype"), z.zaaktype.toString(QUrl::FullyEncoded)},
                     {QStringLiteral("startdatum"), dateText(z.startdatum)},
                     {QStringLiteral("omschrijving"), z.omschrijving},
                     {QStringLiteral("toelichting"), z.toelichting}};
    send("POST", endpoint(config_.zakenBase, QStringLiteral("zaken")), body, Crs::Yes, 201,
         parsed<Zaak>(parseZaak, std::move(done)));
}

void ZgwClient::listRollen(const QUrl &zaak, Callback<QList<Rol>> done)
{
    fetchAll<Rol>(listUrl(config_.zakenBase, QStringLiteral("rollen"),
                          {{QStringLiteral("zaak"), zaak.toString(QUrl::FullyEncoded)}}),
                  Crs::No, parseRol, std::move(done));
}

void ZgwClient::createRol(const NewRolNatuurlijkPersoon &rol, Callback<Rol> done)
{
    if (rol.inpBsn.size() != 9 || rol.roltoelichting.size() > 1000 || rol.roltype.isEmpty()) {
        done(Result<Rol>::fail(makeError(ErrorKind::InvalidInput, QStringLiteral("rol incomplete"))));
        return;
    }
    QJsonObject body{{QStringLiteral("zaak"), rol.zaak.toString(QUrl::FullyEncoded)},
                     {QStringLiteral("betrokkeneType"), QStringLiteral("natuurlijk_persoon")},
                     {QStringLiteral("roltype"), rol.roltype.toString(QUrl::FullyEncoded)},
                     {QStringLiteral("roltoelichting"), rol.roltoelichting},
                     {QStringLiteral("betrokkeneIdentificatie"),
                      QJsonObject{{QStringLiteral("inpBsn"), rol.inpBsn}}}};
    send("POST", endpoint(config_.zakenBase, QStringLiteral("rollen")), body, Crs::No, 201,
         parsed<Rol>(parseRol, std::move(done)));
}

void ZgwClient::listStatussen(const QUrl &zaak, Callback<QList<ZaakStatus>> done)
{
    fetchAll<ZaakStatus>(listUrl(config_.zakenBase, QStringLiteral("statussen"),
                                 {{QStringLiteral("zaak"), zaak.toString(QUrl::FullyEncoded)}}),
                         Crs::No, parseStatus, std::move(done));
}

void ZgwClient::createStatus(const QUrl &zaak, const QUrl &statustype, const QDateTime &gezet,
                             const QString &toelichting, Callback<ZaakStatus> done)
{
    QJsonObject body{{QStringLiteral("zaak"), zaak.toString(QUrl::FullyEncoded)},
                     {QStringLiteral("statustype"), statustype.toString(QUrl::FullyEncoded)},
                     {QStringLiteral("datumStatusGezet"), dateTimeText(gezet)}};
    if (!toelichting.isEmpty())
        body.insert(QStringLiteral("statustoelichting"), toelichting.left(1000));
    send("POST", endpoint(config_.zakenBase, QStringLiteral("statussen")), body, Crs::No, 201,
         parsed<ZaakStatus>(parseStatus, std::move(done)));
}

void ZgwClient::listResultaten(const QUrl &zaak, Callback<QList<ZaakResultaat>> done)
{
    fetchAll<ZaakResultaat>(listUrl(config_.zakenBase, QStringLiteral("resultaten"),
                                    {{QStringLiteral("zaak"), zaak.toString(QUrl::FullyEncoded)}}),
                            Crs::No, parseResultaat, std::move(done));
}

void ZgwClient::createResultaat(const QUrl &zaak, const QUrl &resultaattype, const QString &toelichting,
                                Callback<ZaakResultaat> done)
{
    QJsonObject body{{QStringLiteral("zaak"), zaak.toString(QUrl::FullyEncoded)},
                     {QStringLiteral("resultaattype"), resultaattype.toString(QUrl::FullyEncoded)},
                     {QStringLiteral("toelichting"), toelichting.left(1000)}};
    send("POST", endpoint(config_.zakenBase, QStringLiteral("resultaten")), body, Crs::No, 201,
         parsed<ZaakResultaat>(parseResultaat, std::move(done)));
}

Result<std::optional<Zaak>> ZgwClient::findZaak(const QString &bronorganisatie, const QString &identificatie)
{
    return waitFor<std::optional<Zaak>>([&](auto cb) { findZaak(bronorganisatie, identificatie, std::move(cb)); });
}

Result<Zaak> ZgwClient::getZaak(const QUrl &zaak)
{
    return waitFor<Zaak>([&](auto cb) { getZaak(zaak, std::move(cb)); });
}

Result<Zaak> ZgwClient::createZaak(const NewZaak &zaak)
{
    return waitFor<Zaak>([&](auto cb) { createZaak(zaak, std::move(cb)); });
}

Result<QList<Rol>> ZgwClient::listRollen(const QUrl &zaak)
{
    return waitFor<QList<Rol>>([&](auto cb) { listRollen(zaak, std::move(cb)); });
}

Result<Rol> ZgwClient::createRol(const NewRolNatuurlijkPersoon &rol)
{
    return waitFor<Rol>([&](auto cb) { createRol(rol, std::move(cb)); });
}

Result<QList<ZaakStatus>> ZgwClient::listStatussen(const QUrl &zaak)
{
    return waitFor<QList<ZaakStatus>>([&](auto cb) { listStatussen(zaak, std::move(cb)); });
}

Result<ZaakStatus> ZgwClient::createStatus(const QUrl &zaak, const QUrl &statustype, const QDateTime &gezet,
                                           const QString &toelichting)
{
    return waitFor<ZaakStatus>([&](auto cb) { createStatus(zaak, statustype, gezet, toelichting, std::move(cb)); });
}

Result<QList<ZaakResultaat>> ZgwClient::listResultaten(const QUrl &zaak)
{
    return waitFor<QList<ZaakResultaat>>([&](auto cb) { listResultaten(zaak, std::move(cb)); });
}

Result<ZaakResultaat> ZgwClient::createResultaat(const QUrl &zaak, const QUrl &resultaattype,
                                                 const QString &toelichting)
{
    return waitFor<ZaakResultaat>([&](auto cb) { createResultaat(zaak, resultaattype, toelichting, std::move(cb)); });
}

// ---- Besluiten ----------------------------------------------------------------------------

void ZgwClient::findBesluit(const QString &verantwoordelijkeOrganisatie, const QString &identificatie,
                            Callback<std::optional<Besluit>> done)
{
    const QUrl url = listUrl(config_.besluitenBase, QStringLiteral("besluiten"),
                             {{QStringLiteral("verantwoordelijkeOrganisatie"), verantwoordelijkeOrganisatie},
                              {QStringLiteral("identificatie"), identificatie}});
    fetchAll<Besluit>(url, Crs::No, parseBesluit, [done](Result<QList<Besluit>> r) {
        if (!r) {
            done(Result<std::optional<Besluit>>::fail(r.error));
            return;
        }
        done(Result<std::optional<Besluit>>::ok(r.value->isEmpty() ? std::nullopt
                                                                   : std::optional<Besluit>(r.value->first())));
    });
}

void ZgwClient::createBesluit(const NewBesluit &b, Callback<Besluit> done)
{
    QJsonObject body{{QStringLiteral("identificatie"), b.identificatie},
                     {QStringLiteral("verantwoordelijkeOrganisatie"), b.verantwoordelijkeOrganisatie},
                     {QStringLiteral("besluittype"), b.besluittype.toString(QUrl::FullyEncoded)},
                     {QStringLiteral("zaak"), b.zaak.toString(QUrl::FullyEncoded)},
                     {QStringLiteral("datum"), dateText(b.datum)},
                     {QStringLiteral("ingangsdatum"), dateText(b.ingangsdatum)},
                     {QStringLiteral("toelichting"), b.toelichting}};
    send("POST", endpoint(config_.besluitenBase, QStringLiteral("besluiten")), body, Crs::No, 201,
         parsed<Besluit>(parseBesluit, std::move(done)));
}

Result<std::optional<Besluit>> ZgwClient::findBesluit(const QString &verantwoordelijkeOrganisatie,
                                                      const QString &identificatie)
{
    return waitFor<std::optional<Besluit>>(
        [&](auto cb) { findBesluit(verantwoordelijkeOrganisatie, identificatie, std::move(cb)); });
}

Result<Besluit> ZgwClient::createBesluit(const NewBesluit &besluit)
{
    return waitFor<Besluit>([&](auto cb) { createBesluit(besluit, std::move(cb)); });
}

// ---- Notificaties -------------------------------------------------------------------------

void ZgwClient::createAbonnement(const AbonnementRequest &request, Callback<Abonnement> done)
{
    if (const Error e = validateAbonnement(request); e.isError()) {
        done(Result<Abonnement>::fail(e));
        return;
    }
    send("POST", endpoint(config_.notificatiesBase, QStringLiteral("abonnement")), abonnementJson(request),
         Crs::No, 201, [done](Result<QJsonObject> r) {
             if (!r) {
                 done(Result<Abonnement>::fail(r.error));
                 return;
             }
             Abonnement a{urlField(*r.value, "url"), urlField(*r.value, "callbackUrl"), {}, {}};
             if (a.url.isEmpty()) {
                 done(Result<Abonnement>::fail(makeError(ErrorKind::BadResponse, QStringLiteral("abonnement without url"))));
                 return;
             }
             done(Result<Abonnement>::ok(a));
         });
}

Result<Abonnement> ZgwClient::createAbonnement(const AbonnementRequest &request)
{
    return waitFor<Abonnement>([&](auto cb) { createAbonnement(request, std::move(cb)); });
}

std::optional<Abonnement> parseAbonnement(const QJsonObject &o)
{
    Abonnement a{urlField(o, "url"), urlField(o, "callbackUrl"), stringField(o, "auth"), {}};
    if (a.url.isEmpty() || a.callbackUrl.isEmpty())
        return std::nullopt;
    for (const QJsonValue &k : o.value(QStringLiteral("kanalen")).toArray())
        a.kanalen.append(k.toObject().value(QStringLiteral("naam")).toString());
    return a;
}

void ZgwClient::listAbonnementen(Callback<QList<Abonnement>> done)
{
    fetchAll<Abonnement>(endpoint(config_.notificatiesBase, QStringLiteral("abonnement")), Crs::No, parseAbonnement,
                         std::move(done));
}

Result<QList<Abonnement>> ZgwClient::listAbonnementen()
{
    return waitFor<QList<Abonnement>>([&](auto cb) { listAbonnementen(std::move(cb)); });
}

} // namespace regie::zgw
