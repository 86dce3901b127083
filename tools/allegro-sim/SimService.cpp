#include "SimService.h"

#include "money/Bsn.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QUuid>

namespace regie::allegrosim {
namespace {

constexpr qsizetype kMaxAdminBody = 64 * 1024;

HttpResponse json(int status, const QJsonValue &value)
{
    const QByteArray body = value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                            : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    return HttpResponse{status, "application/json", body, false, 0};
}

HttpResponse jsonError(int status, const QString &message)
{
    return json(status, QJsonObject{{QStringLiteral("error"), message}});
}

bool validRate(const QJsonValue &v) { return v.isDouble() && v.toDouble() >= 0.0 && v.toDouble() <= 1.0; }

const QString kSessionFault = QStringLiteral("EROSessionNotFound: Session could not be found");

} // namespace

HttpResponse soapFault(const QString &code, const QString &text)
{
    return HttpResponse{500, "text/xml; charset=utf-8", writeFault(code, text), false, 0};
}

QJsonObject FaultSwitches::toJson() const
{
    return {{QStringLiteral("slowMs"), slowMs}, {QStringLiteral("failRate"), failRate},
            {QStringLiteral("soapFaultRate"), soapFaultRate}, {QStringLiteral("dropRate"), dropRate},
            {QStringLiteral("down"), down}};
}

bool FaultSwitches::apply(const QJsonObject &j, QString *error)
{
    FaultSwitches next = *this;
    for (auto it = j.begin(); it != j.end(); ++it) {
        const QString key = it.key();
        const QJsonValue v = it.value();
        if (key == u"slowMs" && v.isDouble() && v.toDouble() >= 0 && v.toDouble() <= 600'000)
            next.slowMs = v.toInt();
        else if (key == u"failRate" && validRate(v))
            next.failRate = v.toDouble();
        else if (key == u"soapFaultRate" && validRate(v))
            next.soapFaultRate = v.toDouble();
        else if (key == u"dropRate" && validRate(v))
            next.dropRate = v.toDouble();
        else if (key == u"down" && v.isBool())
            next.down = v.toBool();
        else {
            *error = QStringLiteral("invalid field or value: %1 (rates 0..1, slowMs 0..600000, down bool)").arg(key);
            return false;
        }
    }
    *this = next;
    return true;
}

SimService::SimService(SimStore &store, FaultSwitches faults, Credentials credentials, quint32 seed)
    : store_(store), faults_(faults), credentials_(std::move(credentials)), random_(seed)
{
    registerOperations();
}

template <class Req, class Resp, class F>
void SimService::on(const Operation<Req, Resp> &op, bool needsSession, F handler)
{
    handlers_.insert(op.name.requestElement(), [this, op, needsSession, handler](const SoapMessage &m) {
        if (needsSession && !touchSession(m.sessionId))
            return soapFault(QStringLiteral("SOAP-ENV:Server"), kSessionFault);
        auto request = readRequest<Req>(m, op.name);
        if (!request.ok())
            return soapFault(QStringLiteral("SOAP-ENV:Client"), request.error.message);
        Outcome<Resp> out = handler(*request.value, m.sessionId);
        if (!out.value)
            return soapFault(QStringLiteral("SOAP-ENV:Server"), out.fault);
        return HttpResponse{200, "text/xml; charset=utf-8", writeResponse(op.name, *out.value, m.sessionId), false, 0};
    });
}

LoginResponse SimService::loginResponse(const QString &session, qint32 relatieCode, const QString &userId)
{
    LoginResponse r;
    r.Result = true;
    r.aUserInfo.SessionID = session;
    r.aUserInfo.UserID = userId;
    r.aUserInfo.RelatieCode = relatieCode;
    r.aUserInfo.Naam = QStringLiteral("Regie koppeling");
    r.aUserInfo.LaatsteLogin = QDateTime::currentDateTime();
    return r;
}

void SimService::registerOperations()
{
    using namespace regie::allegro::ops;
    on(kLoginTijdelijk, false, [this](const NoParameters &, const QString &) {
        return Outcome<LoginResponse>::ok(loginResponse(newSession(), 0, QStringLiteral("AnonymousLoginNA")));
    });
    on(kLogin, false, [this](const AllegroWebLoginRequest &r, const QString &) {
        if (credentials_.username.isEmpty() || r.aUsername != credentials_.username || r.aPassword != credentials_.password)
            return Outcome<LoginResponse>::ok(LoginResponse{}); // Result=false, as Allegro does
        return Outcome<LoginResponse>::ok(loginResponse(newSession(), 0, r.aUsername));
    });
    on(kBSNNaarRelatieMetBedrijf, true, [this](const BSNRequest &r, const QString &) {
        const auto bsn = Bsn::parse(r.BSN);
        if (!bsn)
            return Outcome<RelatiecodesResponse>::refuse(QStringLiteral("BSN is ongeldig"));
        return Outcome<RelatiecodesResponse>::ok({store_.relatiesVoorBsn(bsn->digits()), 0, {}});
    });
    on(kAllegroWebMagAanmelden, true, [this](const RelatieCodeRequest &r, const QString &session) {
        if (!store_.relatieExists(r.aRelatieCode))
            return Outcome<LoginResponse>::ok(LoginResponse{});
        return Outcome<LoginResponse>::ok(loginResponse(session, r.aRelatieCode, QString::number(r.aRelatieCode)));
    });
    on(kGetBBROverzicht, true, [this](const RelatieCodeRequest &r, const QString &) {
        return Outcome<BBROverzichtResponse>::ok({store_.bbrHeaders(r.aRelatieCode), 0, {}});
    });
    on(kGetPLOverzicht, true, [this](const RelatieCodeRequest &r, const QString &) {
        return Outcome<PLOverzichtResponse>::ok({store_.plHeaders(r.aRelatieCode)});
    });
    on(kGetPL, true, [this](const PLRequest &r, const QString &) {
        auto pl = store_.pl(r.aHeader.RelatieCode, r.aHeader.Volgnummer);
        if (!pl)
            return Outcome<PLResponse>::refuse(QStringLiteral("Lening niet gevonden"));
        return Outcome<PLResponse>::ok({*pl});
    });
    on(kGetBerichten, true, [this](const BerichtenRequest &r, const QString &) {
        return Outcome<BerichtenResponse>::ok({store_.berichten(r.Relatiecode, r.DatumVan, r.DatumTotEnMet), 0, {}});
    });
    // ---- assumed operations (see AssumedOperations.h) ----
    on(assumed::kGetOpdrachten, true, [this](const RelatieCodeRequest &r, const QString &) {
        return Outcome<OpdrachtenResponse>::ok({store_.opdrachten(r.aRelatieCode)});
    });
    on(assumed::kGetAfschriften, true, [this](const AfschriftenRequest &r, const QString &) {
        if (!store_.relatieExists(r.aRelatieCode))
            return Outcome<AfschriftenResponse>::refuse(QStringLiteral("Relatie bestaat niet"));
        return Outcome<AfschriftenResponse>::ok(store_.afschriften(r.aRelatieCode, r.aVanafDatum));
    });
    on(assumed::kGetSaldoReserveringen, true, [this](const RelatieCodeRequest &r, const QString &) {
        return Outcome<SaldoReserveringenResponse>::ok({store_.saldoReserveringen(r.aRelatieCode)});
    });
    on(assumed::kGetRelatie, true, [this](const RelatieCodeRequest &r, const QString &) {
        auto relatie = store_.relatie(r.aRelatieCode);
        if (!relatie)
            return Outcome<RelatieResponse>::refuse(QStringLiteral("Relatie bestaat niet"));
        return Outcome<RelatieResponse>::ok({*relatie});
    });
    on(assumed::kGetRekeningnummers, true, [this](const RelatieCodeRequest &r, const QString &) {
        if (!store_.relatieExists(r.aRelatieCode))
            return Outcome<RekeningnummersResponse>::refuse(QStringLiteral("Relatie bestaat niet"));
        return Outcome<RekeningnummersResponse>::ok(store_.rekeningnummers(r.aRelatieCode));
    });
    on(assumed::kMaakEenmaligeOpdracht, true, [this](const EenmaligeOpdrachtRequest &r, const QString &) {
        auto out = store_.maakEenmaligeOpdracht(r);
        if (!out.value)
            return Outcome<EenmaligeOpdrachtResponse>::refuse(out.fault);
        return Outcome<EenmaligeOpdrachtResponse>::ok({*out.value});
    });
    on(assumed::kAnnuleerEenmaligeOpdracht, true, [this](const AnnuleerOpdrachtRequest &r, const QString &) {
        return store_.annuleerEenmaligeOpdracht(r);
    });
    on(assumed::kStuurBericht, true, [this](const StuurBerichtRequest &r, const QString &) {
        auto out = store_.stuurBericht(r);
        if (!out.value)
            return Outcome<StuurBerichtResponse>::refuse(out.fault);
        return Outcome<StuurBerichtResponse>::ok({*out.value});
    });
}

HttpResponse SimService::handle(const HttpRequest &request)
{
    if (request.path.startsWith(QLatin1String("/admin/")))
        return handleAdmin(request);
    if (auto fault = injectedFault()) {
        fault->delayMs = faults_.slowMs;
        return *fault;
    }
    HttpResponse response = handleSoap(request);
    response.delayMs = faults_.slowMs;
    return response;
}

std::optional<HttpResponse> SimService::injectedFault()
{
    if (faults_.down || random_.generateDouble() < faults_.dropRate)
        return HttpResponse{0, {}, {}, true, 0};
    if (random_.generateDouble() < faults_.failRate)
        return HttpResponse{503, "text/plain", "Service Unavailable (allegro-sim)", false, 0};
    if (random_.generateDouble() < faults_.soapFaultRate)
        return soapFault(QStringLiteral("SOAP-ENV:Server"), QStringLiteral("Gesimuleerde storing (allegro-sim)"));
    return std::nullopt;
}

HttpResponse SimService::handleSoap(const HttpRequest &request)
{
    if (request.method != "POST")
        return HttpResponse{405, "text/plain", "POST a SOAP envelope to ?service=NAME", false, 0};
    auto message = parseEnvelope(request.body);
    if (!message.ok())
        return soapFault(QStringLiteral("SOAP-ENV:Client"), message.error.message);
    const QString element = message.value->operation.name;
    const auto name = splitOperationElement(element);
    if (!name || name->service != request.query.queryItemValue(QStringLiteral("service")))
        return soapFault(QStringLiteral("SOAP-ENV:Client"), QStringLiteral("Operation does not belong to ?service="));
    const auto handler = handlers_.constFind(element);
    if (handler == handlers_.constEnd())
        return soapFault(QStringLiteral("SOAP-ENV:Client"), QStringLiteral("Unknown operation %1").arg(element));
    return (*handler)(*message.value);
}

HttpResponse SimService::handleAdmin(const HttpRequest &request)
{
    if (request.body.size() > kMaxAdminBody)
        return jsonError(413, QStringLiteral("body too large"));
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    if (request.path == u"/admin/faults" && request.method == "GET")
        return json(200, faults_.toJson());
    if (request.path == u"/admin/faults" && request.method == "POST") {
        QString error;
        if (!faults_.apply(body, &error))
            return jsonError(400, error);
        return json(200, faults_.toJson());
    }
    if (request.path == u"/admin/orders" && request.method == "GET")
        return json(200, store_.ordersJson());
    if (request.path == u"/admin/mutaties" && request.method == "POST") {
        auto out = store_.addMutatie(body);
        return out.value ? json(201, *out.value) : jsonError(400, out.fault);
    }
    if (request.path == u"/admin/huishoudens" && request.method == "POST") {
        auto out = store_.zetHuishouden(body);
        return out.value ? json(out.value->value(QStringLiteral("nieuw")).toBool() ? 201 : 200, *out.value)
                         : jsonError(400, out.fault);
    }
    if (request.path == u"/admin/expire-sessions" && request.method == "POST") {
        sessions_.clear();
        return json(200, QJsonObject{{QStringLiteral("expired"), true}});
    }
    return jsonError(404, QStringLiteral("unknown admin endpoint"));
}

bool SimService::touchSession(const QString &id)
{
    auto it = sessions_.find(id);
    if (it == sessions_.end())
        return false;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (it.value().secsTo(now) > kSessionIdleSeconds) {
        sessions_.erase(it);
        return false;
    }
    it.value() = now;
    return true;
}

QString SimService::newSession()
{
    if (sessions_.size() >= kMaxSessions) {
        // Bounded: drop the idle half rather than grow without limit.
        const QDateTime cutoff = QDateTime::currentDateTimeUtc().addSecs(-60);
        sessions_.removeIf([&](const auto &it) { return it.value() < cutoff; });
        if (sessions_.size() >= kMaxSessions)
            sessions_.clear();
    }
    const QString id = QUuid::createUuid().toString(QUuid::WithBraces).toUpper();
    sessions_.insert(id, QDateTime::currentDateTimeUtc());
    return id;
}

} // namespace regie::allegrosim
