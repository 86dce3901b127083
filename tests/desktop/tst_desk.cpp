// regie-desk's logic without a server: the queue model and its filters, the waiting-time
// signal against the team's target, problem+json in plain Dutch, and the audit report HTML.

#include "ApiClient.h"
#include "AuditRapport.h"
#include "WerkvoorraadModel.h"

#include <QtCore/QJsonArray>
#include <QtTest/QtTest>

using namespace regie;
using namespace regie::desk;

namespace {

VerzoekRegel regel(const QString &id, const QString &reservering, qint64 cents, qint64 wachtMinuten,
                   const QString &status = QStringLiteral("wacht_op_akkoord"))
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
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("reservering");
        QTest::addColumn<int>("uren");
        QTest::addColumn<QString>("zoek");
        QTest::addColumn<int>("rijen");
        QTest::newRow("none") << QString() << QString() << 0 << QString() << 3;
        QTest::newRow("status") << QStringLiteral("wacht_op_tweede_akkoord") << QString() << 0 << QString() << 1;
        QTest::newRow("reservering, any case") << QString() << QStringLiteral("kLED") << 0 << QString() << 2;
        QTest::newRow("age") << QString() << QString() << 2 << QString() << 1;
        QTest::newRow("pseudonym") << QString() << QString() << 0 << QStringLiteral("p-c") << 1;
        QTest::newRow("combined, nothing") << QStringLiteral("wacht_op_tweede_akkoord") << QStringLiteral("Buffer") << 0 << QString() << 0;
    }
    void filters()
    {
        QFETCH(QString, status);
        QFETCH(QString, reservering);
        QFETCH(int, uren);
        QFETCH(QString, zoek);
        QFETCH(int, rijen);
        WerkvoorraadModel model;
        model.zetRegels({regel(QStringLiteral("a"), QStringLiteral("Kleding"), 5000, 10),
                         regel(QStringLiteral("b"), QStringLiteral("Buffer"), 250, 300),
                         regel(QStringLiteral("c"), QStringLiteral("Kleding winter"), 900, 20, QStringLiteral("wacht_op_tweede_akkoord"))});
        WerkvoorraadFilter filter;
        filter.setSourceModel(&model);
        filter.setStatus(status);
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
        ApiProblem p{status, QStringLiteral("x"), detail, {{QStringLiteral("redenCode"), QStringLiteral("Kies een reden uit de lijst.")}}};
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
        for (int i = 0; i < 30; ++i)
            in.events.append(QJsonObject{{QStringLiteral("seq"), i + 1}, {QStringLiteral("actie"), QStringLiteral("actie.%1").arg(i % 25)},
                                         {QStringLiteral("uitkomst"), i == 3 ? QStringLiteral("geweigerd") : QStringLiteral("ok")},
                                         {QStringLiteral("moment"), QStringLiteral("2026-11-24T10:00:00.000Z")}});
        in.totaal = 30;
        in.verificatie = QJsonObject{{QStringLiteral("intact"), true}, {QStringLiteral("gecontroleerd"), 30},
                                     {QStringLiteral("laatsteHash"), QStringLiteral("abcdef0123456789abcdef")}};
        const QString html = AuditRapport::html(in);
        QVERIFY(html.contains(QStringLiteral("INTACT (30")));
        QVERIFY(html.contains(QStringLiteral("<svg")));
        QVERIFY(html.contains(QStringLiteral("Tess &lt;leider&gt;"))); // escaped
        QCOMPARE(html.count(QStringLiteral("<rect")), AuditRapport::kMaxStaven + 1); // 20 bars + "overig"
        in.verificatie = QJsonObject{{QStringLiteral("intact"), false}, {QStringLiteral("probleem"), QStringLiteral("edited")},
                                     {QStringLiteral("eersteFout"), 7}};
        QVERIFY(AuditRapport::html(in).contains(QStringLiteral("NIET INTACT — edited bij gebeurtenis 7")));
    }
};

QTEST_MAIN(TestDesk)
#include "tst_desk.moc"
