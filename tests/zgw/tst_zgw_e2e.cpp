// End-to-end: ZgwClient and ZaakFlow against a real zgw-sim process on a free port.
#include "MiniHttpServer.h"
#include "integrations/zgw/ZaakFlow.h"
#include "integrations/zgw/ZgwClient.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtTest/QTest>

#include <memory>

using namespace regie::zgw;

namespace {

const QByteArray kSecret = "e2e-secret";
const QString kRsin = QStringLiteral("002220647");

// One zgw-sim process; stopped (by its own pid, via QProcess) when destroyed.
class Sim {
public:
    bool start(const QStringList &extra = {})
    {
        process_.setProgram(QStringLiteral(ZGW_SIM_PATH));
        process_.setArguments(QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                          QStringLiteral("--secret"), QString::fromLatin1(kSecret)} + extra);
        process_.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process_.start();
        if (!process_.waitForStarted(5000))
            return false;
        for (int i = 0; i < 100 && !process_.canReadLine(); ++i)
            process_.waitForReadyRead(100);
        const QString line = QString::fromUtf8(process_.readLine()).trimmed();
        const QString prefix = QStringLiteral("zgw-sim listening on ");
        if (!line.startsWith(prefix)) {
            qWarning("zgw-sim did not start");
            return false;
        }
        origin_ = line.mid(prefix.size());
        return true;
    }
    ~Sim() { stop(); }
    void stop()
    {
        if (process_.state() == QProcess::NotRunning)
            return;
        process_.terminate();
        if (!process_.waitForFinished(3000)) {
            process_.kill();
            process_.waitForFinished(3000);
        }
    }
    QString origin() const { return origin_; }
    QUrl url(const QString &path) const { return QUrl(origin_ + path); }

    ZgwConfig config(const QByteArray &secret = kSecret) const
    {
        ZgwConfig c;
        c.zakenBase = url(QStringLiteral("/zaken/api/v1"));
        c.catalogiBase = url(QStringLiteral("/catalogi/api/v1"));
        c.besluitenBase = url(QStringLiteral("/besluiten/api/v1"));
        c.notificatiesBase = url(QStringLiteral("/notificaties/api/v1"));
        c.clientId = QStringLiteral("regie-e2e");
        c.secret = secret;
        c.userId = QStringLiteral("mw-042");
        c.userRepresentation = QStringLiteral("Medewerker 42");
        c.timeoutMs = 5000;
        return c;
    }
    QUrl zaaktype() const { return url(QStringLiteral("/catalogi/api/v1/zaaktypen/6b2f3c1e-0d4a-4f59-9d0e-5a1c2b3d4e02")); }
    QUrl besluittype() const { return url(QStringLiteral("/catalogi/api/v1/besluittypen/6b2f3c1e-0d4a-4f59-9d0e-5a1c2b3d4e03")); }

    QJsonObject admin(const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        QNetworkAccessManager nam;
        QNetworkRequest request(url(path));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QNetworkReply *reply = nam.sendCustomRequest(request, method, QJsonDocument(body).toJson());
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        reply->deleteLater();
        return QJsonDocument::fromJson(reply->readAll()).object();
    }
    QJsonArray zaken() { return admin("GET", QStringLiteral("/admin/state")).value(QStringLiteral("zaken")).toArray(); }
    void faults(const QJsonObject &f) { admin("POST", QStringLiteral("/admin/faults"), f); }

private:
    QProcess process_;
    QString origin_;
};

ZaakFlowConfig flowConfig(const Sim &sim, bool withBesluit)
{
    ZaakFlowConfig c;
    c.bronorganisatie = kRsin;
    c.verantwoordelijkeOrganisatie = kRsin;
    c.zaaktype = sim.zaaktype();
    if (withBesluit)
        c.besluittype = sim.besluittype();
    return c;
}

WithdrawalCase withdrawal(qint64 requestId)
{
    return WithdrawalCase{requestId, *regie::Bsn::parse(u"111222333"), QStringLiteral("Opname uit reservering"),
                          QStringLiteral("Verzoek om € 50,00 uit de reservering Kleding."), QDate(2026, 11, 28)};
}

const QDateTime kReceived(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC);

int countWhere(const QJsonArray &items, const QString &field, const QString &value)
{
    int n = 0;
    for (const QJsonValue &v : items)
        n += v.toObject().value(field).toString() == value ? 1 : 0;
    return n;
}

} // namespace

class TestZgwE2e : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void catalogWithPaging();
    void flowGranted();
    void flowRefused();
    void closingWithoutResultaatRejected();
    void specValidationRejects();
    void uniqueIdentificatie();
    void repeatAfterCrashNoDuplicates();
    void persistsAcrossRestart();
    void badJwt();
    void faultFailRate();
    void faultSlowTimesOut();
    void faultRejectAllAndSizeBound();
    void abonnement();
    void notificationsDelivered();
    void abonnementenListed();

private:
    std::unique_ptr<ZaakFlow> makeFlow(ZgwClient &client, const Sim &sim, bool withBesluit)
    {
        auto catalog = loadCatalog(client, sim.zaaktype());
        if (!catalog)
            return nullptr;
        return std::make_unique<ZaakFlow>(client, flowConfig(sim, withBesluit), *catalog.value);
    }
};

void TestZgwE2e::catalogWithPaging()
{
    Sim sim;
    QVERIFY(sim.start({QStringLiteral("--page-size"), QStringLiteral("2")}));
    ZgwClient client(sim.config());
    const auto catalog = loadCatalog(client, sim.zaaktype());
    QVERIFY2(catalog.isOk(), qPrintable(describe(catalog.error)));
    QCOMPARE(catalog.value->statustypen.size(), 3); // two pages
    QCOMPARE(catalog.value->resultaattypen.size(), 2);
    QCOMPARE(catalog.value->roltypen.size(), 2);
    QCOMPARE(catalog.value->eindstatus()->omschrijving, QStringLiteral("Afgehandeld"));
    QVERIFY(catalog.value->eindstatus()->isEindstatus);
    QCOMPARE(catalog.value->rolType(QStringLiteral("initiator"))->omschrijving, QStringLiteral("Inwoner"));
}

void TestZgwE2e::flowGranted()
{
    Sim sim;
    QVERIFY(sim.start());
    ZgwClient client(sim.config());
    auto flow = makeFlow(client, sim, true);
    QVERIFY(flow);
    const auto zaak = flow->open(withdrawal(123), kReceived);
    QVERIFY2(zaak.isOk(), qPrintable(describe(zaak.error)));
    QCOMPARE(zaak.value->identificatie, QStringLiteral("REGIE-000123"));
    QVERIFY(flow->moveTo(zaak.value->url, QStringLiteral("In behandeling"), kReceived.addSecs(600)).isOk());
    const auto closed = flow->decide(zaak.value->url, 123,
                                     Decision{Outcome::Granted, QStringLiteral("Past binnen de afspraken."), kReceived.addSecs(3600)});
    QVERIFY2(closed.isOk(), qPrintable(describe(closed.error)));
    QCOMPARE(closed.value->einddatum.value_or(QDate()), QDate(2026, 11, 28));
    QVERIFY(!closed.value->resultaat.isEmpty());

    const QJsonArray zaken = sim.zaken();
    QCOMPARE(zaken.size(), 1);
    const QJsonObject entry = zaken.first().toObject();
    const QJsonArray rollen = entry.value(QStringLiteral("rollen")).toArray();
    QCOMPARE(rollen.size(), 1);
    QCOMPARE(rollen.first().toObject().value(QStringLiteral("betrokkeneIdentificatie")).toObject()
                 .value(QStringLiteral("inpBsn")).toString(), QStringLiteral("111222333"));
    QCOMPARE(entry.value(QStringLiteral("statussen")).toArray().size(), 3);
    const QJsonArray resultaten = entry.value(QStringLiteral("resultaten")).toArray();
    QCOMPARE(resultaten.size(), 1);
    QVERIFY(resultaten.first().toObject().value(QStringLiteral("resultaattype")).toString().endsWith(QStringLiteral("4200")));
    const QJsonArray besluiten = entry.value(QStringLiteral("besluiten")).toArray();
    QCOMPARE(besluiten.size(), 1);
    QCOMPARE(besluiten.first().toObject().value(QStringLiteral("identificatie")).toString(), QStringLiteral("REGIE-000123-B"));
}

void TestZgwE2e::flowRefused()
{
    Sim sim;
    QVERIFY(sim.start());
    ZgwClient client(sim.config());
    auto flow = makeFlow(client, sim, false);
    QVERIFY(flow);
    const auto zaak = flow->open(withdrawal(9), kReceived);
    QVERIFY(zaak.isOk());
    const auto closed = flow->decide(zaak.value->url, 9, Decision{Outcome::Refused, QStringLiteral("Te hoog."), kReceived.addSecs(60)});
    QVERIFY2(closed.isOk(), qPrintable(describe(closed.error)));
    QVERIFY(closed.value->einddatum.has_value());
    const QJsonObject entry = sim.zaken().first().toObject();
    QVERIFY(entry.value(QStringLiteral("resultaten")).toArray().first().toObject()
                .value(QStringLiteral("resultaattype")).toString().endsWith(QStringLiteral("4201")));
    QCOMPARE(entry.value(QStringLiteral("besluiten")).toArray().size(), 0);
    QCOMPARE(entry.value(QStringLiteral("statussen")).toArray().size(), 2);
    // A second, contradicting decision is refused rather than silently ignored.
    const auto again = flow->decide(zaak.value->url, 9, Decision{Outcome::Granted, QString(), kReceived.addSecs(120)});
    QCOMPARE(again.error.kind, ErrorKind::Conflict);
}

void TestZgwE2e::closingWithoutResultaatRejected()
{
    Sim sim;
    QVERIFY(sim.start());
    ZgwClient client(sim.config());
    auto catalog = loadCatalog(client, sim.zaaktype());
    QVERIFY(catalog.isOk());
    ZaakFlow flow(client, flowConfig(sim, false), *catalog.value);
    const auto zaak = flow.open(withdrawal(5), kReceived);
    QVERIFY(zaak.isOk());
    const auto eind = client.createStatus(zaak.value->url, catalog.value->eindstatus()->url, kReceived.addSecs(60));
    QVERIFY(!eind.isOk());
    QCOMPARE(eind.error.kind, ErrorKind::Http);
    QCOMPARE(eind.error.httpStatus, 400);
    QVERIFY(eind.error.hasInvalidParam(QStringLiteral("resultaat-does-not-exist")));
    QCOMPARE(eind.error.invalidParams.first().name, QStringLiteral("nonFieldErrors"));
    QVERIFY(client.getZaak(zaak.value->url).value->einddatum == std::nullopt);
}

void TestZgwE2e::specValidationRejects()
{
    Sim sim;
    QVERIFY(sim.start());
    ZgwClient client(sim.config());
    const QUrl zaken = ZgwClient::endpoint(client.config().zakenBase, QStringLiteral("zaken"));
    QJsonObject body{{QStringLiteral("bronorganisatie"), kRsin},
                     {QStringLiteral("verantwoordelijkeOrganisatie"), kRsin},
                     {QStringLiteral("zaaktype"), sim.zaaktype().toString()}};
    auto missing = client.send("POST", zaken, body, ZgwClient::Crs::Yes, 201);
    QCOMPARE(missing.error.httpStatus, 400);
    QCOMPARE(missing.error.invalidParams.size(), 1);
    QCOMPARE(missing.error.invalidParams.first().name, QStringLiteral("startdatum"));
    QCOMPARE(missing.error.invalidParams.first().code, QStringLiteral("required"));

    body.insert(QStringLiteral("startdatum"), QStringLiteral("2026-11-28"));
    body.insert(QStringLiteral("archiefnominatie"), QStringLiteral("misschien"));
    auto badEnum = client.send("POST", zaken, body, ZgwClient::Crs::Yes, 201);
    QCOMPARE(badEnum.error.httpStatus, 400);
    QVERIFY(badEnum.error.hasInvalidParam(QStringLiteral("invalid_choice")));

    body.remove(QStringLiteral("archiefnominatie"));
    auto noCrs = client.send("POST", zaken, body, ZgwClient::Crs::No, 201);
    QCOMPARE(noCrs.error.httpStatus, 412);
    QVERIFY(client.send("POST", zaken, body, ZgwClient::Crs::Yes, 201).isOk());

    const QJsonObject rol{{QStringLiteral("zaak"), zaken.toString()},
                          {QStringLiteral("betrokkeneType"), QStringLiteral("huisdier")},
                          {QStringLiteral("roltype"), sim.zaaktype().toString()},
                          {QStringLiteral("roltoelichting"), QStringLiteral("x")}};
    auto badRol = client.send("POST", ZgwClient::endpoint(client.config().zakenBase, QStringLiteral("rollen")), rol,
                              ZgwClient::Crs::No, 201);
    QCOMPARE(badRol.error.httpStatus, 400);
    QCOMPARE(badRol.error.invalidParams.first().name, QStringLiteral("betrokkeneType"));
    QCOMPARE(badRol.error.invalidParams.first().code, QStringLiteral("invalid_choice"));
}

void TestZgwE2e::uniqueIdentificatie()
{
    Sim sim;
    QVERIFY(sim.start());
    ZgwClient client(sim.config());
    NewZaak z{QStringLiteral("REGIE-000777"), kRsin, kRsin, sim.zaaktype(), QDate(2026, 11, 1), QStringLiteral("x"), QString()};
    QVERIFY(client.createZaak(z).isOk());
    const auto second = client.createZaak(z);
    QCOMPARE(second.error.httpStatus, 400);
    QVERIFY(second.error.hasInvalidParam(QStringLiteral("identificatie-niet-uniek")));
    const auto found = client.findZaak(kRsin, QStringLiteral("REGIE-000777"));
    QVERIFY(found.isOk() && found.value->has_value());
    QVERIFY(client.findZaak(kRsin, QStringLiteral("REGIE-000778")).value->has_value() == false);
}

void TestZgwE2e::repeatAfterCrashNoDuplicates()
{
    Sim sim;
    QVERIFY(sim.start());
    ZgwClient client(sim.config());
    auto flow = makeFlow(client, sim, true);
    QVERIFY(flow);
    // Each write below is stored by the sim but answered with 500: the crash window
    // between the zaaksysteem committing and Regie recording that it did.
    sim.faults(QJsonObject{{QStringLiteral("failAfterCommit"), 1}});
    QCOMPARE(flow->open(withdrawal(42), kReceived).error.httpStatus, 500);
    const auto zaak = flow->open(withdrawal(42), kReceived);
    QVERIFY2(zaak.isOk(), qPrintable(describe(zaak.error)));

    sim.faults(QJsonObject{{QStringLiteral("failAfterCommit"), 1}});
    QVERIFY(!flow->moveTo(zaak.value->url, QStringLiteral("In behandeling"), kReceived.addSecs(60)).isOk());
    QVERIFY(flow->moveTo(zaak.value->url, QStringLiteral("In behandeling"), kReceived.addSecs(60)).isOk());

    const Decision decision{Outcome::Granted, QStringLiteral("Akkoord."), kReceived.addSecs(120)};
    for (int crashAt = 0; crashAt < 3; ++crashAt) { // resultaat, besluit, eindstatus
        sim.faults(QJsonObject{{QStringLiteral("failAfterCommit"), 1}});
        QCOMPARE(flow->decide(zaak.value->url, 42, decision).error.httpStatus, 500);
    }
    const auto closed = flow->decide(zaak.value->url, 42, decision);
    QVERIFY2(closed.isOk(), qPrintable(describe(closed.error)));
    // And a full repeat of every step after success changes nothing.
    QVERIFY(flow->open(withdrawal(42), kReceived).isOk());
    QVERIFY(flow->decide(zaak.value->url, 42, decision).isOk());

    const QJsonArray zaken = sim.zaken();
    QCOMPARE(zaken.size(), 1);
    const QJsonObject entry = zaken.first().toObject();
    QCOMPARE(entry.value(QStringLiteral("rollen")).toArray().size(), 1);
    QCOMPARE(entry.value(QStringLiteral("statussen")).toArray().size(), 3);
    QCOMPARE(entry.value(QStringLiteral("resultaten")).toArray().size(), 1);
    QCOMPARE(entry.value(QStringLiteral("besluiten")).toArray().size(), 1);
    const QJsonArray statussen = entry.value(QStringLiteral("statussen")).toArray();
    for (const QJsonValue &s : statussen)
        QCOMPARE(countWhere(statussen, QStringLiteral("statustype"), s.toObject().value(QStringLiteral("statustype")).toString()), 1);
}

void TestZgwE2e::persistsAcrossRestart()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("zgw.sqlite"));
    QUrl firstUrl;
    {
        Sim sim;
        QVERIFY(sim.start({QStringLiteral("--data"), file}));
        ZgwClient client(sim.config());
        auto flow = makeFlow(client, sim, false);
        QVERIFY(flow);
        const auto zaak = flow->open(withdrawal(314), kReceived);
        QVERIFY(zaak.isOk());
        firstUrl = zaak.value->url;
    }
    Sim sim;
    QVERIFY(sim.start({QStringLiteral("--data"), file}));
    ZgwClient client(sim.config());
    auto flow = makeFlow(client, sim, false);
    QVERIFY(flow);
    const auto zaak = flow->open(withdrawal(314), kReceived);
    QVERIFY2(zaak.isOk(), qPrintable(describe(zaak.error)));
    QCOMPARE(zaak.value->url.path(), firstUrl.path()); // same zaak, new port
    QCOMPARE(zaak.value->url.port(), QUrl(sim.origin()).port());
    QCOMPARE(sim.zaken().size(), 1);
    QVERIFY(flow->decide(zaak.value->url, 314, Decision{Outcome::Granted, QString(), kReceived.addSecs(5)}).isOk());
}

void TestZgwE2e::badJwt()
{
    Sim sim;
    QVERIFY(sim.start());
    ZgwClient wrongSecret(sim.config("not-the-secret"));
    const auto r = wrongSecret.listStatusTypen(sim.zaaktype());
    QCOMPARE(r.error.kind, ErrorKind::Http);
    QCOMPARE(r.error.httpStatus, 403);
    QCOMPARE(r.error.code, QStringLiteral("permission_denied"));

    QNetworkAccessManager nam;
    QNetworkReply *reply = nam.get(QNetworkRequest(sim.url(QStringLiteral("/catalogi/api/v1/statustypen"))));
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
    QCOMPARE(reply->header(QNetworkRequest::ContentTypeHeader).toString(), QStringLiteral("application/problem+json"));
    QCOMPARE(sim.zaken().size(), 0);
}

void TestZgwE2e::faultFailRate()
{
    Sim sim;
    QVERIFY(sim.start({QStringLiteral("--fail-rate"), QStringLiteral("1")}));
    ZgwClient client(sim.config());
    const auto r = client.listRolTypen(sim.zaaktype());
    QCOMPARE(r.error.httpStatus, 503);
    QVERIFY(r.error.isTransient());
    sim.faults(QJsonObject{{QStringLiteral("failRate"), 0.0}});
    QVERIFY(client.listRolTypen(sim.zaaktype()).isOk());
}

void TestZgwE2e::faultSlowTimesOut()
{
    Sim sim;
    QVERIFY(sim.start({QStringLiteral("--slow-ms"), QStringLiteral("1500")}));
    ZgwConfig config = sim.config();
    config.timeoutMs = 300;
    ZgwClient client(config);
    QElapsedTimer timer;
    timer.start();
    const auto r = client.listRolTypen(sim.zaaktype());
    QCOMPARE(r.error.kind, ErrorKind::Timeout);
    QVERIFY(r.error.isTransient());
    QVERIFY(timer.elapsed() < 1400); // gave up before the answer came
}

void TestZgwE2e::faultRejectAllAndSizeBound()
{
    Sim sim;
    QVERIFY(sim.start({QStringLiteral("--reject-all")}));
    ZgwClient client(sim.config());
    QCOMPARE(client.listRolTypen(sim.zaaktype()).error.httpStatus, 403);
    sim.faults(QJsonObject{{QStringLiteral("rejectAll"), false}});
    QVERIFY(client.listRolTypen(sim.zaaktype()).isOk());
    ZgwConfig small = sim.config();
    small.maxResponseBytes = 200;
    ZgwClient bounded(small);
    QCOMPARE(bounded.listStatusTypen(sim.zaaktype()).error.kind, ErrorKind::TooLarge);
}

void TestZgwE2e::abonnement()
{
    Sim sim;
    QVERIFY(sim.start());
    ZgwClient client(sim.config());
    AbonnementRequest request;
    request.callbackUrl = QUrl(QStringLiteral("http://127.0.0.1:9/zgw/notificaties"));
    request.auth = QStringLiteral("Bearer webhook-secret-value");
    request.filters.insert(QStringLiteral("bronorganisatie"), kRsin);
    const auto a = client.createAbonnement(request);
    QVERIFY2(a.isOk(), qPrintable(describe(a.error)));
    QVERIFY(a.value->url.toString().contains(QStringLiteral("/notificaties/api/v1/abonnement/")));
    const QJsonArray stored = sim.admin("GET", QStringLiteral("/admin/state")).value(QStringLiteral("abonnementen")).toArray();
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().toObject().value(QStringLiteral("kanalen")).toArray().first().toObject()
                 .value(QStringLiteral("naam")).toString(), QStringLiteral("zaken"));
    request.kanaal = QStringLiteral("onbekend");
    QVERIFY(client.createAbonnement(request).error.hasInvalidParam(QStringLiteral("kanaal-bestaat-niet")));
}

void TestZgwE2e::notificationsDelivered()
{
    // A stand-in for regie-server's webhook: what arrives must pass our own parser and
    // the Authorization check, exactly as the real endpoint will apply them.
    QList<regie::zgwsim::HttpRequest> received;
    regie::zgwsim::MiniHttpServer webhook([&received](const regie::zgwsim::HttpRequest &r) {
        received.append(r);
        regie::zgwsim::HttpResponse response;
        response.status = 204;
        return response;
    });
    QVERIFY(webhook.listen(QHostAddress::LocalHost, 0));
    Sim sim;
    QVERIFY(sim.start());
    ZgwClient client(sim.config());
    AbonnementRequest request;
    request.callbackUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/zgw/notificaties").arg(webhook.port()));
    request.auth = QStringLiteral("Bearer 7f3a9c-webhook");
    request.filters.insert(QStringLiteral("bronorganisatie"), kRsin);
    QVERIFY(client.createAbonnement(request).isOk());
    auto flow = makeFlow(client, sim, false);
    QVERIFY(flow);
    QVERIFY(flow->open(withdrawal(77), kReceived).isOk());
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 3, 5000); // zaak, rol, status
    QSet<QByteArray> keys;
    QSet<QString> resources;
    for (const auto &r : received) {
        QCOMPARE(r.url.path(), QStringLiteral("/zgw/notificaties"));
        QVERIFY(webhookAuthorized(r.headers.value("authorization"), request.auth.toUtf8()));
        QVERIFY(!webhookAuthorized(r.headers.value("authorization"), "Bearer other"));
        const auto n = parseNotification(r.body);
        QVERIFY2(n.isOk(), qPrintable(describe(n.error)));
        QCOMPARE(n.value->kanaal, QStringLiteral("zaken"));
        QCOMPARE(n.value->kenmerken.value(QStringLiteral("bronorganisatie")), kRsin);
        keys.insert(notificationKey(*n.value));
        resources.insert(n.value->resource);
    }
    QCOMPARE(keys.size(), 3);
    QCOMPARE(resources, (QSet<QString>{QStringLiteral("zaak"), QStringLiteral("rol"), QStringLiteral("status")}));
}

void TestZgwE2e::abonnementenListed()
{
    // The spec answers GET /abonnement with a plain array (a real Notificaties component).
    const QByteArray plain = R"([{"url":"http://127.0.0.1/notificaties/api/v1/abonnement/1",
        "callbackUrl":"https://regie.example.nl/api/v1/notificaties","auth":"Bearer x",
        "kanalen":[{"naam":"zaken","filters":{}},{"naam":"besluiten"}]}])";
    regie::zgwsim::MiniHttpServer component([&plain](const regie::zgwsim::HttpRequest &r) {
        regie::zgwsim::HttpResponse response;
        response.status = r.url.path() == QLatin1String("/notificaties/api/v1/abonnement") ? 200 : 404;
        response.body = plain;
        return response;
    });
    QVERIFY(component.listen(QHostAddress::LocalHost, 0));
    ZgwConfig config;
    config.notificatiesBase = QUrl(QStringLiteral("http://127.0.0.1:%1/notificaties/api/v1").arg(component.port()));
    config.clientId = QStringLiteral("regie");
    config.secret = "geheim";
    ZgwClient plainClient(config);
    const auto listed = plainClient.listAbonnementen();
    QVERIFY2(listed.isOk(), qPrintable(describe(listed.error)));
    QCOMPARE(listed.value->size(), 1);
    QCOMPARE(listed.value->first().callbackUrl, QUrl(QStringLiteral("https://regie.example.nl/api/v1/notificaties")));
    QCOMPARE(listed.value->first().auth, QStringLiteral("Bearer x"));
    QCOMPARE(listed.value->first().kanalen, (QStringList{QStringLiteral("zaken"), QStringLiteral("besluiten")}));

    // zgw-sim answers the same way, also with more abonnementen than its page size.
    Sim sim;
    QVERIFY(sim.start({QStringLiteral("--page-size"), QStringLiteral("2")}));
    ZgwClient client(sim.config());
    for (int i = 0; i < 3; ++i) {
        AbonnementRequest request;
        request.callbackUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/webhook").arg(9000 + i));
        request.auth = QStringLiteral("Bearer s%1").arg(i);
        QVERIFY(client.createAbonnement(request).isOk());
    }
    const auto all = client.listAbonnementen();
    QVERIFY2(all.isOk(), qPrintable(describe(all.error)));
    QCOMPARE(all.value->size(), 3);
    QCOMPARE(all.value->at(2).auth, QStringLiteral("Bearer s2"));
    QCOMPARE(all.value->at(2).kanalen, QStringList{QStringLiteral("zaken")});
}

QTEST_GUILESS_MAIN(TestZgwE2e)
#include "tst_zgw_e2e.moc"
