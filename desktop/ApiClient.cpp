#include "ApiClient.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonDocument>
#include <QtCore/QTimer>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtNetwork/QNetworkRequest>

namespace regie::desk {

namespace {

QDateTime parseTime(const QJsonValue &v)
{
    return v.isString() ? QDateTime::fromString(v.toString(), Qt::ISODateWithMs) : QDateTime();
}

} // namespace

QString ApiProblem::melding() const
{
    QString basis;
    switch (status) {
    case 0:
        basis = QCoreApplication::translate("ApiClient", "De server is niet bereikbaar. Controleer het adres en de verbinding.");
        break;
    case 400:
        basis = QCoreApplication::translate("ApiClient", "Niet alle gegevens kloppen.");
        break;
    case 401:
        basis = QCoreApplication::translate("ApiClient", "U bent niet (meer) ingelogd.");
        break;
    case 403:
        basis = QCoreApplication::translate("ApiClient", "Dit mag u niet doen met uw rol.");
        break;
    case 404:
        basis = QCoreApplication::translate("ApiClient", "Dit bestaat niet, of u heeft er geen toegang toe.");
        break;
    case 409:
        basis = QCoreApplication::translate("ApiClient", "Iemand anders heeft dit net veranderd.");
        break;
    case 423:
        basis = QCoreApplication::translate("ApiClient", "Uw account is tijdelijk geblokkeerd.");
        break;
    case 429:
        basis = QCoreApplication::translate("ApiClient", "Te veel pogingen. Wacht even.");
        break;
    default:
        basis = status >= 500 ? QCoreApplication::translate("ApiClient", "Er ging iets mis op de server. Probeer het later opnieuw.")
                              : QCoreApplication::translate("ApiClient", "Er ging iets mis.");
    }
    QStringList delen{basis};
    if (!detail.isEmpty())
        delen.append(detail);
    for (const VeldFout &v : velden) {
        if (v.reden != detail)
            delen.append(v.reden);
    }
    return delen.join(u' ');
}

VerzoekRegel VerzoekRegel::fromJson(const QJsonObject &o)
{
    VerzoekRegel r;
    r.id = o.value(QStringLiteral("id")).toString();
    r.inwoner = o.value(QStringLiteral("inwoner")).toString();
    r.inwonerNaam = o.value(QStringLiteral("inwonerNaam")).toString();
    r.reserveringId = o.value(QStringLiteral("reserveringId")).toInteger();
    r.reserveringNaam = o.value(QStringLiteral("reserveringNaam")).toString();
    r.bedrag = Money::fromCents(o.value(QStringLiteral("bedragCents")).toInteger());
    r.status = o.value(QStringLiteral("status")).toString();
    r.uitkomst = o.value(QStringLiteral("uitkomst")).toString();
    r.verstuurd = parseTime(o.value(QStringLiteral("verstuurd")));
    r.wachtMinuten = o.value(QStringLiteral("wachtMinuten")).toInteger();
    r.doelUren = o.value(QStringLiteral("doelUren")).toInt(48);
    r.vierOgen = o.value(QStringLiteral("vierOgen")).toBool();
    r.gesignaleerd = o.value(QStringLiteral("gesignaleerd")).toBool();
    if (o.value(QStringLiteral("eersteAkkoordDoor")).isDouble())
        r.eersteAkkoordDoor = o.value(QStringLiteral("eersteAkkoordDoor")).toInteger();
    r.eersteAkkoordNaam = o.value(QStringLiteral("eersteAkkoordNaam")).toString();
    return r;
}

RedenKeuze RedenKeuze::fromJson(const QJsonObject &o)
{
    return RedenKeuze{o.value(QStringLiteral("code")).toString(), o.value(QStringLiteral("soort")).toString(),
                      o.value(QStringLiteral("tekstB1")).toString(), o.value(QStringLiteral("tekstMedewerker")).toString()};
}

ApiClient::ApiClient(QObject *parent) : QObject(parent), nam_(new QNetworkAccessManager(this)) {}

void ApiClient::setServer(const QUrl &base) { base_ = base.adjusted(QUrl::StripTrailingSlash); }

ApiResult ApiClient::toResult(QNetworkReply *reply)
{
    ApiResult r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.raw = reply->read(kMaxAnswerBytes);
    const QJsonDocument doc = QJsonDocument::fromJson(r.raw);
    if (doc.isObject())
        r.body = doc.object();
    if (r.status >= 200 && r.status < 300)
        return r;
    ApiProblem p;
    p.status = r.status;
    p.titel = r.body.value(QStringLiteral("title")).toString();
    p.detail = r.body.value(QStringLiteral("detail")).toString();
    for (const QJsonValue &v : r.body.value(QStringLiteral("invalidParams")).toArray())
        p.velden.append({v.toObject().value(QStringLiteral("name")).toString(), v.toObject().value(QStringLiteral("reason")).toString()});
    r.problem = p;
    return r;
}

void ApiClient::perform(const QByteArray &method, const QString &path, const QUrlQuery &query,
                        const std::optional<QJsonObject> &body, Callback done, bool mayRefresh)
{
    QUrl url = base_;
    url.setPath(base_.path() + QStringLiteral("/api/v1") + path);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setTransferTimeout(kTimeoutMs);
    request.setRawHeader("Accept", "application/json, application/problem+json");
    if (!accessToken_.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + accessToken_.toLatin1());
    QByteArray payload;
    if (body) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        payload = QJsonDocument(*body).toJson(QJsonDocument::Compact);
    }
    QNetworkReply *reply = nam_->sendCustomRequest(request, method, payload);
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, method, path, query, body, done = std::move(done), mayRefresh]() mutable {
                reply->deleteLater();
                const ApiResult result = toResult(reply);
                // An expired access token: refresh once and repeat the same call.
                if (result.status == 401 && mayRefresh && !refreshToken_.isEmpty()) {
                    refreshThen([this, method, path, query, body, done = std::move(done)](bool refreshed) mutable {
                        if (refreshed)
                            perform(method, path, query, body, std::move(done), false);
                        else if (done)
                            done(ApiResult{401, {}, {}, ApiProblem{401, {}, QCoreApplication::translate("ApiClient", "Log opnieuw in."), {}}});
                    });
                    return;
                }
                if (done)
                    done(result);
            });
}

void ApiClient::send(const QByteArray &method, const QString &path, const QUrlQuery &query,
                     const std::optional<QJsonObject> &body, Callback done)
{
    perform(method, path, query, body, std::move(done), true);
}

void ApiClient::get(const QString &path, const QUrlQuery &query, Callback done)
{
    send(QByteArrayLiteral("GET"), path, query, std::nullopt, std::move(done));
}

void ApiClient::post(const QString &path, const QJsonObject &body, Callback done)
{
    send(QByteArrayLiteral("POST"), path, {}, body, std::move(done));
}

void ApiClient::acceptTokens(const QJsonObject &body)
{
    accessToken_ = body.value(QStringLiteral("accessToken")).toString();
    refreshToken_ = body.value(QStringLiteral("refreshToken")).toString();
    const QJsonObject g = body.value(QStringLiteral("gebruiker")).toObject();
    gebruiker_ = Gebruiker{g.value(QStringLiteral("id")).toInteger(), g.value(QStringLiteral("displayName")).toString(),
                           g.value(QStringLiteral("rol")).toString(), g.value(QStringLiteral("teamId")).toInteger()};
    Q_EMIT refreshTokenChanged(username_, refreshToken_);
}

void ApiClient::login(const QString &username, const QString &password, const QString &totp, Callback done)
{
    username_ = username;
    accessToken_.clear();
    const QJsonObject body{{QStringLiteral("username"), username}, {QStringLiteral("password"), password},
                           {QStringLiteral("totp"), totp}};
    perform(QByteArrayLiteral("POST"), QStringLiteral("/sessies"), {}, body,
            [this, done = std::move(done)](const ApiResult &r) {
                if (r.ok())
                    acceptTokens(r.body);
                if (done)
                    done(r);
            },
            false);
}

void ApiClient::resume(const QString &refreshToken, Callback done)
{
    refreshToken_ = refreshToken;
    refreshThen([this, done = std::move(done)](bool ok) {
        if (done)
            done(ok ? ApiResult{200, {}, {}, std::nullopt}
                    : ApiResult{401, {}, {}, ApiProblem{401, {}, QCoreApplication::translate("ApiClient", "Log opnieuw in."), {}}});
    });
}

// One refresh at a time: calls that hit a 401 meanwhile wait for the same outcome, because
// a refresh token works once (rotation) and a second use would end the session.
void ApiClient::refreshThen(std::function<void(bool)> next)
{
    waitingForRefresh_.append(std::move(next));
    if (refreshing_)
        return;
    refreshing_ = true;
    accessToken_.clear();
    perform(QByteArrayLiteral("POST"), QStringLiteral("/sessies/vernieuwen"), {},
            QJsonObject{{QStringLiteral("refreshToken"), refreshToken_}},
            [this](const ApiResult &r) {
                refreshing_ = false;
                if (r.ok()) {
                    acceptTokens(r.body);
                } else {
                    refreshToken_.clear();
                    Q_EMIT refreshTokenChanged(username_, QString());
                    Q_EMIT sessionEnded(r.problem->melding());
                }
                const auto waiting = std::exchange(waitingForRefresh_, {});
                for (const auto &w : waiting)
                    w(r.ok());
            },
            false);
}

void ApiClient::logout(Callback done)
{
    perform(QByteArrayLiteral("DELETE"), QStringLiteral("/sessies"), {}, std::nullopt,
            [this, done = std::move(done)](const ApiResult &r) {
                accessToken_.clear();
                refreshToken_.clear();
                Q_EMIT refreshTokenChanged(username_, QString());
                if (done)
                    done(r);
            },
            false);
}

void ApiClient::werkvoorraad(const QUrlQuery &filter,
                             std::function<void(QList<VerzoekRegel>, std::optional<ApiProblem>)> done)
{
    werkvoorraadPage(filter, 1, {}, std::move(done));
}

void ApiClient::werkvoorraadPage(QUrlQuery filter, int page, QList<VerzoekRegel> soFar,
                                 std::function<void(QList<VerzoekRegel>, std::optional<ApiProblem>)> done)
{
    QUrlQuery query = filter;
    query.addQueryItem(QStringLiteral("page"), QString::number(page));
    query.addQueryItem(QStringLiteral("pageSize"), QString::number(kWerkvoorraadPageSize));
    get(QStringLiteral("/verzoeken"), query,
        [this, filter, page, soFar = std::move(soFar), done = std::move(done)](const ApiResult &r) mutable {
            if (!r.ok()) {
                done(std::move(soFar), r.problem);
                return;
            }
            for (const QJsonValue &v : r.body.value(QStringLiteral("data")).toArray())
                soFar.append(VerzoekRegel::fromJson(v.toObject()));
            const int paginas = r.body.value(QStringLiteral("paginas")).toInt(1);
            if (page < paginas && soFar.size() < kMaxWerkvoorraadRows)
                werkvoorraadPage(filter, page + 1, std::move(soFar), std::move(done));
            else
                done(std::move(soFar), std::nullopt);
        });
}

void ApiClient::redenen(std::function<void(QList<RedenKeuze>, std::optional<ApiProblem>)> done)
{
    get(QStringLiteral("/redenen"), {}, [done = std::move(done)](const ApiResult &r) {
        QList<RedenKeuze> out;
        for (const QJsonValue &v : r.body.value(QStringLiteral("data")).toArray())
            out.append(RedenKeuze::fromJson(v.toObject()));
        done(out, r.problem);
    });
}

} // namespace regie::desk
