// AllegroClient against the real allegro-sim binary on a free port: login flow, reads,
// assumed operations, exactly-once payment orders and every fault switch.
#include "integrations/allegro/AllegroClient.h"
#include "money/Bsn.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace regie;
using namespace regie::allegro;

namespace {

constexpr qint32 kFibu = 100'001;       // demo household 0, FiBu relatie
constexpr qint32 kKredietbank = 200'001; // demo household 0, Kredietbank relatie

// Demo household 0's BSN: the first number from 100000000 that passes the 11-proef.
QString demoBsn()
{
    for (qint64 c = 100'000'000;; ++c) {
        if (Bsn::elevenProof(QString::number(c)))
            return QString::number(c);
    }
}

} // namespace

class TestAllegroE2E : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void loginFlow();
    void wrongCredentialsAreRejected();
    void budgetOverview();
    void loans();
    void paymentOrderExactlyOnce();
    void householdThroughAdmin();
    void paymentOrderRefusals();
    void newMutatieIsSynced();
    void messageExactlyOnce();
    void reloginAfterSessionExpiry();
    void asyncCall();
    void faultSlowGivesTimeout();
    void faultDownGivesNetworkError();
    void faultSoapFault();
    void faultHttp503();
    void faultDrop();
    void responseTooLarge();
    void recovered();

private:
    ClientConfig config() const;
    QJsonDocument admin(const QByteArray &method, const QString &path, const QJsonObject &body = {});
    void setFaults(const QJsonObject &faults) { QVERIFY(admin("POST", QStringLiteral("/admin/faults"), faults).isObject()); }

    QTemporaryDir dir_;
    QProcess sim_;
    QUrl base_;
    QNetworkAccessManager network_;
};

void TestAllegroE2E::initTestCase()
{
    QVERIFY(dir_.isValid());
    sim_.setProgram(QStringLiteral(ALLEGRO_SIM_PATH));
    sim_.setArguments({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--data"),
                       dir_.filePath(QStringLiteral("sim.sqlite")), QStringLiteral("--seed-demo"), QStringLiteral("3"),
                       QStringLiteral("--user"), QStringLiteral("regie"), QStringLiteral("--password"), QStringLiteral("geheim")});
    sim_.start();
    QVERIFY2(sim_.waitForStarted(5000), qPrintable(sim_.errorString()));
    QByteArray line;
    for (int i = 0; i < 100 && !line.contains('\n'); ++i) {
        sim_.waitForReadyRead(100);
        line += sim_.readAllStandardOutput();
    }
    const QByteArray prefix = "allegro-sim listening on ";
    QVERIFY2(line.startsWith(prefix), line.constData());
    base_ = QUrl(QString::fromUtf8(line.mid(prefix.size()).trimmed()) + QStringLiteral("/allegro"));
    QVERIFY(base_.port() > 0);
}

void TestAllegroE2E::cleanupTestCase()
{
    sim_.terminate(); // SIGTERM: the simulator must stop cleanly
    QVERIFY(sim_.waitForFinished(5000));
    QCOMPARE(sim_.exitStatus(), QProcess::NormalExit);
    QCOMPARE(sim_.exitCode(), 0);
    QVERIFY(sim_.readAllStandardOutput().contains("allegro-sim stopped"));
}

void TestAllegroE2E::init()
{
    setFaults({{QStringLiteral("slowMs"), 0}, {QStringLiteral("failRate"), 0}, {QStringLiteral("soapFaultRate"), 0},
               {QStringLiteral("dropRate"), 0}, {QStringLiteral("down"), false}});
}

ClientConfig TestAllegroE2E::config() const
{
    ClientConfig c;
    c.baseUrl = base_;
    c.username = QStringLiteral("regie");
    c.password = QStringLiteral("geheim");
    c.timeoutMs = 3000;
    return c;
}

QJsonDocument TestAllegroE2E::admin(const QByteArray &method, const QString &path, const QJsonObject &body)
{
    QUrl url = base_;
    url.setPath(path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(5000);
    QNetworkReply *reply = network_.sendCustomRequest(request, method, QJsonDocument(body).toJson());
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll());
}

void TestAllegroE2E::loginFlow()
{
    AllegroClient client(config());
    QSignalSpy started(&client, &AllegroClient::sessionStarted);
    auto login = client.loginBlocking();
    QVERIFY2(login.ok(), qPrintable(login.error.message));
    QVERIFY(client.hasSession());
    QCOMPARE(started.count(), 1);

    auto relaties = client.callBlocking(ops::kBSNNaarRelatieMetBedrijf, BSNRequest{demoBsn()});
    QVERIFY2(relaties.ok(), qPrintable(relaties.error.message));
    QCOMPARE(relaties.value->Result.size(), size_t(2));
    QCOMPARE(relaties.value->Result[0].Relatiecode, kFibu);
    QCOMPARE(relaties.value->Result[0].Bedrijfscode, kBedrijfFibu);
    QCOMPARE(relaties.value->Result[1].Relatiecode, kKredietbank);
    QCOMPARE(relaties.value->Result[1].Bedrijfscode, kBedrijfKredietbank);

    auto mag = client.callBlocking(ops::kAllegroWebMagAanmelden, RelatieCodeRequest{kFibu});
    QVERIFY(mag.ok());
    QVERIFY(mag.value->Result);
    QCOMPARE(mag.value->aUserInfo.RelatieCode, kFibu);
    QCOMPARE(started.count(), 1); // one login served every call
}

void TestAllegroE2E::wrongCredentialsAreRejected()
{
    ClientConfig c = config();
    c.password = QStringLiteral("fout");
    AllegroClient client(c);
    auto r = client.callBlocking(ops::kGetBBROverzicht, RelatieCodeRequest{kFibu});
    QVERIFY(!r.ok());
    QCOMPARE(kindName(r.error.kind), QStringLiteral("Rejected"));
    QVERIFY(!r.error.message.contains(QLatin1String("fout")));

    // Without credentials the anonymous login is used, as Mijn Krefia does.
    c.username.clear();
    AllegroClient anonymous(c);
    QVERIFY(anonymous.callBlocking(ops::kGetBBROverzicht, RelatieCodeRequest{kFibu}).ok());
}

void TestAllegroE2E::budgetOverview()
{
    AllegroClient client(config());
    auto bbr = client.callBlocking(ops::kGetBBROverzicht, RelatieCodeRequest{kFibu});
    QVERIFY2(bbr.ok(), qPrintable(bbr.error.message));
    QCOMPARE(bbr.value->Result.size(), size_t(1));
    QCOMPARE(bbr.value->Result[0].VormCode, QStringLiteral("T"));

    auto plan = client.callBlocking(assumed::kGetOpdrachten, RelatieCodeRequest{kFibu});
    QVERIFY(plan.ok());
    QCOMPARE(plan.value->Result.size(), size_t(4));
    QCOMPARE(plan.value->Result[0].Omschrijving, QStringLiteral("Huur"));
    QCOMPARE(plan.value->Result[0].PeriodeBedrag, Money::fromCents(65'000));
    QCOMPARE(plan.value->Result[1].NummerReservering, 4);

    auto saldi = client.callBlocking(assumed::kGetSaldoReserveringen, RelatieCodeRequest{kFibu});
    QVERIFY(saldi.ok());
    QCOMPARE(saldi.value->Result.SaldoReserveringen.size(), size_t(4));
    qint64 sum = 0;
    for (const auto &r : saldi.value->Result.SaldoReserveringen)
        sum += r.Saldo.cents();
    QCOMPARE(saldi.value->Result.Totaal.cents(), sum);
    QCOMPARE(saldi.value->Result.SaldoReserveringen[1].Omschrijving, QStringLiteral("Leefgeld"));

    auto afschrift = client.callBlocking(assumed::kGetAfschriften,
                                         AfschriftenRequest{kFibu, QDateTime::currentDateTime().addDays(-60)});
    QVERIFY2(afschrift.ok(), qPrintable(afschrift.error.message));
    QVERIFY(afschrift.value->Mutaties.size() >= 3);
    QCOMPARE(afschrift.value->Mutaties[1].Omschrijving, QStringLiteral("Uitkering Participatiewet"));
    QCOMPARE(afschrift.value->Mutaties[1].Bedrag, Money::fromCents(142'317));
    QVERIFY(afschrift.value->Mutaties[1].IndicatieBij);
    QCOMPARE(afschrift.value->Result.HuidigTotaalSaldoReserveringen, saldi.value->Result.Totaal);
}

void TestAllegroE2E::loans()
{
    AllegroClient client(config());
    auto overzicht = client.callBlocking(ops::kGetPLOverzicht, RelatieCodeRequest{kKredietbank});
    QVERIFY(overzicht.ok());
    QCOMPARE(overzicht.value->Result.size(), size_t(1));
    auto pl = client.callBlocking(ops::kGetPL, PLRequest{overzicht.value->Result[0]});
    QVERIFY2(pl.ok(), qPrintable(pl.error.message));
    QCOMPARE(pl.value->Result.SaldoLening, Money::fromCents(167'966));
    QCOMPARE(pl.value->Result.MaandTermijn, Money::fromCents(4'692));
    QCOMPARE(pl.value->Result.Achterstand, Money::fromCents(9'384));
    QCOMPARE(pl.value->Result.ResterendeLooptijd, 11);
    QCOMPARE(pl.value->Result.MaandPercentage.text, QStringLiteral("0.246"));

    auto none = client.callBlocking(ops::kGetPL, PLRequest{TPLHeader{kKredietbank, 99, {}}});
    QCOMPARE(kindName(none.error.kind), QStringLiteral("SoapFault"));
}

void TestAllegroE2E::paymentOrderExactlyOnce()
{
    AllegroClient client(config());
    auto before = client.callBlocking(assumed::kGetSaldoReserveringen, RelatieCodeRequest{kFibu});
    QVERIFY(before.ok());
    const Money buffer = before.value->Result.SaldoReserveringen[2].Saldo;

    EenmaligeOpdrachtRequest order{kFibu, 3, Money::fromCents(2'500), QStringLiteral("NL91ABNA0417164300"),
                                   QStringLiteral("Nieuwe fiets"), QStringLiteral("regie-outbox-0001")};
    auto first = client.callBlocking(assumed::kMaakEenmaligeOpdracht, order);
    QVERIFY2(first.ok(), qPrintable(first.error.message));
    auto second = client.callBlocking(assumed::kMaakEenmaligeOpdracht, order);
    QVERIFY2(second.ok(), qPrintable(second.error.message));
    QCOMPARE(second.value->Result.UniekVolgnummer, first.value->Result.UniekVolgnummer);
    QCOMPARE(second.value->Result.Referentie, order.aReferentie);
    QCOMPARE(second.value->Result.PeriodeBedrag, Money::fromCents(2'500));

    const QJsonArray orders = admin("GET", QStringLiteral("/admin/orders")).array();
    int matching = 0;
    for (const auto &o : orders) {
        if (o.toObject().value(QStringLiteral("referentie")).toString() == order.aReferentie) {
            ++matching;
            QCOMPARE(o.toObject().value(QStringLiteral("bedragCents")).toInteger(), 2'500);
            QCOMPARE(o.toObject().value(QStringLiteral("nummerReservering")).toInt(), 3);
        }
    }
    QCOMPARE(matching, 1);

    auto after = client.callBlocking(assumed::kGetSaldoReserveringen, RelatieCodeRequest{kFibu});
    QCOMPARE(after.value->Result.SaldoReserveringen[2].Saldo.cents(), buffer.cents() - 2'500);
}

void TestAllegroE2E::paymentOrderRefusals()
{
    AllegroClient client(config());
    EenmaligeOpdrachtRequest order{kFibu, 3, Money::fromCents(1'000), QStringLiteral("NL91ABNA0417164300"),
                                   QStringLiteral("Bril"), QStringLiteral("regie-outbox-0002")};
    QVERIFY(client.callBlocking(assumed::kMaakEenmaligeOpdracht, order).ok());
    order.aBedrag = Money::fromCents(1'001); // same key, other data: never a second payment
    auto reused = client.callBlocking(assumed::kMaakEenmaligeOpdracht, order);
    QCOMPARE(kindName(reused.error.kind), QStringLiteral("SoapFault"));
    QVERIFY(reused.error.faultString.contains(QLatin1String("Referentie")));

    order.aReferentie = QStringLiteral("regie-outbox-0003");
    order.aBedrag = Money::fromCents(99'999'999);
    auto tooMuch = client.callBlocking(assumed::kMaakEenmaligeOpdracht, order);
    QCOMPARE(kindName(tooMuch.error.kind), QStringLiteral("SoapFault"));
    QVERIFY(tooMuch.error.faultString.contains(QLatin1String("saldo")));

    order.aBedrag = Money::fromCents(100);
    order.aIBAN = QStringLiteral("NL00ABNA0417164300");
    auto badIban = client.callBlocking(assumed::kMaakEenmaligeOpdracht, order);
    QCOMPARE(kindName(badIban.error.kind), QStringLiteral("SoapFault"));
    QVERIFY(!badIban.error.message.contains(QLatin1String("0417164300")));
}

void TestAllegroE2E::newMutatieIsSynced()
{
    const QJsonDocument added = admin("POST", QStringLiteral("/admin/mutaties"),
                                      {{QStringLiteral("relatieCode"), kFibu}, {QStringLiteral("bedragCents"), 1'234},
                                       {QStringLiteral("bij"), true}, {QStringLiteral("omschrijving"), QStringLiteral("Toeslag")}});
    const qint64 volgnummer = added.object().value(QStringLiteral("volgnummerMutatie")).toInteger();
    QVERIFY(volgnummer > 0);
    AllegroClient client(config());
    auto afschrift = client.callBlocking(assumed::kGetAfschriften, AfschriftenRequest{kFibu, QDateTime::currentDateTime().addDays(-1)});
    QVERIFY(afschrift.ok());
    bool found = false;
    for (const auto &m : afschrift.value->Mutaties) {
        if (m.VolgnummerMutatie == volgnummer) {
            found = true;
            QCOMPARE(m.Bedrag, Money::fromCents(1'234));
            QCOMPARE(m.Omschrijving, QStringLiteral("Toeslag"));
        }
    }
    QVERIFY(found);
    QCOMPARE(admin("POST", QStringLiteral("/admin/mutaties"), {{QStringLiteral("relatieCode"), kFibu}, {QStringLiteral("bedragCents"), -5}})
                 .object().value(QStringLiteral("error")).isString(), true);
}

void TestAllegroE2E::messageExactlyOnce()
{
    AllegroClient client(config());
    StuurBerichtRequest message{kFibu, QStringLiteral("Aanvraag goedgekeurd"), QStringLiteral("Je geld komt eraan."), QStringLiteral("regie-msg-1")};
    auto first = client.callBlocking(assumed::kStuurBericht, message);
    auto second = client.callBlocking(assumed::kStuurBericht, message);
    QVERIFY2(first.ok() && second.ok(), qPrintable(first.error.message + second.error.message));
    QCOMPARE(first.value->Result.Code, second.value->Result.Code);
    BerichtenRequest query;
    query.Relatiecode = kFibu;
    query.DatumVan = QDateTime::currentDateTime().addDays(-1);
    query.DatumTotEnMet = QDateTime::currentDateTime();
    auto list = client.callBlocking(ops::kGetBerichten, query);
    QVERIFY(list.ok());
    int copies = 0;
    for (const auto &h : list.value->Result)
        copies += h.Onderwerp == message.aOnderwerp ? 1 : 0;
    QCOMPARE(copies, 1);
}

void TestAllegroE2E::reloginAfterSessionExpiry()
{
    AllegroClient client(config());
    QSignalSpy started(&client, &AllegroClient::sessionStarted);
    QVERIFY(client.callBlocking(ops::kGetBBROverzicht, RelatieCodeRequest{kFibu}).ok());
    QVERIFY(admin("POST", QStringLiteral("/admin/expire-sessions")).object().value(QStringLiteral("expired")).toBool());
    auto again = client.callBlocking(ops::kGetBBROverzicht, RelatieCodeRequest{kFibu});
    QVERIFY2(again.ok(), qPrintable(again.error.message));
    QCOMPARE(started.count(), 2);
}

void TestAllegroE2E::asyncCall()
{
    AllegroClient client(config());
    std::optional<Result<PLOverzichtResponse>> got;
    int calls = 0;
    client.call(ops::kGetPLOverzicht, RelatieCodeRequest{kKredietbank}, [&](Result<PLOverzichtResponse> r) {
        ++calls;
        got = std::move(r);
    });
    QVERIFY(!got.has_value()); // truly asynchronous
    QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 5000);
    QVERIFY(got->ok());
    QCOMPARE(got->value->Result.size(), size_t(1));
    QTest::qWait(50);
    QCOMPARE(calls, 1);
}

void TestAllegroE2E::faultSlowGivesTimeout()
{
    AllegroClient client(config());
    QVERIFY(client.loginBlocking().ok());
    setFaults({{QStringLiteral("slowMs"), 1500}});
    client.setTimeoutMs(300);
    QSignalSpy failed(&client, &AllegroClient::callFailed);
    auto r = client.callBlocking(ops::kGetBBROverzicht, RelatieCodeRequest{kFibu});
    QVERIFY(!r.ok());
    QCOMPARE(kindName(r.error.kind), QStringLiteral("Timeout"));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(1).toString(), QStringLiteral("Timeout"));
}

void TestAllegroE2E::faultDownGivesNetworkError()
{
    AllegroClient client(config());
    QVERIFY(client.loginBlocking().ok());
    setFaults({{QStringLiteral("down"), true}});
    auto r = client.callBlocking(ops::kGetBBROverzicht, RelatieCodeRequest{kFibu});
    QCOMPARE(kindName(r.error.kind), QStringLiteral("Network"));

    ClientConfig nowhere = config(); // a port nobody listens on
    nowhere.baseUrl.setPort(1);
    AllegroClient refused(nowhere);
    QCOMPARE(kindName(refused.callBlocking(ops::kGetBBROverzicht, RelatieCodeRequest{kFibu}).error.kind), QStringLiteral("Network"));
}

// A household made and changed through /admin/huishoudens is what the SOAP side serves,
// and the fault switches apply to the take-over's reads too.
void TestAllegroE2E::householdThroughAdmin()
{
    QJsonObject h{{QStringLiteral("relatieCode"), 150001},
                  {QStringLiteral("bsn"), QStringLiteral("100000022")},
                  {QStringLiteral("voornamen"), QStringLiteral("Fatima")},
                  {QStringLiteral("achternaam"), QStringLiteral("Amrani-Test")},
                  {QStringLiteral("voorvoegsels"), QStringLiteral("el")},
                  {QStringLiteral("vormCode"), QStringLiteral("T")},
                  {QStringLiteral("vormNaam"), QStringLiteral("Totaal")},
                  {QStringLiteral("team"), QStringLiteral("Team Noord")},
                  {QStringLiteral("beheerIban"), QStringLiteral("NL20INGB0001234567")},
                  {QStringLiteral("rekeningen"), QJsonArray{QJsonObject{{QStringLiteral("iban"), QStringLiteral("NL91ABNA0417164300")},
                                                                        {QStringLiteral("omschrijving"), QStringLiteral("Betaalrekening")}}}},
                  {QStringLiteral("reserveringen"), QJsonArray{QJsonObject{{QStringLiteral("nummer"), 1},
                                                                           {QStringLiteral("omschrijving"), QStringLiteral("Kleding")},
                                                                           {QStringLiteral("saldoCents"), 12'345}}}},
                  {QStringLiteral("opdrachten"), QJsonArray{QJsonObject{{QStringLiteral("volgnummer"), 1},
                                                                        {QStringLiteral("omschrijving"), QStringLiteral("Huur")},
                                                                        {QStringLiteral("periodiciteit"), QStringLiteral("M")},
                                                                        {QStringLiteral("bedragCents"), 65'000}}}},
                  {QStringLiteral("lening"), QJsonObject{{QStringLiteral("nettoCents"), 100'000}, {QStringLiteral("saldoCents"), 80'000},
                                                         {QStringLiteral("maandtermijnCents"), 5'000}, {QStringLiteral("aantalMaanden"), 20},
                                                         {QStringLiteral("achterstandCents"), 0}}}};
    QVERIFY(admin("POST", QStringLiteral("/admin/huishoudens"), h).object().value(QStringLiteral("nieuw")).toBool());
    AllegroClient client(config());
    auto relatie = client.callBlocking(assumed::kGetRelatie, RelatieCodeRequest{150001});
    QVERIFY2(relatie.ok(), qPrintable(relatie.error.message));
    QCOMPARE(relatie.value->Result.Achternaam, QStringLiteral("Amrani-Test"));
    QCOMPARE(relatie.value->Result.Voorvoegsels, QStringLiteral("el"));
    auto rekeningen = client.callBlocking(assumed::kGetRekeningnummers, RelatieCodeRequest{150001});
    QVERIFY2(rekeningen.ok(), qPrintable(rekeningen.error.message));
    QCOMPARE(rekeningen.value->Beheerrekening.IBAN, QStringLiteral("NL20INGB0001234567"));
    QCOMPARE(rekeningen.value->Result.size(), size_t(1));
    QCOMPARE(rekeningen.value->Result.front().IBAN, QStringLiteral("NL91ABNA0417164300"));
    auto bbr = client.callBlocking(ops::kGetBBROverzicht, RelatieCodeRequest{150001});
    QVERIFY(bbr.ok() && bbr.value->Result.size() == 1);
    QCOMPARE(bbr.value->Result.front().VormCode, QStringLiteral("T"));
    auto saldi = client.callBlocking(assumed::kGetSaldoReserveringen, RelatieCodeRequest{150001});
    QVERIFY(saldi.ok());
    QCOMPARE(saldi.value->Result.SaldoReserveringen.size(), size_t(1));
    QCOMPARE(saldi.value->Result.SaldoReserveringen.front().Saldo.cents(), 12'345);
    auto lening = client.callBlocking(ops::kGetPL, PLRequest{TPLHeader{200'000 + 150001, 1, {}}});
    QVERIFY2(lening.ok(), qPrintable(lening.error.message));
    QCOMPARE(lening.value->Result.SaldoLening.cents(), 80'000);

    // Changed: the reservering ended, the line changed, the loan paid off.
    h.insert(QStringLiteral("reserveringen"), QJsonArray{});
    h.insert(QStringLiteral("opdrachten"), QJsonArray{QJsonObject{{QStringLiteral("volgnummer"), 1}, {QStringLiteral("omschrijving"), QStringLiteral("Huur")},
                                                                  {QStringLiteral("periodiciteit"), QStringLiteral("M")},
                                                                  {QStringLiteral("bedragCents"), 66'000}}});
    h.remove(QStringLiteral("lening"));
    QCOMPARE(admin("POST", QStringLiteral("/admin/huishoudens"), h).object().value(QStringLiteral("nieuw")).toBool(true), false);
    QVERIFY(client.callBlocking(assumed::kGetSaldoReserveringen, RelatieCodeRequest{150001}).value->Result.SaldoReserveringen.empty());
    QCOMPARE(client.callBlocking(assumed::kGetOpdrachten, RelatieCodeRequest{150001}).value->Result.front().PeriodeBedrag.cents(), 66'000);
    QVERIFY(client.callBlocking(ops::kGetPLOverzicht, RelatieCodeRequest{200'000 + 150001}).value->Result.empty());

    // A bad document changes nothing.
    QJsonObject bad = h;
    bad.insert(QStringLiteral("beheerIban"), QStringLiteral("NL00GEEN0000000000"));
    bad.insert(QStringLiteral("achternaam"), QStringLiteral("Anders"));
    QVERIFY(admin("POST", QStringLiteral("/admin/huishoudens"), bad).object().contains(QStringLiteral("error")));
    QCOMPARE(client.callBlocking(assumed::kGetRelatie, RelatieCodeRequest{150001}).value->Result.Achternaam, QStringLiteral("Amrani-Test"));

    setFaults({{QStringLiteral("soapFaultRate"), 1.0}});
    auto faulted = client.callBlocking(assumed::kGetRekeningnummers, RelatieCodeRequest{150001});
    QCOMPARE(kindName(faulted.error.kind), QStringLiteral("SoapFault"));
}

void TestAllegroE2E::faultSoapFault()
{
    AllegroClient client(config());
    QVERIFY(client.loginBlocking().ok());
    setFaults({{QStringLiteral("soapFaultRate"), 1.0}});
    auto r = client.callBlocking(ops::kGetBBROverzicht, RelatieCodeRequest{kFibu});
    QCOMPARE(kindName(r.error.kind), QStringLiteral("SoapFault"));
    QCOMPARE(r.error.faultCode, QStringLiteral("SOAP-ENV:Server"));
    QVERIFY(r.error.faultString.contains(QLatin1String("Gesimuleerde storing")));
    QCOMPARE(r.error.httpStatus, 500);
}

void TestAllegroE2E::faultHttp503()
{
    AllegroClient client(config());
    QVERIFY(client.loginBlocking().ok());
    setFaults({{QStringLiteral("failRate"), 1.0}});
    auto r = client.callBlocking(ops::kGetBBROverzicht, RelatieCodeRequest{kFibu});
    QCOMPARE(kindName(r.error.kind), QStringLiteral("Http"));
    QCOMPARE(r.error.httpStatus, 503);
    QVERIFY(admin("POST", QStringLiteral("/admin/faults"), {{QStringLiteral("failRate"), 7}}).object().contains(QStringLiteral("error")));
}

void TestAllegroE2E::faultDrop()
{
    AllegroClient client(config());
    QVERIFY(client.loginBlocking().ok());
    setFaults({{QStringLiteral("dropRate"), 1.0}});
    auto r = client.callBlocking(ops::kGetBBROverzicht, RelatieCodeRequest{kFibu});
    QCOMPARE(kindName(r.error.kind), QStringLiteral("Network"));
}

void TestAllegroE2E::responseTooLarge()
{
    ClientConfig c = config();
    c.maxResponseBytes = 1500; // the login answer fits, four budgetplan lines do not
    AllegroClient client(c);
    QSignalSpy failed(&client, &AllegroClient::callFailed);
    auto r = client.callBlocking(assumed::kGetOpdrachten, RelatieCodeRequest{kFibu});
    QCOMPARE(kindName(r.error.kind), QStringLiteral("TooLarge"));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("BBRService.GetOpdrachten"));
}

void TestAllegroE2E::recovered()
{
    AllegroClient client(config());
    setFaults({{QStringLiteral("down"), true}});
    QVERIFY(!client.callBlocking(ops::kGetBBROverzicht, RelatieCodeRequest{kFibu}).ok());
    setFaults({{QStringLiteral("down"), false}});
    auto r = client.callBlocking(ops::kGetBBROverzicht, RelatieCodeRequest{kFibu});
    QVERIFY2(r.ok(), qPrintable(r.error.message));
}

QTEST_GUILESS_MAIN(TestAllegroE2E)
#include "tst_allegro_e2e.moc"
