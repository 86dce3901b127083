#include "calendar/AmsterdamTijd.h"
#include "calendar/DatumTekst.h"
#include "calendar/WerkdagKalender.h"

#include <QtCore/QLocale>
#include <QtCore/QRandomGenerator>
#include <QtCore/QRegularExpression>
#include <QtCore/QTimeZone>
#include <QtTest/QTest>

using namespace regie::calendar;

namespace
{

QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

QDateTime ams(int y, int m, int day, int h, int min, int s = 0)
{
    return QDateTime(QDate(y, m, day), QTime(h, min, s), QTimeZone("Europe/Amsterdam"));
}

QDateTime utc(int y, int m, int day, int h, int min)
{
    return QDateTime(QDate(y, m, day), QTime(h, min), QTimeZone::utc());
}

// B1: no sentence longer than 15 words.
bool zinnenKortGenoeg(const QString &tekst)
{
    const QStringList zinnen
        = tekst.split(QRegularExpression(QStringLiteral("(?<=\\.)\\s+")), Qt::SkipEmptyParts);
    for (const QString &zin : zinnen) {
        if (zin.split(u' ', Qt::SkipEmptyParts).size() > 15)
            return false;
    }
    return !zinnen.isEmpty();
}

} // namespace

class TestWerkdagKalender : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void isWerkdag_data();
    void isWerkdag();
    void stappen_data();
    void stappen();
    void stappenGrenzen();
    void extraSluitingsdagen();
    void redenGeenWerkdag();
    void bijschrijving_data();
    void bijschrijving();
    void bijschrijvingTekst_data();
    void bijschrijvingTekst();
    void bijschrijvingOngeldig();
    void eigenschappen();
    void formatDatum_data();
    void formatDatum();
    void formatDatumOnafhankelijkVanLocale();
    void namenCompleet();
};

void TestWerkdagKalender::isWerkdag_data()
{
    QTest::addColumn<QDate>("datum");
    QTest::addColumn<bool>("werkdag");
    QTest::newRow("Friday 14 March 2025") << d(2025, 3, 14) << true;
    QTest::newRow("Saturday") << d(2025, 3, 15) << false;
    QTest::newRow("Sunday") << d(2025, 3, 16) << false;
    QTest::newRow("Goede Vrijdag 2025") << d(2025, 4, 18) << false;
    QTest::newRow("Tweede Paasdag 2025") << d(2025, 4, 21) << false;
    QTest::newRow("Tuesday after Easter") << d(2025, 4, 22) << true;
    QTest::newRow("Koningsdag 2026 Monday") << d(2026, 4, 27) << false;
    QTest::newRow("Bevrijdingsdag 2026 Tuesday") << d(2026, 5, 5) << false;
    QTest::newRow("Hemelvaart 2026") << d(2026, 5, 14) << false;
    QTest::newRow("Tweede Pinksterdag 2026") << d(2026, 5, 25) << false;
    QTest::newRow("Christmas Eve 2025") << d(2025, 12, 24) << true;
    QTest::newRow("Tweede Kerstdag 2025 Friday") << d(2025, 12, 26) << false;
    QTest::newRow("New Year 2026") << d(2026, 1, 1) << false;
    QTest::newRow("invalid") << QDate() << false;
}

void TestWerkdagKalender::isWerkdag()
{
    QFETCH(QDate, datum);
    QFETCH(bool, werkdag);
    QCOMPARE(WerkdagKalender().isWerkdag(datum), werkdag);
}

void TestWerkdagKalender::stappen_data()
{
    QTest::addColumn<QDate>("van");
    QTest::addColumn<int>("n");
    QTest::addColumn<QDate>("naar");
    QTest::newRow("zero keeps the date") << d(2025, 3, 15) << 0 << d(2025, 3, 15);
    QTest::newRow("Friday +1 is Monday") << d(2025, 3, 14) << 1 << d(2025, 3, 17);
    QTest::newRow("Saturday +1 is Monday") << d(2025, 3, 15) << 1 << d(2025, 3, 17);
    QTest::newRow("Thursday before Easter +1") << d(2025, 4, 17) << 1 << d(2025, 4, 22);
    QTest::newRow("Christmas Eve 2025 +3") << d(2025, 12, 24) << 3 << d(2025, 12, 31);
    QTest::newRow("over New Year") << d(2025, 12, 31) << 1 << d(2026, 1, 2);
    QTest::newRow("ten") << d(2025, 3, 3) << 10 << d(2025, 3, 17);
    QTest::newRow("back over Easter") << d(2025, 4, 22) << -1 << d(2025, 4, 17);
    QTest::newRow("back from Monday") << d(2025, 3, 17) << -1 << d(2025, 3, 14);
}

void TestWerkdagKalender::stappen()
{
    QFETCH(QDate, van);
    QFETCH(int, n);
    QFETCH(QDate, naar);
    const WerkdagKalender kalender;
    QCOMPARE(kalender.plusWerkdagen(van, n), naar);
    if (n == 1)
        QCOMPARE(kalender.volgendeWerkdag(van), naar);
    if (n == -1)
        QCOMPARE(kalender.vorigeWerkdag(van), naar);
}

void TestWerkdagKalender::stappenGrenzen()
{
    const WerkdagKalender kalender;
    QVERIFY(
        !kalender.plusWerkdagen(d(2025, 1, 6), WerkdagKalender::kMaxWerkdagenStap + 1).isValid());
    QVERIFY(
        !kalender.plusWerkdagen(d(2025, 1, 6), -WerkdagKalender::kMaxWerkdagenStap - 1).isValid());
    QVERIFY(kalender.plusWerkdagen(d(2025, 1, 6), WerkdagKalender::kMaxWerkdagenStap).isValid());
    QVERIFY(!kalender.plusWerkdagen(QDate(), 1).isValid());
    QVERIFY(!kalender.volgendeWerkdag(QDate()).isValid());
    // Roughly 252 working days per year; a year of steps stays in that band.
    const QDate jaarLater = kalender.plusWerkdagen(d(2025, 1, 2), 252);
    QVERIFY(jaarLater >= d(2025, 12, 29) && jaarLater <= d(2026, 1, 9));
}

void TestWerkdagKalender::extraSluitingsdagen()
{
    WerkdagKalender kalender;
    QVERIFY(kalender.setExtraSluitingsdagen({ d(2026, 1, 2), d(2025, 12, 31), d(2026, 1, 2) }));
    QCOMPARE(kalender.extraSluitingsdagen(), (QList<QDate> { d(2025, 12, 31), d(2026, 1, 2) }));
    QVERIFY(!kalender.isWerkdag(d(2026, 1, 2)));
    QCOMPARE(kalender.volgendeWerkdag(d(2025, 12, 30)), d(2026, 1, 5));
    QVERIFY(!kalender.setExtraSluitingsdagen({ d(2026, 1, 5), QDate() }));
    QList<QDate> teVeel;
    for (int i = 0; i <= WerkdagKalender::kMaxExtraSluitingsdagen; ++i)
        teVeel.append(d(2026, 3, 2).addDays(i));
    QVERIFY(!kalender.setExtraSluitingsdagen(teVeel));
    // A refused list leaves the old one in place.
    QCOMPARE(kalender.extraSluitingsdagen().size(), 2);
    teVeel.removeLast();
    QVERIFY(kalender.setExtraSluitingsdagen(teVeel));
    // Even with the maximum block of closed days, a working day is found.
    const QDate volgende = kalender.volgendeWerkdag(d(2026, 3, 1));
    QVERIFY(volgende.isValid());
    QVERIFY(volgende > teVeel.last());
}

void TestWerkdagKalender::redenGeenWerkdag()
{
    WerkdagKalender kalender;
    QVERIFY(kalender.setExtraSluitingsdagen({ d(2025, 3, 12) }));
    QVERIFY(!kalender.redenGeenWerkdag(d(2025, 3, 14)).has_value());
    QCOMPARE(kalender.redenGeenWerkdag(d(2025, 4, 21)).value_or(QString()),
        QStringLiteral("Tweede Paasdag"));
    QCOMPARE(kalender.redenGeenWerkdag(d(2025, 3, 15)).value_or(QString()),
        QStringLiteral("het weekend"));
    QCOMPARE(kalender.redenGeenWerkdag(d(2025, 3, 12)).value_or(QString()),
        QStringLiteral("een extra sluitingsdag"));
    // Koningsdag 2025 is on a Saturday: the holiday name wins.
    QCOMPARE(kalender.redenGeenWerkdag(d(2025, 4, 26)).value_or(QString()),
        QStringLiteral("Koningsdag"));
}

void TestWerkdagKalender::bijschrijving_data()
{
    QTest::addColumn<QDateTime>("uitgevoerd");
    QTest::addColumn<QTime>("cutOff");
    QTest::addColumn<int>("n");
    QTest::addColumn<QDate>("verzonden");
    QTest::addColumn<QDate>("aankomst");
    const QTime twee(14, 0);
    QTest::newRow("weekday morning")
        << ams(2025, 3, 12, 10, 0) << twee << 1 << d(2025, 3, 12) << d(2025, 3, 13);
    QTest::newRow("one second before cut-off")
        << ams(2025, 3, 13, 13, 59, 59) << twee << 1 << d(2025, 3, 13) << d(2025, 3, 14);
    QTest::newRow("exactly at cut-off")
        << ams(2025, 3, 13, 14, 0) << twee << 1 << d(2025, 3, 14) << d(2025, 3, 17);
    QTest::newRow("Friday after cut-off")
        << ams(2025, 3, 14, 15, 0) << twee << 1 << d(2025, 3, 17) << d(2025, 3, 18);
    QTest::newRow("Saturday") << ams(2025, 3, 15, 10, 0) << twee << 1 << d(2025, 3, 17)
                              << d(2025, 3, 18);
    QTest::newRow("custom cut-off 16:00")
        << ams(2025, 3, 13, 15, 0) << QTime(16, 0) << 1 << d(2025, 3, 13) << d(2025, 3, 14);
    QTest::newRow("two processing days")
        << ams(2025, 3, 13, 10, 0) << twee << 2 << d(2025, 3, 13) << d(2025, 3, 17);
    QTest::newRow("same-day arrival")
        << ams(2025, 3, 13, 10, 0) << twee << 0 << d(2025, 3, 13) << d(2025, 3, 13);
    // Easter 2025: Goede Vrijdag 18 April and Tweede Paasdag 21 April.
    QTest::newRow("Thursday before Easter, morning")
        << ams(2025, 4, 17, 10, 0) << twee << 1 << d(2025, 4, 17) << d(2025, 4, 22);
    QTest::newRow("Thursday before Easter, late")
        << ams(2025, 4, 17, 15, 0) << twee << 1 << d(2025, 4, 22) << d(2025, 4, 23);
    QTest::newRow("on Goede Vrijdag")
        << ams(2025, 4, 18, 10, 0) << twee << 1 << d(2025, 4, 22) << d(2025, 4, 23);
    // Friday after cut-off with a Monday holiday: sent on Tuesday.
    QTest::newRow("Pinksteren 2025 Friday morning")
        << ams(2025, 6, 6, 10, 0) << twee << 1 << d(2025, 6, 6) << d(2025, 6, 10);
    QTest::newRow("Pinksteren 2025 Friday late")
        << ams(2025, 6, 6, 15, 0) << twee << 1 << d(2025, 6, 10) << d(2025, 6, 11);
    QTest::newRow("Pinksteren 2025 Friday late, same day")
        << ams(2025, 6, 6, 15, 0) << twee << 0 << d(2025, 6, 10) << d(2025, 6, 10);
    QTest::newRow("Pinksteren 2024 Friday late, same day")
        << ams(2024, 5, 17, 15, 0) << twee << 0 << d(2024, 5, 21) << d(2024, 5, 21);
    QTest::newRow("Easter 2026 Thursday late")
        << ams(2026, 4, 2, 15, 0) << twee << 1 << d(2026, 4, 7) << d(2026, 4, 8);
    QTest::newRow("Koningsdag 2026 weekend")
        << ams(2026, 4, 24, 15, 0) << twee << 1 << d(2026, 4, 28) << d(2026, 4, 29);
    // Christmas and New Year chains.
    QTest::newRow("24 Dec 2025 morning")
        << ams(2025, 12, 24, 10, 0) << twee << 1 << d(2025, 12, 24) << d(2025, 12, 29);
    QTest::newRow("24 Dec 2025 late")
        << ams(2025, 12, 24, 15, 0) << twee << 1 << d(2025, 12, 29) << d(2025, 12, 30);
    QTest::newRow("31 Dec 2025 morning")
        << ams(2025, 12, 31, 10, 0) << twee << 1 << d(2025, 12, 31) << d(2026, 1, 2);
    QTest::newRow("31 Dec 2025 late")
        << ams(2025, 12, 31, 15, 0) << twee << 1 << d(2026, 1, 2) << d(2026, 1, 5);
    QTest::newRow("24 Dec 2026 late")
        << ams(2026, 12, 24, 15, 0) << twee << 1 << d(2026, 12, 28) << d(2026, 12, 29);
    QTest::newRow("24 Dec 2027 late")
        << ams(2027, 12, 24, 15, 0) << twee << 1 << d(2027, 12, 27) << d(2027, 12, 28);
    // DST starts Sunday 30 March 2025 and ends Sunday 26 October 2025. The cut-off is
    // Amsterdam wall-clock time, so the UTC instant of the cut-off moves with it.
    QTest::newRow("winter 12:59 UTC is 13:59")
        << utc(2025, 3, 28, 12, 59) << twee << 1 << d(2025, 3, 28) << d(2025, 3, 31);
    QTest::newRow("winter 13:00 UTC is 14:00")
        << utc(2025, 3, 28, 13, 0) << twee << 1 << d(2025, 3, 31) << d(2025, 4, 1);
    QTest::newRow("DST day itself")
        << utc(2025, 3, 30, 1, 30) << twee << 1 << d(2025, 3, 31) << d(2025, 4, 1);
    QTest::newRow("summer 11:59 UTC is 13:59")
        << utc(2025, 3, 31, 11, 59) << twee << 1 << d(2025, 3, 31) << d(2025, 4, 1);
    QTest::newRow("summer 12:30 UTC is 14:30")
        << utc(2025, 3, 31, 12, 30) << twee << 1 << d(2025, 4, 1) << d(2025, 4, 2);
    QTest::newRow("October summer 12:30 UTC")
        << utc(2025, 10, 24, 12, 30) << twee << 1 << d(2025, 10, 27) << d(2025, 10, 28);
    QTest::newRow("October winter 12:30 UTC")
        << utc(2025, 10, 27, 12, 30) << twee << 1 << d(2025, 10, 27) << d(2025, 10, 28);
    QTest::newRow("UTC Friday night is Saturday")
        << utc(2025, 3, 28, 23, 30) << twee << 1 << d(2025, 3, 31) << d(2025, 4, 1);
    QTest::newRow("UTC Thursday night is Friday")
        << utc(2025, 6, 26, 22, 30) << twee << 1 << d(2025, 6, 27) << d(2025, 6, 30);
    QTest::newRow("caller in New York")
        << QDateTime(d(2025, 3, 13), QTime(8, 30), QTimeZone(-4 * 3600)) << twee << 1
        << d(2025, 3, 13) << d(2025, 3, 14);
}

void TestWerkdagKalender::bijschrijving()
{
    QFETCH(QDateTime, uitgevoerd);
    QFETCH(QTime, cutOff);
    QFETCH(int, n);
    QFETCH(QDate, verzonden);
    QFETCH(QDate, aankomst);
    const Bijschrijving b = WerkdagKalender().verwachteBijschrijving(uitgevoerd, cutOff, n);
    QCOMPARE(b.verzendDatum, verzonden);
    QCOMPARE(b.datum, aankomst);
    QVERIFY(b.uitlegB1.startsWith(QStringLiteral("Het geld staat uiterlijk ")));
    QVERIFY2(zinnenKortGenoeg(b.uitlegB1), qPrintable(b.uitlegB1));
}

void TestWerkdagKalender::bijschrijvingTekst_data()
{
    QTest::addColumn<QDateTime>("uitgevoerd");
    QTest::addColumn<QString>("tekst");
    QTest::newRow("use case example")
        << ams(2025, 3, 13, 11, 0) << "Het geld staat uiterlijk vrijdag 14 maart op je rekening.";
    QTest::newRow("after cut-off") << ams(2025, 3, 14, 15, 0)
                                   << "Het geld staat uiterlijk dinsdag 18 maart op je rekening. "
                                      "Je opdracht kwam na 14.00 uur binnen. "
                                      "Daarom verstuurt de bank het geld pas op maandag 17 maart.";
    QTest::newRow("weekend") << ams(2025, 3, 16, 9, 0)
                             << "Het geld staat uiterlijk dinsdag 18 maart op je rekening. "
                                "In het weekend werkt de bank niet. "
                                "Daarom verstuurt de bank het geld pas op maandag 17 maart.";
    QTest::newRow("holiday") << ams(2025, 4, 21, 9, 0)
                             << "Het geld staat uiterlijk woensdag 23 april op je rekening. "
                                "Op Tweede Paasdag werkt de bank niet. "
                                "Daarom verstuurt de bank het geld pas op dinsdag 22 april.";
    QTest::newRow("into next year")
        << ams(2025, 12, 31, 15, 0)
        << "Het geld staat uiterlijk maandag 5 januari 2026 op je rekening. "
           "Je opdracht kwam na 14.00 uur binnen. "
           "Daarom verstuurt de bank het geld pas op vrijdag 2 januari 2026.";
}

void TestWerkdagKalender::bijschrijvingTekst()
{
    QFETCH(QDateTime, uitgevoerd);
    QFETCH(QString, tekst);
    QCOMPARE(WerkdagKalender().verwachteBijschrijving(uitgevoerd).uitlegB1, tekst);
}

void TestWerkdagKalender::bijschrijvingOngeldig()
{
    const WerkdagKalender kalender;
    QVERIFY(!kalender.verwachteBijschrijving(QDateTime()).datum.isValid());
    QVERIFY(!kalender.verwachteBijschrijving(ams(2025, 3, 13, 10, 0), QTime(14, 0), -1)
                 .datum.isValid());
    QVERIFY(!kalender
                 .verwachteBijschrijving(ams(2025, 3, 13, 10, 0), QTime(14, 0),
                     WerkdagKalender::kMaxVerwerkingsWerkdagen + 1)
                 .datum.isValid());
    QVERIFY(kalender
                .verwachteBijschrijving(ams(2025, 3, 13, 10, 0), QTime(14, 0),
                    WerkdagKalender::kMaxVerwerkingsWerkdagen)
                .datum.isValid());
    QVERIFY(kalender.verwachteBijschrijving(ams(2025, 3, 13, 10, 0), QTime()).uitlegB1.isEmpty());
    WerkdagKalender dicht;
    QVERIFY(dicht.setExtraSluitingsdagen({ d(2025, 3, 14) }));
    const Bijschrijving b = dicht.verwachteBijschrijving(ams(2025, 3, 14, 9, 0));
    QCOMPARE(b.datum, d(2025, 3, 18));
    QVERIFY2(b.uitlegB1.contains(QStringLiteral("Op vrijdag 14 maart is de bank dicht.")),
        qPrintable(b.uitlegB1));
}

void TestWerkdagKalender::eigenschappen()
{
    // Fixed seed: a failure is reproducible; the seed is in the failure message.
    const quint32 seed = 20250314;
    QRandomGenerator random(seed);
    WerkdagKalender kalender(BevrijdingsdagRegel::EensPerVijfJaar);
    QVERIFY(kalender.setExtraSluitingsdagen({ d(2025, 3, 14), d(2030, 1, 2), d(1999, 12, 31) }));
    const qint64 van = QDateTime(d(1900, 1, 1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
    const qint64 tot = QDateTime(d(2200, 12, 20), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
    for (int i = 0; i < 20000; ++i) {
        const QDateTime moment
            = QDateTime::fromSecsSinceEpoch(random.bounded(van, tot), QTimeZone::utc());
        const QTime cutOff(int(random.bounded(24)), int(random.bounded(60)));
        const int n = int(random.bounded(6));
        const Bijschrijving b = kalender.verwachteBijschrijving(moment, cutOff, n);
        const QDateTime lokaal = tijdInAmsterdam(moment);
        const QString waar = QStringLiteral("seed %1 case %2 at %3")
                                 .arg(seed)
                                 .arg(i)
                                 .arg(moment.toString(Qt::ISODate));
        QVERIFY2(b.datum.isValid() && kalender.isWerkdag(b.datum), qPrintable(waar));
        QVERIFY2(kalender.isWerkdag(b.verzendDatum), qPrintable(waar));
        QVERIFY2(b.verzendDatum >= lokaal.date() && b.datum >= b.verzendDatum, qPrintable(waar));
        QVERIFY2(b.datum >= lokaal.date(), qPrintable(waar));
        QVERIFY2(kalender.plusWerkdagen(b.verzendDatum, n) == b.datum, qPrintable(waar));
        const bool vandaag = kalender.isWerkdag(lokaal.date()) && lokaal.time() < cutOff;
        QVERIFY2((b.verzendDatum == lokaal.date()) == vandaag, qPrintable(waar));
        // The payment is sent on the first possible working day, not later.
        if (!vandaag)
            QVERIFY2(kalender.volgendeWerkdag(lokaal.date()) == b.verzendDatum, qPrintable(waar));
        QVERIFY2(zinnenKortGenoeg(b.uitlegB1), qPrintable(waar + b.uitlegB1));
    }
}

void TestWerkdagKalender::formatDatum_data()
{
    QTest::addColumn<QDate>("datum");
    QTest::addColumn<QDate>("referentie");
    QTest::addColumn<QString>("tekst");
    QTest::newRow("same year") << d(2025, 3, 14) << d(2025, 1, 1) << "vrijdag 14 maart";
    QTest::newRow("next year") << d(2026, 1, 2) << d(2025, 12, 31) << "vrijdag 2 januari 2026";
    QTest::newRow("previous year")
        << d(2024, 12, 30) << d(2025, 1, 1) << "maandag 30 december 2024";
    QTest::newRow("no reference") << d(2025, 5, 5) << QDate() << "maandag 5 mei 2025";
    QTest::newRow("invalid date") << QDate() << d(2025, 1, 1) << "";
    QTest::newRow("Koningsdag") << d(2025, 4, 26) << d(2025, 4, 1) << "zaterdag 26 april";
}

void TestWerkdagKalender::formatDatum()
{
    QFETCH(QDate, datum);
    QFETCH(QDate, referentie);
    QFETCH(QString, tekst);
    QCOMPARE(formatDatumB1(datum, referentie), tekst);
}

void TestWerkdagKalender::formatDatumOnafhankelijkVanLocale()
{
    const QLocale oud;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const QString tekst = formatDatumB1(d(2025, 3, 14), d(2025, 3, 1));
    QLocale::setDefault(oud);
    QCOMPARE(tekst, QStringLiteral("vrijdag 14 maart"));
    // Without a reference: today in Amsterdam decides whether the year is shown.
    const QDate vandaag = vandaagInAmsterdam();
    QVERIFY(!formatDatumB1(vandaag).contains(QString::number(vandaag.year())));
    QVERIFY(formatDatumB1(vandaag.addYears(1)).endsWith(QString::number(vandaag.year() + 1)));
}

void TestWerkdagKalender::namenCompleet()
{
    const QStringList dagen = { QStringLiteral("maandag"), QStringLiteral("dinsdag"),
        QStringLiteral("woensdag"), QStringLiteral("donderdag"), QStringLiteral("vrijdag"),
        QStringLiteral("zaterdag"), QStringLiteral("zondag") };
    for (int i = 1; i <= 7; ++i)
        QCOMPARE(dagNaam(i), dagen[i - 1]);
    const QStringList maanden
        = { QStringLiteral("januari"), QStringLiteral("februari"), QStringLiteral("maart"),
              QStringLiteral("april"), QStringLiteral("mei"), QStringLiteral("juni"),
              QStringLiteral("juli"), QStringLiteral("augustus"), QStringLiteral("september"),
              QStringLiteral("oktober"), QStringLiteral("november"), QStringLiteral("december") };
    for (int m = 1; m <= 12; ++m)
        QCOMPARE(maandNaam(m), maanden[m - 1]);
    QVERIFY(dagNaam(0).isEmpty());
    QVERIFY(dagNaam(8).isEmpty());
    QVERIFY(maandNaam(13).isEmpty());
}

QTEST_GUILESS_MAIN(TestWerkdagKalender)
#include "tst_werkdagkalender.moc"
