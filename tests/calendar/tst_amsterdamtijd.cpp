// Amsterdam wall-clock time by the EU summer-time rule: the one implementation the rule
// engine, the working-day calendar and the services share, held against the host's time zone
// database where there is one.

#include "calendar/AmsterdamTijd.h"

#include <QtCore/QRandomGenerator>
#include <QtCore/QTimeZone>
#include <QtTest/QTest>

using namespace regie::calendar;

namespace {

QDateTime utc(int y, int m, int d, int h, int min, int s = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min, s), QTimeZone::utc());
}

} // namespace

class TestAmsterdamTijd : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void datum_data();
    void datum();
    void middernacht_data();
    void middernacht();
    void wandklok();
    void overgangenKloppenMetTzDatabase();
    void elkeVijfUurKloptMetTzDatabase();
};

void TestAmsterdamTijd::datum_data()
{
    QTest::addColumn<QDateTime>("moment");
    QTest::addColumn<QDate>("datum");
    QTest::addColumn<int>("offset");
    QTest::newRow("winter middag") << utc(2024, 1, 15, 11, 0, 0) << QDate(2024, 1, 15) << 3600;
    QTest::newRow("winter na middernacht") << utc(2024, 1, 15, 23, 0, 0) << QDate(2024, 1, 16) << 3600;
    QTest::newRow("winter voor middernacht") << utc(2024, 1, 15, 22, 59, 59) << QDate(2024, 1, 15) << 3600;
    QTest::newRow("zomer na middernacht") << utc(2024, 7, 15, 22, 0, 0) << QDate(2024, 7, 16) << 7200;
    QTest::newRow("zomer voor middernacht") << utc(2024, 7, 15, 21, 59, 59) << QDate(2024, 7, 15) << 7200;
    QTest::newRow("zomertijd begint net niet") << utc(2024, 3, 31, 0, 59, 59) << QDate(2024, 3, 31) << 3600;
    QTest::newRow("zomertijd begint") << utc(2024, 3, 31, 1, 0, 0) << QDate(2024, 3, 31) << 7200;
    QTest::newRow("wintertijd begint net niet") << utc(2024, 10, 27, 0, 59, 59) << QDate(2024, 10, 27) << 7200;
    QTest::newRow("wintertijd begint") << utc(2024, 10, 27, 1, 0, 0) << QDate(2024, 10, 27) << 3600;
    QTest::newRow("nieuwjaar") << utc(2024, 12, 31, 23, 0, 0) << QDate(2025, 1, 1) << 3600;
    QTest::newRow("schrikkeldag") << utc(2024, 2, 28, 23, 30, 0) << QDate(2024, 2, 29) << 3600;
    QTest::newRow("zomertijd 2025") << utc(2025, 3, 30, 1, 0, 0) << QDate(2025, 3, 30) << 7200;
    QTest::newRow("wintertijd 2025") << utc(2025, 10, 26, 1, 0, 0) << QDate(2025, 10, 26) << 3600;
    QTest::newRow("voor 1970") << utc(1969, 12, 31, 23, 30, 0) << QDate(1970, 1, 1) << 3600;
    QTest::newRow("andere tijdzone in")
        << QDateTime(QDate(2024, 7, 15), QTime(18, 0), QTimeZone(-4 * 3600)) << QDate(2024, 7, 16) << 7200;
}

void TestAmsterdamTijd::datum()
{
    QFETCH(QDateTime, moment);
    QFETCH(QDate, datum);
    QFETCH(int, offset);
    QCOMPARE(amsterdamDatum(moment), datum);
    QCOMPARE(amsterdamOffsetSeconden(moment.toMSecsSinceEpoch()), offset);
    QCOMPARE(tijdInAmsterdam(moment).date(), datum);
    QCOMPARE(tijdInAmsterdam(moment).offsetFromUtc(), offset);
}

void TestAmsterdamTijd::middernacht_data()
{
    QTest::addColumn<QDate>("datum");
    QTest::addColumn<QDateTime>("begin");
    QTest::newRow("winter") << QDate(2024, 1, 15) << utc(2024, 1, 14, 23, 0);
    QTest::newRow("zomer") << QDate(2024, 7, 15) << utc(2024, 7, 14, 22, 0);
    QTest::newRow("dag van zomertijd") << QDate(2024, 3, 31) << utc(2024, 3, 30, 23, 0);
    QTest::newRow("dag na zomertijd") << QDate(2024, 4, 1) << utc(2024, 3, 31, 22, 0);
    QTest::newRow("dag van wintertijd") << QDate(2024, 10, 27) << utc(2024, 10, 26, 22, 0);
}

void TestAmsterdamTijd::middernacht()
{
    QFETCH(QDate, datum);
    QFETCH(QDateTime, begin);
    QCOMPARE(amsterdamMiddernachtUtcMsecs(datum), begin.toMSecsSinceEpoch());
    QCOMPARE(amsterdamDatum(begin), datum);
    QCOMPARE(amsterdamDatum(begin.addMSecs(-1)), datum.addDays(-1));
}

void TestAmsterdamTijd::wandklok()
{
    QCOMPARE(tijdInAmsterdam(utc(2025, 7, 1, 12, 0)).time(), QTime(14, 0));
    QCOMPARE(tijdInAmsterdam(utc(2025, 1, 1, 12, 0)).time(), QTime(13, 0));
    QVERIFY(!tijdInAmsterdam(QDateTime()).isValid());
    QVERIFY(!amsterdamDatum(QDateTime()).isValid());
    // The same instant, only shown differently.
    const QDateTime moment = utc(2025, 7, 1, 12, 0);
    QCOMPARE(tijdInAmsterdam(moment).toMSecsSinceEpoch(), moment.toMSecsSinceEpoch());
}

void TestAmsterdamTijd::overgangenKloppenMetTzDatabase()
{
    const QTimeZone tz("Europe/Amsterdam");
    if (!tz.isValid())
        QSKIP("no Europe/Amsterdam in this host's time zone database");
    int vergeleken = 0;
    // Around every transition 1996-2037 in 15-minute steps, where mistakes would show.
    for (int jaar = 1996; jaar <= 2037; ++jaar) {
        for (int maand : {3, 10}) {
            const QDate laatste = QDate(jaar, maand, 1).addMonths(1).addDays(-1);
            const QDate zondag = laatste.addDays(-(laatste.dayOfWeek() % 7));
            const QDateTime start(zondag.addDays(-1), QTime(20, 0), QTimeZone::utc());
            for (int stap = 0; stap < 4 * 12; ++stap) {
                const QDateTime t = start.addSecs(stap * 900);
                QCOMPARE(amsterdamOffsetSeconden(t.toMSecsSinceEpoch()), tz.offsetFromUtc(t));
                QCOMPARE(amsterdamDatum(t), t.toTimeZone(tz).date());
                ++vergeleken;
            }
        }
    }
    // Every midnight of those years, the change days included.
    for (QDate dag(1996, 1, 1); dag <= QDate(2037, 12, 31); dag = dag.addDays(1)) {
        QCOMPARE(amsterdamMiddernachtUtcMsecs(dag), QDateTime(dag, QTime(0, 0), tz).toMSecsSinceEpoch());
        ++vergeleken;
    }
    QRandomGenerator rng(19960331);
    const qint64 van = utc(1996, 1, 1, 0, 0).toSecsSinceEpoch();
    const qint64 tot = utc(2037, 12, 31, 0, 0).toSecsSinceEpoch();
    for (int i = 0; i < 5000; ++i) {
        const QDateTime t = QDateTime::fromSecsSinceEpoch(rng.bounded(van, tot), QTimeZone::utc());
        QCOMPARE(amsterdamDatum(t), t.toTimeZone(tz).date());
        ++vergeleken;
    }
    QVERIFY(vergeleken > 20000);
}

void TestAmsterdamTijd::elkeVijfUurKloptMetTzDatabase()
{
    const QTimeZone zone("Europe/Amsterdam");
    if (!zone.isValid())
        QSKIP("no Europe/Amsterdam in this host's time zone database");
    // Every 5 hours from 1996 to 2037 (the EU rule's era, within the database's horizon).
    QDateTime moment = utc(1996, 1, 1, 0, 0);
    const QDateTime einde = utc(2037, 12, 31, 0, 0);
    int vergeleken = 0;
    while (moment < einde) {
        QVERIFY2(amsterdamOffsetSeconden(moment.toMSecsSinceEpoch()) == zone.offsetFromUtc(moment),
                 qPrintable(moment.toString(Qt::ISODate)));
        moment = moment.addSecs(5 * 3600);
        ++vergeleken;
    }
    QVERIFY(vergeleken > 70000);
}

QTEST_GUILESS_MAIN(TestAmsterdamTijd)
#include "tst_amsterdamtijd.moc"
