// Unit tests for the ZGW client pieces that need no server: JWT, problem+json,
// notifications, resource parsing, and the spec validator of zgw-sim.
#include "OpenApiValidator.h"
#include "integrations/zgw/Jwt.h"
#include "integrations/zgw/Notificaties.h"
#include "integrations/zgw/Problem.h"
#include "integrations/zgw/ZaakFlow.h"
#include "integrations/zgw/ZgwClient.h"

#include <QtCore/QDir>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtTest/QTest>

using namespace regie::zgw;
using regie::zgwsim::OpenApiValidator;
using regie::zgwsim::RequestView;

namespace {
constexpr qint64 kIat = 1700000000;
// Computed independently with Python's hmac/hashlib (sorted keys, compact JSON).
const QByteArray kKnownToken =
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
    "eyJjbGllbnRfaWQiOiJyZWdpZSIsImlhdCI6MTcwMDAwMDAwMCwiaXNzIjoicmVnaWUiLCJ1c2VyX2lkIjoibXctMDAxIiwidXNlcl9yZXByZXNlbnRhdGlvbiI6Ik0uIGRlIFZyaWVzIn0."
    "2irfdkwfZtlNIco9DNKJZBCqWtZKGO18npbLixhuNBs";

JwtClaims knownClaims()
{
    return JwtClaims{QStringLiteral("regie"), kIat, QStringLiteral("regie"), QStringLiteral("mw-001"),
                     QStringLiteral("M. de Vries")};
}

OpenApiValidator loadSpec(const QString &name)
{
    QString error;
    auto v = OpenApiValidator::load(QDir(QStringLiteral(ZGW_SIM_SPEC_DIR)).filePath(name + QStringLiteral(".json")), &error);
    if (!v)
        qFatal("cannot load spec %s: %s", qPrintable(name), qPrintable(error));
    return std::move(*v);
}

QJsonObject validNotification()
{
    return QJsonObject{{QStringLiteral("kanaal"), QStringLiteral("zaken")},
                       {QStringLiteral("hoofdObject"), QStringLiteral("https://zaken.example.nl/zaken/api/v1/zaken/1")},
                       {QStringLiteral("resource"), QStringLiteral("status")},
                       {QStringLiteral("resourceUrl"), QStringLiteral("https://zaken.example.nl/zaken/api/v1/statussen/2")},
                       {QStringLiteral("actie"), QStringLiteral("create")},
                       {QStringLiteral("aanmaakdatum"), QStringLiteral("2026-11-28T10:15:00.123Z")},
                       {QStringLiteral("kenmerken"), QJsonObject{{QStringLiteral("bronorganisatie"), QStringLiteral("002220647")}}}};
}
} // namespace

class TestZgwUnit : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void hmacRfc4231();
    void jwtKnownVector();
    void jwtRoundTrip();
    void jwtRejects_data();
    void jwtRejects();
    void base64UrlStrict();
    void problemParsing();
    void problemWithoutJson();
    void problemHidesDetail();
    void notification_data();
    void notification();
    void notificationKeyStable();
    void webhookAuth();
    void abonnementMatchesSpec();
    void identificatie();
    void catalogEindstatus();
    void validatorBody_data();
    void validatorBody();
    void validatorHeadersAndQuery();
};

void TestZgwUnit::hmacRfc4231()
{
    QCOMPARE(hmacSha256("Jefe", "what do ya want for nothing?").toHex(),
             QByteArray("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
}

void TestZgwUnit::jwtKnownVector()
{
    QCOMPARE(encodeJwt(knownClaims(), "known-secret"), kKnownToken);
}

void TestZgwUnit::jwtRoundTrip()
{
    const QByteArray token = encodeJwt(knownClaims(), "s3cret");
    const JwtVerification v = verifyJwt(token, "s3cret", kIat + 10);
    QVERIFY2(v.ok(), qPrintable(v.reason));
    QCOMPARE(v.claims.value(QStringLiteral("client_id")).toString(), QStringLiteral("regie"));
    QCOMPARE(v.claims.value(QStringLiteral("user_representation")).toString(), QStringLiteral("M. de Vries"));
    QCOMPARE(static_cast<qint64>(v.claims.value(QStringLiteral("iat")).toDouble()), kIat);
    const QList<QByteArray> parts = token.split('.');
    QCOMPARE(parts.size(), 3);
    const QJsonObject header = QJsonDocument::fromJson(*base64UrlDecode(parts[0])).object();
    QCOMPARE(header.value(QStringLiteral("alg")).toString(), QStringLiteral("HS256"));
    QCOMPARE(header.value(QStringLiteral("typ")).toString(), QStringLiteral("JWT"));
}

void TestZgwUnit::jwtRejects_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<qint64>("now");
    QTest::addColumn<int>("failure");
    const QByteArray good = encodeJwt(knownClaims(), "s3cret");
    const QList<QByteArray> parts = good.split('.');
    QByteArray tampered = good;
    tampered[parts[0].size() + 5] = tampered[parts[0].size() + 5] == 'A' ? 'B' : 'A';
    const QByteArray noneAlg = base64UrlEncode(R"({"alg":"none","typ":"JWT"})") + '.' + parts[1] + '.';
    const QByteArray noClient = []() -> QByteArray {
        const QByteArray h = base64UrlEncode(R"({"alg":"HS256","typ":"JWT"})");
        const QByteArray p = base64UrlEncode(R"({"iss":"x","iat":1700000000})");
        const QByteArray input = h + '.' + p;
        return input + '.' + base64UrlEncode(hmacSha256("s3cret", input));
    }();
    QTest::newRow("wrong secret") << encodeJwt(knownClaims(), "other") << kIat << int(JwtFailure::BadSignature);
    QTest::newRow("tampered payload") << tampered << kIat << int(JwtFailure::BadSignature);
    QTest::newRow("alg none") << noneAlg << kIat << int(JwtFailure::WrongAlgorithm);
    QTest::newRow("missing client_id") << noClient << kIat << int(JwtFailure::MissingClaim);
    QTest::newRow("two parts") << QByteArray(parts[0] + '.' + parts[1]) << kIat << int(JwtFailure::Malformed);
    QTest::newRow("garbage") << QByteArray("a.b.c") << kIat << int(JwtFailure::Malformed);
    QTest::newRow("too old") << good << kIat + 7200 << int(JwtFailure::Expired);
    QTest::newRow("future") << good << kIat - 3600 << int(JwtFailure::NotYetValid);
}

void TestZgwUnit::jwtRejects()
{
    QFETCH(QByteArray, token);
    QFETCH(qint64, now);
    QFETCH(int, failure);
    const JwtVerification v = verifyJwt(token, "s3cret", now);
    QCOMPARE(int(v.failure), failure);
    QVERIFY(!v.reason.isEmpty());
}

void TestZgwUnit::base64UrlStrict()
{
    QCOMPARE(*base64UrlDecode("aGk"), QByteArray("hi"));
    QVERIFY(!base64UrlDecode("aGk=").has_value());
    QVERIFY(!base64UrlDecode("a+k").has_value());
    QCOMPARE(base64UrlEncode(QByteArray("\xfb\xff", 2)), QByteArray("-_8"));
}

void TestZgwUnit::problemParsing()
{
    const QByteArray body = R"({"type":"about:blank","code":"invalid","title":"Invalid input.","status":400,
        "detail":"x","instance":"urn:uuid:1","invalidParams":[
        {"name":"nonFieldErrors","code":"resultaat-does-not-exist","reason":"Geen resultaat."},
        {"name":"startdatum","code":"required","reason":"Dit veld is vereist."}]})";
    const Error e = parseProblem(400, body);
    QCOMPARE(e.kind, ErrorKind::Http);
    QCOMPARE(e.httpStatus, 400);
    QCOMPARE(e.code, QStringLiteral("invalid"));
    QCOMPARE(e.title, QStringLiteral("Invalid input."));
    QCOMPARE(e.detail, QStringLiteral("x"));
    QCOMPARE(e.invalidParams.size(), 2);
    QCOMPARE(e.invalidParams[1].name, QStringLiteral("startdatum"));
    QCOMPARE(e.invalidParams[1].reason, QStringLiteral("Dit veld is vereist."));
    QVERIFY(e.hasInvalidParam(QStringLiteral("resultaat-does-not-exist")));
    QVERIFY(!e.isTransient());
    QVERIFY(e.message.contains(QStringLiteral("startdatum:required")));
}

void TestZgwUnit::problemWithoutJson()
{
    const Error e = parseProblem(503, "<html>down</html>");
    QCOMPARE(e.kind, ErrorKind::Http);
    QCOMPARE(e.httpStatus, 503);
    QVERIFY(e.invalidParams.isEmpty());
    QVERIFY(e.isTransient());
}

void TestZgwUnit::problemHidesDetail()
{
    // A server may echo submitted values in detail/reason; the loggable text must not.
    const QByteArray body = R"({"code":"invalid","title":"t","status":400,"detail":"BSN 111222333 onbekend",
        "invalidParams":[{"name":"betrokkeneIdentificatie.inpBsn","code":"invalid","reason":"111222333 is ongeldig"}]})";
    const Error e = parseProblem(400, body);
    QVERIFY(!e.message.contains(QStringLiteral("111222333")));
    QCOMPARE(e.detail, QStringLiteral("BSN ••• onbekend"));
    QCOMPARE(e.invalidParams.first().reason, QStringLiteral("••• is ongeldig"));
    QVERIFY(!describe(e).contains(QStringLiteral("111222333")));
}

void TestZgwUnit::notification_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("badField"); // empty: valid
    QTest::addColumn<QString>("code");
    auto with = [](const QString &key, const QJsonValue &value) {
        QJsonObject o = validNotification();
        if (value.isUndefined())
            o.remove(key);
        else
            o.insert(key, value);
        return QJsonDocument(o).toJson();
    };
    QTest::newRow("valid") << with(QStringLiteral("x"), QJsonValue::Undefined) << QString() << QString();
    QTest::newRow("no kenmerken") << with(QStringLiteral("kenmerken"), QJsonValue::Undefined) << QString() << QString();
    QTest::newRow("missing kanaal") << with(QStringLiteral("kanaal"), QJsonValue::Undefined) << "kanaal" << "required";
    QTest::newRow("missing aanmaakdatum") << with(QStringLiteral("aanmaakdatum"), QJsonValue::Undefined) << "aanmaakdatum" << "required";
    QTest::newRow("kanaal too long") << with(QStringLiteral("kanaal"), QString(51, QLatin1Char('k'))) << "kanaal" << "max_length";
    QTest::newRow("resource empty") << with(QStringLiteral("resource"), QString()) << "resource" << "blank";
    QTest::newRow("actie number") << with(QStringLiteral("actie"), 5) << "actie" << "invalid";
    QTest::newRow("bad uri") << with(QStringLiteral("resourceUrl"), QStringLiteral("not a url")) << "resourceUrl" << "invalid";
    QTest::newRow("bad date-time") << with(QStringLiteral("aanmaakdatum"), QStringLiteral("gisteren")) << "aanmaakdatum" << "invalid";
    QTest::newRow("kenmerk not string")
        << with(QStringLiteral("kenmerken"), QJsonObject{{QStringLiteral("a"), 1}}) << "kenmerken.a" << "invalid";
    QTest::newRow("not json") << QByteArray("{nope") << "nonFieldErrors" << "parse_error";
}

void TestZgwUnit::notification()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, badField);
    QFETCH(QString, code);
    const Result<Notification> r = parseNotification(body);
    // The hand-written parser must agree with the consumer webhook spec itself.
    static const OpenApiValidator webhook = loadSpec(QStringLiteral("notificaties-consumer-webhook"));
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (badField.isEmpty()) {
        QVERIFY2(r.isOk(), qPrintable(describe(r.error)));
        QCOMPARE(r.value->kanaal, QStringLiteral("zaken"));
        QCOMPARE(r.value->aanmaakdatum, QDateTime(QDate(2026, 11, 28), QTime(10, 15, 0, 123), Qt::UTC));
        QVERIFY(webhook.validateValue(QStringLiteral("Notificatie"), doc.object()).isEmpty());
        return;
    }
    QVERIFY(!r.isOk());
    QCOMPARE(r.error.kind, ErrorKind::InvalidInput);
    QCOMPARE(r.error.invalidParams.first().name, badField);
    QCOMPARE(r.error.invalidParams.first().code, code);
    if (doc.isObject())
        QVERIFY(!webhook.validateValue(QStringLiteral("Notificatie"), doc.object()).isEmpty());
}

void TestZgwUnit::notificationKeyStable()
{
    const Notification a = *parseNotification(QJsonDocument(validNotification()).toJson()).value;
    Notification b = a;
    b.kenmerken.clear(); // kenmerken are not part of the event's identity
    QCOMPARE(notificationKey(a), notificationKey(b));
    QCOMPARE(notificationKey(a).size(), 64);
    b.actie = QStringLiteral("update");
    QVERIFY(notificationKey(a) != notificationKey(b));
    Notification c = a;
    c.aanmaakdatum = c.aanmaakdatum.addMSecs(1);
    QVERIFY(notificationKey(a) != notificationKey(c));
}

void TestZgwUnit::webhookAuth()
{
    QVERIFY(webhookAuthorized("Bearer abc123", "Bearer abc123"));
    QVERIFY(!webhookAuthorized("Bearer abc124", "Bearer abc123"));
    QVERIFY(!webhookAuthorized("Bearer abc123 ", "Bearer abc123"));
    QVERIFY(!webhookAuthorized("", "Bearer abc123"));
    QVERIFY(!webhookAuthorized("", ""));
    QVERIFY(constantTimeEquals("abc", "abc"));
    QVERIFY(!constantTimeEquals("abc", "abd"));
}

void TestZgwUnit::abonnementMatchesSpec()
{
    AbonnementRequest req;
    req.callbackUrl = QUrl(QStringLiteral("https://regie.example.nl/zgw/notificaties"));
    req.auth = QStringLiteral("Bearer 0123456789abcdef");
    req.filters.insert(QStringLiteral("bronorganisatie"), QStringLiteral("002220647"));
    QVERIFY(!validateAbonnement(req).isError());
    static const OpenApiValidator notificaties = loadSpec(QStringLiteral("notificaties"));
    const auto errors = notificaties.validateValue(QStringLiteral("Abonnement"), abonnementJson(req));
    QVERIFY2(errors.isEmpty(), errors.isEmpty() ? "" : qPrintable(errors.first().name + errors.first().code));
    req.auth.clear();
    QVERIFY(validateAbonnement(req).hasInvalidParam(QStringLiteral("invalid")));
    QVERIFY(!notificaties.validateValue(QStringLiteral("Abonnement"), abonnementJson(req)).isEmpty());
}

void TestZgwUnit::identificatie()
{
    QCOMPARE(ZaakFlow::identificatieFor(123), QStringLiteral("REGIE-000123"));
    QCOMPARE(ZaakFlow::identificatieFor(1234567), QStringLiteral("REGIE-1234567"));
    QCOMPARE(ZaakFlow::besluitIdentificatieFor(7), QStringLiteral("REGIE-000007-B"));
}

void TestZgwUnit::catalogEindstatus()
{
    ZaakCatalog c;
    c.statustypen = {StatusType{QUrl(QStringLiteral("http://x/3")), QStringLiteral("Afgehandeld"), 3, true},
                     StatusType{QUrl(QStringLiteral("http://x/1")), QStringLiteral("Verzoek ontvangen"), 1, false},
                     StatusType{QUrl(QStringLiteral("http://x/2")), QStringLiteral("In behandeling"), 2, false}};
    QCOMPARE(c.eindstatus()->omschrijving, QStringLiteral("Afgehandeld"));
    QCOMPARE(c.statusType(QStringLiteral("In behandeling"))->volgnummer, 2);
    QVERIFY(!c.statusType(QStringLiteral("Onbekend")).has_value());
    QVERIFY(!ZaakCatalog{}.eindstatus().has_value());
}

void TestZgwUnit::validatorBody_data()
{
    QTest::addColumn<QString>("schema");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("name"); // empty: valid
    QTest::addColumn<QString>("code");
    const QByteArray rol = R"({"zaak":"http://h/z/1","betrokkeneType":"natuurlijk_persoon","roltype":"http://h/r/1",
        "roltoelichting":"x","betrokkeneIdentificatie":{"inpBsn":"111222333"}})";
    QTest::newRow("rol valid") << "Rol" << rol << QString() << QString();
    QTest::newRow("rol readOnly fields ignored")
        << "Rol" << QByteArray(R"({"url":5,"zaak":"http://h/z/1","betrokkeneType":"medewerker","roltype":"http://h/r/1","roltoelichting":"x"})")
        << QString() << QString();
    QTest::newRow("rol enum") << "Rol" << QByteArray(rol).replace("natuurlijk_persoon", "robot") << "betrokkeneType" << "invalid_choice";
    QTest::newRow("rol nested maxLength (discriminator)")
        << "Rol" << QByteArray(rol).replace("111222333", "1112223334") << "betrokkeneIdentificatie.inpBsn" << "max_length";
    QTest::newRow("rol missing roltoelichting")
        << "Rol" << QByteArray(rol).replace(R"("roltoelichting":"x",)", "") << "roltoelichting" << "required";
    QTest::newRow("zaak date format")
        << "Zaak" << QByteArray(R"({"bronorganisatie":"002220647","verantwoordelijkeOrganisatie":"002220647","zaaktype":"http://h/zt/1","startdatum":"28-11-2026"})")
        << "startdatum" << "invalid";
    QTest::newRow("zaak omschrijving too long")
        << "Zaak" << QByteArray(R"({"bronorganisatie":"002220647","verantwoordelijkeOrganisatie":"002220647","zaaktype":"http://h/zt/1","startdatum":"2026-11-28","omschrijving":")" + QByteArray(81, 'x') + R"("})")
        << "omschrijving" << "max_length";
    QTest::newRow("zaak wrong type")
        << "Zaak" << QByteArray(R"({"bronorganisatie":2220647,"verantwoordelijkeOrganisatie":"002220647","zaaktype":"http://h/zt/1","startdatum":"2026-11-28"})")
        << "bronorganisatie" << "invalid";
    QTest::newRow("zaak null not allowed")
        << "Zaak" << QByteArray(R"({"bronorganisatie":"002220647","verantwoordelijkeOrganisatie":"002220647","zaaktype":"http://h/zt/1","startdatum":null})")
        << "startdatum" << "null";
    QTest::newRow("zaak nullable ok")
        << "Zaak" << QByteArray(R"({"bronorganisatie":"002220647","verantwoordelijkeOrganisatie":"002220647","zaaktype":"http://h/zt/1","startdatum":"2026-11-28","einddatumGepland":null})")
        << QString() << QString();
    QTest::newRow("status date-time")
        << "Status" << QByteArray(R"({"zaak":"http://h/z/1","statustype":"http://h/s/1","datumStatusGezet":"2026-11-28"})")
        << "datumStatusGezet" << "invalid";
}

void TestZgwUnit::validatorBody()
{
    QFETCH(QString, schema);
    QFETCH(QByteArray, body);
    QFETCH(QString, name);
    QFETCH(QString, code);
    static const OpenApiValidator zaken = loadSpec(QStringLiteral("zaken"));
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    QVERIFY(doc.isObject());
    const auto errors = zaken.validateValue(schema, doc.object());
    if (name.isEmpty()) {
        QVERIFY2(errors.isEmpty(), errors.isEmpty() ? "" : qPrintable(errors.first().name + QLatin1Char(' ') + errors.first().code));
        return;
    }
    QVERIFY(!errors.isEmpty());
    bool found = false;
    for (const auto &e : errors)
        found = found || (e.name == name && e.code == code);
    QVERIFY2(found, qPrintable(errors.first().name + QLatin1Char(' ') + errors.first().code));
}

void TestZgwUnit::validatorHeadersAndQuery()
{
    static const OpenApiValidator zaken = loadSpec(QStringLiteral("zaken"));
    RequestView post;
    post.method = "POST";
    post.path = QStringLiteral("/zaken");
    post.headers.insert("content-type", "application/json");
    post.body = QJsonObject{};
    auto outcome = zaken.validate(post);
    QCOMPARE(outcome.httpStatus, 412); // Accept-Crs/Content-Crs missing
    post.headers.insert("accept-crs", "EPSG:4326");
    post.headers.insert("content-crs", "EPSG:28992");
    QCOMPARE(zaken.validate(post).httpStatus, 412);
    post.headers.insert("content-crs", "EPSG:4326");
    outcome = zaken.validate(post);
    QCOMPARE(outcome.httpStatus, 400);
    QCOMPARE(outcome.operationId, QStringLiteral("zaak_create"));

    RequestView get;
    get.method = "GET";
    get.path = QStringLiteral("/statussen");
    get.query = {{QStringLiteral("zaak"), QStringLiteral("http://h/z/1")}};
    QVERIFY(zaken.validate(get).ok());
    get.query.append({QStringLiteral("zaaak"), QStringLiteral("x")});
    outcome = zaken.validate(get);
    QCOMPARE(outcome.httpStatus, 400);
    QCOMPARE(outcome.invalidParams.first().code, QStringLiteral("unknown-parameters"));
    get.query = {{QStringLiteral("zaak"), QStringLiteral("geen url")}};
    QCOMPARE(zaken.validate(get).httpStatus, 400);
    get.path = QStringLiteral("/statussen/abc");
    get.method = "DELETE";
    QCOMPARE(zaken.validate(get).httpStatus, 405);
    get.path = QStringLiteral("/bestaat-niet");
    QCOMPARE(zaken.validate(get).httpStatus, 404);
}

QTEST_GUILESS_MAIN(TestZgwUnit)
#include "tst_zgw_unit.moc"
