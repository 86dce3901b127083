// Which afspraak applies (scope, version, validity dates) and the editor's validation.

#include "RulesTestHelpers.h"

#include <QtTest/QTest>

#include <algorithm>

using namespace regie;
using namespace regie::rules;
using namespace regie::rules::test;

namespace {

Afspraak maak(qint64 id, Scope scope, int versie, QDate van, std::optional<QDate> tot = std::nullopt,
              std::optional<qint64> reservering = std::nullopt)
{
    Afspraak a = basisAfspraak();
    a.id = id;
    a.scope = scope;
    a.versie = versie;
    a.ingangsdatum = van;
    a.geldigTot = tot;
    a.reserveringId = reservering;
    return a;
}

// A realistic history: general rules for the vorm, an inwoner-specific arrangement that
// was replaced, and one for reservering 42 that ends in June; one for another reservering.
QList<Afspraak> kandidaten()
{
    return {
        maak(1, Scope::Vorm, 1, QDate(2023, 1, 1)),
        maak(2, Scope::Vorm, 2, QDate(2024, 1, 1)),
        maak(3, Scope::Inwoner, 1, QDate(2024, 2, 1), QDate(2024, 2, 29)),
        maak(4, Scope::Inwoner, 2, QDate(2024, 3, 1)),
        maak(5, Scope::Reservering, 1, QDate(2024, 4, 1), QDate(2024, 6, 30), 42),
        maak(6, Scope::Reservering, 1, QDate(2024, 1, 1), std::nullopt, 99),
        maak(7, Scope::Inwoner, 3, QDate(2024, 9, 1)),
    };
}

} // namespace

class TestRulesKies : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void kies_data();
    void kies();
    void kiesVolgordeDoetNietToe();
    void kiesGrenzen();
    void valideer_data();
    void valideer();
    void valideerGoed();
};

void TestRulesKies::kies_data()
{
    QTest::addColumn<QDate>("datum");
    QTest::addColumn<qint64>("reservering");
    QTest::addColumn<qint64>("verwacht"); // 0: none
    QTest::newRow("voor alles") << QDate(2022, 12, 31) << qint64(42) << qint64(0);
    QTest::newRow("alleen vorm v1") << QDate(2023, 6, 1) << qint64(42) << qint64(1);
    QTest::newRow("vorm v2 wint van v1") << QDate(2024, 1, 15) << qint64(42) << qint64(2);
    QTest::newRow("inwoner wint van vorm") << QDate(2024, 2, 1) << qint64(42) << qint64(3);
    QTest::newRow("inwoner geldigTot inclusief") << QDate(2024, 2, 29) << qint64(42) << qint64(3);
    QTest::newRow("inwoner v2") << QDate(2024, 3, 1) << qint64(42) << qint64(4);
    QTest::newRow("reservering wint van inwoner") << QDate(2024, 4, 1) << qint64(42) << qint64(5);
    QTest::newRow("reservering verlopen") << QDate(2024, 7, 1) << qint64(42) << qint64(4);
    QTest::newRow("andere reservering") << QDate(2024, 4, 1) << qint64(43) << qint64(4);
    QTest::newRow("reservering 99") << QDate(2024, 1, 15) << qint64(99) << qint64(6);
    QTest::newRow("hogere versie later") << QDate(2024, 9, 1) << qint64(43) << qint64(7);
    QTest::newRow("hogere versie nog niet") << QDate(2024, 8, 31) << qint64(43) << qint64(4);
}

void TestRulesKies::kies()
{
    QFETCH(QDate, datum);
    QFETCH(qint64, reservering);
    QFETCH(qint64, verwacht);
    const auto gekozen = kiesGeldende(kandidaten(), reservering, datum);
    QCOMPARE(gekozen ? gekozen->id : qint64(0), verwacht);
}

void TestRulesKies::kiesVolgordeDoetNietToe()
{
    QList<Afspraak> lijst = kandidaten();
    // Ties in scope and versie are broken by ingangsdatum, then id, never by position.
    lijst << maak(8, Scope::Inwoner, 2, QDate(2024, 3, 5)) << maak(9, Scope::Inwoner, 2, QDate(2024, 3, 5));
    std::sort(lijst.begin(), lijst.end(), [](const Afspraak &a, const Afspraak &b) { return a.id < b.id; });
    do {
        QCOMPARE(kiesGeldende(lijst, 43, QDate(2024, 3, 10))->id, qint64(9));
        QCOMPARE(kiesGeldende(lijst, 43, QDate(2024, 3, 3))->id, qint64(4));
    } while (std::next_permutation(lijst.begin() + 5, lijst.end(),
                                   [](const Afspraak &a, const Afspraak &b) { return a.id < b.id; }));
}

void TestRulesKies::kiesGrenzen()
{
    QVERIFY(!kiesGeldende({}, 42, QDate(2024, 1, 1)));
    QVERIFY(!kiesGeldende(kandidaten(), 42, QDate()));
    QList<Afspraak> veel(kMaxKandidaten + 1, maak(1, Scope::Vorm, 1, QDate(2023, 1, 1)));
    QVERIFY(!kiesGeldende(veel, 42, QDate(2024, 1, 1)));
    veel.removeLast();
    QVERIFY(kiesGeldende(veel, 42, QDate(2024, 1, 1)));
    // An invalid specific afspraak is still chosen: evaluate() must refuse, not fall back.
    Afspraak kapot = maak(10, Scope::Reservering, 1, QDate(2024, 1, 1), std::nullopt, 42);
    kapot.maxPerOpname = euro(-1);
    const auto gekozen = kiesGeldende(kandidaten() << kapot, 42, QDate(2024, 3, 1));
    QCOMPARE(gekozen->id, qint64(10));
    QCOMPARE(toString(evaluate(*gekozen, basisVerzoek(), basisContext()).fout), toString(InvoerFout::AfspraakOngeldig));
}

void TestRulesKies::valideer_data()
{
    QTest::addColumn<int>("geval");
    QTest::addColumn<QStringList>("fouten"); // "veld:code"
    QTest::newRow("negatief per opname") << 0 << QStringList{"maxPerOpname:NEGATIEF"};
    QTest::newRow("negatief week") << 1 << QStringList{"maxPerWeekBedrag:NEGATIEF"};
    QTest::newRow("negatief aantal") << 2 << QStringList{"maxPerMaandAantal:NEGATIEF"};
    QTest::newRow("minimumsaldo negatief") << 3 << QStringList{"minimumSaldo:NEGATIEF"};
    QTest::newRow("week boven maand bedrag") << 4 << QStringList{"maxPerWeekBedrag:HOGER_DAN_MAAND"};
    QTest::newRow("week boven maand aantal") << 5 << QStringList{"maxPerWeekAantal:HOGER_DAN_MAAND"};
    QTest::newRow("opname boven week") << 6 << QStringList{"maxPerOpname:HOGER_DAN_WEEK"};
    QTest::newRow("opname boven maand") << 7 << QStringList{"maxPerOpname:HOGER_DAN_MAAND"};
    QTest::newRow("geldigTot voor ingang") << 8 << QStringList{"geldigTot:VOOR_INGANGSDATUM"};
    QTest::newRow("geen ingangsdatum") << 9 << QStringList{"ingangsdatum:ONTBREEKT"};
    QTest::newRow("reservering ontbreekt") << 10 << QStringList{"reserveringId:ONTBREEKT"};
    QTest::newRow("reservering overbodig") << 11 << QStringList{"reserveringId:OVERBODIG"};
    QTest::newRow("versie nul") << 12 << QStringList{"versie:ONGELDIG"};
    QTest::newRow("aantal te groot") << 13 << QStringList{"maxPerWeekAantal:TE_GROOT"};
    QTest::newRow("bedrag te groot") << 14 << QStringList{"maxPerOpname:TE_GROOT"};
    QTest::newRow("modus buiten enum") << 15 << QStringList{"modus:ONGELDIG"};
    QTest::newRow("meerdere") << 16
                              << QStringList{"maxPerOpname:NEGATIEF", "minimumSaldo:NEGATIEF",
                                             "geldigTot:VOOR_INGANGSDATUM"};
    QTest::newRow("geldigTot ongeldig") << 17 << QStringList{"geldigTot:ONGELDIG"};
}

void TestRulesKies::valideer()
{
    QFETCH(int, geval);
    QFETCH(QStringList, fouten);
    Afspraak a = basisAfspraak();
    switch (geval) {
    case 0: a.maxPerOpname = cent(-1); break;
    case 1: a.maxPerWeekBedrag = euro(-10); break;
    case 2: a.maxPerMaandAantal = -1; break;
    case 3: a.minimumSaldo = cent(-1); break;
    case 4: a.maxPerWeekBedrag = euro(101); a.maxPerMaandBedrag = euro(100); break;
    case 5: a.maxPerWeekAantal = 5; a.maxPerMaandAantal = 4; break;
    case 6: a.maxPerOpname = euro(60); a.maxPerWeekBedrag = euro(50); a.maxPerMaandBedrag = euro(200); break;
    case 7: a.maxPerOpname = euro(60); a.maxPerMaandBedrag = euro(50); break;
    case 8: a.geldigTot = QDate(2023, 12, 31); break;
    case 9: a.ingangsdatum = QDate(); break;
    case 10: a.scope = Scope::Reservering; break;
    case 11: a.scope = Scope::Inwoner; a.reserveringId = 42; break;
    case 12: a.versie = 0; break;
    case 13: a.maxPerWeekAantal = kMaxAantalGrens + 1; break;
    case 14: a.maxPerOpname = Money::fromCents(Money::kMaxAbsCents + 1); break;
    case 15: a.modus = static_cast<Modus>(7); break;
    case 16: a.maxPerOpname = euro(-1); a.minimumSaldo = euro(-1); a.geldigTot = QDate(2023, 1, 1); break;
    case 17: a.geldigTot = QDate(2023, 2, 30); break;
    default: QFAIL("unknown case");
    }
    QStringList gevonden;
    for (const ValidatieFout &f : regie::rules::valideer(a)) {
        gevonden << f.veld + u':' + f.code;
        QVERIFY(!f.tekst.isEmpty());
        QVERIFY2(!f.tekst.contains(u'%'), qPrintable(f.tekst));
    }
    QCOMPARE(gevonden, fouten);
    QCOMPARE(toString(evaluate(a, basisVerzoek(), basisContext()).fout), toString(InvoerFout::AfspraakOngeldig));
}

void TestRulesKies::valideerGoed()
{
    Afspraak a = basisAfspraak();
    QVERIFY(regie::rules::valideer(a).isEmpty());
    a.maxPerOpname = euro(50);
    a.maxPerWeekBedrag = euro(50);
    a.maxPerMaandBedrag = euro(50);
    a.maxPerWeekAantal = 0; // allowed: every opname then needs approval
    a.maxPerMaandAantal = 0;
    a.geldigTot = a.ingangsdatum;
    a.scope = Scope::Reservering;
    a.reserveringId = 42;
    QVERIFY(regie::rules::valideer(a).isEmpty());
    const auto teksten = regie::rules::valideer([] { Afspraak b = basisAfspraak(); b.maxPerWeekBedrag = euro(-1); return b; }());
    QCOMPARE(teksten.size(), 1);
    QCOMPARE(teksten.first().tekst, QStringLiteral("Het maximumbedrag per week mag niet negatief zijn."));
}

QTEST_GUILESS_MAIN(TestRulesKies)
#include "tst_rules_kies.moc"
