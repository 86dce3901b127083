// The Allegro parser on every real example, on broken input and on its own output.
#include "integrations/allegro/Amount.h"
#include "integrations/allegro/AssumedOperations.h"
#include "integrations/allegro/Codec.h"
#include "integrations/allegro/Operations.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QTimeZone>
#include <QtTest/QTest>

using namespace regie;
using namespace regie::allegro;

namespace {

QString examplesDir() { return QStringLiteral(REGIE_SHARED_DIR "/specs/allegro/examples"); }

QByteArray example(const QString &name)
{
    QFile f(examplesDir() + u'/' + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing example %s", qPrintable(name));
    return f.readAll();
}

Money cents(qint64 c) { return Money::fromCents(c); }

QDateTime amsterdam(int y, int mo, int d, int h = 0, int mi = 0, int s = 0, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), QTimeZone(QByteArrayLiteral("Europe/Amsterdam")));
}

const QString kSession = QStringLiteral("{43B7DD35-848E-4F52-B90A-6D2E4071D9C6}");

} // namespace

class TestAllegroParser : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyExampleIsCovered();
    void loginTijdelijk();
    void magAanmelden();
    void bsnNaarRelatie();
    void bbrOverzicht();
    void plOverzicht();
    void pl();
    void plRefusedWhenExact();
    void berichten();
    void srvOverzicht();
    void srvAanvraag();
    void amounts_data();
    void amounts();
    void broken_data();
    void broken();
    void soapFault();
    void faultRedactsPersonalData();
    void hugeDocument();
    void deepNesting();
    void writerRoundTrip();
    void requestRoundTrip();
    void responseRoundTripAssumed();
    void relatieEnRekeningnummers();
    void dates();
};

// Each example file "Service.Operation.xml" must be parsed by the operation of that name.
void TestAllegroParser::everyExampleIsCovered()
{
    const QStringList files = QDir(examplesDir()).entryList({QStringLiteral("*.xml")}, QDir::Files);
    QVERIFY2(files.size() >= 9, qPrintable(examplesDir()));
    for (const QString &file : files) {
        const QStringList parts = file.split(u'.');
        QCOMPARE(parts.size(), 3);
        const OperationName name{parts[0], parts[1]};
        auto message = parseEnvelope(example(file));
        QVERIFY2(message.ok(), qPrintable(file + u' ' + message.error.message));
        QCOMPARE(message.value->operation.name, name.responseElement());
        QCOMPARE(message.value->sessionId, kSession);
    }
}

void TestAllegroParser::loginTijdelijk()
{
    auto r = readResponse<LoginResponse>(ops::kLoginTijdelijk.name, example(QStringLiteral("LoginService.AllegroWebLoginTijdelijk.xml")));
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QCOMPARE(r.value->Result, true);
    const AWUserInfo &u = r.value->aUserInfo;
    QCOMPARE(u.SessionID, kSession);
    QCOMPARE(u.UserID, QStringLiteral("AnonymousLoginNA"));
    QCOMPARE(u.LoginType, QString());
    QCOMPARE(u.RelatieCode, 0);
    QCOMPARE(u.Naam, QStringLiteral("Tijdelijke Login"));
    QCOMPARE(u.LaatsteLogin, amsterdam(2021, 9, 3, 13, 51, 52, 674));
    QCOMPARE(u.ExtraInfo, 0);
    QCOMPARE(u.WachtwoordWijzigen, false);
}

void TestAllegroParser::magAanmelden()
{
    auto r = readResponse<LoginResponse>(ops::kAllegroWebMagAanmelden.name, example(QStringLiteral("LoginService.AllegroWebMagAanmelden.xml")));
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QCOMPARE(r.value->Result, true);
    QCOMPARE(r.value->aUserInfo.UserID, QStringLiteral("321321"));
    QCOMPARE(r.value->aUserInfo.LoginType, QStringLiteral("100000"));
    QCOMPARE(r.value->aUserInfo.RelatieCode, 321321);
    QCOMPARE(r.value->aUserInfo.Naam, QStringLiteral("W.R. Boerjasing"));
    QCOMPARE(r.value->aUserInfo.Autorisaties, QStringLiteral("00000100000000000000000000"));
    QCOMPARE(r.value->aUserInfo.LaatsteLogin, amsterdam(2021, 8, 30, 15, 32, 46, 373));
}

void TestAllegroParser::bsnNaarRelatie()
{
    auto r = readResponse<RelatiecodesResponse>(ops::kBSNNaarRelatieMetBedrijf.name, example(QStringLiteral("LoginService.BSNNaarRelatieMetBedrijf.xml")));
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QCOMPARE(r.value->Result.size(), size_t(2));
    QCOMPARE(r.value->Result[0].Relatiecode, 123123);
    QCOMPARE(r.value->Result[0].Bedrijfscode, kBedrijfKredietbank);
    QCOMPARE(r.value->Result[0].Bedrijfsnaam, QStringLiteral("Kredietbank, Gemeente Amsterdam"));
    QCOMPARE(r.value->Result[1].Relatiecode, 321321);
    QCOMPARE(r.value->Result[1].Bedrijfscode, kBedrijfFibu);
    QCOMPARE(r.value->ExtraInfo, 0);
}

void TestAllegroParser::bbrOverzicht()
{
    auto r = readResponse<BBROverzichtResponse>(ops::kGetBBROverzicht.name, example(QStringLiteral("BBRService.GetBBROverzicht.xml")));
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QCOMPARE(r.value->Result.size(), size_t(1));
    const TBBRHeader &h = r.value->Result[0];
    QCOMPARE(h.RelatieCode, 123123123);
    QCOMPARE(h.Volgnummer, 3);
    QCOMPARE(h.Medewerker, QStringLiteral("JKL-Test")); // CHAR padding removed
    QCOMPARE(h.Opdrachtgever, Q_INT64_C(77776666655555));
    QCOMPARE(h.OpdrachtgeverContact, 0);
    QCOMPARE(h.VormCode, QStringLiteral("T"));
    QCOMPARE(h.VormNaam, QStringLiteral("Totaal"));
    QCOMPARE(h.ProductNaam, QString());
    QCOMPARE(h.Team, QString());
    QCOMPARE(r.value->ExtraInfo, Q_INT64_C(112233311222));
}

void TestAllegroParser::plOverzicht()
{
    auto r = readResponse<PLOverzichtResponse>(ops::kGetPLOverzicht.name, example(QStringLiteral("FinancieringService.GetPLOverzicht.xml")));
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QCOMPARE(r.value->Result.size(), size_t(1));
    QCOMPARE(r.value->Result[0].RelatieCode, 321321);
    QCOMPARE(r.value->Result[0].Volgnummer, 1);
    QCOMPARE(r.value->Result[0].Startdatum, amsterdam(2019, 4, 9));
}

void TestAllegroParser::pl()
{
    auto r = readResponse<PLResponse>(ops::kGetPL.name, example(QStringLiteral("FinancieringService.GetPL.xml")));
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    const TPL &p = r.value->Result;
    QCOMPARE(p.InfoHeader.RelatieCode, 321321);
    QCOMPARE(p.InfoHeader.Volgnummer, 1);
    QCOMPARE(p.InfoHeader.Startdatum, amsterdam(2019, 4, 9));
    QCOMPARE(p.Opdrachtgever, 55667788);
    QCOMPARE(p.TheoEinddatum, amsterdam(2022, 8, 1));
    QCOMPARE(p.NettoKredietsom, cents(160000));
    QCOMPARE(p.BrutoKredietsom, cents(168912));
    QCOMPARE(p.Kredietvergoeding, cents(8912)); // "89.1199999999999": double noise, tolerated
    QCOMPARE(p.MaandTermijn, cents(4692));
    QCOMPARE(p.KwartaalTermijn, cents(0));
    QCOMPARE(p.AantalMaanden, 36);
    QCOMPARE(p.AantalKwartalen, 0);
    QCOMPARE(p.DatumEersteAflossing, amsterdam(2019, 9, 1));
    QCOMPARE(p.Betaald, cents(0));
    QCOMPARE(p.SaldoLening, cents(167966));
    QCOMPARE(p.Achterstand, cents(117300));
    QCOMPARE(p.ResterendeLooptijd, 11);
    QCOMPARE(p.EffectiefJaarpercentage.text, QStringLiteral("3"));
    QVERIFY(!p.DatumLaatsteBetaling.isValid()); // Delphi zero date = no date
    QCOMPARE(p.BedragLaatsteBetaling, cents(0));
    QCOMPARE(p.VolledigVervroegdeAflossing, cents(168014));
    QCOMPARE(p.Medewerker, QStringLiteral("Incasso"));
    QCOMPARE(p.OpenstaandeKredietvergoeding, cents(7966));
    QCOMPARE(p.LeningSoort, QStringLiteral("SL"));
    QCOMPARE(p.MaandPercentage.text, QStringLiteral("0.246"));
    QCOMPARE(p.BetaaldeKredietvergoeding, cents(0));
}

// Where money moves, even double noise is refused: the exact policy names the field.
void TestAllegroParser::plRefusedWhenExact()
{
    auto r = readResponse<PLResponse>(ops::kGetPL.name, example(QStringLiteral("FinancieringService.GetPL.xml")), {}, AmountPolicy::Exact);
    QVERIFY(!r.ok());
    QCOMPARE(r.error.kind, Error::Kind::Parse);
    QVERIFY2(r.error.message.contains(QLatin1String("Kredietvergoeding")), qPrintable(r.error.message));
    QVERIFY(r.error.message.contains(QLatin1String("NeedsRounding")));
}

void TestAllegroParser::berichten()
{
    auto r = readResponse<BerichtenResponse>(ops::kGetBerichten.name, example(QStringLiteral("BerichtenBoxService.GetBerichten.xml")));
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    const auto &b = r.value->Result;
    QCOMPARE(b.size(), size_t(7));
    QCOMPARE(b[0].Code, 58);
    QCOMPARE(b[0].AfzenderOntvanger, QStringLiteral("Aan: H de Bergeracq"));
    QCOMPARE(b[0].Onderwerp, QStringLiteral("Gegevens mutatie identificatiebewijs"));
    QCOMPARE(b[0].Tijdstip, amsterdam(2021, 7, 14, 12, 34, 17));
    QCOMPARE(b[0].IndicatieOntvangen, false);
    QCOMPARE(b[0].IndicatieGelezen, true);
    QCOMPARE(b[0].IndicatieArchief, false);
    QCOMPARE(b[0].IndicatieBijlage, true);
    QCOMPARE(b[3].Code, 7);
    QCOMPARE(b[3].Onderwerp, QStringLiteral("test2"));
    QCOMPARE(b[3].Tijdstip, amsterdam(2020, 10, 26, 15, 21, 51, 860));
    QCOMPARE(b[3].IndicatieGelezen, false);
    QCOMPARE(b[6].Code, 2);
    QCOMPARE(b[6].Tijdstip, amsterdam(2020, 10, 15, 15, 19, 2));
}

void TestAllegroParser::srvOverzicht()
{
    auto r = readResponse<SRVOverzichtResponse>(ops::kGetSRVOverzicht.name, example(QStringLiteral("SchuldHulpService.GetSRVOverzicht.xml")));
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QCOMPARE(r.value->Result.size(), size_t(1));
    QCOMPARE(r.value->Result[0].RelatieCode, 321321);
    QCOMPARE(r.value->Result[0].Volgnummer, 2);
    QCOMPARE(r.value->Result[0].IsNPS, false);
    QCOMPARE(r.value->Result[0].Status, QStringLiteral("E"));
    QCOMPARE(r.value->Result[0].Statustekst, QStringLiteral("Derde fiattering akkoord- wacht op accoord client."));
}

void TestAllegroParser::srvAanvraag()
{
    auto r = readResponse<SRVAanvraagResponse>(ops::kGetSRVAanvraag.name, example(QStringLiteral("SchuldHulpService.GetSRVAanvraag.xml")));
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    const TSRVAanvraag &a = r.value->Result;
    QCOMPARE(a.InfoHeader.RelatieCode, 2442531);
    QCOMPARE(a.Einddatum, amsterdam(2020, 10, 20));
    QCOMPARE(a.Medewerker, QStringLiteral("GKA1"));
    QCOMPARE(a.VTLB, cents(95313));
    QCOMPARE(a.KostenFinancieelBeheer, cents(600));
    QCOMPARE(a.KostenSchuldhulpverlening, cents(-50));
    QCOMPARE(a.NettoAfloscapaciteit, cents(-550));
    QCOMPARE(a.TotaalAangemeldeSchuld, cents(300));
    QCOMPARE(a.TotaalTeruggemeldeSchuld, cents(541055));
    QCOMPARE(a.ExtraInleg, cents(0));
}

void TestAllegroParser::amounts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("tolerant");
    QTest::addColumn<qint64>("cents"); // -1 with error set: refused
    QTest::addColumn<int>("error");
    const int ok = int(AmountError::None);
    QTest::newRow("whole") << "1600" << false << qint64(160000) << ok;
    QTest::newRow("one decimal") << "12.5" << false << qint64(1250) << ok;
    QTest::newRow("two decimals") << "12.50" << false << qint64(1250) << ok;
    QTest::newRow("trailing zeros") << "12.5000" << false << qint64(1250) << ok;
    QTest::newRow("negative") << "-0.5" << false << qint64(-50) << ok;
    QTest::newRow("plus") << "+3.10" << false << qint64(310) << ok;
    QTest::newRow("leading dot") << ".5" << false << qint64(50) << ok;
    QTest::newRow("exponent") << "1.2E2" << false << qint64(12000) << ok;
    QTest::newRow("exponent lower") << "1.2345e2" << false << qint64(12345) << ok;
    QTest::newRow("negative exponent") << "5E-1" << false << qint64(50) << ok;
    QTest::newRow("exponent cents") << "1234E-2" << false << qint64(1234) << ok;
    QTest::newRow("exponent needs rounding") << "1234E-3" << false << qint64(-1) << int(AmountError::NeedsRounding);
    QTest::newRow("zero") << "0" << false << qint64(0) << ok;
    QTest::newRow("spaces") << "  7.05 " << false << qint64(705) << ok;
    QTest::newRow("rounding refused") << "12.505" << false << qint64(-1) << int(AmountError::NeedsRounding);
    QTest::newRow("rounding refused tolerant") << "12.505" << true << qint64(-1) << int(AmountError::NeedsRounding);
    QTest::newRow("third decimal tolerant") << "12.501" << true << qint64(-1) << int(AmountError::NeedsRounding);
    QTest::newRow("short nines tolerant") << "12.50999" << true << qint64(-1) << int(AmountError::NeedsRounding);
    QTest::newRow("noise exact") << "89.1199999999999" << false << qint64(-1) << int(AmountError::NeedsRounding);
    QTest::newRow("noise nines") << "89.1199999999999" << true << qint64(8912) << ok;
    QTest::newRow("noise zeros") << "0.30000000000000004" << true << qint64(30) << ok;
    QTest::newRow("noise negative") << "-5.4999999999" << true << qint64(-550) << ok;
    QTest::newRow("noise carry") << "9.9999999999" << true << qint64(1000) << ok;
    QTest::newRow("noise exponent") << "8.9E-15" << true << qint64(0) << ok;
    QTest::newRow("empty") << "" << false << qint64(-1) << int(AmountError::Empty);
    QTest::newRow("comma") << "12,50" << false << qint64(-1) << int(AmountError::NotANumber);
    QTest::newRow("nan") << "NaN" << false << qint64(-1) << int(AmountError::NotANumber);
    QTest::newRow("inf") << "INF" << false << qint64(-1) << int(AmountError::NotANumber);
    QTest::newRow("dot only") << "." << false << qint64(-1) << int(AmountError::NotANumber);
    QTest::newRow("two dots") << "1.2.3" << false << qint64(-1) << int(AmountError::NotANumber);
    QTest::newRow("huge exponent") << "1E999" << false << qint64(-1) << int(AmountError::NotANumber);
    QTest::newRow("too large") << "1E12" << false << qint64(-1) << int(AmountError::OutOfRange);
    QTest::newRow("largest") << "10000000000" << false << qint64(1'000'000'000'000) << ok;
    QTest::newRow("too many digits") << QString(50, u'1') << false << qint64(-1) << int(AmountError::NotANumber);
}

void TestAllegroParser::amounts()
{
    QFETCH(QString, text);
    QFETCH(bool, tolerant);
    QFETCH(qint64, cents);
    QFETCH(int, error);
    AmountError e = AmountError::None;
    const auto m = parseAmount(text, tolerant ? AmountPolicy::TolerateBinaryNoise : AmountPolicy::Exact, &e);
    QCOMPARE(int(e), error);
    if (error == int(AmountError::None)) {
        QVERIFY(m.has_value());
        QCOMPARE(m->cents(), cents);
        // What Regie sends back is the exact two-decimal text, and it reads back the same.
        QCOMPARE(parseAmount(formatAmount(*m), AmountPolicy::Exact)->cents(), cents);
    } else {
        QVERIFY(!m.has_value());
    }
}

void TestAllegroParser::broken_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<int>("kind");
    const QByteArray bbr = example(QStringLiteral("BBRService.GetBBROverzicht.xml"));
    const int parse = int(Error::Kind::Parse);
    QTest::newRow("truncated") << bbr.left(bbr.size() / 2) << parse;
    QTest::newRow("truncated at end") << bbr.left(bbr.size() - 12) << parse;
    QTest::newRow("wrong namespace")
        << QByteArray(bbr).replace("xmlns:v1=\"http://tempuri.org/\"", "xmlns:v1=\"http://example.org/\"") << parse;
    QTest::newRow("wrong envelope namespace")
        << QByteArray(bbr).replace("http://schemas.xmlsoap.org/soap/envelope/", "http://www.w3.org/2003/05/soap-envelope") << parse;
    QTest::newRow("other operation") << example(QStringLiteral("FinancieringService.GetPL.xml")) << parse;
    QTest::newRow("unexpected list item")
        << QByteArray(bbr).replace("v1:TBBRHeader>", "v1:TPLHeader>") << parse;
    QTest::newRow("value with elements")
        << QByteArray(bbr).replace("<v1:Volgnummer>3</v1:Volgnummer>", "<v1:Volgnummer><v1:X>3</v1:X></v1:Volgnummer>") << parse;
    QTest::newRow("int not a number")
        << QByteArray(bbr).replace("<v1:Volgnummer>3<", "<v1:Volgnummer>drie<") << parse;
    QTest::newRow("int overflow")
        << QByteArray(bbr).replace("<v1:Volgnummer>3<", "<v1:Volgnummer>99999999999<") << parse;
    QTest::newRow("non-xml") << QByteArray("this is not xml at all") << parse;
    QTest::newRow("html error page") << QByteArray("<html><body>502 Bad Gateway</body></html>") << parse;
    QTest::newRow("empty body") << QByteArray() << parse;
    QTest::newRow("whitespace only") << QByteArray("  \n ") << parse;
    QTest::newRow("no body element")
        << QByteArray("<e:Envelope xmlns:e=\"http://schemas.xmlsoap.org/soap/envelope/\"><e:Header/></e:Envelope>") << parse;
    QTest::newRow("empty soap body")
        << QByteArray("<e:Envelope xmlns:e=\"http://schemas.xmlsoap.org/soap/envelope/\"><e:Body/></e:Envelope>") << parse;
    QTest::newRow("dtd entity")
        << QByteArray("<?xml version=\"1.0\"?><!DOCTYPE e [<!ENTITY a \"aaaa\">]><e>&a;</e>") << parse;
    QTest::newRow("two roots") << bbr + bbr << parse;
}

void TestAllegroParser::broken()
{
    QFETCH(QByteArray, document);
    QFETCH(int, kind);
    auto r = readResponse<BBROverzichtResponse>(ops::kGetBBROverzicht.name, document);
    QVERIFY(!r.ok());
    QCOMPARE(kindName(r.error.kind), kindName(Error::Kind(kind)));
    QVERIFY(!r.error.message.isEmpty());
}

void TestAllegroParser::soapFault()
{
    const QByteArray fault = writeFault(QStringLiteral("SOAP-ENV:Server"), QStringLiteral("EROSessionNotFound: Session could not be found"));
    auto r = readResponse<BBROverzichtResponse>(ops::kGetBBROverzicht.name, fault);
    QVERIFY(!r.ok());
    QCOMPARE(r.error.kind, Error::Kind::SoapFault);
    QCOMPARE(r.error.faultCode, QStringLiteral("SOAP-ENV:Server"));
    QCOMPARE(r.error.faultString, QStringLiteral("EROSessionNotFound: Session could not be found"));
    QVERIFY(r.error.isSessionExpired());

    // A hand-written fault with another prefix and an unrelated message.
    const QByteArray other = "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>"
                             "<soap:Fault><faultcode>soap:Client</faultcode><faultstring>Relatie onbekend</faultstring>"
                             "</soap:Fault></soap:Body></soap:Envelope>";
    auto r2 = readResponse<BBROverzichtResponse>(ops::kGetBBROverzicht.name, other);
    QCOMPARE(r2.error.kind, Error::Kind::SoapFault);
    QCOMPARE(r2.error.faultString, QStringLiteral("Relatie onbekend"));
    QVERIFY(!r2.error.isSessionExpired());
}

void TestAllegroParser::faultRedactsPersonalData()
{
    const QByteArray fault = writeFault(QStringLiteral("SOAP-ENV:Client"),
                                        QStringLiteral("BSN 123456782 onbekend, rekening NL91ABNA0417164300 geblokkeerd, code 42"));
    auto r = readResponse<BBROverzichtResponse>(ops::kGetBBROverzicht.name, fault);
    QCOMPARE(r.error.kind, Error::Kind::SoapFault);
    for (const QString &text : {r.error.faultString, r.error.message}) {
        QVERIFY2(!text.contains(QLatin1String("123456782")), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("NL91ABNA0417164300")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("code 42")));
    }
    QVERIFY(!redactPersonalData(QStringLiteral("IBAN NL91 ABNA 0417 1643 00 x")).contains(QLatin1String("0417")));
    QVERIFY(!redactPersonalData(QStringLiteral("bsn 1234.56.782")).contains(QLatin1String("782")));
}

void TestAllegroParser::hugeDocument()
{
    QByteArray big = example(QStringLiteral("BBRService.GetBBROverzicht.xml"));
    const QByteArray team = QByteArray("<v1:Team>") + QByteArray(9 * 1024 * 1024, 'x') + QByteArray("</v1:Team>");
    big.replace("<v1:Team></v1:Team>", team);
    auto r = readResponse<BBROverzichtResponse>(ops::kGetBBROverzicht.name, big);
    QCOMPARE(r.error.kind, Error::Kind::TooLarge);

    XmlLimits small;
    small.maxDocumentBytes = 512;
    auto r2 = readResponse<BBROverzichtResponse>(ops::kGetBBROverzicht.name, example(QStringLiteral("BBRService.GetBBROverzicht.xml")), small);
    QCOMPARE(r2.error.kind, Error::Kind::TooLarge);

    XmlLimits fewElements;
    fewElements.maxElements = 10;
    auto r3 = readResponse<BerichtenResponse>(ops::kGetBerichten.name, example(QStringLiteral("BerichtenBoxService.GetBerichten.xml")), fewElements);
    QCOMPARE(r3.error.kind, Error::Kind::TooLarge);
}

void TestAllegroParser::deepNesting()
{
    QByteArray doc = "<e:Envelope xmlns:e=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:v=\"http://tempuri.org/\"><e:Body>";
    for (int i = 0; i < 10'000; ++i)
        doc += "<v:a>";
    auto r = readResponse<BBROverzichtResponse>(ops::kGetBBROverzicht.name, doc);
    QCOMPARE(r.error.kind, Error::Kind::TooLarge);
    QVERIFY(r.error.message.contains(QLatin1String("deeper")));
}

// The envelope writer's output is what the parser expects, prefix and all.
void TestAllegroParser::writerRoundTrip()
{
    const QByteArray xml = writeRequest(ops::kGetBBROverzicht.name, RelatieCodeRequest{123123123}, kSession);
    QVERIFY(xml.contains("<v1:BBRService___GetBBROverzicht>"));
    QVERIFY(xml.contains("<v1:aRelatieCode>123123123</v1:aRelatieCode>"));
    QVERIFY(xml.contains("xmlns:v1=\"http://tempuri.org/\""));
    auto message = parseEnvelope(xml);
    QVERIFY2(message.ok(), qPrintable(message.error.message));
    QCOMPARE(message.value->sessionId, kSession);
    auto req = readRequest<RelatieCodeRequest>(*message.value, ops::kGetBBROverzicht.name);
    QVERIFY(req.ok());
    QCOMPARE(req.value->aRelatieCode, 123123123);

    // No session: no header at all (the login call).
    const QByteArray login = writeRequest(ops::kLoginTijdelijk.name, NoParameters{}, QString());
    QVERIFY(!login.contains("ROClientIDHeader"));
    QVERIFY(parseEnvelope(login).ok());

    // Responses written by the simulator read back identically.
    auto original = readResponse<PLResponse>(ops::kGetPL.name, example(QStringLiteral("FinancieringService.GetPL.xml")));
    QVERIFY(original.ok());
    const QByteArray again = writeResponse(ops::kGetPL.name, *original.value, kSession);
    QVERIFY(again.contains("<v1:Kredietvergoeding>89.12</v1:Kredietvergoeding>"));
    QVERIFY(again.contains("<v1:DatumLaatsteBetaling>1899-12-30T00:00:00</v1:DatumLaatsteBetaling>"));
    auto reread = readResponse<PLResponse>(ops::kGetPL.name, again, {}, AmountPolicy::Exact);
    QVERIFY2(reread.ok(), qPrintable(reread.error.message));
    QVERIFY(*reread.value == *original.value);

    auto berichten = readResponse<BerichtenResponse>(ops::kGetBerichten.name, example(QStringLiteral("BerichtenBoxService.GetBerichten.xml")));
    auto berichtenAgain = readResponse<BerichtenResponse>(ops::kGetBerichten.name, writeResponse(ops::kGetBerichten.name, *berichten.value, {}));
    QVERIFY(berichtenAgain.ok());
    QVERIFY(*berichtenAgain.value == *berichten.value);
}

void TestAllegroParser::requestRoundTrip()
{
    EenmaligeOpdrachtRequest order;
    order.aRelatieCode = 100001;
    order.aNummerReservering = 3;
    order.aBedrag = cents(12345);
    order.aIBAN = QStringLiteral("NL91ABNA0417164300");
    order.aOmschrijving = QStringLiteral("Nieuwe wasmachine <& \"quotes\">");
    order.aReferentie = QStringLiteral("outbox-7f3a");
    const QByteArray xml = writeRequest(assumed::kMaakEenmaligeOpdracht.name, order, kSession);
    QVERIFY(xml.contains("<v1:aBedrag>123.45</v1:aBedrag>"));
    auto message = parseEnvelope(xml);
    QVERIFY(message.ok());
    auto back = readRequest<EenmaligeOpdrachtRequest>(*message.value, assumed::kMaakEenmaligeOpdracht.name);
    QVERIFY2(back.ok(), qPrintable(back.error.message));
    QVERIFY(*back.value == order);

    // An amount that needs rounding is refused on the receiving side.
    QByteArray rounded = xml;
    rounded.replace("<v1:aBedrag>123.45<", "<v1:aBedrag>123.455<");
    auto refused = readRequest<EenmaligeOpdrachtRequest>(*parseEnvelope(rounded).value, assumed::kMaakEenmaligeOpdracht.name);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error.kind, Error::Kind::Parse);
    QVERIFY(!refused.error.message.contains(QLatin1String("NL91")));

    BerichtenRequest b;
    b.Relatiecode = 321321;
    b.DatumVan = amsterdam(2020, 1, 1);
    b.DatumTotEnMet = amsterdam(2024, 5, 31);
    auto bBack = readRequest<BerichtenRequest>(*parseEnvelope(writeRequest(ops::kGetBerichten.name, b, kSession)).value, ops::kGetBerichten.name);
    QVERIFY(bBack.ok());
    QVERIFY(*bBack.value == b);
}

void TestAllegroParser::responseRoundTripAssumed()
{
    AfschriftenResponse a;
    a.Result.Relatiecode = 100001;
    a.Result.HuidigPrsSaldo = cents(-1234);
    a.Result.DatumAfschrift = amsterdam(2024, 3, 1, 8, 0, 0);
    TPRSAfschriftMutatie m;
    m.VolgnummerMutatie = 9;
    m.DatumMutatie = amsterdam(2024, 2, 28, 10, 15, 0, 250);
    m.IndicatieBij = true;
    m.Bedrag = cents(150000);
    m.Omschrijving = QStringLiteral("Uitkering");
    a.Mutaties = {m, m};
    a.Mutaties[1].VolgnummerMutatie = 10;
    auto back = readResponse<AfschriftenResponse>(assumed::kGetAfschriften.name, writeResponse(assumed::kGetAfschriften.name, a, kSession), {}, AmountPolicy::Exact);
    QVERIFY2(back.ok(), qPrintable(back.error.message));
    QVERIFY(*back.value == a);

    TBBRBegunstigde begunstigde;
    begunstigde.Achternaam = QStringLiteral("Woonstede");
    begunstigde.OpdrachtSoortKeuze = QStringLiteral("Doorbetaling");
    begunstigde.Rekeningnummers = {TRekeningnummer{1, QStringLiteral("NL91ABNA0417164300"), QStringLiteral("ABNANL2A"), {}, {}, false, false}};
    XmlNode node = toOperationNode(QStringLiteral("X"), begunstigde);
    auto again = fromOperationNode<TBBRBegunstigde>(node, QStringLiteral("X"), AmountPolicy::Exact);
    QVERIFY(again.ok());
    QVERIFY(*again.value == begunstigde);

    AnnuleerOpdrachtResponse annulering{kOpdrachtUitgevoerd, 42};
    auto annuleerd = readResponse<AnnuleerOpdrachtResponse>(
        assumed::kAnnuleerEenmaligeOpdracht.name,
        writeResponse(assumed::kAnnuleerEenmaligeOpdracht.name, annulering, kSession), {}, AmountPolicy::Exact);
    QVERIFY2(annuleerd.ok(), qPrintable(annuleerd.error.message));
    QVERIFY(*annuleerd.value == annulering);

    QStringList names;
    for (const auto &op : assumed::allAssumedOperations()) {
        QVERIFY(op.requestElement().contains(QLatin1String("___")));
        names.append(op.requestElement());
    }
    for (const char *expected : {"BBRService___GetOpdrachten", "BBRService___GetAfschriften", "BBRService___GetSaldoReserveringen",
                                 "BBRService___MaakEenmaligeOpdracht", "BerichtenBoxService___StuurBericht",
                                 "RelatieService___GetRelatie", "BBRService___GetRekeningnummers",
                                 "BBRService___AnnuleerEenmaligeOpdracht"})
        QVERIFY2(names.contains(QLatin1String(expected)), expected);
    QCOMPARE(QSet<QString>(names.cbegin(), names.cend()).size(), names.size());
}

// The two assumed reads of the take-over, and the assumed Periodiciteit codes.
void TestAllegroParser::relatieEnRekeningnummers()
{
    RelatieResponse relatie;
    relatie.Result = {123456, QStringLiteral("Fatima"), QStringLiteral("F."), QStringLiteral("Amrani-Test"), QStringLiteral("el"),
                      QStringLiteral("f@example.org")};
    auto relatieBack = readResponse<RelatieResponse>(assumed::kGetRelatie.name, writeResponse(assumed::kGetRelatie.name, relatie, {}));
    QVERIFY2(relatieBack.ok(), qPrintable(relatieBack.error.message));
    QVERIFY(*relatieBack.value == relatie);

    RekeningnummersResponse rekeningen;
    rekeningen.Beheerrekening.IBAN = QStringLiteral("NL20INGB0001234567");
    rekeningen.Beheerrekening.Omschrijving = QStringLiteral("Beheerrekening");
    TRekeningnummer eigen;
    eigen.Volgnummer = 1;
    eigen.IBAN = QStringLiteral("NL91ABNA0417164300");
    eigen.Geblokkeerd = true;
    rekeningen.Result = {eigen, eigen};
    rekeningen.Result[1].Volgnummer = 2;
    rekeningen.Result[1].Geblokkeerd = false;
    const QByteArray xml = writeResponse(assumed::kGetRekeningnummers.name, rekeningen, {});
    auto back = readResponse<RekeningnummersResponse>(assumed::kGetRekeningnummers.name, xml);
    QVERIFY2(back.ok(), qPrintable(back.error.message));
    QVERIFY(*back.value == rekeningen);

    QCOMPARE(periodiciteitUitCode(u"W"), Periodiciteit::Week);
    QCOMPARE(periodiciteitUitCode(u"4W"), Periodiciteit::VierWeken);
    QCOMPARE(periodiciteitUitCode(u" M "), Periodiciteit::Maand);
    QCOMPARE(periodiciteitUitCode(u"E"), Periodiciteit::Eenmalig);
    QVERIFY(!periodiciteitUitCode(u"X").has_value());
    QVERIFY(!periodiciteitUitCode(u"").has_value());
}

void TestAllegroParser::dates()
{
    QCOMPARE(*parseAllegroDateTime(u"2020-10-26T15:21:51.860"), amsterdam(2020, 10, 26, 15, 21, 51, 860));
    QVERIFY(!parseAllegroDateTime(u"1899-12-30T00:00:00")->isValid());
    QVERIFY(!parseAllegroDateTime(u"")->isValid());
    QVERIFY(!parseAllegroDateTime(u"gisteren").has_value());
    QCOMPARE(parseAllegroDateTime(u"2024-01-01T12:00:00Z")->toUTC().time(), QTime(12, 0));
    // Winter and summer time both keep the wall clock Allegro meant.
    QCOMPARE(formatAllegroDateTime(amsterdam(2024, 7, 1, 9, 30)), QStringLiteral("2024-07-01T09:30:00"));
    QCOMPARE(formatAllegroDateTime(amsterdam(2024, 1, 1, 9, 30, 0, 5)), QStringLiteral("2024-01-01T09:30:00.005"));
}

QTEST_GUILESS_MAIN(TestAllegroParser)
#include "tst_allegro_parser.moc"
