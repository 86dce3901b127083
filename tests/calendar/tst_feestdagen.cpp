#include "calendar/Feestdagen.h"

#include <QtCore/QSet>
#include <QtTest/QTest>

#include <algorithm>

using namespace regie::calendar;

namespace
{

// Easter Sunday 1900..2200 as MMDD, generated with python-dateutil's easter() (an
// independent implementation), to check the algorithm over the whole range.
constexpr char kPasenMmdd[] = "04150407033004120403042304150331041904110327041604070323041204040423"
                              "0408033104200404032704160401"
                              "04200412040404170408033104200405032704160401042104120328041704090324"
                              "0413040504250409040104210406"
                              "03280417040903250413040504180410040104210406032904170402042204140329"
                              "0418041003260414040603290411"
                              "04020422041403300418041003260415040604190411040304220407033004190403"
                              "0326041503310419041104030416"
                              "04070330041204040423041503310420041103270416040803230412040404240408"
                              "0331042004050327041604010421"
                              "04120404041704090331042004050328041604010421041303280417040903250413"
                              "0405042504100401042104060329"
                              "04170409032504140405041804100402042104060329041804020422041403300418"
                              "0410032604150406032904110403"
                              "04220414033004190410032604150407041904110403042304070330041904040326"
                              "0415033104200411040304160408"
                              "03300412040404240415033104200412032804170409032504130405041804100401"
                              "0421040603290417040204220414"
                              "03290418041003260414040603290411040204220414033004180410032604150406"
                              "0419041104030422040703300419"
                              "04030326041503310419041104030416040703300412040404230415033104200411"
                              "0327041604080323041204040424"
                              "04080331042004050327041604010421041204040417040903310420040503280416"
                              "0401042104130328041704090325"
                              "0413040504250410040104210406032904170409032504140406";

QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

} // namespace

class TestFeestdagen : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void paaszondagBekend_data();
    void paaszondagBekend();
    void paaszondagHeleBereik();
    void jaren2024tot2027_data();
    void jaren2024tot2027();
    void koningsdag_data();
    void koningsdag();
    void bevrijdingsdagRegel();
    void feestdagOpKloptMetLijst();
    void hemelvaartOpBevrijdingsdag();
    void namen();
};

void TestFeestdagen::paaszondagBekend_data()
{
    QTest::addColumn<int>("jaar");
    QTest::addColumn<QDate>("pasen");
    QTest::newRow("1900") << 1900 << d(1900, 4, 15);
    QTest::newRow("1943 latest") << 1943 << d(1943, 4, 25);
    QTest::newRow("2000") << 2000 << d(2000, 4, 23);
    QTest::newRow("2008") << 2008 << d(2008, 3, 23);
    QTest::newRow("2024") << 2024 << d(2024, 3, 31);
    QTest::newRow("2025") << 2025 << d(2025, 4, 20);
    QTest::newRow("2026") << 2026 << d(2026, 4, 5);
    QTest::newRow("2027") << 2027 << d(2027, 3, 28);
    QTest::newRow("2038") << 2038 << d(2038, 4, 25);
    QTest::newRow("2200") << 2200 << d(2200, 4, 6);
}

void TestFeestdagen::paaszondagBekend()
{
    QFETCH(int, jaar);
    QFETCH(QDate, pasen);
    QCOMPARE(paaszondag(jaar), pasen);
}

void TestFeestdagen::paaszondagHeleBereik()
{
    static_assert(sizeof(kPasenMmdd) - 1 == (kLaatsteJaar - kEersteJaar + 1) * 4);
    for (int jaar = kEersteJaar; jaar <= kLaatsteJaar; ++jaar) {
        const QByteArray mmdd(kPasenMmdd + (jaar - kEersteJaar) * 4, 4);
        const QDate verwacht(jaar, mmdd.left(2).toInt(), mmdd.right(2).toInt());
        const QDate pasen = paaszondag(jaar);
        QVERIFY2(pasen == verwacht, qPrintable(QString::number(jaar)));
        QCOMPARE(pasen.dayOfWeek(), int(Qt::Sunday));
        QVERIFY(pasen >= QDate(jaar, 3, 22) && pasen <= QDate(jaar, 4, 25));
    }
    QVERIFY(!paaszondag(1582).isValid());
}

void TestFeestdagen::jaren2024tot2027_data()
{
    QTest::addColumn<int>("jaar");
    QTest::addColumn<QList<QDate>>("dagen");
    // Nieuwjaar, Goede Vrijdag, Pasen 1+2, Koningsdag, Bevrijdingsdag, Hemelvaart,
    // Pinksteren 1+2, Kerst 1+2: the order of the list after sorting by date.
    QTest::newRow("2024") << 2024
                          << QList<QDate> { d(2024, 1, 1), d(2024, 3, 29), d(2024, 3, 31),
                                 d(2024, 4, 1), d(2024, 4, 27), d(2024, 5, 5), d(2024, 5, 9),
                                 d(2024, 5, 19), d(2024, 5, 20), d(2024, 12, 25), d(2024, 12, 26) };
    QTest::newRow("2025") << 2025
                          << QList<QDate> { d(2025, 1, 1), d(2025, 4, 18), d(2025, 4, 20),
                                 d(2025, 4, 21), d(2025, 4, 26), d(2025, 5, 5), d(2025, 5, 29),
                                 d(2025, 6, 8), d(2025, 6, 9), d(2025, 12, 25), d(2025, 12, 26) };
    QTest::newRow("2026") << 2026
                          << QList<QDate> { d(2026, 1, 1), d(2026, 4, 3), d(2026, 4, 5),
                                 d(2026, 4, 6), d(2026, 4, 27), d(2026, 5, 5), d(2026, 5, 14),
                                 d(2026, 5, 24), d(2026, 5, 25), d(2026, 12, 25), d(2026, 12, 26) };
    QTest::newRow("2027") << 2027
                          << QList<QDate> { d(2027, 1, 1), d(2027, 3, 26), d(2027, 3, 28),
                                 d(2027, 3, 29), d(2027, 4, 27), d(2027, 5, 5), d(2027, 5, 6),
                                 d(2027, 5, 16), d(2027, 5, 17), d(2027, 12, 25), d(2027, 12, 26) };
}

void TestFeestdagen::jaren2024tot2027()
{
    QFETCH(int, jaar);
    QFETCH(QList<QDate>, dagen);
    const QList<FeestdagDatum> lijst = feestdagen(jaar);
    QList<QDate> datums;
    for (const FeestdagDatum &f : lijst)
        datums.append(f.datum);
    QCOMPARE(datums, dagen);
    QCOMPARE(lijst.first().naam, QStringLiteral("Nieuwjaarsdag"));
    QCOMPARE(lijst.last().naam, QStringLiteral("Tweede Kerstdag"));
}

void TestFeestdagen::koningsdag_data()
{
    QTest::addColumn<int>("jaar");
    QTest::addColumn<QDate>("datum");
    QTest::addColumn<QString>("naam");
    QTest::newRow("2014 first, 27th is Sunday") << 2014 << d(2014, 4, 26) << "Koningsdag";
    QTest::newRow("2024 Saturday") << 2024 << d(2024, 4, 27) << "Koningsdag";
    QTest::newRow("2025 27th is Sunday") << 2025 << d(2025, 4, 26) << "Koningsdag";
    QTest::newRow("2026 Monday") << 2026 << d(2026, 4, 27) << "Koningsdag";
    QTest::newRow("2031 27th is Sunday") << 2031 << d(2031, 4, 26) << "Koningsdag";
    QTest::newRow("2013 last Koninginnedag") << 2013 << d(2013, 4, 30) << "Koninginnedag";
    QTest::newRow("2006 30th is Sunday") << 2006 << d(2006, 4, 29) << "Koninginnedag";
    QTest::newRow("1989 30th is Sunday") << 1989 << d(1989, 4, 29) << "Koninginnedag";
    QTest::newRow("1978 before 1980 to Monday") << 1978 << d(1978, 5, 1) << "Koninginnedag";
    QTest::newRow("1950 30th is Sunday") << 1950 << d(1950, 5, 1) << "Koninginnedag";
    QTest::newRow("1930 Wilhelmina, Sunday") << 1930 << d(1930, 9, 1) << "Koninginnedag";
    QTest::newRow("1931 Wilhelmina") << 1931 << d(1931, 8, 31) << "Koninginnedag";
}

void TestFeestdagen::koningsdag()
{
    QFETCH(int, jaar);
    QFETCH(QDate, datum);
    QFETCH(QString, naam);
    bool gevonden = false;
    for (const FeestdagDatum &f : feestdagen(jaar)) {
        if (f.dag == Feestdag::Koningsdag) {
            QCOMPARE(f.datum, datum);
            QCOMPARE(f.naam, naam);
            gevonden = true;
        }
    }
    QVERIFY(gevonden);
    QCOMPARE(feestdagOp(datum).value_or(Feestdag::Nieuwjaarsdag), Feestdag::Koningsdag);
}

void TestFeestdagen::bevrijdingsdagRegel()
{
    QCOMPARE(feestdagOp(d(2024, 5, 5)), std::optional<Feestdag>(Feestdag::Bevrijdingsdag));
    QVERIFY(!feestdagOp(d(2024, 5, 5), BevrijdingsdagRegel::EensPerVijfJaar));
    QCOMPARE(feestdagOp(d(2025, 5, 5), BevrijdingsdagRegel::EensPerVijfJaar),
        std::optional<Feestdag>(Feestdag::Bevrijdingsdag));
    QCOMPARE(feestdagen(2026, BevrijdingsdagRegel::EensPerVijfJaar).size(), 10);
    QCOMPARE(feestdagen(2030, BevrijdingsdagRegel::EensPerVijfJaar).size(), 11);
    QCOMPARE(feestdagen(2026).size(), 11);
    // Before the liberation there was nothing to celebrate.
    QVERIFY(!feestdagOp(d(1940, 5, 5)));
    QCOMPARE(feestdagen(1944).size(), 10);
    QCOMPARE(feestdagen(1945).size(), 11);
}

void TestFeestdagen::feestdagOpKloptMetLijst()
{
    for (int jaar = kEersteJaar; jaar <= kLaatsteJaar; ++jaar) {
        const QList<FeestdagDatum> lijst = feestdagen(jaar);
        QCOMPARE(lijst.size(), jaar >= 1945 ? 11 : 10);
        int feestdagenGeteld = 0;
        for (QDate dag(jaar, 1, 1); dag.year() == jaar; dag = dag.addDays(1)) {
            if (feestdagOp(dag))
                ++feestdagenGeteld;
        }
        QSet<QDate> uniek;
        for (const FeestdagDatum &f : lijst) {
            QVERIFY(feestdagOp(f.datum).has_value());
            QVERIFY(!f.naam.isEmpty());
            uniek.insert(f.datum);
        }
        QCOMPARE(feestdagenGeteld, uniek.size());
        QVERIFY(std::is_sorted(lijst.begin(), lijst.end(),
            [](const FeestdagDatum &a, const FeestdagDatum &b) { return a.datum < b.datum; }));
    }
}

void TestFeestdagen::hemelvaartOpBevrijdingsdag()
{
    // Easter 27 March 2016: Hemelvaartsdag is 5 May, together with Bevrijdingsdag.
    const QList<FeestdagDatum> lijst = feestdagen(2016);
    QCOMPARE(lijst.size(), 11);
    int opVijfMei = 0;
    for (const FeestdagDatum &f : lijst)
        opVijfMei += f.datum == d(2016, 5, 5) ? 1 : 0;
    QCOMPARE(opVijfMei, 2);
}

void TestFeestdagen::namen()
{
    QCOMPARE(feestdagNaam(Feestdag::GoedeVrijdag, 2025), QStringLiteral("Goede Vrijdag"));
    QCOMPARE(feestdagNaam(Feestdag::TweedePaasdag, 2025), QStringLiteral("Tweede Paasdag"));
    QCOMPARE(feestdagNaam(Feestdag::Hemelvaartsdag, 2025), QStringLiteral("Hemelvaartsdag"));
    QCOMPARE(feestdagNaam(Feestdag::EerstePinksterdag, 2025), QStringLiteral("Eerste Pinksterdag"));
    QCOMPARE(feestdagNaam(Feestdag::TweedePinksterdag, 2025), QStringLiteral("Tweede Pinksterdag"));
    QCOMPARE(feestdagNaam(Feestdag::EersteKerstdag, 2025), QStringLiteral("Eerste Kerstdag"));
    QCOMPARE(feestdagNaam(Feestdag::Bevrijdingsdag, 2025), QStringLiteral("Bevrijdingsdag"));
    QCOMPARE(feestdagNaam(Feestdag::Koningsdag, 2014), QStringLiteral("Koningsdag"));
    QCOMPARE(feestdagNaam(Feestdag::Koningsdag, 2013), QStringLiteral("Koninginnedag"));
}

QTEST_GUILESS_MAIN(TestFeestdagen)
#include "tst_feestdagen.moc"
