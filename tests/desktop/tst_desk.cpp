// regie-desk's logic without a server: the queue model and its filters, the waiting-time
// signal against the team's target, problem+json in plain Dutch, and the audit report HTML.

#include "client/ApiClient.h"
#include "models/AfspraakVersiesModel.h"
#include "models/ReserveringenModel.h"
#include "models/WerkvoorraadModel.h"
#include "rapport/AuditRapport.h"

#include <QtCore/QJsonArray>
#include <QtGui/QFont>
#include <QtTest/QtTest>

// Not "using namespace regie": the desk has its own status type (decoded from the API) and the
// domain's is visible through the rule engine's headers.
using regie::Money;
namespace rules = regie::rules;
using namespace regie::desk;

namespace {

VerzoekRegel regel(const QString &id, const QString &reservering, qint64 cents, qint64 wachtMinuten,
                   VerzoekStatus status = VerzoekStatus::WachtOpAkkoord)
{
    VerzoekRegel r;
    r.id = id;
    r.inwoner = QStringLiteral("p-") + id;
    r.inwonerNaam = QStringLiteral("Inwoner ") + id;
    r.reserveringNaam = reservering;
    r.bedrag = Money::fromCents(cents);
    r.wachtMinuten = wachtMinuten;
    r.status = status;
    r.doelUren = 48;
    return r;
}

} // namespace

class TestDesk : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void signaal_data()
    {
        QTest::addColumn<qint64>("minuten");
        QTest::addColumn<int>("doelUren");
        QTest::addColumn<QString>("tekst");
        QTest::newRow("fresh") << qint64(10) << 48 << QStringLiteral("Op tijd");
        QTest::newRow("75% of target") << qint64(36 * 60) << 48 << QStringLiteral("Bijna te laat");
        QTest::newRow("at target") << qint64(48 * 60) << 48 << QStringLiteral("Bijna te laat");
        QTest::newRow("past target") << qint64(48 * 60 + 1) << 48 << QStringLiteral("Te laat");
        QTest::newRow("short target") << qint64(61) << 1 << QStringLiteral("Te laat");
    }
    void signaal()
    {
        QFETCH(qint64, minuten);
        QFETCH(int, doelUren);
        QFETCH(QString, tekst);
        QCOMPARE(WerkvoorraadModel::signaalTekst(WerkvoorraadModel::signaal(minuten, doelUren)), tekst);
    }

    void modelReportsNewRowsAndSorts()
    {
        WerkvoorraadModel model;
        QCOMPARE(model.zetRegels({regel(QStringLiteral("a"), QStringLiteral("Kleding"), 5000, 10)}).size(), 1);
        const QStringList nieuw = model.zetRegels({regel(QStringLiteral("a"), QStringLiteral("Kleding"), 5000, 10),
                                                   regel(QStringLiteral("b"), QStringLiteral("Buffer"), 250, 3000)});
        QCOMPARE(nieuw, QStringList{QStringLiteral("b")});
        QCOMPARE(model.data(model.index(1, WerkvoorraadModel::Bedrag), Qt::DisplayRole).toString(), Money::fromCents(250).formatDutch());
        QCOMPARE(model.data(model.index(1, WerkvoorraadModel::Signaal), Qt::DisplayRole).toString(), QStringLiteral("Te laat"));
        WerkvoorraadFilter filter;
        filter.setSourceModel(&model);
        filter.sort(WerkvoorraadModel::Bedrag, Qt::AscendingOrder);
        QCOMPARE(filter.index(0, 0).data(WerkvoorraadModel::IdRole).toString(), QStringLiteral("b")); // 2,50 before 50,00
    }

    void filters_data()
    {
        QTest::addColumn<int>("status"); // -1: all
        QTest::addColumn<QString>("reservering");
        QTest::addColumn<int>("uren");
        QTest::addColumn<QString>("zoek");
        QTest::addColumn<int>("rijen");
        const int tweede = static_cast<int>(VerzoekStatus::WachtOpTweedeAkkoord);
        QTest::newRow("none") << -1 << QString() << 0 << QString() << 3;
        QTest::newRow("status") << tweede << QString() << 0 << QString() << 1;
        QTest::newRow("reservering, any case") << -1 << QStringLiteral("kLED") << 0 << QString() << 2;
        QTest::newRow("age") << -1 << QString() << 2 << QString() << 1;
        QTest::newRow("pseudonym") << -1 << QString() << 0 << QStringLiteral("p-c") << 1;
        QTest::newRow("combined, nothing") << tweede << QStringLiteral("Buffer") << 0 << QString() << 0;
    }
    void filters()
    {
        QFETCH(int, status);
        QFETCH(QString, reservering);
        QFETCH(int, uren);
        QFETCH(QString, zoek);
        QFETCH(int, rijen);
        WerkvoorraadModel model;
        model.zetRegels({regel(QStringLiteral("a"), QStringLiteral("Kleding"), 5000, 10),
                         regel(QStringLiteral("b"), QStringLiteral("Buffer"), 250, 300),
                         regel(QStringLiteral("c"), QStringLiteral("Kleding winter"), 900, 20, VerzoekStatus::WachtOpTweedeAkkoord)});
        WerkvoorraadFilter filter;
        filter.setSourceModel(&model);
        filter.setStatus(status < 0 ? std::nullopt : std::optional<VerzoekStatus>(static_cast<VerzoekStatus>(status)));
        filter.setReservering(reservering);
        filter.setMinimumWachtUren(uren);
        filter.setZoek(zoek);
        QCOMPARE(filter.rowCount(), rijen);
    }

    void problemInPlainDutch_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("detail");
        QTest::addColumn<QString>("begin");
        QTest::newRow("network") << 0 << QString() << QStringLiteral("De server is niet bereikbaar");
        QTest::newRow("404") << 404 << QString() << QStringLiteral("Dit bestaat niet");
        QTest::newRow("409 with detail") << 409 << QStringLiteral("Over dit verzoek is al beslist.") << QStringLiteral("Iemand anders");
        QTest::newRow("500") << 500 << QString() << QStringLiteral("Er ging iets mis op de server");
    }
    void problemInPlainDutch()
    {
        QFETCH(int, status);
        QFETCH(QString, detail);
        QFETCH(QString, begin);
        ApiProblem p{status, QStringLiteral("x"), detail,
                     {{QStringLiteral("redenCode"), QStringLiteral("verplicht"), QStringLiteral("Kies een reden uit de lijst.")}}};
        QVERIFY(p.melding().startsWith(begin));
        QVERIFY(p.melding().contains(QStringLiteral("Kies een reden uit de lijst.")));
        if (!detail.isEmpty())
            QVERIFY(p.melding().contains(detail));
    }

    void auditReportHtml()
    {
        AuditRapportInvoer in;
        in.van = QDate(2026, 11, 1);
        in.tot = QDate(2026, 11, 30);
        in.opgesteldDoor = QStringLiteral("Tess <leider>");
        in.opgesteld = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
        for (int i = 0; i < 30; ++i) {
            AuditEvent e;
            e.seq = i + 1;
            e.actie = QStringLiteral("actie.%1").arg(i % 25);
            e.uitkomst = i == 3 ? AuditUitkomst::Geweigerd : AuditUitkomst::Ok;
            e.moment = QDateTime(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC);
            e.objectType = QStringLiteral("verzoek");
            e.objectId = QStringLiteral("<script>");
            in.events.append(e);
        }
        in.totaal = 30;
        in.verificatie = Verificatie{true, 30, std::nullopt, {}, QStringLiteral("abcdef0123456789abcdef")};
        const QString html = AuditRapport::html(in).toString();
        QVERIFY(html.contains(QStringLiteral("INTACT (30")));
        QVERIFY(html.contains(QStringLiteral("<svg")));
        QVERIFY(html.contains(QStringLiteral("Tess &lt;leider&gt;"))); // escaped
        QVERIFY(html.contains(QStringLiteral("verzoek &lt;script&gt;")));
        QVERIFY(!html.contains(QStringLiteral("<script>")));
        QCOMPARE(html.count(QStringLiteral("<rect")), AuditRapport::kMaxStaven + 1); // 20 bars + "overig"
        in.verificatie = Verificatie{false, 0, 7, QStringLiteral("edited"), {}};
        QVERIFY(AuditRapport::html(in).toString().contains(QStringLiteral("NIET INTACT — edited bij gebeurtenis 7")));
        in.verificatie.reset();
        QVERIFY(AuditRapport::html(in).toString().contains(QStringLiteral("kon niet worden uitgevoerd")));
    }

    // The client reads what the server writes: a Verzoek as JSON in, typed values out.
    void readsTypedValues()
    {
        const QJsonObject json{{QStringLiteral("id"), QStringLiteral("v1")},
                               {QStringLiteral("bedragCents"), 1250},
                               {QStringLiteral("status"), QStringLiteral("wacht_op_tweede_akkoord")},
                               {QStringLiteral("verstuurd"), QStringLiteral("2026-11-24T10:00:00.000Z")},
                               {QStringLiteral("beoordeling"), QJsonObject{{QStringLiteral("uitkomst"), QStringLiteral("na_akkoord")}}},
                               {QStringLiteral("besluiten"), QJsonArray{QJsonObject{{QStringLiteral("medewerker"), QStringLiteral("anna")},
                                                                                    {QStringLiteral("akkoord"), true}}}}};
        api::JsonLezer lezer(json);
        const Verzoek v = Verzoek::lees(lezer);
        QCOMPARE(v.bedrag, Money::fromCents(1250));
        QCOMPARE(v.status, VerzoekStatus::WachtOpTweedeAkkoord);
        QCOMPARE(v.verstuurd, QDateTime(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC));
        QCOMPARE(v.beoordeling.uitkomst, Uitkomst::NaAkkoord);
        QCOMPARE(v.besluiten.size(), 1);
        QVERIFY(v.besluiten.first().akkoord);
        api::JsonLezer onbekend(QJsonObject{{QStringLiteral("status"), QStringLiteral("nieuw_in_v2")}});
        QCOMPARE(Verzoek::lees(onbekend).status, VerzoekStatus::Onbekend); // a newer server's code
        AfspraakInvoer invoer;
        invoer.afspraak.maxPerOpname = Money::fromCents(10000);
        invoer.reden = QStringLiteral("gesprek");
        api::JsonSchrijver schrijver;
        invoer.schrijf(schrijver);
        QCOMPARE(schrijver.object().value(QStringLiteral("maxPerOpnameCents")).toInteger(), qint64(10000));
        QVERIFY(schrijver.object().value(QStringLiteral("maxPerWeekBedragCents")).isNull());
    }

    void afspraakVersionsMarkChanges()
    {
        AfspraakVersie een, twee;
        een.afspraak.scope = twee.afspraak.scope = rules::Scope::Reservering;
        een.afspraak.reserveringId = twee.afspraak.reserveringId = 7;
        een.afspraak.maxPerOpname = Money::fromCents(5000);
        twee.afspraak.maxPerOpname = Money::fromCents(10000);
        twee.afspraak.versie = 2;
        AfspraakVersiesModel model;
        model.zet({een, twee}, {{7, QStringLiteral("Buffer")}});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1, AfspraakVersiesModel::Reservering).data().toString(), QStringLiteral("Buffer"));
        QVERIFY(!model.gewijzigd(0, AfspraakVersiesModel::MaxPerOpname)); // nothing to compare with
        QVERIFY(model.gewijzigd(1, AfspraakVersiesModel::MaxPerOpname));
        QVERIFY(!model.gewijzigd(1, AfspraakVersiesModel::Modus));
        QVERIFY(model.index(1, AfspraakVersiesModel::MaxPerOpname).data().toString().startsWith(QStringLiteral("▲ ")));
        QVERIFY(model.index(1, AfspraakVersiesModel::MaxPerOpname).data(Qt::AccessibleTextRole).toString().endsWith(QStringLiteral("gewijzigd")));
        QVERIFY(model.index(1, AfspraakVersiesModel::MaxPerOpname).data(Qt::FontRole).value<QFont>().bold());
    }

    void reserveringenWithTotal()
    {
        ReserveringenModel model;
        Reservering r;
        r.naam = QStringLiteral("Buffer");
        r.saldo = Money::fromCents(2500);
        model.zet({r}, Money::fromCents(9900));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1, ReserveringenModel::Saldo).data().toString(), Money::fromCents(9900).formatDutch());
        QCOMPARE(model.index(0, ReserveringenModel::MaxVrij).data().toString(), QStringLiteral("—"));
        model.zet({r});
        QCOMPARE(model.rowCount(), 1);
    }
};

QTEST_MAIN(TestDesk)
#include "tst_desk.moc"
