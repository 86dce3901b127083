// Weeks and months in Amsterdam time: the boundaries where a UTC-based or host-zone-based
// implementation would count an opname in the wrong week or month.

#include "RulesTestHelpers.h"

#include <QtTest/QTest>

using namespace regie;
using namespace regie::rules;
using namespace regie::rules::test;

namespace {

// One earlier opname of € 1 at `eerder`, a count limit of 1 per week (or month), request at
// `nu`: NaAkkoord exactly when the two fall in the same week (or month).
QString uitkomstMetEen(const QDateTime &nu, const QDateTime &eerder, bool week)
{
    Afspraak a = basisAfspraak();
    if (week)
        a.maxPerWeekAantal = 1;
    else
        a.maxPerMaandAantal = 1;
    Context c = basisContext();
    c.nu = nu;
    c.eerdereOpnames = {{eerder, euro(1)}};
    const Resultaat r = evaluate(a, basisVerzoek(), c);
    return r.beoordeling ? toString(r.beoordeling->uitkomst) : toString(r.fout);
}

} // namespace

class TestRulesTijd : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void grenzen_data();
    void grenzen();
    void vensterBegin_data();
    void vensterBegin();
    void andereTijdzoneInvoer();
};

void TestRulesTijd::grenzen_data()
{
    QTest::addColumn<QDateTime>("nu");
    QTest::addColumn<QDateTime>("eerder");
    QTest::addColumn<bool>("week");
    QTest::addColumn<QString>("uitkomst");
    // 2024-03-11 is a Monday; CET is UTC+1.
    QTest::newRow("zondag 23:59 telt niet in nieuwe week")
        << amsterdam(2024, 3, 11, 0, 0, 0, 1) << amsterdam(2024, 3, 10, 23, 59, 59, 1) << true << "vrij";
    QTest::newRow("maandag 00:00 telt in zelfde week")
        << amsterdam(2024, 3, 11, 0, 0, 1, 1) << amsterdam(2024, 3, 11, 0, 0, 0, 1) << true << "na_akkoord";
    QTest::newRow("zondag 23:59 na maandag 00:00 zelfde week")
        << amsterdam(2024, 3, 17, 23, 59, 59, 1) << amsterdam(2024, 3, 11, 0, 0, 0, 1) << true << "na_akkoord";
    QTest::newRow("zelfde UTC-dag, andere Amsterdamse week")
        << amsterdam(2024, 3, 11, 0, 30, 0, 1) << amsterdam(2024, 3, 10, 23, 30, 0, 1) << true << "vrij";
    // 31 March 2024: clocks go from 02:00 CET to 03:00 CEST.
    QTest::newRow("week met zomertijd: maandag telt")
        << amsterdam(2024, 3, 31, 23, 59, 59, 2) << amsterdam(2024, 3, 25, 0, 0, 0, 1) << true << "na_akkoord";
    QTest::newRow("week met zomertijd: zondag ervoor niet")
        << amsterdam(2024, 3, 31, 23, 59, 59, 2) << amsterdam(2024, 3, 24, 23, 59, 59, 1) << true << "vrij";
    QTest::newRow("na zomertijd nieuwe week")
        << amsterdam(2024, 4, 1, 0, 0, 0, 2) << amsterdam(2024, 3, 31, 23, 59, 59, 2) << true << "vrij";
    // 27 October 2024: clocks go from 03:00 CEST back to 02:00 CET.
    QTest::newRow("wintertijd: zondagnacht tweede 02:30 zelfde week")
        << amsterdam(2024, 10, 27, 2, 30, 0, 1) << amsterdam(2024, 10, 21, 0, 0, 0, 2) << true << "na_akkoord";
    QTest::newRow("wintertijd: maandag 00:00 nieuwe week")
        << amsterdam(2024, 10, 28, 0, 0, 0, 1) << amsterdam(2024, 10, 27, 23, 59, 59, 1) << true << "vrij";
    QTest::newRow("jaarwisseling zelfde ISO-week")
        << amsterdam(2025, 1, 1, 12, 0, 0, 1) << amsterdam(2024, 12, 30, 9, 0, 0, 1) << true << "na_akkoord";
    QTest::newRow("jaarwisseling andere maand")
        << amsterdam(2025, 1, 1, 12, 0, 0, 1) << amsterdam(2024, 12, 30, 9, 0, 0, 1) << false << "vrij";
    QTest::newRow("maand: 31 maart 23:59 CEST")
        << amsterdam(2024, 4, 1, 0, 0, 0, 2) << amsterdam(2024, 3, 31, 23, 59, 59, 2) << false << "vrij";
    QTest::newRow("maand: 1 april 00:00 CEST")
        << amsterdam(2024, 4, 30, 23, 59, 59, 2) << amsterdam(2024, 4, 1, 0, 0, 0, 2) << false << "na_akkoord";
    QTest::newRow("maand: 31 oktober 23:59 CET")
        << amsterdam(2024, 11, 1, 0, 0, 0, 1) << amsterdam(2024, 10, 31, 23, 59, 59, 1) << false << "vrij";
    QTest::newRow("maand: zelfde UTC-maand, andere Amsterdamse maand")
        << amsterdam(2024, 11, 1, 0, 30, 0, 1) << amsterdam(2024, 10, 31, 23, 30, 0, 1) << false << "vrij";
    QTest::newRow("opname later in dezelfde week telt")
        << amsterdam(2024, 3, 12, 9, 0, 0, 1) << amsterdam(2024, 3, 14, 9, 0, 0, 1) << true << "na_akkoord";
}

void TestRulesTijd::grenzen()
{
    QFETCH(QDateTime, nu);
    QFETCH(QDateTime, eerder);
    QFETCH(bool, week);
    QFETCH(QString, uitkomst);
    QCOMPARE(uitkomstMetEen(nu, eerder, week), uitkomst);
}

void TestRulesTijd::vensterBegin_data()
{
    QTest::addColumn<QDateTime>("nu");
    QTest::addColumn<QDateTime>("begin");
    QTest::newRow("maand begint eerder") << amsterdam(2024, 3, 13, 12, 0, 0, 1) << amsterdam(2024, 3, 1, 0, 0, 0, 1);
    QTest::newRow("week begint eerder") << amsterdam(2024, 5, 1, 8, 0, 0, 2) << amsterdam(2024, 4, 29, 0, 0, 0, 2);
    QTest::newRow("zelfde dag") << amsterdam(2024, 4, 2, 8, 0, 0, 2) << amsterdam(2024, 4, 1, 0, 0, 0, 2);
    QTest::newRow("week over zomertijd") << amsterdam(2024, 4, 1, 0, 0, 0, 2) << amsterdam(2024, 4, 1, 0, 0, 0, 2);
    QTest::newRow("maand voor zomertijd") << amsterdam(2024, 3, 31, 23, 0, 0, 2) << amsterdam(2024, 3, 1, 0, 0, 0, 1);
}

void TestRulesTijd::vensterBegin()
{
    QFETCH(QDateTime, nu);
    QFETCH(QDateTime, begin);
    QCOMPARE(regie::rules::vensterBegin(nu), begin);
    QCOMPARE(regie::rules::vensterBegin(nu).timeSpec(), Qt::UTC);
    // One second before the window an opname changes nothing; at its start it counts.
    Afspraak a = basisAfspraak();
    a.maxPerMaandAantal = 1;
    a.maxPerWeekAantal = 1;
    Context c = basisContext();
    c.nu = nu;
    c.eerdereOpnames = {{begin.addSecs(-1), euro(1)}};
    QCOMPARE(evaluate(a, basisVerzoek(), c).beoordeling->uitkomst == Uitkomst::Vrij, true);
    c.eerdereOpnames = {{begin, euro(1)}};
    QCOMPARE(evaluate(a, basisVerzoek(), c).beoordeling->uitkomst == Uitkomst::NaAkkoord, true);
}

void TestRulesTijd::andereTijdzoneInvoer()
{
    // The same instant written with another offset must give the same decision and JSON.
    Afspraak a = basisAfspraak();
    a.maxPerWeekAantal = 1;
    Context c = basisContext();
    c.nu = amsterdam(2024, 3, 11, 0, 30, 0, 1);
    c.eerdereOpnames = {{amsterdam(2024, 3, 10, 23, 30, 0, 1), euro(1)}};
    const Beoordeling utcB = *evaluate(a, basisVerzoek(), c).beoordeling;
    c.nu = c.nu.toOffsetFromUtc(-5 * 3600);
    c.eerdereOpnames[0].moment = c.eerdereOpnames[0].moment.toOffsetFromUtc(9 * 3600);
    const Beoordeling andereB = *evaluate(a, basisVerzoek(), c).beoordeling;
    QCOMPARE(compact(andereB), compact(utcB));
    QCOMPARE(toString(utcB.uitkomst), QStringLiteral("vrij"));
}

QTEST_GUILESS_MAIN(TestRulesTijd)
#include "tst_rules_tijd.moc"
